"""Issue 8, item 7: an export that fails raises, the window says why, and no file (not even an empty one) is left."""
import os
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import export
from app.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.plot([0, 1, 2], [0, 1, 4])
    yield widget  # held here: pytest-qt holds widgets only weakly


def test_a_good_export_writes_a_png_and_a_csv(plot, tmp_path):
    export.export_png(plot.getPlotItem(), 300, tmp_path / "plot.png")
    image = QImage(str(tmp_path / "plot.png"))
    assert not image.isNull() and image.width() == export.MIN_PNG_WIDTH
    export.export_csv([["x", "y"], [1, 2.5]], tmp_path / "plot.csv")
    assert (tmp_path / "plot.csv").read_bytes() == b"x,y\r\n1,2.5\r\n"  # the csv module's own line ends
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plot.csv", "plot.png"]


@pytest.mark.parametrize("where", ["missing folder", "name over 255 bytes", "a folder", "/proc/self"])
def test_a_failed_export_raises_and_leaves_nothing(plot, tmp_path, where):
    path = {"missing folder": tmp_path / "no" / "plot.png", "name over 255 bytes": tmp_path / ("p" * 252 + ".png"),
            "a folder": tmp_path, "/proc/self": Path("/proc/self/plot.png")}[where]
    if where == "/proc/self" and not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    with pytest.raises(OSError) as failed:  # pyqtgraph's exporter returned False and "Exported to" was shown
        export.export_png(plot.getPlotItem(), 800, path)
    assert str(path) in str(failed.value)
    with pytest.raises(OSError):
        export.export_csv([["x"], [1]], path)
    assert list(tmp_path.iterdir()) == []


_FULL_DISK = """
import resource, signal, sys
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg
from app import export
app = QApplication([])
widget = pg.PlotWidget()
widget.plot(list(range(100)), [v * v for v in range(100)])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit, write() fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
try:
    export.export_png(widget.getPlotItem(), 800, sys.argv[1])
    print("exported")
except OSError as error:
    print("OSError", error.errno)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_leaves_no_partial_png(tmp_path):
    path = tmp_path / "plot.png"
    run = subprocess.run([sys.executable, "-c", _FULL_DISK, str(path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split()[0] == "OSError"  # the export failed and said so
    assert list(tmp_path.iterdir()) == []  # no 0-byte or truncated plot.png


def test_the_window_shows_why_and_does_not_claim_success(qtbot, tmp_path, monkeypatch):
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    target = tmp_path / "missing" / "plot.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: boxes.append(args)))
    try:
        window.show_tab("loss")
        window.export_png_action.trigger()
        assert len(boxes) == 1 and "No such file or directory" in boxes[0][2] and str(target) in boxes[0][2]
        assert "Exported" not in window.statusBar().currentMessage()
        assert not (tmp_path / "missing").exists()
    finally:
        window.close()
