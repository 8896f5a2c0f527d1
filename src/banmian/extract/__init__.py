"""Entity and event extraction: the `Page -> Page` stage after article reconstruction.

`annotate` fills the page year and, per article, its date, people, organisations, places,
events and campaigns. Every rule reads its words from a `Lexicon` (extract/data/*.txt plus user
files); the package lexicon is loaded on first use, or pass one built with `load_lexicon`.
"""

from __future__ import annotations

import datetime as dt

from banmian.extract.campaigns import find_campaigns
from banmian.extract.dates import dateline_date, find_dates, named_day, occurrence, page_year, parse_iso, same_day
from banmian.extract.events import cited_session, find_events
from banmian.extract.lexicon import Lexicon, LexiconError, default_lexicon, load_lexicon
from banmian.extract.orgs import find_orgs
from banmian.extract.people import find_people
from banmian.extract.places import find_places, resolve
from banmian.model import Article, Page, Place

__all__ = ["Lexicon", "LexiconError", "annotate", "extract_text", "load_lexicon"]

_LEAD_PARAGRAPHS = 2  # where an article without events takes its date from
# News reports what happened lately: a day more than a year before the paper came out (a
# feature's 1999年…, 2015年12月9日…) is background, not the article's date.
_NEWS_DAYS = dt.timedelta(days=366)
_AHEAD_DAYS = dt.timedelta(days=7)  # announcements of what happens in the coming days


def annotate(page: Page, *, year: int | None = None, lexicon: Lexicon | None = None) -> Page:
    """Fill `page.year` and every article's entities, events and date; returns the same page.

    The year is the explicit `year`, else that of `page.publication_date`, else the one the
    page text points at (`dates.page_year`), else None.
    """
    lex = lexicon or default_lexicon()
    published = parse_iso(page.publication_date)
    if year is None and published:
        year = published.year
    if year is None:
        year = page_year([t for a in page.articles for t in (*a.paragraphs, *a.captions, a.headline or "")])
    page.year = year
    places = [find_places(a.paragraphs, lex) for a in page.articles]
    page_places = [p for ps in places for p in ps]
    for article, own in zip(page.articles, places, strict=True):
        resolve(own, own + page_places, lex)
        _annotate_article(article, own, year=year, published=published, lex=lex)
    return page


def extract_text(text: str, *, year: int | None = None, lexicon: Lexicon | None = None) -> Article:
    """Annotate bare text (one paragraph a line) as a single article: for benchmarks and tests."""
    article = Article(paragraphs=[p for p in text.splitlines() if p.strip()])
    annotate(Page(articles=[article]), year=year, lexicon=lexicon)
    return article


def _annotate_article(
    article: Article, places: list[Place], *, year: int | None, published: dt.date | None, lex: Lexicon
) -> None:
    paras = article.paragraphs
    article.people = find_people(paras, lex, article.byline)
    names = [p.name for p in article.people]
    article.organizations = find_orgs(paras, lex, names)
    article.places = places
    # 今天 / 9日 are relative to the dateline (本报杭州10月8日电), which may precede publication
    ref = dateline_date(article.byline.source if article.byline else None, published) or published
    dates = [find_dates(p, year=year, published=ref) for p in paras]
    dates = same_day(paras, dates, lex.words("same_day"))
    # the lead's first day that dates something done (not 记者9日获悉, 自9月2日起, 截至10月8日)
    lead_days = zip(paras, dates[:_LEAD_PARAGRAPHS], strict=False)
    lead = next((d.value for text, days in lead_days for d in days if occurrence(text, d)), None)
    article.events = find_events(
        paras,
        lex,
        people=article.people,
        orgs=article.organizations,
        places=places,
        dates=dates,
        # the lead's own day, not one named for what it is (17日是第六个国家扶贫日。16日至17日，…举行)
        default_date=next((d.value for d in dates[0] if not named_day(paras[0], d)), None) if dates else None,
    )
    candidates = [e.date for e in article.events if e.date and not cited_session(e, lex)] + ([lead] if lead else [])
    article.date = next((d for d in candidates if _recent(d, published)), None)
    article.campaigns = find_campaigns(paras, lex)


def _recent(value: str, published: dt.date | None) -> bool:
    """Whether a date may be the news of a paper published on `published` (unknown: yes)."""
    day = parse_iso(value)
    return day is None or published is None or published - _NEWS_DAYS <= day <= published + _AHEAD_DAYS
