"""A title block between two bodies set one cell apart, each in one column (page._columns_part)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

# Paragraphs of the first report, set 16 cells wide.
FIRST = [
    [
        "青溪县今年把农村公路建设作为民生",
        "实事来抓，新修通村公路二百多公里",
        "群众出行难的问题基本得到解决，不",
        "少山村通上了客运班车。",
    ],
    [
        "县交通局负责人介绍，新修的公路全",
        "部按照统一标准设计施工，路面宽度",
        "和排水设施都比过去有了明显的提高",
        "每条路还配了专职养护员。",
    ],
]
# Paragraphs of the second report, set 15 cells wide.
SECOND = [
    [
        "入秋以来，柳岸镇的果农忙着采摘",
        "蜜梨，村口的收购点前排起了长队",
        "一筐筐鲜果被装车运往各地，有的",
        "还通过网店卖到了千里之外。",
    ],
    [
        "镇里今年请来了农技专家现场指导",
        "果农学会了疏花疏果和科学施肥的",
        "方法，蜜梨个头更大口感也更甜了",
        "收购价每斤比去年高出五毛钱。",
    ],
]
TITLE = "小小蜜梨串起致富路"


def _body(paras: list[list[str]]) -> list[str]:
    """Paragraphs parted by blank lines."""
    lines: list[str] = []
    for k, para in enumerate(paras):
        lines += [""] * bool(k) + para
    return lines


def test_sides_one_cell_apart_each_in_one_column_are_two_articles() -> None:
    """A column measured the same, paragraph after paragraph, on each side of a title, one cell
    narrower under it than over it: the title heads a new article, not a section of the first."""
    text = page(["乡村公路通到家门口", ""], _body(FIRST), ["", TITLE, ""], _body(SECOND))
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["乡村公路通到家门口", TITLE]
    assert arts[1].paragraphs[0].startswith("入秋以来")


def test_one_column_on_both_sides_keeps_a_section_title() -> None:
    """The same title between paragraphs all set in one column stays in its article."""
    text = page(["乡村公路通到家门口", ""], _body(FIRST), ["", TITLE, ""], _body(FIRST[::-1]))
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert TITLE in arts[0].paragraphs
