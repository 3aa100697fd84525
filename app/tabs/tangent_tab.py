"""The tangent tab: f, its tangent at a draggable x, and the error of the difference quotient against h (Book 4.3).

The tab only draws a :class:`TangentModel`; everything it shows is cheap (a few hundred evaluations of f),
so it is recomputed on every change on the GUI thread. The readout and the error plot wait until the tab is
shown: they need the exact derivative, so sympy, which the main window should not load at start.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtWidgets import (QButtonGroup, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QRadioButton,
                               QSlider, QVBoxLayout, QWidget)

from app.language import message_text
from app.settings import read_setting
from app.tabs import tangent_model as tm
from app.tabs.base_tab import BaseTab
from app.widgets.expression_field import ExpressionField

X_STEPS = 1000  # slider positions across the x range
H_STEPS_PER_DECADE = 10  # the h slider moves the exponent in tenths


class TangentTab(BaseTab):
    """Type f(x), move x and h, and compare the numerical derivative with the analytical one (Book 4.3)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = tm.TangentModel()
        self._derivative_drawn = False  # the readout and error plot match the inputs
        self._build_plots()
        self._build_controls()
        self.arrange(self.column((self.plot, 3), (self.error_plot, 2)), self.panel)
        self._refresh(curve=True)

    def title(self) -> str:
        return self.tr("Derivative && tangent")

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._derivative_drawn:
            self._draw_derivative()

    # -- construction -----------------------------------------------------------------------------------
    def _build_plots(self) -> None:
        self.plot = self.new_plot("x", "f(x)")
        item = self.plot.getPlotItem()
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#1f4e9c", width=2), connect="finite")
        self.tangent = pg.PlotDataItem(pen=pg.mkPen("#c62828", width=2, style=Qt.PenStyle.DashLine))
        self.point = pg.ScatterPlotItem(size=11, brush="#ffd600", pen="k")
        self.x_line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen((90, 90, 90), width=1),
                                      hoverPen=pg.mkPen("#ff6f00", width=3))  # drag it to move x
        self.x_line.sigPositionChanged.connect(self._on_x_line_position_changed)
        for plotted in (self.curve, self.tangent, self.point, self.x_line):
            item.addItem(plotted)
        self.error_plot = self.new_plot("h", self.tr("|numerical − analytical|"),
                                        title=self.tr("Error of the numerical derivative against h"))
        errors = self.error_plot.getPlotItem()
        errors.setLogMode(x=True, y=True)
        errors.setXRange(*tm.H_EXPONENT_RANGE, padding=0.03)  # log-mode view coordinates are exponents
        errors.enableAutoRange(x=False)
        self.error_curve = pg.PlotDataItem(pen=pg.mkPen("#6a1b9a", width=2))
        self.zero_errors = pg.PlotDataItem(pen=None, symbol="t", symbolSize=6, symbolBrush="#9e9e9e",
                                           symbolPen=None)
        self.h_marker = pg.PlotDataItem(pen=None, symbol="o", symbolSize=11, symbolBrush="#ffd600", symbolPen="k")
        self.h_line = pg.InfiniteLine(angle=90, pen=pg.mkPen((90, 90, 90), style=Qt.PenStyle.DotLine))
        self.floor_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#9e9e9e", style=Qt.PenStyle.DashLine),
                                          label=self.tr("error exactly 0 (drawn here)"),
                                          labelOpts={"position": 0.8, "color": "#616161"})
        self.error_note = pg.TextItem(color="#616161", anchor=(0.5, 0.5))
        for plotted in (self.error_curve, self.zero_errors, self.h_marker, self.h_line, self.floor_line):
            errors.addItem(plotted)
        self.error_note.setParentItem(errors.getViewBox())  # placed in view-box pixels, not data

    def _build_controls(self) -> None:
        self.expression = ExpressionField(self.model.expression, [self.tr(p[0]) for p in tm.PRESETS])
        self.expression.edited.connect(self.set_expression)
        self.expression.preset_chosen.connect(self._on_expression_preset_chosen)
        self.min_box, self.max_box, self.x_box = QDoubleSpinBox(), QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.min_box, self.max_box, self.x_box):
            box.setRange(-tm.MAX_WIDTH, tm.MAX_WIDTH)
            box.setDecimals(4)
            box.setKeyboardTracking(False)  # act on Enter or focus out, not on every digit
        self.min_box.valueChanged.connect(self._on_range_box_value_changed)
        self.max_box.valueChanged.connect(self._on_range_box_value_changed)
        self.x_box.valueChanged.connect(self._on_x_box_value_changed)
        self.x_slider = QSlider(Qt.Orientation.Horizontal)
        self.x_slider.setRange(0, X_STEPS)
        self.x_slider.valueChanged.connect(self._on_x_slider_value_changed)
        self.central_radio = QRadioButton(self.tr("central (f(x+h) − f(x−h)) / 2h"))
        self.forward_radio = QRadioButton(self.tr("forward (f(x+h) − f(x)) / h"))
        self.central_radio.setChecked(True)
        self.method_group = QButtonGroup(self)
        for radio in (self.central_radio, self.forward_radio):
            self.method_group.addButton(radio)
        self.method_group.buttonToggled.connect(self._on_method_group_button_toggled)
        self.h_slider = QSlider(Qt.Orientation.Horizontal)
        low, high = (round(e * H_STEPS_PER_DECADE) for e in tm.H_EXPONENT_RANGE)
        self.h_slider.setRange(low, high)
        self.h_slider.setValue(round(tm.DEFAULT_H_EXPONENT * H_STEPS_PER_DECADE))
        self.h_slider.valueChanged.connect(self._on_h_slider_value_changed)
        self.h_label, self.readout_label = QLabel(), QLabel()
        self.readout_label.setWordWrap(True)
        self.readout_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        range_row = QHBoxLayout()
        range_row.addWidget(self.min_box)
        range_row.addWidget(QLabel("…"))
        range_row.addWidget(self.max_box)
        form = QFormLayout()
        for label, field in ((self.tr("f(x) ="), self.expression), (self.tr("x range"), range_row),
                             (self.tr("x (or drag)"), self.x_box), ("", self.x_slider),
                             (self.tr("Difference"), self.central_radio), ("", self.forward_radio),
                             (self.h_label, self.h_slider)):
            form.addRow(label, field)
        self.panel = QWidget()
        column = QVBoxLayout(self.panel)
        column.addLayout(form)
        column.addWidget(self.readout_label)
        column.addStretch(1)

    # -- public API (docs/architecture.md) --------------------------------------------------------------
    def set_expression(self, text: str) -> bool:
        """Use f(x) = ``text``; on a bad expression mark the field, say why and keep the last plot."""
        try:
            self.model.set_expression(text)
        except ValueError as error:  # ExpressionError is a ValueError
            message = message_text(error)  # translated, like every input error here
            self.expression.reject(text, message)
            self.report(self.tr("Bad function: {0}").format(message), problem=True)
            return False
        self.expression.accept(text)
        self.resolve()
        self._refresh(curve=True)
        return True

    def set_x(self, x: float) -> None:
        self._apply(self.model.set_x, x)

    def set_range(self, low: float, high: float) -> None:
        self._apply(self.model.set_range, low, high, curve=True)

    def set_h_exponent(self, exponent: float) -> None:
        self._apply(self.model.set_h_exponent, exponent)

    def set_method(self, method: str) -> None:
        self._apply(self.model.set_method, method)

    def save_state(self, settings: QSettings) -> None:
        model = self.model
        for key, value in (("expression", model.expression), ("x", model.x), ("h_exponent", model.h_exponent),
                           ("method", model.method), ("x_min", model.x_range[0]), ("x_max", model.x_range[1])):
            settings.setValue(key, value)

    def restore_state(self, settings: QSettings) -> None:
        """Apply each stored input that reads as a valid value; anything else keeps its current value."""
        model = self.model
        low = read_setting(settings, "x_min", model.x_range[0])
        high = read_setting(settings, "x_max", model.x_range[1])
        if not (low < high and high - low <= tm.MAX_WIDTH):
            low, high = model.x_range
        self.set_range(low, high)
        self.set_method(read_setting(settings, "method", model.method, lambda m: m in tm.METHODS))
        self.set_h_exponent(read_setting(settings, "h_exponent", model.h_exponent,
                                         lambda e: tm.H_EXPONENT_RANGE[0] <= e <= tm.H_EXPONENT_RANGE[1]))
        self.set_expression(read_setting(settings, "expression", model.expression))
        self.set_x(read_setting(settings, "x", model.x))

    def show_demo_state(self) -> None:
        """Book 4.3.2 / Figure 4-7: f = 0.01x² + 0.1x on 0..20, tangent at x = 5, central difference, h = 1e-4."""
        self.set_method("central")
        self.set_h_exponent(tm.DEFAULT_H_EXPONENT)
        self.set_range(*tm.DEFAULT_RANGE)
        self.set_expression(tm.BOOK_FUNCTION)
        self.set_x(tm.DEFAULT_X)

    # -- handlers ---------------------------------------------------------------------------------------
    def _on_expression_preset_chosen(self, index: int) -> None:
        _label, text, x_range, x = tm.PRESETS[index]
        self.set_range(*x_range)
        self.set_expression(text)
        self.set_x(x)

    def _on_range_box_value_changed(self, _value: float) -> None:
        self.set_range(self.min_box.value(), self.max_box.value())

    def _on_x_box_value_changed(self, value: float) -> None:
        self.set_x(value)

    def _on_x_slider_value_changed(self, value: int) -> None:
        low, high = self.model.x_range
        self.set_x(low + (high - low) * value / X_STEPS)

    def _on_x_line_position_changed(self) -> None:
        if self.x_line.value() != self.model.x:
            self.set_x(self.x_line.value())

    def _on_method_group_button_toggled(self, button, checked: bool) -> None:
        if checked:
            self.set_method("forward" if button is self.forward_radio else "central")

    def _on_h_slider_value_changed(self, value: int) -> None:
        self.set_h_exponent(value / H_STEPS_PER_DECADE)

    # -- drawing ----------------------------------------------------------------------------------------
    def _apply(self, setter, *args, curve: bool = False) -> bool:
        """Change one input of the model; a bad value is reported and changes nothing."""
        try:
            setter(*args)
        except ValueError as error:
            self.report(message_text(error), problem=True)
            self._sync_controls()
            return False
        self.resolve()
        self._refresh(curve=curve)
        return True

    def _sync_controls(self) -> None:
        """Put the model's inputs into the controls without their signals firing back."""
        model = self.model
        low, high = model.x_range
        blockers = [QSignalBlocker(w) for w in (self.min_box, self.max_box, self.x_box, self.x_slider,
                                                self.x_line, self.h_slider, self.method_group)]
        self.min_box.setValue(low)
        self.max_box.setValue(high)
        self.x_box.setValue(model.x)
        self.x_slider.setValue(round((model.x - low) / (high - low) * X_STEPS))
        self.x_line.setValue(model.x)
        self.x_line.setBounds((low, high))
        self.h_slider.setValue(round(model.h_exponent * H_STEPS_PER_DECADE))
        (self.central_radio if model.method == "central" else self.forward_radio).setChecked(True)
        for blocker in blockers:
            blocker.unblock()
        self.h_label.setText(self.tr("h = {0:.1e}").format(model.h))

    def _refresh(self, curve: bool = False) -> None:
        """Redraw what depends on the inputs; the curve and view only when f or the range changed, the
        readout and error plot once the tab is shown (the plot, which File > Export PNG renders, always)."""
        self._sync_controls()
        model = self.model
        if curve:
            self.curve.setData(*model.curve())
            self.plot.getPlotItem().setRange(xRange=model.x_range, yRange=model.y_range(), padding=0)
        self.tangent.setData(*model.tangent_curve())
        fx = float(model.f(model.x))
        self.point.setData([model.x], [fx] if np.isfinite(fx) else [np.nan])
        self._derivative_drawn = False
        if self.isVisible():
            self._draw_derivative()

    def _draw_derivative(self) -> None:
        """The readout and the error plot: what needs the analytical derivative."""
        self.readout_label.setText(self._readout_text(self.model.readout()))
        self._draw_errors()
        self._derivative_drawn = True

    def _readout_text(self, r: tm.Readout) -> str:
        method = self.tr("central") if self.model.method == "central" else self.tr("forward")
        lines = [self.tr("x = {0:.6g}, f(x) = {1:.9g}").format(r.x, r.fx),
                 self.tr("numerical ({0}, h = {1:.1e}): {2!r}").format(method, self.model.h, r.numerical)]
        if r.formula is not None:
            lines.append(self.tr("analytical f'(x) = {0}").format(r.formula))
        if r.analytic is not None:  # 15 digits: 0.02*10 + 0.1 reads 0.3, not 0.30000000000000004
            lines += [self.tr("  at x: {0:.15g}").format(r.analytic),
                      self.tr("difference numerical − analytical: {0:.3e}").format(r.difference)]
        else:
            lines.append({"f overflow": self.tr("f overflows at x (beyond float64's largest number, about "
                                                "1.8e308): no derivative here"),
                          "f undefined": self.tr("f is not finite at x: no derivative here"),
                          "overflow": self.tr("the analytical derivative overflows at x (beyond about 1.8e308)"),
                          "kink": self.tr("f has a kink at x: no derivative here (left and right slopes differ)"),
                          "no formula": self.tr("no analytical derivative"),
                          "undefined": self.tr("the analytical derivative is undefined at x")}[r.reason])
        return "\n".join(lines)

    def _draw_errors(self) -> None:
        errors = self.model.error_curve()
        self.error_curve.setData(errors.h, errors.error)
        self.zero_errors.setData(errors.h[errors.clipped], errors.error[errors.clipped])
        self.floor_line.setVisible(bool(errors.clipped.any()))
        self.floor_line.setValue(np.log10(errors.floor))  # log-mode axes: lines sit at log10 of the value
        self.h_line.setValue(np.log10(errors.current_h))
        if errors.current_error is None:
            self.h_marker.setData([], [])
        else:
            self.h_marker.setData([errors.current_h], [errors.current_error])
        self.error_note.setText("" if errors.h.size else self.tr("no analytical derivative at this x to compare"))
        view = self.error_plot.getPlotItem()
        if errors.h.size:
            view.enableAutoRange(y=True)
        else:
            view.setYRange(np.log10(errors.floor), 0.0)
        self.error_note.setPos(self.error_plot.getPlotItem().getViewBox().width() / 2, 30)
