"""Headline blocks set with no blank line around them (a text dump that dropped the blank lines)."""

from __future__ import annotations

from banmian.layout.flow import classify, learn_columns, mark_standalone, page_indents
from banmian.layout.furniture import find_furniture
from banmian.model import Page
from banmian.pipeline import to_lines
from banmian.settings import default_settings
from tests.pages import heads_of

FIRST = (
    "青溪县举办秋季农民丰收节\n\n"
    "本报青溪10月8日电  （记者林一帆）\n"
    "十月七日，青溪县第三届农\n"
    "民丰收节在石桥镇开幕，全\n"
    "县三百多户农户带来了稻米\n"
    "和竹编制品，现场签订采购\n"
    "订单一百二十余份，成交额\n"
    "比上届增加了两成多。\n"
)


def _stands_alone(text: str, line: str) -> bool:
    """Is the line marked a line of its own (a title line), not a paragraph's first line?"""
    s = default_settings()
    lines = to_lines(text)
    flow = classify(lines, find_furniture(lines, Page(source=None)), s)
    learn_columns(flow, s)
    mark_standalone(flow, s, page_indents(flow, s), True)
    return next(fl.standalone for fl in flow if fl.text == line)


def test_a_line_stopping_a_cell_short_of_the_text_under_it_is_a_title() -> None:
    """After finished text, a line with no mark that stops a cell short of the full lines right
    under it, where their first character would have fitted, wrapped nothing: it is a title set
    with no blank line over its text, not that text's first line."""
    title = "枫林湾三座跨河便民桥通车"
    text = FIRST + title + "\n" + (
        "日前，枫林湾片区三座跨河便\n"
        "民桥全部完工通车，沿河两岸\n"
        "的八个村庄从此告别了绕行十\n"
        "多公里的历史。\n"
    )
    assert _stands_alone(text, title)
    # A cell short where the next line opens with a character and a mark pushed on with it is
    # the text's first line (line-breaking rules moved the character down).
    first = "枫林湾片区新建了三座跨河"
    pushed = FIRST + first + "\n" + (
        "桥，日前已全部完工通车，沿\n"
        "河两岸的八个村庄从此告别了\n"
        "绕行十多公里的历史。\n"
    )
    assert not _stands_alone(pushed, first)


def test_two_glued_headline_blocks_part_by_the_wording_of_their_bodies() -> None:
    """Between two bodies, a headline closing the body above and one opening the body below, with
    no blank line between them, are two blocks: each repeats the wording of its own body."""
    text = (
        "南岭镇茶农今年秋茶采摘量比\n"
        "去年增加三成，南岭镇茶叶合\n"
        "作社统一收购，每斤收购价比\n"
        "去年高出两元，茶农收入明显\n"
        "提高。\n"
        "南岭镇秋茶采摘量增加三成茶农增收\n"
        "石桥中学新建科学实验楼投入使用\n"
        "石桥中学新建的科学实\n"
        "验楼日前投入使用，楼\n"
        "内设有物理、化学和生\n"
        "物实验室十二间，可同\n"
        "时容纳五百名学生上课。\n"
    )
    heads = [h[1] for h in heads_of(text)]
    assert heads == ["南岭镇秋茶采摘量增加三成茶农增收", "石桥中学新建科学实验楼投入使用"]
