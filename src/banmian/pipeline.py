"""The ordered list of stages: source -> lines -> blocks -> articles -> entities."""

from __future__ import annotations

from pathlib import Path

from banmian.extract import annotate
from banmian.extract.lexicon import Lexicon
from banmian.layout.page import build_page
from banmian.model import Page
from banmian.settings import Settings
from banmian.sources.text import read_page_file
from banmian.text.lines import to_lines


def parse_structure(text: str, *, source: str | None = None, settings: Settings | None = None) -> Page:
    """Reconstruct articles (no entity extraction): the structure stage on its own."""
    return build_page(to_lines(text), source=source, settings=settings)


def parse(
    text: str,
    *,
    source: str | None = None,
    year: int | None = None,
    lexicon: Lexicon | None = None,
    settings: Settings | None = None,
) -> Page:
    """Parse the raw text of one newspaper page into a `Page` with articles and entities.

    `lexicon` (from `banmian.extract.load_lexicon`) adds a user's titles, bodies, names …;
    `settings` (from `banmian.load_settings`) changes the layout thresholds.
    """
    return annotate(parse_structure(text, source=source, settings=settings), year=year, lexicon=lexicon)


def parse_file(
    path: str | Path, *, year: int | None = None, lexicon: Lexicon | None = None, settings: Settings | None = None
) -> Page:
    """Read a page file in any common Chinese encoding and parse it."""
    return parse(read_page_file(path), source=Path(path).name, year=year, lexicon=lexicon, settings=settings)
