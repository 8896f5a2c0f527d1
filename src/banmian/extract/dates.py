"""Dates: written forms (1月30日, 30日, 昨天, 2023年度) resolved to ISO strings.

A date is never guessed: the year comes from the text, the page year or the publication date;
a month-day whose year nothing gives is written ``--MM-DD``; a day-only or relative date
without the publication date to count from stays None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

# 2023年1月30日 / 1月30日 / 30日 (not 近3日, 第30日, the end of 1日至30日 …); a range of days
# written once (14至15日, 14—15日) is its first day
DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m>1[0-2]|0?[1-9])\s*月\s*)?"
    r"(?<![\d至到近前后每第连续个数])(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?:\s*(?:至|到|—|－|-|~)\s*(?:3[01]|[12]\d|0?[1-9]))?\s*日(?!\s*(?:内|以内|之内))"
)
RELATIVE = re.compile(r"昨天|昨日|今天|今日|前天|明天|明日")
RELATIVE_DAYS = {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "前天": -2, "明天": 1, "明日": 1}
_DIGITS = re.compile(r"\d+")
# a year written as a word before a month-day: counted from the publication year (去年11月18日) or
# from the last year the story wrote (2015年3月…同年7月16日)
_OWN_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
_STORY_YEAR = {"同年": 0, "当年": 0, "次年": 1}
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?P<k>度)?(?!\s*(?:以来|前|以前|之前|底前))")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text: where, and its ISO value (``YYYY-MM-DD`` or ``--MM-DD``)."""

    start: int
    end: int
    value: str


def page_year(texts: list[str]) -> int | None:
    """The year a page is about, from its text, when no masthead date says it.

    A full date (2023年1月30日) weighs most, then 2023年度 (a working year), then a bare 2023年.
    Years written with 以来 / 以前 look back and do not count; the heaviest year wins, the later
    one on a tie, since pages mention past years more often than future ones alongside their own.
    """
    score: Counter[int] = Counter()
    for text in texts:
        for m in _dates_in(text):
            if m.group("y") and m.group("m"):
                score[int(m.group("y"))] += 3
        for m in YEAR.finditer(text):
            score[int(m.group("y"))] += 2 if m.group("k") else 1
    if not score:
        return None
    return max(score, key=lambda y: (score[y], y))


def find_dates(text: str, *, year: int | None, published: dt.date | None) -> list[DateMention]:
    """Every resolvable date in `text`, in order."""
    out = []
    for m in _dates_in(text):
        value = _resolve(m, year, published, _year_word(text, m.start(), year, published))
        if value:
            out.append(DateMention(m.start(), m.end(), value))
    if published:
        for m in RELATIVE.finditer(text):
            day = published + dt.timedelta(days=RELATIVE_DAYS[m.group()])
            out.append(DateMention(m.start(), m.end(), day.isoformat()))
    out.sort(key=lambda d: d.start)
    return out


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of words, the longest tried first (compiled once per list)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def same_day(texts: list[str], dates: list[list[DateMention]], words: list[str]) -> list[list[DateMention]]:
    """当天 / 当日 / 同日 name the day told last before them, in the paragraph or an earlier one
    (9月25日上午，…召开座谈会。当天下午，…赴徐汇区督导): each becomes a mention of that day."""
    if not words:
        return dates
    pattern = _any_of(tuple(words))
    out: list[list[DateMention]] = []
    last: str | None = None
    for text, days in zip(texts, dates, strict=True):
        found = list(days)
        for m in pattern.finditer(text):
            told = [d.value for d in days if d.end <= m.start()]
            value = told[-1] if told else last
            if value and not any(d.start <= m.start() < d.end for d in days):
                found.append(DateMention(m.start(), m.end(), value))
        found.sort(key=lambda d: d.start)
        out.append(found)
        if found:
            last = found[-1].value
    return out


# a day that dates no occurrence: when the reporter learnt the news (记者9日从…获悉) or the start or
# end of a period (自9月2日起每天播出, 自3月…至7月10日截稿, 截至10月8日); a day announced ahead
# (5日至6日，全县将举办…) still dates the article.
_SOURCE_AFTER = re.compile(r"[^，。；]{0,16}?(?:获悉|了解到|得知)|\s*起")
_PERIOD_BEFORE = re.compile(r"(?:至|到|截至|截止)\s*$")
# a day named for what it is (17日是第六个国家扶贫日, 10月16日是世界粮食日): no occurrence on it is told
_NAMED_DAY = re.compile(r"是[^，。；“”]{0,16}(?:日|节)[，。；]")


def occurrence(text: str, mention: DateMention) -> bool:
    """Whether a date in `text` may be the day of what an article reports, not the day a source was
    heard or a period's edge: the article's fallback date skips the others."""
    return not (_SOURCE_AFTER.match(text, mention.end) or _PERIOD_BEFORE.search(text, 0, mention.start))


def named_day(text: str, mention: DateMention) -> bool:
    """Whether the date is named for what the day is (17日是第六个国家扶贫日): it dates no event."""
    return bool(_NAMED_DAY.match(text, mention.end))


def _dates_in(text: str) -> list[re.Match[str]]:
    """DATE matches, tried only where a number starts: a date always begins with a digit, and
    a regex opening with optional groups would otherwise be tried at every character."""
    out: list[re.Match[str]] = []
    taken = 0
    for run in _DIGITS.finditer(text):
        if run.start() < taken:
            continue
        m = DATE.match(text, run.start())
        if m:
            out.append(m)
            taken = m.end()
    return out


def _year_word(text: str, start: int, year: int | None, published: dt.date | None) -> int | None:
    """The year a word right before a date names (去年, 同年), None without such a word, 0 when
    nothing gives the year it counts from."""
    word = text[max(0, start - 2) : start]
    if word in _OWN_YEAR:
        base = published.year if published else year
        return base + _OWN_YEAR[word] if base else 0
    if word in _STORY_YEAR:
        written = [int(y.group()) for y in _WRITTEN_YEAR.finditer(text, 0, start)]
        return written[-1] + _STORY_YEAR[word] if written else 0
    return None


def _resolve(m: re.Match[str], year: int | None, published: dt.date | None, named: int | None) -> str | None:
    day = int(m.group("d"))
    if not m.group("m"):  # 30日: the month of the publication date (or the one before)
        if not published or day > 31:
            return None
        month, y = published.month, published.year
        if day > published.day:
            month, y = (month - 1, y) if month > 1 else (12, y - 1)
        return _iso(y, month, day)
    month = int(m.group("m"))
    if m.group("y"):
        return _iso(int(m.group("y")), month, day)
    if named is not None:  # 去年11月18日, 同年7月16日
        return _iso(named, month, day) if named else f"--{month:02d}-{day:02d}"
    if published:  # 12月30日 read in a January paper is last year's
        y = (
            published.year - 1
            if (month, day) > (published.month, published.day) and month - published.month > 6
            else published.year
        )
        return _iso(y, month, day)
    if year:
        return _iso(year, month, day)
    return f"--{month:02d}-{day:02d}"


def _iso(y: int, month: int, day: int) -> str | None:
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None


_DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日电")


def dateline_date(source: str | None, published: dt.date | None) -> dt.date | None:
    """The day of a dateline (本报杭州10月8日电) in the year of publication: the reference for
    今天 and day-only dates of the story; None without a dateline or a publication date."""
    m = _DATELINE.search(source or "")
    if not m or published is None:
        return None
    try:
        day = dt.date(published.year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None
    if day > published:  # 12月31日电 printed on 1 January
        day = day.replace(year=day.year - 1)
    return day


def parse_iso(value: str | None) -> dt.date | None:
    """The publication date as a date, or None when absent or not a full ISO date."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
