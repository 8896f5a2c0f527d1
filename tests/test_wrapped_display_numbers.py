"""Headlines set over two lines at a number or a two-character preposition (invented pages)."""

from __future__ import annotations

import pytest

from banmian.layout.roles import runs_on
from banmian.pipeline import parse_structure
from tests.pages import page

BODY = [
    "",
    "本报讯（记者 林一帆）3月3日，",
    "青溪县召开经济工作会议，总结",
    "去年工作，部署今年任务。县长",
    "李文博主持会议，县委书记王建",
    "明作讲话。",
]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("青溪县一季度工业产值增长7.", "4%，好于全省平均水平"),
        ("青溪县教育局公布二〇", "二五年度乡村教师招聘计划"),
        ("青溪县人民代表大会常务委员会关于", "召开第五次会议的决定"),
    ],
)
def test_a_headline_broken_inside_a_number_or_after_a_preposition_is_one_headline(first: str, second: str) -> None:
    """No display line ends after a decimal point, inside a number in Chinese digits with a zero,
    or on a preposition such as 关于: the line under it is the same headline's second half."""
    art = parse_structure(page([first, second, *BODY])).articles[0]
    assert (art.kicker, art.headline, art.subheadline) == (None, first + second, None)


def test_a_kicker_ending_on_a_chinese_numeral_without_zero_stays_apart() -> None:
    """Only a run of Chinese digits holding a zero is a number written out; 统一 / 一… is two lines."""
    assert not runs_on("青溪县推进城乡供水统一", "一张蓝图绘到底")
