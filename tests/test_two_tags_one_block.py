"""Headline blocks between two bodies on pages mixing headlines before and after their bodies:
invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap


def test_a_block_with_two_column_tags_is_two_headlines() -> None:
    """Two tagged title lines glued into one block between two bodies: a headline carries one
    column tag, so the upper line closes the body above and the lower one opens the body below."""
    text = page(
        wrap("入冬以来，青溪湿地陆续迎来越冬候鸟，数量比去年同期明显增多，种类也更丰富。", 16),
        [""],
        wrap("工作人员介绍，今年湿地水位稳定，鱼虾丰富，为越冬候鸟提供了充足的食物。", 16),
        ["", "青溪湿地候鸟多（生态观察）", ""],
        wrap("清晨时分，老人们在树下练拳唱曲，一招一式都很认真，日子过得有滋有味。", 16),
        [""],
        wrap("社区每月组织一次文艺汇演，大家轮流登台，节目都是自己编排的。", 16),
        ["", "小院里的欢声笑语（百姓日记）", "为群众点亮身边的文化灯（时评）", ""],
        wrap("公共服务要下沉到基层，让居民在家门口就能享受到丰富多彩的活动。", 16),
        [""],
        wrap("各地应当因地制宜，把闲置场地利用起来，办好居民身边的各类活动。", 16),
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪湿地候鸟多（生态观察）", "小院里的欢声笑语（百姓日记）",
                                          "为群众点亮身边的文化灯（时评）"]
    assert arts[2].paragraphs[0].startswith("公共服务")
