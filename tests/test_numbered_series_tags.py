"""Titles closed by a series' column tag that numbers its part: an invented page."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap


def test_tag_numbering_its_part_closes_a_title_with_a_comma() -> None:
    """Under a kicker, a line closing on a column tag with the series' part number in it
    (…（山水记·绿色青溪行③）) is a title even with a comma: prose does not stop on a column's name."""
    text = page(
        ["青溪湿地迎来候鸟", ""],
        wrap("青溪县的护林员们常年守在湖边，风雨无阻地记录候鸟的数量和去向，他们说守护候鸟就是守护家园，"
             "也享受着巡湖带来的快乐。", 24),
        [
            "",
            "青溪湖畔的护林人，把对家乡的热爱写进了脚下的每一步路——",
            "“守住一湖清水，我愿意”（山水记·绿色青溪行③）",
            "",
        ],
        wrap("入秋以后，青溪湖的水位慢慢回落，岸边的芦苇一天天变黄，护林员周海生又开始了每天的巡湖工作，"
             "一走就是二十年，从没有缺过一天。", 25),
    )
    articles = parse_structure(text).articles
    assert articles[-1].headline == "“守住一湖清水，我愿意”（山水记·绿色青溪行③）"
    assert articles[-1].paragraphs[0].startswith("入秋以后")
