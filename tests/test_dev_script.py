"""dev.sh with fake system tools on PATH: its library check, and what a first and a second run do (issue 7).

Nothing here needs root or the network: ldconfig, id, apt-get, the system python and the venv's python
are small shell scripts that record how they were called.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform.startswith("win") or shutil.which("bash") is None,
                                reason="dev.sh is a bash script")

QT_LIBS = ("libEGL.so.1", "libGL.so.1", "libfontconfig.so.1", "libxkbcommon.so.0", "libdbus-1.so.3",
           "libglib-2.0.so.0", "libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4",
           "libxcb-keysyms.so.1", "libxcb-image.so.0", "libxcb-render-util.so.0", "libxcb-shape.so.0",
           "libxcb-xkb.so.1", "libX11-xcb.so.1")

# The venv's python: records its arguments; "pip install -e" creates the app's entry script.
VENV_PYTHON = r"""#!/bin/sh
echo "venv-python $*" >> "$FAKE_CALLS"
case "$*" in
  "-m pip install -e"*)
    if [ -n "$FAKE_PIP_FAIL" ]; then
      echo "Collecting PySide6-Essentials"; echo "ERROR: No matching distribution found"; exit 1
    fi
    printf '#!/bin/sh\necho "ScratchNN 0.1.0 $*"\n' > "$(dirname "$0")/scratchnn"
    chmod +x "$(dirname "$0")/scratchnn"
    echo "Successfully installed scratchnn-0.1.0" ;;
  "-m pytest"*) echo "fake pytest: $*" ;;
  *) echo "pip says something" ;;
esac
"""

# The system python: only `python3 -m venv DIR`.
SYSTEM_PYTHON = r"""#!/bin/sh
echo "python3 $*" >> "$FAKE_CALLS"
mkdir -p "$3/bin"
cp "$FAKE_BIN/venv-python" "$3/bin/python"
cp "$FAKE_BIN/venv-python" "$3/bin/pip"
"""


def ldconfig_listing(libs, filler: int) -> str:
    """What `ldconfig -p` prints: a header, then one line per library (the asked-for ones first)."""
    names = [*libs, *(f"libfiller{i}.so.{i % 7}" for i in range(filler))]
    lines = [f"{len(names)} libs found in cache `/etc/ld.so.cache'"]
    lines += [f"\t{name} (libc6,x86-64) => /lib/x86_64-linux-gnu/{name}" for name in names]
    return "\n".join(lines) + "\n"


def write_script(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o755)


class Machine:
    """A clone of dev.sh and pyproject.toml with fake system tools; run() runs ./dev.sh in it."""

    def __init__(self, tmp: Path):
        self.clone = tmp / "clone"
        self.clone.mkdir()
        for name in ("dev.sh", "pyproject.toml"):
            shutil.copy2(ROOT / name, self.clone / name)
        self.bin = tmp / "bin"
        self.bin.mkdir()
        self.calls_file = tmp / "calls.log"
        self.calls_file.touch()
        self.venv = tmp / "venv"
        self.set_libraries(QT_LIBS)
        write_script(self.bin / "id", '#!/bin/sh\necho "$FAKE_UID"\n')
        write_script(self.bin / "apt-get", '#!/bin/sh\necho "apt-get $*" >> "$FAKE_CALLS"\n')
        write_script(self.bin / "desktop-file-validate", "#!/bin/sh\n")
        write_script(self.bin / "venv-python", VENV_PYTHON)
        write_script(self.bin / "python3-system", SYSTEM_PYTHON)
        self.env = {**os.environ, "PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}",
                    "FAKE_CALLS": str(self.calls_file), "FAKE_BIN": str(self.bin), "FAKE_UID": "0",
                    "PYTHON": str(self.bin / "python3-system"), "SCRATCHNN_VENV": str(self.venv)}

    def set_libraries(self, libs, filler: int = 50) -> None:
        listing = self.bin.parent / "ldconfig.txt"
        listing.write_text(ldconfig_listing(libs, filler))
        write_script(self.bin / "ldconfig", f'#!/bin/sh\ncat "{listing}"\n')

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.clone / "dev.sh"), *args], env={**self.env, **env},
                              capture_output=True, text=True, timeout=60)

    def calls(self) -> list[str]:
        """The recorded calls since the last look."""
        lines = self.calls_file.read_text().splitlines()
        self.calls_file.write_text("")
        return lines

    def bash(self, script: str) -> subprocess.CompletedProcess:
        """Run `script` in bash after sourcing dev.sh (its functions, its shell options)."""
        return subprocess.run(["bash", "-c", f'source "{self.clone / "dev.sh"}"\n{script}'],
                              env=self.env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def machine(tmp_path):
    return Machine(tmp_path)


def test_the_suite_runs_on_one_worker_per_core_and_at_most_four(machine, tmp_path):
    for cores, workers in (("1", "1"), ("2", "2"), ("64", "4")):
        write_script(machine.bin / "nproc", f"#!/bin/sh\necho {cores}\n")
        assert machine.bash("test_workers").stdout == f"{workers}\n"
    assert machine.bash("SCRATCHNN_TEST_WORKERS=7 test_workers").stdout == "7\n"


# --- the library check ------------------------------------------------------------------------------

def test_library_check_never_misses_a_present_library_in_a_long_cache(machine):
    # 120 kB, more than a pipe holds: `ldconfig -p | grep -q` under pipefail failed here (control below).
    machine.set_libraries(QT_LIBS, filler=1500)
    result = machine.bash('for i in $(seq 30); do echo "[$(missing_qt_packages)]"; done')
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]"] * 30


def test_the_long_cache_breaks_a_pipe_into_grep_q(machine):
    # Control for the test above: the fake cache really triggers the SIGPIPE race of the old check.
    machine.set_libraries(QT_LIBS, filler=1500)
    script = ('failed=0; for i in $(seq 30); do for lib in libEGL.so.1 libGL.so.1; do '
              'ldconfig -p | grep -q "$lib" || failed=$((failed + 1)); done; done; echo "$failed"')
    result = machine.bash(script)
    assert int(result.stdout) > 0


def test_library_check_names_the_packages_of_missing_libraries(machine):
    present = [lib for lib in QT_LIBS if lib not in ("libGL.so.1", "libxcb-cursor.so.0")]
    # libGL.so.1 only inside a longer name, which is not the library itself
    machine.set_libraries([*present, "libGL.so.1.7.0"])
    result = machine.bash("missing_qt_packages")
    assert result.stdout.split() == ["libgl1", "libxcb-cursor0"]


def test_missing_libraries_are_apt_installed_as_root_and_named_otherwise(machine):
    machine.set_libraries([lib for lib in QT_LIBS if lib != "libxcb-cursor.so.0"])
    first = machine.run("run", "--version")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == "Installing system libraries for Qt: libxcb-cursor0"
    apt = [call for call in machine.calls() if call.startswith("apt-get")]
    assert apt == ["apt-get update -qq", "apt-get install -y -qq libxcb-cursor0"]

    user = machine.run("run", "--version", FAKE_UID="1000")
    assert user.stdout.splitlines() == ["ScratchNN 0.1.0 --version"]
    assert user.stderr.strip() == "Note: Qt may need these system packages: libxcb-cursor0"
    assert machine.calls() == []


# --- the venv and the install -----------------------------------------------------------------------

def test_first_run_says_each_step_and_a_second_run_only_starts_the_app(machine):
    first = machine.run("run", "--version")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"Creating the virtual environment in {machine.venv}",
        "Installing ScratchNN and its dependencies (first time: a few minutes)",
        "ScratchNN 0.1.0 --version",
    ]
    assert first.stderr == ""
    assert machine.calls() == [f"python3 -m venv {machine.venv}",
                               "venv-python -m pip install --upgrade pip",
                               "venv-python -m pip install -e ."]
    log = (machine.venv / "scratchnn-install.log").read_text()
    assert "Successfully installed scratchnn-0.1.0" in log  # quiet, not lost

    second = machine.run("run", "--version")
    assert (second.returncode, second.stdout, second.stderr) == (0, "ScratchNN 0.1.0 --version\n", "")
    assert machine.calls() == []  # no pip, no apt-get


def test_extras_are_installed_once_and_kept(machine):
    machine.run("run")
    machine.calls()
    test = machine.run("test", "-q", "tests/x.py", SCRATCHNN_TEST_WORKERS="3")
    assert test.stdout.splitlines() == [
        "Updating ScratchNN's installation (pyproject.toml or the extras changed)",
        "fake pytest: -m pytest -q -n 3 -q tests/x.py",
    ]
    assert machine.calls() == ["venv-python -m pip install --upgrade pip",
                               "venv-python -m pip install -e .[test]",
                               "venv-python -m pytest -q -n 3 -q tests/x.py"]
    assert machine.run("run").stdout == "ScratchNN 0.1.0 \n"  # the test extra covers run
    assert machine.run("test", SCRATCHNN_TEST_WORKERS="1").stdout == "fake pytest: -m pytest -q -n 1\n"
    machine.calls()
    machine.run("bundle")
    assert "venv-python -m pip install -e .[test,build]" in machine.calls()


def test_a_changed_pyproject_reinstalls(machine):
    machine.run("run")
    machine.calls()
    with open(machine.clone / "pyproject.toml", "a") as f:
        f.write("\n# a new dependency, say\n")
    result = machine.run("run")
    assert result.stdout.splitlines()[0] == "Updating ScratchNN's installation (pyproject.toml or the extras changed)"
    assert machine.calls()[-1] == "venv-python -m pip install -e ."
    assert machine.run("run").stdout == "ScratchNN 0.1.0 \n"


def test_a_failed_install_shows_its_log_and_is_retried(machine):
    failed = machine.run("run", FAKE_PIP_FAIL="1")
    assert failed.returncode == 1
    log = machine.venv / "scratchnn-install.log"
    assert f"the whole log is {log}" in failed.stderr
    assert "ERROR: No matching distribution found" in failed.stderr
    assert not (machine.venv / "scratchnn-installed").exists()
    machine.calls()

    retried = machine.run("run")
    assert retried.stdout.splitlines() == [
        "Installing ScratchNN and its dependencies (first time: a few minutes)", "ScratchNN 0.1.0 "]
    assert machine.calls()[-1] == "venv-python -m pip install -e ."  # the venv itself is reused
