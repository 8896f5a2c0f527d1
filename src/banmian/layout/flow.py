"""Lines to the page's reading flow: body paragraphs and the standalone blocks between them.

Column width is learned locally from the lines themselves (a page mixes 13- and 22-cell
columns), so every decision is relative: a line is *full* when it is as wide as its
neighbours, *over* when it is wider than any column around it (headlines, captions), *short*
when the text stopped early (a paragraph's last line). A blank line is a paragraph break only
after a finished sentence; after a full line it is a column break inside a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from banmian.layout.patterns import matches
from banmian.model import Line

#: How far (in lines) to look on each side when learning the column width.
WINDOW = 6
#: Lines within this many cells of each other are taken as the same column width.
SUPPORT_SPAN = 1.0
#: A line this many cells narrower than its column is short; this much wider, it is over.
TOLERANCE = 1.5
#: A line wider than its column by this share (or TOLERANCE cells) spans columns: a title.
OVER_SHARE = 0.15
#: A paragraph's first line may be this much narrower than the column (a lost two-cell indent).
FIRST_LINE_INDENT = 3.0

TERMINAL = re.compile(r"(?:[。！？!?…]|……)[”’」』）)]*$|[：:；;]$")
_SENTENCE_END = re.compile(r"[。！？][”’」』）)]*$")
_MID_SENTENCE = re.compile(r"[，、,（(“‘《—-]$")
_INNER_GAP = re.compile(r"[^\s] +[^\s]")
BULLETS = "●•■▲◆★☆◎◇□►▶"


class Kind(Enum):
    BLANK = "blank"
    TEXT = "text"
    BYLINE = "byline"
    BULLET = "bullet"
    FURNITURE = "furniture"


@dataclass(slots=True)
class FlowLine:
    line: Line
    kind: Kind
    col: float = 0.0
    col_max: float = 0.0
    standalone: bool = False

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def over(self) -> bool:
        return self.line.width > self.col_max + max(TOLERANCE, OVER_SHARE * self.col_max)

    @property
    def short(self) -> bool:
        return self.line.width < self.col - TOLERANCE

    @property
    def terminal(self) -> bool:
        return bool(TERMINAL.search(self.line.text))


@dataclass(slots=True)
class Para:
    """Body lines forming one paragraph; `byline` when it opens with an article's credit line."""

    lines: list[FlowLine] = field(default_factory=list)
    byline: bool = False
    end_dateline: bool = False

    @property
    def raw(self) -> str:
        out = ""
        for fl in self.lines:
            t = fl.text
            # Two Latin words wrapped apart get their space back; a number split over lines does not.
            if out and out[-1].isascii() and out[-1].isalpha() and t[:1].isascii() and t[:1].isalpha():
                out += " "
            out += t
        return out


@dataclass(slots=True)
class Block:
    """Consecutive standalone lines: a headline block, highlights, a caption or a subhead."""

    lines: list[FlowLine] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [fl.text for fl in self.lines if fl.kind is not Kind.BULLET]

    @property
    def bullets(self) -> list[str]:
        return [fl.text.lstrip(BULLETS).strip() for fl in self.lines if fl.kind is Kind.BULLET]


Element = Para | Block


def classify(lines: list[Line], furniture: set[int]) -> list[FlowLine]:
    out = []
    for i, ln in enumerate(lines):
        if ln.blank:
            kind = Kind.BLANK
        elif i in furniture:
            kind = Kind.FURNITURE
        elif ln.text[0] in BULLETS and not matches("byline", ln.text) and not matches("subhead", ln.text):
            kind = Kind.BULLET
        elif matches("byline", ln.text):
            kind = Kind.BYLINE
        else:
            kind = Kind.TEXT
        out.append(FlowLine(ln, kind))
    return out


def _side_column(widths: list[float], k: int, step: int) -> tuple[float, bool]:
    """Column width seen from line k looking one way: the first width three nearby lines share.

    Walking outward from the line means the nearest column wins over a larger one further
    away. A side that runs out of lines with only two agreeing is still trusted; one with no
    agreement at all is not (the caller then uses the other side).
    """
    seen: list[float] = []
    j = k
    while 0 <= j < len(widths) and len(seen) <= 4 * WINDOW:
        w = widths[j]
        seen.append(w)
        cluster = [v for v in seen if abs(v - w) <= SUPPORT_SPAN]
        if len(cluster) >= 3:
            return max(cluster), True
        j += step
    best = max(seen, key=lambda w: (sum(1 for v in seen if abs(v - w) <= SUPPORT_SPAN), w))
    return best, sum(1 for v in seen if abs(v - best) <= SUPPORT_SPAN) >= 2


def learn_columns(flow: list[FlowLine]) -> None:
    """Set each text line's column width from its neighbours on each side.

    Two one-sided estimates, so that a line next to a change of column width is judged by the
    column it belongs to; a side where no three lines agree defers to the other side.
    """
    body = [fl for fl in flow if fl.kind in (Kind.TEXT, Kind.BYLINE)]
    widths = [fl.line.width for fl in body]
    for k, fl in enumerate(body):
        left, left_ok = _side_column(widths, k, -1)
        right, right_ok = _side_column(widths, k, 1)
        if left_ok != right_ok:
            left = right = left if left_ok else right
        fl.col, fl.col_max = min(left, right), max(left, right)


def _neighbours(flow: list[FlowLine], i: int, step: int) -> tuple[FlowLine | None, int]:
    """Next non-blank line from i in direction step, and how many blank lines were skipped."""
    blanks = 0
    j = i + step
    while 0 <= j < len(flow):
        if flow[j].kind is Kind.BLANK:
            blanks += 1
        elif flow[j].kind is not Kind.FURNITURE:
            return flow[j], blanks
        j += step
    return None, blanks


def mark_standalone(flow: list[FlowLine]) -> None:
    """Lines outside the column flow: bullets, over-wide lines, and unpunctuated title lines."""
    for i, fl in enumerate(flow):
        if fl.kind is Kind.BULLET:
            fl.standalone = True
        if fl.kind is not Kind.TEXT:
            continue
        text = fl.text
        if fl.over:
            fl.standalone = True
            continue
        if fl.terminal or _MID_SENTENCE.search(text) or matches("end_dateline", text):
            continue
        prev, _ = _neighbours(flow, i, -1)
        after_break = prev is None or prev.standalone or prev.terminal or prev.kind is Kind.BULLET
        if not after_break:
            continue
        nxt, gap = _neighbours(flow, i, 1)
        titled = nxt is not None and (nxt.kind in (Kind.BYLINE, Kind.BULLET) or nxt.over)
        if matches("subhead", text) or _INNER_GAP.search(text) or titled:
            fl.standalone = True
        elif (nxt is not None and not gap and nxt.kind is Kind.TEXT
              and fl.line.width >= fl.col - FIRST_LINE_INDENT):
            # The first line of a paragraph, often two cells short of the column (its indent).
            continue
        else:
            fl.standalone = fl.short


def _breaks(prev: FlowLine, nxt: FlowLine, blanks: int, prev_first: bool) -> bool:
    """Does a paragraph end between two body lines? A first line may be short by its indent."""
    if nxt.kind is Kind.BYLINE:
        return True
    if matches("end_dateline", nxt.text) or matches("end_dateline", prev.text):
        return True
    if prev.short and (prev.terminal or not prev_first):
        return True
    return bool(prev.terminal and (blanks or nxt.line.indent))


def _kind_changes(a: FlowLine, b: FlowLine) -> bool:
    """Title lines and caption sentences side by side are two blocks (a blank between them)."""
    if Kind.BULLET in (a.kind, b.kind):
        return False
    return _sentence_like(a) != _sentence_like(b)


def _sentence_like(fl: FlowLine) -> bool:
    return bool(_SENTENCE_END.search(fl.text) or matches("caption", fl.text))


def build_elements(flow: list[FlowLine]) -> list[Element]:
    """Group the flow into paragraphs and blocks, in reading order."""
    elements: list[Element] = []
    para: Para | None = None
    last: FlowLine | None = None
    blanks = 0
    block: Block | None = None
    for fl in flow:
        if fl.kind is Kind.BLANK:
            blanks += 1
            continue
        if fl.kind is Kind.FURNITURE:
            continue
        if fl.standalone:
            if block is not None and blanks and _kind_changes(block.lines[-1], fl):
                block = None
            if block is None:
                block = Block()
                elements.append(block)
            block.lines.append(fl)
            blanks = 0
            continue
        # After a block, only an unfinished sentence carries on (the block sat inside the column).
        crossed = block is not None
        block = None
        if para is not None and last is not None and not _breaks(last, fl, blanks + crossed, para.lines[0] is last):
            para.lines.append(fl)
        else:
            para = Para([fl], byline=fl.kind is Kind.BYLINE)
            elements.append(para)
        para.end_dateline = bool(matches("end_dateline", fl.text))
        last = fl
        blanks = 0
    return elements
