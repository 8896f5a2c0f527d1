"""A headline set after its body between blank lines, wider than that body's column: no paragraph's
first line running on across a column break into the next article."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FERRY = ("临江渡口新添了两艘电动渡船，两岸往来的时间缩短了一半。渡口管理站站长喻清河说，"
         "新船噪声小、不冒黑烟，乘客都说坐着舒服。")
FERRY_2 = "国庆假期，渡口每天接送游客两千多人次，管理站增派了人手维持秩序。"
ORCHARD = ("石坪村的柑橘园迎来采摘季，果农们天不亮就上山摘果。村党支部书记蓝秋实介绍，"
           "今年全村柑橘产量比去年增长两成，电商订单排到了下个月。")
ORCHARD_2 = "为了保鲜，村里新建了一座冷库，果子摘下当天就能入库。"


def test_a_title_between_blank_lines_wider_than_the_column_above_heads_that_text() -> None:
    """Headlines after their bodies, paragraphs set off by blank lines: a title between blank
    lines, wider than the column of the text right above it, sits in that column (a column of one
    line between two breaks does not occur) and overfills it, so it is no paragraph's first line
    running on into the wider column below; it is the headline of the text above."""
    text = page(
        wrap(FERRY, 14), [""], wrap(FERRY_2, 14), [""], ["临江渡口电动渡船投入运营获点赞"], [""],
        wrap(ORCHARD, 16), [""], wrap(ORCHARD_2, 16), [""], ["石坪村柑橘迎来丰收"],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.paragraphs[0][:6]) for a in arts] == [
        ("临江渡口电动渡船投入运营获点赞", "临江渡口新添"), ("石坪村柑橘迎来丰收", "石坪村的柑橘")]
