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
