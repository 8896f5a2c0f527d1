"""Lines to the page's reading flow: body paragraphs and the standalone blocks between them.

Column width is learned locally from the lines themselves (a page mixes 13- and 22-cell
columns), so every decision is relative: a line is *full* when it is as wide as its
neighbours, *over* when it is wider than any column around it (headlines, captions), *short*
when the text stopped early (a paragraph's last line). A blank line is a paragraph break only
after a finished sentence; after a full line it is a column break inside a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from banmian.layout.byline import split_byline
from banmian.layout.patterns import combined, has, precheck
from banmian.layout.roles import runs_on
from banmian.model import Line
from banmian.settings import Settings
from banmian.text.normalize import HAN, HANGING, HANGING_MARKS, latin_count, tidy_title

_CLAUSE = re.compile(r"[，、；]")
_PUNCTUATED = re.compile(r"[，、；：。！？“”,;:]")
_STOPS = re.compile(r"[，、；：。！？,;:]")  # clause and sentence marks: quotation marks are none
_LABEL = re.compile(r"^【[^【】]{1,8}】")
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"))
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_NOTE = re.compile(r"^[（(][^（）()]{2,30}[）)]$")
# A line that ends exactly with a short bracketed tag (…激情岁月（现场评论）) is no running prose
# cut by a column break. A series' tag may number its part (（青春派·青春奋进新时代②）).
_TAGGED = re.compile(r"[^（(][（(][\u4e00-\u9fff·]{2,12}[①-⑳]?[）)]$")
_SENTENCE = re.compile(r"[。！？][”’」』）)]*$")
# A bracket of one to three characters closing a line: a name's short form or place (（集团）, （朱巴）)
_SHORT_NOTE = re.compile(r"[（(][^（）()]{1,3}[）)]$")
_OPENERS = ("（", "(", "《", "“", "‘")  # marks line-breaking rules never leave at a line's end
# Lines opening on a mark line-breaking rules never put there (HANGING) that show a page cut by
# character count, whose lines may end on an opening mark too (one such line may be a stray).
_UNRULED = 2
# A line left open for the next one: on a clause mark, an opening mark, or the dot inside a name
# (a foreign name broken over two lines); no title ends on any of them.
_MID_SENTENCE_MARKS = frozenset("，、,（(“‘《·")  # (`_mid_sentence`)
# A sentence ends and the next one begins on the same line: running text, never a title line.
_NEXT_SENTENCE = re.compile(r"。[”’」』]*[^”’」』）)（(\s]")
_DATE_CUT = re.compile(r"[0-9０-９年月]$")  # a date broken over two lines (…9月 / 26日，)
_FULL_STOP = re.compile(r"[。！？!?；;]")
_WORD_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]$")
# A title ending in a column tag: 古镇人家新时光（70年，共同走过）, 难忘军运  难忘武汉（军运纵横）. A tag names
# its column in words: a bracket of Latin letters alone glosses the term before it (…指数（PMI）), running text.
COLUMN_TAG = re.compile(
    r"^[^，。；、,; ]{4,}(?: {1,3}[^，。；、,; ]{2,})*[^，。；、,; ][（(](?=[^）)]*[\u4e00-\u9fff])[^。；]{2,24}[）)]$")
# (a half may name its subject before a colon: 张家口：天蓝地绿水清  建设…)
_HALF = r"[^ ，。；：、,;:]{2,}(?:[：:][^ ，。；：、,;:]{2,})?"
_TITLE_GAP = re.compile(rf"^{_HALF}(?: {_HALF}){{1,2}}$")
# Spaces justification puts around numbers and Latin (`投资 3.09 亿元`, `5 G`) are no title gap.
_NUMBER_SPACE = re.compile(r"(?<=[0-9A-Za-z%.]) | (?=[0-9A-Za-z])")
BULLETS = "●•■▲◆★☆◎◇□►▶"

# Both tag patterns end on a closing bracket at the line's end: testing that character first
# spares most lines a search that walks (or backtracks) over the whole line to fail.
_CLOSING = ("）", ")")


def column_tag(text: str) -> bool:
    """Does a line (no line break in it) end on a column tag (`COLUMN_TAG`)?"""
    return text.endswith(_CLOSING) and COLUMN_TAG.search(text) is not None


def _tagged(text: str) -> bool:
    """Does a line (no line break in it) end on a short bracketed tag (`_TAGGED`)?"""
    return text.endswith(_CLOSING) and _TAGGED.search(text) is not None


# A series' tag names the column and its sub-series joined by a middle dot, numerals and quotes and
# all (（人民论坛·70华诞·倾听历史的回声）, （新中国的“第一”·国防篇）); a name written in Chinese
# characters joins parts of at most five (（弗拉基米尔·普京）), and a tag has one part longer. A part
# of a series may be numbered in a bracket of its own (（…·上海篇（下））).
_SERIES_TAG = re.compile(r"[^（(][（(]([^（）()。；]*·[^（）()。；]*)(?:[（(][^（）()。；]{1,2}[）)])?[）)]$")
_SERIES_PART = 6


def _series_tagged(text: str) -> bool:
    """Does a line (no line break in it) close on a series' tag (`_SERIES_TAG`)?"""
    m = _SERIES_TAG.search(text) if text.endswith(_CLOSING) else None
    return m is not None and max(len(part) for part in m.group(1).split("·")) >= _SERIES_PART


def _tag_closed(fl: FlowLine) -> bool:
    """Does a line close on a column's tag, by any pattern (commas and all, a short tag, a series)?"""
    return column_tag(fl.text) or _tagged(fl.key) or _series_tagged(fl.key)


def _ends_sentence(prev: FlowLine | None) -> bool:
    """Is the line above running text ending a sentence, not an article's closing credit or dateline?"""
    return (prev is not None and prev.kind is TEXT and prev.terminal
            and not prev.credit and not prev.end_dateline)


_HANGABLE = frozenset(HANGING_MARKS)


def _hung(text: str) -> int:
    """Punctuation marks at the line end that typesetting may hang past the column edge (≤ 2).

    The last two characters looked up in a set: every line asks, and `str.rstrip` with a string
    of marks costs several times more."""
    if text[-1:] not in _HANGABLE:
        return 0
    return 2 if text[-2:-1] in _HANGABLE else 1


_LEAD_IN_ENDS = frozenset("：:；;")
_AFTER_STOP = "”’」』）)"  # (closing quotes and brackets a sentence's stop may stand inside)
_SENTENCE_ENDS = frozenset("。！？!?…")


def ends_sentence(text: str) -> bool:
    """A line ending a sentence (。！？… before any closing quotes or brackets) or a lead-in (：；).

    The last character looked up in sets, not a `$`-anchored regex (searching for an end anchor
    scans every position) nor `str.rstrip` (dear with a string of marks): most lines end on no
    closing mark."""
    last = text[-1:]
    if last in _LEAD_IN_ENDS:
        return True
    if last in _AFTER_STOP:
        last = text.rstrip(_AFTER_STOP)[-1:]
    return last in _SENTENCE_ENDS


def _mid_sentence(text: str) -> bool:
    """Does a line break off on a clause mark or an opening mark (…增产，, …《)? (Its last character
    looked up in a set, as for `ends_sentence`.)"""
    return text[-1:] in _MID_SENTENCE_MARKS


class Kind(Enum):
    BLANK = "blank"
    TEXT = "text"
    BYLINE = "byline"
    BULLET = "bullet"
    FURNITURE = "furniture"


# The kinds as module names: reading an Enum member off its class costs several times a global
# lookup (Python 3.11), and the layout rules compare kinds on every line, many times over.
BLANK, TEXT, BYLINE, BULLET, FURNITURE = Kind.BLANK, Kind.TEXT, Kind.BYLINE, Kind.BULLET, Kind.FURNITURE


@dataclass(slots=True)
class FlowLine:
    """A line with what layout analysis learned about it; patterns are matched once, here."""

    line: Line
    kind: Kind
    key: str = ""
    subhead: bool = False
    listlabel: bool = False
    end_dateline: bool = False
    credit: bool = False
    terminal: bool = False
    col: float = 0.0
    col_max: float = 0.0
    left: float = 0.0
    right: float = 0.0
    over: bool = False
    short: bool = False
    standalone: bool = False
    # the short last line of an unfinished wrapped paragraph (a display lead): the paragraph ends
    ends_para: bool = False
    # set in from the column edge by a paragraph indent, on a page that indents its paragraphs
    para_indent: bool = False
    # letter-spaced by justification: spread to the column edge (a display line spread by letter
    # spacing keeps its own, shorter width)
    justified: bool = False
    # two lines of a title wrapped in its column, joined into one: its width is no line's
    wrapped: bool = False
    # Copied from the line once: the rules read them on every line, many times over.
    text: str = field(init=False)
    hang: int = field(init=False)
    # width inside the column: punctuation hung past the edge (`hang`) left out
    set_width: float = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.line.text
        self.hang = _hung(self.text)
        self.set_width = self.line.width - self.hang

    def measure(self, s: Settings) -> None:
        """Judge the line against its column: over (a title spanning columns) or short.

        Punctuation that typesetting hangs past the column edge (line-start rules forbid it on
        the next line) does not make a line over-wide; a justified line is never short. Letter
        spacing is justification only where the characters come within an indent of the column
        edge: a line spread with far fewer is a title set out for display (`促 进 要 素 更 匹 配`).
        """
        self.over = self.set_width > self.col_max + max(s.tolerance, s.over_share * self.col_max)
        self.justified = self.line.spaced and self.line.width >= self.col - s.first_line_indent
        self.short = self.line.width < self.col - s.tolerance and not self.justified

    def title_gap(self) -> bool:
        """Two halves of a display title set apart by a space (`抢抓发展新机遇 开局拼出新作为`)."""
        return bool(_TITLE_GAP.match(_NUMBER_SPACE.sub("", tidy_title(self.line.text))))

    @property
    def extent(self) -> float:
        """How much of the column the line fills: a justified line fills all of it."""
        return max(self.line.width, self.col) if self.justified else self.line.width

    @property
    def complete(self) -> bool:
        """Nothing can follow on from this line: a finished sentence, dateline or credit."""
        return self.terminal or self.end_dateline or self.credit


@dataclass(slots=True)
class Para:
    """Body lines forming one paragraph; `byline` when it opens with an article's credit line."""

    lines: list[FlowLine] = field(default_factory=list)
    byline: bool = False
    end_dateline: bool = False
    # column widths measured at either end (page._inner_width), kept: several blocks ask
    widths: dict[bool, float | None] = field(default_factory=dict, repr=False, compare=False)
    # the forms of its marks (page._forms), kept for the same reason
    forms: tuple[bool | None, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def raw(self) -> str:
        out = ""
        for fl in self.lines:
            # A letter-spaced line is undone line by line: joined text no longer looks spaced.
            t = fl.line.plain if fl.line.spaced else fl.text
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
        return [fl.text for fl in self.lines if fl.kind is not BULLET]

    @property
    def bullets(self) -> list[str]:
        return [fl.text.lstrip(BULLETS).strip() for fl in self.lines if fl.kind is BULLET]


Element = Para | Block


def classify(lines: list[Line], furniture: set[int], s: Settings) -> list[FlowLine]:
    rx = combined()
    subhead, listlabel, end_dateline = rx["subhead"].search, rx["listlabel"].search, rx["end_dateline"].search
    credit, byline, terminal = rx["credit"].search, rx["byline"].search, ends_sentence
    # Few lines could be any of these (the dearest to search): one precheck spares most lines all three.
    rare = precheck(("end_dateline", "credit", "byline"))
    out = []
    maybes: list[bool] = []  # (the precheck's answer for each line)
    for i, ln in enumerate(lines):
        if ln.blank:
            out.append(FlowLine(ln, BLANK))
            maybes.append(False)
            continue
        key = ln.plain
        # The fields in order, key to terminal, passed by position: matching keywords against a
        # record of twenty fields costs a third of making it, and every line makes one.
        # (a letter-spaced line ends its sentence before the spaces: `好 项 目 ？ ”`)
        maybe = rare(key)
        maybes.append(maybe)
        fl = FlowLine(ln, TEXT, key, subhead(key) is not None, listlabel(key) is not None,
                      maybe and end_dateline(key) is not None, maybe and credit(key) is not None,
                      terminal(key if ln.spaced else ln.text))
        if i in furniture:
            fl.kind = FURNITURE
        elif (((maybe and byline(key)) or (key != ln.text and rare(ln.text) and byline(ln.text)))
              and not (fl.end_dateline or fl.subhead)):
            # A credit in parentheses alone on its line closes an article; it does not open one.
            fl.kind = BYLINE
        elif key[0] in BULLETS and not fl.subhead:
            fl.kind = BULLET
        out.append(fl)
    _wrapped_datelines(out, s)
    # Two lines joined hold what either holds, and open as the first: a pair where neither line
    # passes the precheck matches no byline or credit.
    pairs = [i for i, (a, b) in enumerate(itertools.pairwise(maybes)) if a or b]
    _wrapped_bylines(out, byline, pairs)
    _wrapped_credits(out, credit, pairs)
    _dateline_credits(out)
    _notes_after_sentences(out, s)
    return out


_NOTE_OPEN = re.compile(r"[（(][^（）()]*[）)]$")


def _notes_after_sentences(flow: list[FlowLine], s: Settings) -> None:
    """A bracketed note set after a finished sentence (…。（节选）, …。（相关报道见第九 / 版）, or a
    paragraph of several lines of its own under finished text, （…，作者为…）, a column break
    inside it or not) closes the text as the sentence would: the line that closes the bracket
    ends its paragraph."""
    for i, fl in enumerate(flow):
        if fl.kind is not TEXT or fl.terminal or not fl.key.endswith(_CLOSING):
            continue
        joined = ""
        for j in range(i, max(-1, i - s.wrapped_credit_lines), -1):
            if flow[j].kind is BLANK and 0 < j < i and flow[j - 1].kind is TEXT and flow[j + 1].kind is TEXT:
                continue  # a column break inside the note: `（作者为…` / blank / `…委书记）`
            if flow[j].kind is not TEXT:
                break
            joined = flow[j].key + joined
            m = _NOTE_OPEN.search(joined)
            if m is None:
                continue  # the note opens on a line further up
            if m.start():
                # (a title's column tag may follow a question or exclamation: …怎么看？（财经眼）)
                fl.terminal = joined[m.start() - 1] == "。"
            elif len(joined) > len(fl.key) and has("credit", joined):
                for k in range(j, i + 1):  # (a cross-reference wrapped over lines: each line is the credit)
                    flow[k].credit = True
            elif len(joined) > len(fl.key) and not has("end_dateline", joined):
                # (a dateline or credit in brackets closes the text as one, not as a note)
                above = next((x for x in flow[j - 1::-1] if x.kind is not BLANK), None) if j else None
                fl.terminal = above is not None and above.complete
            break


def breaks_mid_word(fl: FlowLine) -> bool:
    """Does a line break off inside running text (on a character, not a mark)?"""
    return _WORD_END.search(fl.text) is not None


def _wrapped_bylines(flow: list[FlowLine], byline: Callable[[str], object], pairs: list[int]) -> None:
    """A dateline wrapped in a narrow column (`本报加德满都10月13日` / `电（记者…）`); `pairs`: the
    lines i where lines i and i + 1 joined may match. A label (■记者手记) is no dateline's first
    half even when the line under it completes a byline's form (■记者 + any name)."""
    for i in pairs:
        a, b = flow[i], _across_break(flow, i)
        if (a.kind is TEXT and b.kind in (TEXT, BYLINE) and not a.terminal and not a.end_dateline
                and not a.subhead and byline(a.key + b.key)):
            a.kind = BYLINE


def _across_break(flow: list[FlowLine], i: int) -> FlowLine:
    """The line that goes on from line i: the next one, or the one after a single blank line where
    line i breaks off mid-word (a column break: `本报青溪3月` / blank / `3日电  （记者…）`)."""
    if flow[i + 1].kind is BLANK and i + 2 < len(flow) and _WORD_END.search(flow[i].text):
        return flow[i + 2]
    return flow[i + 1]


def _wrapped_credits(flow: list[FlowLine], credit: Callable[[str], object], pairs: list[int]) -> None:
    """A photo credit wrapped in a narrow column (`方  圆  吴树江摄影报` / `道`): both lines are
    the credit, neither a title. `pairs` as for `_wrapped_bylines`. A second line that is a credit
    on its own (`晓云摄` under `青溪日报记者 陈`) takes the line above it only where that line opens
    after a break (`_opens_after_break`): the last line of a caption runs on into its credit."""
    for i in pairs:
        a, b = flow[i], flow[i + 1]
        if (a.kind is TEXT and b.kind is TEXT and not a.credit and not a.terminal
                and (not b.credit or _opens_after_break(flow, i)) and credit(a.key + b.key)):
            a.credit = b.credit = True


def _opens_after_break(flow: list[FlowLine], i: int) -> bool:
    """Does line i open a paragraph of its own: the page's top, a blank line or a finished
    sentence right above it?"""
    return i == 0 or flow[i - 1].kind is BLANK or flow[i - 1].terminal


_BARE_DATELINE = re.compile(r"(电|讯|消息)$")


def _dateline_credits(flow: list[FlowLine]) -> None:
    """`本报沈阳10月20日电` / `（记者王金海）` on the next line: the credit continues the byline."""
    for a, b in itertools.pairwise(fl for fl in flow if fl.kind is not BLANK):
        if a.kind is BYLINE and _BARE_DATELINE.search(a.key) and b.key.startswith(("（", "(")):
            b.kind, b.end_dateline = TEXT, False


def _wrapped_datelines(flow: list[FlowLine], s: Settings) -> None:
    """An end-of-article credit wrapped over several lines (`（本报记者甲、乙、` / `丙）`)."""
    for i, fl in enumerate(flow):
        if fl.kind is not TEXT or not fl.key.startswith(("（", "(")) or fl.end_dateline:
            continue
        joined = fl.key
        for j in range(i + 1, min(i + 1 + s.wrapped_credit_lines, len(flow))):
            if flow[j].kind is BLANK and flow[j - 1].kind is not BLANK and not fl.terminal:
                continue  # a column break inside the credit: `（新华社北京10月1日` / blank / `电）`
            if not (flow[j].kind is TEXT or (_left_open(joined) and _inside_credit(flow[j]))):
                break
            joined += flow[j].key
            if has("end_dateline", joined):
                for k in range(i, j + 1):
                    if flow[k].kind in (TEXT, BYLINE):
                        flow[k].kind, flow[k].end_dateline = TEXT, True
                break


def _inside_credit(fl: FlowLine) -> bool:
    """A line read as a byline (`记者林一帆）`, `记者林一帆、`) opening no bracket, under a bracket left
    open: part of a credit wrapped in a narrow column (`（本报青溪3月3日电` / `记者林一帆）`), not an
    article's opening byline, which stands outside any bracket."""
    return fl.kind is BYLINE and not any(o in fl.key for o in ("（", "("))


def _side_column(
    widths: list[float], cells: list[int], k: int, step: int, lo: int, hi: int, limit: int, buckets: int
) -> tuple[float, bool]:
    """Column width seen from line k looking one way: the first width three nearby lines share.

    The line itself is left out: a short line must not find its column among other short lines.
    Walking outward from the line means the nearest column wins over a larger one further
    away; the walk stays within [lo, hi) (one article's lines) and takes at most limit + 1
    lines. Widths are bucketed by whole cells (`cells`, precomputed) and neighbouring buckets
    agree. A side that runs out of lines with only two agreeing is still trusted; one with no
    agreement at all is not.

    Buckets are list slots (`buckets`: one more than the widest cell, so that the last slot stays
    empty and bucket -1 reads it as empty too): indexing costs less than a dictionary look-up.
    """
    counts = [0] * buckets
    widest = [0.0] * buckets
    seen: list[int] = []
    for j in range(k + step, min(hi, k + limit + 2) if step > 0 else max(lo - 1, k - limit - 2), step):
        w, q = widths[j], cells[j]
        c = counts[q] + 1
        counts[q] = c
        if c == 1:
            seen.append(q)
        if w > widest[q]:
            widest[q] = w
        if c + counts[q - 1] + counts[q + 1] >= 3:
            return max(widest[q - 1], widest[q], widest[q + 1]), True
    if not seen:
        return widths[k], False
    q = max(seen, key=lambda b: (counts[b] + counts[b - 1] + counts[b + 1], b))
    support = counts[q] + counts[q - 1] + counts[q + 1]
    return max(widest[q - 1], widest[q], widest[q + 1]), support >= 2


def _past_outlier(widths: list[float], cells: list[int], near: int, far: int, run: float) -> float:
    """`_side_column` where the nearest line (`near`) breaks the first run of three on its side but
    the three past it agree, up to `far` (`run` the widest of them): the walk ends at its fourth
    line, counting the nearest line in if it is within a cell of the farthest."""
    return max(run, widths[near]) if abs(cells[near] - cells[far]) <= 1 else run


def learn_columns(flow: list[FlowLine], s: Settings) -> None:
    """Set each text line's column width from its neighbours on each side.

    Two one-sided estimates, so that a line next to a change of column width is judged by the
    column it belongs to; a side where no lines agree defers to the other side. Estimates stay
    within the article (a byline starts a new one) unless the article is too short to tell.
    """
    body = [fl for fl in flow if fl.kind in (TEXT, BYLINE)]
    widths = [fl.line.width for fl in body]
    starts = [k for k, fl in enumerate(body) if fl.kind is BYLINE or k == 0] + [len(body)]
    # Most lines take the fast path: the three nearest lines on a side agree (whole cells within
    # one of the farthest of them), or the three past the nearest one do (the walk stops at the
    # fourth line: `_past_outlier`). Each run of three is judged once for both directions.
    cells = [int(w) for w in widths]
    buckets = max(cells, default=0) + 2  # (`_side_column`)
    runs = range(len(body) - 2)
    widest = [max(widths[j], widths[j + 1], widths[j + 2]) for j in runs]
    towards_last = [abs(cells[j] - cells[j + 2]) <= 1 and abs(cells[j + 1] - cells[j + 2]) <= 1 for j in runs]
    towards_first = [abs(cells[j + 1] - cells[j]) <= 1 and abs(cells[j + 2] - cells[j]) <= 1 for j in runs]
    for lo, hi in itertools.pairwise(starts):
        for k in range(lo, hi):
            if k - 3 >= lo and towards_first[k - 3]:
                left, left_ok = widest[k - 3], True
            elif k - 4 >= lo and towards_first[k - 4]:
                left, left_ok = _past_outlier(widths, cells, k - 1, k - 4, widest[k - 4]), True
            else:
                left, left_ok = _side_column(widths, cells, k, -1, lo, hi, 4 * s.window, buckets)
            if k + 3 < hi and towards_last[k + 1]:
                right, right_ok = widest[k + 1], True
            elif k + 4 < hi and towards_last[k + 2]:
                right, right_ok = _past_outlier(widths, cells, k + 1, k + 4, widest[k + 2]), True
            else:
                right, right_ok = _side_column(widths, cells, k, 1, lo, hi, 4 * s.window, buckets)
            if not (left_ok or right_ok):
                left, left_ok = _side_column(widths, cells, k, -1, 0, len(body), 4 * s.window, buckets)
                right, right_ok = _side_column(widths, cells, k, 1, 0, len(body), 4 * s.window, buckets)
            if left_ok != right_ok:
                left = right = left if left_ok else right
            body[k].left, body[k].right = left, right
            body[k].col, body[k].col_max = min(left, right), max(left, right)
    for fl in body:
        fl.measure(s)
    _short_columns(flow, s)


def _short_columns(flow: list[FlowLine], s: Settings) -> None:
    """Two adjacent lines of one width wider than the columns around them are a column of their
    own (a short article between long ones), not two titles: a run of body text goes on past
    its first line, a title block does not."""
    for a, b in itertools.pairwise(flow):
        if a.kind is not TEXT or b.kind is not TEXT or not (a.over or b.over):
            continue
        if a.terminal or abs(a.line.width - b.line.width) > s.same_column:
            continue
        if _tag_closed(b):
            continue  # the second line closes on a column tag (…相逢（解码·创作之源）): a title pair
        wide = max(a.line.width, b.line.width)
        for fl in (a, b):
            fl.col, fl.col_max = max(fl.col, wide - s.tolerance), max(fl.col_max, wide)
            fl.measure(s)


def _neighbour_at(flow: list[FlowLine], i: int, step: int) -> tuple[int | None, int]:
    """Where the next non-blank line from i in direction step stands (furniture skipped too), and
    how many blank lines were skipped."""
    blanks = 0
    j = i + step
    while 0 <= j < len(flow):
        if flow[j].kind is BLANK:
            blanks += 1
        elif flow[j].kind is not FURNITURE:
            return j, blanks
        j += step
    return None, blanks


def _neighbours(flow: list[FlowLine], i: int, step: int) -> tuple[FlowLine | None, int]:
    """Next non-blank line from i in direction step, and how many blank lines were skipped."""
    j, blanks = _neighbour_at(flow, i, step)
    return (None if j is None else flow[j]), blanks


def _lines_above(flow: list[FlowLine]) -> list[tuple[FlowLine | None, int]]:
    """`_neighbours(flow, i, -1)` for every line i, found in one pass instead of a walk back from
    each line (valid while no line changes kind)."""
    out: list[tuple[FlowLine | None, int]] = []
    prev, blanks = None, 0
    for fl in flow:
        out.append((prev, blanks))
        if fl.kind is BLANK:
            blanks += 1
        elif fl.kind is not FURNITURE:
            prev, blanks = fl, 0
    return out


def _beyond(flow: list[FlowLine], i: int, step: int) -> tuple[FlowLine | None, int]:
    """The line after the next one from i in direction step, and the blank lines between those two."""
    j, _ = _neighbour_at(flow, i, step)
    return _neighbours(flow, j, step) if j is not None else (None, 0)


def _prose(fl: FlowLine) -> bool:
    """Clause punctuation outside brackets: the line is running text, not a title."""
    return bool(_CLAUSE.search(_BRACKETED.sub("", fl.key)))


def _continues_as_body(flow: list[FlowLine], i: int, s: Settings, indents: bool = True, shown: bool = True) -> bool:
    """Is line i the first line of a wrapped paragraph?

    Then the line after it is body text that runs on at one width with the line after that
    (or closes the paragraph), and line i is as wide as it, or narrower by a lost indent. A
    column break may fall right after line i only if line i fills its column. `indents`: the
    page sets some first lines short (an indent the text lost); elsewhere a first line fills it.
    """
    fl = flow[i]
    nxt, gap = _neighbours(flow, i, 1)
    if nxt is None or nxt.kind is not TEXT or nxt.over or nxt.subhead or nxt.line.indent:
        # An indented line opens a paragraph of its own: nothing runs on into it.
        return False
    if _title_run_of(flow, i):
        return False
    prev, prev_gap = _neighbours(flow, i, -1)
    under_title = prev is not None and prev.standalone
    if (under_title and has("headline", prev.key) and not fl.title_gap()
            and (not prev_gap or (_WORD_END.search(fl.text) and not nxt.short))):
        # A photo label (图片报道) heads an item with no subheadline: the line under it opens the
        # item's text, even where a column break sends that text on in a wider column (set off
        # by a blank, only a line broken off mid-word over a full line runs on).
        return True
    if (not gap and not prev_gap and not under_title and _ends_sentence(prev)
            and not _tagged(fl.key) and not nxt.key.endswith(_CLOSING)
            and (above := _width_above(flow, i)) is not None and _same_width(fl, above, 0.5)
            and _same_width(nxt, above, 0.5)):
        # Right under a finished sentence, two lines each exactly as wide as the full lines of the
        # text above: that text's column going on with the next paragraph (a title under text is
        # set to its own width, seldom twice to the column's cell; one wrapped there closes on
        # its bracketed tag).
        return True
    if (gap and not prev_gap and _ends_sentence(prev) and not prev.standalone
            and (_wider_than_above(flow, i, s) or (not _STOPS.search(fl.key) and _narrower_than_above(flow, i, s)))):
        # Right under finished text and over a blank line, a line wider than that text's column
        # (more than a hung mark): the text's next paragraph stays in its column up to the break,
        # so the line is a title set against the text (a report's headline under its last line).
        # So is a line with no mark stopping more than an indent short of that column: a first
        # line fills its column before a break (a picture's edge cuts it a few cells at most).
        return False
    tag_above = under_title and not prev_gap and prev is not None and _tag_closed(prev)
    if _display_lead(fl, nxt, gap, s, tag_above) and not (prev is not None and not prev_gap and _runs_on(prev, fl)):
        end = _lead_end(flow, i, s)
        after, _ = _neighbours(flow, end, 1) if end is not None else (None, 0)
        # a line a cell short of the column (a character pushed on) leads only right under a
        # title line, and only where its short last line shows where the lead ends
        pushed = abs(fl.set_width - fl.right) > 0.5
        trusted = not pushed or (under_title and after is not None)
        # a lead with no clause mark, taken on the tag above alone, must show where it ends: a short
        # line whose phrase ends there, not one a column break cuts (…研究活 / 动，…)
        if tag_above and not _prose(fl):
            trusted = trusted and end is not None and after is not None and not runs_on(flow[end].text, after.text)
        if trusted and (after is None or after.kind is not BYLINE):
            # (a short line with a dateline under it closes a title block, not a display lead)
            if end is not None:
                flow[end].ends_para = True
            return True
    if (tag_above and not gap and not fl.text.startswith("——") and not _tag_closed(fl)
            and fl.extent <= fl.col + s.tolerance and not _display_pair(flow, i)):
        # Right under a title closed by its column's tag, a line within the column that neither opens
        # with a dash nor closes on a tag of its own (nor leads in display type, above): the text's
        # first line. The tag ends the headline; a subheadline under it opens with a dash or spans
        # wider than the text, or is one display line set over two (_display_pair).
        return True
    if under_title and not prev_gap and prev is not None and _dash_half(prev, fl, nxt, gap):
        return False
    if (not gap and (prev is None or prev.complete or prev_gap or _opens_block(flow, i))
            and _stopped_with_room(flow, i)):
        # After finished text or a blank line, a line that stopped a cell or more short of the full
        # lines right under it, where their first character would have fitted, wrapped no text: it
        # ended, and ending no clause it is a title line set right over the text (no blank line
        # between). So is one right under a block's first title line: its second line. (Under a
        # second title line it may be the text's first line that lost a cell.)
        return False
    if (fl.para_indent and not gap and not fl.short and not nxt.short
            and (_WORD_END.search(fl.text) or fl.text.endswith("——"))):
        # Set in by the page's paragraph indent, filling its column and breaking off mid-phrase
        # (or on a dash that runs on) into a full line below: a paragraph's first line (a centred
        # title, or a signature set to the right and wrapped, leaves the line below it short).
        return True
    if (not gap and not indents and not nxt.short and fl.set_width < nxt.set_width - s.first_line_indent + 0.5
            and not _FULL_STOP.search(fl.text) and ((under_title and not prev_gap) or not _prose(fl))
            and not (_prose(fl) and runs_on(fl.text, nxt.text))):
        # On a page whose first lines fill their column, a line after a break that is short of the
        # line below it and ends no sentence on the way is a title line, not a paragraph's first
        # line: right under a title line, or with no clause in it (an indent the text lost is
        # seen too rarely to tell the page's habit, and it leaves a clause of prose this short).
        # A clause of prose that breaks off inside a word or phrase the line below finishes is
        # wrapped running text, however short (letter spacing or a pushed mark narrows it).
        return False
    if (not indents and under_title and not prev_gap and fl.short
            and not _PUNCTUATED.search(_BRACKETED.sub("", fl.key)) and not _lost_indent(fl, nxt, gap)):
        # Right under a title line, a line short of its column with no mark at all, on a page
        # whose first lines fill their column: the title block's next line (习近平抵达加德满都 /
        # 开始对尼泊尔进行国事访问), not a paragraph's first line.
        return False
    if (not gap and not indents and fl.line.width < fl.col - s.first_line_indent
            and not _PUNCTUATED.search(_BRACKETED.sub("", fl.key))):
        # Set more than an indent short of its column with no mark at all, on a page whose first
        # lines fill their column: a title line, whatever the line below it (a second title line).
        return False
    if gap and under_title and not prev_gap and (_opens_text(fl) or (fl.para_indent and _prose(fl))):
        # Right under a title line and over a blank line, a line opening like a news lead
        # (`10月7日，…`, `近日，…`), leaving a quotation open (`…首批30个“迷`) or set in by the
        # paragraph indent with a clause in it is the text's first line broken by a column break,
        # however short of the next column: no title line starts a dated clause or quotes past its
        # end, nor is set in like a paragraph.
        return True
    if gap and under_title and not prev_gap and fl.extent < nxt.extent - s.tolerance:
        # One line between a title line right above it and a blank line: the title block's last
        # line, unless it (nearly) fills the column the text below the blank runs in (a column
        # break; a picture's edge may cut such a line a cell short).
        return False
    if gap and under_title and not prev_gap and _past_column_below(fl, nxt):
        # The same line set wider than the full line below the blank: a title line (a paragraph
        # broken by a column break goes on in a column as wide as its first, or wider).
        return False
    if gap and under_title and not prev_gap and prev is not None and _second_title_line(prev, fl):
        # Right under a title line and over a blank line, a line with no clause or sentence mark
        # is the title's second line even where it fills the column: a text's first line breaking
        # into the next column right away is rarer than a two-line title.
        return False
    if (gap and (prev is None or prev.complete)
            and not _FULL_STOP.search(fl.key) and not fl.key.endswith("——") and has("lead", nxt.key)):
        # A line after finished text, ending no sentence and leading into no quotation (…——), then
        # a blank line above a news lead (`10月7日，…`, `近日，…`, `“…`): a section title, though
        # as wide as a column-broken first line (running text goes on mid-phrase after a break).
        return False
    if (gap and not under_title and not _tagged(fl.key) and not _FULL_STOP.search(fl.key)
            and (above := _width_above(flow, i)) is not None and _same_width(fl, above, 0.5)
            and nxt.extent - nxt.hang > fl.set_width + 0.5):
        # A line exactly as wide as the full lines of the text right above it, before a column
        # break into a wider column (a cell is enough, marks hung past the edge left out): that
        # text's column, the next paragraph's first line running on (a title is set to its own
        # width, seldom to the cell the column's).
        return True
    if (gap and prev_gap and prev is not None and prev.terminal and not fl.title_gap() and _WORD_END.search(fl.text)
            and (above := _width_above(flow, i)) is not None
            and above.set_width - s.first_line_indent <= fl.set_width <= above.set_width + 0.5
            and nxt.extent > above.line.width + s.tolerance and not has("lead", nxt.key)):
        # After a finished paragraph, a line broken off mid-word that fits the column the text
        # above runs in (a picture's edge may cut it up to an indent short), then a column break
        # into a wider column that opens no news lead: the next paragraph's first line before
        # the column widens, not a title (a title is set to its own width, over its own text).
        return True
    if (not gap and nxt.short and not nxt.terminal and (above := _width_above(flow, i)) is not None
            and _same_width(fl, above, 0.5)
            and (has("open_end", fl.key) or _mid_sentence(nxt.text) or has("open_end", nxt.key))):
        nxt2, gap2 = _beyond(flow, i, 1)
        if gap2 and nxt2 is not None and nxt2.kind is TEXT and nxt2.extent > fl.line.width + s.tolerance:
            # A line as wide as the text's column above, over a short line, with a clause left
            # open on the way (…，思 / …发展、) before a column break into a wider column: a
            # paragraph's first lines cut short at the break, no title pair (a title closes its
            # clauses).
            return True
    if (gap and prev_gap and prev is not None and prev.terminal and not under_title and _closed_phrase(fl.key)
            and (((above := _width_above(flow, i)) is not None and fl.line.width > above.line.width + 0.5)
                 or fl.line.width < _widest_above(flow, i) - s.first_line_indent - s.tolerance)):
        # Between blank lines after a finished paragraph, a line wider than the column of the text
        # above: the blank above it breaks no column (that would leave a column of one line), so
        # the line sits in that column, which running text never overfills: a title or a lead-in
        # set on its own line (…雄姿英发——), not a paragraph's first line before a break. Nor does
        # a first line stop more than an indent short of that column before a break.
        return False
    if (gap and not fl.short and not under_title and _prose(fl) and fl.line.width <= fl.col_max + s.tolerance
            and not _tagged(fl.key)):
        # A full line of running prose before a column break (the next column may be wider);
        # right under a title line the same shape is a subheadline, and one wider than the
        # columns on both sides is a title spanning them.
        return True
    if (not shown and not under_title and _prose(fl) and not fl.short and abs(fl.set_width - fl.left) <= s.tolerance
            and fl.set_width < nxt.set_width - s.tolerance and not _tagged(fl.key)):
        # A page that shows no blank lines hides its column breaks: a full line of running prose
        # as wide as the column above it, with the text going on wider below it, is a paragraph's
        # first line before a break into a wider column.
        return True
    if (gap and not prev_gap and _ends_sentence(prev) and not prev.standalone and _prose(fl)
            and _WORD_END.search(fl.text) and not _tagged(fl.key) and not has("lead", nxt.key)
            and fl.set_width >= fl.col - s.first_line_indent):
        # Right under a finished sentence with no blank line between, a line with a clause mark
        # broken off mid-word before a column break, (nearly) filling its column: the next
        # paragraph's first line, cut short by a picture's edge at most (a title set right under
        # the text it heads is set to its own, shorter width).
        return True
    if (gap and not under_title and _ends_sentence(prev) and not prev.standalone and _WORD_END.search(fl.text)
            and not _tagged(fl.key) and not has("lead", nxt.key) and fl.col - 1.5 <= fl.set_width < fl.col
            and prev.set_width <= fl.col + 0.5 and nxt.extent > fl.col + s.tolerance):
        # After a finished sentence set in the column, a line broken off mid-word a cell short of
        # it (marks hung past the edge widen the estimate), then a column break into a wider
        # column: the next paragraph's first line, with or without a clause mark in it (a title
        # is set to its own width, seldom to the column's cell less one).
        return True
    # a line wider than the narrower of the columns around it sits in the wider one
    column = fl.col_max if fl.line.width > fl.col + s.tolerance else fl.col
    if gap and (fl.short or fl.extent < min(nxt.extent, column) - 0.5
                or fl.line.width > max(fl.col_max, nxt.extent) + s.tolerance):
        # Before a column break a paragraph's line fills its column, and is no wider than the
        # columns on both sides.
        return False
    if not gap and column_tag(nxt.text) and not _prose(nxt) and not _prose(fl):
        return False  # the line below ends with a column tag: two title lines
    if not gap and not _prose(fl) and _tagged(nxt.key) and _tag_set_apart(flow, i, nxt, s):
        # the line below ends with a bracketed tag set apart from the text (直20，“厉害”在哪儿（新视点）):
        # a title line even with a comma, so the line above it is one too
        return False
    if gap and not prev_gap and not under_title and abs(fl.line.width - fl.left) <= 0.5 and fl.line.width < nxt.extent:
        # One line filling the column it follows on from, then a wider column: a paragraph's
        # first line (set off by blanks on both sides, a title).
        return True
    if not gap and max(fl.extent, nxt.extent) < fl.col - s.first_line_indent:
        # Two lines both well short of the column: no paragraph wraps that early (a title pair).
        return False
    same_width = abs(fl.line.width - nxt.line.width) <= 0.5
    if (not gap and (not under_title or same_width) and not fl.short and not nxt.short and _prose(fl)
            and (_prose(nxt) or _NEXT_SENTENCE.search(_BRACKETED.sub("", nxt.key)))
            and fl.extent >= nxt.extent - s.first_line_indent):
        # Two full lines of running prose: a paragraph, even one that ends unpunctuated (under a
        # title only when they are set to one width: a display lead, not a subheadline). A line
        # that ends one sentence and starts another is prose, with or without a clause mark.
        return True
    width = fl.extent
    if nxt.terminal:
        return width >= fl.col - s.first_line_indent
    nxt2, gap2 = _beyond(flow, i, 1)
    if nxt2 is None or nxt2.kind is not TEXT or nxt2.line.indent:
        return False
    # quotation marks are no clause: between blank lines a title pair may quote (“为…更多机遇”)
    marks = _STOPS if prev_gap else _PUNCTUATED
    if (gap2 and not fl.line.indent and not marks.search(fl.key) and not marks.search(nxt.key)
            and not _left_open(fl.key) and not _left_open(nxt.key) and not _filled_pair(prev, prev_gap, fl, nxt)
            and not _runs_past_break(fl, nxt, nxt2)):
        # Two unpunctuated lines set off by a blank line are a title pair, not running prose
        # (unless the first is indented, or one leaves a bracket open for the text after it to
        # close: a paragraph's first lines before a column break).
        return False
    # A paragraph start whose full second line ends a column may go on at another width: an
    # indented one, or two lines of one width in the column it started in (a title pair is
    # rarely two lines of exactly the column's width).
    in_column = abs(fl.line.width - nxt.line.width) <= s.tolerance and fl.line.width <= fl.left + s.tolerance
    new_column = gap2 and not nxt.short and (fl.line.indent or in_column)
    if not nxt2.terminal and not new_column and abs(nxt2.extent - nxt.extent) > s.same_column:
        return False
    # The second line may fall a little short where line-breaking rules pushed a character on;
    # then the third shows the column.
    widest = nxt.extent if gap2 else max(nxt.extent, nxt2.extent)
    return nxt.extent - s.first_line_indent <= width <= widest + s.tolerance


def _display_pair(flow: list[FlowLine], i: int) -> bool:
    """Line i and the line right under it, the second ending no sentence, set as one display line
    over two (a subheadline under a tagged title): of one width and both short of the column or both
    past it, or the first stopping short of the second, which running text never does, where a
    break (a blank line, an indent) sets the pair off from the text under it. A display lead set in
    a narrow box closes its sentence on its last line, or on a line right under these two no wider
    than they are: a subheadline is a phrase, never a sentence."""
    j, gap = _neighbour_at(flow, i, 1)
    if j is None or gap:
        return False
    fl, nxt = flow[i], flow[j]
    one_width = _same_width(fl, nxt, 0.5) and (fl.short or fl.line.width > min(fl.col, nxt.col) + 1.0)
    if nxt.terminal or not (one_width or _stops_under(fl, nxt)):
        return False
    below, gap_below = _neighbours(flow, j, 1)
    set_off = gap_below > 0 or below is None or below.kind is not TEXT or below.line.indent
    return set_off or (one_width and (not below.terminal or below.set_width > nxt.set_width + 0.5))


def _stops_under(fl: FlowLine, nxt: FlowLine) -> bool:
    """Does line fl stop more than a cell short of the line right under it? Running text fills a line
    before it wraps, while a display line set over two may break at its middle."""
    return nxt.set_width - fl.set_width > 1.0


def _dash_half(title: FlowLine, fl: FlowLine, nxt: FlowLine, gap: int) -> bool:
    """Right under a subheadline's first line (`——写在第二十一届中国`), a line as wide as it to the
    cell that ends no sentence and stops short of the text below it: the rest of that subheadline set
    over two lines (`上海国际艺术节启幕之际`), not the text's first line, which fills its column."""
    return (title.text.startswith("——") and not _FULL_STOP.search(fl.key) and not fl.line.indent
            and abs(fl.set_width - title.set_width) <= 1.0 and (gap > 0 or fl.set_width < nxt.set_width - 1.0))


TITLE_RUN = (3, 4)  # lines: a title block of a long line set over two, set off by blank lines


def _title_run_of(flow: list[FlowLine], i: int) -> bool:
    """Line i is one of three or four lines with no clause or sentence mark set off by blank lines
    above and below: a title block whose long line was set over two (中国长城资产20年累 / 计化解
    不良资产两万亿元 / 勇担金融“防火墙”重任), not a paragraph (running text goes that many lines
    without a clause mark too seldom, and one closing there ends its sentence, `……` too). Two such lines
    are judged below as a title pair, with more care (a narrow column's text may fill two)."""
    run = [i]
    for step in (-1, 1):
        j, gap = _neighbour_at(flow, i, step)
        while j is not None and not gap:
            run.append(j)
            if len(run) > TITLE_RUN[-1]:
                return False
            j, gap = _neighbour_at(flow, j, step)
    return len(run) in TITLE_RUN and all(
        flow[k].kind is TEXT and not flow[k].line.indent and not flow[k].terminal and not _STOPS.search(flow[k].key)
        and not _left_open(flow[k].key) for k in run)


def _filled_pair(prev: FlowLine | None, prev_gap: int, fl: FlowLine, nxt: FlowLine) -> bool:
    """Two lines that fill the column to the cell right under a line that fills it too: in a
    narrow column running text goes two lines without a mark as often as not, while title lines
    are set to their own length, seldom three in a row to the column's."""
    return (prev is not None and not prev_gap and prev.kind is TEXT
            and all(abs(line.set_width - fl.col) <= 0.5 for line in (prev, fl, nxt)))


def _runs_past_break(fl: FlowLine, nxt: FlowLine, after: FlowLine) -> bool:
    """Two lines of one width that fill their column (a character pushed on may leave a cell), the
    second cut inside a word (or a clause, a number) that the line after the break below them
    finishes (`…处理厂已` / blank / `经全部…`): a paragraph's first lines before a column break. A title
    pair closes its words; read as one text, the pair is long enough to tell a cut word however
    narrow the column."""
    return (_same_width(fl, nxt, 0.5) and fl.set_width >= fl.col - 1.0
            and runs_on(fl.text + nxt.text, after.text))


INDENT_CELLS = 2.0  # a paragraph indent: a first line this much short may have lost it


_NAME_MARKS = re.compile("[“”·]")  # quotation marks and a name's dot: they close or join words, no clause


def _unmarked(key: str) -> bool:
    """No mark but closed quotations and a name's dot inside the line: a title quotes a phrase
    (“首尔·中国日”) where prose would break a clause; an open quotation, or a name broken at its
    dot (让·皮埃尔·), runs on into the next line. A closing mark ends the line only after an opening
    one starts it (a quoted title): one closing a phrase of prose (…“金课”) may be set in half a cell,
    pushing the next character on."""
    return (key.count("“") == key.count("”") and not key.endswith("·") and _NAME_MARKS.sub("", key).isalnum()
            and (not key.endswith("”") or key.startswith("“")))


def _stopped_with_room(flow: list[FlowLine], i: int) -> bool:
    """Did line i, with no mark but closed quotations and no Latin letters or digits (their widths vary),
    stop short of the text right under it, two lines of one width, by at least what the first
    character of that text needs (an opening mark goes down with the character after it)?
    Running text fills its column. A character pushed on by line-breaking rules leaves a closing
    mark second on the next line, and a first line two cells short may have lost its indent on
    any page (articles of one page are set differently)."""
    fl = flow[i]
    nxt, _ = _neighbours(flow, i, 1)
    nxt2, gap2 = _beyond(flow, i, 1)
    if (nxt is None or nxt2 is None or gap2 or nxt2.kind is not TEXT or fl.line.spaced or fl.line.indent
            or not _unmarked(fl.key) or any(c.isascii() for c in fl.key) or nxt.key[1:2] in HANGING_MARKS
            or not _same_width(nxt, nxt2, 0.5)):
        return False
    lead = _LEAD.match(nxt.key)
    need = 0.5 * len(lead.group(0)) if lead else 1.0 + nxt.key.startswith(_OPENERS)
    # (a closing quotation mark ending line i counts in full: it hangs only past a filled column;
    # a name's dot, measured as half a cell, may be set in a full one)
    short_by = max(nxt.set_width, nxt2.set_width) - fl.line.width - 0.5 * fl.key.count("·")
    return need <= short_by < INDENT_CELLS


def _lost_indent(fl: FlowLine, nxt: FlowLine, gap: int) -> bool:
    """Is a line exactly an indent short of the full line right under it, breaking off mid-word
    into it, a paragraph's first line that lost its indent? A title line ends on a whole word."""
    return (not gap and not nxt.short and abs(nxt.set_width - fl.set_width - INDENT_CELLS) <= 0.5
            and runs_on(fl.text, nxt.text))


def _opens_block(flow: list[FlowLine], i: int) -> bool:
    """Is the line right above line i a title line that opens its block (text, a blank line or the
    page's top above it, no title line)? A title pair is the commonest block; a third line short
    of the text under it is as likely the text's first line."""
    j, _ = _neighbour_at(flow, i, -1)
    if j is None or not flow[j].standalone:
        return False
    above, gap = _neighbours(flow, j, -1)
    return above is None or bool(gap) or not above.standalone


def _tag_set_apart(flow: list[FlowLine], i: int, tagged: FlowLine, s: Settings) -> bool:
    """Is the tagged line under line i set apart from the text below it: by a blank line, or by
    stopping more than an indent short of a text line right under it with no sentence ended? A
    paragraph's inner line fills its column and its last line ends a sentence, so a column tag
    ending neither closes a title set over its text."""
    below, gap = _beyond(flow, i, 1)
    return bool(gap) or (not tagged.terminal and below is not None and below.kind is TEXT
                         and below.extent > tagged.extent + s.first_line_indent)


def _closed_phrase(key: str) -> bool:
    """A line that closes what it opens: a whole quotation, a lead-in ending on a dash, or a phrase
    with no comma (running text cut off at a column's end stops mid-clause, after a comma)."""
    return (key.startswith("“") and key.endswith("”")) or key.endswith("——") or not re.search(r"[，,]", key)


def _text_run_above(flow: list[FlowLine], i: int) -> list[FlowLine]:
    """Up to three lines of running text right above line i, nearest first, none of them a title."""
    j, _ = _neighbour_at(flow, i, -1)
    run: list[FlowLine] = []
    while j is not None and len(run) < 3:
        fl = flow[j]
        if fl.kind is not TEXT or fl.standalone or (run and fl.line.no != run[-1].line.no - 1):
            break
        run.append(fl)
        j -= 1
    return run


def _width_above(flow: list[FlowLine], i: int) -> FlowLine | None:
    """A full line showing the column the text right above line i was set in: the lower of two
    equal lines one under the other, right over that text's last line (which may stop short),
    none of them a title."""
    run = _text_run_above(flow, i)
    # (a letter-spaced line fills the column whatever its width; over the last line, the plain
    # full line above it shows the column alone)
    if len(run) == 3 and run[1].line.spaced and not run[2].line.spaced:
        return run[2] if run[0].set_width <= run[2].line.width + 0.5 else None
    if (len(run) < 3 or run[1].line.spaced or run[0].set_width > run[1].line.width + 0.5
            or not (run[2].line.spaced or _same_width(run[1], run[2], 0.5))):
        return None
    return run[1]


def _widest_above(flow: list[FlowLine], i: int) -> float:
    """The widest of the last three lines of running text right above line i (ragged prose
    reaches its column's edge in one of them); 0 when fewer than three lines run there."""
    run = _text_run_above(flow, i)
    return max(fl.line.width for fl in run) if len(run) == 3 else 0.0


def _wider_than_above(flow: list[FlowLine], i: int, s: Settings) -> bool:
    """Is line i wider, by more than a hung mark, than the column of the text right above it?"""
    above = _width_above(flow, i)
    return above is not None and flow[i].set_width > above.line.width + s.tolerance


def _narrower_than_above(flow: list[FlowLine], i: int, s: Settings) -> bool:
    """Does line i stop more than an indent short of the column of the text right above it?"""
    above = _width_above(flow, i)
    return above is not None and flow[i].line.width < above.set_width - s.first_line_indent


def _same_width(a: FlowLine, b: FlowLine, tolerance: float) -> bool:
    """Are two lines set to one width, counted with or without punctuation at their ends (a mark
    may hang past the column edge or fill its last cell)?"""
    return min(abs(a.line.width - b.line.width), abs(a.set_width - b.set_width)) <= tolerance


def _opens_text(fl: FlowLine) -> bool:
    """A line opening the way a news lead does (a date or 近日 and a comma; a whole quotation is a
    title's), or leaving a quotation open for the next line to close."""
    return _opens_lead(fl) or fl.key.count("“") > fl.key.count("”")


def _opens_lead(fl: FlowLine) -> bool:
    """A line opening the way a news lead does with a date or 近日 (a quotation opens lines inside
    paragraphs too often to tell)."""
    return has("lead", fl.key) and not fl.key.startswith(("“", "「"))


def _past_column_below(fl: FlowLine, nxt: FlowLine) -> bool:
    """Is a line of CJK text, not indented, wider than the full line below it by a cell or more,
    its own marks hung past the edge left out? Latin letters and digits are left alone: their
    widths are guessed."""
    return (not nxt.short and not fl.line.spaced and not fl.line.indent and fl.set_width >= nxt.extent + 1.0
            and not any(c.isascii() for c in fl.key))


def _second_title_line(title: FlowLine, fl: FlowLine) -> bool:
    """Could a line go on a title line as its second line? It carries no clause or sentence mark
    (running prose seldom goes a whole line without one), is not indented, leaves no bracket or
    quotation open and breaks off on no word that needs more; the title line above closes its
    words (no name broken at its ·) and is no label heading a photo item's text (图片报道)."""
    return (not fl.line.indent and not _STOPS.search(fl.key) and not _left_open(fl.key)
            and fl.key.count("“") <= fl.key.count("”") and not has("open_end", fl.key)
            and not title.key.endswith("·") and not has("headline", title.key))


def _left_open(text: str) -> bool:
    """Does the line open a bracket (《, （) it does not close: its phrase runs on below it?"""
    return any(text.count(o) > text.count(c) for o, c in _PAIRS)


def _display_lead(fl: FlowLine, nxt: FlowLine, gap: int, s: Settings, tag_above: bool = False) -> bool:
    """A line of prose that fills the column of the text below it and breaks off mid-phrase, the
    next line right under it: the first line of a wrapped paragraph (a display lead set between
    a title and its body), not a title line, which ends where its phrase ends. `tag_above`: the
    line sits right under a title closed by a column tag, which ends the headline, so the line
    needs no clause mark (a subheadline is display type set to its own width, not wrapped in the
    column like the commentary's lead under it)."""
    # a character pushed on to the next line may leave a line a cell short; letter spacing may
    # spread one a cell past the column instead
    short_by = fl.right - fl.set_width
    low, high = (-1.0, 0.5) if fl.line.spaced else (-0.5, 1.0)
    return (not gap and (tag_above or _prose(fl)) and not fl.short and low <= short_by <= high
            and bool(_WORD_END.search(fl.text)) and not nxt.text.startswith("——") and not nxt.over
            and not (_tag_closed(nxt) or nxt.title_gap()))


def _runs_on(a: FlowLine, b: FlowLine) -> bool:
    """Line a, as wide as line b right under it and broken off mid-phrase, runs on into it."""
    return a.kind is TEXT and abs(a.set_width - b.set_width) <= 1.0 and bool(_WORD_END.search(a.text))


def _lead_end(flow: list[FlowLine], i: int, s: Settings) -> int | None:
    """Where the short line the wrapped lines from i run on to stands: unfinished, it still ends
    the paragraph (one that finished a sentence on the way is running text: its end needs a full
    stop)."""
    j = i
    while True:
        if _FULL_STOP.search(flow[j].text):
            return None
        k, gap = _neighbour_at(flow, j, 1)
        if k is None or gap or flow[k].kind is not TEXT or flow[k].terminal or _FULL_STOP.search(flow[k].text):
            return None
        if flow[k].extent < flow[i].extent - s.tolerance:
            return k
        j = k


def _in_highlights(flow: list[FlowLine], k: int) -> bool:
    """Does the bullet line at k follow another highlight (● list under a title) rather than a
    section label (核心阅读) or paragraphs?"""
    for fl in flow[max(0, k - 8):k][::-1]:
        if fl.kind is BULLET:
            return True
        if fl.subhead or fl.kind is BYLINE or (fl.kind is TEXT and fl.terminal):
            return False  # a section label, or body text: the paragraph before ended
    return False


def _bulleted_paragraphs(flow: list[FlowLine], s: Settings) -> None:
    """A bullet line that fills the column (or falls short of it by a lost paragraph indent, as
    every first line of such a page does) and runs on into the line below it opens a bulleted
    paragraph (the ■ items under 核心阅读), not a highlight of a headline block."""
    for k, (a, b) in enumerate(itertools.pairwise(flow)):
        if a.kind is not BULLET or b.kind is not TEXT or b.over or ends_sentence(a.text):
            continue
        if _in_highlights(flow, k):
            continue
        if (-s.first_line_indent <= a.line.width - b.col_max <= s.tolerance
                and (b.terminal or not b.short)):
            a.kind = TEXT
            a.col, a.col_max, a.left, a.right = b.col, b.col_max, b.left, b.right
            a.measure(s)


def _indent_cells(fl: FlowLine) -> float:
    """Cells of white space the line was set in from the column edge."""
    return fl.line.margin if fl.line.indent and not fl.line.spaced else 0.0


def _paragraph_indents(flow: list[FlowLine], s: Settings) -> None:
    """On a page that sets its paragraphs' first lines in by an indent (seen where a line follows
    a finished sentence), an indented line opens a paragraph: mark it."""
    lines = [fl for fl in flow if fl.kind in (TEXT, BYLINE)]
    starts = [b for a, b in itertools.pairwise(lines) if a.terminal and _indent_cells(b) >= s.first_line_indent - 1]
    if len(starts) < 3:
        return
    for fl in lines:
        # (a line set in much further is centred display type, not an indented paragraph)
        fl.para_indent = s.first_line_indent - 1 <= _indent_cells(fl) <= s.first_line_indent + 1


def _judge(flow: list[FlowLine], i: int, above: list[tuple[FlowLine | None, int]], s: Settings,
           indents: bool, shown: bool) -> None:
    """Set line i standalone or not, by its own shape and the lines around it (`mark_standalone`)."""
    fl = flow[i]
    if fl.kind is BULLET:
        fl.standalone = True
    if fl.kind is not TEXT:
        return
    prev, gap_above = above[i]
    after_break = prev is None or prev.standalone or prev.complete or prev.kind is BULLET
    if not (after_break or fl.over or fl.short or fl.text.startswith("——")):
        # Most lines: running on from unfinished text above, within the column and filling it. No
        # rule below sets such a line apart (they want a break above it, a wide or short line, or
        # a dash opening it), so it is left in the text without the searches they make.
        return
    if (not fl.terminal and combined()["caption_open"].search(fl.key) and not has("photo_credit", fl.key)
            and _runs_into_next(flow, i)):
        # A picture's caption (图②：…, 图为…) wrapped in its column: text, no title (one closed
        # by its photographer's credit is finished: what follows is no part of it).
        return
    if not fl.terminal and combined()["statute"].search(fl.text) and _runs_into_next(flow, i):
        # An article of a law (第三条  …) opens its paragraph with its number, set apart by a
        # space like the halves of a title: with text under it, it is the provision's first line.
        return
    if (fl.over and not has("photo_credit", fl.key)
            and (_mid_sentence(fl.text) or _NEXT_SENTENCE.search(_BRACKETED.sub("", fl.key)))):
        # A wide line broken off mid-clause (…增产，) or running from one sentence into the next
        # is text set wider than the column learnt (a caption under a picture): no title does either.
        # (A caption closed by its photographer's credit on the line stands apart as it is.)
        return
    if fl.over:
        # A wide line that carries on an unfinished sentence is body text of a wider column;
        # set off as the page's last line and ending no sentence, it finishes no text: a title.
        nxt, _ = _neighbours(flow, i, 1)
        fl.standalone = (prev is None or gap_above > 1 or prev.complete or prev.standalone
                         or not (prev.kind is TEXT or _lead_runs_on(prev))
                         or (gap_above > 0 and nxt is not None and nxt.kind is BYLINE)
                         or (gap_above > 0 and nxt is None and not fl.terminal))
        fl.standalone = (fl.standalone and not _wraps_short(flow, i)
                         and not _prose_under_text(fl, prev, gap_above))
        return
    if "。" in fl.key and _NEXT_SENTENCE.search(_BRACKETED.sub("", fl.key)) and not _tagged(fl.key):
        return
    if _exclaimed_title(flow, i):
        fl.standalone = True
        return
    if fl.text.startswith("——") and has("subtitle", fl.key):
        _feature_title(flow, i)
        return
    if fl.terminal or fl.credit or fl.end_dateline or _mid_sentence(fl.text) or _labelled(fl):
        return
    if not after_break or (_introduces(prev) and not (fl.subhead or fl.listlabel)):
        return
    nxt, gap = _neighbours(flow, i, 1)
    if gap and nxt is not None and nxt.kind is TEXT and (has("open_end", fl.key) or has("prose_open", fl.key)
                                                             or fl.key.count("“") > fl.key.count("”")):
        # Broken off mid-clause, opened like a sentence (据…介绍，) or leaving a quotation open,
        # before a column break: the text goes on in the next column.
        return
    titled = nxt is not None and (nxt.kind in (BYLINE, BULLET) or nxt.over)
    # A subheadline hangs off the title line above it: `——…`, or a bracketed note alone on its
    # line (`（二〇一九年十月二十日）`, `（2019年10月9日，北京）`).
    subtitle = prev is not None and prev.standalone and (fl.text.startswith("——") or bool(_NOTE.match(fl.key)))
    # After an article's closing credit or dateline nothing runs on from it.
    closed = prev is not None and (prev.credit or prev.end_dateline)
    # A line set off below such a close by a blank opens the next article.
    titled = titled or (closed and gap > 0)
    # So does a line set off above it right over a title closed by a column tag: the kicker of the
    # next headline (display type), not text running on, even where that title fills the column.
    titled = titled or (closed and gap_above > 0 and not gap
                        and nxt is not None and nxt.kind is TEXT and column_tag(nxt.text))
    # a line ending in a bracketed tag that opens after a break (a blank line, a finished sentence,
    # an article's close or a title line) is a title even with commas: prose opening a paragraph
    # does not stop on a column's name
    tagged = (_tag_closed(fl)
              and not _bracket_runs_on(flow, i, nxt, gap) and not _bracket_in_column(flow, i, nxt, gap))
    fl.standalone = (fl.subhead or fl.title_gap() or titled or subtitle or tagged or _between_columns(fl, nxt, s)
                     or _wider_than_text(flow, i)
                     or not _continues_as_body(flow, i, s, indents, shown))
    # A numbered title (一、… / 第三，…) stands alone; a numbered paragraph runs on.
    fl.listlabel = fl.listlabel and fl.standalone


def _prose_under_text(fl: FlowLine, prev: FlowLine | None, gap: int) -> bool:
    """Is a wide line running prose set right under text as wide as it: a clause mark in it, broken
    off mid-word, no blank line between? That text's column goes on (the column learnt around it is
    narrower); a title set right under the text it heads is set to its own width and closes its words."""
    return (not gap and prev is not None and prev.kind is TEXT and not prev.standalone and _prose(fl)
            and bool(_WORD_END.search(fl.text)) and _same_width(prev, fl, 0.5))


def mark_standalone(flow: list[FlowLine], s: Settings, indents: bool = True, shown: bool = True) -> None:
    """Lines outside the column flow: bullets, over-wide lines, and unpunctuated title lines.

    A line is judged by the line above it; the passes after the first one find more title lines
    (a title broken in its bracket, a wrapped kicker), so a line set off by a blank line under one
    of those that was not taken for a title is judged again, now after a title line."""
    _bulleted_paragraphs(flow, s)
    _paragraph_indents(flow, s)
    above = _lines_above(flow)
    for i in range(len(flow)):
        _judge(flow, i, above, s, indents, shown)
    first = [fl.standalone for fl in flow]
    ends = _line_ends(flow)
    _bracket_wrapped_tags(flow, ends)
    _dashed_kickers(flow, ends)
    _tagged_pairs(flow, ends)
    _tagged_runs(flow, ends)
    _wrapped_kickers(flow, ends)
    _bracket_broken_titles(flow, ends)
    _kickers(flow, ends)
    _kickers_over_titles(flow, ends)
    _dashed_lead_ins(flow, ends)
    _short_clauses(flow, ends, s, indents)
    _titles_over_leads(flow)
    _dash_subtitles(flow, s)
    _leads_run_on(flow)
    _titles_over_labels(flow)
    _signatures_over_titles(flow)
    _judge_under_new_titles(flow, first, above, s, indents, shown)


def _judge_under_new_titles(flow: list[FlowLine], first: list[bool], above: list[tuple[FlowLine | None, int]],
                            s: Settings, indents: bool, shown: bool) -> None:
    """Judge again each text line set off by a blank line under a line the later passes took for a
    title (`first`: the lines the first pass took): the first pass read it after unfinished text.
    A line right under such a title, or set in from the column's edge, was judged as it stands (a
    list of items under a title found late would read as a run of titles)."""
    new = {id(fl) for fl, was in zip(flow, first, strict=True) if fl.standalone and not was}
    if not new:
        return
    for i, (prev, gap) in enumerate(above):
        fl = flow[i]
        if (gap and prev is not None and id(prev) in new and fl.kind is TEXT and not fl.standalone
                and not fl.line.indent):
            _judge(flow, i, above, s, indents, shown)


def _signatures_over_titles(flow: list[FlowLine]) -> None:
    """A line opened by a dash (`——文化馆馆长林一帆`) set off below finished running text and
    right over a title line signs that text: a kicker never opens with a dash, and a subheadline
    hangs under its title, not over it. A signature stops short of its column: one filling it, or
    leaving a bracket open, may run on past the title. (A feature's own subheadline, `——记…`, is
    no signature.)"""
    for i, fl in enumerate(flow):
        if (not (fl.standalone and fl.kind is TEXT and fl.text.startswith("——")) or has("subtitle", fl.key)
                or _left_open(fl.key) or not fl.short):
            continue
        prev, gap_above = _neighbours(flow, i, -1)
        title, gap = _neighbours(flow, i, 1)
        if (gap_above and _ends_sentence(prev) and prev is not None and not prev.standalone
                and title is not None and not gap and title.kind is TEXT and title.standalone):
            # (signing, it closes the text: nothing runs on from it past the title)
            fl.standalone, fl.terminal = False, True


def _titles_over_labels(flow: list[FlowLine]) -> None:
    """A section label (核心阅读) set right under a line closed by a column tag opens a body: the tag
    closes a headline, and the unfinished lines over it back to a break are its wrapped block, not a
    paragraph running into the label (text never runs on into a label)."""
    for i, fl in enumerate(flow):
        if fl.kind is not TEXT or not fl.subhead or not fl.short or fl.standalone:
            continue
        j, gap = _neighbour_at(flow, i, -1)
        prev = flow[j] if j is not None else None
        if prev is None or gap or prev.kind is not TEXT or not _tag_closed(prev) or ends_sentence(prev.text):
            continue
        run, top = [prev], j
        while top > 0 and flow[top - 1].kind is TEXT and not flow[top - 1].standalone and len(run) <= 3:
            top -= 1
            run.append(flow[top])
        above, gap_above = _neighbours(flow, top, -1)
        if (len(run) > 3 or any(ends_sentence(x.text) for x in run)
                or not (above is None or gap_above or above.standalone or above.complete)):
            continue
        for x in (fl, *run):
            x.standalone = True


def _leads_run_on(flow: list[FlowLine]) -> None:
    """A line opening the way a news lead does (`10月2日，…`, `近日，…`) and running on unfinished
    into the line right under it is a wrapped paragraph's first line, and the lines it runs into
    are that paragraph's: no title opens with a lead's date, short lines or not (a photo story's
    text set narrower than the column measured above)."""
    for i, fl in enumerate(flow):
        if not (fl.standalone and fl.kind is TEXT and not fl.complete and _opens_lead(fl)):
            continue
        nxt, gap = _neighbours(flow, i, 1)
        if gap or nxt is None or nxt.kind is not TEXT:
            continue
        j: int | None = i
        while j is not None and flow[j].standalone:
            flow[j].standalone = False
            if flow[j].complete:
                break
            j, gap = _neighbour_at(flow, j, 1)
            if gap or (j is not None and flow[j].kind is not TEXT):
                break


def _titles_over_leads(flow: list[FlowLine]) -> None:
    """Right under a title line, a line that ends on a whole word (or a closing quote or column
    tag) with no sentence ended in it, over a line that opens the way a news lead or a report does
    (`10月25日，…`, `近日，…`, `本报…电`), is the title's next line: the lead is the text's first
    line, and a paragraph's first line does not stop on a word for the second one to start a
    lead. Under a kicker spanning the columns and closed by its dash, the line is its headline
    whatever follows (a kicker inside a column may be an in-body interview label)."""
    for i in [i for i, fl in enumerate(flow) if fl.standalone and fl.kind is TEXT]:
        j, gap = _neighbour_at(flow, i, 1)
        if j is None or gap:
            continue
        fl = flow[j]
        if (fl.kind is not TEXT or fl.standalone or fl.complete or fl.line.indent or fl.para_indent
                or _opens_lead(fl) or _left_open(fl.key)
                or fl.key.count("“") != fl.key.count("”")):
            continue
        ends_phrase = bool(_WORD_END.search(fl.text)) or fl.text.endswith("”")
        if not _tagged(fl.key) and (_FULL_STOP.search(fl.key) or not ends_phrase or has("open_end", fl.key)):
            continue
        if flow[i].over and flow[i].text.endswith("——"):
            fl.standalone = True  # a kicker spanning the columns leads into the headline under it
            continue
        if _DATE_CUT.search(fl.key):
            continue  # a date broken over the two lines (…9月 / 26日，…) is no lead
        nxt, gap2 = _neighbours(flow, j, 1)
        if nxt is not None and not gap2 and (nxt.kind is BYLINE or (nxt.kind is TEXT and _opens_lead(nxt))):
            fl.standalone = True


def _dash_subtitles(flow: list[FlowLine], s: Settings) -> None:
    """A line opened by a dash (`——各地…纪念建队70周年`) right under the first line after a break,
    ending no clause and wider than the text under it, is a subheadline and the line above it its
    title: running text stays inside its column, and a dash line signing a text follows a
    finished sentence."""
    for i in [i for i, fl in enumerate(flow) if fl.text.startswith("——")]:
        fl = flow[i]
        if fl.kind is not TEXT or fl.standalone or fl.complete or _mid_sentence(fl.text):
            continue
        title, gap = _neighbours(flow, i, -1)
        if title is None or gap or title.kind is not TEXT or title.standalone or title.complete:
            continue
        before, _ = _beyond(flow, i, -1)
        below, _ = _neighbours(flow, i, 1)
        if ((before is None or before.complete or before.standalone) and below is not None and below.kind is TEXT
                and fl.set_width > below.line.width + s.tolerance):
            title.standalone = fl.standalone = True


def _runs_into_next(flow: list[FlowLine], i: int) -> bool:
    """Is the next line after line i (a column break between allowed) body text it may run on into?"""
    nxt, _ = _neighbours(flow, i, 1)
    return nxt is not None and nxt.kind is TEXT and not nxt.over


def _wraps_short(flow: list[FlowLine], i: int) -> bool:
    """A wide line of running prose (a clause mark in it, no sentence ended) with a short line
    right under it that ends the sentence (…景区游 / 人如织。): one paragraph wrapped in a column
    wider than the text around it (a photo's text), no title (a title does not wrap a stub). The
    stub is measured against the wide line, not the learned column: where short lines crowd the
    column estimate (a list of film titles over quotations), the stub is no shorter than it. A
    comma may close the wide line: no title ends on one. Set apart from the text on both sides,
    the pair needs no clause mark when the stub ends in 。 (…举行成 / 立大会。 under 1996年): a
    paragraph of two lines; a headline glued over its text runs on past the stub."""
    fl = flow[i]
    nxt, gap = _neighbours(flow, i, 1)
    apart = (nxt is not None and nxt.key.endswith("。") and _neighbours(flow, i, -1)[1] > 0
             and _neighbours(flow, i + 1, 1)[1] > 0)
    return (not gap and nxt is not None and nxt.kind is TEXT and nxt.terminal
            and nxt.line.width < fl.line.width / 2 and (_prose(fl) or apart) and not _FULL_STOP.search(fl.key)
            and not _tagged(fl.key) and not _series_tagged(fl.key)
            and not _PUNCTUATED.search(fl.key[-1:].replace("，", "")))


def _bracket_runs_on(flow: list[FlowLine], i: int, nxt: FlowLine | None, gap: int) -> bool:
    """A line closing on a short bracketed name (`…投资控股（集团）`, `…运动（法塔赫）`) with no break
    under it, over a clause that names a speaker (`有限公司总经理文新春说，`): the bracket is part
    of the speaker's name running on, not a column tag closing a title. Both cues are needed: a
    short tag can close a title (（钟声）), and a title's text can open with a speaker."""
    fl = flow[i]
    if gap or nxt is None or nxt.kind is not TEXT or fl.short or not _SHORT_NOTE.search(fl.key):
        return False
    after, gap2 = _beyond(flow, i, 1)
    clause = nxt.key + (after.key if after is not None and not gap2 and after.kind is TEXT else "")
    return has("speaker", clause)


def _bracket_in_column(flow: list[FlowLine], i: int, nxt: FlowLine | None, gap: int) -> bool:
    """A line closing on a bracket (`…香港科技大学（广州）`), as wide as the full line of prose right
    under it and as the full lines of the text right above it: set in that column, running text,
    not a column tag closing a title (a headline before its body sits under another article's
    text: matching both columns to the cell is no title's habit)."""
    fl = flow[i]
    if gap or nxt is None or nxt.kind is not TEXT or nxt.short or _tag_after_paragraph(flow, i, nxt):
        return False
    # (a full line wrapped inside a long name may hold no clause mark: the one after it shows the prose)
    after, gap2 = _beyond(flow, i, 1)
    if not (_prose(nxt) or (not gap2 and after is not None and after.kind is TEXT and not after.short
                            and _prose(after) and _same_width(nxt, after, 1))):
        return False
    # (line-breaking rules may push one character of a full line on)
    if not _same_width(fl, nxt, 1):
        return False
    above = _width_above(flow, i)
    return above is not None and _same_width(fl, above, 1)


def _tag_after_paragraph(flow: list[FlowLine], i: int, nxt: FlowLine) -> bool:
    """A line under a paragraph's short last line, closing on a column's tag (`…（金台锐评）`) with
    no clause mark before it, over text set a cell or more wider or narrower than the text above:
    the title of the next article. The next paragraph's first line may close on a bracket too (a
    name's short form, a place), but its text stays in the column above."""
    fl = flow[i]
    prev, _ = _neighbours(flow, i, -1)
    if not (prev is not None and prev.complete and prev.short and column_tag(fl.text)
            and not _SHORT_NOTE.search(fl.key)):
        return False
    above = _width_above(flow, i)
    nxt2, gap2 = _beyond(flow, i, 1)
    if above is None or nxt2 is None or gap2 or nxt2.kind is not TEXT or nxt2.short:
        return False
    return abs(max(nxt.set_width, nxt2.set_width) - above.set_width) >= 1


def _lead_runs_on(fl: FlowLine) -> bool:
    """A dateline line whose lead has begun after it and breaks off unfinished (…电  全国): the
    lead's sentence goes on in the line below, however wide that column."""
    return fl.kind is BYLINE and not fl.complete and bool(split_byline(fl.text)[1].strip())


def _introduces(prev: FlowLine | None) -> bool:
    """A line of running text that fills its column and closes on a colon (…他说：) introduces
    the words under it (a quotation, a list): what follows is its text, no title (a kicker
    closing on a colon is short or spans columns)."""
    return (prev is not None and prev.kind is TEXT and not prev.standalone and not prev.short
            and not prev.over and prev.text.endswith(("：", ":")))


def _between_columns(fl: FlowLine, nxt: FlowLine | None, s: Settings) -> bool:
    """A line opening the text after a break that fits neither column around it (too wide for
    the narrower one, too short of the wider one for a first line that lost its indent) nor
    the full line below it. A paragraph's first line fills its column; a title has its own width."""
    narrow, wide = min(fl.left, fl.right), max(fl.left, fl.right)
    return (nxt is not None and not nxt.short and abs(fl.set_width - nxt.set_width) > s.tolerance
            and narrow + s.tolerance < fl.set_width < wide - s.first_line_indent)


def _wider_than_text(flow: list[FlowLine], i: int, pair: bool = True) -> bool:
    """After a break, an unpunctuated line a cell or more wider than the three lines of text under
    it, nothing hung past its edge: a paragraph's first line is no wider than its column
    (a line of prose may take a cell more where a character is pulled up, but then it holds
    clause marks), and a column goes on as wide or wider after a break, so the line is a title
    set over the text (a headline that ran on into the next article's first paragraph). So is one
    over such a title line, wider than the text under that (a title pair over a narrow column)."""
    fl = flow[i]
    if fl.line.indent or fl.key.endswith("—") or _PUNCTUATED.search(_BRACKETED.sub("", fl.key)):
        return False
    # the three lines under it (after any blank), one under the other (a paragraph's short last
    # line may be one of them)
    below: list[FlowLine] = []
    j, _ = _neighbour_at(flow, i, 1)
    gap = 0
    while j is not None and not gap and len(below) < 3 and flow[j].kind is TEXT and not flow[j].line.indent:
        below.append(flow[j])
        j, gap = _neighbour_at(flow, j, 1)
    if len(below) < 3 or below[0].complete:
        return False
    # (a mark closing a full line may sit inside the column: their widths count whole)
    if fl.set_width >= max(b.line.width for b in below) + 1:
        return True
    first, _ = _neighbour_at(flow, i, 1)
    return (pair and first is not None and _wider_than_text(flow, first, pair=False)
            and fl.set_width >= max(b.line.width for b in below[1:]) + 1)


def _labelled(fl: FlowLine) -> bool:
    """A line opened by a bracketed label with text after it (`【人物】李明远`, `【故事】…`) opens a
    paragraph of the text; it is no title line (a label alone on its line is a section title)."""
    m = _LABEL.match(fl.key) if fl.key.startswith("【") else None
    return m is not None and bool(fl.key[m.end():].strip())


def _exclaims(fl: FlowLine) -> bool:
    """The line ends in ！ or ？, closing quotes or brackets aside."""
    return fl.text.rstrip("”’」』）)").endswith(("！", "？", "!", "?"))


def _exclaimed_title(flow: list[FlowLine], i: int) -> bool:
    """A short title ending in ！ or ？ (`我爱你，中国！`) with a subheadline hanging off it: after
    finished text, the line right below (no blank) opens with a dash (`——国庆阅兵纪实`)."""
    if not (flow[i].short and _exclaims(flow[i])):
        return False
    prev, _ = _neighbours(flow, i, -1)
    nxt, gap = _neighbours(flow, i, 1)
    if prev is not None and not (prev.complete or prev.standalone):
        return False
    return nxt is not None and not gap and nxt.kind is TEXT and nxt.text.startswith("——") and not nxt.terminal


def _feature_title(flow: list[FlowLine], i: int) -> None:
    """A feature's subheadline (`——写在…之际`, `——记…`) stands alone, and so does the unfinished
    title line right above it (`从武汉到金奈，汇聚…正能量`), commas and all."""
    flow[i].standalone = True
    prev, gap = _neighbours(flow, i, -1)
    # an exclaimed title (`“我们是一支不可战胜的力量！”`) ends like a sentence, and still heads it
    if prev is not None and not gap and prev.kind is TEXT and (_exclaims(prev) or not prev.complete):
        before, _ = _beyond(flow, i, -1)
        if before is None or before.complete or before.standalone:
            prev.standalone = True


def _line_ends(flow: list[FlowLine]) -> dict[str, list[int]]:
    """The lines of a page by their last character, found in one scan for every rule to look up."""
    ends: dict[str, list[int]] = {}
    for i, fl in enumerate(flow):
        if fl.line.text:
            ends.setdefault(fl.line.text[-1], []).append(i)
    return ends


def _running_ending(flow: list[FlowLine], ends: dict[str, list[int]], marks: str | tuple[str, ...]
                    ) -> Iterator[tuple[int, FlowLine]]:
    """Text lines not yet set apart that end with `marks`: the few lines a rule looks at."""
    lasts = {mark[-1] for mark in ((marks,) if isinstance(marks, str) else marks)}
    for i in sorted(i for last in lasts for i in ends.get(last, ())):
        fl = flow[i]
        if fl.kind is TEXT and not fl.standalone and fl.line.text.endswith(marks):
            yield i, fl


def _bracket_wrapped_tags(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After finished text, a line that opens a bracket and the line right under it that closes
    the bracket at its end, joined a title closed by a column tag (`出行脚步丈量国家进步（人民论` /
    `坛·倾听历史的回声）`), are one display line broken where its box ended: prose that ends a line
    on a closing bracket has a clause mark before it, which a column tag's title never has (a page
    cut by character count may end its lines anywhere)."""
    closed = list(_running_ending(flow, ends, _CLOSING))
    if not closed or sum(fl.kind is TEXT and fl.text.startswith(HANGING) for fl in flow) >= _UNRULED:
        return
    for j, fl in closed:
        i, gap = _neighbour_at(flow, j, -1)
        if i is None or gap:
            continue
        first = flow[i]
        if first.kind is not TEXT or first.complete or not _left_open(first.key) or _left_open(first.key + fl.key):
            continue
        prev, _ = _neighbours(flow, i, -1)
        kicker = _kicker_above(flow, i)
        if ((prev is None or prev.complete or prev.standalone or kicker)
                and column_tag(first.text + fl.text)):
            for t in (*kicker, first, fl):
                t.standalone = True


# A series' tag of a column's name and one part, both plain words (（财经眼·稳金融三问①）, （解码·创作之源）).
_NAME_AND_PART = re.compile(r"[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}[①-⑳]?")


def _names_series(title: FlowLine) -> bool:
    """Does a line close on a series' tag (`_SERIES_TAG`) of a name and a part in words? Prose
    stops on a bracketed note (（简称“…”）), never on a column's name and part, so the title needs
    no blank line under it."""
    m = _SERIES_TAG.search(title.key)
    return m is not None and _NAME_AND_PART.fullmatch(m.group(1)) is not None


def _kicker_above(flow: list[FlowLine], i: int) -> list[FlowLine]:
    """The one or two lines right above line i, after finished text and ending no sentence: the
    kicker over it when line i shows itself a title line (a title closed by a column tag needs
    no kicker's dash to show the lines over it lead into it)."""
    run: list[FlowLine] = []
    j, gap = _neighbour_at(flow, i, -1)
    while j is not None and not gap and len(run) < 2:
        fl = flow[j]
        if fl.kind is not TEXT or fl.complete or _FULL_STOP.search(fl.key):
            return []
        run.insert(0, fl)
        j, gap = _neighbour_at(flow, j, -1)
        if j is None or flow[j].complete or flow[j].standalone:
            return run
    return []


def _dashed_kickers(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After finished text, a line closed by a kicker's dash (`…，雷忠义——`) right above a line
    closed by a column tag (`…良方（走近国医大师(26)）`) and set off below is a kicker and its
    headline: prose never closes a line with a column tag under a dash. A title closed by a tag
    with no clause mark before it (`汇聚起…磅礴力量（我为祖国自豪）`) needs nothing set off below:
    the text may run on right under it."""
    for i, fl in _running_ending(flow, ends, "——"):
        prev, _ = _neighbours(flow, i, -1)
        title, gap = _neighbours(flow, i, 1)
        if (prev is not None and not (prev.complete or prev.standalone)) or title is None or gap:
            continue
        below, gap_below = _beyond(flow, i, 1)
        tagged = _tag_closed(title)
        if (title.kind is TEXT and tagged and not title.terminal
                and (below is None or gap_below or below.kind is BYLINE or column_tag(title.text)
                     or _names_series(title))):
            fl.standalone = title.standalone = True


def _tagged_pairs(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After a break, a line with no sentence end over a line closed by a column tag and set off
    below (a blank line, a dateline, a news lead's opening date) are a kicker and its headline: a
    paragraph of two lines does not stop on a column's name, and the tag closes the title, so the
    text starts under it. A series' tag (`_names_series`) needs nothing set off below: the text
    may run on right under it."""
    for j, title in _running_ending(flow, ends, _CLOSING):
        # (a title may ask or exclaim before its tag: 怎么看？（财经眼·…）; it states no sentence)
        if not _tag_closed(title) or _RUN_STOPS.search(title.key):
            continue
        i, gap = _neighbour_at(flow, j, -1)
        below, gap_below = _neighbours(flow, j, 1)
        if i is None or gap or not (below is None or gap_below or below.kind is BYLINE or _names_series(title)
                                    or (below.kind is TEXT and _opens_lead(below))):
            continue
        fl = flow[i]
        prev, gap_up = _neighbours(flow, i, -1)
        if (fl.kind is TEXT and not fl.complete and not fl.credit and not fl.end_dateline
                and not _FULL_STOP.search(fl.key) and not _mid_sentence(fl.text) and not _left_open(fl.key)
                and (prev is None or gap_up or prev.complete or prev.standalone)):
            fl.standalone = title.standalone = True


_TITLE_RUN = 4  # lines: a kicker and a headline, each broken over two lines in a narrow box
_RUN_STOPS = re.compile(r"[。；;]")


def _tagged_runs(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After a break, three or four lines with no sentence in them, the last closed by a column tag
    (alone or with the line above it: `青溪怎样留住年轻人？` / `（县域观察·三问①）`) and set off below
    (a blank line, a byline, the text's indented first line), are a kicker and a headline each
    broken over two lines in a box as narrow as the column: a paragraph of that length has a
    sentence end, and does not stop on a column's name. A bracket on a line of its own is a tag
    broken off only if it names a series (`·`): else it is a note closing the text (（作者为某校教师）)."""
    for j, title in _running_ending(flow, ends, _CLOSING):
        below, gap_below = _neighbours(flow, j, 1)
        if (not (below is None or gap_below or below.kind is BYLINE or below.line.indent)
                or _RUN_STOPS.search(title.key) or (_NOTE.match(title.key) and "·" not in title.key)):
            continue
        run = [title]
        i, gap = _neighbour_at(flow, j, -1)
        while i is not None and not gap and len(run) < _TITLE_RUN:
            fl = flow[i]
            if fl.standalone or (fl.complete and fl.key[-1:] not in "？！?!"):
                break
            if (fl.kind is not TEXT or fl.credit or fl.end_dateline or _RUN_STOPS.search(fl.key)
                    or _NEXT_SENTENCE.search(fl.text)):
                run = []
                break
            run.insert(0, fl)
            i, gap = _neighbour_at(flow, i, -1)
        above = flow[i] if i is not None else None
        if len(run) < 3 or not (above is None or gap or above.complete or above.standalone):
            continue
        last = run[-2].key + title.key
        if _tag_closed(title) or _tagged(last) or _series_tagged(last) or column_tag(last):
            for fl in run:
                fl.standalone = True


def _wrapped_kickers(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After finished text, two lines with no sentence end closed by a kicker's dash
    (`高位起步引龙头企业，` / `顺势而为强产业集群——`) over one or two lines set off below with no
    sentence end are a kicker broken over two lines and its headline: a paragraph's first lines
    do not lead with a dash into text that stops unfinished at a blank line."""
    for i, fl in _running_ending(flow, ends, "——"):
        j, gap_up = _neighbour_at(flow, i, -1)
        if j is None or gap_up:
            continue
        first = flow[j]
        if first.kind is not TEXT or first.standalone or first.complete or _FULL_STOP.search(first.key + fl.key):
            continue
        before, gap_before = _neighbours(flow, j, -1)
        if before is not None and not (before.complete or before.standalone):
            continue
        title = _title_run(flow, i)
        if title and (gap_before or before is None or not any(_STOPS.search(t.key) for t in title)):
            # (right under finished text with no blank line, only a title with no clause mark: the
            # text's next paragraph may lead with a dash into a clause cut by a column break)
            for t in (first, fl, *title):
                t.standalone = True


def _title_run(flow: list[FlowLine], i: int) -> list[FlowLine]:
    """The one or two lines right under line i, ending no sentence and set off below (a blank
    line or the page's end): a title under a kicker; none when text runs on."""
    run: list[FlowLine] = []
    k, gap = _neighbour_at(flow, i, 1)
    while k is not None and not gap and len(run) < 2:
        fl = flow[k]
        if fl.kind is not TEXT or fl.complete or _FULL_STOP.search(fl.key):
            return []
        run.append(fl)
        k, gap = _neighbour_at(flow, k, 1)
    return run if run and (k is None or gap) else []


def _bracket_broken_titles(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After finished text, a line closed by an opening bracket or quote (`…一样团聚”（`) and the
    line right under it, both with no sentence end, are a title broken over two lines: set text
    never ends a line on an opening mark (line-breaking rules push it on to the next line), unless
    the page shows it was cut by character count."""
    broken = list(_running_ending(flow, ends, _OPENERS))
    if not broken or sum(fl.kind is TEXT and fl.text.startswith(HANGING) for fl in flow) >= _UNRULED:
        return
    for i, fl in broken:
        j, gap = _neighbour_at(flow, i, 1)
        if j is None or gap:
            continue
        nxt = flow[j]
        if nxt.kind is not TEXT or nxt.complete or _FULL_STOP.search(fl.key + nxt.key):
            continue
        prev, _ = _neighbours(flow, i, -1)
        if prev is None or prev.complete or prev.standalone:
            fl.standalone = nxt.standalone = True


def _kickers_over_titles(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After finished text, a line closed by a kicker's dash (`各地举办秋季运动会——`) right over a
    narrower line that stops short with no mark at all (`健儿竞技  观众喝彩`), the text going on
    right under it, is a kicker and its headline, even where the kicker fills the column of a page
    set in one width: a paragraph's line closed by a dash runs on to the column edge, and a
    paragraph stopping short ends on a sentence mark."""
    for i, fl in _running_ending(flow, ends, "——"):
        if fl.text.startswith("——") or _FULL_STOP.search(fl.key):
            continue
        prev, _ = _neighbours(flow, i, -1)
        title, gap = _neighbours(flow, i, 1)
        if (prev is not None and not (prev.complete or prev.standalone)) or title is None or gap:
            continue
        below, gap_below = _beyond(flow, i, 1)
        if (title.kind is TEXT and title.short and not title.terminal and not _STOPS.search(title.key)
                and title.set_width < fl.set_width and below is not None and not gap_below
                and below.kind is TEXT and not runs_on(title.text, below.text)):
            fl.standalone = title.standalone = True


def _dashed_lead_ins(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """After finished text, a line closed by a dash (`山岗春意浓，处处生机勃发——`) with blank lines on
    both sides is a lead-in set apart as a paragraph of its own: a text's first line that breaks
    into the next column right away seldom ends on a dash, and a blank line above it shows no
    sentence ran on into it."""
    for i, fl in _running_ending(flow, ends, "——"):
        prev, gap_above = _neighbours(flow, i, -1)
        nxt, gap = _neighbours(flow, i, 1)
        if gap_above and gap and prev is not None and prev.complete and nxt is not None and nxt.kind is TEXT:
            fl.ends_para = True


_CLAUSE_END = ("，", "、", "；", ",", ";")


def _short_clauses(flow: list[FlowLine], ends: dict[str, list[int]], s: Settings, indents: bool) -> None:
    """After finished text, a line closed by a clause mark that stops more than an indent short of
    its column, the text going on right under it, is a paragraph of its own (a couplet's half,
    `春风拂山岗，` / `处处好风光。`): wrapped prose runs on to the column edge. A page that sets
    its first lines in by an indent may have lost it, so it is left alone."""
    if indents:
        return
    for i, fl in _running_ending(flow, ends, _CLAUSE_END):
        if fl.line.width >= fl.col - s.first_line_indent:
            continue
        prev, _ = _neighbours(flow, i, -1)
        nxt, gap = _neighbours(flow, i, 1)
        if (prev is None or prev.complete) and not gap and nxt is not None and nxt.kind is TEXT:
            fl.ends_para = True


def _kickers(flow: list[FlowLine], ends: dict[str, list[int]]) -> None:
    """A short line ending in a colon right above a title line is a kicker (`国务院扶贫办：`)."""
    for i, fl in _running_ending(flow, ends, ("：", ":")):
        if not fl.short:
            continue
        prev, _ = _neighbours(flow, i, -1)
        nxt, gap = _neighbours(flow, i, 1)
        if (prev is None or prev.complete or prev.standalone) and nxt is not None and not gap and nxt.standalone:
            fl.standalone = True


def page_indents(flow: list[FlowLine], s: Settings) -> bool:
    """Does this page set paragraph first lines short (a two-cell indent the PDF text lost)?

    Judged on the lines that follow a certain paragraph end (a short line closing a sentence).
    """
    starts = [b for a, b in itertools.pairwise(fl for fl in flow if fl.kind is TEXT)
              if a.short and a.terminal and not b.terminal and not b.over]
    return len(starts) >= 3 and sum(_looks_indented(fl, s) for fl in starts) >= 0.6 * len(starts)


def _looks_indented(fl: FlowLine, s: Settings) -> bool:
    """Two cells or so narrower than its column: a first line whose indent the PDF text lost."""
    return fl.col - s.first_line_indent - 0.5 <= fl.line.width <= fl.col - s.tolerance


_LEAD = re.compile(r"^[0-9A-Za-z.,:%+\-/]+")


def _room_left(prev: FlowLine, nxt: FlowLine, above: FlowLine | None, s: Settings) -> bool:
    """Would the next line's first word have fitted on this line? Then the text stopped early.

    The column is the learned one, or the line above in the same paragraph when that is wider
    (the learned estimate can reach into a narrower neighbour on a short article).
    """
    lead = _LEAD.match(nxt.key)
    need = 0.5 * len(lead.group(0)) if lead else 1.0
    return prev.line.width + need <= _paragraph_column(prev, above, s) - s.tolerance + 1.0


_HALF_MARKS = re.compile(r"[,:;?!]")
_QUOTED_STOP = re.compile(r"[。！？][”’」』]*$")


def _first_word_cells(key: str) -> float | None:
    """The cells a line's first word takes (a Chinese character, or an unbroken Latin run such as
    `2019`), or None when a hanging mark follows it or the line opens otherwise (an opening mark
    never ends a line): the word typesetting would pull up into room left on the line above."""
    lead = _LEAD.match(key)
    size = len(lead.group(0)) if lead else int(bool(HAN.match(key)))
    if not size or key[size:size + 1] in HANGING_MARKS:
        return None
    return 0.5 * size if lead else 1.0


def _short_by_first_word(prev: FlowLine, nxt: FlowLine, above: FlowLine | None) -> bool:
    """A finished sentence (its closing quotation marks after it) set short of the lines around it
    by room enough for the next line's first word: typesetting pulls that word up (only an opening
    mark, a Latin run too long for the room or a character a closing mark must follow is pushed
    down), so the text stopped there and the paragraph ended. This reads the cell or two that
    `_room_left` leaves to doubt, measured against the neighbours as well as the column.
    Only on a line of full-width characters, and not where a line nearby has half-width marks
    (`,` `:`): set half or full, they leave a width uncertain by the very cell measured."""
    near = [fl for fl in (above, prev, nxt) if fl is not None]
    need = _first_word_cells(nxt.key)
    if (need is None or prev.justified or latin_count(prev.text) or not _QUOTED_STOP.search(prev.text)
            or any(_HALF_MARKS.search(fl.line.raw) for fl in near)):
        return False
    full = max(fl.set_width for fl in near if fl is not prev)
    return full - prev.line.width >= max(need, 1.0) - 0.25 and abs(prev.col - full) <= 0.5


def _paragraph_column(line: FlowLine, above: FlowLine | None, s: Settings) -> float:
    """The column a paragraph's line sits in: its learned column, or the line above it in the
    paragraph when that is wider and agrees with the wider side of the estimate (a column break
    without a blank line must not lend the line a neighbouring column's width)."""
    if above is not None and abs(above.extent - line.col_max) <= s.same_column:
        return max(line.col, above.extent)
    return line.col


def _stops_unfinished(prev: FlowLine, above: FlowLine | None, column: float, indents: bool, s: Settings) -> bool:
    """With no blank line after it, does an unfinished text line end its paragraph? Wrapped text
    runs on to the column edge, so one that stopped more than an indent short of its column and
    of the line above it on a mark that closes a phrase (`…纵深推进——`, `…“硬约束”`) does; one
    broken off on a bare character only when it stopped half-way (a picture's edge or a
    line-breaking rule may cut a line a few cells short). A clause mark or an open bracket
    carries the text on to the next line."""
    if prev.line.width >= min(column, above.extent if above is not None else column) - s.first_line_indent:
        return False  # (first: most lines run to the column edge)
    if prev.kind is not TEXT or _mid_sentence(prev.text) or _left_open(prev.key):
        return False
    if indents and _looks_indented(prev, s):
        return False  # a first line that lost its indent
    return not _WORD_END.search(prev.text) or prev.line.width <= 0.5 * column


def _breaks(prev: FlowLine, nxt: FlowLine, blanks: int, indents: bool, above: FlowLine | None, s: Settings) -> bool:
    """Does a paragraph end between two body lines?

    Only after a finished sentence: when the line stopped early, when a blank line follows
    (unless this page indents first lines and the next line is not indented: a column break),
    or when the next line is indented.
    """
    if prev.kind is BYLINE and _BARE_DATELINE.search(prev.key):
        return False
    if prev.kind is BYLINE and not split_byline(prev.text)[1].strip():
        # A credit line on its own (`本报记者 李明远`) heads the text below it.
        return True
    if nxt.kind is BYLINE:
        return True
    if prev.end_dateline and nxt.end_dateline and not prev.key.endswith(_CLOSING):
        return False
    if prev.credit and nxt.credit and not blanks and not has("credit", prev.key):
        return False  # a credit wrapped in a narrow column (…摄影报 / 道) is one paragraph
    if nxt.end_dateline or prev.end_dateline or nxt.credit or prev.credit:
        return True
    if prev.ends_para or nxt.para_indent or _labelled(nxt):
        return True
    if not prev.terminal:
        # Unfinished, the text ends a paragraph only where a blank line follows a line that
        # stopped half-way (a display lead set without a full stop); a column break follows a
        # full line, and a line a little short may be a narrower column's.
        if not blanks and prev.line.width >= (above.extent if above is not None else prev.col) - s.first_line_indent:
            return False  # it ran on to the column edge (the common case, decided before the column is looked up)
        column = _paragraph_column(prev, above, s)
        if blanks:
            return prev.line.width <= 0.5 * column
        return _stops_unfinished(prev, above, column, indents, s)
    # A lost indent is measured against the full line above too: the learned column takes in
    # punctuation hung past the edge, a cell that is a large share of a narrow column.
    if (_room_left(prev, nxt, above, s) or nxt.line.indent
            or (_looks_indented(nxt, s) and not nxt.complete and nxt.line.width <= prev.set_width - s.tolerance)
            or _short_by_first_word(prev, nxt, above)):
        return True
    if not blanks:
        return False
    return not indents or nxt.line.width < nxt.col - 1.0


def _same_block(a: FlowLine, b: FlowLine) -> bool:
    """Across a blank line, highlights stay with their titles, and a kicker (`…——`) with the
    title under it, a subheadline (`——…`) with the title above it."""
    return BULLET in (a.kind, b.kind) or a.text.endswith("——") or b.text.startswith("——")


def _sentence_after_title(a: FlowLine, b: FlowLine) -> bool:
    """A full sentence (a caption) never continues a block of title lines, blank line or not."""
    return BULLET not in (a.kind, b.kind) and bool(_SENTENCE.search(b.text)) and not _SENTENCE.search(a.text)


def _title_after_sentence(a: FlowLine, b: FlowLine) -> bool:
    """A full sentence (a caption, a pull quote) or a bracketed note (a credit) is no kicker: a title
    line under it starts a new block, blank line or not (a kicker leads into its headline)."""
    return (BULLET not in (a.kind, b.kind) and (a.key.endswith("。") or bool(_NOTE.match(a.key)))
            and not _SENTENCE.search(b.text))


def _wraps(a: FlowLine, b: FlowLine) -> bool:
    """A section title longer than its column, wrapped onto a short second line; a highlight
    (● …) wrapped onto the lines under it until its sentence ends."""
    if a.kind is BULLET:
        return b.kind is TEXT and not b.subhead and not ends_sentence(a.text)
    if a.kind is not TEXT or b.kind is not TEXT or a.over or a.short or b.subhead or not b.short:
        return False
    return a.subhead or a.listlabel or _stub(a, b)


def _stub(a: FlowLine, b: FlowLine) -> bool:
    """A title line filling the column to the cell and broken off on a word, over a line of a few
    characters (战场上入党宣誓记了一辈 / 子): one line wrapped at the column edge, not a title and
    a subheadline (a display line breaks where its phrase ends, and is set to its own width; a
    headline of two spaced halves under a kicker as wide as the column is one; nor is a line
    naming who attended, 某某出席, which is a clause of its own: the report's subheadline)."""
    return (abs(a.set_width - a.col) <= 0.5 and bool(_WORD_END.search(a.text)) and not _STOPS.search(b.key)
            and b.line.width <= a.line.width / 2 and not b.title_gap() and not has("attended", b.key))


def _joined(a: FlowLine, b: FlowLine, s: Settings) -> FlowLine:
    line = Line(no=a.line.no, text=a.text + b.text, width=a.line.width + b.line.width, indent=a.line.indent,
                margin=a.line.margin)
    joined = FlowLine(line, a.kind, key=a.key + b.key, subhead=a.subhead, listlabel=a.listlabel, col=a.col,
                      col_max=a.col_max, terminal=b.terminal, standalone=True, para_indent=a.para_indent)
    joined.measure(s)
    # a line wrapped in its column spans no columns, however long it is once joined
    joined.over = False
    joined.wrapped = True
    return joined


def _wrapped_phrase(para: Para) -> bool:
    """A phrase without a clause or sentence mark wrapped in a narrow column, its last line stopped
    short of the line above: an in-body subhead, which a blank line after it closes (a column break
    cuts running text at the column edge, whatever the column's width)."""
    lines = para.lines
    if (len(lines) < 2 or lines[-1].kind is not TEXT or lines[-1].terminal
            or lines[-1].line.width > lines[-2].extent - 1.0):
        return False
    text = "".join(fl.text for fl in lines)
    return not _left_open(text) and text.count("“") <= text.count("”") and not _STOPS.search(text)


def build_elements(flow: list[FlowLine], indents: bool, s: Settings) -> list[Element]:
    """Group the flow into paragraphs and blocks, in reading order."""
    elements: list[Element] = []
    para: Para | None = None
    last: FlowLine | None = None
    blanks = 0
    block: Block | None = None
    for fl in flow:
        if fl.kind is BLANK:
            blanks += 1
            continue
        if fl.kind is FURNITURE:
            continue
        if fl.standalone and block is not None and not blanks and _wraps(block.lines[-1], fl):
            block.lines[-1] = _joined(block.lines[-1], fl, s)
            continue
        if fl.standalone:
            # A subhead never joins a headline block (it is a paragraph waiting to be placed), and
            # after a blank line a title starts a new block unless it is marked as one block.
            if block is not None and (fl.subhead or fl.listlabel or block.lines[-1].subhead or block.lines[-1].listlabel
                                      or (blanks and not _same_block(block.lines[-1], fl))
                                      or _sentence_after_title(block.lines[-1], fl)
                                      or _title_after_sentence(block.lines[-1], fl)):
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
        # The line above in the same paragraph and the same column (no column break between).
        above = (para.lines[-2] if para is not None and len(para.lines) >= 2
                 and para.lines[-2].line.no == para.lines[-1].line.no - 1 else None)
        if (para is not None and last is not None and not (blanks and _wrapped_phrase(para))
                and not _breaks(last, fl, blanks + crossed, indents, above, s)):
            para.lines.append(fl)
        else:
            para = Para([fl], byline=fl.kind is BYLINE)
            elements.append(para)
        para.end_dateline = fl.end_dateline
        last = fl
        blanks = 0
    return elements
