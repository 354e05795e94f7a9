#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/exodesk/exodesk.
#
#   bash packaging/build_linux.sh
#
# Builds in its own environment (build/venv) from a normal install of the
# project, not the editable one: PyInstaller collects exodesk.resources and
# exodesk.seeds as installed packages, the way the app finds them at run time.
# Prints the bundle's size and the build time.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
start=$(date +%s)

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q -r requirements.lock -r packaging/requirements-build.lock
"$VENV/bin/pip" install -q --no-deps --force-reinstall .
rm -rf build/lib build/bdist.* ./*.egg-info   # left behind by the install
# Refresh the icons only when their drawing changed.
if [ packaging/make_icons.py -nt resources/icons/exodesk.png ]; then
    "$VENV/bin/python" packaging/make_icons.py
fi
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/exodesk.spec

end=$(date +%s)
echo "bundle: dist/exodesk ($(du -sh dist/exodesk | cut -f1), $(find dist/exodesk -type f | wc -l) files)"
echo "built in $((end - start)) s"
