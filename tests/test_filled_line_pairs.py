"""Narrow columns (6-9 cells): invented pages, one behaviour each."""

from banmian.pipeline import parse_structure
from tests.pages import page

# A 7-cell column; a column break falls after two unmarked full lines.
NARROW_BODY = [
    "今年以来，青溪",
    "县新建道路四十",
    "公里，里程为十",
    "年来最长的一年。",
    "新修的环湖绿道",
    "连通沿岸八个村",
    "",
    "庄，方便群众出",
    "行。县交通局表",
    "示，明年还将改",
    "造乡村公路二十",
    "公里，进一步完",
    "善路网。",
]


def test_two_unmarked_full_lines_under_a_full_line_run_on_in_a_narrow_column():
    arts = parse_structure(page(["青溪县路网更通畅", "", *NARROW_BODY])).articles
    assert [a.headline for a in arts] == ["青溪县路网更通畅"]
    assert "新修的环湖绿道连通沿岸八个村庄，方便群众出行。" in arts[0].paragraphs[-1]
