#!/usr/bin/env bash
# Put Dropoff Buddy in this user's applications menu (no administrator password needed), or take it out.
#
#   ./install.sh                 install the app folder this script sits in (as unpacked from the download)
#   ./install.sh --bundle DIR    install the app folder DIR (e.g. dist/dropoff-buddy after a build)
#   ./install.sh --uninstall     remove the app, its menu entry and icons again
#
# What goes where (XDG_DATA_HOME defaults to ~/.local/share):
#   $XDG_DATA_HOME/dropoff-buddy-app/           the app folder (a copy; the download can be deleted)
#   $XDG_DATA_HOME/applications/dropoff-buddy.desktop   the menu entry
#   $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/dropoff-buddy.png and scalable/apps/dropoff-buddy.svg
#   ~/.local/bin/dropoff-buddy                  a link, so `dropoff-buddy doctor` works in a terminal
# The family's saves live in $XDG_DATA_HOME/dropoff-buddy/ and are never touched by this script.
set -euo pipefail

NAME="dropoff-buddy"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$DATA_HOME/$NAME-app"
MENU_FILE="$DATA_HOME/applications/$NAME.desktop"
ICON_ROOT="$DATA_HOME/icons/hicolor"
BIN_LINK="$HOME/.local/bin/$NAME"
SIZES="16 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
fail() { printf 'Dropoff Buddy install: %s\n' "$*" >&2; exit 1; }

refresh_menus() {
    # Desktops notice new entries by themselves; these just make it quicker where they exist.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$ICON_ROOT" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$MENU_FILE"
    for size in $SIZES; do
        rm -f "$ICON_ROOT/${size}x${size}/apps/$NAME.png"
    done
    rm -f "$ICON_ROOT/scalable/apps/$NAME.svg"
    if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$APP_DIR/$NAME" ]; then
        rm -f "$BIN_LINK"
    fi
    rm -rf "$APP_DIR"
    refresh_menus
    say "Dropoff Buddy is removed from this computer's menu."
    say "Your child's stickers, settings, photos and recordings are still in $DATA_HOME/$NAME"
    say "(delete that folder too, or use 'Delete all data' in the grown-ups' corner, to remove them)."
}

find_bundle() {
    local here
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    if [ -x "$here/$NAME" ] && [ -d "$here/_internal" ]; then
        printf '%s\n' "$here"  # the script as shipped inside the unpacked app folder
    elif [ -x "$here/../dist/$NAME/$NAME" ]; then
        (cd "$here/../dist/$NAME" && pwd)  # tools/install_linux.sh in a checkout, after a build
    else
        return 1
    fi
}

install() {
    local bundle="$1"
    [ -x "$bundle/$NAME" ] || fail "$bundle does not hold the $NAME program (build it with: python tools/build_app.py)"
    [ -d "$bundle/_internal" ] || fail "$bundle is not a whole app folder (its _internal folder is missing)"
    local icons="$bundle/_internal/dropoff_buddy/icon"
    [ -f "$icons/$NAME.svg" ] || fail "the icon is missing from $bundle"

    mkdir -p "$DATA_HOME/applications" "$HOME/.local/bin"
    local staging="$APP_DIR.new.$$"
    rm -rf "$staging"
    cp -a "$bundle" "$staging"
    rm -rf "$APP_DIR"
    mv "$staging" "$APP_DIR"

    for size in $SIZES; do
        mkdir -p "$ICON_ROOT/${size}x${size}/apps"
        cp "$icons/png/$NAME-$size.png" "$ICON_ROOT/${size}x${size}/apps/$NAME.png"
    done
    mkdir -p "$ICON_ROOT/scalable/apps"
    cp "$icons/$NAME.svg" "$ICON_ROOT/scalable/apps/$NAME.svg"

    # The entry names the installed program by its full path (quoted, in case the home folder has spaces).
    sed -e "s|^Exec=.*|Exec=\"$APP_DIR/$NAME\"|" "$icons/$NAME.desktop" > "$MENU_FILE.tmp"
    mv "$MENU_FILE.tmp" "$MENU_FILE"
    chmod 644 "$MENU_FILE"

    if [ ! -e "$BIN_LINK" ] || [ -L "$BIN_LINK" ]; then
        ln -sfn "$APP_DIR/$NAME" "$BIN_LINK"
    fi
    refresh_menus
    say "Dropoff Buddy is installed: look for it in your applications menu (under Games or Education)."
    say "If something does not work, run: $APP_DIR/$NAME doctor"
}

main() {
    local bundle=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --uninstall) uninstall; return 0 ;;
            --bundle) [ $# -ge 2 ] || fail "--bundle needs a folder"; bundle="$2"; shift 2 ;;
            -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
            *) fail "unknown option $1 (try --help)" ;;
        esac
    done
    if [ -z "$bundle" ]; then
        bundle="$(find_bundle)" || fail "no app folder found here; pass --bundle DIR"
    fi
    install "$(cd "$bundle" && pwd)"
}

main "$@"
