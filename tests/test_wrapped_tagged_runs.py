"""Wrapped headline blocks on invented pages (flow._tagged_runs)."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FIRST = wrap("本报讯（记者林一帆）入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多。"
             "保护区管理处在湿地周边增设了观测点，组织志愿者开展巡护。", 12)
SECOND = wrap("今年以来，青溪县新增就业岗位三千多个，完成全年任务的八成以上。县人社局负责人介绍，"
              "全县开展了多轮招聘活动，帮助返乡青年就近就业。", 12)


def test_a_kicker_and_a_tagged_headline_each_broken_in_two_head_the_text_under_them():
    """Four lines after a finished paragraph, no sentence in them, the last closed by a column's
    tag and a blank line under it: a kicker and a headline set over two lines each, not a paragraph."""
    title = ["前三季度青溪县新增就业3", "千多人，岗位供给稳中有升", "返乡青年就业渠道怎样拓", "宽？（县域经济观察②）"]
    second = parse_structure(page(FIRST, [""], title, [""], SECOND)).articles[-1]
    assert second.headline == "返乡青年就业渠道怎样拓宽？（县域经济观察②）"
    assert second.kicker == "前三季度青溪县新增就业3千多人，岗位供给稳中有升"
    assert second.paragraphs[0].startswith("今年以来")


def test_the_run_may_sit_right_over_the_texts_indented_first_line():
    """No blank line under the title: the text's first line set in by an indent shows where it starts."""
    title = ["青溪、白石、云岭三县扎实开", "展秋冬季农田水利建设——",
             "抓好冬修水利保障来年春", "耕（乡村振兴一线·秋冬篇）"]
    body = ["\u3000\u3000" + SECOND[0], *SECOND[1:]]
    second = parse_structure(page(FIRST, [""], title, body)).articles[-1]
    assert second.headline == "抓好冬修水利保障来年春耕（乡村振兴一线·秋冬篇）"
    assert second.paragraphs[0].startswith("今年以来")
