"""The core never imports Qt, pyqtgraph or the app (the boundary of docs/architecture.md)."""
import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "app", "PyQt5", "PyQt6")

CHECK = """
import importlib, json, pkgutil, sys
import scratchnn_core
names = sorted(m.name for m in pkgutil.iter_modules(scratchnn_core.__path__))
for name in names:
    importlib.import_module("scratchnn_core." + name)
print(json.dumps({"submodules": names, "modules": sorted(sys.modules)}))
"""


def test_core_imports_no_gui():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"functions", "differentiation", "gradient", "descent", "networks"} <= set(report["submodules"])
    leaked = [m for m in report["modules"] if m.split(".")[0] in FORBIDDEN]
    assert leaked == []


def test_public_api_is_importable():
    import scratchnn_core

    for name in ("TwoLayerNet", "SimpleNet", "numerical_gradient", "descent_steps",
                 "gradient_descent", "DescentStep", "numerical_diff", "tangent_line",
                 "softmax", "sigmoid", "cross_entropy_error", "mean_squared_error"):
        assert name in scratchnn_core.__all__
        assert getattr(scratchnn_core, name) is not None
