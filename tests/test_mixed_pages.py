"""Title blocks that head no body on pages mixing headlines before and after their bodies:
invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap


def test_two_bodies_run_together_part_where_the_column_changes() -> None:
    """A body headed above (12 cells) runs straight into one headed below (20 cells, indented):
    the lower title is too short for the text to repeat it, but the change of column and
    indent shows where the second article starts."""
    text = page(
        ["青溪湿地迎来越冬候鸟", ""],
        wrap("入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多，候鸟种类也更丰富。", 12),
        wrap("保护区工作人员介绍，今年湿地水位稳定，鱼虾丰富，为越冬候鸟提供了充足的食物来源。", 12),
        ["巡护队员每天记录鸟情。", "志愿者也加入了巡护。"],
        ["　　" + ln if k == 0 else ln for k, ln in enumerate(
            wrap("清晨的山村，老木匠周明远已经在院子里忙碌起来，刨花堆满了脚边，屋里飘着松木的清香。", 20))],
        ["　　" + ln if k == 0 else ln for k, ln in enumerate(
            wrap("他做了五十年木工，带出的徒弟遍布周边几个乡镇，如今还坚持每天动手做活，从不间断。", 20))],
        ["", "匠心"],
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪湿地迎来越冬候鸟", "匠心"]
    assert arts[0].paragraphs[-1].startswith("巡护队员")
    assert arts[1].paragraphs[0].startswith("清晨的山村")


def test_a_label_over_a_body_headed_below_opens_that_body() -> None:
    """A label at the top of the page (人物小传) over a body whose headline is set under it heads
    nothing: it is the body's first paragraph, not lost text."""
    text = page(
        ["人物小传", ""],
        wrap("林秋生，青溪县人，四十年来在荒山上种下十多万棵树，把光秃秃的石头山变成了一片绿色的林海。", 16),
        [""],
        wrap("每天天不亮，林秋生就扛着锄头上山种树，四十年来从未间断，如今满山树林已经成为远近闻名的景点。", 16),
        ["", "林秋生：四十年种树满山绿"],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "林秋生：四十年种树满山绿"
    assert arts[0].paragraphs[0] == "人物小传"


def test_a_title_like_line_under_a_body_headed_above_closes_that_body() -> None:
    """A line set apart under the page's last body, whose headline is above it, heads nothing
    (the page's headlines go before their bodies): it closes that body (a signing office)."""
    text = page(
        ["青溪湿地迎来越冬候鸟", ""],
        wrap("入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多，候鸟种类也更丰富。", 16),
        [""],
        wrap("保护区工作人员介绍，今年湿地水位稳定，鱼虾丰富，为越冬候鸟提供了充足的食物来源。", 16),
        ["", "东岭县林业服务中心"],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "青溪湿地迎来越冬候鸟"
    assert arts[0].paragraphs[-1] == "东岭县林业服务中心"
