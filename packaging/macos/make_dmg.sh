#!/usr/bin/env bash
# Make the macOS disk image from the PyInstaller build: dist/ExoDesk-<version>.dmg.
#
#   bash packaging/macos/make_dmg.sh
#
# Needs macOS (hdiutil). For a release people can open without a Gatekeeper
# warning, build with CODESIGN_IDENTITY set ("Developer ID Application: Name
# (TEAMID)"): the spec then signs every binary of the app with the hardened
# runtime and packaging/macos/entitlements.plist, and this script signs the
# image too. With NOTARY_PROFILE set (a keychain profile made once with
# `xcrun notarytool store-credentials`) the image is notarised and the ticket
# stapled to it.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=dist/ExoDesk.app
[ -d "$APP" ] || { echo "no $APP: run pyinstaller packaging/exodesk.spec first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/ExoDesk-$VERSION.dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# The image shows the app beside a link to Applications: drag one onto the other.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$DMG"
hdiutil create -volname "ExoDesk $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "disk image: $DMG ($(du -h "$DMG" | cut -f1))"
