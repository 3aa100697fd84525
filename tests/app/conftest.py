"""pytest-qt settings shared by the GUI tests."""
import sys

import pytest

from app.qt_setup import collect_garbage_in_gui_thread, configure_pyqtgraph


@pytest.fixture(autouse=True, scope="session")
def _pyqtgraph_config():
    configure_pyqtgraph()


@pytest.fixture(autouse=True)
def _garbage_collected_in_the_gui_thread(qapp):
    """As in the app: cycles are collected from this (the GUI) thread only, never by a worker thread that
    happens to allocate while Qt objects of an earlier test wait to be freed (PySide deadlocks then)."""
    collector = collect_garbage_in_gui_thread()
    yield
    collector.check()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Tabs keep their files (the training run history) in a temporary folder, never the user's."""
    monkeypatch.setenv("SCRATCHNN_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _no_worker_threads_left(request):
    """Stop and join every worker before a test ends, and fail the test that left one running.

    pytest-qt closes the test's widgets first (their shutdown should already have joined the workers); a
    worker still running after that would outlive its receivers, so it is stopped here and reported as the
    test's defect.
    """
    yield
    workers = sys.modules.get("app.workers.generator_worker")  # never imported: no workers to check
    if workers is None:
        return
    leftover = [worker.name for worker in workers.running_workers()]
    stopped = workers.await_all(timeout_s=10.0)
    assert not leftover, f"{request.node.name} left workers running: {leftover}"
    assert stopped, "a worker did not stop within 10 s"


@pytest.fixture
def shown(qtbot):
    """``shown(widget)``: register it with qtbot, give it a tab's usual size, show it and wait until it is."""
    def show(widget, size=(1100, 700)):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return show
