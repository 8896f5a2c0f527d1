"""Article breaks on pages set in one column width, where no change of width marks a new article:
a headline set after its body that echoes it, and a kicker filling the column over a short
title. Invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import indented, page, wrap

# Two articles whose headlines are set after their bodies, in one column of 14 cells; the first has
# a section title of its own, and its headline repeats its wording, its lead's included.
TEA_BODY = [
    *wrap("金秋时节，青溪茶园的秋茶喜获丰收，茶农们起早贪黑忙着采摘，村里处处飘着茶香。", 14),
    "",
    *wrap("今年茶园推广了绿色种植技术，秋茶品质明显提升，收购价格也比往年高出不少。", 14),
    "",
    "线上销售打开门路",
    "",
    *wrap("村里的年轻人开起网店，把秋茶卖到了全国各地，青溪茶园的名气越来越大，茶农喜获丰收的笑容挂在脸上。", 14),
]
BRIDGE_BODY = [
    *wrap("横跨白沙河的新大桥日前建成通车，两岸居民往来只需五分钟，再也不用绕行十几公里。", 14),
    "",
    *wrap("大桥通车当天，附近的居民早早赶来，在桥上拍照留念，见证这一难忘时刻。", 14),
]


def test_a_headline_set_after_its_body_closes_it_though_the_body_has_section_titles() -> None:
    """On a page that closes on a title under its last body, a title between two bodies that
    repeats most of the text above, some of its lead, and nothing of the text below is the upper
    body's headline, even where that body has a section title of its own."""
    text = page(TEA_BODY, ["", "青溪茶园秋茶喜获丰收", ""], BRIDGE_BODY, ["", "白沙河新大桥通车"])
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪茶园秋茶喜获丰收", "白沙河新大桥通车"]
    assert "线上销售打开门路" in arts[0].paragraphs


def test_a_section_title_that_does_not_echo_the_lead_stays_in_its_article() -> None:
    """A section title repeating the text above but nothing of the article's opening is no
    headline set after its body: the section goes on in the same article."""
    body = [
        *wrap("横跨白沙河的新大桥日前建成通车，两岸居民往来只需五分钟，再也不用绕行十几公里。", 14),
        "",
        *wrap("大桥通车当天，附近的居民早早赶来，在桥上拍照留念，见证这一难忘时刻。", 14),
        "",
        *wrap("河边的农家乐生意越来越红火，游客品尝河鲜美食，不少店主忙着扩建店面迎接游客。", 14),
        "",
        "农家乐生意越来越红火",
        "",
        *wrap("下一步，当地还将修建沿河步道，方便群众散步健身。", 14),
    ]
    text = page(body, ["", "白沙河新大桥通车"])
    arts = parse_structure(text).articles
    assert len(arts) == 1


def test_a_kicker_filling_the_column_over_a_short_title_opens_an_article() -> None:
    """After a finished paragraph, a line closed by a kicker's dash that happens to fill the
    column, right over a shorter line with no mark, the text going on under it (its first sentence
    one line long), is a kicker and its headline: prose closed by a dash runs on, and a paragraph
    stopping short ends a sentence."""
    text = page(
        ["青溪县举办农民丰收节", ""],
        wrap("9月23日，青溪县在城南广场举办农民丰收节，展销本地特色农产品，吸引上万名群众参加。", 14),
        [""],
        ["各地中小学举办秋季运动会——", "赛出风格  赛出水平", "秋季运动会是各校的传统赛事。"],
        wrap("连日来，各地中小学陆续举办秋季运动会，同学们在赛场上奋勇争先，展现了良好的精神风貌。", 14),
    )
    arts = parse_structure(text).articles
    assert [(a.kicker, a.headline) for a in arts] == [
        (None, "青溪县举办农民丰收节"), ("各地中小学举办秋季运动会——", "赛出风格 赛出水平")]


def test_a_dash_line_over_a_finished_sentence_stays_in_the_paragraph() -> None:
    """A paragraph's line closed by a dash over a short line that ends a sentence is prose: the
    paragraph goes on, no kicker."""
    text = page(
        ["青溪县举办农民丰收节", ""],
        wrap("9月23日，青溪县在城南广场举办农民丰收节，展销本地特色农产品，吸引上万名群众参加。", 14),
        [""],
        ["老周说起今年的收成满是笑容——", "比去年多收两成。"],
        wrap("合作社还请来专家，为果农讲解冬季管护技术。", 14),
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1


def test_a_title_phrased_as_clauses_stays_a_section_title() -> None:
    """A title phrased as clauses (…技术，…提升) states a section's point the way text does: even
    where it repeats the text above and its lead, it is no headline set after its body."""
    body = [
        *indented("金秋时节，青溪茶园推广绿色技术，秋茶品质提升明显，茶农们忙着采摘，村里处处飘着茶香。", 14),
        "",
        *indented("合作社请来专家指导茶农推广绿色技术，今年的秋茶品质提升，收购价格也比往年高出不少。", 14),
        "",
        "\u3000\u3000好技术",
        "",
        "\u3000\u3000推广绿色技术，秋茶品质提升",
        "",
        *indented("村里的年轻人开起网店，把新茶卖到了全国各地，订单一天比一天多。", 14),
    ]
    text = page(body, ["", "青溪秋茶香飘四方"])
    arts = parse_structure(text).articles
    assert len(arts) == 1


def test_a_signature_wrapped_over_two_lines_signs_the_text_above_and_closes_nothing() -> None:
    """A contributor's signature (post, space, name) wrapped by a narrow column over two lines
    repeats the wording of the text above and of its lead, as a headline set after its body
    would (the section title above keeps the other test for a closing headline off); it is still
    a signature, so the contributions run on as one article."""
    first = [
        *wrap("青溪县茶叶产业协会秘书长林小禾说，青溪茶叶产业协会带着茶农闯市场，茶叶卖上了好价钱。", 10),
        "",
        "培训班办到村口",
        "",
        *wrap("今年协会又办起培训班，茶叶产业越做越大，林小禾说，协会秘书长这个担子不轻。", 10),
    ]
    second = [
        *wrap("白沙镇的竹编工坊越办越红火，三十多户村民在家门口就业，日子越过越好。", 10),
    ]
    text = page(first, ["", "青溪县茶叶产业协", "会秘书长 林小禾", ""], second, ["", "白沙镇竹编工坊"])
    arts = parse_structure(text).articles
    assert len(arts) == 1
