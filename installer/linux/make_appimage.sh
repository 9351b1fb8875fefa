#!/bin/sh
# An AppImage of the bundle (optional; the .tar.gz made by `python installer/build.py --package` is the
# reference Linux download). Needs appimagetool (https://github.com/AppImage/appimagetool) in PATH; it is
# not packaged for Debian nor on PyPI, so this recipe is not run by CI.
#
#   python installer/build.py && sh installer/linux/make_appimage.sh
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/desktop/__init__.py")
appdir="$root/build/Comptoir.AppDir"
output="$root/dist/Comptoir-$version-$(uname -m).AppImage"

[ -x "$root/dist/Comptoir/Comptoir" ] || { echo "dist/Comptoir is missing: run python installer/build.py first" >&2; exit 1; }
command -v appimagetool >/dev/null 2>&1 || { echo "appimagetool is not installed" >&2; exit 1; }

rm -rf "$appdir"
mkdir -p "$appdir/usr/share/icons/hicolor/256x256/apps"
cp -R "$root/dist/Comptoir" "$appdir/Comptoir"
cp "$root/installer/linux/comptoir.desktop" "$appdir/comptoir.desktop"
cp "$root/resources/icons/comptoir-256.png" "$appdir/comptoir.png"
cp "$root/resources/icons/comptoir-256.png" "$appdir/usr/share/icons/hicolor/256x256/apps/comptoir.png"
cat >"$appdir/AppRun" <<'RUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/Comptoir/Comptoir" "$@"
RUN
chmod +x "$appdir/AppRun"
ARCH=$(uname -m) appimagetool "$appdir" "$output"
echo "wrote $output"
