"""Shortcuts the structure stage takes for speed: each gives what the slower form it replaced gave
(a line's last characters looked up in sets, a page split on line feeds, prechecks before
searches). Invented text throughout."""

from __future__ import annotations

import pytest

from banmian.layout.flow import _hung, _mid_sentence, ends_sentence
from banmian.layout.page import _bigrams, _shared, _untagged
from banmian.pipeline import parse_structure
from banmian.text.lines import _NEWLINES, _physical_lines
from tests.pages import MEETING_BODY, WETLAND_LEAD, one_article, page


@pytest.mark.parametrize(("text", "hung"), [
    ("青溪县召开经济工作会议", 0),
    ("部署今年任务。", 1),
    ("他说：“干就完了。”", 2),
    ("真的吗？”）", 2),  # three marks at the end: at most two hang past the edge
    ("。", 1),
    ("", 0),
])
def test_marks_hung_past_the_column_edge_are_counted_up_to_two(text: str, hung: int) -> None:
    assert _hung(text) == hung


@pytest.mark.parametrize(("text", "ends"), [
    ("明作讲话。", True),
    ("他说：“先把渠修好。”", True),
    ("真能修好吗？”）", True),
    ("具体安排如下：", True),
    ("一是抓项目；", True),
    ("青溪县召开经济工作会议，总结", False),
    ("（乡村振兴）", False),
    ("”", False),
    ("", False),
])
def test_a_sentence_or_lead_in_ends_before_any_closing_marks(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@pytest.mark.parametrize(("text", "mid"), [
    ("青溪县召开经济工作会议，", True),
    ("县长李文博在《", True),
    ("他说“", True),
    ("明作讲话。", False),
    ("青溪湿地", False),
    ("", False),
])
def test_a_line_broken_off_on_a_clause_or_opening_mark(text: str, mid: bool) -> None:
    assert _mid_sentence(text) is mid


@pytest.mark.parametrize("text", [
    "青溪湿地\n迎来候鸟\n",
    "青溪湿地\r\n迎来候鸟\r\n\r\n本报讯",
    "青溪湿地\r迎来候鸟\u2028本报讯\u2029记者\x0c林一帆",
    "一行\n",
    "",
])
def test_a_page_splits_into_the_same_lines_whatever_its_line_breaks(text: str) -> None:
    assert _physical_lines(text) == _NEWLINES.split(text)


def test_a_page_with_carriage_returns_parses_as_with_line_feeds() -> None:
    text = page(WETLAND_LEAD)
    assert parse_structure(text.replace("\n", "\r\n")).to_dict() == parse_structure(text).to_dict()


def test_a_pair_counts_only_where_its_two_characters_stand_together() -> None:
    # 溪湿: both characters are in the body, never side by side
    assert _shared(_bigrams("青溪湿地"), "青溪县湿地保护区") == pytest.approx(2 / 3)
    assert _shared(_bigrams("候鸟归来"), "青溪县湿地保护区") == 0.0
    assert _shared(set(), "青溪县湿地保护区") == 0.0


@pytest.mark.parametrize(("text", "bare"), [
    ("湿地里的新客人（乡村振兴）", "湿地里的新客人"),
    ("湿地里的新客人", "湿地里的新客人"),
    ("甲（乡村振兴）", "甲（乡村振兴）"),  # too little would be left
    ("（乡村振兴）", "（乡村振兴）"),
])
def test_a_final_column_tag_is_left_out_of_a_title_probe(text: str, bare: str) -> None:
    assert _untagged(text) == bare


def test_editor_and_hotline_lines_are_still_found_after_the_precheck() -> None:
    foot = ["", "本版责编：林思远", "新闻热线：0596-1234567"]
    p = parse_structure(page(MEETING_BODY, foot))
    assert p.editors == {"责编": ["林思远"]}
    assert p.unassigned == ["新闻热线：0596-1234567"]
    assert all("热线" not in para and "责编" not in para for a in p.articles for para in a.paragraphs)


def test_full_lines_running_on_from_unfinished_text_stay_in_their_paragraph() -> None:
    assert one_article(page(MEETING_BODY)) == ["3月3日，青溪县召开经济工作会议，总结去年工作，部署今年任务。"
                                                "县长李文博主持会议，县委书记王建明作讲话。"]
