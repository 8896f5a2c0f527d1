"""Split page text into measured `Line`s, the unit every layout decision is made on."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from banmian.model import Line
from banmian.text.normalize import HANGING, cells, clean_line, latin_count, letter_spaced, needs_repair, tidy

_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0c")
# The line breaks besides the line feed that `_NEWLINES` splits on: most pages hold none of them.
_OTHER_BREAKS = ("\r", "\u2028", "\u2029", "\x0c")


def _physical_lines(text: str) -> list[str]:
    """The text cut at every line break `_NEWLINES` knows: on a page whose only break is the line
    feed, by `str.split`, which costs a fraction of a regex split."""
    if any(brk in text for brk in _OTHER_BREAKS):
        return _NEWLINES.split(text)
    return text.split("\n")


def _indent_width(raw: str) -> float:
    """Cells of leading white space: an ideographic space is a full cell, others half."""
    cells = 0.0
    for ch in raw:
        if ch == "\u3000":
            cells += 1
        elif ch in " \t\u00a0":
            cells += 0.5
        else:
            break
    return cells


def to_lines(text: str) -> list[Line]:
    """One `Line` per physical line; leading white space is recorded as `indent`, then dropped.

    Width is the line's extent in cells: its indent plus its text measured without
    justification spaces (a letter-spaced line is as wide as the column it fills, not wider),
    with Latin-1 characters as wide as the page sets them (`latin_cells`).
    """
    out: list[Line] = []
    # (margin, plain text, Latin-1 characters) of each line, for `latin_cells`: counted once, here
    measures: list[tuple[float, str, int]] = []
    clean = clean_line if needs_repair(text) else str.rstrip
    for no, raw in enumerate(_physical_lines(text.lstrip("\ufeff"))):
        s = clean(raw)
        stripped = s.lstrip()
        margin = _indent_width(raw) if stripped and len(stripped) < len(s) else 0.0
        spaced = " " in stripped and letter_spaced(stripped)
        if margin > _INDENT_MOST and not spaced:  # (a justified line spreads its indent too)
            margin = 0.0
        plain = tidy(stripped, spaced)
        n_latin = latin_count(plain)
        measures.append((margin, plain, n_latin))
        # (the fields by position: keywords cost more on a record made for every physical line)
        out.append(Line(no, stripped, margin + cells(len(plain), n_latin), plain, margin > 0,
                        not stripped, spaced, margin, raw))
    latin = latin_cells(measures)
    if latin != 0.5:  # (measured in half cells above, as most pages set them)
        for line, (margin, plain, n_latin) in zip(out, measures, strict=True):
            line.width = margin + cells(len(plain), n_latin, latin)
    _display_margins(out)
    while out and out[-1].blank:
        out.pop()
    return out


# A paragraph indent is two cells (two U+3000, four spaces); a line set in further is centred (a
# title in its box) or pushed right (a signature): its white space is no indent and no part of its
# width (else a short centred title would measure as wide as the column's text).
_INDENT_MOST = 2.5
_SENTENCE_ENDS = ("。", "！", "？", "。”", "！”", "？”")
# Lines with fewer Latin-1 characters than this measure the same either way, within the half
# cell a column's lines vary by.
_LATIN_TELLING = 2
# A paragraph's first line runs on to within this many cells of the line under it (hanging marks,
# a justified line's slack).
_RUN_ON_SLACK = 1.5
# A form of white space is the page's indent once this many first lines show it: a title centred
# right over its text may run on to the text's width once by chance.
_HABIT_SEEN = 2


def _lead(line: Line) -> str:
    """The white space a line opens with, as written (`\\u3000\\u3000`, four spaces)."""
    return line.raw[: len(line.raw) - len(line.raw.lstrip())]


def _runs_on(line: Line, nxt: Line) -> bool:
    """Is `line` set in and then as wide as the flush line under it, with no sentence ended? Then
    its white space is a paragraph indent: a first line runs on to the column's end."""
    return (line.indent and not line.spaced and not nxt.blank and not nxt.indent
            and not line.plain.endswith(_SENTENCE_ENDS) and abs(line.width - nxt.width) <= _RUN_ON_SLACK)


def _display_margins(lines: list[Line]) -> None:
    """On a page that indents its paragraphs' first lines with one form of white space (seen where
    set-in lines run on into the text under them), a line set in by another form is centred display
    type (a title centred in its box by spaces, as PDF text writes it): its white space is neither an
    indent nor part of its width. A page whose indents nothing shows is left as it is."""
    seen = Counter(_lead(a) for a, b in itertools.pairwise(lines) if _runs_on(a, b))
    habit = {lead for lead, n in seen.items() if n >= _HABIT_SEEN}
    if not habit:
        return
    for line in lines:
        if line.indent and not line.spaced and _lead(line) not in habit:
            line.width -= line.margin
            line.margin = 0.0
            line.indent = False


def latin_cells(lines: list[tuple[float, str, int]]) -> float:
    """How wide the page sets a Latin-1 character: half a cell, as type sets digits and letters
    (the default), or a whole one, where the dump was cut by character count. A full line with
    digits between two lines of CJK text only fills the same column under the right measure;
    the measure more such lines agree with wins. `lines` are (margin, plain text, number of
    Latin-1 characters) triples."""
    votes = {0.5: 0, 1.0: 0}
    for i, (margin, plain, n) in enumerate(lines):
        if n < _LATIN_TELLING or plain.endswith(_SENTENCE_ENDS):
            continue  # (a paragraph's last line may stop anywhere short of the column)
        near = [
            m + len(q) - hung
            for m, q, latin_chars in lines[max(0, i - 1) : i + 2 : 2]
            if q and not latin_chars
            for hung in ((0, 1) if q.endswith(HANGING) else (0,))  # (a hung mark or not)
        ]
        own = margin + len(plain)
        fits = [latin for latin in votes if any(abs(own - (1.0 - latin) * n - w) <= 0.5 for w in near)]
        if len(fits) == 1:
            votes[fits[0]] += 1
    return 1.0 if votes[1.0] > votes[0.5] else 0.5
