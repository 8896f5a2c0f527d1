"""Paragraph ends on pages that keep no blank lines, on invented pages."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FIRST = ("今年以来，青溪县把老旧小区改造作为一件民生实事来抓，统筹各方资金和力量，"
         "全年计划改造小区四十二个，惠及居民一万余户，受到群众普遍欢迎好评。")
SECOND = "改造中，县里坚持先问需于民，再定方案，由居民议事会逐项商定改造内容。"


def test_sentence_one_cell_short_of_full_lines_ends_a_paragraph() -> None:
    first, second = wrap(FIRST, 14), wrap(SECOND, 14)
    assert len(first[-1]) == 13 and first[-1].endswith("。")
    art = parse_structure(page(["青溪县推进老旧小区改造"], [""], first, second)).articles[0]
    assert art.paragraphs == [FIRST, SECOND]


def test_line_one_cell_short_before_an_opening_quote_runs_on() -> None:
    text = FIRST[:-1] + "，“" + SECOND[2:]
    lines = wrap(text, 14)
    art = parse_structure(page(["青溪县推进老旧小区改造"], [""], lines)).articles[0]
    assert len(art.paragraphs) == 1


def test_line_one_cell_short_before_a_character_a_comma_follows_runs_on() -> None:
    # 好 could not go up: the comma after it would then open the next line, which no rule allows
    lines = [
        "今年以来，青溪县把老旧小区改造",
        "作为一件民生实事来抓，统筹各方",
        "资金和力量改造小区四十二个。",
        "好，群众说了算，县里坚持先问需",
        "于民，由居民议事会逐项商定改造",
        "内容，群众满意度明显提升。",
    ]
    art = parse_structure(page(["青溪县推进老旧小区改造"], [""], lines)).articles[0]
    assert len(art.paragraphs) == 1
