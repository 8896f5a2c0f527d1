"""Word lists the extractors are built from, loaded from plain text files.

Rules live in data so that a user can extend them without touching code (jieba's userdict
habit): UTF-8, one entry a line, `#` starts a comment, columns separated by white space.
A user file named like a package file (``titles.txt``, ``surnames.txt`` …) is merged into that
list. Nothing is read at import time: `load_lexicon` builds a `Lexicon` once and callers pass
it on explicitly; compiled patterns are cached on the instance that owns the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: list name -> allowed tag sets, one per extra column (empty tuple: a bare term).
SCHEMA: dict[str, tuple[frozenset[str], ...]] = {
    "titles": (),
    "title_modifiers": (),
    "company_heads": (),
    "levels": (),
    "surnames": (),
    "not_names": (),
    "address_terms": (),
    "name_follow": (),
    "not_places": (),
    "countries": (frozenset({"country", "region", "intl"}),),
    "translit_chars": (),
    "tibetan_names": (),
    "post_notes": (),
    "project_heads": (),
    "not_projects": (),
    "gov_bodies": (frozenset({"party", "government", "other"}),),
    "not_orgs": (),
    "org_industries": (),
    "function_chars": (),
    "org_suffixes": (
        frozenset({"company", "project", "government", "party", "other"}),
        frozenset({"legal", "short"}),
    ),
    "place_suffixes": (frozenset({"zone", "town", "subdistrict", "village"}),),
    "left_stops": (frozenset({"any", "start"}),),
    "campaign_words": (frozenset({"end", "follow"}),),
    "speakers": (frozenset({"verb", "role", "view"}),),
    "same_day": (),
    "events": (
        frozenset({"meeting", "inspection", "award", "deployment"}),
        frozenset({"actor", "attendee", "companion", "open", "session"}),
    ),
}

Entry = tuple[str, ...]


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names file and line (code BM301)."""


def read_entries(path: str | Path, name: str | None = None) -> list[Entry]:
    """Parse one lexicon file into entries ``(term, tag…)``, checking columns against `SCHEMA`."""
    path = Path(path)
    name = name or path.stem
    if name not in SCHEMA:
        raise LexiconError(f"BM302 {path}: unknown lexicon {name!r}; expected one of {sorted(SCHEMA)}")
    tags = SCHEMA[name]
    entries: list[Entry] = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cols = line.split()
        if len(cols) != 1 + len(tags):
            raise LexiconError(f"BM301 {path}:{no}: expected {1 + len(tags)} column(s), got {raw!r}")
        for col, allowed in zip(cols[1:], tags, strict=True):
            if col not in allowed:
                raise LexiconError(f"BM301 {path}:{no}: {col!r} is not one of {sorted(allowed)}")
        entries.append(tuple(cols))
    return entries


class Lexicon:
    """All word lists by name, plus a cache of what extractors compile from them."""

    def __init__(self, lists: dict[str, list[Entry]]) -> None:
        self.lists = lists
        self._compiled: dict[str, Any] = {}

    def words(self, name: str) -> list[str]:
        """Terms of one list, in file order, duplicates removed."""
        return list(dict.fromkeys(e[0] for e in self.lists.get(name, [])))

    def tags(self, name: str) -> dict[str, str]:
        """Term -> first tag; a later file overrides an earlier one."""
        return {e[0]: e[1] for e in self.lists.get(name, [])}

    def entries(self, name: str) -> list[Entry]:
        return list(self.lists.get(name, []))

    def compiled(self, key: str, build: Callable[[Lexicon], T]) -> T:
        """Build an extractor's patterns from these words once and keep them with the words."""
        if key not in self._compiled:
            self._compiled[key] = build(self)
        return self._compiled[key]


def load_lexicon(extra_lexicons: Iterable[str | Path] = ()) -> Lexicon:
    """The package lists merged with user files (each named like the list it extends)."""
    data = resources.files("banmian.extract") / "data"
    lists: dict[str, list[Entry]] = {}
    for name in SCHEMA:
        with resources.as_file(data / f"{name}.txt") as path:
            lists[name] = read_entries(path, name)
    for extra in extra_lexicons:
        path = Path(extra)
        lists[path.stem] = lists.get(path.stem, []) + read_entries(path)
    return Lexicon(lists)


@cache
def default_lexicon() -> Lexicon:
    """The package lexicon, loaded on first use and shared within the process."""
    return load_lexicon()


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, as a character trie.

    Python's `re` tries alternatives one by one; a trie shares prefixes so that thousands of
    place names cost one pass instead of one pass per name.
    """
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
