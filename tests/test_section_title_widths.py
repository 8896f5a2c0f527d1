"""Section titles under a lead too short to measure its column (page._is_subhead, _widest_line)."""

import banmian
from banmian.layout.flow import Block, FlowLine, Kind, Para
from banmian.layout.page import _is_subhead
from banmian.model import Line
from banmian.settings import default_settings

PAGE = """青禾镇秋收节开幕

十月八日，青禾镇第三
届秋收节在镇文化广场
开幕，来自周边村落的
农户带来了新米、板栗
和手工竹器，吸引了大批
游客前来选购。
秋收节将持续五天，其间
还将举办农技讲座和民俗
表演等活动。

溪口夜读  书声正浓

傍晚时分，溪口村的文化礼堂亮起了灯，二十多位
村民围坐在长桌旁，翻开了当天的读本。

夜读课堂办起来

去年春天，村里的几名返乡青年商量着办一个夜读
课堂，请镇上的老师每周来讲两次课，从种植技术
讲到家庭理财，报名的人一天比一天多。
如今，夜读课堂已经办了四十多期，村民们的书架
上添了不少新书，不少人还用学到的办法改良了自
家的果园。
“以前晚上就是看电视，现在有了新去处。”村民
柳清河笑着说。
"""


def test_a_two_line_lead_shows_its_column_by_its_full_line():
    """The lead under the headline has two lines only (no inner line to measure), yet its full
    first line is as wide as the text under the section title: one article, the title a paragraph."""
    articles = banmian.parse(PAGE).to_dict()["articles"]
    assert [a["headline"] for a in articles] == ["青禾镇秋收节开幕", "溪口夜读 书声正浓"]
    assert articles[1]["paragraphs"][1] == "夜读课堂办起来"
    assert len(articles[1]["paragraphs"]) == 5


def _text(first_no: int, widths: list[float], col: float) -> Para:
    """A wrapped paragraph of running text in a column estimated `col` cells wide."""
    lines = []
    for k, w in enumerate(widths):
        text = "字" * (int(w) - 1) + ("。" if k == len(widths) - 1 else "字")
        fl = FlowLine(Line(first_no + k, text, w), Kind.TEXT, key=text, col=col, left=col, right=col)
        fl.short = w < col - 1.5
        fl.terminal = k == len(widths) - 1
        lines.append(fl)
    return Para(lines)


def test_a_blank_line_under_a_nearly_full_last_line_is_no_paragraph_spacing():
    """Paragraphs set one under the other; under the section title the first one ends a cell
    short of its own full lines (the column estimate says two), and a blank line shows its end.
    That blank line is no change in how the text is set: the title stays in the article."""
    title = Block([FlowLine(Line(20, "小小茶叶成了致富产业", 10.0), Kind.TEXT, key="小小茶叶成了致富产业")])
    before = [_text(1, [17, 17, 17, 9], 17), _text(5, [17, 17, 17, 8], 17), _text(9, [17, 17, 17, 17, 7], 17),
              _text(14, [17, 17, 17, 17, 9], 17.5)]
    after = [_text(21, [17, 17, 16], 18), _text(25, [17, 17, 17, 17, 16], 17.5),
             _text(31, [17, 17, 17, 17, 17, 9], 17.5)]
    assert _is_subhead(title, before, after, default_settings())


def test_a_first_line_cut_by_a_column_break_shows_the_column_under_the_title():
    """Under the title a short paragraph, then one whose first line fills the column of the text
    above before a column break takes it on into a wider column: the column widened inside the
    article, and the title between stays in it."""
    title = Block([FlowLine(Line(12, "致 敬", 3.0), Kind.TEXT, key="致 敬")])
    before = [_text(1, [24, 24, 24, 24, 9], 24), _text(6, [24, 24, 24, 24, 24, 11], 24)]
    after = [_text(13, [24, 10], 27), _text(15, [24, 27, 27, 27, 12], 27), _text(22, [27, 27, 27, 27, 5], 27)]
    for fl in [*after[1].lines[1:], *after[2].lines]:
        fl.line.no += 1  # (a column break under the second paragraph's first line)
    assert _is_subhead(title, before, after, default_settings())
