#!/usr/bin/env bash
# Build the one-folder program for the current platform: dist/ifdesk/ (and, on Linux, a .tar.gz
# with the desktop integration). Called by `make package`; on Windows and macOS see docs/packaging.md.
#
#   PYTHON=.venv/bin/python packaging/build.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' ifdesk/__init__.py)"
"$PY" -c "import PyInstaller" 2>/dev/null || { echo "error: PyInstaller is missing: $PY -m pip install pyinstaller" >&2; exit 2; }

# Translations: compile a .ts whose .qm is missing or older (the frozen window only reads .qm).
LRELEASE="$(dirname "$PY")/pyside6-lrelease"
for ts in resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
        if [ -x "$LRELEASE" ]; then "$LRELEASE" -silent "$ts" -qm "$qm"; else echo "warning: $qm is stale and pyside6-lrelease is missing" >&2; fi
    fi
done

start=$(date +%s)
rm -rf dist/ifdesk
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/ifdesk.spec
secs=$(( $(date +%s) - start ))

case "$(uname -s)" in
Linux)
    # Desktop integration beside the program: a per-user installer and what it installs.
    share="dist/ifdesk/share"
    mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages"
    cp packaging/linux/fr.industriedufutur.ifdesk.desktop "$share/applications/"
    cp packaging/linux/fr.industriedufutur.ifdesk.metainfo.xml "$share/metainfo/"
    cp packaging/linux/fr.industriedufutur.ifdesk.mime.xml "$share/mime/packages/fr.industriedufutur.ifdesk.xml"
    for png in packaging/icons/ifdesk-*.png; do
        s="${png##*-}"; s="${s%.png}"
        mkdir -p "$share/icons/hicolor/${s}x${s}/apps"
        cp "$png" "$share/icons/hicolor/${s}x${s}/apps/fr.industriedufutur.ifdesk.png"
    done
    mkdir -p "$share/icons/hicolor/scalable/apps"
    cp packaging/icons/ifdesk.svg "$share/icons/hicolor/scalable/apps/fr.industriedufutur.ifdesk.svg"
    install -m 755 packaging/linux/install.sh dist/ifdesk/install.sh
    # A library the build machine lacks is missing from the folder too: say which (docs/packaging.md
    # lists the Debian packages: libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libwayland-cursor0 …).
    for so in dist/ifdesk/_internal/PySide6/Qt/plugins/*/*.so; do
        miss="$(LD_LIBRARY_PATH="dist/ifdesk/_internal:dist/ifdesk/_internal/PySide6/Qt/lib" ldd "$so" 2>/dev/null | grep "not found" | awk '{print $1}' | tr '\n' ' ' || true)"
        [ -z "$miss" ] || echo "warning: ${so#dist/ifdesk/_internal/} needs $miss(install them on the build machine)" >&2
    done
    tarball="dist/ifdesk-$VERSION-linux-$(uname -m).tar.gz"
    tar -C dist -czf "$tarball" ifdesk
    echo "archive: $tarball ($(du -h "$tarball" | cut -f1))"
    ;;
esac

echo "built dist/ifdesk in ${secs}s: $(du -sh dist/ifdesk | cut -f1) ($(find dist/ifdesk -type f | wc -l) files)"
