#!/usr/bin/env bash
# Install PlaceBoard for this user, without root:
#
#   ./install.sh [BUNDLE]      BUNDLE: the built one-folder bundle (dist/placeboard);
#                              by default the `placeboard` folder beside this script
#                              (as in the release tarball), else the repository's dist/
#   ./install.sh --uninstall   takes it all away again (your data stays)
#
# Where things go (PREFIX, default ~/.local, moves them all, e.g. for a test):
#   $PREFIX/opt/placeboard/                          the bundle
#   $PREFIX/bin/placeboard                           a symlink to its executable
#   $PREFIX/share/applications/placeboard.desktop    the menu entry, opening .pbsync files
#   $PREFIX/share/mime/packages/placeboard.xml       the .pbsync file type
#   $PREFIX/share/icons/hicolor/{256x256,scalable}/apps/placeboard.{png,svg}
# Without PREFIX, share/ is $XDG_DATA_HOME when that is set.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
NAME=placeboard

if [ -n "${PREFIX:-}" ]; then
  SHARE="$PREFIX/share"
else
  PREFIX="$HOME/.local"
  SHARE="${XDG_DATA_HOME:-$PREFIX/share}"
fi
APP_DIR="$PREFIX/opt/$NAME"
BIN_LINK="$PREFIX/bin/$NAME"
DESKTOP="$SHARE/applications/$NAME.desktop"
MIME_XML="$SHARE/mime/packages/$NAME.xml"
ICON_PNG="$SHARE/icons/hicolor/256x256/apps/$NAME.png"
ICON_SVG="$SHARE/icons/hicolor/scalable/apps/$NAME.svg"

say() { echo "install.sh: $*"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

# The first of the given paths that exists (the tarball's layout, then the repository's).
first_of() {
  local path
  for path in "$@"; do
    if [ -e "$path" ]; then echo "$path"; return 0; fi
  done
  fail "cannot find any of: $*"
}

# Menus and file managers read caches; refresh the ones whose tools are installed.
refresh_caches() {
  if command -v update-mime-database >/dev/null && [ -d "$SHARE/mime/packages" ]; then
    update-mime-database "$SHARE/mime" >/dev/null 2>&1 || say "update-mime-database failed"
  fi
  if command -v update-desktop-database >/dev/null && [ -d "$SHARE/applications" ]; then
    update-desktop-database -q "$SHARE/applications" || say "update-desktop-database failed"
  fi
  # No icon cache of our own in hicolor (a stale one would hide other apps' icons): a
  # newer folder time is what icon themes look for.
  if [ -d "$SHARE/icons/hicolor" ]; then touch "$SHARE/icons/hicolor"; fi
}

uninstall() {
  rm -rf "$APP_DIR"
  rm -f "$DESKTOP" "$MIME_XML" "$ICON_PNG" "$ICON_SVG"
  if [ -L "$BIN_LINK" ]; then rm -f "$BIN_LINK"; fi
  refresh_caches
  say "removed PlaceBoard from $PREFIX (the data folder and logs are kept)"
}

# placeboard.desktop with Exec and TryExec naming the installed executable.
write_desktop_file() {
  local source="$1" exe="$APP_DIR/$NAME" line
  case "$exe" in
    *[\"\`\$\\]*) fail "cannot write a menu entry for a path with \" \` \$ or \\ in it: $exe" ;;
  esac
  mkdir -p "$(dirname "$DESKTOP")"
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      Exec=*) echo "Exec=\"$exe\" %f" ;;
      TryExec=*) echo "TryExec=$exe" ;;
      *) echo "$line" ;;
    esac
  done <"$source" >"$DESKTOP.tmp"
  mv "$DESKTOP.tmp" "$DESKTOP"
}

install_bundle() {
  local bundle="$1"
  [ -x "$bundle/$NAME" ] || fail "$bundle is not a PlaceBoard bundle (no executable $NAME in it)"
  local desktop_src mime_src png_src svg_src
  desktop_src="$(first_of "$HERE/$NAME.desktop")"
  mime_src="$(first_of "$HERE/$NAME.xml")"
  png_src="$(first_of "$HERE/$NAME.png" "$REPO/resources/$NAME.png")"
  svg_src="$(first_of "$HERE/$NAME.svg" "$REPO/resources/$NAME.svg")"

  # A fresh copy beside the old one, then swapped in: never half of each version.
  mkdir -p "$(dirname "$APP_DIR")"
  rm -rf "$APP_DIR.new"
  cp -a "$bundle" "$APP_DIR.new"
  rm -rf "$APP_DIR"
  mv "$APP_DIR.new" "$APP_DIR"

  mkdir -p "$(dirname "$BIN_LINK")"
  ln -sfn "$APP_DIR/$NAME" "$BIN_LINK"
  write_desktop_file "$desktop_src"
  install -D -m 644 "$mime_src" "$MIME_XML"
  install -D -m 644 "$png_src" "$ICON_PNG"
  install -D -m 644 "$svg_src" "$ICON_SVG"
  refresh_caches

  say "installed PlaceBoard in $APP_DIR"
  say "menu entry $DESKTOP; command $BIN_LINK"
  case ":$PATH:" in
    *":$(dirname "$BIN_LINK"):"*) ;;
    *) say "add $(dirname "$BIN_LINK") to your PATH to run 'placeboard' from a terminal" ;;
  esac
}

case "${1:-}" in
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' ;;
  -*) fail "unknown option $1 (try --help)" ;;
  "") install_bundle "$(first_of "$HERE/$NAME" "$REPO/dist/$NAME")" ;;
  *) install_bundle "$(cd "$1" && pwd)" ;;
esac
