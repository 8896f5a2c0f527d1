"""How wide a page sets digits and Latin letters, learned from the page (invented text)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from banmian.text.lines import latin_cells, to_lines

TEXT = ("青溪县今年计划完成高标准农田建设3.2万亩，新建灌溉渠道120公里，改造提升泵站18座，项目总投资约"
        "4.5亿元，县农业农村局负责人介绍，全县已完成招标的项目有26个，其余项目将在6月底前全部开工建设。")
# A column of 16 cut by character count: a digit takes a whole character's place.
BY_CHARS = [TEXT[i : i + 16] for i in range(0, len(TEXT), 16)]


def typeset(text: str, width: float) -> list[str]:
    """The same column typeset: a digit is half a cell, so a line with digits holds more characters."""
    lines, line = [], ""
    for ch in text:
        if width_of(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def width_of(s: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in s)


TYPESET = typeset(TEXT, 16)


def measured(lines: list[str]) -> list[tuple[float, str, int]]:
    return [(0.0, line, sum(ch.isascii() for ch in line)) for line in lines]


def test_a_dump_cut_by_character_count_counts_digits_whole() -> None:
    assert latin_cells(measured(BY_CHARS)) == 1.0
    widths = [line.width for line in to_lines("\n".join(BY_CHARS))]
    assert set(widths[:-1]) == {16.0}


def test_a_typeset_page_sets_digits_in_half_a_cell() -> None:
    assert latin_cells(measured(TYPESET)) == 0.5
    assert {line.width for line in to_lines("\n".join(TYPESET))[:-1]} <= {15.5, 16.0}


def test_a_page_without_telling_lines_keeps_half_cells() -> None:
    assert latin_cells(measured(["青溪县今年计划完成高标准农田建设", "全县已完成招标的项目有2个"])) == 0.5


def test_one_paragraph_when_lines_are_cut_by_character_count() -> None:
    """Measured in half cells, the digit lines look short and would end paragraphs."""
    page = "\n".join(["青溪县推进高标准农田建设", "", *BY_CHARS])
    [article] = parse_structure(page).articles
    assert article.headline == "青溪县推进高标准农田建设"
    assert len(article.paragraphs) == 1
