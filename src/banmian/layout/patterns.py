"""Line patterns (bylines, furniture, subheads, captions) loaded from `data/patterns.tsv`."""

from __future__ import annotations

import re
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
    rx = combined().get(kind)
    return rx is not None and rx.search(text) is not None



@cache
def _union(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for k in kinds for rx in _by_kind().get(k, ())))


def has_any(kinds: tuple[str, ...], text: str) -> bool:
    """Does a pattern of any of `kinds` match? One search where most lines match none."""
    return _union(kinds).search(text) is not None
