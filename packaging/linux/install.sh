#!/bin/sh
# Install the unpacked ScratchNN bundle for the current user (no root needed), or remove it again.
#   ./install.sh              copy this folder to ~/.local/share/scratchnn, add the menu entry and icons
#   ./install.sh --uninstall  remove all of that
# Run it from the unpacked ScratchNN folder (it finds its files next to itself).
set -eu

DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$DATA_HOME/scratchnn"
BIN_DIR="$HOME/.local/bin"
DESKTOP_FILE="$DATA_HOME/applications/scratchnn.desktop"
ICON_ROOT="$DATA_HOME/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"
HERE="$(cd "$(dirname "$0")" && pwd)"

refresh_caches() {
  # Menus notice new entries by themselves on most desktops; this makes it immediate where available.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA_HOME/applications" || true
  # No icon cache of our own (a stale one hides icons); a newer folder time makes existing caches stale.
  [ -d "$ICON_ROOT" ] && touch "$ICON_ROOT" || true
}

uninstall() {
  rm -rf "$APP_DIR"
  # Only our own symlink: never a scratchnn that something else (pip) put there.
  if [ -L "$BIN_DIR/scratchnn" ] && [ "$(readlink "$BIN_DIR/scratchnn")" = "$APP_DIR/scratchnn" ]; then
    rm -f "$BIN_DIR/scratchnn"
  fi
  rm -f "$DESKTOP_FILE" "$ICON_ROOT/scalable/apps/scratchnn.svg"
  for size in $SIZES; do rm -f "$ICON_ROOT/${size}x${size}/apps/scratchnn.png"; done
  refresh_caches
  echo "ScratchNN removed (your settings in ~/.config/ScratchNN are kept)."
}

install() {
  if [ ! -x "$HERE/scratchnn" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run me from the unpacked ScratchNN folder (scratchnn and _internal/ next to me)." >&2
    exit 1
  fi
  icons="$HERE/_internal/resources/icons"
  if [ "$HERE" != "$APP_DIR" ]; then
    rm -rf "$APP_DIR.new"
    mkdir -p "$(dirname "$APP_DIR")"
    cp -R "$HERE" "$APP_DIR.new"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"
  fi
  mkdir -p "$BIN_DIR" "$(dirname "$DESKTOP_FILE")" "$ICON_ROOT/scalable/apps"
  ln -sfn "$APP_DIR/scratchnn" "$BIN_DIR/scratchnn"
  # An absolute Exec: ~/.local/bin is not on every desktop session's PATH.
  sed "s|^Exec=.*|Exec=\"$APP_DIR/scratchnn\"|" "$HERE/scratchnn.desktop" > "$DESKTOP_FILE"
  chmod 644 "$DESKTOP_FILE"
  cp "$icons/scratchnn.svg" "$ICON_ROOT/scalable/apps/scratchnn.svg"
  for size in $SIZES; do
    if [ -f "$icons/scratchnn-$size.png" ]; then
      mkdir -p "$ICON_ROOT/${size}x${size}/apps"
      cp "$icons/scratchnn-$size.png" "$ICON_ROOT/${size}x${size}/apps/scratchnn.png"
    fi
  done
  refresh_caches
  echo "ScratchNN installed in $APP_DIR"
  echo "Start it from your application menu, or run: $BIN_DIR/scratchnn"
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
