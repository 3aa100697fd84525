"""The slice plots on their own: curve, tangent, slope with every digit, the fitted range, the choice."""
from types import SimpleNamespace

import numpy as np
import pytest

from app.widgets.slice_plots import SlicePlots

COLOURS = ("#ef6c00", "#00838f")


def piece(t, values, at, value, slope, fixed):
    intercept = value - slope * at
    return SimpleNamespace(t=t, values=values, at=at, value=value, slope=slope, fixed=fixed,
                           tangent_values=lambda: slope * t + intercept)


@pytest.fixture
def plots(shown):
    return shown(SlicePlots(COLOURS), size=(400, 600))


def test_slices_show_the_slope_digits_and_the_tangent(plots):
    t = np.linspace(-5, 5, 201)
    first = piece(t, t**2 + 16, 3.0, 25.0, 6.00000000000378, 4.0)
    second = piece(t, 9 + t**2, 4.0, 25.0, 7.999999999999119, 3.0)
    plots.set_slices("Slices through (3, 4)", first, second)
    assert "= 6.00000000000378" in plots.headings[0].text() and "= 7.999999999999119" in plots.headings[1].text()
    assert [curve.opts["pen"].color().name() for curve in plots.curves] == list(COLOURS)
    assert all(colour in heading.text() for colour, heading in zip(COLOURS, plots.headings))
    assert plots.plots[0].getPlotItem().getAxis("left").labelText == "f(x0, 4)"
    assert plots.plots[1].getPlotItem().getAxis("left").labelText == "f(3, x1)"
    _, line = plots.tangents[0].getData()
    assert (line[-1] - line[0]) / 10 == pytest.approx(6.0)
    x_range, y_range = plots.plots[0].getPlotItem().vb.viewRange()
    assert x_range == pytest.approx([-5, 5], abs=0.01)
    assert y_range[0] < 16 and 41 < y_range[1] < 50  # the slice's range, not the tangent's
    assert plots.where_label.text() == "Slices through (3, 4)"


def test_a_constant_slice_gets_a_band_and_clear_says_why(plots):
    t = np.linspace(-5, 5, 11)
    flat = piece(t, np.full(11, 3.0), 0.0, 3.0, 0.0, 1.0)
    plots.set_slices("", flat, flat)
    low, high = plots.plots[0].getPlotItem().vb.viewRange()[1]
    assert low < 3 < high and high - low >= 1.9  # not a zero-height range with crowded ticks
    plots.clear("No slices here")
    x, _ = plots.curves[0].getData()
    assert plots.where_label.text() == "No slices here" and (x is None or len(x) == 0)
    assert plots.headings[0].text() == "" and plots.plots[0].getPlotItem().getAxis("left").labelText == "f"


def test_the_choice_of_point(plots, qtbot):
    with qtbot.waitSignal(plots.point_choice_changed) as chosen:
        plots.set_choice("current")
    assert chosen.args == ["current"]
