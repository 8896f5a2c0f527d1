"""Two texts of one column width run together with no title between them: running text under the
page's make-up credit opens the next article (whose headline the page sets after its body), while
a turn of the indent habit alone parts nothing (a column break or a flush lead turns it too)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import heads_and_starts, indented, page, wrap

ORCHARD = ("青溪县柑橘种植基地今年喜获丰收，全县柑橘产量预计突破八万吨，比去年增长一成多。"
           "基地里的果树大多是五年前换种的新品种，挂果多，口感也好。")
ORCHARD_2 = ("基地负责人周立新说，今年引进了水肥一体化设备，果子个头大、糖分高，收购商早早上门订货。"
             "为了保证品质，基地还请来农技专家，给每片果园建了档案。")
ORCHARD_3 = ("县农业农村局还组织技术员下乡，指导果农做好采摘和储运工作。"
             "技术员们白天在果园里讲解，晚上还在村部办夜校。")
ORCHARD_4 = ("眼下，基地每天发出的柑橘有两百多吨，销往省内外十多个城市。"
             "县里还在基地旁建了冷库，果子可以错峰上市。")
LIBRARY = ("南岭镇图书馆新馆开放，藏书由原来的两万册增加到五万册，还设了少儿阅览区和自习区。"
           "新馆由镇里的旧供销社改建而成，宽敞明亮，座位有两百多个。")
LIBRARY_2 = ("馆长韦晓岚介绍，新馆每天开放十二个小时，周末还举办读书分享会，吸引了不少年轻人。"
             "馆里还开通了线上借阅服务。")
LIBRARY_3 = ("不少读者表示，家门口有了好去处，周末常常带着孩子来看书。"
             "退休教师陈国栋几乎每天都来，他说这里比家里还安静。")
LIBRARY_4 = "镇里还计划在各村设立图书流通点，让村民就近借书。"


def flush(text: str, width: int) -> list[str]:
    """A flush paragraph wrapped to `width` cells whose last line ends short, as text set with
    no indent and no blank line between paragraphs must end."""
    lines = wrap(text, width)
    assert len(lines[-1]) < width - 2, lines
    return lines


def test_paragraphs_that_lost_their_indent_go_on_with_the_text() -> None:
    """Flush paragraphs amid indented ones, indented ones following them again: paragraphs that
    lost their indent (a column break), not another article."""
    above = [*indented(ORCHARD, 16), *indented(ORCHARD_2, 16), *indented(ORCHARD_3, 16)]
    lost = [*flush(LIBRARY, 16), *flush(LIBRARY_2, 16), *flush(LIBRARY_3, 16)]
    text = page(["柑橘丰收果农笑", ""], above, lost, indented(ORCHARD_4, 16), indented(LIBRARY_4, 16))
    assert heads_and_starts(text) == [("柑橘丰收果农笑", "青溪县柑橘种")]


def test_a_flush_lead_over_indented_text_stays_with_it() -> None:
    """Flush paragraphs, then indented ones run on with no blank line, in the same forms of marks:
    the last flush paragraph may be the indented text's lead, set flush under its title as many
    papers set a lead, so the turn of the indent alone parts nothing."""
    above = [*flush(LIBRARY, 16), *flush(LIBRARY_2, 16), *flush(LIBRARY_3, 16)]
    below = [*indented(ORCHARD, 16), *indented(ORCHARD_2, 16), *indented(ORCHARD_3, 16)]
    assert heads_and_starts(page(["家门口的书香", ""], above, below)) == [("家门口的书香", "南岭镇图书馆")]


def test_running_text_under_the_make_up_credit_opens_another_article() -> None:
    """The page's make-up credit closes the text it is set under: wrapped text right under it,
    with no title between, is another article's, its headline set after its body."""
    above = [*wrap(ORCHARD, 16), "", *wrap(ORCHARD_2, 16), "", "版式设计：林一帆", ""]
    below = [*wrap(LIBRARY, 16), "", *wrap(LIBRARY_2, 16)]
    text = page(["柑橘丰收果农笑", ""], above, below, [""], ["家门口的书香"])
    assert heads_and_starts(text) == [("柑橘丰收果农笑", "青溪县柑橘种"), ("家门口的书香", "南岭镇图书馆")]


def test_running_text_under_a_whole_page_credit_opens_another_article() -> None:
    """A credit labelled for the whole page (本版制图：…) closes the text above it as the make-up
    credit does."""
    above = [*wrap(ORCHARD, 16), "", *wrap(ORCHARD_2, 16), "", "本版制图：韦晓岚", ""]
    below = [*wrap(LIBRARY, 16), "", *wrap(LIBRARY_2, 16)]
    text = page(["柑橘丰收果农笑", ""], above, below, [""], ["家门口的书香"])
    assert heads_and_starts(text) == [("柑橘丰收果农笑", "青溪县柑橘种"), ("家门口的书香", "南岭镇图书馆")]


def test_a_label_under_the_make_up_credit_keeps_its_matter_with_the_article() -> None:
    """A link box's label under the credit (■链接) heads matter added to the article above: the
    text under it goes on with that article."""
    above = [*wrap(ORCHARD, 16), "", *wrap(ORCHARD_2, 16), "", "版式设计：林一帆", ""]
    text = page(["柑橘丰收果农笑", ""], above, ["■链接", ""], wrap(ORCHARD_3, 16))
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].paragraphs[-1].startswith("县农业农村局")
