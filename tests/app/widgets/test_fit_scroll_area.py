"""A scroll area as tall as its text, capped by a fraction of its parent and a neighbour's minimum."""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.widgets.fit_scroll_area import FitScrollArea


def test_grows_with_the_text_up_to_its_limits(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    neighbour = QWidget()
    neighbour.setMinimumHeight(300)
    label = QLabel("one line")
    label.setWordWrap(True)
    area = FitScrollArea(label, 0.3, keep=neighbour)
    layout = QVBoxLayout(parent)
    layout.addWidget(neighbour, stretch=1)
    layout.addWidget(area)
    parent.resize(400, 1000)
    parent.show()
    qtbot.waitExposed(parent)
    short = area.sizeHint().height()
    assert short < 60
    label.setText("many words " * 400)
    assert area.sizeHint().height() == 300  # 30 % of 1000
    parent.resize(400, 500)
    assert area.sizeHint().height() <= 500 - 300  # the neighbour keeps its minimum
