"""Split page text into measured `Line`s, the unit every layout decision is made on."""

from __future__ import annotations

import re

from banmian.model import Line
from banmian.text.normalize import clean_line, letter_spaced, tidy, width

_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0c")


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
    justification spaces (a letter-spaced line is as wide as the column it fills, not wider).
    """
    out: list[Line] = []
    for no, raw in enumerate(_NEWLINES.split(text.lstrip("\ufeff"))):
        s = clean_line(raw)
        stripped = s.lstrip()
        indent = _indent_width(raw) if stripped and len(stripped) < len(s) else 0.0
        spaced = " " in stripped and letter_spaced(stripped)
        plain = tidy(stripped, spaced)
        out.append(Line(no=no, text=stripped, width=indent + width(plain), plain=plain, indent=indent > 0,
                        blank=not stripped, spaced=spaced))
    while out and out[-1].blank:
        out.pop()
    return out
