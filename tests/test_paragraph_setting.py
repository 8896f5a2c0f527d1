"""Paragraph setting as article evidence: an article's text is set one way throughout (first lines
indented or not, blank lines between paragraphs or not), so a title block between paragraphs set
differently on its two sides is the next article's headline, not an in-body section title."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

INDENT = "\u3000\u3000"




def body(texts: list[str], width: int, indent: bool, blank: bool) -> list[str]:
    """Paragraphs wrapped to one column, indented or not, a blank line between them or not."""
    out: list[str] = []
    for text in texts:
        if out and blank:
            out.append("")
        out.extend(wrap((INDENT if indent else "") + text, width))
    return out




def heads(text: str) -> list[tuple[str | None, int]]:
    return [(a.headline, len(a.paragraphs)) for a in parse_structure(text).articles]


BRIDGE = [
    "青溪县石门大桥昨日建成通车，两岸村民结束了绕行二十公里过江的历史。",
    "大桥全长六百余米，设有人行步道和观景平台。县交通局局长郑怀远说，大桥通车后，沿江几个乡镇到县城的时间缩短了一半。",
    "通车当天，不少村民步行上桥拍照留念。家住江北的老人韦德顺说，过去赶集要坐渡船，遇上涨水只能在家等着。",
]
LIBRARY = [
    "南岭乡村书屋近日完成改造，新添图书两千余册，并开设少儿阅读角，吸引不少孩子放学后前来读书。",
    "乡文化站站长韦晓岚介绍，书屋每周开放六天，周末还将举办亲子读书会，请县里的老师来讲故事。",
    "书屋还配备了电子阅读设备，村民可以借助网络查阅种植养殖技术资料，许多人说这里成了村里的新去处。",
]


def test_indented_text_then_unindented_text_under_a_title_are_two_articles() -> None:
    """Both articles run in one 16-cell column, the title between them fits it like a section
    title; only the paragraph indents, kept above and dropped below, show where one ends."""
    text = page(body(BRIDGE, 16, indent=True, blank=True), [""], ["乡村书屋焕新颜"], [""],
                body(LIBRARY, 16, indent=False, blank=True))
    assert heads(text) == [(None, 3), ("乡村书屋焕新颜", 3)]


def test_blank_separated_text_then_run_on_text_under_a_title_are_two_articles() -> None:
    """Blank lines between the paragraphs above the title, none between those below it (each
    ends on a short line): the text is set two ways, so it belongs to two articles."""
    text = page(body(BRIDGE, 16, indent=False, blank=True), [""], ["乡村书屋焕新颜"], [""],
                body(LIBRARY, 16, indent=False, blank=False))
    assert heads(text) == [(None, 3), ("乡村书屋焕新颜", 3)]


def test_a_section_title_in_text_set_one_way_stays_in_its_article() -> None:
    """The same title between paragraphs indented alike on both sides is a section title."""
    text = page(body(BRIDGE, 16, indent=True, blank=True), [""], ["乡村书屋焕新颜"], [""],
                body(LIBRARY, 16, indent=True, blank=True))
    assert heads(text) == [(None, 7)]


def test_half_width_marks_throughout_keep_one_article() -> None:
    """Half-width commas on both sides of a paragraph break are one text's habit: no split."""
    half = [t.replace("，", ",") for t in BRIDGE + LIBRARY]
    text = page(body(half, 16, indent=False, blank=True))
    assert heads(text) == [(None, 6)]


FERRY = [
    "青溪县石门渡口昨日改建完工，新码头设有候船亭和无障碍坡道，两岸村民过江更加方便。",
    "县交通局局长郑怀远介绍，改建工程历时半年，新添两艘电动渡船，每半小时发一班。",
    "家住江北的老人韦德顺说，过去遇上涨水只能在家等着，如今坐在候船亭里就能看见对岸。",
]
ORCHARD = "南岭乡今年引种的三百亩脆李迎来首个丰收季，果农韦晓岚一家的果园亩产超过两千斤，收购商上门抢订。"
ORCHARD_MORE = [
    "乡农技站站长蓝世明说，站里每月派人进园指导修枝和病虫害防治，还帮果农联系冷链运输。",
    "果农们打算明年扩种一百亩，并在果园旁开设采摘体验区，吸引城里游客周末前来。",
]


def test_one_unindented_paragraph_under_a_title_after_indented_text_opens_an_article() -> None:
    """Indented paragraphs above the title; below it one paragraph, not indented, before the next
    title: that single paragraph already shows the text is set another way, so the title is the
    next article's headline, not a section title of the text above."""
    above = [line for text in FERRY for line in wrap(INDENT + text, 16)]
    below = wrap(ORCHARD, 16)
    rest = [line for text in ORCHARD_MORE for line in ["", *wrap(text, 16)]]
    text = page(above, [""], ["脆李丰收果农笑"], [""], below, [""], ["扩种计划已排定"], rest)
    assert heads(text) == [(None, 3), ("脆李丰收果农笑", 4)]


def test_a_photo_credit_cut_inside_its_source_tag_closes_the_photo_story() -> None:
    """`林晓川  蓝一舟摄影报道（青溪视` / `觉）`: the credit's tag runs over the column edge; the
    tail joins the credit, which closes the photo story, and the next title heads the text under it."""
    photo = ["湿地迎来候鸟", "", *wrap("近日，大批白鹭飞抵青溪湿地，在浅滩觅食栖息，吸引不少市民前来观鸟。", 14), "",
             "林晓川  蓝一舟摄影报道（青溪视", "觉）", ""]
    story = ["古村唱响丰收歌", "",
             *wrap("秋收时节，南岭乡古村举办丰收节，村民们晒秋、打糍粑、唱山歌，游客络绎不绝。", 14)]
    text = page(photo, story)
    got = [(a.headline, a.paragraphs[-1]) for a in parse_structure(text).articles]
    assert [h for h, _ in got] == ["湿地迎来候鸟", "古村唱响丰收歌"]
    assert got[0][1].replace(" ", "").replace("\u3000", "") == "林晓川蓝一舟摄影报道（青溪视觉）"
