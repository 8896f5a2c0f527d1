"""Two bodies run together on a page that sets some headlines before their bodies and some after:
the text steps from one column width to another exactly twice the settings' column_change apart
(15 cells, then 12), which marks where the two articles part (page._set_apart)."""

import banmian

from .pages import page, wrap

_BRIDGES = [
    "青溪县新建三座桥梁",
    "",
    *wrap("本报讯（记者林一帆）青溪县今年新建的三座桥梁近日全部通车，沿河两岸的村民出行更加方便，"
          "过去要绕行十几公里的路程，如今几分钟就能到达对岸。", 18),
    "",
    *wrap("县交通局局长陈立说，三座桥梁总投资一点二亿元，由县里和市里共同出资建设，"
          "明年县里还将再修两座桥梁，让更多村民受益。", 18),
    "",
]

_SCHOOL_TITLE = ["", "山村小学添了新操场", ""]


def _school(width: int) -> list[str]:
    """A school story's text (headed by the title above it), set `width` cells wide."""
    return [
        *wrap("秋天一到，北岭村小学的孩子们就在新铺的塑胶跑道上跑来跑去，笑声传遍了整个山谷。", width),
        "",
        *wrap("校长周明远说，过去学校只有一块泥土地，一下雨就没法上体育课，如今再也不用发愁了，"
              "孩子们每天都盼着上体育课，还组建了一支小小足球队。", width),
        "",
    ]


def _harbour(width: int) -> list[str]:
    """A harbour story's text (its headline set after it), set `width` cells wide."""
    return [
        *wrap("海滨市渔港改造工程昨日完工，新渔港可同时停泊三百多艘渔船，避风能力明显提升，"
              "渔港旁还新建了冷库和交易市场。", width),
        "",
        *wrap("渔民孙海涛说，渔港改造以后，台风天再也不用担心渔船被浪打坏了，大家出海更安心。", width),
        "",
    ]


_HARBOUR_TITLE = ["海滨市渔港改造完工"]


def test_a_column_narrowing_by_three_cells_parts_two_bodies_run_together():
    """The school story (15 cells) runs straight into the harbour story (12 cells), with no block
    between them: the title over the first and the one under the second each get their own body."""
    text = page(_BRIDGES, _SCHOOL_TITLE, _school(15), _harbour(12), _HARBOUR_TITLE)
    arts = banmian.parse(text).articles
    assert [a.headline for a in arts] == ["青溪县新建三座桥梁", "山村小学添了新操场", "海滨市渔港改造完工"]
    assert arts[1].paragraphs[0].startswith("秋天一到")
    assert arts[1].paragraphs[-1].startswith("校长周明远")
    assert arts[2].paragraphs[0].startswith("海滨市渔港")


def test_a_column_widening_by_three_cells_parts_them_too():
    """The step works the other way round: 12 cells, then 15."""
    text = page(_BRIDGES, _SCHOOL_TITLE, _school(12), _harbour(15), _HARBOUR_TITLE)
    arts = banmian.parse(text).articles
    assert [a.headline for a in arts] == ["青溪县新建三座桥梁", "山村小学添了新操场", "海滨市渔港改造完工"]
    assert arts[2].paragraphs[0].startswith("海滨市渔港")


def test_a_bridge_story_headed_above_keeps_its_own_text():
    """The story headed from above keeps both its paragraphs whatever follows it."""
    text = page(_BRIDGES, _SCHOOL_TITLE, _school(15), _harbour(12), _HARBOUR_TITLE)
    first = banmian.parse(text).articles[0]
    assert len(first.paragraphs) == 2
    assert first.paragraphs[1].startswith("县交通局局长")
