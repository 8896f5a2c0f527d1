"""A short bracketed name closing a line over a speaker's clause runs on as prose (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

OPENING = wrap("今年青溪县的蜜桃喜获丰收，合作社的冷库里堆满了刚摘下的鲜果，"
               "一辆辆冷链货车排着队等候装车。", 13)
QUOTE = wrap("“今年的蜜桃供不应求，订单已经排到了下个月，果农的腰包一下子"
             "鼓起来了。”", 13)
SAID = wrap("北区销售经理林晓川说。近年来全县新建了十多座冷库，鲜果的损耗"
            "少了一大半，果农的收入也跟着涨了起来。", 13)


def test_a_short_bracketed_name_over_a_speakers_clause_is_no_title() -> None:
    """`…有限公司（集团）` filling its column over `北区销售经理林晓川说。`: the bracket belongs to
    the speaker's name, not a column tag closing a title, so the article is not cut there."""
    text = page(["青溪蜜桃丰收忙", ""], OPENING, QUOTE, ["青禾农业发展有限公司（集团）"], SAID)
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪蜜桃丰收忙"]
    assert arts[0].paragraphs[-1].startswith("青禾农业发展有限公司（集团）北区销售经理林晓川说。")


def test_a_title_closed_by_a_column_tag_still_heads_its_text() -> None:
    """A longer column tag (（田间笔记）) closes a title even when the text under it opens with a
    speaker: the rule is for short bracketed names only."""
    text = page(["青溪蜜桃丰收忙", ""], OPENING, QUOTE, ["", "果农的笑脸（田间笔记）"], SAID)
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪蜜桃丰收忙", "果农的笑脸（田间笔记）"]
