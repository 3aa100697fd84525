#!/usr/bin/env bash
# One entry point for a fresh machine:
#   ./dev.sh run     set up (venv, dependencies) and start ScratchNN
#   ./dev.sh test    set up and run the whole test suite (offscreen)
#   ./dev.sh bundle  set up and build the one-folder app, then run its self-test
set -euo pipefail
cd "$(dirname "$0")"
VENV="${SCRATCHNN_VENV:-.venv}"
PY="${PYTHON:-python3}"

# Shared libraries Qt needs (offscreen and X11); installed only when missing.
system_libs() {
  local missing=()
  local pairs=(
    "libEGL.so.1:libegl1" "libGL.so.1:libgl1" "libfontconfig.so.1:libfontconfig1"
    "libxkbcommon.so.0:libxkbcommon0" "libdbus-1.so.3:libdbus-1-3" "libglib-2.0.so.0:libglib2.0-0"
    "libxkbcommon-x11.so.0:libxkbcommon-x11-0" "libxcb-cursor.so.0:libxcb-cursor0"
    "libxcb-icccm.so.4:libxcb-icccm4" "libxcb-keysyms.so.1:libxcb-keysyms1"
    "libxcb-image.so.0:libxcb-image0" "libxcb-render-util.so.0:libxcb-render-util0"
    "libxcb-shape.so.0:libxcb-shape0" "libxcb-xkb.so.1:libxcb-xkb1" "libX11-xcb.so.1:libx11-xcb1"
  )
  for p in "${pairs[@]}"; do
    ldconfig -p 2>/dev/null | grep -q "${p%%:*}" || missing+=("${p##*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing system libraries for Qt: ${missing[*]}"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "Note: Qt may need these system packages: ${missing[*]}" >&2
    fi
  fi
}

venv() {
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".${1:+[$1]}"
}

case "${1:-run}" in
  run)
    system_libs; venv ""
    exec "$VENV/bin/scratchnn" "${@:2}" ;;
  test)
    system_libs; venv test
    # The desktop entry's validator (a test uses it); optional elsewhere, the test skips without it.
    if ! command -v desktop-file-validate >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils >/dev/null \
        || echo "Note: desktop-file-utils not installed; its test will be skipped" >&2
    fi
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest -q "${@:2}" ;;
  bundle)
    system_libs; venv "test,build"
    exec "$VENV/bin/python" packaging/build.py --smoke-test "${@:2}" ;;
  *) echo "usage: ./dev.sh [run|test|bundle]" >&2; exit 2 ;;
esac
