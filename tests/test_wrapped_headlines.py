"""Headline lines set over two lines on an invented page: the halves are one display line."""

from __future__ import annotations

from banmian.layout.roles import assign_roles
from banmian.pipeline import parse_structure
from tests.pages import MEETING_BODY, page


def test_a_column_tag_cut_in_two_rejoins_its_headline() -> None:
    """The first half opens a bracket the second closes: one headline, not kicker over headline."""
    head = ["让春耕的种子播进希望的田野（青", "溪观察·乡村振兴在一线）"]
    art = parse_structure(page(head, [""], MEETING_BODY)).articles[0]
    assert (art.kicker, art.headline) == (None, "让春耕的种子播进希望的田野（青溪观察·乡村振兴在一线）")


def test_a_line_opening_on_closing_punctuation_continues_the_line_above() -> None:
    """No display line opens on a closing quote or a decimal point: one headline."""
    assert assign_roles(["青溪县“数字乡村", "”试点运行满一年"]) == (None, "青溪县“数字乡村”试点运行满一年", None)
    cut = ["全县一季度粮食产量增长3", ".5%（青溪观察）"]
    assert assign_roles(cut) == (None, "全县一季度粮食产量增长3.5%（青溪观察）", None)


def test_two_balanced_unmarked_lines_stay_apart() -> None:
    """Lines that close what they open keep their own roles."""
    lines = ["青溪县举办首届油菜花节（图）", "游客人数创新高"]
    assert assign_roles(lines) == ("青溪县举办首届油菜花节（图）", "游客人数创新高", None)


def test_a_clause_of_one_character_shows_a_cut_line() -> None:
    """No clause is one character long: `半，…` opens the second half of the line above."""
    lines = ["青溪县第五届龙舟邀请赛赛程过", "半，各队比拼进入决赛阶段"]
    assert assign_roles(lines) == (None, "青溪县第五届龙舟邀请赛赛程过半，各队比拼进入决赛阶段", None)


def test_two_long_lines_of_equal_length_among_three_are_one_line_set_over_two() -> None:
    """Three unmarked lines: the two long halves of near-equal length are one headline."""
    lines = ["青溪县第三届乡村文化旅游节在", "青溪湖畔开幕为期整整一个月", "游客可免费体验非遗项目"]
    assert "青溪县第三届乡村文化旅游节在青溪湖畔开幕为期整整一个月" in assign_roles(lines)
    # A short kicker over two parallel lines keeps its three roles.
    parallel = ["青溪县委", "王建明会见临江市党政代表团", "李文博会见临江市企业家代表"]
    assert assign_roles(parallel) == tuple(parallel)
