"""Merged-article cases fixed in this round (page._column_changes), on invented lines."""

from banmian.layout.flow import FlowLine, Kind, Para
from banmian.layout.page import _column_changes
from banmian.model import Line
from banmian.settings import default_settings


def _para(first_no: int, widths: list[int]) -> Para:
    """A paragraph of lines of the given widths, its short last line ending the sentence."""
    lines = [FlowLine(Line(first_no + k, "字" * w, float(w)), Kind.TEXT, key="字" * w, left=float(widths[0]),
                      right=float(widths[0])) for k, w in enumerate(widths)]
    lines[-1].terminal = True
    return Para(lines)


def test_a_makeup_credit_between_two_texts_shows_no_column():
    """A text 13 cells wide closed by the page's make-up credit (版式设计：…), then a text 23
    cells wide: the credit is set to no column, so the text above it is what the text under it
    is measured against, and the columns differ: two articles run together."""
    text = "版式设计：林一帆"
    credit = Para([FlowLine(Line(7, text, 8.0), Kind.TEXT, key=text, credit=True)])
    above, below = _para(1, [13, 13, 13, 13, 6]), _para(9, [23, 23, 23, 23, 10])
    s = default_settings()
    assert _column_changes([above, credit], [below], s)
    # the same column on both sides: no change of column (running text under the credit is
    # another article's by page._text_after_makeup, not by the columns)
    assert not _column_changes([above, credit], [_para(9, [13, 13, 13, 13, 5])], s)
