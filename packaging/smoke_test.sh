#!/usr/bin/env bash
# Smoke test of the frozen one-folder build, run with NO Python environment: `env -i` with a bare PATH
# and a fresh HOME, so nothing of the source tree, the venv or the developer's settings can help.
#
#   packaging/smoke_test.sh [DIST_FOLDER]        (default: dist/ifdesk; `make package-smoke` builds first)
#
# Checks, each with its result: --version; demo on a temporary workspace; diag list --json; a PDF
# report; an offscreen screenshot of the diagnostic view; the window's start (first page, then the
# warm-up); a second launch handing its bundle to the open window; then a whole diagnostic as an expert would
# run it on an empty workspace (identity, company, 48 answers, complete, report, signed export) and the
# regional office importing that bundle, then an encrypted one; and that the Qt modules ifdesk does not use are absent.
set -u

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${1:-$ROOT/dist/ifdesk}"
DIST="$(cd "$DIST" 2>/dev/null && pwd)" || { echo "error: no build folder at ${1:-dist/ifdesk} (run make package)" >&2; exit 2; }
EXE="$DIST/ifdesk"
[ -x "$EXE" ] || { echo "error: $EXE is missing or not executable" >&2; exit 2; }
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/ifdesk/__init__.py")"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/ifdesk-smoke.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
PASSED=0
FAILED=0

# run the frozen program with nothing inherited but a bare PATH (LANG for the French messages)
fz() { env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen IFDESK_PASSPHRASE="${PASS:-}" "$EXE" "$@"; }
ok() { PASSED=$((PASSED + 1)); echo "ok    $*"; }
ko() { FAILED=$((FAILED + 1)); echo "FAIL  $*"; }
check() {  # check "what" command…: the command must succeed
    local what="$1"; shift
    if "$@" >"$TMP/out" 2>"$TMP/err"; then ok "$what"; else ko "$what (exit $?): $(tail -3 "$TMP/err")"; fi
}
magic() { head -c 8 "$1" 2>/dev/null | grep -aq "$2"; }  # %PDF-, PNG, PK in the first bytes
size() { if [ -f "$1" ]; then wc -c <"$1"; else echo 0; fi; }
mkdir -p "$TMP/home"
cd "$TMP"

echo "frozen build: $DIST ($(du -sh "$DIST" | cut -f1))"

# 1. --version
out="$(fz --version 2>&1)"
[ "$out" = "ifdesk $VERSION" ] && ok "--version: $out" || ko "--version printed '$out', expected 'ifdesk $VERSION'"

# 2. demo on a temporary workspace
check "demo --companies 5" fz --data-dir "$TMP/ws" demo --companies 5

# 3. diag list --json
if fz --data-dir "$TMP/ws" diag list --json >"$TMP/list.json" 2>"$TMP/err"; then
    n="$(grep -c '"siret"' "$TMP/list.json")"
    [ "$n" -ge 1 ] && ok "diag list --json: $n diagnostics" || ko "diag list --json: no diagnostic listed"
else
    ko "diag list --json: $(tail -1 "$TMP/err")"
fi
DONE_ID="$(tr -d '\n ' <"$TMP/list.json" | grep -o '"id":"[0-9a-f-]*","siret":"[0-9]*","company":"[^"]*","status":"\(completed\|exported\)"' | head -1 | sed 's/"id":"\([^"]*\)".*/\1/')"
ANY_ID="$(grep -o '"id": "[0-9a-f-]*"' "$TMP/list.json" | head -1 | cut -d'"' -f4)"
ID="${DONE_ID:-$ANY_ID}"

# 4. report <id> -o x.pdf
if fz --data-dir "$TMP/ws" report "$ID" -o "$TMP/x.pdf" >/dev/null 2>"$TMP/err" && magic "$TMP/x.pdf" "%PDF-" && [ "$(size "$TMP/x.pdf")" -gt 20000 ]; then
    ok "report $ID: $(size "$TMP/x.pdf") bytes of PDF"
else
    ko "report $ID: $(tail -1 "$TMP/err")"
fi

# 5. gui --screenshot, offscreen (fonts, Qt platform plugin, styles, the référentiel all found frozen)
fz --data-dir "$TMP/ws" gui --screenshot "$TMP/x.png" --view diagnostic >/dev/null 2>"$TMP/err"
rc=$?
if [ "$rc" = 0 ] && magic "$TMP/x.png" "PNG" && [ "$(size "$TMP/x.png")" -gt 30000 ]; then
    ok "gui --screenshot --view diagnostic: $(size "$TMP/x.png") bytes of PNG"
else
    ko "gui --screenshot (exit $rc, $(size "$TMP/x.png") bytes): $(grep -v '^$' "$TMP/err" | tail -2)"
fi
[ -n "${SMOKE_KEEP_SCREENSHOT:-}" ] && cp "$TMP/x.png" "$SMOKE_KEEP_SCREENSHOT"

# 5b. the window's start as a user's, with the start-up probe: the first page without the heavy
# libraries, then the warm-up importing them all (nothing left out of the build, see ui/ops.py). The probe is
# tests/startup_probe.py, loaded by the frozen program from the checkout (the product carries no probe)
out="$(env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
      IFDESK_STARTUP_PROBE="$ROOT/tests/startup_probe.py" \
      "$EXE" --data-dir "$TMP/ws" gui 2>"$TMP/err" | tr '\n' ' ')"
missing="$(grep -rh "préchargement" "$TMP/home" 2>/dev/null | head -1)"
case "$out" in
    "ready warm "*" heavy-at-ready - heavy-at-warm "*)
        [ -z "$missing" ] && ok "gui start: $out" || ko "gui start: warm-up incomplete: $missing" ;;
    *) ko "gui start printed '$out': $(grep -v '^$' "$TMP/err" | tail -2)" ;;
esac

# 5c. a second launch on the open workspace hands its bundle to the running window (ui/handover.py)
env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$EXE" --data-dir "$TMP/ws" gui \
    >/dev/null 2>&1 &
FIRST=$!
for _ in $(seq 1 100); do [ -f "$TMP/ws/ifdesk.handover" ] && break; sleep 0.1; done
printf 'PK' >"$TMP/second.ifbundle"
if fz --data-dir "$TMP/ws" gui --open "$TMP/second.ifbundle" >/dev/null 2>"$TMP/err"; then
    ok "second launch handed its bundle to the open window"
else
    ko "second launch (exit $?): $(grep -v '^$' "$TMP/err" | tail -2)"
fi
kill "$FIRST" 2>/dev/null; wait "$FIRST" 2>/dev/null

# 6. a whole diagnostic on an empty workspace, then the signed export and the office's import
PASS="phrase secrète de test"
E="$TMP/expert"
check "identity init (expert)" fz --data-dir "$E" identity init --name "Claire Expert" --org "Cabinet Test"
check "company add" fz --data-dir "$E" company add --siret "732 829 320 00074" --name "Fonderie Test" --region 84 --naf 24.51Z --headcount 40
NEW_ID="$(fz --data-dir "$E" diag new --siret 73282932000074 --json 2>"$TMP/err" | grep -o '"id": "[0-9a-f-]*"' | cut -d'"' -f4)"
[ -n "$NEW_ID" ] && ok "diag new: $NEW_ID" || ko "diag new: $(tail -1 "$TMP/err")"
fz --data-dir "$E" referentiel show --json >"$TMP/ref.json" 2>/dev/null
CRITERIA="$(grep -o '"id": "[a-z0-9_-]*\.[a-z0-9_.-]*"' "$TMP/ref.json" | cut -d'"' -f4)"
answered=0 ; level=1
for c in $CRITERIA; do
    fz --data-dir "$E" diag set "$NEW_ID" "$c" "$level" --target 4 >/dev/null 2>>"$TMP/set.err" && answered=$((answered + 1))
    level=$((level % 4 + 1))
done
total="$(echo "$CRITERIA" | grep -c .)"
[ "$total" -ge 35 ] && [ "$answered" = "$total" ] && ok "diag set: $answered/$total criteria answered" \
    || ko "diag set: $answered/$total answered: $(tail -1 "$TMP/set.err" 2>/dev/null)"
check "diag synthesis" fz --data-dir "$E" diag synthesis "$NEW_ID" --strengths "Équipe motivée" --weaknesses "Peu de données"
check "diag action" fz --data-dir "$E" diag action "$NEW_ID" --title "Former les régleurs"
check "diag complete" fz --data-dir "$E" diag complete "$NEW_ID"
if fz --data-dir "$E" report "$NEW_ID" -o "$TMP/new.pdf" >/dev/null 2>"$TMP/err" && magic "$TMP/new.pdf" "%PDF-"; then
    ok "report of the new diagnostic: $(size "$TMP/new.pdf") bytes"
else
    ko "report of the new diagnostic: $(tail -1 "$TMP/err")"
fi
check "identity card" fz --data-dir "$E" identity card -o "$TMP/expert.card"
if fz --data-dir "$E" export "$NEW_ID" -o "$TMP/visite.ifbundle" --no-encrypt >/dev/null 2>"$TMP/err" && magic "$TMP/visite.ifbundle" "PK"; then
    ok "export --no-encrypt: $(size "$TMP/visite.ifbundle") bytes of signed bundle"
else
    ko "export --no-encrypt: $(tail -1 "$TMP/err")"
fi
O="$TMP/office"
check "identity init (office)" fz --data-dir "$O" identity init --name "Bureau Test" --org "Région Test" --role office
check "trust add (expert card)" fz --data-dir "$O" trust add "$TMP/expert.card" --yes
if fz --data-dir "$O" import "$TMP/visite.ifbundle" --json >"$TMP/import.json" 2>"$TMP/err" && grep -q '"status": "imported"' "$TMP/import.json"; then
    ok "office import: imported"
else
    ko "office import: $(tr -d '\n' <"$TMP/import.json" | head -c 300) $(tail -1 "$TMP/err")"
fi

# 7. encrypted to the office (age, through pyrage's binary module): the office decrypts, verifies, and
#    finds the very diagnostic it already has
check "identity card (office)" fz --data-dir "$O" identity card -o "$TMP/office.card"
check "trust add (office card)" fz --data-dir "$E" trust add "$TMP/office.card" --yes
if fz --data-dir "$E" export "$NEW_ID" -o "$TMP/chiffre.ifbundle" >"$TMP/out" 2>"$TMP/err" \
        && fz --data-dir "$O" import "$TMP/chiffre.ifbundle" --json >"$TMP/import2.json" 2>>"$TMP/err" \
        && grep -q '"status": "unchanged"' "$TMP/import2.json"; then
    ok "encrypted export, office import: unchanged (decrypted and verified)"
else
    ko "encrypted export/import: $(cat "$TMP/import2.json" 2>/dev/null | tr -d '\n' | head -c 300) $(tail -1 "$TMP/err")"
fi

# 8. nothing unneeded: Qt modules the app does not import are not in the folder
unwanted="$(cd "$DIST" && find . \( -name 'QtQml*' -o -name 'QtQuick*' -o -name 'QtWebEngine*' \
    -o -name 'Qt3D*' -o -name 'QtMultimedia*' -o -name 'QtCharts*' -o -name 'QtPdf*' \
    -o -name 'libQt6Qml*' -o -name 'libQt6Quick*' -o -name 'libQt6Pdf*' -o -name 'tkinter' -o -name 'pytest' \) | head -5)"
[ -z "$unwanted" ] && ok "no unused Qt module, no test tool in the folder" || ko "unneeded files in the folder: $unwanted"

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
