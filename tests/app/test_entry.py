"""The entry point: --version, the no-display message, --screenshot and the end-to-end --self-test."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from app import __main__ as entry
from app.display_check import NO_DISPLAY_MESSAGE, has_display, use_offscreen_if_headless

DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_app(*args: str, env: dict | None = None, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=timeout, env=env if env is not None else dict(os.environ))


def test_version_is_printed_without_starting_qt():
    done = run_app("--version")
    assert done.returncode == 0
    assert done.stdout.strip() in ("ScratchNN 0.1.0", "ScratchNN dev")


def test_display_detection():
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not has_display({"DISPLAY": ""}, "freebsd14")
    assert has_display({}, "win32") and has_display({}, "darwin")
    env = {"HOME": "/tmp"}
    assert use_offscreen_if_headless(env) and env["QT_QPA_PLATFORM"] == "offscreen"
    assert not use_offscreen_if_headless({"DISPLAY": ":1"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux needs DISPLAY/WAYLAND_DISPLAY")
def test_without_a_display_the_app_exits_with_a_readable_message():
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    done = run_app(env=env)
    assert done.returncode == 1
    assert "ScratchNN needs a graphical display" in done.stderr
    assert "--self-test" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
    assert done.stderr.strip() == NO_DISPLAY_MESSAGE


def test_unexpected_errors_become_a_message_box_and_a_log_line(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        entry._show_unexpected_error(*sys.exc_info())
    assert len(shown) == 1
    box = shown[0]
    assert "division by zero in a slot" in box.text() and "keeps running" in box.text()
    assert "Traceback" in box.detailedText() and "ZeroDivisionError" in box.detailedText()
    assert "Traceback" not in box.text()
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)


@pytest.mark.slow
def test_screenshot_writes_one_png_per_tab(tmp_path):
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = run_app("--screenshot", str(out), env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in out.iterdir())
    assert names == ["1_loss.png", "2_tangent.png", "3_gradient.png", "4_network.png", "5_training.png"]
    for name in names:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1200, 800), name
        # Not a blank frame: a rendered window has many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 800, 29)}
        assert len(colours) > 5, name


@pytest.mark.slow
def test_end_to_end_self_test_passes_every_check():
    """END-TO-END: `python -m app --self-test` opens the real window offscreen, visits the tabs, trains."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}  # self-test picks offscreen itself
    done = run_app("--self-test", env=env, timeout=120)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert not [line for line in lines if line.startswith("FAIL")]
    checks = [line for line in lines if line.startswith("ok   ")]
    for expected in ("main window opens", "typed expression", "short training", "weights save and reload",
                     "export plot as PNG"):
        assert any(expected in line for line in checks), expected
    assert len(checks) >= 10
    assert lines[-1].startswith("self-test passed")
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.slow
def test_self_test_reports_a_broken_installation_without_a_traceback(tmp_path):
    """With the embedded data missing, the self-test names what failed and exits non-zero."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SCRATCHNN_RESOURCES=str(tmp_path))
    env.pop("SCRATCHNN_DEBUG", None)
    done = run_app("--self-test", env=env, timeout=120)
    assert done.returncode == 1
    fails = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    assert any("icon" in line for line in fails)
    assert any("training" in line for line in fails)
    assert done.stdout.splitlines()[-1].startswith("self-test FAILED")
    assert "Traceback" not in done.stdout + done.stderr
