"""Closing notes and series tags, on invented pages (helper A, thirteenth session)."""

from banmian.layout.flow import FlowLine, classify
from banmian.layout.furniture import find_furniture
from banmian.model import Page
from banmian.pipeline import parse_structure, to_lines
from banmian.settings import default_settings
from tests.pages import page, wrap

ESSAY = wrap("青溪县今年新建农家书屋四十余家，村民在家门口就能借到新书，读书的人一年比一年多。", 10)


def _flow(text: str) -> list[FlowLine]:
    lines = to_lines(text)
    return classify(lines, find_furniture(lines, Page(source=None)), default_settings())


def test_a_note_broken_by_a_column_break_still_closes_its_text():
    """An author's note in brackets set as its own paragraph under finished text closes the
    essay even when a column break (a blank line) falls inside it: nothing runs on from it."""
    note = ["（“青溪故事汇——我和", "家乡共成长”征文大赛", "获奖作品摘登，作者为", "青溪县白沙镇柳溪村党", "",
            "支部书记）"]
    flow = _flow(page(ESSAY, note, ["", "稻谷满仓笑声扬"]))
    last = next(fl for fl in flow if fl.text == "支部书记）")
    assert last.complete


def test_a_credit_wrapped_over_ten_lines_closes_its_text():
    """A bracketed dateline credit naming many bureaus and reporters, wrapped over ten lines of
    a narrow column, is the article's closing dateline, every line of it."""
    credit = wrap("（本报青溪、白沙、石门、云台、江口、柳溪、枫林、桃源、梅岭、松涛10月5日电  "
                  "记者林一帆、周安、赵海峰、李文博、王建明、孙晓雨、钱多多、吴小川、郑海）", 8)
    assert len(credit) > 9
    flow = _flow(page(ESSAY, credit, ["", "为乡村振兴的新气象点赞（青溪观察）"]))
    assert all(fl.end_dateline for fl in flow if fl.text in credit)


def test_a_series_tag_with_numerals_closes_a_title():
    """A title with a comma, closed by a series' tag whose parts are joined by a middle dot and
    hold numerals (…（青溪论坛·70年·回望来时的路）), glued under a finished sentence that fills
    its column, over a narrower column: a headline, not the first line of a paragraph."""
    body_a = wrap("青溪县召开经济工作会议，总结去年工作，部署今年任务。县长李文博主持会议，县委书记王建明作讲话，"
                  "要求全县上下鼓足干劲，凝心聚力，确保完成全年各项目标任务。", 24)
    title = ["山河锦绣，岁月峥嵘（青溪论坛·70年·回望来时的路）"]
    body_b = wrap("七十年风雨兼程，七十年沧桑巨变。回望来时路，青溪人用勤劳的双手改变了家乡的面貌，"
                  "也用坚定的信念书写了新时代的奋斗篇章。", 13)
    arts = parse_structure(page(body_a, title, body_b)).articles
    assert [a.headline for a in arts] == [None, title[0]]
