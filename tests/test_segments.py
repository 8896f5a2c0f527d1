"""Whether a title block between paragraphs stays in its article (page._is_subhead)."""

from banmian.layout.flow import Block, FlowLine, Kind, Para
from banmian.layout.page import _is_subhead
from banmian.model import Line
from banmian.settings import default_settings


def _para(first_no: int, widths: list[float], estimate: float) -> Para:
    lines = [FlowLine(Line(first_no + k, "字" * int(w), w), Kind.TEXT, key="字" * int(w), left=estimate,
                      right=estimate) for k, w in enumerate(widths)]
    return Para(lines)


def test_a_paragraph_too_short_to_show_its_column_defers_to_the_one_before_it():
    """The column estimates disagree (24 against 22); a one-line paragraph cannot say which
    is right, the long paragraph before it can: 22 cells on both sides, one article."""
    title = Block([FlowLine(Line(20, "抓项目促发展", 6.0), Kind.TEXT, key="抓项目促发展")])
    long_before = _para(1, [22, 22, 22, 22, 10], 22)
    one_line = _para(6, [16], 24)
    after = [_para(22, [22, 22, 22, 22, 9], 22)]
    s = default_settings()
    assert _is_subhead(title, [long_before, one_line], after, s)
    # Only the one-line paragraph to go by: no evidence of one column, a new article's title.
    assert not _is_subhead(title, [one_line], after, s)
