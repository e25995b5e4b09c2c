#!/bin/sh
# Install ifdesk for the current user (no root): the program folder under ~/.local/lib/ifdesk,
# a command ~/.local/bin/ifdesk, the menu entry, the icons and the .ifbundle file type.
#
#   ./ifdesk/install.sh              (from the unpacked ifdesk-<version>-linux-x86_64.tar.gz)
#   ./ifdesk/install.sh --uninstall  (removes the program; workspaces and keys are never touched)
#
# PREFIX (default ~/.local) chooses another place, e.g. PREFIX=/usr/local as root for all users.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP="$PREFIX/lib/ifdesk"
SHARE="$PREFIX/share"
ID="fr.industriedufutur.ifdesk"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP"
    rm -f "$PREFIX/bin/ifdesk" "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml" \
          "$SHARE/mime/packages/$ID.xml"
    find "$SHARE/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
    refresh
    echo "ifdesk removed (your workspaces are kept)."
    exit 0
fi

[ -x "$HERE/ifdesk" ] || { echo "error: run this script from the unpacked ifdesk folder" >&2; exit 1; }
if [ "$HERE" != "$APP" ]; then
    rm -rf "$APP.new"
    mkdir -p "$PREFIX/lib"
    cp -a "$HERE" "$APP.new"
    rm -rf "$APP"
    mv "$APP.new" "$APP"
fi
mkdir -p "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
ln -sf "$APP/ifdesk" "$PREFIX/bin/ifdesk"
# the menu entry names the program by its full path: ~/.local/bin is not always on a session's PATH
sed -e "s|^Exec=ifdesk|Exec=$APP/ifdesk|" -e "s|^TryExec=.*|TryExec=$APP/ifdesk|" \
    "$HERE/share/applications/$ID.desktop" >"$SHARE/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/share/mime/packages/$ID.xml" "$SHARE/mime/packages/"
cp -r "$HERE/share/icons" "$SHARE/"
refresh
echo "ifdesk installed in $APP; start it from the menu or with: $PREFIX/bin/ifdesk"
