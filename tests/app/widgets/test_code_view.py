"""The code view on its own: read-only, fixed-width, unwrapped, as tall as its lines (pytest-qt)."""
from PySide6.QtGui import QFontInfo

from app.widgets.code_view import CodeView

BOOK = "f = lambda w: net.loss(x, t)\ndW = numerical_gradient(f, net.W)"


def test_code_is_read_only_fixed_width_and_never_wrapped(qtbot):
    view = CodeView(BOOK)
    qtbot.addWidget(view)
    view.resize(120, 80)  # much narrower than a line
    view.show()
    qtbot.waitExposed(view)
    assert view.code() == BOOK and view.isReadOnly()
    assert QFontInfo(view.font()).fixedPitch()
    assert view.document().blockCount() == 2 and view.document().lineCount() == 2  # not wrapped
    assert view.horizontalScrollBar().maximum() > 0  # a long line scrolls instead


def test_height_follows_the_number_of_lines(qtbot):
    view = CodeView("x = 1")
    qtbot.addWidget(view)
    one = view.height()
    view.set_code(BOOK + "\nprint(dW)")
    assert view.code().endswith("print(dW)")
    assert view.height() - one == 2 * view.fontMetrics().lineSpacing()
