#!/usr/bin/env bash
# One entry point for a fresh machine:
#   ./dev.sh run     set up (venv, dependencies) and start ScratchNN
#   ./dev.sh test    set up and run the whole test suite (offscreen)
#   ./dev.sh bundle  set up and build the one-folder app, then run its self-test
# Each set-up step prints one line when it does something; on a set-up machine only the command's own
# output appears. Sourcing the file defines the functions without running anything (tests do).
set -euo pipefail
VENV="${SCRATCHNN_VENV:-.venv}"
PY="${PYTHON:-python3}"
STAMP_NAME="scratchnn-installed"  # in the venv: what it was installed from (see venv)
LOG_NAME="scratchnn-install.log"  # in the venv: pip's output of the last install

# Shared libraries Qt needs (offscreen and X11) and the Debian packages that hold them.
QT_LIBS=(
  "libEGL.so.1:libegl1" "libGL.so.1:libgl1" "libfontconfig.so.1:libfontconfig1"
  "libxkbcommon.so.0:libxkbcommon0" "libdbus-1.so.3:libdbus-1-3" "libglib-2.0.so.0:libglib2.0-0"
  "libxkbcommon-x11.so.0:libxkbcommon-x11-0" "libxcb-cursor.so.0:libxcb-cursor0"
  "libxcb-icccm.so.4:libxcb-icccm4" "libxcb-keysyms.so.1:libxcb-keysyms1"
  "libxcb-image.so.0:libxcb-image0" "libxcb-render-util.so.0:libxcb-render-util0"
  "libxcb-shape.so.0:libxcb-shape0" "libxcb-xkb.so.1:libxcb-xkb1" "libX11-xcb.so.1:libx11-xcb1"
)

# Print the packages of QT_LIBS whose library the linker cache lacks, space-separated.
# The cache is read once into a variable: `ldconfig -p | grep -q` under pipefail failed at random
# (grep -q exits at the first match and ldconfig dies of SIGPIPE, issue 7).
missing_qt_packages() {
  local ldconfig list p missing=()
  ldconfig="$(command -v ldconfig || echo /sbin/ldconfig)"  # /sbin is not on a user's PATH on Debian
  list="$("$ldconfig" -p 2>/dev/null)" || list=""
  [ -n "$list" ] || return 0  # no cache to read (not glibc): cannot tell, assume present
  for p in "${QT_LIBS[@]}"; do
    [[ "$list" == *[[:space:]]"${p%%:*} ("* ]] || missing+=("${p##*:}")
  done
  echo "${missing[*]}"
}

# apt-get install "$@" (root on Debian/Ubuntu); on failure print the last lines apt-get wrote.
apt_install() {
  local log
  log="$(mktemp)"
  if { [ -n "${APT_UPDATED:-}" ] || apt-get update -qq; } >"$log" 2>&1 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$log" 2>&1; then
    APT_UPDATED=1  # once per run
    rm -f "$log"
    return 0
  fi
  echo "apt-get failed; its last lines:" >&2
  tail -n 15 "$log" >&2
  rm -f "$log"
  return 1
}

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

system_libs() {
  local missing
  missing="$(missing_qt_packages)"
  [ -n "$missing" ] || return 0
  if can_apt; then
    echo "Installing system libraries for Qt: $missing"
    # shellcheck disable=SC2086  # one word per package
    apt_install $missing
  else
    echo "Note: Qt may need these system packages: $missing" >&2
  fi
}

# The venv's stamp: line 1 pyproject.toml's checksum and this clone's path (the install is editable),
# line 2 the extras installed. It is written only after a successful install.
install_key() { echo "$(cksum < pyproject.toml) $PWD"; }

# Create the venv and pip install the project with the extras "$1" (comma-separated), unless the stamp
# says it is done already. pip's output goes to a log in the venv, shown when pip fails.
venv() {
  local stamp="$VENV/$STAMP_NAME" log="$VENV/$LOG_NAME" key="" have="" extras="$1" e
  if [ -f "$stamp" ] && [ -x "$VENV/bin/scratchnn" ]; then
    { IFS= read -r key; IFS= read -r have; } < "$stamp" || true
  fi
  if [ "$key" = "$(install_key)" ]; then
    extras="$have"  # what the venv has, plus what is asked for and missing
    for e in ${1//,/ }; do
      [[ ",$have," == *",$e,"* ]] || extras="${extras:+$extras,}$e"
    done
    [ "$extras" != "$have" ] || return 0
  fi
  if [ ! -x "$VENV/bin/pip" ]; then
    echo "Creating the virtual environment in $VENV"
    "$PY" -m venv "$VENV" || { echo "Could not create it with $PY (Debian/Ubuntu: apt-get install python3-venv)" >&2; exit 1; }
  fi
  if [ -f "$stamp" ]; then
    echo "Updating ScratchNN's installation (pyproject.toml or the extras changed)"
  else
    echo "Installing ScratchNN and its dependencies (first time: a few minutes)"
  fi
  rm -f "$stamp"
  if ! { "$VENV/bin/python" -m pip install --upgrade pip \
         && "$VENV/bin/python" -m pip install -e ".${extras:+[$extras]}"; } >"$log" 2>&1; then
    echo "Installing failed; the whole log is $log. Its last lines:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  printf '%s\n%s\n' "$(install_key)" "$extras" > "$stamp"
}

# How many pytest-xdist workers `./dev.sh test` starts: SCRATCHNN_TEST_WORKERS (0: none, all in this process),
# else one per core, at most 4
# (each loads MNIST and trains its shared network: ~300 MB). The suite's tests share no files.
test_workers() {
  local cores
  if [ -n "${SCRATCHNN_TEST_WORKERS:-}" ]; then echo "$SCRATCHNN_TEST_WORKERS"; return; fi
  cores="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)"
  echo $(( cores < 4 ? cores : 4 ))
}

main() {
  cd "$(dirname "$0")"
  case "${1:-run}" in
    run)
      system_libs; venv ""
      exec "$VENV/bin/scratchnn" "${@:2}" ;;
    test)
      system_libs; venv test
      # The desktop entry's validator (a test uses it); optional elsewhere, the test skips without it.
      if ! command -v desktop-file-validate >/dev/null && can_apt; then
        echo "Installing desktop-file-utils (a test validates the menu entry)"
        apt_install desktop-file-utils || echo "Note: desktop-file-utils not installed; its test will be skipped" >&2
      fi
      export QT_QPA_PLATFORM=offscreen
      exec "$VENV/bin/python" -m pytest -q -n "$(test_workers)" "${@:2}" ;;
    bundle)
      system_libs; venv "test,build"
      exec "$VENV/bin/python" packaging/build.py --smoke-test "${@:2}" ;;
    *) echo "usage: ./dev.sh [run|test|bundle]" >&2; exit 2 ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
