"""BaseTab on its own: the status message, timers and background work on shutdown, the two exports."""
import csv

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel

from app.tabs.base_tab import BaseTab


class Model:
    def csv_rows(self):
        return [["x", "y"], [1, 2.5], [2, -1.0]]


class Tab(BaseTab):
    def __init__(self):
        super().__init__()
        self.model = Model()
        self.plot = self.new_plot("x", "y", title="a plot")
        self.plot.plot([0, 1, 2], [0, 1, 4])
        self.panel = QLabel("controls " * 30)
        self.stopped = 0
        self.ticks = 0
        self.timer = self.add_timer(10, self._tick)
        self.arrange(self.plot, self.panel, panel_width=200)

    def title(self):
        return "test"

    def stop_work(self):
        self.stopped += 1

    def _tick(self):
        self.ticks += 1


def test_shutdown_stops_the_timers_and_the_work_and_may_be_called_again(qtbot):
    tab = Tab()
    qtbot.addWidget(tab)
    tab.timer.start()
    qtbot.waitUntil(lambda: tab.ticks > 0, timeout=5_000)
    tab.shutdown()
    assert not tab.timer.isActive() and tab.stopped == 1
    tab.shutdown()
    assert tab.stopped == 2  # stop_work is idempotent by contract; shutdown simply calls it again
    tab.close()
    assert tab.stopped == 3  # closing shuts down too


def test_a_reported_problem_is_taken_back_once_resolved(qtbot):
    tab = Tab()
    qtbot.addWidget(tab)
    messages = []
    tab.status_message.connect(messages.append)
    tab.resolve()
    assert messages == []  # nothing to take back
    tab.report("x must be a number", problem=True)
    tab.resolve()
    assert messages == ["x must be a number", ""]
    tab.report("Training started.")
    tab.resolve()
    assert messages[-1] == "Training started."  # an ordinary message stays


def test_exports_go_through_the_hooks(qtbot, tmp_path):
    tab = Tab()
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.export_csv(str(tmp_path / "t.csv"))
    with open(tmp_path / "t.csv", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [["x", "y"], ["1", "2.5"], ["2", "-1.0"]]
    tab.export_png(str(tmp_path / "t.png"))
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plots_have_no_si_prefix_and_the_panel_scrolls_beside_them(qtbot):
    tab = Tab()
    qtbot.addWidget(tab)
    item = tab.plot.getPlotItem()
    assert not item.getAxis("left").autoSIPrefix and not item.getAxis("bottom").autoSIPrefix
    assert isinstance(tab.plot, pg.PlotWidget)
    scroll = tab.panel.parentWidget().parentWidget()  # the panel sits in the scroll area's viewport
    assert scroll.width() >= 200 and scroll.widget() is tab.panel
