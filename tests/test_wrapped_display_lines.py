"""Display lines set over two lines (a long headline, kicker or subheadline broken where its box ends)."""

from __future__ import annotations

from banmian.layout.roles import assign_roles
from banmian.pipeline import parse_structure
from tests.pages import MEETING_BODY, page


def test_a_compound_cut_between_two_words_stays_two_roles() -> None:
    assert assign_roles(["青溪县人民政府发布通令", "嘉奖抗洪抢险先进集体"])[0] == "青溪县人民政府发布通令"


def test_a_number_cut_from_its_unit_is_one_headline() -> None:
    assert assign_roles(["青溪县隆重纪念建县120", "周年座谈会在县城举行"]) == (
        None, "青溪县隆重纪念建县120周年座谈会在县城举行", None)


def test_a_column_tag_alone_on_a_line_closes_the_headline_above() -> None:
    assert assign_roles(["青溪县茶农的好日子", "（山乡新貌·茶香四溢）"]) == (
        None, "青溪县茶农的好日子（山乡新貌·茶香四溢）", None)


def test_a_bracketed_date_alone_on_a_line_is_still_a_subheadline() -> None:
    assert assign_roles(["在青溪县教育大会上的讲话", "（2025年3月3日）"])[2] == "（2025年3月3日）"


def test_a_dashed_subheadline_cut_from_its_unit_keeps_its_second_half() -> None:
    # 30 is parted from 年; the text follows with no blank line
    head = ["把好日子写在青山间", "——记在山村从教30", "年的乡村教师林晓燕"]
    art = parse_structure(page(head, MEETING_BODY)).articles[0]
    assert art.subheadline == "——记在山村从教30年的乡村教师林晓燕"
    assert art.paragraphs[0].startswith("3月3日")
