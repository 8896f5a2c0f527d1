"""Titles centred in their box by leading white space (as PDF text extraction writes them)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from banmian.text.lines import to_lines
from tests.pages import wrap

FIRST = wrap("本报讯（记者 林一帆）入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多，"
             "保护区工作人员每天巡护，记录鸟类种群的变化。", 14)
SECOND = wrap("本报讯（记者 周安）青溪县今年新建标准化厂房十二万平方米，引进装备制造企业八家，"
              "带动就业三千余人，园区产值比去年增长两成。", 14)


def test_white_space_deeper_than_an_indent_is_no_indent_and_no_width() -> None:
    lines = to_lines("        湿地迎来越冬候鸟\n\u3000\u3000入冬以来，青溪湿地保护区陆续\n")
    assert (lines[0].width, lines[0].indent) == (8.0, False)
    assert (lines[1].width, lines[1].indent) == (16.0, True)  # a two-cell paragraph indent stays one


def test_centred_headlines_head_their_articles() -> None:
    page = "\n".join(["      湿地迎来越冬候鸟", "", *FIRST, "", "    园区引来装备制造企业", "", *SECOND]) + "\n"
    arts = parse_structure(page).articles
    assert [a.headline for a in arts] == ["湿地迎来越冬候鸟", "园区引来装备制造企业"]
    assert [len(a.paragraphs) for a in arts] == [1, 1]
