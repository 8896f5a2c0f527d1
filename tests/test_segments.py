"""Whether a title block between paragraphs stays in its article (page._is_subhead)."""

from banmian.layout.flow import Block, FlowLine, Kind, Para
from banmian.layout.page import _inner_width, _is_subhead, _probe
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


def test_one_full_line_after_a_column_break_shows_the_column():
    """Across a column break (a gap in line numbers) the tail of a paragraph is in the new
    column; one full line there is enough to tell its width."""
    para = Para([FlowLine(Line(no, "字" * int(w), w), Kind.TEXT) for no, w in ((1, 20), (2, 20), (4, 25), (5, 9))])
    assert _inner_width(para, tail=True) == 25
    # No column break: two inner lines are needed.
    short = Para([FlowLine(Line(no, "字" * int(w), w), Kind.TEXT) for no, w in ((1, 20), (2, 20), (3, 9))])
    assert _inner_width(short, tail=True) is None
    # A short line before the break is a title's end run into the paragraph, not the column.
    lead = [FlowLine(Line(1, "字" * 12, 12), Kind.TEXT), FlowLine(Line(2, "字" * 7, 7), Kind.TEXT, short=True),
            *(FlowLine(Line(no, "字" * 11, 11), Kind.TEXT) for no in (4, 5, 6))]
    assert _inner_width(Para(lead), tail=False) is None


def test_punctuation_hung_past_the_column_is_not_width():
    """`乱跑。”` may hang two marks past the edge: the line is as wide as the column, not wider."""
    lines = [FlowLine(Line(no, text, w), Kind.TEXT) for no, text, w in
             ((1, "字" * 14, 14), (2, "字" * 14 + "。”", 16), (3, "字" * 14, 14), (4, "字字。", 3))]
    assert _inner_width(Para(lines), tail=True) == 14


def test_a_feature_subheadline_makes_a_headline_block():
    """Between paragraphs of one column a title block stays in the article, unless a feature's
    subheadline (——记…) hangs under its title: that is the next article's headline."""
    before, after = [_para(1, [22, 22, 22, 22, 10], 22)], [_para(9, [22, 22, 22, 22, 9], 22)]
    s = default_settings()
    lines = [FlowLine(Line(7, "为两国关系发展夯实基础", 11.0), Kind.TEXT),
             FlowLine(Line(8, "——记第五届青溪论坛", 10.0), Kind.TEXT)]
    assert not _is_subhead(Block(lines), before, after, s)
    section = [lines[0], FlowLine(Line(8, "——青溪县告别绝对贫困", 11.0), Kind.TEXT)]
    assert _is_subhead(Block(section), before, after, s)


def test_a_series_tag_is_left_out_when_a_block_is_compared_with_bodies():
    """A page of one series repeats its tag over every headline; only the title's own words
    tell which body a block belongs to."""
    block = Block([FlowLine(Line(1, "第一艘航空母舰（新中国的“第一”·国防篇）", 21.0), Kind.TEXT)])
    assert _probe(block) == "第一艘航空母舰"
    assert _probe(Block([FlowLine(Line(1, "（青溪观察）", 6.0), Kind.TEXT)])) == "（青溪观察）"
