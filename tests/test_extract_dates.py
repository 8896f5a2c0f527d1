"""Dates: written forms to ISO, the page year, and no guessing."""

from __future__ import annotations

import datetime as dt

import pytest

from banmian.extract import annotate, extract_text
from banmian.extract.dates import find_dates, page_year
from banmian.model import Article, Page


def values(text: str, year: int | None = None, published: dt.date | None = None) -> list[str]:
    return [d.value for d in find_dates(text, year=year, published=published)]


@pytest.mark.parametrize(
    ("text", "year", "published", "expected"),
    [
        ("1月30日，芗城区召开大会。", 2023, None, ["2023-01-30"]),
        ("3月3日下午，会议召开。", 2023, None, ["2023-03-03"]),
        ("2022年12月1日", None, None, ["2022-12-01"]),
        ("1月30日召开", None, None, ["--01-30"]),  # no year anywhere: ISO month-day
        ("30日，县长到村里。", None, dt.date(2023, 1, 31), ["2023-01-30"]),  # day only: month of the paper
        ("30日，县长到村里。", 2023, None, []),  # day only without a paper date: unknown
        ("12月30日", None, dt.date(2024, 1, 2), ["2023-12-30"]),  # last year's December in a January paper
        ("昨天，县长到村里。", None, dt.date(2023, 1, 31), ["2023-01-30"]),
        ("昨天，县长到村里。", 2023, None, []),  # relative days need the paper date
        ("近日，近3日，5日内完成。", 2023, None, []),
        ("去年11月18日，县长到村里。", None, dt.date(2023, 1, 31), ["2022-11-18"]),  # a year counted back
        ("前年5月6日开工，明年3月1日完工。", 2023, None, ["2021-05-06", "2024-03-01"]),
        ("2015年3月到任。同年7月16日，次年2月1日。", None, None, ["2015-07-16", "2016-02-01"]),  # the story's year
        ("同年7月16日，县长到村里。", 2023, None, ["--07-16"]),  # a story year nothing gives: month-day
        ("去年11月18日，县长到村里。", None, None, ["--11-18"]),
    ],
)
def test_find_dates(text: str, year: int | None, published: dt.date | None, expected: list[str]) -> None:
    assert values(text, year, published) == expected


def test_page_year_prefers_working_year_over_looking_back() -> None:
    assert page_year(["芗城区召开2023年度区委工作会", "2022年以来", "2022年以来成绩显著"]) == 2023
    assert page_year(["没有年份"]) is None


def test_year_precedence() -> None:
    page = Page(publication_date="2024-02-01", articles=[Article(paragraphs=["2023年度工作会召开。"])])
    assert annotate(page).year == 2024
    assert annotate(page, year=2020).year == 2020
    assert annotate(Page(articles=[Article(paragraphs=["2023年度工作会召开。"])])).year == 2023


def test_article_date_is_its_first_event() -> None:
    article = extract_text("人勤春来早。1月29日，区委书记石振棋到金峰开发区调研。\n2月3日，他又来到企业。", year=2023)
    assert article.date == "2023-01-29"


def test_article_without_date_stays_null() -> None:
    assert extract_text("近日，区委书记石振棋到金峰开发区调研。", year=2023).date is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("2015年12月9日，青溪县成立了公园管理局。", None),  # background years back: no news peg
        ("1月29日，区委书记石振棋到金峰开发区调研。", "2024-01-29"),
        ("2月5日至6日，全县将举办农民丰收节。", "2024-02-05"),  # announced for the coming days
    ],
)
def test_article_date_is_recent_news(lead: str, expected: str | None) -> None:
    page = Page(publication_date="2024-02-01", articles=[Article(paragraphs=[lead])])
    assert annotate(page).articles[0].date == expected
