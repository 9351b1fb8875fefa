#!/bin/sh
# Comptoir for Linux: installs the program for the current user, without administrator rights.
#
#   ./install.sh               install or update: menu entry, icon, and the `comptoir` command in ~/.local/bin
#   ./install.sh --uninstall   remove the program; the data (~/.local/share/Comptoir) stays
#
# The program goes to ~/.local/lib/comptoir; the data folder is the application's own choice and is never
# touched here. Provider secrets stay in the desktop's keyring (GNOME Keyring, KWallet, KeePassXC).
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
program_dir="$HOME/.local/lib/comptoir"
command_link="$HOME/.local/bin/comptoir"
desktop_file="$data_home/applications/comptoir.desktop"
icons="$data_home/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
    fi
}

uninstall() {
    rm -rf "$program_dir"
    rm -f "$command_link" "$desktop_file"
    for size in $sizes; do
        rm -f "$icons/${size}x${size}/apps/comptoir.png"
    done
    refresh_menus
    echo "Comptoir est désinstallé. Vos données restent dans $data_home/Comptoir."
    echo "Comptoir is uninstalled. Your data stays in $data_home/Comptoir."
}

install_program() {
    if [ ! -x "$here/Comptoir/Comptoir" ]; then
        echo "Le dossier Comptoir manque à côté de ce script : extrayez toute l'archive, puis relancez-le." >&2
        echo "The Comptoir folder is missing next to this script: extract the whole archive, then run it again." >&2
        exit 1
    fi
    mkdir -p "$(dirname "$program_dir")" "$(dirname "$command_link")" "$(dirname "$desktop_file")"
    # Copy first, then swap: an interrupted update leaves the previous version working.
    rm -rf "$program_dir.new"
    cp -R "$here/Comptoir" "$program_dir.new"
    rm -rf "$program_dir"
    mv "$program_dir.new" "$program_dir"
    ln -sf "$program_dir/Comptoir" "$command_link"
    for size in $sizes; do
        source="$program_dir/_internal/resources/icons/comptoir-$size.png"
        [ "$size" = 512 ] && source="$program_dir/_internal/resources/icons/comptoir.png"
        mkdir -p "$icons/${size}x${size}/apps"
        cp "$source" "$icons/${size}x${size}/apps/comptoir.png"
    done
    sed "s|^Exec=.*|Exec=\"$program_dir/Comptoir\"|" "$here/comptoir.desktop" >"$desktop_file"
    refresh_menus
    echo "Comptoir est installé : ouvrez-le depuis le menu des applications."
    echo "Comptoir is installed: open it from the applications menu."
}

case "${1:-}" in
    "") install_program ;;
    --uninstall) uninstall ;;
    *)
        echo "usage : $0 [--uninstall]" >&2
        exit 2
        ;;
esac
