"""Articles run together on invented pages: a wrapped cross-reference note, a picture-and-text
credit closing its item, a paragraph's first line cut short that stays text."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import heads_and_starts, page, wrap

HARVEST = ("青禾镇万亩稻田进入收割期，联合收割机在田间来回穿梭。镇农技站站长柯文涛介绍，今年推广的新品种"
           "亩产比去年高出一成多。")
HARVEST_2 = ("为了让稻谷卖上好价钱，镇里新建了两座烘干中心，农户当天收割当天就能烘干入库。种粮大户邝春来说，"
             "烘干中心帮了大忙，再也不怕连阴雨了。")
TEA = ("南岭乡的秋茶开始上市，茶农们忙着采摘、炒制。乡茶叶协会会长覃月华说，今年秋茶品质好，"
       "外地客商早早就来订货了。")
TEA_2 = ("近两年，南岭乡引导茶农统一标准、统一品牌，还在网上开设了旗舰店。茶农甘小禾说，"
         "过去茶叶愁卖，如今线上线下都供不应求。")


def test_a_paragraph_first_line_cut_short_over_a_column_break_stays_text() -> None:
    """A line a picture's edge cut a cell or two short, a column break under it, is no title."""
    first = "为了让稻谷卖上好价钱，镇里新建了两座烘干中心"
    text = page(wrap(HARVEST, 14), [first[:12]], [""], wrap(first[12:] + HARVEST_2[22:], 14), ["青禾镇稻谷丰收"])
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青禾镇稻谷丰收"]
    assert arts[0].paragraphs[1].startswith("为了让稻谷卖上好价钱")


def test_a_cross_reference_wrapped_over_three_lines_closes_its_text() -> None:
    """A cross-reference note (（…见第六版）) wrapped over three lines of a narrow column is a
    credit: a headline set wide under it is no line of the note's paragraph."""
    text = page(
        wrap(HARVEST, 10), ["（青禾镇秋收图"], ["片报道及相关评"], ["论见第六版）"], [""],
        ["青禾镇万亩稻田喜获丰收烘干中心助农增收"], [""],
        wrap(TEA, 10), [""], ["南岭乡秋茶上市"],
    )
    assert heads_and_starts(text) == [("青禾镇万亩稻田喜获丰收烘干中心助农增收", "青禾镇万亩稻"),
                                      ("南岭乡秋茶上市", "南岭乡的秋茶")]


def test_a_picture_and_text_credit_closes_its_item() -> None:
    """A credit naming who drew the picture and who wrote the text (柯  文图  覃  月文) signs the
    whole item: the text under it opens another, even in the same column."""
    story = HARVEST + HARVEST_2 + "田埂上，孩子们提着水壶给大人送水，笑声在稻浪间回荡。"
    text = page(
        ["图片报道"], [""], wrap(story, 12), [""], ["柯     文 图     覃     月 文"], [""],
        wrap(TEA, 12), [""], wrap(TEA_2, 12), [""], ["南岭秋茶上市"],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.paragraphs[0][:6]) for a in arts] == [("图片报道", "青禾镇万亩稻"),
                                                                   ("南岭秋茶上市", "南岭乡的秋茶")]
    assert arts[0].paragraphs[-1].replace(" ", "") == "柯文图覃月文"
