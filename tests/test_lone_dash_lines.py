"""A lone line closed by a dash between two stretches of text leads into the text under it: no
headline block, even where the column widens under it."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

HARBOUR = ("南湾港今年新开通了三条内贸航线，港区集装箱吞吐量比去年同期增长一成半。港务集团负责人"
           "方启航说，码头的自动化改造已经完成大半，装卸效率明显提升。")
HARBOUR_2 = "港区周边的物流园也在加紧建设，仓储面积将扩大一倍。"
LEAD_IN = "一批新项目陆续落户港区——"
PROJECTS = ("冷链物流中心上月正式投入使用，可同时存放上万吨生鲜货物；船舶修造基地完成首批订单交付，"
            "带动周边配套企业二十多家。")
PROJECTS_2 = "港区管委会表示，明年还将引进一批航运服务企业，打造区域性航运服务中心。"


def test_a_lone_dash_line_over_a_wider_column_stays_in_its_article() -> None:
    """A kicker closed by `——` always leads into a headline under it; a line closed by a dash with
    text right under it announces that text, so the article goes on across the wider column."""
    text = page(
        ["南湾港加快建设现代化港口"], [""], wrap(HARBOUR, 14), wrap(HARBOUR_2, 14), [""], [LEAD_IN], [""],
        wrap(PROJECTS, 18), wrap(PROJECTS_2, 18),
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["南湾港加快建设现代化港口"]
    assert LEAD_IN in arts[0].paragraphs
