#!/bin/sh
# The macOS download: dist/Comptoir.app in a disk image with a link to /Applications, signed and notarised.
# Runs on a Mac only (codesign, hdiutil, xcrun); `python installer/build.py --package` calls it.
#
#   COMPTOIR_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"   set for the build (the spec signs
#                                                                           the .app with it) and here
#   COMPTOIR_NOTARY_PROFILE=comptoir-notary      a profile stored once with
#       xcrun notarytool store-credentials comptoir-notary --apple-id … --team-id … --password <app password>
#
# Without the identity the disk image is built unsigned (for testing only: Gatekeeper will refuse it).
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/desktop/__init__.py")
app="$root/dist/Comptoir.app"
staging="$root/build/dmg"
dmg="$root/dist/Comptoir-$version-macos.dmg"
identity=${COMPTOIR_CODESIGN_IDENTITY:-}
profile=${COMPTOIR_NOTARY_PROFILE:-}

[ -d "$app" ] || { echo "dist/Comptoir.app is missing: run python installer/build.py first" >&2; exit 1; }

if [ -n "$identity" ]; then
    # PyInstaller signed every binary and the bundle (hardened runtime, installer/macos/entitlements.plist).
    codesign --verify --deep --strict --verbose=2 "$app"
fi

rm -rf "$staging" "$dmg"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Comptoir $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
    codesign --sign "$identity" --timestamp "$dmg"
    if [ -n "$profile" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "COMPTOIR_NOTARY_PROFILE is not set: the disk image is signed but not notarised." >&2
    fi
fi
echo "wrote $dmg"
