#!/usr/bin/env bash
# Install the Linux bundle for the current user: the program in
# ~/.local/opt/exodesk, the `exodesk` command in ~/.local/bin, and the menu
# entry, icons and file types, so double-clicking a .ris or .nbib opens it.
#
#   bash packaging/linux/install.sh [BUNDLE]      (default: dist/exodesk)
#   bash packaging/linux/install.sh --uninstall
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/exodesk"
bin="$HOME/.local/bin"
id=org.exodesk.ExoDesk

refresh() {
    command -v update-mime-database > /dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database > /dev/null && update-desktop-database "$data/applications" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    # The library, settings and logs stay: they are the user's, not the program's.
    rm -rf "$target" "$bin/exodesk" "$data/applications/$id.desktop" "$data/mime/packages/$id.xml"
    rm -f "$data"/icons/hicolor/*/apps/"$id".png
    refresh
    echo "ExoDesk removed (your library is kept)"
    exit 0
fi

bundle="${1:-$here/../../dist/exodesk}"
[ -x "$bundle/exodesk" ] || { echo "no bundle at $bundle: run packaging/build_linux.sh first" >&2; exit 1; }
rm -rf "$target"
mkdir -p "$target" "$bin" "$data/applications" "$data/mime/packages"
cp -R "$bundle/." "$target/"
ln -sf "$target/exodesk" "$bin/exodesk"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/../icons/exodesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
sed "s|^Exec=exodesk|Exec=$target/exodesk|" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/$id-mime.xml" "$data/mime/packages/$id.xml"
refresh
echo "ExoDesk installed in $target"
