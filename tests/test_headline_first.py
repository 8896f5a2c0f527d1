"""Headline blocks set before their bodies: titles told by what sits next to them."""

from __future__ import annotations

from banmian.layout.flow import Block, FlowLine, Kind, Para
from banmian.layout.page import _is_subhead
from banmian.model import Line
from banmian.settings import default_settings
from tests.pages import heads_of

ABOVE = (
    "青溪县举办秋季农民丰收节\n\n"
    "本报青溪10月8日电  （记者林一帆）\n"
    "10月7日，青溪县第三届农民丰\n"
    "收节在石桥镇开幕，来自全县的\n"
    "三百多户农户带来了稻米、茶叶\n"
    "和竹编制品，现场签订采购订单\n"
    "一百二十余份。\n"
    "（本报记者林一帆）\n\n"
)


def test_a_lone_unfinished_line_over_a_byline_is_the_next_title() -> None:
    """A wrapped note closes one article without a full stop; the line alone after it, right
    above a dateline, is the next article's headline, not the note's last paragraph."""
    text = (
        "青溪县举办秋季农民丰收节\n"
        "\n"
        "本报青溪10月8日电  （记者林一帆）\n"
        "10月7日，青溪县第三届农民丰收节\n"
        "在石桥镇开幕，来自全县的三百多户\n"
        "农户带来了稻米、茶叶和竹编制品，\n"
        "现场签订采购订单一百二十余份。\n"
        "丰收节期间，县里还组织了农技讲\n"
        "座和电商培训，帮助农户拓宽销路。\n"
        "（“乡村振兴说——我和家乡共成长”\n"
        "征文选登，作者为青溪县石桥镇农\n"
        "技站站长）\n"
        "\n"
        "枫林湾新建三座跨河便民桥梁\n"
        "\n"
        "本报枫林10月8日电  （记者陈晓云）\n"
        "枫林湾片区三座跨河便民桥日前全部\n"
        "完工通车，沿河两岸的八个村庄从此\n"
        "告别了绕行十多公里的历史。新桥均\n"
        "按照百年一遇的防洪标准设计建造。\n"
        "村民们说，过河再也不用等渡船了。\n"
    )
    heads = heads_of(text)
    assert [h[1] for h in heads] == ["青溪县举办秋季农民丰收节", "枫林湾新建三座跨河便民桥梁"]


def test_the_line_under_a_kickers_dash_is_the_headline() -> None:
    """A kicker closed by a dash leads into a title: the line right under it, set wider than
    the column below, is that title and not the first line of the body."""
    text = ABOVE + (
        "枫林湾新建便民桥梁，沿河村民纷纷表示——\n"
        "两岸村民过河再也不用绕远路\n"
        "枫林湾片区三座跨河便民\n"
        "桥日前全部完工通车，沿河\n"
        "两岸的八个村庄从此告别了\n"
        "绕行十多公里的历史。新桥\n"
        "均按照百年一遇的防洪标准\n"
        "设计建造，桥面宽度可供两\n"
        "辆农用车并排通行。\n"
        "（本报记者陈晓云）\n"
    )
    kicker = "枫林湾新建便民桥梁，沿河村民纷纷表示——"
    assert heads_of(text)[1] == (kicker, "两岸村民过河再也不用绕远路", None, "枫林湾片区三座跨")


def test_a_kicker_over_its_title_heads_news_between_paragraphs_of_one_column() -> None:
    """Between paragraphs of one column a kicker closed by a dash over a narrower title is a
    headline block (a section title has no kicker), whatever the columns say."""
    def para(first: int, widths: list[float]) -> Para:
        return Para([FlowLine(Line(first + k, "字" * int(w), w), Kind.TEXT, key="字" * int(w), left=13, right=13)
                     for k, w in enumerate(widths)])

    said, gist = "青溪县老年大学开学典礼上学员们说——", "活到老学到老日子越过越甜"
    kicker = FlowLine(Line(7, said, 17.0), Kind.TEXT, key=said)
    title = FlowLine(Line(8, gist, 13.0), Kind.TEXT, key=gist)
    before, after = [para(1, [13, 13, 13, 13, 6])], [para(9, [13, 13, 13, 13, 5])]
    assert not _is_subhead(Block([kicker, title]), before, after, default_settings())


def test_a_title_run_into_a_dated_lead_is_split_off() -> None:
    """After a closed article, a phrase that ends nothing, set to another width than the text
    under it, right above a line opening like a news lead (日前，…) is the next headline."""
    text = ABOVE + (
        "“新桥让两岸成了一家人”\n"
        "日前，枫林湾片区三座跨河便\n"
        "民桥全部完工通车，沿河两岸\n"
        "的八个村庄从此告别了绕行十\n"
        "多公里的历史。新桥均按照百\n"
        "年一遇的防洪标准设计建造。\n"
    )
    heads = heads_of(text)
    assert heads[1] == (None, "“新桥让两岸成了一家人”", None, "日前，枫林湾片区")
