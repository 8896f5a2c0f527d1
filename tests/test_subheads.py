"""In-body section titles: dashed lead-ins set apart, collections headed after their bodies (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

SPRING = wrap("清晨的青溪河畔，薄雾还未散去，早起的村民已经扛着锄头走向田间，"
              "一年的忙碌就从这片新翻的土地开始了。", 14)
HARVEST = wrap("果园里的桃树挂满了果子，合作社的年轻人忙着打包装箱，一车车鲜桃"
               "连夜发往省城的超市。", 14)
ROAD = wrap("新修的水泥路通到了家门口，收购商的货车开进了村子，山里的好东西"
            "终于不愁卖了。", 14)


def test_a_dashed_lead_in_between_blank_lines_is_a_paragraph_of_its_own() -> None:
    """After finished text, a line closed by a dash with blank lines above and below it leads into
    the section under it: it is a paragraph of its own, not the first line of the text below."""
    text = page(["青溪春色", ""], SPRING, ["", "山岗春意浓，处处生机勃发——", ""], HARVEST, ROAD)
    art = parse_structure(text).articles[0]
    assert "山岗春意浓，处处生机勃发——" in art.paragraphs
    assert any(p.startswith("果园里的桃树") for p in art.paragraphs)


TEXT_ONE = wrap("护林员每天天不亮就进山巡查，十多年来走坏了几十双胶鞋，守住了这片"
                "万亩林海，也守住了乡亲们的饭碗。", 16)
TEXT_TWO = wrap("茶农们成立了合作社，统一品牌、统一销售，山里的茶叶第一次走进了"
                "大城市的商场，价钱翻了一番。", 16)


def test_a_collections_headline_set_after_its_body_heads_it() -> None:
    """A page of signed contributions (a title, its writer, its text) closed by a title with no
    text after it: that title is the collection's headline, set after its body, and the title over
    the first writer is the first contribution's, a paragraph of the text."""
    text = page(
        ["", "用心守护一方绿水", "", "青溪县林业局局长  林小禾", ""],
        TEXT_ONE,
        ["", "让茶香飘出大山", "", "白云镇党委书记  周安宁", ""],
        TEXT_TWO,
        ["", "绿水青山间的奋斗者"],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "绿水青山间的奋斗者"
    assert arts[0].paragraphs[0] == "用心守护一方绿水"


NARROW = wrap("村里的合作社去年建起了冷库，鲜果可以错峰上市，果农的收入比往年"
              "多了三成，大家干劲更足了。", 14)
WIDE = wrap("今年合作社又添了一条分拣线，果子按大小分级装箱，好果卖出了好价钱。"
            "社员们商量着明年再扩种两百亩，把品牌打得更响。", 20)


def test_a_section_title_over_a_text_that_widens_at_a_column_break_stays_in_its_article() -> None:
    """A paragraph under a section title may break into a wider column after its first line: that
    line fills the column the title and the text above it are set in, so the title is no new
    article's headline."""
    section = ["分拣线上忙", "冷库建好以后，合作社又瞄准了", "", "分拣加工。"]
    text = page(["青溪果园添新景", ""], NARROW, NARROW, section, WIDE, WIDE)
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert "分拣线上忙" in arts[0].paragraphs


def test_a_short_line_closed_by_a_comma_after_finished_text_is_a_paragraph() -> None:
    """The halves of a couplet (a short line closed by a comma, then its second half) stop well
    short of the column: wrapped prose would run on to the column edge, so each is a paragraph."""
    text = page(["青溪春色", ""], SPRING, ["春风拂山岗，", "处处好风光。"], HARVEST)
    art = parse_structure(text).articles[0]
    assert "春风拂山岗，" in art.paragraphs
    assert "处处好风光。" in art.paragraphs


def test_a_section_title_wrapped_after_a_quoted_word_is_one_paragraph() -> None:
    """A section title longer than its column wraps; a full first line closed by a quoted word
    (…“含新量”) has not finished its phrase, so the two lines make one title paragraph."""
    text = page(["青溪春色", ""], SPRING, ["守护青山绿水，提高“含新量”", "增添发展“含金量”"], HARVEST, ROAD)
    art = parse_structure(text).articles[0]
    assert "守护青山绿水，提高“含新量”增添发展“含金量”" in art.paragraphs
