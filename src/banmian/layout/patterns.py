"""Line patterns (bylines, furniture, subheads, captions) loaded from `data/patterns.tsv`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from re import _constants as sre
from re import _parser
from typing import Any


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


# A class of more characters than this (all of CJK) is no use as a precheck: it is given up on.
_FEWEST = 64
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _chars(op: Any, av: Any) -> set[str] | None:
    """The characters one literal or class item matches (None: too many to list, or a negation)."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is not sre.IN:
        return None
    out: set[str] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            out.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _FEWEST:
            out.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a category (\s, \d), a negation or a wide range
            return None
    return out


def _group(op: Any, av: Any) -> Any:
    """The inside of a group (None: one matching without case, where characters stand for two)."""
    if op is sre.ATOMIC_GROUP:
        return av
    return None if av[1] & re.IGNORECASE else av[3]


def _openers(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of a parsed sequence can open with (None: too many to tell), and
    whether it can match the empty string (then what follows it may open the match)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            inside = _group(op, av)
            first, empty = _openers(inside) if inside is not None else (None, False)
        elif op is sre.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                chars, branch_empty = _openers(branch)
                first = None if first is None or chars is None else first | chars
                empty = empty or branch_empty
        elif op in _REPEATS:
            first, empty = _openers(av[2])
            empty = empty or av[0] == 0
        else:
            first, empty = _chars(op, av), False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def _needed(items: Any) -> set[str] | None:
    """The fewest characters one of which any text a parsed sequence matches holds (lookaheads
    included: what they need is in the text, if not in the match). None: none found."""
    best: set[str] | None = None
    for op, av in items:
        need: set[str] | None
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            inside = _group(op, av)
            need = _needed(inside) if inside is not None else None
        elif op is sre.ASSERT:
            need = _needed(av[1])
        elif op is sre.BRANCH:
            need = set()
            for branch in av[1]:
                chars = _needed(branch)
                need = None if need is None or chars is None else need | chars
        elif op in _REPEATS:
            need = _needed(av[2]) if av[0] > 0 else None
        else:
            need = _chars(op, av)
        if need is not None and (best is None or len(need) < len(best)):
            best = need
    return best


@cache
def precheck(kinds: tuple[str, ...]) -> Callable[[str], bool]:
    """A test every text a pattern of any of `kinds` matches passes, read off the patterns: it
    opens with a character one anchored at the start can open with, or holds a character another
    one needs. Most lines fail it, for less than the searches cost; if some pattern shows
    neither, every text passes."""
    first: set[str] = set()
    needed: set[str] = set()
    for rx in (rx for kind in kinds for rx in _by_kind().get(kind, ())):
        if rx.flags & (re.IGNORECASE | re.MULTILINE):
            return lambda text: True
        items = _parser.parse(rx.pattern, rx.flags)
        opens, empty = _openers(items) if items and items[0] == (sre.AT, sre.AT_BEGINNING) else (None, True)
        if opens and not empty:
            first |= opens
        elif need := _needed(items):
            needed |= need
        else:
            return lambda text: True
    openers = frozenset(first)
    if not needed:
        return lambda text: text[:1] in openers
    holds = re.compile("[" + "".join(map(re.escape, sorted(needed))) + "]").search
    return lambda text: text[:1] in openers or holds(text) is not None
