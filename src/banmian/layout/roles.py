"""Assign kicker (引题), headline (主题) and subheadline (副题) roles to a headline block.

Chinese papers stack up to three display lines above an article. Position alone settles the
1- and 3-line cases, and punctuation settles many others (a kicker leads *into* the headline, so
it may end with ``——`` or ``：``; a subheadline hangs *off* it, so it may start with ``——`` or be
a parenthesised date). The hard case is two unmarked lines: (kicker, headline) or (headline,
subheadline)? Both are "one display line plus one supporting line", so we ask which of the two
is the *display* line, using features that describe what supporting lines say in any paper:

* a subheadline names who attended (``…出席并讲话``), gives figures (``增20.9%``) or runs on as a
  long clause with ，；, or says what comes next (``今起…``);
* a subheadline also names the news's source (``…举行吹风会介绍有关情况``), a document's number
  (``第三十六号``) or a rate (``下降50%``, ``五年翻番``: a line with a rate is rarely the display line);
* a subheadline lists details closed by 等 (``田径柔道等项目…``) or an approximate count
  (``超9000列``), opens on a verb of saying whose subject is the line above (``认为…``), gives a
  deadline (``年底前将…``), or is far longer than the other line (a display line is short);
* a kicker sets context (``就…``, ``经…批准``, ``…以来``, ``…周年``), introduces a speech or a
  published text (``…强调``, ``…发表署名文章``) or names the actor alone (``外交部发言人``,
  ``中组部``), and the headline says what was said or done;
* the display line is a slogan (two balanced halves, ``抢抓发展新机遇 开局拼出新作为``), a quote,
  or carries a column tag (``（权威发布）``), while the other line is the factual news clause
  (event verb, who-did-what); an announcement (``X将出席…``), an arrival (``X抵达加德满都``) or
  a speech's title (``在…座谈会上的讲话``) is the display line too.

`rules_pair` is a short decision list over 23 such binary cues per line. A logistic regression
on the same cues (``bench/train_roles.py``) did not beat it under cross-validation on People's
Daily (about 93% against the rules' 96% on the hard subset), so no weights ship: the rules are easier to audit and
carry no newspaper-specific prior beyond "kicker when nothing else says otherwise". Evidence
tried and left out because it did not hold up out of sample: which line the lead repeats more
(kickers are repeated there as often as headlines) and "the shorter line is the display line".
A line set over two is joined back first where the halves show it (`runs_on`); more than 3
lines are then merged back into at most 3.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from banmian.layout.patterns import has
from banmian.text.normalize import HAN
from banmian.text.words import is_word, words

__all__ = ["LINE_FEATURES", "assign_roles", "line_features", "normalize_line", "rules_pair", "runs_on"]

Triple = tuple[str | None, str | None, str | None]

_WS = re.compile(r"[\s\u00a0\u3000]+")
_BULLET = re.compile(r"^[●■◆▲★•·]+\s*")

_KICKER_END = ("——", "—", "：", ":")
_SUB_START = ("——", "—", "（", "(", "［", "[")

# Column tag appended to a headline: 同护一江水（壮丽70年·区域协调发展新格局）.
_COLUMN_TAG = re.compile(r"[（(][^（）()]{2,30}[）)]$")
# Attendance / role of officials: 韩正参加会见, 孙春兰、陈希出席并讲话, 李克强作出批示.
# Not after 的 (…座谈会上的讲话 is a speech's title) nor 将 (X将出席… announces the news).
_ATTEND = re.compile(
    r"(?<![的将])(出席|参加|主持|讲话|致辞|致贺信|发言|演讲|批示|宣读|送别|会见|陪同|颁奖|见证|看望|慰问)"
    r"[^，；。]{0,15}$"
)
_SPEECH_INTRO = re.compile(r"(强调|指出|表示|要求|认为|提出|呼吁|宣布|透露|称|说)$")
# What a kicker leads into: a published text or statement (…发表署名文章, …发表谈话) whose title or
# gist is the headline, or an actor named alone (外交部发言人 over 就…答记者问, 中组部 over 优选…).
_LEAD_IN = re.compile(
    r"(发表|刊发|刊登)\S{0,8}(文章|谈话|声明)$"
    r"|^[^，\s]{2,12}(委员会|监委|纪委|党委|办公室|发言人|负责人|网站|各界|代表团|政府|公署|国务院|法院|检察院"
    r"|(?<![干西东中南北内全])部)$"
)
# Circumstance a kicker sets: 就中朝建交70周年, 经中央军委批准, 值此…, …开展以来, 致敬…70周年.
_CIRCUMSTANCE = re.compile(
    r"^(就(?![业医学近地餐诊读职任位绪是算像要能这在])|值此)|^经\S{2,12}(批准|同意|授权)$|(之际|前夕|以来|年来|周年)$"
)
# Only a display line says these: an announced visit or attendance (X将出席…, X将赴…), an arrival
# (X抵达加德满都), or a speech's title (在…会议上的讲话).
_DISPLAY = re.compile(
    r"将(出席|赴|前往|访问|对\S+进行\S*访问)|(抵达|飞抵)[^，；]{1,10}$|(上|时)的(讲话|致辞|演讲|报告)$"
)
# Where the news came from, or a document's number, below it: 外交部举行中外媒体吹风会介绍有关情况,
# 第三十六号 (under 中华人民共和国主席令).
_SOURCE = re.compile(r"(吹风会|发布会|通气会|记者会|说明会)\S{0,4}介绍|^第[0-9０-９一二三四五六七八九十百千零〇]+号$")
_CONTEXT_END = re.compile(r"(之际|期间|以来|前夕|之后|之时|之中|来临|当天|现场|年来)$")
_CONTEXT_START = re.compile(r"^(就|值此|热烈庆祝|庆祝|纪念|喜迎|迎接|致敬|献礼|经|围绕|聚焦|面对|随着)")
_NEXT_START = re.compile(
    r"^(今起|今日|今天|明起|明日|即日起|\d+日起|将|正式|首次|同比|累计|截至|其中|共|\S{1,5}(前|后|起|底)将)"
)
_EVENT = re.compile(
    r"(召开|举行|举办|开幕|闭幕|开幕式|发布|启动|成立|印发|出台|揭牌|开通|签署|会见|会谈|调研|考察"
    r"|视察|带队|部署|开展|通过|颁发|授予|表彰|落户|建成|投用|开工|竣工|上线|公布)"
)
_EVENT_END = re.compile(r"(召开|举行|举办|开幕|闭幕|发布|启动|成立|印发|出台|揭牌|开通|公布|会议|大会|论坛|仪式)$")
_EVENT_OBJ = re.compile(r"(召开|举行|举办|调研|考察|视察|带队|部署|会见|签署|启动|开展|出席|参加)\S{2,}")
_FIGURE = re.compile(
    r"[0-9０-９]+(?:[.．][0-9]+)?\s*(?:%|％|万|亿|元|人次|人|个|家|项|亩|吨|倍|条|场|起|件|天|年|户|名|所)"
)
_DIGIT = re.compile(r"[0-9０-９]")
# An approximate count (超9000列, 200余支, 近60万家) is a detail supporting the claim.
_APPROX = re.compile(r"(超|逾|近|超过)[0-9０-９]|[0-9０-９](余|多)[^\s，；、0-9０-９]")
_PERCENT = re.compile(r"[%％]|百分之|百分点|翻番|翻一番")
_CLAUSE = re.compile(r"[，；,;]")
_ENUM = re.compile(r"、")
# A list closed by 等 (田径柔道跳伞等项目, 西南等地) details the news; 平等, 高等, 等待, 一等奖 are words.
_LIST_END = re.compile(r"[^平高同何相均对次上中下初优特头一二三]等(?!待|于|级|到|候|同|号|奖)")
# A line opening on a verb of saying has dropped its subject: it continues the line above
# (香港各界揭批… over 认为…势在必行), so it is the subheadline.
_SAYS_START = re.compile(r"^(认为|表示|指出|强调|呼吁|坦言|直言)")
_QUOTED = re.compile(r"^[“「『\"].+[”」』\"][！!？?]?$")
_HALF = re.compile(r"^[^\s，；、：0-9]{3,10}$")


def normalize_line(line: str) -> str:
    """Drop highlight bullets and collapse runs of white space / NBSP / U+3000 to one space."""
    return _BULLET.sub("", _WS.sub(" ", line).strip())


def _is_kicker_marked(line: str) -> bool:
    return line.endswith(_KICKER_END)


def _is_sub_marked(line: str) -> bool:
    return line.startswith(_SUB_START)


def _is_slogan(line: str) -> bool:
    """Two balanced, digit-free halves separated by one space: the typical display headline."""
    parts = _COLUMN_TAG.sub("", line).split(" ")
    if len(parts) not in (2, 3):
        return False
    if not all(_HALF.match(p) for p in parts):
        return False
    lens = [len(p) for p in parts]
    return max(lens) - min(lens) <= 2


def line_features(line: str) -> list[float]:
    """Binary cues of one headline line, in `LINE_FEATURES` order (also the model's inputs)."""
    core = _COLUMN_TAG.sub("", line)
    n = len(core.replace(" ", ""))
    # truthy matches, in LINE_FEATURES order
    cues = (
        _COLUMN_TAG.search(line),
        _ATTEND.search(core),
        _SPEECH_INTRO.search(core),
        _CONTEXT_END.search(core) or _CONTEXT_START.search(core),
        _NEXT_START.search(core),
        _EVENT.search(core),
        _EVENT_END.search(core),
        _FIGURE.search(core),
        _DIGIT.search(core),
        _CLAUSE.search(core),
        _ENUM.search(core),
        _QUOTED.match(core),
        _is_slogan(line),
        " " in core,
        n <= 6,
        n >= 25,
        _LEAD_IN.search(core) or _CIRCUMSTANCE.search(core),
        _DISPLAY.search(core),
        _SOURCE.search(core),
        _PERCENT.search(core),
        _LIST_END.search(core),
        _SAYS_START.search(core),
        _APPROX.search(core),
    )
    return [1.0 if cue else 0.0 for cue in cues]


_F_TAG, _F_ATT, _F_SPEECH, _F_CONTEXT, _F_NEXT, _F_EVENT, _F_EVENT_END, _F_FIGURE = range(8)
_F_DIGITS, _F_CLAUSE, _F_ENUM, _F_QUOTED, _F_SLOGAN, _F_SPACE, _F_SHORT, _F_LONG = range(8, 16)
_F_LEAD_IN, _F_DISPLAY, _F_SOURCE, _F_PERCENT, _F_LIST, _F_SAYS, _F_APPROX = range(16, 23)
LINE_FEATURES: tuple[str, ...] = (
    "column_tag",
    "attend",
    "speech_intro",
    "context",
    "next_step",
    "event_verb",
    "event_end",
    "figure",
    "digit",
    "clause_punct",
    "enum_comma",
    "quoted",
    "slogan",
    "space",
    "short",
    "long",
    "lead_in",
    "display",
    "source",
    "percent",
    "list_end",
    "says_start",
    "approx_count",
)


def _override(l1: str, l2: str) -> bool | None:
    """Cues that should hold in any paper and outrank the rest; None if none fires."""
    tag1, tag2 = bool(_COLUMN_TAG.search(l1)), bool(_COLUMN_TAG.search(l2))
    if tag1 != tag2:  # the display line carries the column tag (153/153 in People's Daily)
        return tag2
    # A slogan over a who-did-what clause with an object (芗城区召开…大会, …带队调研…工作) is
    # headline + subheadline in local papers; a bare "…论坛举行" below a slogan is not covered.
    if _is_slogan(l1) and not _is_slogan(l2) and _EVENT_OBJ.search(l2):
        return False
    return None


def _much_longer(a: str, b: str) -> bool:
    """A line of 28+ characters, half again as long as the other, is no display line."""
    na, nb = len(a.replace(" ", "")), len(b.replace(" ", ""))
    return na >= 28 and na > 1.5 * nb


def rules_pair(l1: str, l2: str) -> bool:
    """Hand-written decision list for two unmarked lines; True means (kicker, headline).

    Cues are ordered by how reliably they held on a month of People's Daily (precision noted);
    the fallback (kicker, headline) is the majority reading there.
    """
    fixed = _override(l1, l2)
    if fixed is not None:
        return fixed
    f1, f2 = line_features(l1), line_features(l2)
    if f1[_F_DISPLAY] != f2[_F_DISPLAY]:  # "X将出席…", "X抵达…", "…上的讲话" is the news (8/8)
        return bool(f2[_F_DISPLAY])
    if f2[_F_ATT] or f2[_F_SOURCE]:  # "…出席并讲话", "…吹风会介绍有关情况" hang below it (41/41)
        return False
    if f1[_F_LEAD_IN]:  # "…发表署名文章", "外交部发言人", "就…", "经…批准" lead into it (25/25)
        return True
    if f2[_F_APPROX] and not f1[_F_APPROX]:  # "超9000列", "200余支" below the news (4/4 where decisive)
        return False
    if f1[_F_SPEECH] or f2[_F_QUOTED] or f1[_F_CLAUSE] or f1[_F_ENUM] or f1[_F_SHORT]:
        return True  # "…强调" / quote headline / long clause or short tag above (~98%)
    if f1[_F_SLOGAN] or f2[_F_SLOGAN]:  # a lone slogan is a display line either way (~85%+)
        return True
    if f2[_F_PERCENT] and not f1[_F_PERCENT]:  # a rate supports the display line (12/12 either way)
        return False
    if f2[_F_NEXT] or (f2[_F_FIGURE] and not f1[_F_FIGURE]) or (f2[_F_CLAUSE] and f2[_F_LONG]):
        return False  # what happens next, figures, a long running clause below
    if f2[_F_LIST] or f2[_F_SAYS] or _much_longer(l2, l1):
        return False  # a list's details, a subject-less "认为…", a line too long to be the display line
    return not (f1[_F_EVENT_END] and f2[_F_EVENT])


Decider = Callable[[str, str], bool]


def _two(l1: str, l2: str, decide: Decider) -> Triple:
    if _is_kicker_marked(l1) or _is_sub_marked(l2):
        if _is_kicker_marked(l1) and not _is_sub_marked(l2):
            return l1, l2, None
        return None, l1, l2
    return (l1, l2, None) if decide(l1, l2) else (None, l1, l2)


def _join(a: str, b: str, spaced: bool = False) -> str:
    """Rejoin a wrapped line; CJK text needs no space, Latin words do, a number split over two does
    not. `spaced`: the break fell on the space that parted two phrases (`找差距 ` / `抓落实`)."""
    if spaced or (a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha()):
        return f"{a} {b}"
    return a + b


_CLOSERS = ("。", "！", "？", "）", ")", "”")


def _join_all(parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        out = _join(out, p)
    return out


_PAIRS = ("（）", "()", "《》", "“”", "「」", "『』", "［］", "[]", "〈〉")
# Punctuation that never opens a display line: it closes or continues the phrase above.
_CONT_START = re.compile(r"^[）)》”」』］\]〉，,、。；;：:！!？?%％.．]")
# A clause of one character is a phrase cut after its first character (`半，…`) or before its last (`…，乐`).
_CUT_START = re.compile(r"^[^\s，；]\s*[，；]")
_CUT_END = re.compile(r"[，；]\s*[^\s，；]$")


# A column tag alone on a line is the tail of the headline above it; a bracketed date is a subheadline,
# and so is a bracketed ordinal (`（第一号）`, `（之二）`): it numbers the item in its series, which
# a column's name never does alone.
_TAG_ONLY = re.compile(r"^[（(][^（）()]{2,30}[）)]$")
_DATE = re.compile(r"[0-9０-９〇零一二三四五六七八九十]+\s*[年月日]")
_ORDINAL = re.compile(r"^[（(](第[0-9０-９一二三四五六七八九十百]+[号期回章篇集部辑]|之[一二三四五六七八九十]+)[）)]$")
# A few words and a column tag (`改革落实（评论员观察）`) under a long line are that line's tail: a tagged
# display line of five characters or fewer never sits under a longer kicker (0 of 146 in People's Daily).
_TAIL_TAG = re.compile(r"^[^（）()\s]{1,5}[（(][^（）()]{2,30}[）)]$")
# A number is never broken: not after its decimal point (`增长6.` / `2%`), nor inside a year or count
# written in Chinese digits with a zero (`二〇` / `二〇年度`).
_DECIMAL_END = re.compile(r"[0-9０-９][.．]$")
_HAN_DIGITS_END = re.compile(r"[〇零一二三四五六七八九十]+$")
_HAN_DIGITS_START = re.compile(r"^[〇零一二三四五六七八九十]+")
WRAP_MIN = 8  # characters: only a long line is set over two


def _cuts_number(a: str, b: str) -> bool:
    """Whether a long line `a` ends on a number that `b` gives the unit of (…成立70 / 周年…): no
    display line parts a number from its unit. A circled number (…启示录②) numbers a series and
    takes no unit: it counts as a digit for str.isdigit, not for str.isdecimal."""
    return len(a) >= WRAP_MIN and a[-1:].isdecimal() and b[:1].isalpha() and not b[0].isascii()


def _cuts_figure(a: str, b: str) -> bool:
    """Whether `a` ends inside a number that `b` goes on with: after its decimal point, or inside a run
    of Chinese digits holding a zero (二〇一九), which only a number written out in digits does."""
    if _DECIMAL_END.search(a):
        return b[:1].isdecimal()
    tail, head = _HAN_DIGITS_END.search(a), _HAN_DIGITS_START.match(b)
    return bool(tail and head) and any(z in tail.group() + head.group() for z in "〇零")


def _cut(a: str, b: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The words of a long line `a` joined to `b` when the break falls between two Han characters."""
    if len(a) < WRAP_MIN or not HAN.match(a[-1]) or not HAN.match(b[:1]):
        return None
    text = a + b
    return text, words(text)


def _cuts_word(a: str, b: str) -> bool:
    """Whether a long line `a` ends inside a word that `b` completes (推进改革创 / 新…): no display line
    breaks a word. A compound cut between two words (签署通令 / 嘉奖…) may be two lines."""
    if (joined := _cut(a, b)) is None:
        return False
    text, spans = joined
    cut = len(a)
    return any(start < cut < end and not (is_word(text[start:cut]) and is_word(text[cut:end]))
               for start, end in spans)


def _function_cut(a: str, b: str) -> bool:
    """Whether a long line `a` ends on a word that wants what follows it (a preposition or conjunction:
    与, 对) or `b` opens on one that hangs on what precedes it (a particle: 的, 了): a display line
    is never broken there. Words, not characters: 导向 and 了解 end and open lines freely."""
    if (joined := _cut(a, b)) is None:
        return False
    text, spans = joined
    cut = len(a)
    last = next((text[start:end] for start, end in spans if end == cut), "")  # (none: a compound is cut)
    first = next((text[start:end] for start, end in spans if start == cut), "")
    return has("wrap_end", last) or has("wrap_start", first)


def runs_on(a: str, b: str) -> bool:
    """Whether `b` is the second half of one display line set over two: `a` opens a bracket, quote or
    title mark that `b` closes, `b` opens on punctuation no line starts with, a clause, a number (from
    its unit too) or a word is cut, `a` ends on a word that wants what follows or `b` opens on one that
    hangs on what precedes, or `b` is only the column tag of `a` or a few words and that tag."""
    if _CONT_START.match(b) or _CUT_START.match(b) or _CUT_END.search(a) or (a[-1:].isdigit() and b[:1].isdigit()):
        return True
    if _cuts_figure(a, b):
        return True
    if (_TAG_ONLY.match(b) and not _DATE.search(b) and not _ORDINAL.match(b)) or _cuts_number(a, b):
        return True
    if _TAIL_TAG.match(b) and len(a) >= WRAP_MIN and not _is_kicker_marked(a):
        return True
    if _cuts_word(a, b) or _function_cut(a, b):
        return True
    return any(a.count(o) > a.count(c) and b.count(c) > b.count(o) for o, c in _PAIRS)


def _repeated_across(a: str, b: str, body: str) -> bool:
    """Whether the body repeats the phrase that runs across the break of a long line `a` into `b` (the last
    word's worth of `a`, two characters, and three of `b`: 乡村 / 书屋本): a lead restates its headline, while
    a kicker and the headline under it, or a headline and its subheadline, are two phrases the text seldom
    writes back to back, and where it does (…会议 / 决定…) a clause mark parts them. Only a balanced
    break counts: a title set over two lines leaves no last line under half as long as the first, nor
    one longer than it."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not body or len(a) < WRAP_MIN or not len(a) <= 2 * len(b) <= 2 * len(a) + 2:
        return False
    return not _is_kicker_marked(a) and not _is_sub_marked(b) and a[-2:] + b[:3] in body


# The phrases of a display line parted by spaces (`看新城 展新颜`) are never one character long: a lone
# character after the last space is a phrase the line's break cut (`…运动会 扬` / `军人风采  展…`).
_LONE_LAST = re.compile(r"\S{2}\s+[^\s\x00-\x7f，；、：:]$")


def _unwrap(lines: list[str], body: str = "") -> list[str]:
    """Join the halves of display lines that were set over two lines. A line still ending in white
    space was broken at a space, which the joined line keeps. Bullets are dropped only after: a
    name's dot (`·`) opening the second half of a column tag is no bullet."""
    breaks = [line[-1:].isspace() for line in lines]
    lines = [_WS.sub(" ", line).strip() for line in lines]
    pairs = [(line, spaced) for line, spaced in zip(lines, breaks, strict=True) if line]
    out = [line for line, _ in pairs[:1]]
    for (_, spaced), (line, _) in itertools.pairwise(pairs):
        if runs_on(out[-1], line) or _repeated_across(out[-1], line, body) or _LONE_LAST.search(out[-1]):
            out[-1] = _join(out[-1], line, spaced)
        else:
            out.append(line)
    return [s for s in (_BULLET.sub("", line) for line in out) if s]


def _collapse(lines: list[str]) -> list[str]:
    """Merge wrapped lines back so that at most 3 remain, respecting kicker/sub markers.

    Everything up to the last kicker-marked line is one kicker and everything from the first
    subheadline-marked line on is one subheadline. Among the rest a line continues the previous
    one when that is at least as long (wrapped lines fill the column) and does not close a phrase; if
    still more than 3 remain, the pair whose first line is longest relative to its
    successor is merged first.
    """
    k_end = max((i for i, s in enumerate(lines[:-1]) if _is_kicker_marked(s)), default=-1)
    s_start = next((i for i, s in enumerate(lines) if i > max(k_end, 0) and _is_sub_marked(s)), len(lines))
    groups: list[list[str]] = []
    if k_end >= 0:
        groups.append(lines[: k_end + 1])
    middle = lines[k_end + 1 : s_start]
    for i, line in enumerate(middle):
        # A wrapped line is at least as long as its continuation (within one character).
        joins = i > 0 and len(middle[i - 1]) + 1 >= len(line) and not middle[i - 1].endswith(_CLOSERS)
        if joins and groups and groups[-1] and groups[-1][-1] is middle[i - 1]:
            groups[-1].append(line)
        else:
            groups.append([line])
    if s_start < len(lines):
        groups.append(lines[s_start:])
    while len(groups) > 3:
        heads = [len(groups[i][-1]) / (len(groups[i][-1]) + len(groups[i + 1][0])) for i in range(len(groups) - 1)]
        i = max(range(len(heads)), key=heads.__getitem__)
        groups[i : i + 2] = [groups[i] + groups[i + 1]]
    return [_join_all(g) for g in groups]


HALF_MIN = 10  # characters: a line set over two is a long one, each half at least this long


def _halves(a: str, b: str) -> bool:
    """Two lines of near-equal length, neither ending or opening on a role's mark: halves of one line.
    A column's tag closing `a` ends its headline there: no half of a line ends on one."""
    na, nb = len(a.replace(" ", "")), len(b.replace(" ", ""))
    return (min(na, nb) >= HALF_MIN and abs(na - nb) <= 1 and not _is_kicker_marked(a) and not _is_sub_marked(b)
            and not _COLUMN_TAG.search(a))


def _assign(lines: list[str], decide: Decider, body: str = "") -> Triple:
    lines = _unwrap(lines, body)
    if len(lines) > 3:
        lines = _collapse(lines)
    if not lines:
        return None, None, None
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) == 2:
        return _two(lines[0], lines[1], decide)
    a, b, c = lines
    if _is_sub_marked(b) and not _is_kicker_marked(a):  # headline, then a wrapped subheadline
        return None, a, _join(b, c)
    if _is_kicker_marked(b) and not _is_kicker_marked(a):  # wrapped kicker, then the headline
        return _join(a, b), c, None
    # Three unmarked lines are seldom three roles: two long ones of near-equal length are one line set
    # over two (a short line above two such lines is a kicker over two parallel roles).
    if _halves(a, b) and not _halves(b, c):
        return _two(_join(a, b), c, decide)
    if _halves(b, c) and len(a.replace(" ", "")) >= HALF_MIN and (not _halves(a, b) or _SPEECH_INTRO.search(a)):
        # (a line closing on a verb of saying ends a kicker: what was said opens under it, not in it)
        return _two(a, _join(b, c), decide)
    return a, b, c


def assign_roles(lines: list[str], body: str = "") -> Triple:
    """Return (kicker, headline, subheadline) for a headline block's lines, top to bottom.

    1 line is the headline, 3 lines are kicker/headline/subheadline; 2 lines are settled by
    markers, then by `rules_pair`; more lines are first merged back into at most 3. `body`, the
    article's paragraphs without white space, shows where it repeats a line broken over two.
    """
    return _assign(lines, rules_pair, body)
