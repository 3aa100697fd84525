"""The result table: book-style numbers, named rows and columns, read-only."""
import math

from PySide6.QtWidgets import QAbstractItemView

from app.widgets.result_table import ResultTable, format_number


def test_numbers_are_written_as_the_book_prints_them():
    assert [format_number(v) for v in (4.4e-10, 1.234567e-7, 0.0123, 12.345, 0.0, 123456.0)] == \
        ["4.4e-10", "1.23e-07", "0.0123", "12.3", "0", "1.23e+05"]
    assert format_number(None) == format_number(math.nan) == "\u2014"


def test_the_table_shows_rows_and_columns_and_keeps_the_values(qtbot):
    table = ResultTable()
    qtbot.addWidget(table)
    table.show_table(["mean", "max"], [("W1", [4.4e-10, 1e-8]), ("b1", [2.5e-9, None])])
    assert (table.rowCount(), table.columnCount()) == (2, 2)
    assert table.rows() == [["", "mean", "max"], ["W1", "4.4e-10", "1e-08"], ["b1", "2.5e-09", "\u2014"]]
    assert table.value(0, 0) == 4.4e-10 and table.value(1, 1) is None
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    table.show_table(["only"], [("W2", [1.0])])  # replaced, not appended
    assert table.rows() == [["", "only"], ["W2", "1"]]
