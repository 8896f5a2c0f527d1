"""Kickers over a headline closed by a series tag, the text right under it (flow._tagged_pairs)."""

from banmian.pipeline import parse_structure
from tests.pages import page

BODY = [
    "各地春耕备耕有序展开，农技人员深入田间地头指导，",
    "帮助农户解决生产中的困难和问题，春播进度快于往年",
    "同期，全县已完成早稻播种面积十二万亩。",
]


def test_a_series_tag_closes_a_headline_with_its_text_right_under_it():
    """A kicker, then a headline asking a question and closed by a column's series tag, set in
    the text's column with no blank line under it: the text starts under the tag."""
    head = ["", "种粮大户多了、农机服务跟上了不等于万事无忧", "今年春耕为何格外顺利？（青溪观察·春耕三问①）"]
    art = parse_structure(page(head, BODY)).articles[0]
    assert art.kicker == "种粮大户多了、农机服务跟上了不等于万事无忧"
    assert art.headline == "今年春耕为何格外顺利？（青溪观察·春耕三问①）"
    assert art.paragraphs[0].startswith("各地春耕备耕")


def test_a_dashed_kicker_over_a_series_tagged_headline_with_a_comma():
    """The headline holds a comma before its series tag: prose does not stop on a column's name
    and part, so the text right under it is the article's, not the title's."""
    head = ["", "有农技员驻村，有合作社带动，青溪县——", "这片田野，春天来得早（走基层·春耕记）"]
    body = ["各地春耕备耕有序展开，农技人员深入", "田间地头指导，帮助农户解决生产中的",
            "困难和问题，春播进度快于往年同期。"]
    art = parse_structure(page(head, body)).articles[0]
    assert art.headline == "这片田野，春天来得早（走基层·春耕记）"
    assert art.paragraphs[0].startswith("各地春耕备耕")
