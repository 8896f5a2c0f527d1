"""Line patterns (bylines, furniture, subheads, captions) loaded from `data/patterns.tsv`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class LinePattern:
    kind: str
    regex: re.Pattern[str]
    example: str


@cache
def load_patterns() -> tuple[LinePattern, ...]:
    text = resources.files("banmian.layout").joinpath("data/patterns.tsv").read_text(encoding="utf-8")
    out = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"patterns.tsv:{no}: expected kind<TAB>regex<TAB>example")
        out.append(LinePattern(parts[0], re.compile(parts[1]), parts[2]))
    return tuple(out)


@cache
def _by_kind() -> dict[str, tuple[re.Pattern[str], ...]]:
    kinds: dict[str, list[re.Pattern[str]]] = {}
    for p in load_patterns():
        kinds.setdefault(p.kind, []).append(p.regex)
    return {k: tuple(v) for k, v in kinds.items()}


def matches(kind: str, text: str) -> re.Match[str] | None:
    """First match of any pattern of `kind` in `text`."""
    for rx in _by_kind().get(kind, ()):
        if m := rx.search(text):
            return m
    return None


@cache
def combined() -> dict[str, re.Pattern[str]]:
    """One alternation per kind: a yes/no question costs a single regex search."""
    return {k: re.compile("|".join(f"(?:{rx.pattern})" for rx in v)) for k, v in _by_kind().items()}


def has(kind: str, text: str) -> bool:
    """Does any pattern of `kind` match `text`?"""
    return has_any((kind,), text)


@cache
def _searches(kinds: tuple[str, ...]) -> tuple[Callable[[str], re.Match[str] | None], ...]:
    """The searches that together tell whether a pattern of any of `kinds` matches a text.

    The patterns anchored at the text's start make one alternation: tried at the start only, one
    search costs less than one each. Every other pattern is searched on its own: alone, it lets
    `re` skip to the characters a match can open with, which an alternation loses, so it would
    try every pattern at every position (on a page's lines, the two editor and two hotline
    patterns cost half as much searched one by one).
    """
    patterns = [rx for k in kinds for rx in _by_kind().get(k, ())]
    anchored = [rx.pattern for rx in patterns if rx.pattern.startswith("^")]
    out = [re.compile("|".join(f"(?:{p})" for p in anchored)).search] if anchored else []
    return (*out, *(rx.search for rx in patterns if not rx.pattern.startswith("^")))


def has_any(kinds: tuple[str, ...], text: str) -> bool:
    """Does a pattern of any of `kinds` match? Most lines match none: every search runs.

    (A loop, not `any()` over a generator: making the generator costs more than a search.)"""
    for search in _searches(kinds):  # noqa: SIM110
        if search(text) is not None:
            return True
    return False
