"""The code's shape, checked: import layers (import-linter contracts in pyproject.toml) and module size."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 300  # a module a reader finishes in one sitting (STYLE.md); the core aims for ~150


def test_import_contracts_hold():
    """app.__main__ > self_test > screenshot > main_window > about > tabs > widgets | workers > helpers > core,
    and the core never imports Qt, pyqtgraph or app (``lint-imports`` prints the broken import chains).

    In its own process: import-linter configures logging and disables the loggers that exist, which would
    silence the app's log lines for every test after this one. import-linter is in the test extra: a
    missing one fails here (the subprocess's ImportError), never skips the contract."""
    code = ("import sys; from importlinter.cli import lint_imports; "
            f"sys.exit(lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r}, no_cache=True, no_logo=True))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


@pytest.mark.parametrize("package", ["app", "scratchnn_core"])
def test_every_module_is_under_300_lines(package):
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / package).rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these modules by what they hold: {long}"
