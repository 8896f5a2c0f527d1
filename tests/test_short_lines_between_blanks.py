"""A title between blank lines after a finished paragraph, far short of that paragraph's column."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

SCHOOL = ("青柳镇中心小学新添了六个图书角，孩子们课间就能坐在窗边翻书。校长范知远说，这些书大多来自"
          "县图书馆的流动书库，每学期轮换一次。")
SCHOOL_2 = ("不少家长也被带动起来，周末陪孩子到镇上的阅览室借书，读书的氛围一天比一天浓。图书角旁边"
            "还贴着孩子们写的读后感，一面墙已经快贴满了。")
LIBRARY = "入秋以来，白沙河畔新开的书屋每天都坐满了人，退休教师贺兰舟几乎天天来这里。"
LIBRARY_2 = "书屋由一座旧粮仓改建而成，藏书八千多册，晚上开放到九点。"


def test_a_title_between_blank_lines_far_short_of_the_column_above_heads_the_text_below() -> None:
    """Paragraphs set off by blank lines: a blank line above a line right after finished text breaks
    no column (a column of one line does not occur), so the line sits in the column of the text
    above; stopping far short of it, it was cut by no column break, and ending no sentence it is
    the next article's title, not a first line running on into the narrow column below."""
    text = page(
        ["青柳镇小学图书角受欢迎"], [""], wrap(SCHOOL, 24), [""], wrap(SCHOOL_2, 24), [""],
        ["白沙河畔书屋迎来新读者"], [""], wrap(LIBRARY, 11), [""], wrap(LIBRARY_2, 11),
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.paragraphs[0][:6]) for a in arts] == [
        ("青柳镇小学图书角受欢迎", "青柳镇中心小"), ("白沙河畔书屋迎来新读者", "入秋以来，白")]
