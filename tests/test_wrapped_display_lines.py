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


def test_a_line_broken_inside_a_word_is_one_headline() -> None:
    # 示范 is cut in two: no editor breaks a display line inside a word
    assert assign_roles(["青溪县全力打造乡村振兴示", "范带建设取得阶段成效"]) == (
        None, "青溪县全力打造乡村振兴示范带建设取得阶段成效", None)


def test_a_line_ending_on_a_conjunction_is_one_headline() -> None:
    assert assign_roles(["青溪县全面提升城市治理水平与", "服务群众能力"]) == (
        None, "青溪县全面提升城市治理水平与服务群众能力", None)


def test_a_line_opening_on_a_particle_is_one_headline() -> None:
    assert assign_roles(["青溪县聚焦群众最关心最直接", "的现实利益问题"]) == (
        None, "青溪县聚焦群众最关心最直接的现实利益问题", None)


def test_a_word_ending_on_a_particle_character_leaves_two_lines() -> None:
    # 导向 ends on 向 and 了解 opens on 了, but each is a whole word: the break is between words
    assert assign_roles(["坚持以人民为中心的发展导向", "了解群众冷暖办好民生实事"])[0] == "坚持以人民为中心的发展导向"


def test_a_headline_broken_inside_a_word_stays_whole_on_the_page() -> None:
    head = ["青溪县全力打造乡村振兴示", "范带建设取得阶段成效"]
    art = parse_structure(page(head, MEETING_BODY)).articles[0]
    assert art.headline == "青溪县全力打造乡村振兴示范带建设取得阶段成效"
    assert art.kicker is None
