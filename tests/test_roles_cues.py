"""Headline roles of unmarked two-line blocks on small invented pages (layout.roles)."""

from __future__ import annotations

import pytest

from banmian.pipeline import parse_structure
from tests.pages import MEETING_BODY


def roles_of(first: str, second: str) -> tuple[str | None, str | None, str | None]:
    art = parse_structure("\n".join([first, second, "", *MEETING_BODY]) + "\n").articles[0]
    return art.kicker, art.headline, art.subheadline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a list closed by 等 gives the details of the claim above
        ("青溪县秋粮收购进展顺利", "稻谷玉米大豆等品种均已开秤"),
        # a line opening on a verb of saying has dropped its subject: it continues the one above
        ("青溪各界热议乡村振兴规划", "认为产业兴旺是关键所在"),
        # a line far longer than the other is no display line
        ("王建明会见来访客商", "双方就共同建设青溪县智慧农业产业园和农产品冷链物流中心达成合作意向"),
        # a deadline and what will follow it is the next step, below the news
        ("青溪县老旧小区改造提速", "年底前将完成全部外墙翻新"),
        # a rate (翻番) supports the display line like a percentage does
        ("青溪县茶叶产业量质齐升", "茶农收入三年翻番"),
    ],
)
def test_supporting_second_line_is_the_subheadline(first: str, second: str) -> None:
    assert roles_of(first, second) == (None, first, second)


def test_plain_pair_still_reads_kicker_then_headline() -> None:
    """Without any of these cues the usual reading, kicker over headline, stands."""
    assert roles_of("青溪县深化农村改革", "小山村走出致富新路") == ("青溪县深化农村改革", "小山村走出致富新路", None)


def test_an_approximate_count_below_a_short_line_is_the_subheadline() -> None:
    """A short first line usually tags a kicker, but 超…/…余 counts are supporting detail."""
    assert roles_of("青溪秋招会", "超300家企业提供岗位") == (None, "青溪秋招会", "超300家企业提供岗位")


def test_a_prize_grade_is_no_list() -> None:
    """一等奖 is one word, not a list closed by 等: the default reading stands."""
    assert roles_of("青溪县举办青年创新大赛", "小山村团队摘得一等奖")[0] == "青溪县举办青年创新大赛"
