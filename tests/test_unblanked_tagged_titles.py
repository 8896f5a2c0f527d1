"""Pages dumped with no blank lines at all: a title closing on a column tag under a finished
paragraph, told from a paragraph's first line closing on a bracket by the column of the text
under it. Invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

# A short report whose last line ends its paragraph well short of its 15-cell column.
WETLAND = [
    "青溪湿地迎来越冬候鸟",
    "青溪县今年持续推进湿地保护修",
    "复工程，全县新增湿地面积一千",
    "二百亩，候鸟栖息环境明显改善，",
    "越冬候鸟数量明显增多。",
]


def test_a_tagged_line_over_text_in_another_column_is_a_title() -> None:
    """Under a paragraph's short last line, a line closing on a column's tag, over text set a
    cell wider than the text above, heads the next article, though it is as wide as that text."""
    text = page(WETLAND, [
        "湿地保护要久久为功（青溪短评）",
        "湿地是城市的绿肺，也是候鸟的驿",
        "站。保护湿地不能只靠一时的热情，",
        "更要靠长久的制度，让每一片水面",
        "都有人管、有人护。",
    ])
    arts = parse_structure(text).articles
    assert len(arts) == 2
    assert arts[1].headline is not None and arts[1].headline.startswith("湿地保护要久久为功")
    assert arts[1].paragraphs[0].startswith("湿地是城市的绿肺")


def test_a_bracket_closing_a_first_line_in_the_same_column_stays_text() -> None:
    """A paragraph's first line may close on a bracketed place (（青溪湖区））: the text under it
    stays in the column above, so the line runs on as text, not a title."""
    text = page(WETLAND, [
        "湿地保护区核心区（青溪湖区）",
        "位于县城以北，水域面积三千余",
        "亩，是候鸟越冬的主要栖息地，",
        "每年冬季都有大批候鸟在此停留。",
    ])
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].paragraphs[-1].startswith("湿地保护区核心区（青溪湖区）位于")
