"""Articles run together on invented pages: a title wider than the text under it, and a change
of column width and setting between two bodies."""

from __future__ import annotations

from tests.pages import heads_and_starts, page, wrap


def paras(*texts: str, width: int, indent: bool = False, blank: bool = True) -> list[str]:
    """Paragraphs wrapped to one column, indented or not, a blank line between them or not."""
    out: list[str] = []
    for text in texts:
        if out and blank:
            out.append("")
        lines = wrap(text, width)
        out.extend(["\u3000\u3000" + lines[0], *lines[1:]] if indent else lines)
    return out


BRIDGE = ("柳湾大桥加固工程近日完工，大桥限载由二十吨提高到四十吨。县交通局副局长宋卫东说，施工期间"
          "开通的临时便道将保留到年底，方便两岸群众出行。")
MARKET = "凤鸣镇农贸市场改造后重新开业，新增摊位一百二十个。"
MARKET_2 = ("市场管理员潘小禾介绍，场内设有公平秤和检测室，每天抽检蔬菜样品三十份，商户和顾客都说放心多了。"
            "镇里还在市场旁修建了停车场和公共厕所。")
CHOIR = ("青石村合唱团成立十年来，从最初的八名队员发展到六十多人，排练的歌曲有两百多首。团长葛秋云说，"
         "今年她们还要把村里的老故事编成新歌。")


def test_title_wider_than_the_text_under_it_heads_no_paragraph() -> None:
    """On a page that sets headlines after their bodies, a title line between blank lines after
    finished text, a cell wider than the column under it, is no paragraph's first line: the
    first line of a paragraph is never wider than the column it goes on in."""
    text = page(
        paras(BRIDGE, width=17), [""], ["柳湾大桥加固工程完工限载翻倍"], [""],
        paras(MARKET_2, MARKET, width=13), [""], ["凤鸣镇农贸市场开业"], [""],
        paras(CHOIR, width=16), [""], ["青石村合唱团十年唱响乡村"],
    )
    assert heads_and_starts(text) == [
        ("柳湾大桥加固工程完工限载翻倍", "柳湾大桥加固"),
        ("凤鸣镇农贸市场开业", "市场管理员潘"),
        ("青石村合唱团十年唱响乡村", "青石村合唱团"),
    ]


def test_text_set_otherwise_in_another_column_is_another_article() -> None:
    """Two bodies run together with no title between them (the second one's headline follows
    it): the text goes on in another column width and another setting (indented paragraphs,
    no blank lines, under text set flush with blank lines between paragraphs): two articles,
    though neither headline repeats its text's wording."""
    text = page(
        ["通途焕新颜"], [""], paras(BRIDGE, MARKET_2, CHOIR, width=18),
        paras(CHOIR, MARKET_2, BRIDGE, width=16, indent=True, blank=False), [""], ["山乡处处闻清音"],
    )
    assert heads_and_starts(text) == [("通途焕新颜", "柳湾大桥加固"), ("山乡处处闻清音", "青石村合唱团")]
