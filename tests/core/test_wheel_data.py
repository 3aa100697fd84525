"""A plain ``pip install`` (a wheel, no source tree) still finds the embedded MNIST (issue 2)."""
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
GZ_FILES = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"}

CHECK = """
import json, scratchnn_core
from scratchnn_core import load_mnist
from scratchnn_core._resources import resources_dir
(x, t), (xt, tt) = load_mnist(one_hot_label=True)
print(json.dumps({"core": scratchnn_core.__file__, "resources": str(resources_dir()),
                  "shapes": [x.shape, t.shape, xt.shape, tt.shape], "first": int(t[0].argmax())}))
"""


def copy_project(dest):
    """What a wheel is built from, without caches or earlier build output."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(PROJECT / name, dest / name)
    for name in ("scratchnn_core", "app", "resources"):
        shutil.copytree(PROJECT / name, dest / name, ignore=ignore)
    return dest


def local_build_backend():
    """True when this environment has pyproject's build requirement (setuptools>=77)."""
    try:
        import setuptools
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 77


def resource_data_files(resources):
    """Every file of every data folder of resources/ (mnist, icons, translations, ...), as wheel names."""
    return {f"scratchnn_resources/{path.relative_to(resources).as_posix()}"
            for path in resources.glob("*/**/*")
            if path.is_file() and "__pycache__" not in path.parts}


@pytest.mark.slow
def test_wheel_carries_mnist_and_the_installed_package_loads_it(tmp_path):
    wheels = tmp_path / "wheels"
    # Offline with the local backend; otherwise pip fetches the build requirements (a fresh venv's
    # setuptools may predate bdist_wheel).
    isolation = ["--no-build-isolation"] if local_build_backend() else []
    source = copy_project(tmp_path / "src")  # setuptools writes build/ into the tree it builds
    # A data folder pyproject.toml does not name, and the byte-code an import leaves in a source tree.
    (source / "resources" / "later").mkdir()
    (source / "resources" / "later" / "data.bin").write_bytes(b"a future data folder")
    (source / "resources" / "__pycache__").mkdir()
    (source / "resources" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(b"")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q",
                            "-w", str(wheels), str(source)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    # No setuptools warning about the configuration (issue 7); pip's own WARNING lines (an index it
    # cannot reach, say) are about the machine, not the project.
    assert "BuildBackendWarning" not in build.stderr, build.stderr[-2000:]
    assert "SetuptoolsDeprecationWarning" not in build.stderr, build.stderr[-2000:]
    (wheel,) = wheels.glob("scratchnn-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert {f"scratchnn_resources/mnist/{name}" for name in GZ_FILES} <= names
    assert "scratchnn_resources/mnist/README.md" in names  # the data's license travels with it
    shipped = resource_data_files(source / "resources")
    assert {"scratchnn_resources/icons/scratchnn.svg", "scratchnn_resources/translations/scratchnn_ko.qm",
            "scratchnn_resources/later/data.bin"} <= shipped
    assert shipped <= names  # every data folder, a new one too, without a pyproject edit
    assert not any("__pycache__" in name for name in names)
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)  # license-files
    assert {"scratchnn_resources/fonts/ScratchNNCJK-Regular.otf", "scratchnn_resources/fonts/OFL.txt"} <= names

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
                    str(wheel)], check=True, capture_output=True, text=True)
    # Only the installed copy is importable: no source tree on the path, no editable install.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SCRATCHNN_RESOURCES")}
    env["PYTHONPATH"] = str(site)
    out = subprocess.run([sys.executable, "-c", CHECK], cwd=tmp_path, env=env,
                         check=True, capture_output=True, text=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert Path(report["core"]).is_relative_to(site)
    assert Path(report["resources"]).is_relative_to(site)
    assert report["shapes"] == [[60000, 784], [60000, 10], [10000, 784], [10000, 10]]
    assert report["first"] == 5
