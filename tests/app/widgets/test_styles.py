"""The looks widgets share: the standard plot set-up."""
import pyqtgraph as pg

from app.widgets.styles import configure_plot


def test_configure_plot_labels_both_axes_with_a_light_grid_and_no_si_prefix(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    item = widget.getPlotItem()
    assert configure_plot(item, "x0", "f") is item
    item.setRange(xRange=(0, 5e6), yRange=(0, 2e-6), padding=0)  # alone, pyqtgraph scales f by 1e6
    for name, label in (("bottom", "x0"), ("left", "f")):
        axis = item.getAxis(name)
        assert axis.labelText == label and axis.grid == 51  # alpha 0.2 of 255
        assert not axis.autoSIPrefix and axis.autoSIPrefixScale == 1.0
