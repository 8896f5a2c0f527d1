"""A labelled credit that lists several bodies wraps over more than two lines (invented page)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FAIR = wrap("青溪县秋季农产品展销会昨日在县城体育馆开幕，来自全县十二个乡镇的三百多家合作社"
            "带来了茶叶、板栗和高山蔬菜，开幕当天销售额突破三百万元。", 12)
ROADS = wrap("白云村新修的通组公路日前全线通车，沿线六个村民小组的茶叶和竹笋可以直接装车外运，"
             "村民再也不用肩挑背扛走山路了。", 12)


def _headlines_and_credit(credit: list[str]) -> tuple[list[str | None], str]:
    """Two reports with `credit` closing the first: both headlines, and the first's last paragraph."""
    text = page(["青溪县农产品展销会开幕", ""], FAIR, ["", *credit, "", "白云村通组公路全线通车", ""], ROADS)
    arts = parse_structure(text).articles
    return [a.headline for a in arts], arts[0].paragraphs[-1]


def test_a_labelled_credit_wrapped_over_three_lines_keeps_every_line() -> None:
    """`主办单位：青溪县农业农村` / `局 青溪县供销合作社 青溪县` / `商务局…`: each line under the
    credit's full tail goes on with it, no title line is left over to head an article."""
    heads, credit = _headlines_and_credit(["主办单位：青溪县农业农村", "局 青溪县供销合作社 青溪县",
                                           "商务局与文化旅游局"])
    assert heads == ["青溪县农产品展销会开幕", "白云村通组公路全线通车"]
    assert credit == "主办单位：青溪县农业农村局青溪县供销合作社青溪县商务局与文化旅游局"


def test_a_credit_listing_bodies_apart_by_wide_spaces_fills_its_lines() -> None:
    """`县农业农村局      县商务局`: bodies set apart by wide spaces reach the column's edge though
    their characters alone do not; the credit goes on over every such line."""
    heads, credit = _headlines_and_credit(["主办单位：青溪县人民政府", "县农业农村局      县商务局",
                                           "县供销合作社      县文旅局"])
    assert heads == ["青溪县农产品展销会开幕", "白云村通组公路全线通车"]
    assert credit == "主办单位：青溪县人民政府县农业农村局县商务局县供销合作社县文旅局"
