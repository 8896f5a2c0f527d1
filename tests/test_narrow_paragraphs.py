"""Paragraph breaks in narrow columns (6-9 cells), on invented pages."""

from tests.pages import one_article, page

HEAD = ["青溪县治水见成效", ""]


def test_wrapped_subhead_closed_by_a_blank_line_is_its_own_paragraph():
    # a quoted subhead wraps over three lines of a 6-cell column; its last line stops a cell short
    # of the line above, where a column break would have cut the text at the edge
    body = [
        "青溪县今年投", "入专项资金整", "治河道，新建", "的污水处理厂", "全部投入运行，", "全县水质明显",
        "好转了不少呢。", "",
        "“青溪治水的", "经验值得各地", "学习借鉴”", "",
        "“全县已建成", "20多座污水站", "", "和处理设施，", "水质达标率大", "幅提高……”", "县长李文博介", "绍说。",
    ]
    paras = one_article(page(HEAD, body))
    assert paras[1] == "“青溪治水的经验值得各地学习借鉴”"
    assert paras[2].startswith("“全县已建成")


def test_line_short_of_a_hung_mark_is_no_lost_indent():
    # the column learned from lines whose marks hang past the edge is a cell too wide: a line
    # pushed a cell short by an opening mark is no indented first line
    body = [
        "青溪县今年新建成了",
        "三座污水处理厂和两",
        "条截污管网工程完工。",
        "去年全县获评省级",
        "“生态示范县”称号，",
        "成为全市唯一获此殊",
        "荣的县，群众满意度",
        "也逐年提高，受到上",
        "级部门的充分肯定。",
    ]
    paras = one_article(page(HEAD, body))
    assert len(paras) == 1
