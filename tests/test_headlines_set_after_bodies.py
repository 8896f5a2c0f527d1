"""Headlines set after their bodies under a body that a title-like opening line took first:
invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap


def test_a_title_between_a_body_and_one_headed_below_heads_the_upper_body() -> None:
    """A lead-in over the first body took it, and the title under that body headed nothing;
    the next body's headline is set under it, so the page sets headlines after their bodies
    here: the lower title is the upper body's headline and the lead-in opens its text."""
    text = page(
        ["果农们在合作社的帮助下开起网店", ""],
        wrap("入秋以来，青溪县的果园迎来丰收，果农们在合作社的帮助下开起网店，把苹果和梨卖到了全国各地。", 14),
        [""],
        wrap("合作社负责人介绍，今年网店销量比去年翻了一番，果农们的收入也随之明显增加，种果的劲头更足了。", 14),
        ["", "山里好果子  有了新销路", ""],
        wrap("清晨的山村，老木匠周明远已经在院子里忙碌起来，刨花堆满了脚边，屋里飘着松木的清香。", 20),
        [""],
        wrap("他做了五十年木工，带出的徒弟遍布周边几个乡镇，如今还坚持每天动手做活，从不间断。", 20),
        ["", "老木匠的新徒弟"],
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["山里好果子 有了新销路", "老木匠的新徒弟"]
    assert arts[0].paragraphs[0] == "果农们在合作社的帮助下开起网店"


def test_a_tagged_title_closing_the_page_heads_the_body_above_it() -> None:
    """A column tag names an article's column and never closes a text: a tagged title under the
    page's only body is its headline set after it, and the section title over it opens the text."""
    text = page(
        ["山乡的变化看得见", ""],
        wrap("我第一次来到青溪县是在二十年前，那时村里的路还是泥土路，一下雨就寸步难行，孩子们上学很不方便。", 14),
        [""],
        wrap("如今再来，宽阔的水泥路通到了每家门口，村里建起了图书室和卫生所，年轻人也纷纷回乡创业。", 14),
        ["", "讲述乡村故事  见证山乡巨变（田野来信）"],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "讲述乡村故事 见证山乡巨变（田野来信）"
    assert arts[0].paragraphs[0] == "山乡的变化看得见"
