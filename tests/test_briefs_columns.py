"""News-briefs columns and picture reports: invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

# A news report the pages below open with (its column is 18 cells).
REPORT = [
    "青溪湿地迎来候鸟",
    "",
    "本报讯（记者 林一帆）入冬以来，青溪",
    "湿地保护区陆续迎来越冬候鸟，数量比",
    "去年同期明显增多。",
    "",
    "保护区工作人员介绍，今年湿地水位稳",
    "定，鱼虾丰富，为候鸟提供了充足食物。",
]



# Two briefs of a column, each opened by a dateline with no place or date and closed by its credit;
# the first item's title is set above them by each test.
BRIEFS = [
    "本报电 日前，青溪县至临江市的首条城",
    "际公交线路开通运营，全程约四十分钟，",
    "沿途设站十二个，每天发车三十余班，",
    "方便两地群众往来通勤、就医和购物。",
    "（陈晓云）",
    "",
    "临江书院修缮完工",
    "",
    "本报电 近日，临江书院修缮工程完工，",
    "修缮后的书院将免费向市民开放，并定",
    "期举办读书分享、古籍修复体验等活动，",
    "让更多市民走近传统文化。",
    "（王小禾）",
]


def test_items_of_a_news_briefs_column_stay_one_article_under_its_label() -> None:
    """Briefs opened by a dateline with no place or date (本报电), each under its own title and
    closed by its credit, are items of one column: the label heads them all and the items'
    titles stay in its text."""
    text = page(
        REPORT,
        [
            "",
            "城乡短讯",
            "",
            "青溪县首条城际公交开通",
            "",
        ],
        BRIEFS,
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪湿地迎来候鸟", "城乡短讯"]
    briefs = arts[1].paragraphs
    assert briefs[0] == "青溪县首条城际公交开通"
    assert "临江书院修缮完工" in briefs
    assert briefs[-1] == "（王小禾）"


def test_label_of_a_briefs_column_set_over_its_first_item_title_heads_the_column() -> None:
    """A briefs column's label set in one block with its first item's title (no blank line
    between them) is the column's headline; the item's title opens the column's text."""
    text = page(
        REPORT,
        [
            "",
            "城乡短讯",
            "青溪县首条城际公交开通",
            "",
        ],
        BRIEFS,
    )
    arts = parse_structure(text).articles
    assert [(a.kicker, a.headline) for a in arts] == [(None, "青溪湿地迎来候鸟"), (None, "城乡短讯")]
    assert arts[1].paragraphs[0] == "青溪县首条城际公交开通"


def test_picture_report_label_under_a_credit_heads_that_credit() -> None:
    """On a page setting headlines under their bodies, a picture report's label (图片报道) right
    under a page credit (图片来源：…) that the article above ran on to heads that credit: the
    report's pictures are not in the text."""
    text = page(
        REPORT[2:],  # the report's body, its title set under it this time
        [
            "",
            "青溪湿地迎来候鸟（生态观察）",
            "",
            "图片来源：青溪摄影协会",
            "",
            "图片报道",
            "",
            "本报讯（记者 王小禾）近日，临江书院",
            "修缮工程完工，修缮后的书院将免费向",
            "市民开放，并定期举办读书分享活动。",
            "",
            "临江书院修缮完工（文化视窗）",
        ]
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪湿地迎来候鸟（生态观察）", "图片报道", "临江书院修缮完工（文化视窗）"]
    assert arts[1].paragraphs == ["图片来源：青溪摄影协会"]
    assert arts[0].paragraphs[-1].startswith("保护区工作人员介绍")


def test_credit_right_under_a_picture_report_label_is_that_report() -> None:
    """A credit line right under a picture report's label (图片报道 / 本版制图：…) is the report's
    text, not a closing credit of the article above."""
    text = page(
        REPORT,
        [
            "",
            "图片报道",
            "本版制图：陈晓云",
        ],
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪湿地迎来候鸟", "图片报道"]
    assert arts[1].paragraphs == ["本版制图：陈晓云"]
