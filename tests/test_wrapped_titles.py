"""Headline blocks broken over two lines between articles (flow: _wrapped_kickers, _bracket_broken_titles)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FIRST = wrap("本报讯（记者 林一帆）入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多。", 10)
SECOND = wrap("本报讯（记者 周安）青溪县今年新建标准化厂房十二万平方米，引进装备制造企业八家，带动就业三千余人。", 10)


def test_a_kicker_broken_over_two_lines_stands_above_its_headline() -> None:
    """`…稳订单，` / `…谋新篇——` over a title line: a kicker in two halves, not a paragraph."""
    head = ["", "抓项目建园区稳订单，", "育龙头扩集群谋新篇——", "青溪开发区跑出发展新速度", ""]
    arts = parse_structure(page(FIRST, head, SECOND)).articles
    assert len(arts) == 2
    assert arts[1].kicker == "抓项目建园区稳订单，育龙头扩集群谋新篇——"
    assert arts[1].headline == "青溪开发区跑出发展新速度"


def test_a_title_broken_after_an_opening_bracket_stands_apart() -> None:
    """Set text never ends a line on `（`: the two lines are one title with its column tag."""
    head = ["“像回到自己家一样”（", "走进青溪·寻访老朋友）", ""]
    arts = parse_structure(page(FIRST, head, SECOND)).articles
    assert len(arts) == 2
    assert arts[1].headline == "“像回到自己家一样”（走进青溪·寻访老朋友）"


def test_a_page_cut_by_character_count_keeps_a_line_ending_on_a_bracket_in_its_text() -> None:
    """Where lines open on `，` or `。`, the page was cut by count: a line may end on `（` mid-text."""
    lines = ["青溪县今年新建厂房十二", "万平方米，引进装备制造", "企业八家，带动就业三千", "余人，县工业园区建设的",
             "“智造小镇”一期已完工", "，二期将于明年开工建设", "。园区还将建两座学校。", "人才公寓也正在建设中（",
             "预计明年年底交付使用）", "，可容纳三百户家庭。"]
    assert {len(line) for line in lines[:-1]} == {11}
    [article] = parse_structure(page(["青溪开发区跑出发展新速度", ""], lines)).articles
    assert article.headline == "青溪开发区跑出发展新速度"
    assert article.paragraphs == ["".join(lines)]
