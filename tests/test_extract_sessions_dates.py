"""Event and date rules of this round, each on an invented sentence (places and names made up).

Every test fails on the rules before the round (base) and passes with them (proto), except the
guard marked as such, which holds on both and keeps a cited session from dating the article.
"""

from __future__ import annotations

import pytest

from banmian.extract import annotate, extract_text
from banmian.model import Article, Page


def events(text: str, year: int = 2023) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.date, e.actors) for e in extract_text(text, year=year).events]


def article_date(text: str, published: str = "2024-02-01") -> str | None:
    page = Page(publication_date=published, articles=[Article(paragraphs=text.splitlines())])
    return annotate(page).articles[0].date


# --- a dated session acting as subject is a meeting -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3月8日，青溪区政府第十二次常务会议审议通过了《青溪镇老旧小区改造方案》。",
        "2021年6月3日，青溪县委全面深化改革委员会第五次会议审议通过《河长制试点方案》，明确了时间表。",
        "9月5日，青溪区委常委会会议研究了秋季森林防火工作。",
    ],
)
def test_dated_session_is_meeting(text: str) -> None:
    assert [(t, a) for t, _, a in events(text)] == [("meeting", [])]
    assert events(text)[0][1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "会议审议通过了《青溪镇老旧小区改造方案》。",  # no day of its own: the session was told before
        "3月8日，青溪区人大常委会审议了《物业管理条例（草案）》。",  # no session named (会议) before it
        "3月8日，青溪区农科所研究了水稻新品种。",  # research, no session
    ],
)
def test_undated_or_unnamed_session_is_none(text: str) -> None:
    assert events(text) == []


def test_cited_session_does_not_date_article() -> None:
    """Guard (holds on base too): a session recalled as background leaves the article its own day."""
    text = (
        "2023年11月2日，青溪县委全面深化改革委员会第五次会议审议通过了《试点方案》。\n"
        "1月20日，县委书记石振棋到试点村调研。"
    )
    assert article_date(text) == "2024-01-20"


# --- the lead's fallback date is a day something was done -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "记者5日从青溪县文旅局获悉：全县今年已接待游客300万人次。",  # the day the news was heard
        "自1月15日起，青溪县图书馆每天延长开放两小时。",  # the start of a habit
        "截至1月31日，青溪区已发放种粮补贴2000万元。",  # the end of a period counted
    ],
)
def test_lead_day_that_dates_nothing_is_no_article_date(text: str) -> None:
    assert article_date(text) is None


def test_lead_skips_to_the_day_of_an_occurrence() -> None:
    text = "截至1月20日，青溪区已建成新能源充电桩300个。\n1月26日，又一批充电桩在青溪镇投入使用。"
    assert article_date(text) == "2024-01-26"
