"""Typed values passed between pipeline stages.

Every stage takes one of these and returns the next; `Page.to_dict()` is the page contract
documented in README and published as `schema/page.schema.json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Line:
    """One physical line of the source after normalisation.

    `width` is the display width in full-width cells (CJK = 1, ASCII = 0.5): column widths are
    learned from it. `indent` records leading white space in the raw line, a paragraph-start hint;
    `spaced` marks a letter-spaced (justified) line, which fills its column whatever its length;
    `plain` is the text without justification spaces, what patterns are matched against;
    `margin` is the leading white space in cells; `raw` is the line as found, before its
    characters were repaired: the forms of its marks (，or , “ or ﹃) tell whose text it is.
    """

    no: int
    text: str
    width: float
    plain: str = ""
    indent: bool = False
    blank: bool = False
    spaced: bool = False
    margin: float = 0.0
    raw: str = ""


@dataclass(slots=True)
class Byline:
    """Who wrote and photographed an article, parsed from 本报讯（…）-style credits.

    `reporters` are everyone credited for the text (记者, 通讯员, 文), `photographers` everyone
    credited for pictures (图, 摄); `credits` keeps each name with the role word the paper used.
    """

    source: str | None = None
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    credits: list[tuple[str, str]] = field(default_factory=list)
    raw: str = ""

    @property
    def correspondents(self) -> list[str]:
        return [name for name, role in self.credits if role == "通讯员"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "reporters": list(self.reporters),
            "photographers": list(self.photographers),
            "credits": [{"name": n, "role": r} for n, r in self.credits],
            "raw": self.raw,
        }


@dataclass(slots=True)
class Mention:
    """Where an entity occurs: paragraph index and character offsets into that paragraph."""

    paragraph: int
    start: int
    end: int

    def to_list(self) -> list[int]:
        return [self.paragraph, self.start, self.end]


@dataclass(slots=True)
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "titles": list(self.titles)}
        if self.role:
            d["role"] = self.role
        d["mentions"] = [m.to_list() for m in self.mentions]
        return d


@dataclass(slots=True)
class Organization:
    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "mentions": [m.to_list() for m in self.mentions]}


@dataclass(slots=True)
class Place:
    name: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    kind: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "province": self.province,
            "city": self.city,
            "county": self.county,
            "kind": self.kind,
            "mentions": [m.to_list() for m in self.mentions],
        }


@dataclass(slots=True)
class Event:
    type: str
    date: str | None = None
    actors: list[str] = field(default_factory=list)
    place: str | None = None
    visited: list[str] = field(default_factory=list)
    accompanied_by: list[str] = field(default_factory=list)
    trigger: str | None = None
    paragraph: int | None = None
    attendees: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "date": self.date,
            "actors": list(self.actors),
            "place": self.place,
            "visited": list(self.visited),
            "accompanied_by": list(self.accompanied_by),
            "trigger": self.trigger,
            "paragraph": self.paragraph,
            "attendees": list(self.attendees),
        }


@dataclass(slots=True)
class Article:
    paragraphs: list[str] = field(default_factory=list)
    kicker: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    highlights: list[str] = field(default_factory=list)
    byline: Byline | None = None
    captions: list[str] = field(default_factory=list)
    date: str | None = None
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "highlights": list(self.highlights),
            "byline": self.byline.to_dict() if self.byline else None,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "date": self.date,
            "people": [p.to_dict() for p in self.people],
            "organizations": [o.to_dict() for o in self.organizations],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "campaigns": list(self.campaigns),
        }


@dataclass(slots=True)
class Page:
    source: str | None = None
    publication: str | None = None
    publication_date: str | None = None
    year: int | None = None
    page_number: str | None = None
    edition: str | None = None
    editors: dict[str, list[str]] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "publication": self.publication,
            "publication_date": self.publication_date,
            "year": self.year,
            "page_number": self.page_number,
            "edition": self.edition,
            "editors": {k: list(v) for k, v in self.editors.items()},
            "articles": [a.to_dict() for a in self.articles],
            "unassigned": list(self.unassigned),
        }
