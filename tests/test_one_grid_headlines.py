"""A title line a character wider than the column on both sides of it heads a new article."""

from __future__ import annotations

import banmian

# Two articles set in one 12-cell column; the second's title (13 characters, no mark) reaches past
# the column's edge, which a section title wrapped in the column never does.
PAGE = """青山镇修通进村公路

青山镇今年新修进村公路二
十余公里沿线村民出行更加
方便了。

镇里还在路边种下一排排果
树春天开花的时候引来许多
游客观赏。

路修好以后山里的茶叶和竹
笋能当天运到城里价钱也涨
了不少。

镇长说明年还要修通剩下的
几个自然村让家家户户走上
好路。

柳河县开办乡村夜校培训农民

柳河县今年开办乡村夜校三
十所请农技员给农民讲课和
做示范。

夜校讲的是大棚种菜和果树
修剪农民白天干活晚上来学
习技术。

一位学员说学了技术以后自
家大棚的蔬菜产量提高了不
少呢。

县里打算把夜校办到每个乡
镇让更多的农民学到实用的
本领。
"""


def test_a_title_wider_than_the_column_heads_a_new_article():
    page = banmian.parse(PAGE)
    assert [a.headline for a in page.articles] == ["青山镇修通进村公路", "柳河县开办乡村夜校培训农民"]
    assert len(page.articles[1].paragraphs) == 4


def test_a_title_within_the_column_stays_a_section_title():
    """The same block cut to the column's width reads as the article's own section title."""
    page = banmian.parse(PAGE.replace("柳河县开办乡村夜校培训农民\n", "柳河县开办乡村夜校\n"))
    assert len(page.articles) == 1
