"""Narrow columns: a labelled credit's long tail, a line wrapped with a stub, a wrapped caption (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FAIR = wrap("青溪县秋季农产品展销会昨日在县城体育馆开幕，来自全县十二个乡镇的三百多家合作社"
            "带来了茶叶、板栗和高山蔬菜，开幕当天销售额突破三百万元。", 12)
ROADS = wrap("白云村新修的通组公路日前全线通车，沿线六个村民小组的茶叶和竹笋可以直接装车外运，"
             "村民再也不用肩挑背扛走山路了。", 12)


def test_a_labelled_credit_cut_at_the_column_edge_keeps_its_long_tail() -> None:
    """`数据来源：…农业农村` / `局市场信息中心`: a credit cut at the edge of a narrow column goes
    on in the line under it, even where the tail is more than half the credit line's width."""
    text = page(["青溪县农产品展销会开幕", ""], FAIR,
                ["", "数据来源：青溪县农业农村", "局市场信息中心", "", "白云村通组公路全线通车", ""], ROADS)
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪县农产品展销会开幕", "白云村通组公路全线通车"]
    assert arts[0].paragraphs[-1] == "数据来源：青溪县农业农村局市场信息中心"


def test_a_title_line_wrapped_at_the_column_edge_onto_a_stub_is_one_line() -> None:
    """A title line exactly as wide as the column, broken off on a word over two characters
    (…致富经走 / 出新路): one line wrapped in the column, not a kicker over a headline."""
    text = page(["青溪县农产品展销会开幕", ""], FAIR,
                ["", "青溪茶农念好生态致富经走", "出新路", "", "本报青溪10月9日电  （记者李明远）"], ROADS)
    # (the column is 12 cells: the title line fills it)
    arts = parse_structure(text).articles
    assert [(a.kicker, a.headline) for a in arts][-1] == (None, "青溪茶农念好生态致富经走出新路")


def test_a_wrapped_picture_caption_is_text_not_a_title() -> None:
    """In a photo feature's narrow column, a caption opened by its picture number (图②：) and
    wrapped onto the next line is text of the feature, not a new article's title."""
    text = page(["守护一方山林的人们", ""],
                ["图①：护林员李明远在山脊", "上巡查火情。", "王小川摄", "图②：护林员陈晓云在界碑", "旁记录林木长势。",
                 "赵大勇摄", "图③：志愿者在林区入口向", "游客发放防火手册。", "孙一帆摄"])
    arts = parse_structure(text).articles
    assert [a.headline for a in arts if a.headline] == ["守护一方山林的人们"]
    assert "图②：护林员陈晓云在界碑旁记录林木长势。" in [p for a in arts for p in a.paragraphs]
