"""A column measured by its commonest line width, not the median (invented page)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

PARK = wrap("清河镇今年新建了三座口袋公园，附近居民散步有了好去处。镇里还请来园艺师傅，教大家认识花草，养护绿地。", 14)
BOOKS = (wrap("走进新落成的南湖书屋，书架上整齐摆放着各类图书，孩子们围坐在长桌旁安静阅读。", 16)
         + wrap("书屋管理员周晓梅介绍，书屋每天开放到晚上九点，周末还有故事会和手工课，很受家长欢迎。", 16)
         + wrap("今年以来，镇里已建成书屋四家，藏书两万多册，让村民在家门口就能读到好书。", 16))
# a column of 18 cells whose lines often fall short of it: a digit takes half a cell, a comma
# set inside the edge counts as hung
GAMES = ["11月5日晚，青石县体育馆内灯火通明，",
         "来自12个乡镇的代表队同场竞技，比赛采",
         "用小组循环加淘汰赛的方式进行，共5轮",
         "比赛，赛程持续九天，每场观众过千人，",
         "县文体局负责人说，农民篮球赛已连续举",
         "从2019年起每年举办，已成为群众的盛",
         "会。今年还将增设女子组比赛。",
         *wrap("不少村民带着孩子赶来观战，加油声此起彼伏，场馆外的小吃摊也格外热闹。", 18)]


def test_headline_after_its_body_over_a_wider_column_whose_lines_fall_short() -> None:
    """Most lines of the text under the title fill a column two cells wider than the text above;
    several falling short must not pull the measure within reach of the narrower column."""
    lines = [*PARK, "乡间公园添新绿（基层见闻）", "", *BOOKS, "书香飘进 百姓家门", "", *GAMES, "农民篮球赛开赛", ""]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["乡间公园添新绿（基层见闻）", "书香飘进 百姓家门", "农民篮球赛开赛"]
    assert arts[2].paragraphs[0].startswith("11月5日晚")
