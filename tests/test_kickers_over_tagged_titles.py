"""A kicker between a closing credit and a tagged headline that fills the one column width of the page."""

from __future__ import annotations

from banmian.pipeline import parse_structure

# Every article in one column width; headlines follow their bodies. A design credit closes the
# first article; its kicker and tagged headline (filling the column) stand under it, then the
# next article's body, then that article's headline.
CREDIT_THEN_TAGGED_TITLE = "\n".join([
    '2019年10月8日 星期二',
    '第12版 文化',
    '',
    '核心阅读',
    '',
    '青石镇的老街保存了大量明清民居，近年来当',
    '地在保护中求发展，让古镇重新热闹起来。',
    '',
    '走进青石镇，石板路两旁的木门大多敞开着，',
    '老人们坐在门前晒太阳，孩子们在巷子里追逐',
    '嬉戏。镇上的文保干部周明远告诉记者，过去',
    '十年，全镇修缮老屋三百余间，一砖一瓦都按',
    '照原样恢复。游客们穿行其间，拍照留念，品',
    '尝米糕和桂花酒，青石镇，既留住了旧时光，',
    '又迎来了新生活。',
    '',
    '本版制图：吴小楠',
    '',
    '山前与水后相依，新城与旧巷相映',
    '青石古镇焕发新光彩（寻访·老街故事）',
    '',
    '8月，云岭深处。镇雄县职业学校教师林秋',
    '月，带着学生们在山林里辨认野生菌子，记录',
    '它们生长的环境。她说，山里的宝贝很多，关',
    '键是让年轻人学会本事，留在家乡也能过上好',
    '日子。这些年，她带出的学生有一半回到村里',
    '创业，开起了菌菇合作社和农家小店。',
    '“我最大的心愿，就是让更多孩子学有所成。”',
    '',
    '云岭山中的“菌子老师”',
])


def test_a_kicker_after_a_closing_credit_over_a_tagged_title_heads_no_running_text() -> None:
    """After a closing credit and a blank line, a line right over a title closed by a column tag
    (…（寻访·老街故事）) is that title's kicker, even where the title fills the column: the
    two are no paragraph running on into the next body."""
    arts = parse_structure(CREDIT_THEN_TAGGED_TITLE + "\n").articles
    assert [(a.kicker, a.headline, a.paragraphs[0][:4]) for a in arts] == [
        ("山前与水后相依，新城与旧巷相映", "青石古镇焕发新光彩（寻访·老街故事）", "核心阅读"),
        (None, "云岭山中的“菌子老师”", "8月，云"),
    ]
