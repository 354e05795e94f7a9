#!/usr/bin/env bash
# Smoke-test the BUILT program, not the source: the bundle in dist/exodesk.
#
#   bash packaging/smoke_test.sh [PROGRAM]
#
# PROGRAM defaults to dist/exodesk/exodesk (Linux). On Windows pass
# dist/exodesk/exodesk-cli.exe; on macOS dist/ExoDesk.app/Contents/MacOS/exodesk.
# Everything happens in a temporary folder: the user's own library, settings
# and logs are never touched. Exits 0 only if every step passed.
set -euo pipefail
cd "$(dirname "$0")/.."

PROGRAM=${1:-dist/exodesk/exodesk}
CONDITION=${SMOKE_CONDITION:-systemic sclerosis}
SEED=seeds/003_2114caae29b21a40.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export EXODESK_LOG_DIR="$work/logs"
export EXODESK_LIBRARY="$work/default-library.sqlite"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

fail() { echo "FAIL: $*" >&2; [ -d "$work/logs" ] && cat "$work/logs"/* >&2; exit 1; }
step() { echo "-- $*"; }
# The program's output without Windows line ends, so the checks read the same everywhere.
run() { "$PROGRAM" "$@" | tr -d '\r'; }
# A window that never closes must not hang the build (macOS has no timeout(1)).
limited() { if command -v timeout > /dev/null; then timeout 120 "$@"; else "$@"; fi; }

[ -x "$PROGRAM" ] || fail "no built program at $PROGRAM (run packaging/build_linux.sh first)"

step "version"
expected="ExoDesk $(sed -n 's/^__version__ = "\(.*\)"/\1/p' exodesk/__init__.py)"
got=$(run --version)
[ "$got" = "$expected" ] || fail "--version said '$got', expected '$expected'"
echo "$got"

step "window on the demo library, offscreen, closing by itself"
# The window must honour --quit-after and log "window shown" (exodesk/smoke.py).
limited "$PROGRAM" --demo --quit-after 1500 > "$work/window.out" 2>&1 \
    || { cat "$work/window.out" >&2; fail "the window did not start and quit cleanly"; }
grep -q "window shown: " "$work/logs/exodesk.log" || fail "the window never said it was shown"
grep -q "CRITICAL" "$work/logs/exodesk.log" && fail "the window logged an unexpected error"
grep "window shown: " "$work/logs/exodesk.log"

step "open a file with the window: exodesk FILE"
# What a double-click on an associated file does: the window starts and imports
# it on a worker thread (the lazily loaded import code, the report dialog and
# the one-instance socket of QtNetwork all run in the bundle).
opened=tests/importers/fixtures/ris/zotero.ris
limited "$PROGRAM" --library "$work/opened.sqlite" --create --quit-after 3000 "$opened" > "$work/opened.out" 2>&1 \
    || { cat "$work/opened.out" >&2; fail "the window did not open $opened and quit cleanly"; }
run --library "$work/by-cli.sqlite" --create import "$opened" > /dev/null
in_window=$(run --library "$work/opened.sqlite" list | wc -l)
[ "$in_window" -gt 0 ] && [ "$in_window" -eq "$(run --library "$work/by-cli.sqlite" list | wc -l)" ] \
    || fail "the window imported $in_window papers from $opened, the command line more"
echo "the window imported $in_window papers from $opened"

step "Qt modules the window loads only when needed are in the bundle"
bundle=$(dirname "$PROGRAM")
[ "$(basename "$bundle")" = MacOS ] && bundle=$(dirname "$bundle")   # ExoDesk.app/Contents
for module in QtNetwork QtPrintSupport; do   # one-instance socket; printing
    find "$bundle" -name "$module.*" | grep -q . || fail "the bundle has no PySide6 $module"
done
if [ "$(uname -s)" = Linux ]; then
    find "$bundle" -path "*plugins/printsupport/*cups*" | grep -q . || fail "the bundle cannot print through CUPS"
fi

step "import a seed through the bundled command line"
library="$work/library.sqlite"
run --library "$library" --create import "$SEED" | tee "$work/import.out"
grep -q ": imported (#1)$" "$work/import.out" || fail "the seed was not imported"
run --library "$library" show 1 --json > "$work/show.json"
grep -q '"doi": "10\.' "$work/show.json" || fail "the imported paper has no DOI"
grep -q '"importer": ' "$work/show.json" || fail "the imported paper has no provenance"
[ "$(run --library "$library" list | wc -l)" -eq 1 ] || fail "the library does not list one paper"

step "import all the seeds into a second library"
run --library "$work/all.sqlite" --create import seeds/ > "$work/all.out" || { cat "$work/all.out"; fail "a seed was refused"; }
[ "$(run --library "$work/all.sqlite" list | wc -l)" -eq 5 ] || fail "the five seeds did not make five papers"

step "import one file of each kind that needs data of its own"
# Chinese conversion (OpenCC dictionaries), HTML parsing (lxml), PDF text
# (pypdf), RIS tags (rispy), LaTeX in BibTeX (pylatexenc): each reads data or
# modules PyInstaller only finds through the spec.
kinds="$work/kinds.sqlite"
fixtures=tests/importers/fixtures
while read -r sample importer; do
    run --library "$kinds" --create import "$sample" > "$work/kind.out" || { cat "$work/kind.out"; fail "$sample was refused"; }
    id=$(sed -n 's/.*: imported\( with gaps\)\? (#\([0-9]*\).*/\2/p' "$work/kind.out")
    [ -n "$id" ] || { cat "$work/kind.out"; fail "$sample was not imported"; }
    run --library "$kinds" show "$id" --json > "$work/kind.json"
    grep -q "\"importer\": \"$importer\"" "$work/kind.json" || fail "$sample was not read by the $importer reader"
    echo "$sample: #$id by $importer"
done <<EOF_SAMPLES
seeds/000_26b6546fa351b04c.txt plain-text
$fixtures/html-meta/frontiers-venous-ulcers.html html-meta
$fixtures/pdf/expdermatol-chinese-abstract.pdf pdf
$fixtures/ris/zotero_cnki.ris ris
$fixtures/bibtex/jabref.bib bibtex
EOF_SAMPLES

step "a large bibliography file, read by worker processes"
# Over 2 MB a file is read in parts by worker processes, each this program
# started again (multiprocessing's spawn and PyInstaller's freeze_support).
awk 'BEGIN { while ((getline line < ARGV[1]) > 0) record = record line "\n"; ARGV[1] = "" }
     END { for (i = 1; i <= 3000; i++) { r = record
               gsub(/PMID- [0-9]+/, "PMID- 4" i "0", r); sub(/PMID- 4[0-9]+0/, "PMID- 4" i "1", r)
               gsub(/PMC - PMC[0-9]+\n/, "", r); gsub(/\[doi\]/, "", r); gsub(/TI  - /, "TI  - Copy " i ": ", r)
               printf "%s\n", r } }' \
    tests/importers/fixtures/medline/pubmed_two_records.nbib > "$work/large.nbib"
limited "$PROGRAM" --library "$work/large.sqlite" --create import "$work/large.nbib" > "$work/large.out" 2>&1 \
    || { cat "$work/large.out" >&2; fail "the large file was not imported"; }
grep -q "not read" "$work/large.out" && { cat "$work/large.out" >&2; fail "records of the large file were not read"; }
large=$(run --library "$work/large.sqlite" list | wc -l)
[ "$large" -eq 6000 ] || { cat "$work/large.out" >&2; fail "the large file gave $large papers, not 6000"; }
echo "$(wc -c < "$work/large.nbib") bytes, $large papers"

step "formatted references (CSL styles through importlib.resources)"
run --library "$kinds" cite 1 > "$work/cite.out"
cat "$work/cite.out"
grep -q "^1\. .*doi:10\.3390/ijms25147794" "$work/cite.out" || fail "exodesk cite 1 gave no Vancouver reference"
run --library "$kinds" cite 2 --style apa > "$work/cite-apa.out"
grep -q "https://doi.org/10\." "$work/cite-apa.out" || { cat "$work/cite-apa.out"; fail "the APA style gave no reference"; }

step "handout"
"$PROGRAM" --library "$work/all.sqlite" handout "$CONDITION" --lang en -o "$work/handout.pdf"
[ "$(head -c 5 "$work/handout.pdf")" = "%PDF-" ] || fail "the handout is not a PDF"
echo "handout: $(wc -c < "$work/handout.pdf") bytes"

step "nothing unexpected in the log"
if [ -f "$work/logs/exodesk.log" ] && grep -q "CRITICAL" "$work/logs/exodesk.log"; then
    fail "an unexpected error was logged"
fi

echo "smoke test passed: $PROGRAM"
