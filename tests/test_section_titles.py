"""Section titles as wide as their column, set off by a blank line above an opening quotation."""

from __future__ import annotations

from banmian.pipeline import parse_structure

PAGE = """青溪县推进老旧小区改造
本报讯（记者 林一帆）今年以来，青溪
县把老旧小区改造列入民生实事，已完
成改造小区二十六个，惠及居民八千户。
加装电梯进楼栋，老人上下楼不再犯难

“以前爬六楼要歇三回，现在一按就到
家门口。”家住东湖小区的周大妈说。
县住建局已为十二栋楼加装电梯，另有
九栋正在施工。
改造地下管网，小区雨季不再积水成灾

“去年夏天一场大雨，楼道口全是水。
今年管网换新了，再没淹过。”居民王
海峰说。
"""


def test_column_wide_section_title_above_a_quotation_stays_a_paragraph() -> None:
    page = parse_structure(PAGE)
    assert len(page.articles) == 1
    paras = page.articles[0].paragraphs
    assert "加装电梯进楼栋，老人上下楼不再犯难" in paras
    assert "改造地下管网，小区雨季不再积水成灾" in paras
