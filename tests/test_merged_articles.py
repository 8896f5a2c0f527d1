"""Articles run together on invented pages: a missed boundary merges two articles into one."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import heads_and_starts, page, wrap


def paras(*texts: str, width: int) -> list[str]:
    """Paragraphs wrapped to one column, a blank line between them."""
    out: list[str] = []
    for text in texts:
        if out:
            out.append("")
        out.extend(wrap(text, width))
    return out




FERRY = ("青溪渡口新码头昨日正式启用，渡船班次由每天六班增加到十二班。"
         "渡口管理站站长郑怀远说，新码头设有候船亭和无障碍通道，两岸村民过江更方便了。")
LIBRARY = ("南岭乡村书屋近日完成改造，新添图书两千余册，并开设少儿阅读角。乡文化站站长韦晓岚介绍，书屋每周开放六天，"
           "周末还将举办亲子读书会。")
ORCHARD = ("金山村柑橘园今年喜获丰收，村里组织采摘节吸引游客前来体验。村委会主任邓立新说，柑橘销路不愁，"
           "线上订单已排到下月。")


def test_two_titles_around_one_body_split_it_in_two() -> None:
    """A page setting some headlines before their bodies and some after: the body headed from
    above runs straight into one headed from below. The second headline, heading no body,
    shows that the text holds two articles; each part goes to the title whose wording it repeats."""
    text = page(
        wrap(ORCHARD, 12), [""], ["金山村柑橘喜获丰收"], [""],
        ["青溪渡口新码头启用"], [""], wrap(FERRY, 16), [""], wrap(LIBRARY, 16), [""],
        ["南岭乡村书屋改造完成"],
    )
    assert heads_and_starts(text) == [("金山村柑橘喜获丰收", "金山村柑橘园"), ("青溪渡口新码头启用", "青溪渡口新码"),
                                      ("南岭乡村书屋改造完成", "南岭乡村书屋")]


def test_a_long_title_the_text_above_repeats_closes_that_article() -> None:
    """In one column, a long title line whose wording the text above repeats almost whole and
    the text below not at all is the headline of the article above, set under its body; a
    section title would introduce the text below it."""
    text = page(
        wrap(FERRY, 16), [""], ["青溪渡口新码头昨日正式启用"], [""],
        wrap(LIBRARY, 16), [""], ["南岭乡村书屋改造完成"],
    )
    assert heads_and_starts(text) == [("青溪渡口新码头昨日正式启用", "青溪渡口新码"),
                                      ("南岭乡村书屋改造完成", "南岭乡村书屋")]


def test_a_photo_report_label_heads_its_own_item() -> None:
    """图片报道 between two texts of one column is an item's headline, never a section title."""
    text = page(["南岭乡村书屋改造完成"], [""], wrap(LIBRARY, 14), [""], ["图片报道"], [""], wrap(ORCHARD, 14))
    assert heads_and_starts(text) == [("南岭乡村书屋改造完成", "南岭乡村书屋"), ("图片报道", "金山村柑橘园")]


def test_a_photo_credit_with_a_spaced_name_closes_the_photo_story() -> None:
    """A two-character name is set spaced to three cells (林  帆); the credit still closes the
    photo story under its title, and the text after it is another article."""
    story = wrap("十月的青溪湖畔，芦花随风摇曳，游客在栈道上拍照留念。", 14)
    text = page(["湖畔秋色"], [""], story, [""], ["本报记者  林  帆摄"], [""], wrap(LIBRARY, 14), [""],
                ["南岭乡村书屋改造完成"])
    assert heads_and_starts(text) == [("湖畔秋色", "十月的青溪湖"), ("南岭乡村书屋改造完成", "南岭乡村书屋")]


def test_a_lead_in_runs_on_to_a_byline_only_within_its_article() -> None:
    """核心阅读 over a summary lets a byline under it go on with the same article; where that
    article has no byline, a later article's dateline, past another headline, still opens an
    article of its own."""
    text = page(
        ["青溪县推进乡村全面振兴"], ["核心阅读"], wrap("青溪县以产业带动乡村振兴，三年来农民收入稳步增长。", 14), [""],
        wrap(ORCHARD, 14), [""],
        ["南岭乡村书屋改造完成"], [""], wrap(LIBRARY, 18), [""],
        wrap("本报青溪3月4日电  （记者周安）" + FERRY, 18),
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪县推进乡村全面振兴", "南岭乡村书屋改造完成", None]
    assert arts[2].paragraphs[0].startswith("青溪渡口新码头")


def test_a_title_line_wider_than_the_column_above_sits_in_the_column_below() -> None:
    """An unpunctuated line between blank lines, wider than the column of the text above and
    narrower than the one below: not the first line of a paragraph going on after a column
    break (that fills its column), but the next article's headline."""
    text = page(
        ["书屋改造完成"], [""], wrap(LIBRARY, 12), [""],
        ["青溪渡口新码头正式启用两岸通行"], [""], wrap(FERRY, 17),
    )
    assert heads_and_starts(text) == [("书屋改造完成", "南岭乡村书屋"),
                                      ("青溪渡口新码头正式启用两岸通行", "青溪渡口新码")]


BRIDGE = ("本报青川10月9日电  （记者卢清远）青川县跨河大桥昨日合龙，预计年底通车。"
          "大桥全长六百余米，建成后两岸村民往来车程将由一小时缩短到十分钟。")
BRIDGE_2 = ("县交通局局长范志诚介绍，大桥施工期间共吸纳当地务工人员三百余人，"
            "带动沿线农家乐和运输户增收。大桥通车后，县里还将开通两条城乡公交线路。")
KILN = ("在白石镇的老窑场里，七十岁的窑工单守仁正在给新烧的瓦罐上釉。"
        "这座窑场已有百余年历史，曾一度停烧，近年在镇里扶持下重新点火，成了远近闻名的研学基地。")
KILN_2 = ("如今，窑场每年接待中小学生上万人次，单守仁还带了六个徒弟。"
          "他说，只要有人愿意学，这门手艺就不会断。")


def test_a_title_under_a_dated_report_heads_the_next_article() -> None:
    """A news report opened by a dateline (本报…电) runs without section titles: a title set off
    between its paragraphs and the next text in the same column heads another article."""
    text = page(
        ["青川跨河大桥合龙"], [""], paras(BRIDGE, BRIDGE_2, width=18), [""],
        ["老窑场里的新学徒"], [""], paras(KILN, KILN_2, width=18),
    )
    assert heads_and_starts(text) == [("青川跨河大桥合龙", "青川县跨河大"), ("老窑场里的新学徒", "在白石镇的老")]


def test_a_roundups_section_titles_stay_in_it() -> None:
    """A roundup (综合本报记者报道) under a dateline has section titles of its own."""
    roundup = ("本报北京10月9日电  综合本报记者报道：各地近日举办形式多样的读书活动，"
               "吸引众多市民参与，书香氛围日益浓厚。")
    text = page(
        ["书香满城读书忙"], [""], paras(roundup, BRIDGE_2, width=18), [""],
        ["老窑场里的新学徒"], [""], paras(KILN, KILN_2, width=18),
    )
    assert [h for h, _ in heads_and_starts(text)] == ["书香满城读书忙"]


NOTE = ("编者按：乡村教师扎根山区，默默耕耘。本版今起推出系列报道，"
        "讲述他们的故事。")
TEACHER = ("清晨六点，山坳里的明德小学已经响起读书声。校长祁文远在这里教书二十六年，"
           "送走了一届又一届学生，不少孩子考上了大学。")


def test_a_title_glued_over_an_editors_note_heads_a_new_article() -> None:
    """An editor's note (编者按：…) opens an article: the phrase run into it from the line above,
    after finished text, is that article's title."""
    text = page(
        ["老窑场里的新学徒"], [""], paras(KILN, KILN_2, width=20), [""],
        ["大山深处的教师为什么留得住"], wrap(NOTE, 12), [""], paras(TEACHER, width=12),
    )
    assert heads_and_starts(text) == [("老窑场里的新学徒", "在白石镇的老"),
                                      ("大山深处的教师为什么留得住", "编者按：乡村")]


def test_credits_beside_a_photo_label_are_that_features_text() -> None:
    """On a page setting headlines under their bodies, a labelled credit (版式设计：…) between a
    headline and the photo label 图片报道 belongs to the photo feature, not to the article above."""
    text = page(
        paras(KILN, KILN_2, width=18), [""], ["老窑场里的新学徒"], [""],
        ["版式设计：祁小禾"], [""], ["图片报道"], [""],
        paras(TEACHER, width=13), [""], ["山坳里的读书声"],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.paragraphs) for a in arts[:2]] == [
        ("老窑场里的新学徒", [KILN.replace(" ", ""), KILN_2]),
        ("图片报道", ["版式设计：祁小禾"]),
    ]


def test_a_dashed_kicker_over_a_column_tagged_title_is_a_headline() -> None:
    """A line closed by a kicker's dash right above a line closed by a column tag, after finished
    text and set off by a blank line below, is a kicker and its headline, not running text."""
    text = page(
        paras(KILN, KILN_2, width=20),
        ["守着百年老窑七十年，白石镇窑工单守仁——"], ["一把泥土 烧出百年不熄的窑火（手艺人(12)）"], [""],
        paras(TEACHER, width=14), [""], ["山坳里的读书声"],
    )
    arts = parse_structure(text).articles
    assert [(a.kicker, a.headline, a.paragraphs[0][:6]) for a in arts] == [
        ("守着百年老窑七十年，白石镇窑工单守仁——", "一把泥土 烧出百年不熄的窑火（手艺人(12)）", "在白石镇的老"),
        (None, "山坳里的读书声", "清晨六点，山"),
    ]
