"""The code's shape, checked: import layers (import-linter contracts in pyproject.toml) and module size."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 300  # a module a reader finishes in one sitting (STYLE.md); the core aims for ~150


def test_import_contracts_hold(monkeypatch):
    """app.__main__ > self_test > screenshot > main_window > about > tabs > widgets | workers > helpers > core,
    and the core never imports Qt, pyqtgraph or app (``lint-imports`` prints the broken import chains)."""
    cli = pytest.importorskip("importlinter.cli")
    monkeypatch.chdir(ROOT)
    assert cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


@pytest.mark.parametrize("package", ["app", "scratchnn_core"])
def test_every_module_is_under_300_lines(package):
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / package).rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these modules by what they hold: {long}"
