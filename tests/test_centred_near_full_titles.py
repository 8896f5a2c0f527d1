"""A title centred by leading spaces that leave it only two cells short of each column edge."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import indented, page

# Two articles in columns of 14 and 18 cells, their paragraphs indented.
FIRST = [
    "南岭茶农试种新品",
    "",
    *indented("今年春天，南岭镇的茶农在山腰新开的茶园里试种了三个新品种，长势比预想的好。", 14),
    *indented("镇农技站站长方立明说，新品种抗寒能力强，明年就能在全镇推广开来。", 14),
    *indented("目前，全镇已有四十多户茶农报名参加明年的种植培训，热情很高。", 14),
]
SECOND = [
    *indented("秋收过后，北塘村的晒谷场上摆满了刚收下的稻谷，村民们一大早就来到场上忙着翻晒装袋，"
               "一直干到太阳落山。", 18),
    *indented("村里的合作社今年新添了两台烘干机，一次能烘干好几吨稻谷，阴雨天也不怕稻谷发霉了，"
               "村民们心里踏实了许多。", 18),
    *indented("合作社负责人陈秋生说，明年还打算再建一座新粮仓，让全村的粮食都有地方存放。", 18),
]


def test_a_title_centred_two_cells_in_heads_the_text_under_it() -> None:
    """Set in by four spaces like an indented first line, the title stops two cells short of the
    18-cell column as well: centred display type, the headline of the text under it, not a label
    set in like the text (which would keep it in the article above)."""
    centred = "    " + "北塘村合作社添了两台新烘干机"  # 14 cells, two a side in an 18-cell column
    arts = parse_structure(page(FIRST, [""], [centred], [""], SECOND)).articles
    assert [a.headline for a in arts] == ["南岭茶农试种新品", "北塘村合作社添了两台新烘干机"]


def test_a_label_set_in_by_the_indent_and_stopping_short_stays_in_the_text() -> None:
    """A short label indented like the text (two cells in, far short of the column's end) is a
    section title inside the article, whatever the columns say."""
    label = "\u3000\u3000" + "合作社"
    arts = parse_structure(page(FIRST, [""], [label], [""], SECOND)).articles
    assert len(arts) == 1


# A law's articles, the last set in a wider column: its first line, set in by the indent, stops as
# far short of the column's end as it is set in, but breaks off mid-word (研 / 究).
LAW = [
    "青溪县茶叶发展条例",
    "",
    "　　第七条  茶叶种植用于改善山",
    "区群众的生活，增加农民收入。",
    "",
    "　　村民、合作社和其他组织可以依法",
    "",
    "从事茶叶种植和加工销售经营活动。",
    "",
    "　　第八条  县里鼓励和支持茶叶科学技术研",
    "究和应用，依法保护茶叶领域的知识产权，促进",
    "茶叶科学技术进步和创新，提高茶农收入水平。",
    "",
    "　　县里加强茶叶人才培养和队伍建设，对在茶",
    "叶工作中作出突出贡献的组织和个人，按照县里",
    "有关规定给予表彰和奖励，激发干事创业热情。",
]


def test_a_line_broken_mid_word_into_the_text_under_it_is_no_centred_title() -> None:
    arts = parse_structure("\n".join(LAW) + "\n").articles
    assert len(arts) == 1
    assert any(p.startswith("第八条") for p in arts[0].paragraphs)
