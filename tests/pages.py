"""Building blocks of the invented pages the layout tests parse."""

from __future__ import annotations

import banmian
from banmian.pipeline import parse_structure

# A news lead a page can open with (its column is 18 cells).
WETLAND_LEAD = [
    "青溪湿地迎来候鸟",
    "",
    "本报讯（记者 林一帆）入冬以来，青溪",
    "湿地保护区陆续迎来越冬候鸟，数量比",
    "去年同期明显增多。",
]

# A county meeting's report, dateline first (its column is 14 cells).
MEETING_BODY = [
    "本报讯（记者 林一帆）3月3日，",
    "青溪县召开经济工作会议，总结",
    "去年工作，部署今年任务。县长",
    "李文博主持会议，县委书记王建",
    "明作讲话。",
]


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap full-width text into column lines of `width` characters, a mark that may not
    open a line hung at the end of the line before."""
    lines: list[str] = []
    for i in range(0, len(text), width):
        part = text[i:i + width]
        if lines and part[0] in "，。、；：！？）”":
            lines[-1], part = lines[-1] + part[0], part[1:]
        if part:
            lines.append(part)
    return lines


def indented(text: str, width: int) -> list[str]:
    """A paragraph set in by two ideographic spaces, hard-wrapped to `width` cells."""
    return wrap("\u3000\u3000" + text, width)


def page(*chunks: list[str]) -> str:
    """A page's text from chunks of lines."""
    return "\n".join(line for chunk in chunks for line in chunk) + "\n"


def one_article(text: str) -> list[str]:
    """The paragraphs of the page's one article (the page must not be split)."""
    arts = parse_structure(text).articles
    assert len(arts) == 1
    return arts[0].paragraphs


def heads_and_starts(text: str) -> list[tuple[str | None, str]]:
    """Each article's headline and the first six characters of its text: enough to tell which
    article a page was cut into where, and where a headline went."""
    return [(a.headline, a.paragraphs[0][:6]) for a in parse_structure(text).articles]


def heads_of(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """Each article's kicker, headline and subheadline, and the first 8 characters of its text."""
    page = banmian.parse(text)
    return [(a.kicker, a.headline, a.subheadline, a.paragraphs[0][:8]) for a in page.articles]


def blocks_of(text: str) -> list[tuple[str | None, str | None, str | None, list[str]]]:
    """Each article's kicker, headline and subheadline, and all its paragraphs."""
    page = banmian.parse(text)
    return [(a.kicker, a.headline, a.subheadline, a.paragraphs) for a in page.articles]
