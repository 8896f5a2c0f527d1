"""Paragraph ends on pages that keep no blank lines and set no indents: a finished sentence stopped
short by room enough for the next line's first word (a character, or a Latin run such as a year)
ended its paragraph, since typesetting would have pulled that word up. Invented pages."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

TITLE = ["青溪县推进老旧小区改造"]
QUOTED = ("今年以来，青溪县把老旧小区改造作为一件民生实事来抓，统筹各方资金和力量，"
          "全年改造小区四十二个。居民李大妈说：“改造以后，小区环境好多了。”")
NEXT = "改造中，县里坚持先问需于民，再定方案，由居民议事会逐项商定改造内容。"
OPENING = [
    "今年以来，青溪县把老旧小区改造",
    "作为一件民生实事来抓，统筹各方",
]


def paragraphs(*chunks: list[str]) -> list[str]:
    arts = parse_structure(page(TITLE, [""], *chunks)).articles
    assert len(arts) == 1
    return arts[0].paragraphs


def test_quoted_sentence_one_cell_short_ends_its_paragraph() -> None:
    """The closing quotation mark after the full stop does not hide the free cell."""
    lines = wrap(QUOTED, 14)
    assert len(lines[-1]) == 13 and lines[-1].endswith("。”")
    assert paragraphs(lines, wrap(NEXT, 14)) == [QUOTED, NEXT]


def test_sentence_one_cell_short_before_a_two_digit_number_ends_its_paragraph() -> None:
    """`10` takes one cell: it would have gone up into the cell left free."""
    paras = paragraphs(OPENING, [
        "资金和力量改造小区四十二个。",
        "10月起，县里坚持先问需于民，再",
        "定方案，由居民议事会逐项商定改",
        "造内容，群众满意度明显提升。",
    ])
    assert [p[:5] for p in paras] == ["今年以来，", "10月起，"]


def test_sentence_two_cells_short_before_a_year_ends_its_paragraph() -> None:
    """A year takes two cells: two free cells would have held it."""
    paras = paragraphs(OPENING, [
        "资金和力量改造小区四十个。",
        "2019年，县里坚持先问需于民，再",
        "定方案，由居民议事会逐项商定改",
        "造内容，群众满意度明显提升。",
    ])
    assert [p[:5] for p in paras] == ["今年以来，", "2019年"]


def test_sentence_one_cell_short_before_a_year_runs_on() -> None:
    """One free cell cannot hold a year (a Latin run is never split): the paragraph may go on."""
    paras = paragraphs(OPENING, [
        "资金和力量改造小区四十二个。",
        "2019年县里坚持先问需于民，再",
        "定方案，由居民议事会逐项商定改",
        "造内容，群众满意度明显提升。",
    ])
    assert len(paras) == 1

