"""A title block glued to the text under it, its second line closed by a column tag."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

KICKER, TITLE = "新型货运飞艇在鹿鸣湖畔首次试飞成功", "飞艇，“大块头”有何本事（新观察）"
BRIEF = ("本报电 日前，青川县首条山区物流环线正式开通，沿线十二个乡镇的农产品可以当天运出山外，"
         "快递进村的时间也缩短了一半。")
CHEER = "“看，这就是青川自主研制的新型货运飞艇！”"
AIRSHIP = ("在青川举行的试飞现场，一艘银白色的货运飞艇缓缓升空，现场观众纷纷举起手机拍照。"
           "这艘飞艇由青川航空器研究所自主研制，可载货十余吨，适合在山区和海岛之间运送物资。")


def test_a_tagged_title_line_short_of_the_text_under_it_closes_a_title_block() -> None:
    """After a closing credit, two lines set to one width, the second closed by a column tag and
    well short of the line under it with no sentence ended (a paragraph's inner line fills its
    column, its last line ends a sentence): a headline block over the next article's text, even
    with a comma in it and no blank line under it."""
    text = page(
        ["资讯速递"], [""], wrap(BRIEF, 12), [""], ["（柯 文）"], [""],
        [KICKER], [TITLE],
        [CHEER], wrap(AIRSHIP, 22),
    )
    arts = parse_structure(text).articles
    assert (arts[-1].kicker, arts[-1].headline) == (KICKER, TITLE)
    assert arts[-1].paragraphs[0].startswith(CHEER)
