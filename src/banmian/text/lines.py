"""Split page text into measured `Line`s, the unit every layout decision is made on."""

from __future__ import annotations

import re

from banmian.model import Line
from banmian.text.normalize import clean_line, tidy, width

_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0c")


def to_lines(text: str) -> list[Line]:
    """One `Line` per physical line; leading white space is recorded as `indent`, then dropped.

    Width is measured without justification spaces: a letter-spaced line is as wide as the
    column it fills, not wider.
    """
    out: list[Line] = []
    for no, raw in enumerate(_NEWLINES.split(text.lstrip("\ufeff"))):
        s = clean_line(raw)
        stripped = s.lstrip()
        out.append(Line(no=no, text=stripped, width=width(tidy(stripped)), indent=len(stripped) < len(s),
                        blank=not stripped))
    while out and out[-1].blank:
        out.pop()
    return out
