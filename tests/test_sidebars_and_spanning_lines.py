"""One-article pages kept whole: a sidebar with a title wrapped in its column after an essay's
author's note, and quotation lines as wide as the text around them (invented pages)."""

from __future__ import annotations

from banmian.layout.flow import Block, FlowLine, Kind, Para
from banmian.layout.page import _is_subhead
from banmian.model import Line
from banmian.pipeline import parse_structure
from banmian.settings import default_settings
from tests.pages import wrap

ESSAY = [
    "书写山乡新画卷（逐梦十年·青溪巨变）",
    "",
    *wrap("十年来，青溪县把发展乡村旅游作为富民的大事来抓，修通了进山的公路，建起了一批民宿和农家乐，"
          "山里的茶叶和竹编走出了大山，村民的腰包一天天鼓了起来。", 11),
    *wrap("走进石桥镇，白墙黛瓦的民居依山而建，溪水从村前缓缓流过，游客在茶园里采茶、在竹林里"
          "散步，处处是一派欣欣向荣的景象。", 11),
    *wrap("山乡的变化是干出来的。面向未来，青溪人正走在共同富裕的道路上，用勤劳的双手书写新的"
          "山乡画卷！", 11),
    "（作者为青溪县文化研究会",
    "副会长、研究员）",
]

SIDEBAR = [
    "青溪县乡村旅游10年5个“第",
    "一”",
    "第一家民宿：石桥镇云溪小",
    "院",
    "2010年5月1日，石桥镇",
    "第一家民宿开门迎客，当年",
    "接待游客两千多人次",
    "第一条游步道：东山茶园步",
    "道",
    "2012年，东山茶园修通游",
    "步道，全长八公里，串起了",
    "三个村庄",
]


def test_a_sidebar_title_wrapped_in_its_column_stays_with_the_essay_above() -> None:
    """`…5个“第` / `一”`: a title that fills its column and wraps is set in the text's type, a
    section title of the page's one feature, not a headline set after the essay."""
    arts = parse_structure("\n".join(ESSAY + SIDEBAR) + "\n").articles
    assert len(arts) == 1
    assert arts[0].headline.startswith("书写山乡新画卷")

def _para(first_no: int, texts: list[str], estimate: float) -> Para:
    return Para([FlowLine(Line(first_no + k, t, float(len(t))), Kind.TEXT, key=t, left=estimate, right=estimate)
                 for k, t in enumerate(texts)])


def test_a_quotation_as_wide_as_the_lines_around_it_spans_no_columns() -> None:
    """Short quotation lines make the column look narrow (8 cells), so a quotation of 15 reads
    as wider than it; the text lines around it are as wide: it spans nothing, and stays in."""
    quote = "当你走进这个村子，不要客气！"
    line = FlowLine(Line(10, quote, 15.0), Kind.TEXT, key=quote, left=8.0, right=8.0)
    line.over = True
    before = [_para(1, ["别着急，乡亲们，我们一起想办法，", "一起想。"], 8.0), _para(3, ["《石桥人家》"], 8.0)]
    after = [_para(11, ["这里的每一户人家都欢迎远方的客", "人！"], 8.0)]
    assert _is_subhead(Block([line]), before, after, default_settings())
