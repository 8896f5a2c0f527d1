"""Body lines that stop short before a column break or a wider column, or break off on a name's
dot: running text going on, not titles that open a new article."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import one_article, page, wrap

# a 13-cell column broken two lines before its paragraph closes on a quotation whose `。”` hang
# past the edge (15 wide); then a line a cell short and a column break into a wider column
QUOTED = [
    "清晨的湖面上薄雾还没有散去，",
    "船工周德顺已经撑着竹篙把第",
    "一批游客送到对岸的古村。他",
    "说这条水路他走了三十多年，",
    "",
    "“闭着眼睛都知道哪里水深哪",
    "里水浅，一点儿也不会弄错的。”",
]
FERRY = ("这样的早班船常常在这座名为青柳渡的码头开出。每到周末，渡口边的茶摊和小店都坐满了等船的游客，"
         "船工们一天要往返二十多趟，忙得顾不上吃午饭。县里还为渡口添置了救生衣和遮阳棚。")


def test_a_line_a_cell_short_after_a_quotation_hung_past_the_column_runs_on_into_a_wider_column():
    assert len(QUOTED[-1]) == 15
    lead = wrap("青柳渡是青溪县最老的渡口，一条木船连着两岸的村子，几十年来从未停航。", 13)
    text = page(["青柳渡的早班船", ""], lead, [""], QUOTED, ["", FERRY[:12], ""], wrap(FERRY[12:], 19))
    assert one_article(text)[-1] == FERRY


# a 12-cell column: a foreign name broken at its dot, then a column break
STAGE = ["演出在当地剧场连演三场，场场", "座无虚席，观众掌声经久不息。"]
NAME = ["年过七旬的退休教师玛丽亚·", "桑切斯在演出结束后久久不"]
AFTER = "愿离去。她说，剧中的音乐和舞蹈让她第一次感受到了东方戏剧的魅力，希望明年还能再看到这样的演出。"


def test_a_pair_of_lines_broken_at_a_names_dot_before_a_break_is_no_title_pair():
    lead = wrap("青溪越剧团近日在南美小城圣罗莎举行巡演，带去了经典剧目和新编小戏。", 12)
    text = page(["越剧走进南美小城", ""], lead, [""], STAGE, [""], NAME, [""], wrap(AFTER, 12))
    assert [a.headline for a in parse_structure(text).articles] == ["越剧走进南美小城"]
    assert "".join(NAME) + AFTER in one_article(text)


# a picture's story set 21 cells wide under a 15-cell report: its third line breaks off mid-word
# right under the second (no blank between), then a column break
REPORT = ("青溪县人社局近日通报，今年以来全县共处理欠薪投诉一百二十余件，帮助四百多名务工人员追回工资。"
          "对恶意拖欠、转移财产逃避支付的，将依法移送公安机关，坚决遏制恶意欠薪行为。")
PHOTO = [
    "秋风起，橘子黄，眼下正是橘子收获的季节。10",
    "月27日，青溪县石桥镇的橘园里一派繁忙景象。",
    "果农有的在树下采摘，有的在路边装箱，还有的",
    "",
    "在分拣打包，村里处处是金黄色的橘子，丰收在望。",
    "",
    "林一帆摄",
]


def test_a_wide_line_of_prose_set_right_under_text_as_wide_as_it_runs_on():
    text = page(["青溪县严查恶意欠薪", ""], wrap(REPORT, 15), [""], ["全县追回欠薪四百余万元", ""], PHOTO)
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪县严查恶意欠薪", "全县追回欠薪四百余万元"]
    assert arts[1].paragraphs[0].endswith("还有的在分拣打包，村里处处是金黄色的橘子，丰收在望。")
