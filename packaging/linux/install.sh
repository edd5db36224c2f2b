#!/usr/bin/env bash
# Install the poa-desktop bundle for the current user (no root needed), or remove it again.
#
#   packaging/linux/install.sh [BUNDLE]      install or upgrade (BUNDLE defaults to dist/poa-desktop,
#                                            or to this script's own folder when it sits in a bundle)
#   packaging/linux/install.sh --uninstall   remove the program, keep the user's data
#
# Installs the bundle into ~/.local/opt/poa-desktop, a poa-desktop symlink into ~/.local/bin, the
# menu entry into ~/.local/share/applications and the icons into ~/.local/share/icons/hicolor.
# PREFIX (default ~/.local) moves all of these, e.g. PREFIX=/tmp/try packaging/linux/install.sh.
#
# The database, backups and settings live in ~/.local/share/poa-desktop and ~/.config/poa-desktop
# (XDG_DATA_HOME / XDG_CONFIG_HOME if set): neither an upgrade nor --uninstall touches them.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
TARGET="$PREFIX/opt/poa-desktop"
BIN="$PREFIX/bin/poa-desktop"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"
SIZES=(16 32 48 64 128 256)

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

if [[ ${1:-} == --uninstall ]]; then
    rm -rf -- "$TARGET"
    if [[ -L $BIN ]]; then rm -f -- "$BIN"; fi
    rm -f -- "$APPS/poa-desktop.desktop" "$ICONS/scalable/apps/poa-desktop.svg"
    for n in "${SIZES[@]}"; do rm -f -- "$ICONS/${n}x${n}/apps/poa-desktop.png"; done
    refresh_caches
    echo "poa-desktop removed. Your data was kept (${XDG_DATA_HOME:-~/.local/share}/poa-desktop, ${XDG_CONFIG_HOME:-~/.config}/poa-desktop)."
    exit 0
fi

if [[ -n ${1:-} ]]; then
    BUNDLE="$(cd "$1" && pwd)"
elif [[ -x $HERE/poa-desktop && -d $HERE/_internal ]]; then
    BUNDLE="$HERE"
else
    BUNDLE="$(cd "$HERE/../.." && pwd)/dist/poa-desktop"
fi
if [[ ! -x $BUNDLE/poa-desktop || ! -d $BUNDLE/_internal/resources ]]; then
    echo "No poa-desktop bundle in $BUNDLE (build one with scripts/bundle)" >&2
    exit 1
fi
DESKTOP="$HERE/poa-desktop.desktop"
[[ -f $DESKTOP ]] || DESKTOP="$BUNDLE/poa-desktop.desktop"
SOURCE_ICONS="$BUNDLE/_internal/resources/icons"

# Copy next to the old version, then swap, so a failed copy leaves the old install working.
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$APPS" "$ICONS/scalable/apps"
rm -rf -- "$TARGET.new"
cp -a -- "$BUNDLE" "$TARGET.new"
rm -rf -- "$TARGET"
mv -- "$TARGET.new" "$TARGET"
ln -sfn -- "$TARGET/poa-desktop" "$BIN"

# The menu entry names the installed program by its full path: ~/.local/bin is not always on the
# PATH a desktop session starts programs with.
sed -e "s|^Exec=poa-desktop|Exec=$TARGET/poa-desktop|" -e "s|^TryExec=poa-desktop|TryExec=$TARGET/poa-desktop|" \
    "$DESKTOP" >"$APPS/poa-desktop.desktop"
chmod 644 "$APPS/poa-desktop.desktop"
for n in "${SIZES[@]}"; do
    install -D -m 644 "$SOURCE_ICONS/poa-desktop-$n.png" "$ICONS/${n}x${n}/apps/poa-desktop.png"
done
install -m 644 "$SOURCE_ICONS/poa-desktop.svg" "$ICONS/scalable/apps/poa-desktop.svg"
refresh_caches

echo "poa-desktop installed in $TARGET"
echo "  command: $BIN$(case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo " (add $PREFIX/bin to your PATH)" ;; esac)"
echo "  menu entry: $APPS/poa-desktop.desktop"
