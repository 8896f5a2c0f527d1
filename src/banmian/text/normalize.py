"""Character- and space-level repairs of PDF/OCR text.

Two levels, because spaces carry meaning early and are noise late: `clean_line` repairs
characters but keeps spaces (byline parsing needs `刘钦赐 文 郑文典 图`), `tidy` removes the
justification spaces from finished paragraph text, and `tidy_title` keeps the one space that
separates the two halves of a headline.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef“”‘’…—·"
# One Han character (a CJK unified ideograph): no mark, no Latin, nothing a line-breaking rule moves.
HAN = re.compile("[\u4e00-\u9fff]")
_CJK_CHAR = f"[{CJK}]"
_SPACE_NEAR_CJK = re.compile(rf"(?<={_CJK_CHAR})[ ]+|[ ]+(?={_CJK_CHAR})")
_HALF_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_ANY_HALF = re.compile("[,:;?!]")
_PUNCT_NEAR_CJK = re.compile(rf"(?<={_CJK_CHAR})[ ]*([,:;?!])[ ]*|[ ]*([,:;?!])[ ]*(?={_CJK_CHAR})")
_SPACES = re.compile(r"[ ]{2,}")
_JUSTIFIED = re.compile(rf"{_CJK_CHAR}(?:[ ]+{_CJK_CHAR}){{3,}}")


@cache
def _charmap() -> tuple[re.Pattern[str], dict[str, str]]:
    """The repairs of data/charmap.tsv, and a pattern finding the characters they apply to
    (most lines have none, and searching is far cheaper than `str.translate`)."""
    table: dict[str, str] = {}
    text = resources.files("banmian.text").joinpath("data/charmap.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        src, dst, _why = line.split("\t", 2)
        table[chr(int(src[2:], 16))] = "" if dst == "-" else "".join(chr(int(c[2:], 16)) for c in dst.split())
    return re.compile("[" + "".join(re.escape(c) for c in table) + "]"), table


def clean_line(raw: str) -> str:
    """Repair characters (vertical forms, odd spaces, half-width punctuation); keep spaces."""
    mapped, table = _charmap()
    s = (mapped.sub(lambda m: table[m.group()], raw) if mapped.search(raw) else raw).rstrip()
    if not _ANY_HALF.search(s):
        return s
    return _PUNCT_NEAR_CJK.sub(lambda m: _HALF_PUNCT[m.group(1) or m.group(2)], s)


def needs_repair(text: str) -> bool:
    """Does `text` hold a character `clean_line` repairs? Asked of a whole page once: most pages
    hold none, and then each of their lines needs only its trailing spaces trimmed."""
    mapped, _table = _charmap()
    return mapped.search(text) is not None or _ANY_HALF.search(text) is not None


# Marks line-breaking rules never put at a line's start, which a column may hang past its edge
# (as a string for str.rstrip, as a tuple for str.startswith / str.endswith).
HANGING_MARKS = "，。、；：？！”’）》」』…,.;:?!)"
HANGING = tuple(HANGING_MARKS)


def latin_count(s: str) -> int:
    """Latin-1 characters (letters, digits, ASCII marks): the ones a page may set in half a cell."""
    return len(s.encode("latin-1", "ignore"))


def cells(length: int, latin_chars: int, latin: float = 0.5) -> float:
    """Display width of `length` characters, `latin_chars` of them Latin-1 set `latin` of a cell."""
    return length - (1.0 - latin) * latin_chars


def width(s: str, latin: float = 0.5) -> float:
    """Display width in full-width cells: Latin-1 characters are `latin` of a cell (half, as type
    sets them; a dump cut by character count counts them whole), the rest one."""
    return cells(len(s), latin_count(s), latin)


_SINGLE_GAP = re.compile(r"(?<=\S) (?=\S)")


def letter_spaced(s: str) -> bool:
    """Justified lines spread every character apart with single spaces (`1 6 7 1 3 亿 元`);
    a name padded to three cells (`李  方`) is not that."""
    singles = len(_SINGLE_GAP.findall(s))
    return singles >= 4 and singles >= 0.4 * (len(s) - s.count(" "))


def tidy(s: str, spaced: bool | None = None) -> str:
    """Paragraph text: drop spaces next to CJK (`这 个 时`, `部署了 2023 年`), keep `A B` runs.

    `spaced`: `letter_spaced(s)` where the caller has judged it already (not judged twice)."""
    if " " not in s:
        return s
    if letter_spaced(s) if spaced is None else spaced:
        s = s.replace(" ", "")
    return _SPACES.sub(" ", _SPACE_NEAR_CJK.sub("", s)).strip()


def tidy_title(s: str) -> str:
    """Headline text: undo letter-spacing (`要 闻 快 递`) but keep one space between halves
    (`奋 力 抓 开 局   力 争 “ 开 门 红 ”`: the wider gap is the one that separates)."""
    s = s.strip()
    if letter_spaced(s):
        return _SPACES.sub(" ", _SINGLE_GAP.sub("", s))
    s = _JUSTIFIED.sub(lambda m: m.group(0).replace(" ", ""), s)
    return _SPACES.sub(" ", s)
