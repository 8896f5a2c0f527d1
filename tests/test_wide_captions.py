"""A wide caption under a picture's title, set wider than the page's columns."""

from banmian.pipeline import parse_structure
from tests.pages import page

NARROW = [
    "青溪县近年来大力发展茶叶",
    "种植，全县茶园面积已达两",
    "万余亩，带动三千多户茶农",
    "增收致富。",
    "",
    "茶农李文博说，今年春茶价",
    "格比去年高出一成，家家户",
    "户都有了好收成。",
    "",
    "（据新华社电  记者林一帆）",
]
PHOTO = [
    "金秋",
    "今年青溪县晚稻再获丰收，全县种植结构进一步优化。",
    "目前，晚稻收割已接近尾声，预计全县粮食实现增产，",
    "总产量继续保持在二十万吨以上。",
    "图为10月12日，青溪县石桥镇田间，农民正在收割晚稻。",
    "周安摄（影像青溪）",
]
NEXT = [
    "青溪县举办首届农民丰收节",
    "本报青溪10月12日电  （记者",
    "赵海峰）首届农民丰收节今天",
    "在青溪县开幕，来自全县的两",
    "百多名农民参加了各项比赛。",
]


def test_wide_caption_line_broken_mid_clause_is_no_title():
    """A caption set wider than the columns, one of its lines broken off after a comma: no title
    ends mid-clause, so the line stays in the caption under the picture's title."""
    arts = parse_structure(page(NARROW, [""], PHOTO, [""], NEXT)).articles
    heads = [a.headline for a in arts]
    assert not any(h and h.endswith("，") for h in heads)
    photo = next(a for a in arts if a.headline == "金秋")
    assert any("目前，晚稻收割已接近尾声" in p for p in photo.paragraphs)
