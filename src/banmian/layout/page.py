"""Blocks and paragraphs to articles: segment the page, attach headlines and captions.

Articles start at a byline (本报讯, 本报X月X日电, 新华社…电) even mid-stream, end after an
end-of-article dateline, and are separated by headline blocks and by a clear change of column
width between finished paragraphs; in-body section titles stay paragraphs. An author's note
(（作者为…）) closes one contribution of a collection, not the page's article, when a section title
in the same column follows it; a photo credit closes a photo story under its title. Whether a
page puts headline blocks before or after their bodies is decided once per page from structural
votes (a block with no body before it must precede its body, one at the end of the page must
follow it) and from how much of the block's wording the body on each side repeats.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from banmian.layout.byline import split_byline
from banmian.layout.flow import (
    BULLET,
    Block,
    Element,
    FlowLine,
    Para,
    breaks_mid_word,
    build_elements,
    classify,
    column_tag,
    ends_sentence,
    learn_columns,
    mark_standalone,
    page_indents,
)
from banmian.layout.furniture import find_furniture
from banmian.layout.patterns import has, matches
from banmian.layout.roles import assign_roles, runs_on
from banmian.model import Article, Byline, Line, Page
from banmian.settings import Settings, default_settings
from banmian.text.normalize import tidy, tidy_title

#: A page with at least this share of blank lines shows its column breaks.
BLANK_SHARE = 0.03
SIDE_PARAS = 2  # paragraphs measured on each side of a title block to show one column
LABEL_CHARS = 4  # a column label (名家寄语) under the page's make-up credit may lead a feature's section
ECHO_GRAMS = 3  # a block of fewer character pairs (a page label, 15 生态) echoes any body by chance
_PHRASE_END = re.compile(r"[。！？：；，、…—）)”」]$")
# Every pair of adjacent Chinese characters, overlapping, in one C-level scan.
_CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
# A title block closed by a column's name in brackets, clauses and all (除了比赛，还有笑容（军运纵横）): a
# section title names its part of the text, never a column. A column's name runs four characters or more
# (a shorter bracket qualifies a word: （广义）, （第十版）); five characters before it at least (a name with its
# post signs a contribution), no sentence end (a poem closes on 。（节选）) and no colon (a label or speaker).
_TITLE_TAG = re.compile(r"^[^（()。！？；：:]{5,}[（(][\u4e00-\u9fff·“”]{4,12}[）)]$")


def _bigrams(text: str) -> set[str]:
    return set(_CJK_BIGRAM.findall(text))


def _body(paras: list[Para]) -> str:
    """Paragraphs' text read as one run: what a title's wording is looked up in."""
    return "".join(p.raw for p in paras)


def _text_grams(paras: list[Para]) -> set[str]:
    """The character pairs of paragraphs' text read as one run."""
    return _bigrams(_body(paras))


def _similarity(probe: str, body: str) -> float:
    return _shared(_bigrams(probe), body)


def _shared(grams: set[str], body: str) -> float:
    """The share of a probe's character pairs that a body repeats. A pair of Chinese characters
    is one of the body's pairs exactly when it occurs in the body's text, so no pair set is built
    for a long body: a title's few pairs are looked up in it.

    A pair the body lacks costs a scan of the whole body, and most such pairs hold a character the
    body lacks too: that character is looked up first, by a scan many times faster."""
    if not grams:
        return 0.0
    found = 0
    for gram in grams:
        if gram[1] in body and gram in body:
            found += 1
    return found / len(grams)


@dataclass(slots=True)
class Segment:
    """A run of paragraphs that belongs to one article."""

    paras: list[Para] = field(default_factory=list)
    block: Block | None = None
    captions: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    #: paragraphs set before the body proper (an inner title block under the headline)
    lead: int = 0
    #: where the last section under an in-body title starts (a collection's last contribution)
    section: int = 0
    #: opened right under a title block
    titled: bool = False
    #: how its in-body section titles are set (_title_style)
    styles: tuple[tuple[str, ...], ...] = ()
    #: the title block right above its first paragraph
    opener: Block | None = None
    #: a news-briefs column: items (title, 本报电 dateline, text, credit) run on in one article
    briefs: bool = False
    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = _body(self.paras)
        return self._text


def _is_caption(block: Block, edge: bool) -> bool:
    """A photo caption: marked as one (图为…, …摄), or, at the top or bottom of the page, a
    sentence set wider than the columns around it."""
    texts = block.texts
    if not texts or block.bullets:
        return False
    joined = "".join(texts)
    if has("caption", texts[0]) or has("caption", texts[-1]):
        return bool(ends_sentence(joined) or "摄" in texts[-1])
    return edge and all(fl.over for fl in block.lines) and bool(re.search(r"[。！？]$", joined))


def _edge_caption(el: Para, beside_titles: bool) -> bool:
    """A one- or two-line sentence alone at the top or bottom of the page, marked as a caption
    or kept apart from the articles by a title block (a single sentence)."""
    if el.byline or len(el.lines) > 2 or not el.lines[-1].terminal:
        return False
    lone_sentence = len(el.lines) == 1 and el.lines[0].key.endswith("。")
    return any(has("caption", fl.key) for fl in el.lines) or (beside_titles and lone_sentence)


def _dated(para: Para) -> bool:
    """Does a paragraph open with a dateline (本报讯, 本报…电, 新华社…电), not a bare credit or a
    roundup's (综合本报驻外记者报道)?"""
    if not para.byline:
        return False
    byline, rest = split_byline(para.raw)
    return byline is not None and byline.source is not None and not rest.lstrip().startswith("综合")


FULL_CELLS = 0.5  # a line this close to its column's width fills it


def _report_title(block: Block, nxt: Para) -> bool:
    """Is a block set as a title, not prose a column break cut off? No line fills the column,
    the last ends nothing (no interview label, …——), no clause marks, and it is short of the
    column or has a blank line under it (a line one cell short may run on into the text)."""
    last = block.lines[-1]
    set_off = nxt.lines[0].line.no > last.line.no + 1 or all(fl.short for fl in block.lines)
    return (set_off and all(abs(fl.line.width - fl.col) > FULL_CELLS for fl in block.lines)
            and _unfinished_title(last) and not any(_CLAUSE_MARK.search(t) for t in block.texts))


def _is_subhead(block: Block, before: list[Para], after: list[Para], s: Settings, signed: bool = False,
                styles: tuple[tuple[str, ...], ...] = ()) -> bool:
    """In-body section titles (one line or a kicker plus a title) inside a running article.

    Between two paragraphs a block is a new article's headline only on evidence: the text after
    it opens with a byline, the column width changes, the block carries ● highlights, or the
    text before it closed with an end-of-article dateline or a photo credit, a title line ends
    with a column tag (（金台锐评）), a feature's subheadline hangs under it (——记…), a title
    line is wider than the column (spans columns), or the text before is a news report opened by
    a dateline (本报…电) and the block is set as a title (_report_title): such reports run
    without section titles (a roundup, 综合…报道, has them; so may one with a title already),
    or the paragraphs on its two sides are set differently (_setting_changes).
    `signed`: the text before closed with an author's note, which does not end a collection of
    contributions. A block set like one of the article's earlier section titles (`styles`: 《…》,
    1999年, …——) stays in it whatever the columns say; so does a block set in by the text's
    paragraph indent (_indented_like_text), unless a byline opens the text under it or a column
    tag closes its title (_tagged_title); so does a work's name alone (_work_title).
    """
    if block.bullets or not before or not after:
        return False
    prev, nxt = before[-1], after[0]
    if _bare_credit(nxt) and len(after) > 1:
        # a reporter's credit alone under a section title (本报记者 李明远, no dateline) signs a
        # section of a roundup as often as a new article: the columns decide, not the credit
        after = after[1:]
        nxt = after[0]
    if nxt.byline:
        return False
    if _tagged_title(block):
        return False
    if _work_title(block):
        return True
    if _indented_like_text(block, before, after):
        return True
    if _touches_spaced_text(block, before, after) or _hugs_text_below(block, before, after):
        return False
    # (after an author's note a sidebar's title set in the column may wrap, tag and all)
    if (prev.end_dateline and not signed) or (len(_title_paragraphs(block)) if signed else _title_count(block)) > 3:
        return False
    if prev.lines[-1].credit and not (_makeup_credit(before) and len(_probe(block)) <= LABEL_CHARS):
        return False
    if len(block.lines) == 1 and block.texts[0].endswith("——") and not block.texts[0].startswith("——"):
        return True  # a lone line closed by a dash leads into the text under it: a kicker needs its headline
    if len(before) > 1 and not styles and _dated(before[0]) and _report_title(block, nxt):
        return False  # a dated news report runs without section titles: the block heads the next report
    if any(_closes_on_tag(t) for t in block.texts) or _spans(block, before, after, s):
        return False
    if _past_column(block, before, after):
        return False
    if len(block.lines) == 2 and _kicker_over(block.lines[0], block.lines[1]):
        return False  # a kicker leading into the title under it (…专家呼吁——) heads news, not a section
    if any(has("subtitle", t) for t in block.texts[1:]):
        return False  # a title with a feature's subheadline under it (——记…, ——写在…之际)
    if any(has("headline", t) for t in block.texts):
        return False  # a column label that heads an item of its own (图片报道)
    if _photo_story(after, s):
        return False
    if _setting_changes(before, after):
        return False
    style = _title_style(block)
    if _columns_part(before, after) and not (style in styles and any(f != "字" for f in style)):
        return False
    if abs(prev.lines[-1].left - nxt.lines[0].right) <= s.column_change:
        return True
    # a section title set like an earlier one of the article goes on with it (the words alone,
    # 字, are no likeness: most titles are bare words)
    if style in styles and any(f != "字" for f in style):
        return True
    # The estimates say the column changed; the paragraphs' own lines must agree (a paragraph
    # too short to tell defers to the next one out on its side).
    # the paragraph right above the block, set in one run (no column break), may tell by its first
    # two lines too
    widths_before = (_inner_width(p, tail=True) or (None if k or _broken(p) else _opening_width(p))
                     for k, p in enumerate(before[::-1][:3]))
    width_before = next((w for w in widths_before if w is not None), None)
    # the paragraph right under the block is the nearest evidence: its first two lines may tell;
    # a first line cut by a column break further down fills the column the text under the block
    # is set in, if no break came before it (past the break the column may widen)
    widths_after = (_inner_width(p, tail=False) or (None if k else _opening_width(p))
                    or (None if any(map(_broken, after[:k])) else _cut_first_line(p))
                    for k, p in enumerate(after[:3]))
    width_after = next((w for w in widths_after if w is not None), None)
    if width_after is not None and _widened_above(before, width_after):
        return True
    # paragraphs too short to measure (a lead of two lines under the headline) still show their
    # column by their widest line
    if width_before is None:
        width_before = next((w for p in before[::-1][:3] if (w := _widest_line(p, tail=True)) is not None), None)
    if width_after is None:
        width_after = next((w for p in after[:3] if (w := _widest_line(p, tail=False)) is not None), None)
    return width_before is not None and width_after is not None and abs(width_before - width_after) <= s.column_change


def _title_count(block: Block) -> int:
    """How many titles a block sets: titles are counted, not lines, as a section title or its
    subheadline set in the column wraps onto lines of its own; but a block closing on a bracketed
    tag (（…观察②）) is a headline's, set over lines however it wraps, and its lines are counted."""
    if block.lines[-1].key.endswith(("）", ")")):
        return len(block.texts)
    return len(_title_paragraphs(block))


def _spans(block: Block, before: list[Para], after: list[Para], s: Settings) -> bool:
    """Is a title line wider than its column, spanning columns? Only if it is also wider than the
    text lines around it: a column of short lines (quotations, verse) may be estimated too narrow."""
    text = [fl.line.width for p in before[-3:] + after[:3] for fl in p.lines]
    widest = max(text, default=0.0)
    return any(fl.over and fl.line.width > widest + s.tolerance for fl in block.lines)


WIDER_CELLS = 1.0  # a whole character past the column's edge: no line set in the column reaches it


def _past_column(block: Block, before: list[Para], after: list[Para]) -> bool:
    """Does a title line reach past the edge of the text around it, hung punctuation left out?
    A section title is set in its article's column and wraps there; a line a character wider
    than every text line on both sides is set over the column: a headline, even in one grid."""
    text = [fl.set_width for p in before[-3:] + after[:3] for fl in p.lines if not fl.line.spaced]
    edge = max(text, default=0.0)
    return bool(text) and any(fl.set_width >= edge + WIDER_CELLS and _measured(fl) for fl in block.lines)


_UNSURE_WIDTH = re.compile(r"[\s0-9A-Za-z]")  # spaces and Latin runs measure only roughly


def _measured(fl: FlowLine) -> bool:
    """Is a title line's width exactly known: one line as set, of full-width characters only, not
    set in by an indent, not closed by a dash (typesetting keeps a dash's two halves together)?"""
    return (not fl.wrapped and not fl.line.spaced and not fl.line.indent and not fl.text.endswith("—")
            and not _UNSURE_WIDTH.search(fl.text))


def _work_title(block: Block) -> bool:
    """Is the block a work's name alone (《上甘岭》·1956年, 《创业史》，柳青，1959年)? It heads an
    excerpt or an entry of a feature; a report's title says what befell the work (《…》出版) or
    has a kicker that does (…携手发布 / 《…蓝皮书》)."""
    return len(block.texts) == 1 and has("work_title", block.texts[0])


def _makeup_credit(before: list[Para]) -> bool:
    """Does the text above close on the page's make-up credit (版式设计：…, 本版制图：…)? It credits
    the whole page, not the article it follows, so it is no sign that the article ended: the
    block's own evidence (a byline, the columns, its form) decides."""
    return len(before) > 1 and _page_credit(before[-1]) and has("makeup_credit", before[-1].raw)


def _text_after_makeup(before: list[Para], para: Para) -> bool:
    """Does running text go on under the page's make-up credit (版式设计：…, 本版制图：…)? It is set
    under the last article's text, after all else of it but its labelled add-ons (■链接, 图片说明：,
    one line each); a wrapped paragraph under it is another article's text, whose title is set
    elsewhere (after its body, or beside it)."""
    return _makeup_credit(before) and len(para.lines) > 1 and not para.byline and _wraps(para)


def _appended(el: Element, seq: list[Segment | Block], above: Element | None) -> bool:
    """Is `el` a label (■链接, 图片说明：) right under a closed article's last paragraph? Such a
    label heads matter added to that article (a link box, the key to its pictures), never a new one."""
    last = seq[-1] if seq and isinstance(seq[-1], Segment) and seq[-1].paras else None
    return (last is not None and above is last.paras[-1] and len(el.lines) == 1
            and has("appendix", el.lines[0].key))


def _spaced_text_above(block: Block, before: list[Para], after: list[Para]) -> bool:
    """Is the text above a finished one that parts its paragraphs by blank lines, and does the block
    read as a title of its own? A label leads into the text under it, and lines with clause marks
    or running on into each other or into that text may open a paragraph a column break cut off."""
    texts = [*block.texts, after[0].lines[0].text]
    if (not before[-1].lines[-1].complete or block.texts[-1].endswith(_LEADS_ON)
            or any(_CLAUSE_MARK.search(t) for t in block.texts)
            or any(runs_on(a, b) for a, b in itertools.pairwise(texts))):
        return False
    return _setting(before[-HABIT_PARAS:], 1.0)[1] is True and _setting(before, HABIT_SHARE)[1] is True


def _touches_spaced_text(block: Block, before: list[Para], after: list[Para]) -> bool:
    """Does a title block of two lines or more sit right under the last paragraph of a text that
    parts its paragraphs by blank lines, a blank line under the block? Such a text parts its
    section titles from it too: the block is that text's headline, set after its body with no room
    between. (One line may open a paragraph a column break cut off.)"""
    if (before[-1].lines[-1].line.no + 1 != block.lines[0].line.no
            or block.lines[-1].line.no + 1 == after[0].lines[0].line.no):
        return False  # (touching text on both sides: lines of the text read as a title by mistake)
    return len(block.texts) >= 2 and _spaced_text_above(block, before, after)


WORD_CELLS = 2.0  # a line this close to its column's edge may be a paragraph's line cut before a word


def _hugs_text_below(block: Block, before: list[Para], after: list[Para]) -> bool:
    """Is a title block parted from a text that parts its paragraphs by blank lines, yet set right
    over the paragraph under it with no blank line between? Such a text parts its section titles
    from the paragraph under them too: the block heads the text below, another article. (Lines
    with sentence marks, or a last line within a word of the column's edge, are a paragraph's:
    its first line falls short where the next word or number cannot be broken.)"""
    if (before[-1].lines[-1].line.no + 1 == block.lines[0].line.no
            or block.lines[-1].line.no + 1 != after[0].lines[0].line.no):
        return False
    last = block.lines[-1]
    if (last.line.width + 0.5 * last.text.count(" ") >= last.col - WORD_CELLS
            or after[0].lines[0].text.startswith(("“", "《"))
            or any(_SENTENCE_MARK.search(t) for t in block.texts)):
        return False
    return _spaced_text_above(block, before, after)


def _columns_part(before: list[Para], after: list[Para]) -> bool:
    """Do the paragraphs on the block's two sides each keep one column, a cell or more apart? Text
    set in one column measures the same width paragraph after paragraph, so two sides that each
    agree to the cell and differ are two columns even by a single cell: two articles."""
    above = [w for p in before[::-1][:SIDE_PARAS] if (w := _inner_width(p, tail=True)) is not None]
    below = [w for p in after[:SIDE_PARAS] if (w := _inner_width(p, tail=False)) is not None]
    return (len(above) >= SIDE_PARAS and len(below) >= SIDE_PARAS and len(set(above)) == 1
            and len(set(below)) == 1 and abs(above[0] - below[0]) >= 1)


def _end_run(para: Para, tail: bool) -> list[FlowLine]:
    """The paragraph's lines at one end (its last when `tail`) up to a column break, outermost first."""
    lines = para.lines[::-1] if tail else para.lines
    run = [lines[0]]
    for fl in lines[1:]:
        if abs(fl.line.no - run[-1].line.no) != 1:
            break
        run.append(fl)
    return run


def _tagged_title(block: Block) -> bool:
    """Does the block's last line alone close on a column tag ((人民论坛), (最美奋斗者))? A tag names
    an article's column, never a section inside one, however the title is set in; a tag closing
    every line of a block marks items of a list (a schedule's sessions)."""
    *upper, last = block.texts
    return _closes_on_tag(last) and not any(_closes_on_tag(t) for t in upper)


def _closes_on_tag(text: str) -> bool:
    """Does a title line close on a column's tag (…（人民时评）, a title with its series' name)?"""
    return bool(column_tag(text) or _TITLE_TAG.search(text))


# A centred line is told from an indented one by its ends only where its text fills this much of
# the column: a short title can stop anywhere.
CENTRED_SHARE = 0.7


def _indented_like_text(block: Block, before: list[Para], after: list[Para]) -> bool:
    """Every title line of the block opens set in by the paragraph indent of a page that indents
    its paragraphs: display type is centred or flush, never indented like text, so the block is a
    label inside the text (an interviewee's name over a quote, a section title), not a headline.
    A block whose every line is centred over the text next to it is display type all the same."""
    starts = [b for a, b in itertools.pairwise([None, *block.lines]) if a is None or b.line.no > a.line.no + 1]
    if not all(fl.para_indent for fl in starts):
        return False
    # the column of the nearest paragraph on each side long enough to show it
    sides = ([_widest_line(p, tail=True) for p in before[::-1][:3]], [_widest_line(p, tail=False) for p in after[:3]])
    columns = [next(w for w in side if w is not None) for side in sides if any(w is not None for w in side)]
    # a line broken mid-word or mid-phrase into the text under it (`第九条  国家鼓励和支持密码科学技术研`
    # / `究和应用…`) is a paragraph's first line, however its ends fall
    if after and runs_on(block.lines[-1].text, after[0].lines[0].text):
        return True
    set_in = [fl for fl in block.lines if fl.line.margin]
    # two or more lines each stopping as far short of the column as they are set in are centred
    # whatever their length: text's paragraphs do not stack short lines balanced on both sides
    share = CENTRED_SHARE if len(set_in) < 2 else 0.0
    return not any(all(_centred(fl, col, share) for fl in set_in) for col in columns)


def _centred(fl: FlowLine, column: float, share: float = CENTRED_SHARE) -> bool:
    """Does a line nearly as wide as the column stop as far short of its end as it is set in (within a
    cell)? Then its white space centres a title in its box: an indented first line runs on to the
    column's end. (A short line set in by an indent may stop anywhere: its end tells nothing alone;
    `share` is how much of the column the text must fill, none where several lines agree.)"""
    return (fl.line.width - fl.line.margin >= share * column
            and fl.line.margin - 0.5 <= column - fl.line.width <= fl.line.margin + 1.5)


def _widest_line(para: Para, tail: bool) -> float | None:
    """The widest line of a paragraph's run on the block's side of any column break, its last line
    left out: a wrapped line fills its column, so a paragraph of two lines shows the column too."""
    widths = [fl.set_width for fl in _end_run(para, tail) if fl is not para.lines[-1]]
    return max(widths) if widths else None


def _widened_above(before: list[Para], width_after: float) -> bool:
    """Did the text right above (section-title lines aside) go on after a column break in a run too
    short to measure, from a column narrower than the text below? A column widens at a break
    inside an article (a wider column at the page's foot): the text below may be that column."""
    text = next((p for p in reversed(before[-3:]) if len(p.lines) > 1), None)
    if text is None or not _broken(text) or _inner_width(text, tail=True) is not None:
        return False
    start = _inner_width(text, tail=False) or _opening_width(text)
    return start is not None and start < width_after


HABIT_PARAS = 3  # paragraphs on each side of a block that show how its text is set
HABIT_SHARE = 0.8  # and the share of the article's paragraphs above it that must agree


def _plain_text(para: Para) -> bool:
    """A wrapped paragraph of running text that ends a sentence: no title, dateline, credit, note
    or signature (——…), which may be set apart."""
    return (len(para.lines) > 1 and para.lines[-1].terminal and not para.byline
            and not para.lines[0].text.startswith("——")
            and not any(fl.end_dateline or fl.credit for fl in para.lines))


def _habit(marks: list[bool], share: float) -> bool | None:
    """True or False where at least `share` of the marks agree, else None."""
    if not marks:
        return None
    on = sum(marks) / len(marks)
    return True if on >= share else False if on <= 1 - share else None


FULL_LAST = 2.0  # a last line this close to its paragraph's widest line may look full


def _ends_short(para: Para) -> bool:
    """Does a paragraph's last line end clearly short of its column and of its own full lines (its
    closing mark counted: set in the line, it may leave no room to spare)?"""
    last = para.lines[-1]
    return last.short and last.line.width <= max(fl.set_width for fl in para.lines) - FULL_LAST


# An article's text keeps one form of its marks throughout: full-width or half-width commas and
# stops (，；： or ,;:), horizontal or vertical quotes and brackets (“”《》 or ﹃﹄︽︾).
_FORMS = ((re.compile(r"[，；：]"), re.compile(r"[\u4e00-\u9fff][,;:](?![0-9])")),
          (re.compile(r"[“”《》（）]"), re.compile(r"[﹃﹄︽︾︵︶]")))


def _forms(para: Para) -> tuple[bool | None, ...]:
    """Which form of each kind of mark a paragraph's lines use as found (True: the second), None
    where they show neither or both (found once per paragraph)."""
    if para.forms is None:
        text = "".join(fl.line.raw for fl in para.lines)
        para.forms = tuple(None if bool(a.search(text)) == (b_on := bool(b.search(text))) else b_on for a, b in _FORMS)
    return para.forms


def _setting(paras: list[Para], share: float) -> tuple[bool | None, ...]:
    """How a run of paragraphs is set: (first lines indented, blank lines between paragraphs,
    the forms of its marks), each None unless `share` of the run agrees (the run needs two
    paragraphs at least)."""
    if len(paras) < 2:
        return (None,) * (2 + len(_FORMS))
    indents = [p.lines[0].line.indent for p in paras]
    # (only between wrapped paragraphs, after a short last line: a paragraph ending on a full line,
    # or a cell or so short of its own full lines, needs a blank line to show its end, and a
    # one-line title or credit may be set apart)
    gaps = [b.lines[0].line.no > a.lines[-1].line.no + 1 for a, b in itertools.pairwise(paras)
            if _ends_short(a) and _plain_text(a) and _plain_text(b)]
    forms = [_habit([f for f in marks if f is not None], share) for marks in zip(*map(_forms, paras), strict=True)]
    return _habit(indents, share), _habit(gaps, share), *forms


def _setting_changes(before: list[Para], after: list[Para]) -> bool:
    """Do the paragraphs on the two sides of a block differ in how they are set (indented or not,
    blank lines between them or not, the forms of their marks)? An article's text
    is set one way throughout, its section titles included: a change marks the block as the next
    article's headline."""
    below = _setting(after[:HABIT_PARAS], 1.0)
    if len(after) == 1 and _plain_text(after[0]):
        # a single wrapped paragraph under the block (the next block follows it) shows its indent
        below = _own_setting(after[0])
    return _changed_cues(before, below) > 0


def _own_setting(para: Para) -> tuple[bool | None, ...]:
    """The setting cues one paragraph shows by itself: its indent and the forms of its marks
    (a blank line between paragraphs needs two to show)."""
    return (para.lines[0].line.indent, None, *_forms(para))


def _changed_cues(before: list[Para], below: tuple[bool | None, ...]) -> int:
    """How many setting cues of the text below differ from the article's habit above? The
    article's last paragraphs must all agree on a cue, and most of its earlier ones."""
    above = [a if a == b else None for a, b in zip(_setting(before[-HABIT_PARAS:], 1.0),
                                                     _setting(before, HABIT_SHARE), strict=True)]
    return sum(a is not None and b is not None and a != b for a, b in zip(above, below, strict=True))


# A closing headline (_closes_above): this long at least, this much of its wording repeated above
# and at most this much below, under an opener that repeats less than this of the text above.
CLOSING_CHARS, CLOSING_ECHO, CLOSING_AFTER, CLOSING_OPENER = 12, 0.8, 0.1, 0.5


def _closes_above(block: Block, seg: Segment, after: list[Para]) -> bool:
    """A long title between paragraphs whose wording the text above repeats almost whole and the
    text below not at all is the headline of the article above, set after its body (a section
    title introduces the text under it), unless that article opened under a headline of its own."""
    probe = _probe(block)
    # (a title that fills its column and wraps is set in the column: a section's; the last line
    # of a block that does not wrap may fill it)
    lines = block.lines[:-1] if len(block.lines) > 1 else block.lines
    if len(probe) < CLOSING_CHARS or not all(fl.short for fl in lines) or not after:
        return False
    text = _body(seg.paras)
    if seg.opener is not None and _similarity(_probe(seg.opener), text) >= CLOSING_OPENER:
        return False
    above = _similarity(probe, text)
    below = _similarity(probe, _body(after))
    return above >= CLOSING_ECHO and below <= CLOSING_AFTER


# A headline set after its body on a page that sets them so (_echoes_above): this many character
# pairs at least, this much of them repeated in the text above and some in its first paragraphs
# (LEAD_PARAS), none below.
AFTER_GRAMS, AFTER_ECHO, AFTER_LEAD, LEAD_PARAS = 8, 0.6, 0.1, 2


def _heads_after(elements: list[Element], foot: Para | None) -> bool:
    """Does the page set its headlines after their bodies? Its text closes on a title block under a
    paragraph (a caption at its foot left out): that title has no body under it."""
    last = elements[-2:] if foot is None else elements[-3:-1]
    return (len(last) == 2 and isinstance(last[0], Para) and isinstance(last[1], Block)
            and _title_like(last[1]) and not _is_caption(last[1], edge=True))


def _echoes_above(block: Block, seg: Segment, after: list[Para]) -> bool:
    """On a page that sets headlines after their bodies, is a title between paragraphs the headline
    of the text above: most of its wording repeated there, some in that text's opening paragraphs
    (a headline sums up its lead), and none in the text below? A section title introduces the text
    under it and echoes the text around it, not the article's opening; an article's own section
    titles above do not make the block one (_closes_above asks for none). Not a line closed by a
    dash (it leads into the text under it), nor one phrased as clauses (…发力，提振…: a section's
    point, set as text is), nor a signature, wrapped or not (it signs the text above), nor a line
    breaking off mid-word into the text under it (its first line, cut by a column break)."""
    grams = _bigrams(_probe(block))
    if (len(grams) < AFTER_GRAMS or not after or not block.texts or block.texts[-1].endswith("——")
            or any(_CLAUSE_MARK.search(t) for t in block.texts)
            or _sign(" ".join(block.texts)) or _sign("".join(block.texts))
            or runs_on(block.texts[-1], after[0].lines[0].text)):
        return False
    # (the cheap tests first, the whole text above last; the segment is still growing: its text is
    # read afresh, not from its cache)
    return (_shared(grams, _body(after)) == 0 and _shared(grams, _body(seg.paras[:LEAD_PARAS])) >= AFTER_LEAD
            and _shared(grams, _body(seg.paras)) >= AFTER_ECHO)


_NUMERALS = re.compile(r"[0-9０-９]+|[一二三四五六七八九十]+(?=[、．.])")
_WORDS = re.compile(r"[\u4e00-\u9fff·A-Za-z]+")


def _title_style(block: Block) -> tuple[str, ...]:
    """How a title block is set, its words left out: the punctuation, brackets and numbering
    around them line by line (《字》, 0字, 字——, 字，字)."""
    return tuple(_WORDS.sub("字", _NUMERALS.sub("0", re.sub(r"\s+", "", t))) for t in block.texts)


_AUTHOR_NOTE = re.compile(r"^[（(](?:作者(?:为|系|是|单位)|[^（）()]*(?:采访)?整理[）)]$)")


def _author_note(para: Para) -> bool:
    """A note on who wrote or told the text above (（作者为…）, （本报记者…采访整理）): it closes
    one contribution, and a collection of contributions goes on after it under a section title.
    The note is read whole: a long one wraps, and 整理） closes its last line."""
    return bool(_AUTHOR_NOTE.search("".join(fl.key for fl in para.lines)))


def _heads_above(block: Block, seg: Segment, rest: list[Element]) -> bool:
    """Does a block after an author's note repeat the contribution above it more than the text
    below it (up to the next block or closing note)? Then it is that contribution's headline,
    set after its body, and no section title of a collection."""
    below = []
    for el in rest:
        if isinstance(el, Block):
            if below:
                break
            continue
        below.append(el.raw)
        if el.end_dateline:
            break
    text = _probe(block)
    return _similarity(text, _body(seg.paras[seg.section:])) > _similarity(text, "".join(below))


def _wraps_in_column(block: Block) -> bool:
    """Does a title wrap at its column's edge (新中国电视70年7个“第 / 一”)? Then it is set in the
    text's type, in the column: a section title, never a display headline set after its body."""
    return len(_title_paragraphs(block)) < len(block.lines)


# An author's name alone on a line: two characters spaced out (姜  昆) or two to four set solid.
_NAME_LINE = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3})$")


def _named_below(block: Block) -> bool:
    """Does a title block end with a shorter line that only names a person (精品奉献人民 / 姜  昆)?
    An author's name sits between a contribution's title and its text: the block heads the
    text under it, never a body above it (a headline set after its body carries no name)."""
    last = block.lines[-1]
    return (len(block.lines) > 1 and bool(_NAME_LINE.match(last.text.strip()))
            and all(fl.line.width > last.line.width for fl in block.lines[:-1]))


def _name_set_under(elements: list[Element], k: int) -> bool:
    """Is the block at k followed, across a blank line, by a one-line block that only names a
    person (口碑胜过奖杯 / 张  译)? The name between a title and its text signs the text under
    it, as when no blank line parts them (_named_below)."""
    nxt = elements[k + 1] if k + 1 < len(elements) else None
    return (isinstance(nxt, Block) and len(nxt.lines) == 1 and not nxt.bullets
            and bool(_NAME_LINE.match(nxt.lines[0].text.strip())))


_FILED = re.compile(r"^[（(](本报|新华社|中新社)[^（）()]*电[）)]$")


def _second_dateline(seg: Segment, rest: list[Element]) -> bool:
    """Does the text under a block close with a dateline (（本报东京10月19日电）) while the article
    above opened with one (本报巴黎10月17日电)? A report names where it was filed once: the
    block heads another report, set in the same column, and is no section title."""
    if len(seg.paras) <= seg.lead or not seg.paras[seg.lead].byline:
        return False
    byline, _rest = split_byline(seg.paras[seg.lead].raw)
    if byline is None or not (byline.source or "").endswith("电"):
        return False
    for el in rest:
        if isinstance(el, Block) or el.byline:
            return False
        if el.end_dateline:
            return bool(_FILED.match("".join(fl.key for fl in el.lines)))
    return False


def _filing(para: Para) -> tuple[str, str, set[str]] | None:
    """The agency, day and reporters a dateline names (本报金奈10月11日电（记者王一）: 本报,
    10月11日, {王一}), the place left out."""
    byline, _rest = split_byline(para.raw)
    if byline is None or (m := matches("filing", byline.source or "")) is None:
        return None
    return m["agency"], m["day"], set(byline.reporters)


def _filed_again(seg: Segment, para: Para) -> bool:
    """Does a dateline set straight under a paragraph, with no title over it, repeat the agency and
    day of the signed one that opened the text above, naming no reporter itself (本报金奈10月8日电
    （记者王一）… 本报北京10月8日电 …)? Then the desk adds a short unsigned report to the signed one
    under the same headline (离京… / 抵达…), no new article: a new article sets its own title over
    its dateline, and a signed report, or one from another agency or day, is another article even
    untitled (a run of unsigned dispatches is a run of items)."""
    if not para.byline or len(seg.paras) <= seg.lead or not seg.paras[seg.lead].byline:
        return False
    first, again = _filing(seg.paras[seg.lead]), _filing(para)
    return (first is not None and again is not None and first[:2] == again[:2]
            and bool(first[2]) and not again[2])


def _photo_story(after: list[Para], s: Settings) -> bool:
    """A few lines of text closed by a photo credit (…摄): a photo story under its own title,
    no section of a running article (whose text goes on past any picture)."""
    chars = 0
    for para in after:
        last = para.lines[-1]
        if (last.credit and has("photo_credit", last.key)) or has("photo_credit", para.raw):
            return chars + len(para.raw) <= s.photo_story_chars
        chars += len(para.raw)
    return False


def _closed_photo_story(seg: Segment, s: Settings) -> bool:
    """Did a photo credit (…摄) just close a few lines of text under a title: a photo story, after
    which the text goes on with another article?"""
    last = seg.paras[-1]
    if not seg.titled or len(seg.paras) < 2 or not all(fl.credit for fl in last.lines):
        return False
    # matched on the lines' keys: a two-character name is set spaced out to three cells (赵  戈)
    if not has("photo_credit", "".join(fl.key for fl in last.lines)):
        return False
    return sum(len(p.raw) for p in seg.paras[seg.lead:-1]) <= s.photo_story_chars


def _caption_under(seq: list[Segment | Block], seg: Segment, block: Block, s: Settings) -> int | None:
    """Where a photo's caption starts at the foot of a body headed from above, when a title right
    under it heads nothing: a photographer's credit (…摄) closes a picture's caption, never a
    report's text, so the title under it is the picture's own, set after its caption as a page
    that heads some items from below does, and the caption is the paragraph over the credit. Only
    where another headline or the page's end follows the title: a title with text under it may
    head that text, or be a section title under a picture set inside an article."""
    i = len(seg.paras) - 2
    if i <= seg.lead or not _title_like(block) or len(block.texts) != 1:
        return None
    k = _position(seq, block)
    below = seq[k + 1] if k + 1 < len(seq) else None
    if isinstance(below, Segment):
        return None
    credit, caption = seg.paras[-1], seg.paras[i]
    if not all(fl.credit for fl in credit.lines) or not has("photo_credit", "".join(fl.key for fl in credit.lines)):
        return None
    if not seg.paras[i - 1].lines[-1].complete or len(caption.raw) > s.photo_story_chars:
        return None
    return i


def _brief(para: Para) -> bool:
    """A news brief's opening: a dateline with no place or date (本报电), as a briefs column sets it."""
    return para.byline and has("brief", para.lines[0].key.lstrip())


def _bare_credit(para: Para) -> bool:
    """A reporter's credit line alone (本报记者 李明远): no dateline, no text after it; a narrow
    column may wrap it onto a second line (本报记者  陈一鸣  王 / 晓云)."""
    if not para.byline or len(para.lines) > 2:
        return False
    byline, rest = split_byline(para.raw)
    return byline is not None and byline.source is None and not rest.strip()


def _credit_in_text(para: Para, above: Element | None) -> bool:
    """Is a reporter's credit alone (本报记者 李明远) set right under a paragraph, no title between?
    An article opens under its title block (or on a dateline, headless), so such a credit signs a
    section of the running text whose title came out as a paragraph (茶园不兴，我这书记咋当？).
    A paragraph closing on a column's tag (第一根国产光纤（新中国的“第一”）) is an article's
    headline glued to the text above it, and the credit under it opens that article."""
    return (isinstance(above, Para) and not _closes_on_tag(above.lines[-1].text.strip())
            and _bare_credit(para))


def _inner_width(para: Para, tail: bool) -> float | None:
    """Commonest width of a paragraph's inner lines on the block's side of any column break, hung
    punctuation left out (measured once per paragraph and end)."""
    if tail in para.widths:
        return para.widths[tail]
    para.widths[tail] = width = _measure_inner(para, tail)
    return width


def _measure_inner(para: Para, tail: bool) -> float | None:
    """The run of lines at one end up to a column break, its inner lines' commonest width (the
    wider on a tie): most lines fill the column exactly, while some fall short (an ASCII run kept
    whole) or stick out (a `——` kept whole, spaces around numbers), so a median sinks below the
    column where several lines fall short. A line ending on a mark fits the column either way,
    the mark hung past the edge or set inside it."""
    run = _end_run(para, tail)
    # inner: neither end of the paragraph (the run's last line is the other end only where the run
    # covers the whole paragraph)
    inner = run[1 : len(para.lines) - 1]
    # One inner line is enough where a column break cut the run short and it fills the column.
    cut = len(run) < len(para.lines) and not any(fl.short for fl in run[1:])
    if len(inner) < (1 if cut else 2):
        return None
    # a plain loop: a Counter fed a set per line costs twice as much, on every paragraph
    fits: dict[float, int] = {}
    for fl in inner:
        fits[fl.set_width] = fits.get(fl.set_width, 0) + 1
        if fl.line.width != fl.set_width:
            fits[fl.line.width] = fits.get(fl.line.width, 0) + 1
    return max((fits[fl.set_width], fl.set_width) for fl in inner)[1]


def _broken(para: Para) -> bool:
    """Does a column break fall inside the paragraph (its lines not one under the other)?"""
    return any(b.line.no != a.line.no + 1 for a, b in itertools.pairwise(para.lines))


def _cut_first_line(para: Para) -> float | None:
    """The width of a paragraph's first line with a column break right under it: the text goes on
    in the next column (which may be wider), so the line fills the column it was set in."""
    if len(para.lines) < 2 or para.lines[1].line.no == para.lines[0].line.no + 1 or para.lines[0].complete:
        return None
    return para.lines[0].line.width


def _opening_width(para: Para) -> float | None:
    """Two lines opening a paragraph of three or more, one under the other (no column break) and
    equally wide: full lines, so they show the column even where one inner line is too few."""
    if len(para.lines) < 3:
        return None
    a, b = para.lines[0], para.lines[1]
    if b.line.no != a.line.no + 1 or abs(a.set_width - b.set_width) > 0.5:
        return None
    return b.set_width


def _closes_phrase(text: str) -> bool:
    """Does a title line end where its phrase ends? A closing quotation mark ends it only when the
    line opened the quotation (a quoted title, “…”): one that closes a quoted word inside the
    line (…守住“绿水青山”) leaves the phrase going on."""
    if text.endswith("”") and not text.lstrip().startswith("“"):
        return False
    return bool(_PHRASE_END.search(text))


def _title_paragraphs(block: Block) -> list[Para]:
    """In-body titles become paragraphs, one a title: a title longer than its column wraps, and
    a full line that does not close a phrase runs on into the next."""
    paras: list[Para] = []
    for fl in block.lines:
        prev = paras[-1].lines[-1] if paras else None
        if prev is not None and not prev.short and not prev.over and not _closes_phrase(prev.text):
            paras[-1].lines.append(fl)
        else:
            paras.append(Para([fl]))
    return paras


_CREDIT_STUB = 3  # characters of a credit's last word wrapped onto a line of their own


def _wrapped_tail(para: Para, fl: FlowLine) -> bool:
    """A short line alone right under a full, unfinished line is the rest of that line cut off
    at the column edge (中共日照市委宣 / 传部), no title; a credit goes on only as a credit. A
    photographer's credit already whole on its line may still wrap a stub of its closing word
    onto the next (`…摄` / `影报道`): a title never reads on into a credit's own wording. (After a
    labelled credit, `版式设计：林一帆`, any short title would read on as a name.)"""
    last = para.lines[-1]
    if last.credit and not has("credit", last.key + fl.key):
        return False
    if last.credit and _labelled_credit(last, fl):
        return True
    if (last.credit and fl.line.no == last.line.no + 1 and len(fl.key) <= _CREDIT_STUB
            and _LABELLED.match(last.key) is None):
        return True
    return (fl.line.no == last.line.no + 1 and not last.terminal and not last.short
            and not _PHRASE_END.search(last.text) and fl.short and not fl.over
            and fl.line.width <= last.line.width / 2)


def _labelled_credit(last: FlowLine, fl: FlowLine) -> bool:
    """A labelled credit (数据来源：…, 主办单位：…) cut at the column edge goes on in the line right
    under it however long its tail (a body's name seldom breaks at its middle in a narrow
    column: 数据来源：第七届世界军 / 人运动会执委会), as long as that line is no wider than the
    credit's, holds no mark and leaves the credit's own label out."""
    return (fl.line.no == last.line.no + 1 and _LABELLED.match(last.key) is not None
            and not _PHRASE_END.search(last.text) and not last.short and not fl.over and not fl.terminal
            and fl.line.width <= last.line.width + 0.5 and _LABELLED.match(fl.key) is None
            and not _CLAUSE_OR_STOP.search(fl.key))


def _fills_column(fl: FlowLine) -> bool:
    """Does a line reach its column's edge? Bodies listed in a credit are set apart by wide spaces
    (外交部      商务部), which the measured width leaves out but which fill the line."""
    return not fl.short or fl.line.width + 0.5 * fl.text.count(" ") >= fl.col - FULL_CELLS


def _credit_goes_on(para: Para, fl: FlowLine) -> bool:
    """A labelled credit (主办单位：…) that lists several bodies may wrap over more than two lines:
    the line under a wrapped tail that fills its column goes on too, while it holds no mark."""
    label = next((ln for ln in reversed(para.lines) if _LABELLED.match(ln.key)), None)
    last = para.lines[-1]
    return (label is not None and last is not label and fl.line.no == last.line.no + 1
            and _fills_column(last) and not _PHRASE_END.search(last.text)
            and not fl.over and not fl.terminal
            and _LABELLED.match(fl.key) is None and not _CLAUSE_OR_STOP.search(fl.key))


_LINE_END_MARK = re.compile(r"[，。、；：！？,.;:!?”’）)》…—]$")


def _wraps(para: Para) -> bool:
    """Is a paragraph running text wrapped at the column edge (a line breaks mid-phrase), not a
    verse or list set a clause a line (这正是： / 垃圾要分类， / 存储有“收益”。)?"""
    return any(not _LINE_END_MARK.search(fl.text.rstrip()) for fl in para.lines[:-1])


def _text_above(before: list[Para]) -> list[Para]:
    """The paragraphs above with the labelled page credits closing them (版式设计：…, 本期统筹：…)
    left out: a credit line is set to no column, so the text above it shows the column the
    text under it is measured against."""
    k = len(before)
    while k > 1 and _page_credit(before[k - 1]):
        k -= 1
    return before[:k]


SHORT_RUN = 4  # up to three short paragraphs, and the one measured above them
def _short_run_column(before: list[Para], s: Settings) -> float | None:
    """The column of short paragraphs closing the text above (a closing remark of one line, two or
    three lines with a wrapped one): that of the nearest paragraph above them long enough to tell,
    if their wrapped lines are set in it and their last lines fit in it."""
    wrapped: list[FlowLine] = []
    ends: list[FlowLine] = []
    for para in before[::-1][:SHORT_RUN]:
        width = _inner_width(para, tail=True)
        if width is not None:
            fits = (all(abs(fl.set_width - width) <= s.column_change for fl in wrapped)
                    and all(fl.set_width <= width + s.column_change for fl in ends))
            return width if ends and fits else None
        if _broken(para) or len(para.lines) > 3:
            return None
        wrapped += para.lines[:-1]
        ends.append(para.lines[-1])
    return None


def _column_before_break(para: Para) -> float | None:
    """The column a paragraph ran in before a column break, where the run after its last break
    is too short to measure: the text may have gone on in a wider column past the break, never
    in a narrower one, so a narrower column under it tells."""
    return _inner_width(para, tail=False) if _broken(para) else None


def _column_changes(before: list[Para], rest: list[Element], s: Settings) -> bool:
    """Two finished paragraphs set in clearly different column widths belong to two articles.

    Only the lines next to each other count, within one column (a column may widen at a column
    break inside an article), and both paragraphs need enough such lines to tell their width (a
    display lead's first line fills its column: it is enough). A paragraph too short to tell
    leaves it to the one next to it in the same column: the one above a two-line paragraph whose
    wrapped first line is as wide, the one under a salutation of short lines (同志们，朋友们：)
    that opens an address.
    """
    before = _text_above(before)
    prev = before[-1]
    if not prev.lines[-1].complete or prev.lines[-1].text.endswith(("：", ":")):
        return False  # (a colon introduces the text under it: 这正是：)
    width_before = _inner_width(prev, tail=True)
    if width_before is None and len(before) > 1 and len(prev.lines) == 2 and not _broken(prev):
        # (a two-line paragraph's wrapped first line shows it stands in the column above it; its
        # closing mark may hang past the edge or fill the last cell)
        above = _inner_width(before[-2], tail=True)
        first = prev.lines[0]
        if above is not None and min(abs(first.set_width - above), abs(first.line.width - above)) <= s.column_change:
            width_before = above
    # (short paragraphs leave it to the one above them, and a paragraph cut by a column break near
    # its end to its run before the break: measured so only against wrapped prose under them, not
    # verse whose every line closes on a mark)
    run_width = None
    if width_before is None and isinstance(rest[0], Para) and any(map(breaks_mid_word, rest[0].lines[:-1])):
        run_width = _short_run_column(before, s) or _column_before_break(prev)
    paras = list(itertools.takewhile(lambda el: isinstance(el, Para), rest[:2]))
    nxt = paras[0]
    width_after = _inner_width(nxt, tail=False)
    if width_after is None and nxt.lines[-1].ends_para and len(nxt.lines) > 1:
        width_after = nxt.lines[0].set_width  # a display lead's first line fills its column
    if (width_after is None and len(paras) > 1 and not nxt.byline and nxt.lines[-1].text.endswith(("：", ":"))
            and all(fl.short and not fl.credit for fl in nxt.lines) and _wraps(paras[1])):
        width_after = _inner_width(paras[1], tail=False)
    if run_width is not None and width_after is not None:
        # past short paragraphs the text may have gone on after a column break unseen, into a wider
        # column (_widened_above): only a narrower column tells
        return run_width - width_after > 2 * s.column_change
    return (width_before is not None and width_after is not None
            and abs(width_before - width_after) > 2 * s.column_change)


def _set_otherwise(before: list[Para], rest: list[Element], s: Settings) -> bool:
    """Does the text go on in another column width and another setting (indented or not, blank
    lines between paragraphs or not, other forms of marks) after a finished paragraph? An
    article's text is set one way throughout: two cues agreeing mark two articles run together
    with no title between them (a page whose headlines follow their bodies leaves none above the
    next body). Columns only a cell apart, which measuring noise may not explain away, need two
    setting cues changing together (indented and parted by blank lines below, neither above), and
    so do columns of one width (_opens_otherwise)."""
    before = _text_above(before)
    prev, nxt = before[-1], rest[0]
    if not isinstance(nxt, Para) or not prev.lines[-1].complete:
        return False
    width_before, width_after = _inner_width(prev, tail=True), _inner_width(nxt, tail=False)
    if width_before is None or width_after is None:
        return False
    after: list[Para] = []
    for el in rest[:HABIT_PARAS]:
        if not isinstance(el, Para):
            break
        after.append(el)
    if abs(width_before - width_after) > s.column_change:
        return _setting_changes(before, after)
    if abs(width_before - width_after) < 1:
        return _opens_otherwise(before, after)
    below = _setting(after, 1.0)
    return sum(cue is not None for cue in below) >= 2 and _changed_cues(before, below) >= 2


def _opens_otherwise(before: list[Para], after: list[Para]) -> bool:
    """In one column width, does the paragraph under a finished one open text set otherwise? Two
    setting cues must change together, and the paragraph must differ from the one above it itself
    (its indent, the forms of its marks: most paragraphs are set like their neighbour, so the
    article's habit is seldom looked up). The two must also be parted otherwise than the text
    below parts its paragraphs: where they are parted alike, the paragraph above may be that
    text's first, set apart by a cue it lost (an indent the text dropped)."""
    prev, nxt = before[-1], after[0]
    own = _own_setting(nxt)
    if not any(a is not None and b is not None and a != b for a, b in zip(_own_setting(prev), own, strict=True)):
        return False
    below = _setting(after, 1.0)
    parted = nxt.lines[0].line.no > prev.lines[-1].line.no + 1
    return (below[1] is not None and parted != below[1] and sum(cue is not None for cue in below) >= 2
            and _changed_cues(before, below) >= 2 and _changed_cues(before, own) > 0)


_OPEN_END = re.compile(r"[，、；：,;:（(“‘《—]$")


def _unfinished_title(fl: FlowLine) -> bool:
    """A line that could stand as a title: no sentence, credit or dateline ends in it, and it
    does not break off at a mark that needs more text after it."""
    return not (fl.complete or "。" in fl.text or _OPEN_END.search(fl.text.rstrip()))


_SENTENCE_MARK = re.compile(r"[。！？；：!?;:]")
_CLAUSE_MARK = re.compile(r"[，、,]")
_DATE_PART = re.compile(r"[0-9０-９年月]$")  # a date broken over two lines (2016年 / 9月25日，)


def _title_over_lead(para: Para, above: Element | None) -> bool:
    """Does a paragraph after finished text open with a title line run into its lead? The line
    is a phrase that ends nothing, right above a line opening the way a news lead does (10月7日，
    近日，前不久，): no sentence goes on past a line end into a fresh dated clause."""
    if para.byline or len(para.lines) < 3 or not (above is None or isinstance(above, Para)):
        return False
    if not has("lead", para.lines[1].key) or para.lines[1].key.startswith(("“", "「")):
        return False  # (first: few lines open like a news lead)
    if above is not None and not above.lines[-1].complete:
        return False
    first, second = para.lines[0], para.lines[1]
    measure = max(fl.set_width for fl in para.lines[1:3])
    return (second.line.no == first.line.no + 1 and _unfinished_title(first) and not first.line.spaced
            and abs(first.line.width - measure) >= 0.5 and len(_CLAUSE_MARK.findall(first.key)) <= 1
            and not _SENTENCE_MARK.search(first.key) and not _DATE_PART.search(first.key)
            and not has("open_end", first.key) and not has("prose_open", first.key))


TITLE_LINES = 3  # a headline block has at most a kicker, a headline and a subheadline


def _title_over_byline(para: Para) -> bool:
    """Is a paragraph right above a byline a title? No paragraph breaks off for good right before
    a byline: one line that finishes nothing is one, and so are a few lines none of which carries
    a mark of running text (a title stacked over lines, 田径世锦赛 / 我国选手佳绩频传)."""
    lines = para.lines
    if len(lines) == 1:
        return _unfinished_title(lines[0])
    return len(lines) <= TITLE_LINES and all(
        _unfinished_title(fl) and not _SENTENCE_MARK.search(fl.key) and not _CLAUSE_MARK.search(fl.key)
        for fl in lines)


def _kicker_over(kicker: FlowLine, title: FlowLine) -> bool:
    """A line closed by a kicker's dash (…专家呼吁——) right over a narrower phrase that ends
    nothing: the kicker and the title it leads into."""
    return (kicker.text.endswith("——") and title.line.no == kicker.line.no + 1 and _unfinished_title(title)
            and kicker.set_width > title.set_width)


def _heads_text(kicker: FlowLine, para: Para) -> bool:
    """Is the first line of a paragraph, right under a kicker, the title it leads into, set wider
    than the column of the text under it?"""
    first = para.lines[0]
    return _kicker_over(kicker, first) and first.set_width > max(fl.set_width for fl in para.lines[1:3]) + 0.5


def _kicker_after_close(para: Para, prev: Element | None, nxt: Element | None) -> bool:
    """Is a one-line paragraph right after an article's closing credit or dateline, set right over a
    title block (no blank line between), that block's first line? A closed article takes no more
    text, and a line running straight into a title is its kicker, not an article of one line."""
    if not (isinstance(prev, Para) and isinstance(nxt, Block) and nxt.texts and _title_like(nxt)):
        return False
    line = para.lines[0]
    return ((prev.lines[-1].end_dateline or prev.lines[-1].credit) and len(para.lines) == 1 and not para.byline
            and not line.end_dateline and not line.credit and nxt.lines[0].line.no == line.line.no + 1)


def _titles_by_position(elements: list[Element]) -> list[Element]:
    """Titles the flow read as text, told by what they sit next to (a headline set before its
    body sits between the end of one article and the opening of the next).

    A paragraph after finished text may open with its title run into a news lead
    (_title_over_lead). A one-line paragraph that finishes nothing, right above a paragraph
    opening with a byline (本报北京10月22日电…), is that article's title: no paragraph breaks off
    for good one line before a byline. A title block closing with a kicker's dash leads into a
    headline: the line right under it, narrower than the kicker and wider than the text below,
    is that headline, not the body's first line. A line between an article's closing credit or
    dateline and a title block right under it is that block's kicker.
    """
    out: list[Element] = []
    for k, el in enumerate(elements):
        nxt = elements[k + 1] if k + 1 < len(elements) else None
        prev = out[-1] if out else None
        if isinstance(el, Para) and isinstance(nxt, Block) and _kicker_after_close(el, prev, nxt):
            nxt.lines[:0] = el.lines
            continue
        if isinstance(el, Para) and _title_over_lead(el, prev):
            prev = Block([el.lines.pop(0)])
            out.append(prev)
            el.widths.clear()
        if isinstance(el, Para) and not el.byline and isinstance(nxt, Para) and nxt.byline and _title_over_byline(el):
            el = Block(list(el.lines))
            cut = next((i for i in range(1, len(el.lines)) if el.lines[i].line.no > el.lines[i - 1].line.no + 1), 0)
            if cut and isinstance(prev, Block) and prev.lines and prev.lines[-1].line.no + 1 == el.lines[0].line.no:
                # the lines right under a title block (no blank between) finish it; the ones after
                # the blank line head the body under them
                prev.lines.extend(el.lines[:cut])
                del el.lines[:cut]
        if (isinstance(prev, Block) and isinstance(el, Para) and not el.byline and len(el.lines) > 2
                and _title_like(prev) and _heads_text(prev.lines[-1], el)):
            prev.lines.append(el.lines.pop(0))
            el.widths.clear()
        out.append(el)
    return out


def _second_half(sub: FlowLine, below: FlowLine) -> bool:
    """Is `below` the rest of a subheadline broken over two lines in its box? The dash line breaks
    off mid-phrase and the line under it, as wide within a cell, goes on without a clause mark or
    indent: the body's text under a subheadline is set in its own column, seldom the box's width."""
    return (not _closes_phrase(sub.text) and not below.line.indent and not below.complete
            and not _CLAUSE_MARK.search(below.key) and abs(sub.line.width - below.line.width) <= 1.0)


def _text_under_subtitles(elements: list[Element]) -> list[Element]:
    """A subheadline (——记…, ——访…) closes its headline block: the lines set under it in the same
    block (an indented lead-in, a section title, a display lead's first line) open the text
    beside the block, or, right over a dateline, are the next article's title; highlights (●) stay.
    A subheadline that fills its width and breaks off mid-phrase runs on into a short line under it
    (not indented, no clause mark), and one broken mid-word or mid-bracket into the line finishing it;
    one wider than the column is set across the columns whole, and the short line is the text's."""
    out: list[Element] = []
    for k, el in enumerate(elements):
        out.append(el)
        if not isinstance(el, Block) or el.bullets:
            continue
        lines = el.lines
        at = next((i for i in range(1, len(lines) - 1) if lines[i].text.startswith("——")), None)
        if at is None or lines[at + 1].text.startswith("——"):
            continue
        below = lines[at + 1]
        if runs_on(lines[at].text, below.text) or _second_half(lines[at], below) or (
                not lines[at].short and not lines[at].over and not _closes_phrase(lines[at].text) and below.short
                and not below.line.indent and not _CLAUSE_MARK.search(below.key)):
            continue
        nxt = elements[k + 1] if k + 1 < len(elements) else None
        if isinstance(nxt, Para) and nxt.byline:
            out.append(Block(lines[at + 1:]))  # the next article's title, over its dateline
            del lines[at + 1:]
            continue
        paras = _title_paragraphs(Block(lines[at + 1:]))
        del lines[at + 1:]
        last = paras[-1].lines[-1]
        if (isinstance(nxt, Para) and not nxt.byline and not last.complete and not _closes_phrase(last.text)
                and nxt.lines[0].line.no == last.line.no + 1):
            nxt.lines[:0] = paras.pop().lines
            nxt.widths.clear()
        out.extend(paras)
    return out


def _photo_label(el: Element | None) -> bool:
    """A column label that heads a photo feature of its own (图片报道, 图片新闻)."""
    return isinstance(el, Block) and len(el.texts) == 1 and has("headline", el.texts[0])


def _beside_photo_label(elements: list[Element], k: int) -> bool:
    """Is the credit paragraph at k (with any credit paragraphs after it) next to a photo label?"""
    if k and _photo_label(elements[k - 1]):
        return True
    for el in elements[k + 1:]:
        if not (isinstance(el, Para) and _page_credit(el)):
            return _photo_label(el)
    return False


_LABELLED = re.compile(r"^[^：:]{2,8}[:：]")
_CLAUSE_OR_STOP = re.compile(r"[，。！？；,;!?]")


def _page_credit(para: Para) -> bool:
    """A labelled credit line (版式设计：…, 图片来源：…), no signature under a story (…摄, 新华社发)."""
    return not para.end_dateline and all(fl.credit and _LABELLED.match(fl.key) for fl in para.lines)


LEAD_IN_CHARS = 600  # a lead-in (核心阅读) summarises its article in a few sentences at most


def _caption_no(el: Element) -> int | None:
    """The number of a numbered picture caption (图③：…, 图3：…), if the element opens one (the
    caption opening of `patterns.tsv`; 图为 has none)."""
    m = matches("caption_open", el.lines[0].key) if isinstance(el, Para) else None
    if m is None or m.group(1) is None:
        return None
    mark = m.group(1)
    return int(unicodedata.numeric(mark)) if len(mark) == 1 else int(mark)


def _inside_captions(elements: list[Element], k: int) -> bool:
    """Is the block at k set between two numbered captions that follow on (图③：… / block / 图④：…)?
    Then it sits inside one list of captions, a credit or a photo column's label: a new article's
    pictures number afresh from ①, so no headline falls between ③ and ④."""
    if not 0 < k < len(elements) - 1:
        return False
    above, below = _caption_no(elements[k - 1]), _caption_no(elements[k + 1])
    return above is not None and below == above + 1


def _segments(elements: list[Element], s: Settings, breaks_shown: bool) -> tuple[list[Segment | Block], list[Block]]:
    """Split the element stream into segments and headline blocks; return captions apart.

    A segment opened by a lexicon subhead (核心阅读, 编者按 …) is a lead-in: the byline that
    follows it continues the same article instead of starting a new one. A change of column
    width between paragraphs starts an article only where the page shows its column breaks as
    blank lines (elsewhere a column may have widened unseen inside a paragraph).
    """
    seq: list[Segment | Block] = []
    captions: list[Block] = []
    current: Segment | None = None
    lead_in = False
    brief: Segment | None = None  # a news brief (本报电) just closed by its credit: the next may go on
    in_brief = False  # the next brief of a briefs column is on its way: its dateline opens no article
    signed_section = False  # an in-body section title just went by, its credit line may follow
    signed: Segment | None = None  # the segment an author's note just closed
    photo: Segment | None = None  # the credits of a photo feature (图片报道) gathered so far
    # a caption alone at the page's foot is no text for a title above it to run on into
    foot = elements[-1] if len(elements) > 1 else None
    if not (isinstance(foot, Para) and _edge_caption(foot, isinstance(elements[-2], Block))):
        foot = None
    heads_after = _heads_after(elements, foot)
    for k, el in enumerate(elements):
        edge = k in (0, len(elements) - 1)
        inner = elements[1] if k == 0 and len(elements) > 1 else elements[k - 1] if k else None
        if isinstance(el, Para) and edge and _edge_caption(el, isinstance(inner, Block)):
            captions.append(Block(list(el.lines)))
            continue
        if isinstance(el, Block):
            above = elements[k - 1] if k else None
            # (a closed article's credit lines go on with it: their wrapped tails too)
            last_para = seq[-1].paras[-1] if seq and isinstance(seq[-1], Segment) and seq[-1].paras else None
            if (above is not None and above is last_para and el.texts and _wrapped_tail(above, el.lines[0])
                    and (len(el.lines) == 1 or above.lines[-1].credit)):
                # (a credit's wrapped tail may run straight into the next title: 数据来源：…有 / 限公司)
                credit = above.lines[-1].credit  # (the rest of a credit is that credit: it closes a photo story)
                while True:
                    tail = el.lines.pop(0)
                    tail.credit = credit
                    above.lines.append(tail)
                    if not (credit and el.lines and _credit_goes_on(above, el.lines[0])):
                        break
                above.widths.clear()
                if not el.lines:
                    continue
            if (len(el.lines) > 1 and not any(fl.kind is BULLET for fl in el.lines[:2]) and seq
                    and isinstance(seq[-1], Segment) and isinstance(elements[k - 1], Para)
                    and _SIGNATURE.match(el.lines[0].text) and not _SIGNATURE.match(el.lines[1].text)):
                # a signature set right over a title (江西南昌县  胡亮梅 / 校园游被…) signs the text
                # above it: a kicker never names a place and a person alone
                seq[-1].paras.append(Para([el.lines.pop(0)]))
            promulgated = False  # an order just signed and dated: the rules under it open on a chapter
            if _signed_and_dated(el, seq, elements[k - 1] if k else None):
                # a signer over a date (总理  王晓东 / 2019年5月8日) closes an order or a letter: the
                # text after them is no longer its own, and no title is set so; but an order
                # promulgates the rules printed under it, which open on their contents or first chapter
                seq[-1].paras.extend(Para([el.lines.pop(0)]) for _ in range(2))
                under = el if el.lines else elements[k + 1] if k + 1 < len(elements) else None
                promulgated = under is not None and bool(_CHAPTER.match(under.lines[0].text))
                current = seq[-1] if promulgated else None
                if not el.lines:
                    continue
            # A run of blocks is judged as a whole, between the paragraphs around it.
            if _is_caption(el, edge):
                captions.append(el)
                continue
            lexicon_subhead = len(el.lines) == 1 and (el.lines[0].subhead or el.lines[0].listlabel)
            if current is None and _appended(el, seq, elements[k - 1] if k else None):
                current = seq[-1]  # (a link box or picture key goes on with the article it follows)
            elif current is None and lexicon_subhead:
                current = Segment()
                seq.append(current)
                lead_in = True
            between = 0 < k < len(elements) - 1 and all(isinstance(e, Para) for e in (elements[k - 1], elements[k + 1]))
            # ● lines alone between paragraphs are section titles, not a headline's highlights.
            bullet_titles = between and not el.texts
            after: list[Para] = []  # the paragraphs up to the next block (three are enough to judge)
            for e in elements[k + 1:]:
                if isinstance(e, Para) and e is not foot:
                    after.append(e)
                    if len(after) == 3:
                        break
                elif after:
                    break
            # a section title after an author's note, in the same column, with no byline under it:
            # the next contribution of a collection (the page counts it as one article); a news
            # report opened by a dateline ends at the note
            reopened = (current is None and signed is not None and elements[k - 1] is signed.paras[-1]
                        and not signed.paras[0].byline
                        and _is_subhead(el, signed.paras, after, s, signed=True, styles=signed.styles)
                        and (_named_below(el) or _name_set_under(elements, k) or _wraps_in_column(el)
                             or not _heads_above(el, signed, elements[k + 1:])))
            # a label set in by the text's indent after a signed contribution (…政委王谦—— / title)
            # opens the collection's next contribution: display type is never indented like text
            last_seg = seq[-1] if seq and isinstance(seq[-1], Segment) else None
            if (current is None and not reopened and last_seg is not None and last_seg.paras
                    and elements[k - 1] is last_seg.paras[-1] and after and not after[0].byline
                    and _indented_like_text(el, last_seg.paras, after)):
                reopened = True
                signed = last_seg
            if reopened:
                current = signed
            before = current.paras if current is not None else []
            # dash lines alone under a paragraph sign the quotation above them (——习近平)
            signature = bool(el.texts) and not el.bullets and all(t.startswith("——") for t in el.texts)
            in_body = (lexicon_subhead or bullet_titles or signature or reopened or promulgated
                       or _inside_captions(elements, k))
            closing = current is not None and not in_body and (
                (not current.styles and _closes_above(el, current, after))
                or (heads_after and _echoes_above(el, current, after)))
            if current is not None and not closing and (in_body or (
                    _is_subhead(el, before, after, s, styles=current.styles)
                    and not _second_dateline(current, elements[k + 1:]))):
                current.section = len(current.paras)
                current.styles += (_title_style(el),)
                current.paras.extend(_title_paragraphs(el))
                signed_section = bool(after) and _bare_credit(after[0])
                continue
            if (brief is not None and elements[k - 1] is brief.paras[-1] and after and _brief(after[0])
                    and len(el.lines) <= 2 and not el.bullets and _title_like(el)
                    and not any(column_tag(t) for t in el.texts)):
                # the next item of a news-briefs column (财经短波): its title stays in the column's text
                brief.paras.extend(_title_paragraphs(el))
                brief.briefs, current, in_brief = True, brief, True
                continue
            if seq and isinstance(seq[-1], Segment) and not _title_like(el):
                # a credit, note, signature or sentence set apart under a text belongs to it
                seq[-1].paras.extend(_title_paragraphs(el))
                continue
            seq.append(el)
            current = None
            lead_in = False  # a lead-in (核心阅读) runs on to a byline within its own article only
            continue
        trailer = el.end_dateline or all(fl.credit for fl in el.lines)
        if current is None and _page_credit(el) and _beside_photo_label(elements, k):
            # the labelled credits between a title and a photo feature's label (图片报道) are that
            # feature's text, not the end of the article the title heads
            if photo is None or photo.paras[-1] is not elements[k - 1]:
                photo = Segment()
                seq.append(photo)
            photo.paras.append(el)
            continue
        last = next((x for x in reversed(seq) if isinstance(x, Segment)), None)
        above = elements[k - 1] if k else None
        if current is None and _appended(el, seq, above):
            current = last
        if current is None and trailer and last is not None:
            # A closing credit or dateline after a block still belongs to the article before.
            last.paras.append(el)
            continue
        widened = current is not None and ((breaks_shown and _column_changes(current.paras, elements[k:], s))
                                           or _set_otherwise(current.paras, elements[k:], s)
                                           or _text_after_makeup(current.paras, el))
        # a lead-in is a short summary: a dateline after a long run of text opens another article
        lead_in = lead_in and current is not None and (
            not _dated(el) or sum(len(p.raw) for p in current.paras) <= LEAD_IN_CHARS)
        # a photo credit set like a byline (本报记者 范昊天摄) closes the story above; it opens none
        opens = (el.byline and not lead_in and not trailer and not (signed_section and _bare_credit(el))
                 and not (current is not None and _credit_in_text(el, above))
                 and not (current is not None and isinstance(above, Para) and _filed_again(current, el))
                 and not (in_brief and _brief(el)))
        signed_section = in_brief = False
        if current is None or opens or widened or (not trailer and _closed_photo_story(current, s)):
            current = Segment(titled=isinstance(above, Block), opener=above if isinstance(above, Block) else None)
            seq.append(current)
        lead_in = lead_in and not el.byline
        current.paras.append(el)
        if el.end_dateline:
            signed = current if _author_note(el) else None
            brief = current if any(_brief(p) for p in current.paras[current.section:]) else None
            current = None
    return seq, captions


def _merge_highlight_blocks(seq: list[Segment | Block]) -> list[Segment | Block]:
    """A bullets-only block next to a headline block belongs to that block."""
    out: list[Segment | Block] = []
    for item in seq:
        prev = out[-1] if out else None
        if isinstance(item, Block) and isinstance(prev, Block) and (not item.texts or not prev.texts):
            prev.lines.extend(item.lines)
            continue
        out.append(item)
    return out


_LEADS_ON = ("——", "：", ":")  # a kicker closed by its dash or colon leads into the line under it


def _split_joined_blocks(seq: list[Segment | Block], s: Settings) -> list[Segment | Block]:
    """A block of title lines between two bodies whose upper lines repeat the wording of the body
    above and not the one below, and whose lower lines the reverse, is two headline blocks set
    with no blank line between them: one closing the article above, one opening the next (a
    headline sums up its own article). A block holding two column tags parts after the first
    (_tagged_cut) whatever its wording. Never cut after a kicker's dash or colon or before a
    subheadline's dash."""
    out: list[Segment | Block] = []
    for k, item in enumerate(seq):
        prev = seq[k - 1] if k else None
        nxt = seq[k + 1] if k + 1 < len(seq) else None
        if not (isinstance(item, Block) and isinstance(prev, Segment) and isinstance(nxt, Segment)
                and len(item.lines) >= 2 and not item.bullets):
            out.append(item)
            continue
        best: tuple[float, int] | None = None
        tagged = _tagged_cut(item)
        for c in range(1, len(item.lines)):
            if item.lines[c - 1].text.endswith(_LEADS_ON) or item.lines[c].text.startswith("——"):
                continue
            upper, lower = Block(item.lines[:c]), Block(item.lines[c:])
            if not (_title_like(upper) and _title_like(lower)):
                continue
            if c == tagged:
                best = (float("inf"), c)
                break
            g_up, g_low = _bigrams(_probe(upper)), _bigrams(_probe(lower))
            if min(len(g_up), len(g_low)) < ECHO_GRAMS:
                continue
            lean_up = _shared(g_up, prev.text) - _shared(g_up, nxt.text)
            lean_low = _shared(g_low, nxt.text) - _shared(g_low, prev.text)
            if min(lean_up, lean_low) >= s.split_echo and (best is None or lean_up + lean_low > best[0]):
                best = (lean_up + lean_low, c)
        if best is None:
            out.append(item)
        else:
            out.extend((Block(item.lines[:best[1]]), Block(item.lines[best[1]:])))
    return out


def _tagged_cut(block: Block) -> int | None:
    """Where a block holding two column tags parts: after the line closed by the first. A headline
    carries one tag, closing its display line (none of the 3,058 gold headline blocks of six
    synthesised seeds carries two), so a second tag below opens another article's headline."""
    tags = [i for i, fl in enumerate(block.lines) if column_tag(fl.text)]
    return tags[0] + 1 if len(tags) >= 2 else None


PARTS = 3  # parts set alike (who——, then a title) that make one feature of several voices


def _part_titles(block: Block) -> list[Para] | None:
    """A block ending in a kicker closed by its dash over one title line (北京某社区居民王某——
    / 美好生活要靠奋斗), no column tag: its title paragraphs, else None."""
    if block.bullets or any(_closes_on_tag(t) for t in block.texts):
        return None
    titles = _title_paragraphs(block)
    if len(titles) < 2 or len(titles[-1].lines) > 1:
        return None
    kicker, title = titles[-2].raw, titles[-1].raw
    return titles if kicker.endswith("——") and not kicker.startswith("——") and not title.endswith("——") else None


def _column(seg: Segment) -> float:
    """The column a body is set in: the middle of its lines' column estimates."""
    cols = sorted(fl.col for p in seg.paras for fl in p.lines)
    return cols[len(cols) // 2] if cols else 0.0


def _parallel_parts(seq: list[Segment | Block], s: Settings) -> list[Segment | Block]:
    """A run of bodies each opened by a block set alike (who——, then a short title), in one column
    and with no byline opening any of them, is one feature made of several people's parts: a page
    of separate reports dates or signs them, sets them in columns of their own and tags a series'
    titles (（最美奋斗者）). Its first block keeps the lines above the first part's kicker as the
    feature's headline."""
    out: list[Segment | Block] = []
    k = 0
    while k < len(seq):
        heads: list[tuple[Block, list[Para]]] = []
        bodies: list[Segment] = []
        for block, part in zip(seq[k::2], seq[k + 1::2], strict=False):
            if not (isinstance(block, Block) and isinstance(part, Segment) and part.paras and not part.paras[0].byline):
                break
            titles = _part_titles(block)
            if titles is None:
                break
            heads.append((block, titles))
            bodies.append(part)
        cols = [_column(b) for b in bodies]
        if len(bodies) < PARTS or max(cols) - min(cols) > s.column_change:
            out.append(seq[k])
            k += 1
            continue
        (first, titles), body = heads[0], bodies[0]
        head = len(first.lines) - sum(len(p.lines) for p in titles[-2:])
        if head:
            out.append(Block(first.lines[:head]))
            body.paras[:0] = titles[-2:]
            body.lead += 2
        else:
            out.append(first)
        for (_block, titles), part in zip(heads[1:], bodies[1:], strict=True):
            body.paras.extend(titles)
            body.paras.extend(part.paras)
        body._text = None
        out.append(body)
        k += 2 * len(bodies)
    return out


_DAY = re.compile(r"[0-9０-９]+月[0-9０-９]+日")


def _filed_from(seg: Segment) -> str | None:
    """Where and when a body was filed (本报北京10月7日电), from the dateline opening it; None
    when it has none or one with no day (本报讯)."""
    if not seg.paras or not seg.paras[0].byline:
        return None
    byline, _rest = split_byline(seg.paras[0].raw)
    source = re.sub(r"\s", "", byline.source) if byline is not None and byline.source else ""
    return source if _DAY.search(source) else None


def _part_head(blocks: list[Block]) -> list[FlowLine] | None:
    """The lines of a run of blocks heading a part of a roundup: plain title lines, no column tag."""
    lines = [fl for b in blocks for fl in b.lines]
    if any(b.bullets for b in blocks) or not all(_title_like(b) for b in blocks):
        return None
    return None if any(column_tag(fl.text) for fl in lines) else lines


def _in_column(lines: list[FlowLine]) -> bool:
    """A part's title is set inside its column; a news report's headline may span wider."""
    return not any(fl.over for fl in lines)


ROUNDUP_PARTS = 2  # parts set alike after the first that make a roundup


def _roundups(seq: list[Segment | Block], s: Settings) -> list[Segment | Block]:
    """A roundup (速览, a session that reviewed several bills) sets its parts alike under one
    umbrella headline: each part opens on one or two title lines inside the column, then a body in
    the same column filed from the same place on the same day: those parts are one article, the
    page's separate reports carry headlines of their own."""
    out: list[Segment | Block] = []
    k = 0
    while k < len(seq):
        # (a head is judged whole: a run of blocks cut after its first holds no umbrella)
        done = None
        if isinstance(seq[k], Block) and not (out and isinstance(out[-1], Block)):
            above = out[-1] if out and isinstance(out[-1], Segment) else None
            parts = _runs(seq, k)
            done = _roundup(parts, above, s) if len(parts) > ROUNDUP_PARTS else None
        if done is None:
            out.append(seq[k])
            k += 1
            continue
        out.extend(done[0])
        k += done[1]
    return out


def _runs(seq: list[Segment | Block], k: int) -> list[tuple[list[Block], Segment]]:
    """The parts from k on: each a run of blocks and the body under it."""
    parts: list[tuple[list[Block], Segment]] = []
    j = k
    while j < len(seq):
        i = j
        while i < len(seq) and isinstance(seq[i], Block):
            i += 1
        if i == j or i == len(seq):
            break
        parts.append((seq[j:i], seq[i]))  # type: ignore[arg-type]
        j = i + 1
    return parts


def _roundup(parts: list[tuple[list[Block], Segment]], above: Segment | None,
             s: Settings) -> tuple[list[Segment | Block], int] | None:
    """The umbrella block and the joined body of a roundup opening the run of parts, and how many
    items of the sequence they replace; None when the run opens no roundup. The umbrella is the
    first head's surplus over the titles its parts share in number, unless that cuts a block below
    the first, else the first head's first block, else its first title. A kicker closed by its dash
    or colon leads into the one headline under it: no umbrella."""
    first, body = _part_head(parts[0][0]), parts[0][1]
    filed, col = _filed_from(body), _column(body)
    if first is None or filed is None:
        return None
    heads: list[list[Para]] = []
    for blocks, seg in parts[1:]:
        head = _part_head(blocks)
        if (head is None or not _in_column(head) or _filed_from(seg) != filed
                or abs(_column(seg) - col) > s.column_change):
            break
        titles = _title_paragraphs(Block(head))
        if len(titles) >= TITLE_LINES:
            break
        heads.append(titles)
    if len(heads) < ROUNDUP_PARTS:
        return None
    titles = _title_paragraphs(Block(first))
    ends = list(itertools.accumulate(len(p.lines) for p in titles))  # the first head's lines to each title's end
    shapes = {sum(len(p.lines) for p in h) for h in heads}
    top = len(parts[0][0][0].lines)  # a blank line under the umbrella sets it apart from the first title
    cut = len(first) - shapes.pop() if len(shapes) == 1 else top
    if cut < 1:
        return None  # the first head is set like the parts': a part's title, no umbrella over them
    umbrella = ends.index(cut) + 1 if cut in ends[:-1] and cut <= top else 1
    if not 1 <= umbrella < len(titles) or umbrella >= TITLE_LINES or titles[umbrella - 1].raw.endswith(_LEADS_ON):
        return None
    cap = Block([fl for p in titles[:umbrella] for fl in p.lines])
    grams, bodies = _bigrams(_probe(cap)), "".join(seg.text for _b, seg in parts[:len(heads) + 1])
    if above is not None and _shared(grams, above.text) > _shared(grams, bodies):
        return None  # a headline set under its article (书记强调 / …) sums up the body above it
    joined = titles[umbrella:]
    lead = len(joined)
    joined.extend(body.paras)
    for head, (_blocks, seg) in zip(heads, parts[1:], strict=False):
        joined.extend(head)
        joined.extend(seg.paras)
    body.paras = joined
    body.lead += lead
    body._text = None
    used = sum(len(blocks) + 1 for blocks, _seg in parts[:len(heads) + 1])
    return [cap, body], used


BLOCK_HEADS, BLOCK_SIDE = 3, 2  # a body headed, a block on its side: one block may yield its side


def _attach_blocks(seq: list[Segment | Block], s: Settings) -> list[Block]:
    """Give each headline block to the segment before or after it; return blocks left over."""
    slots: list[tuple[Block, Segment | None, Segment | None]] = []
    for k, item in enumerate(seq):
        if isinstance(item, Block):
            prev = seq[k - 1] if k and isinstance(seq[k - 1], Segment) else None
            nxt = seq[k + 1] if k + 1 < len(seq) and isinstance(seq[k + 1], Segment) else None
            slots.append((item, prev, nxt))  # type: ignore[arg-type]
    # Each block's wording against the bodies on its sides, looked up once: both the page's
    # orientation and the sharing out below weigh it.
    grams = [_bigrams(_probe(block)) for block, _prev, _nxt in slots]
    sims = [{id(seg): _shared(g, seg.text) for seg in (prev, nxt) if seg is not None}
            for g, (_block, prev, nxt) in zip(grams, slots, strict=True)]
    after_votes = 0.0
    for (block, prev, nxt), sim in zip(slots, sims, strict=True):
        if not _title_like(block):
            continue  # a stray credit or signature at the page's edge says nothing of the layout
        if prev is None and nxt is not None:
            after_votes -= 1
        elif nxt is None and prev is not None:
            after_votes += 1
        elif prev is not None and nxt is not None:
            after_votes += sim[id(prev)] - sim[id(nxt)]
    after = after_votes > 0
    if not after and _rejoin_flush_blocks(seq, slots, sims):
        return _attach_blocks(seq, s)
    # Each block takes the body on its page's side (or the other one where its wording clearly
    # repeats that body); a body takes one block. Among the ways to share the bodies out, the one
    # that heads the most bodies wins, then the one that keeps the most blocks on their side and
    # gives each body the block its text echoes: a block with a body on one side only (the page's
    # last headline, under its body) keeps it even where its neighbour would have taken that
    # body by the page's orientation.
    prefs: list[dict[int, float]] = []
    for (block, prev, nxt), block_grams, sim in zip(slots, grams, sims, strict=True):
        first, second = (prev, nxt) if after else (nxt, prev)
        pref: dict[int, float] = {}
        if first is not None and second is not None:
            gap = sim[id(second)] - sim[id(first)]
            if gap > s.similarity_override:
                first, second, gap = second, first, -gap
            # the other side heads a body as surely only where the block's wording leans to it
            pref[id(second)] = BLOCK_HEADS if gap >= 0 else 1
        elif second is not None:
            pref[id(second)] = BLOCK_HEADS
        if first is not None:
            pref[id(first)] = BLOCK_HEADS + BLOCK_SIDE
        # a block too short to tell (a page label, 15 生态) echoes any body by chance: it counts less
        echo = s.echo_weight * min(1.0, len(block_grams) / ECHO_GRAMS) if _title_like(block) else 0.0
        for key, share in sim.items():
            pref[key] += echo * share
        prefs.append(pref)
    # best[taken] = (score, choices) over the slots so far, taken = id of the last body claimed
    best: dict[int, tuple[float, list[Segment | None]]] = {0: (0.0, [])}
    for (_block, prev, nxt), pref in zip(slots, prefs, strict=True):
        nb: dict[int, tuple[float, list[Segment | None]]] = {}
        for taken, (score, picks) in best.items():
            for seg in (prev, nxt, None):
                if seg is not None and (id(seg) == taken or seg.block is not None):
                    continue
                sc = score + (pref[id(seg)] if seg is not None else 0)
                key = id(seg) if seg is not None else 0
                if key not in nb or sc > nb[key][0]:
                    nb[key] = (sc, [*picks, seg])
        best = nb
    picks = max(best.values(), key=lambda x: x[0])[1]
    leftover: list[Block] = []
    for (block, _prev, _nxt), seg in zip(slots, picks, strict=True):
        if seg is None:
            leftover.append(block)
        else:
            seg.block = block
    leftover = _closing_collections(seq, _stacked_titles(seq, leftover, s))
    leftover = _split_for_leftovers(seq, _briefs_labels(seq, leftover), s)
    leftover = _fold_leftovers(seq, _headlines_set_after(seq, leftover, after), s)
    _join_echoing(seq, s)
    return leftover


def _flush(block: Block, above: Segment) -> bool:
    """The block's first line comes right under the body above it, with no blank line between: a
    page that spaces its articles sets no headline so."""
    return bool(above.paras) and block.lines[0].line.no == above.paras[-1].lines[-1].line.no + 1


def _rejoin_flush_blocks(
    seq: list[Segment | Block],
    slots: list[tuple[Block, Segment | None, Segment | None]],
    sims: list[dict[int, float]],
) -> bool:
    """On a page headed from above that sets every other headline off the text above by a blank
    line, a lone block flush under a body, opening with a plain line that fills the column,
    breaking off mid-sentence into an unindented line of the body below and not repeating that
    body's wording more than the text above, is that text running on past a column break, not a
    headline: a paper spaces its articles one way, and a headline sums up its body. The block and
    the body below join the body above; True when it did so (the blocks are then shared anew)."""
    between = [(k, b, prev, nxt) for k, (b, prev, nxt) in enumerate(slots) if prev is not None and nxt is not None]
    flush = [slot for slot in between if _flush(slot[1], slot[2])]
    if len(flush) != 1 or len(between) - len(flush) < 2:
        return False
    i, block, prev, nxt = flush[0]
    if block.lines[-1].complete or not nxt.paras or nxt.paras[0].byline or nxt.paras[0].lines[0].para_indent:
        return False  # a finished line, or a body that opens like an article: a headline may head it
    if not _title_like(block):
        return False
    first = block.lines[0]
    if first.short or first.over or first.title_gap() or sims[i][id(nxt)] > sims[i][id(prev)]:
        return False
    k = _position(seq, block)
    prev.paras.append(Para(lines=block.lines + nxt.paras[0].lines))
    prev.paras.extend(nxt.paras[1:])
    prev.captions.extend(nxt.captions)
    prev.photographers.extend(nxt.photographers)
    prev._text = None
    del seq[k : k + 2]
    return True


def _join_echoing(seq: list[Segment | Block], s: Settings) -> None:
    """A body no block heads, right under a body headed from above (or right over one headed from
    below), that repeats that headline's wording at least as much as the headed body is the same
    article's other part (a letter and the report on it, a summary and the text, two dispatches
    under one headline): a headline sums up its whole article, and an untitled report of its
    own repeats less of it than the text the headline was written for. Over a body headed from
    below, a dispatch opening on its own dateline joins only another dispatch: a speech or
    document under its title is the whole article, the dated report above it one of its own."""
    k = 0
    while k + 1 < len(seq):
        seg, nxt = seq[k], seq[k + 1]
        if isinstance(seg, Segment) and isinstance(nxt, Segment):
            if nxt.block is None and _echoed_part(seq, seg, nxt, above=True, s=s):
                seg.paras.extend(nxt.paras)
                seg._text = None
                del seq[k + 1]
                continue
            if (seg.block is None and _echoed_part(seq, nxt, seg, above=False, s=s)
                    and (_dated(nxt.paras[0]) or not _dated(seg.paras[0]))):
                nxt.paras[:0] = seg.paras
                nxt.lead, nxt.section = 0, nxt.section + len(seg.paras)
                nxt._text = None
                del seq[k]
                continue
        k += 1


def _echoed_part(seq: list[Segment | Block], headed: Segment, part: Segment, above: bool, s: Settings) -> bool:
    """Is `part`, an untitled body next to `headed` on the side away from its headline (under a
    headline set above, over one set below), that headline's other part by its wording?"""
    k, j = _position(seq, headed), _headed_from(seq, headed)
    return (j is not None and (j < k if above else j > k) and _title_like(headed.block)
            and len(grams := _bigrams(_probe(headed.block))) >= ECHO_GRAMS
            and _shared(grams, part.text) >= max(s.join_echo, _shared(grams, headed.text)))


def _collection(seg: Segment) -> bool:
    """Does a body open with a signature (本报记者 X, 湖南长沙 鲁平) and later hold a contribution
    set the same way (a section title, then its signature)? Then it is a collection of signed
    contributions, and the title right above its first signature is the first one's."""
    paras = seg.paras
    if not paras or not _signs(paras[0]):
        return False
    return any(_section_title(a) and _signs(b) for a, b in itertools.pairwise(paras[1:]))


def _set_as_section(block: Block, seg: Segment) -> bool:
    """Is a block of several lines set like one of the body's own section titles (地名—— over a
    title, then a signature)? Then it is the first contribution's title, whole, and no headline:
    a collection sets each contribution's title the same way (bare words, 字, are no likeness)."""
    style = _title_style(block)
    return style in seg.styles and any(f != "字" for f in style)


def _closing_collections(seq: list[Segment | Block], leftover: list[Block]) -> list[Block]:
    """A title block left over at the end of the page, with no body after it, under a collection
    of signed contributions headed from above: the collection's headline, set after its body (no
    other body is left for it), and the block above the body is its first contribution's title."""
    out: list[Block] = []
    for block in reversed(leftover):  # from the page's end: the last title is the headline
        k = _position(seq, block)
        # (credits or notes left over between the body and the block stay where they are)
        j = next((i for i in range(k - 1, -1, -1) if not any(seq[i] is x for x in leftover)), -1)
        seg = seq[j] if j >= 0 else None
        own = seg.block if isinstance(seg, Segment) else None
        at = _headed_from(seq, seg) if isinstance(seg, Segment) else None
        # (a block of several lines over the body holds the headline, its last line perhaps
        # the first contribution's title: _first_contributions parts it)
        if (not _title_like(block) or block.bullets or any(_LABELLED.match(t) for t in block.texts)
                or own is None or at is None or own.bullets or (len(own.lines) > 1 and not _set_as_section(own, seg))
                or any(isinstance(x, Segment) for x in seq[k + 1:])
                or own.lines[-1].line.no > seg.paras[0].lines[0].line.no or not _collection(seg)):
            out.append(block)
            continue
        _retitle(seg, own, block)
        del seq[at]
    return out[::-1]


def _retitle(seg: Segment, own: Block, block: Block) -> None:
    """Make `block` the body's headline: the title block that took the body (`own`, a lead-in,
    a section title or a signature set over it) opens its text."""
    titles = _title_paragraphs(own)
    seg.paras[:0] = titles
    seg.lead += len(titles)
    seg._text = None
    seg.block = block


def _position(seq: list[Segment | Block], item: Segment | Block) -> int:
    """Where a block or segment stands in the sequence (by identity: equal blocks may stand twice)."""
    return next(i for i, x in enumerate(seq) if x is item)


def _stacked_titles(seq: list[Segment | Block], leftover: list[Block], s: Settings) -> list[Block]:
    """A title block left over right above another block that heads the next segment heads that
    segment itself, and the inner block (前言, 第一章 总则, a section title) is its first
    paragraph: no text between two title blocks means they head one article."""
    out: list[Block] = []
    for block in reversed(leftover):  # from the body up: a stack of three folds into one
        k = _position(seq, block)
        inner = seq[k + 1] if k + 1 < len(seq) else None
        seg = seq[k + 2] if k + 2 < len(seq) else None
        if (
            isinstance(inner, Block)
            and isinstance(seg, Segment)
            and seg.block is inner
            and _heads_stack(block, inner, seg, s)
        ):
            seg.block = block
            titles = _title_paragraphs(inner)
            seg.paras[:0] = titles
            seg.lead += len(titles)
            seg._text = None
            del seq[k + 1]
        else:
            out.append(block)
    return out[::-1]


def _briefs_labels(seq: list[Segment | Block], leftover: list[Block]) -> list[Block]:
    """A title left over next to a news-briefs column (财经短波, 资讯速递) is the column's label and
    heads it; the block that took the column is its first item's title (set above the item's
    dateline, like every other item's), which becomes its first paragraph. A label set in one
    block over that title (财经短波 / …发布) keeps only its own line."""
    out: list[Block] = []
    for block in leftover:
        k = _position(seq, block)
        near = [seq[j] for j in (k - 1, k + 1, k - 2, k + 2) if 0 <= j < len(seq)]
        seg = next((x for x in near if isinstance(x, Segment) and x.briefs), None)
        if seg is None or not _title_like(block) or not seg.paras:
            out.append(block)
            continue
        at = _position(seq, seg)
        between = seq[min(k, at) + 1:max(k, at)]
        own, j = seg.block, _headed_from(seq, seg)
        # (a column already labelled by another leftover, its block gone from the sequence, takes no second)
        if any(x is not own for x in between) or (
                own is not None and (j is None or own.lines[-1].line.no > seg.paras[0].lines[0].line.no)):
            out.append(block)
            continue
        if own is not None and j is not None:
            titles = _title_paragraphs(own)
            seg.paras[:0] = titles
            seg.lead += len(titles)
            seg._text = None
            del seq[j]
        seg.block = block
        del seq[_position(seq, block)]
    for seg in seq:
        own = seg.block if isinstance(seg, Segment) and seg.briefs else None
        if own is None or not seg.paras or own.lines[-1].line.no > seg.paras[0].lines[0].line.no:
            continue
        titles = _title_paragraphs(own)
        if len(titles) > 1 and not own.bullets:
            own.lines = titles[0].lines
            seg.paras[:0] = titles[1:]
            seg.lead += len(titles) - 1
            seg._text = None
    return out


def _split_for_leftovers(seq: list[Segment | Block], leftover: list[Block], s: Settings) -> list[Block]:
    """A title block that heads no body, next to a body headed from its far side, marks two
    articles run together (a page that sets some headlines before their bodies and some after
    leaves no mark between a body headed above and one headed below): split that body where
    the first part repeats the wording of the block before it and the rest that of the block
    after it, and give each part its block."""
    out: list[Block] = []
    for block in leftover:
        k = _position(seq, block)
        best: tuple[float, int, int, Segment] | None = None
        for j, far in ((k + 1, k + 2), (k - 1, k - 2)) if _title_like(block) else ():
            near = seq[j] if 0 <= j < len(seq) else None
            if not (isinstance(near, Segment) and 0 <= far < len(seq) and near.block is seq[far]):
                continue
            first, second = (block, near.block) if j > k else (near.block, block)
            # (a photo label names no subject: no wording tells where its caption starts, its credit does)
            caption = _caption_under(seq, near, block, s) if j < k and _photo_label(block) else None
            cut = (float("inf"), caption) if caption is not None else _best_cut(near, first, second, s)
            if cut is not None and (best is None or cut[0] > best[0]):
                best = (cut[0], j, cut[1], near)
        if best is None:
            out.append(block)
            continue
        _score, j, i, seg = best
        head = Segment(paras=seg.paras[:i], lead=min(seg.lead, i), titled=seg.titled, opener=seg.opener)
        tail = Segment(paras=seg.paras[i:])
        if j > k:
            head.block, tail.block = block, seg.block
        else:
            head.block, tail.block = seg.block, block
        seq[j:j + 1] = [head, tail]
    return out


def _headed_from(seq: list[Segment | Block], seg: Segment) -> int | None:
    """Where a body's headline block stands in the sequence; None where it stands nowhere in it
    (no block, or one made of stacked titles)."""
    return next((i for i, x in enumerate(seq) if x is seg.block), None) if seg.block is not None else None


def _headlines_set_after(seq: list[Segment | Block], leftover: list[Block], after: bool) -> list[Block]:
    """A title left over between a body headed from above and a body headed from below (or at the
    end of a page that sets headlines after their bodies, or closing on a column tag, which names
    an article's column and never closes a text) is the upper body's headline, set after it as the
    lower one's is; the lines over that body that took it (a lead-in, a section title, a signature)
    open its text. An upper block closing on a column tag (民生观) or set right over a dateline
    (本报太原10月15日电) is a headline itself and stays; a labelled line (采访整理：…) is a credit."""
    out: list[Block] = []
    for block in leftover:
        k = _position(seq, block)
        above = seq[k - 1] if k else None
        below = seq[k + 1] if k + 1 < len(seq) else None
        j = _headed_from(seq, above) if isinstance(above, Segment) else None
        under = _headed_from(seq, below) if isinstance(below, Segment) else None
        own = above.block if isinstance(above, Segment) else None
        closing = below is None and (after or (bool(block.texts) and _tagged_title(block)))
        set_after = (under is not None and under > k + 1) or closing
        if (j is None or j >= k - 1 or not set_after or own is None or not _title_like(block)
                or any(_LABELLED.match(t) for t in block.texts)
                or own.bullets or any(column_tag(t) for t in own.texts) or _dated(above.paras[0])):
            out.append(block)
            continue
        _retitle(above, own, block)
        del seq[j]
    return out


def _fold_leftovers(seq: list[Segment | Block], leftover: list[Block], s: Settings) -> list[Block]:
    """Lines set apart that head no body, on the text's side of a body headed from the other side
    (under a body headed above it, over one headed below it), are that body's own: its closing
    credit, signature or date, or its opening label (人物小传, 国务院令 / 第720号); a title under a
    photo credit heads the caption over it instead (_caption_under)."""
    out: list[Block] = []
    for block in leftover:
        k = _position(seq, block)
        above = seq[k - 1] if k else None
        below = seq[k + 1] if k + 1 < len(seq) else None
        titles = _title_paragraphs(block)
        if isinstance(above, Segment) and (j := _headed_from(seq, above)) is not None and j < k - 1:
            cut = _caption_under(seq, above, block, s)
            if cut is not None:
                seq.insert(k, Segment(paras=above.paras[cut:], block=block))
                del above.paras[cut:]
                above._text = None
                continue
            above.paras.extend(titles)
            above._text = None
        elif isinstance(below, Segment) and (j := _headed_from(seq, below)) is not None and j > k + 1:
            below.paras[:0] = titles
            below.lead += len(titles)
            below._text = None
        else:
            out.append(block)
            continue
        del seq[k]
    return out


def _best_cut(seg: Segment, first: Block, second: Block, s: Settings) -> tuple[float, int] | None:
    """Where a body headed by two blocks (one before it, one after) parts into two articles: after
    a finished paragraph, with each part repeating its own block's wording, or, where the text is
    set differently on the two sides (_set_apart), one part repeating its block and the other not
    the wrong one."""
    text = seg.text
    ends = list(itertools.accumulate(len(p.raw) for p in seg.paras))
    # where each of a probe's character pairs first and last occurs in the body: the shares the
    # text before and after any cut repeats follow without rescanning the text at every cut
    spans = [[(text.find(g), text.rfind(g)) for g in _bigrams(_probe(b))] for b in (first, second)]

    def shares(k: int, cut: int) -> tuple[float, float]:
        """Shares of probe k's pairs in the text before and after offset `cut`."""
        n = len(spans[k]) or 1
        return (sum(0 <= lo <= cut - 2 for lo, _ in spans[k]) / n, sum(hi >= cut for _, hi in spans[k]) / n)

    best: tuple[float, int] | None = None
    for i in range(max(1, seg.lead + 1), len(seg.paras)):
        if not seg.paras[i - 1].lines[-1].complete:
            continue
        (first_before, first_after), (second_before, second_after) = shares(0, ends[i - 1]), shares(1, ends[i - 1])
        lean_first = first_before - first_after
        lean_second = second_after - second_before
        # (where the text is set differently on the two sides, one block's wording is enough, the
        # other's need only not speak against it)
        low, high = sorted((lean_first, lean_second))
        apart = low >= 0 and high >= s.split_echo and _set_apart(seg.paras[:i], seg.paras[i:], s)
        if low < s.split_echo and not apart:
            continue
        # the two articles part where the text changes its subject: the paragraphs on either side
        # of the cut share the fewest words
        near = _text_grams(seg.paras[max(0, i - 2):i])
        far = _text_grams(seg.paras[i:i + 2])
        score = lean_first + lean_second - len(near & far) / max(1, min(len(near), len(far)))
        if best is None or score > best[0]:
            best = (score, i)
    return best


def _set_apart(before: list[Para], after: list[Para], s: Settings) -> bool:
    """Are the texts on two sides of a cut set differently: in clearly different column widths
    (twice the column tolerance apart or more: a step of three cells, 15 to 12, is no wobble of one
    column's measure, whose inner lines agree to the cell), each told by the nearest paragraph on
    its side long enough to show it, or indented or spaced otherwise (_setting_changes)? Two
    articles run together show it where one block's wording is too short to (a four-character
    title, 图片报道)."""
    width_before = next((w for p in before[::-1][:3] if (w := _inner_width(p, tail=True)) is not None), None)
    width_after = next((w for p in after[:3] if (w := _inner_width(p, tail=False)) is not None), None)
    return (width_before is not None and width_after is not None
            and abs(width_before - width_after) >= 2 * s.column_change) or _setting_changes(before, after)


def _heads_stack(outer: Block, inner: Block, seg: Segment, s: Settings) -> bool:
    """Does the outer of two stacked blocks head the segment under the inner one? Only a title
    does, over an inner block that is no headline itself (no column tag), unless the body
    repeats the inner block's wording and hardly the outer's (the outer then heads a body the
    page has lost elsewhere) and the inner block is no collection's first contribution title."""
    if not outer.texts or not _title_like(outer) or any(column_tag(t) for t in inner.texts):
        return False
    echo_outer, echo_inner = (_similarity("".join(b.texts), seg.text) for b in (outer, inner))
    if echo_outer >= min(echo_inner, s.stack_echo):
        return True
    # the inner block is a collection's first contribution title, set like the later ones
    stacked = Segment(paras=seg.paras, block=Block(outer.lines + inner.lines))
    return not inner.bullets and _opening_lines(stacked) >= len(inner.lines)


_FURNITURE_LIKE = re.compile(r"^[A-Z]?[0-9]{1,3}\s+[\u4e00-\u9fff]{2,4}$")  # 05 政治
_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{2,10}[省市县区州盟旗镇乡村]\s+[\u4e00-\u9fff·](?:\s*[\u4e00-\u9fff·]){1,5}$")
_NUMERAL = "[0-9０-９〇一二三四五六七八九十]"
_DATE_ONLY = re.compile(rf"^{_NUMERAL}{{2,4}}年{_NUMERAL}{{1,2}}月{_NUMERAL}{{1,3}}日$")
_NOTE_ONLY = re.compile(r"^[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$")
_FINAL_TAG = re.compile(r"[（(][^（）()]{2,24}[）)]$")


def _probe(block: Block) -> str:
    """A block's wording to compare with bodies, a final bracketed column tag left out (a page
    of one series repeats it over every headline: （新中国的“第一”·国防篇））."""
    return "".join([*map(_untagged, block.texts), *block.bullets])


def _untagged(text: str) -> str:
    """A title line with its final bracketed tag (`_FINAL_TAG`) left out, unless little is left. A
    line not closing on a bracket is spared the search, which an end anchor makes at every position."""
    if not text.endswith(("）", ")")):
        return text
    bare = _FINAL_TAG.sub("", text)
    return text if len(bare) < 2 else bare


def _title_like(block: Block) -> bool:
    """Could the block be a headline at all? Not with a credit or closing-dateline line, not a
    signature (山西阳城县 刘凡渝), a bracketed note, a bare date or a page label (05 政治), and no
    line ending a sentence with 。."""
    texts = block.texts
    if not texts:
        return bool(block.bullets)
    if any(fl.credit or fl.end_dateline for fl in block.lines) or any(t.endswith("。") for t in texts):
        return False
    spaced, closed = " ".join(texts), "".join(texts)
    return not (
        _FURNITURE_LIKE.match(spaced)
        or _SIGNATURE.match(spaced)
        or _NOTE_ONLY.match(closed)
        or _DATE_ONLY.match(closed.replace(" ", ""))
    )


# A contribution's signature line: who wrote it, set apart (广东深圳市 聂耀文, 本报记者  贺  勇,
# 招商局集团党委副书记  胡建华): words, a space, a name of two to four characters; or a foreign
# contributor's country in brackets before the name (（荷兰）西布兰德·彭浦曼).
_SIGNED = re.compile(r"^[^\s，。！？；：,;:“”]{1,24}\s+[\u4e00-\u9fff·](?:\s*[\u4e00-\u9fff·]){1,3}$"
                     r"|^[（(][\u4e00-\u9fff]{2,8}[）)][\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){0,2}$")


# How the text of a law or regulation opens under the order promulgating it: its table of contents
# (目  录), a chapter heading (第一章  总  则) or its first article (第一条  …).
_CHAPTER = re.compile(r"^(目\s*录$|第[一二三四五六七八九十]{1,3}[章条](\s|$))")


def _signed_and_dated(block: Block, seq: list[Segment | Block], above: Element | None) -> bool:
    """Does a block right under a text open with a signer's line over a bare date line?"""
    lines = block.lines
    return (len(lines) > 1 and bool(seq) and isinstance(seq[-1], Segment) and isinstance(above, Para)
            and (_sign(lines[0].text) or has("signer", lines[0].text.strip()))
            and bool(_DATE_ONLY.match(lines[1].text.replace(" ", ""))))


def _sign(text: str) -> bool:
    """Does a line (or a paragraph's text) only name who wrote a contribution?"""
    return bool(_SIGNED.match(text.strip()))


def _signs(para: Para) -> bool:
    """A signature paragraph: one or two lines naming who wrote a contribution."""
    return len(para.lines) <= 2 and (_bare_credit(para) or _sign(para.raw))


def _section_title(para: Para) -> bool:
    """A one-line title set apart in the text (a contribution's title), no signature."""
    fl = para.lines[0]
    return (len(para.lines) == 1 and fl.standalone and _unfinished_title(fl)
            and not _SENTENCE_MARK.search(fl.key) and not _signs(para))


def _opening_lines(seg: Segment) -> int:
    """How many last lines of a headline block over a collection are its first contribution's
    title (and signature). A collection sets every contribution alike: a title, then its
    signature (本报记者 X, 湖南长沙 鲁平) or its text closed by one. When a later contribution
    opens with more title lines than the text under the headline does, the headline block's
    last lines are the first contribution's title, not a subheadline."""
    block, paras = seg.block, seg.paras
    if block is None or block.bullets or len(block.lines) < 2 or not paras:
        return 0
    if block.lines[-1].line.no > paras[0].lines[0].line.no:
        return 0  # a headline set after its body
    head_signed = _sign(block.texts[-1])
    t0 = next((i for i, p in enumerate(paras) if not _section_title(p)), len(paras))
    opening_signed = head_signed or (t0 < len(paras) and _signs(paras[t0]))
    a = t0 + 1
    while a < len(paras):
        if not _section_title(paras[a]):
            a += 1
            continue
        b = next((i for i in range(a, len(paras)) if not _section_title(paras[i])), len(paras))
        after = b < len(paras) and _signs(paras[b])
        # (or, after the note closing the one before (（作者为…）), a title over an author's name
        # alone, as the headline block ends: 史述中国 / 魏海生)
        named = (_author_note(paras[a - 1]) and b - a > 1 and bool(_NAME_LINE.match(paras[b - 1].raw))
                 and bool(_NAME_LINE.match(block.texts[-1].strip())))
        if after == opening_signed and (after or _signs(paras[a - 1]) or named):
            moved = b - a - t0 + head_signed
            fits = 0 < moved < len(block.lines) and (moved > 1 or not head_signed)
            return moved if fits and not _dash_opened(block.lines[-moved]) else 0
        a = b
    return 0


def _dash_opened(fl: FlowLine) -> bool:
    """A line opened by a dash (——写在…之际) goes on the title above it as its subheadline: no
    contribution's own title starts with one."""
    return fl.text.lstrip().startswith("——")


def _first_contributions(segments: list[Segment]) -> None:
    """Give a collection's first contribution its title back from the headline block above it."""
    for seg in segments:
        moved, block = _opening_lines(seg), seg.block
        if not moved or block is None:
            continue
        lines = block.lines[-moved:]
        signed = _sign(lines[-1].text)  # a signature stands as a paragraph of its own
        titles = _title_paragraphs(Block(lines[:-1] if signed else lines)) + ([Para([lines[-1]])] if signed else [])
        seg.block = Block(block.lines[:-moved])
        seg.paras[:0] = titles
        seg.lead += len(titles)
        seg._text = None


def _one_per_sentence(captions: list[Block]) -> list[Block]:
    """Caption lines that each end a sentence are separate captions stacked together."""
    out: list[Block] = []
    for cap in captions:
        if len(cap.lines) > 1 and all(fl.terminal for fl in cap.lines):
            out.extend(Block([fl]) for fl in cap.lines)
        else:
            out.append(cap)
    return out


def _attach_captions(captions: list[Block], segments: list[Segment], s: Settings) -> None:
    """Each caption goes to the article whose text it repeats most (else the nearest one); a
    photographer's credit at its end goes to that article's byline."""
    for cap in _one_per_sentence(captions):
        raw = "".join(fl.line.plain for fl in cap.lines)
        photographer = None
        if m := matches("photo_credit", raw):
            photographer, raw = m.group("name"), raw[: m.start()]
        text = tidy(raw)
        grams = _bigrams(text)  # (the caption's pairs, looked up in each article's text once)
        shares = [_shared(grams, seg.text) for seg in segments]
        share, best = max(zip(shares, segments, strict=True), key=lambda pair: pair[0])
        if share < s.caption_min_similarity:
            best = segments[0] if cap.lines[0].line.no < segments[0].paras[0].lines[0].line.no else segments[-1]
        best.captions.append(text)
        if photographer:
            best.photographers.extend(n for n in re.split(r"[、，\s]+", photographer) if n)


def _kept_in_text(byline: Byline | None, rest: str) -> bool:
    """Does the first paragraph keep its byline as written? 据新华社…电 is the text's attribution
    (according to…), and a credit line standing as a paragraph of its own (本报记者 李明远) is
    kept like a closing credit; 本报讯 and …电 datelines are taken off."""
    if byline is None:
        return False
    return (byline.source or "").startswith("据") or (byline.source is None and not rest.strip())


_BREAK_SPACES = 2  # a title line opened by this many spaces at most was broken at its phrases' gap


def _title_texts(block: Block) -> list[str]:
    """The block's title lines, each tidied; one that a space parts from the line under it (white
    space closing it, or a space or two opening that line, as a title broken at the gap between its
    phrases is dumped; a centred line is set in further) keeps a trailing space, for
    `assign_roles` to keep where it joins them."""
    lines = [fl.line for fl in block.lines if fl.kind is not BULLET]
    texts = [tidy_title(line.text) for line in lines]
    for i, (line, below) in enumerate(itertools.pairwise(lines)):
        if line.raw[-1:].isspace() or 0 < len(below.raw) - len(below.raw.lstrip(" ")) <= _BREAK_SPACES:
            texts[i] += " "
    return texts


def _article(seg: Segment) -> Article:
    art = Article()
    paras = [p.raw for p in seg.paras]
    if len(paras) > seg.lead:  # the byline opens the body proper, under any inner title
        art.byline, rest = split_byline(paras[seg.lead])
        if not _kept_in_text(art.byline, rest):
            paras[seg.lead] = rest
    art.paragraphs = [t for t in (tidy(p) for p in paras) if t]
    if seg.block is not None:
        texts = _title_texts(seg.block)
        # the text shows where it repeats a title line broken in two (no phrase runs across paragraphs)
        body = "\n".join("".join(p.split()) for p in art.paragraphs) if len(texts) > 1 else ""
        art.kicker, art.headline, art.subheadline = assign_roles(texts, body) if texts else (None, None, None)
        art.highlights = [tidy(b) for b in seg.block.bullets]
    art.captions = seg.captions
    if seg.photographers:
        art.byline = art.byline or Byline()
        for name in seg.photographers:
            if name not in art.byline.photographers:
                art.byline.photographers.append(name)
                art.byline.credits.append((name, "摄"))
    return art


def build_page(lines: list[Line], *, source: str | None = None, settings: Settings | None = None) -> Page:
    """Reconstruct the articles of one page from its lines."""
    s = settings or default_settings()
    page = Page(source=source)
    furniture = find_furniture(lines, page)
    flow = classify(lines, furniture, s)
    learn_columns(flow, s)
    indents = page_indents(flow, s)
    breaks_shown = sum(ln.blank for ln in lines) >= BLANK_SHARE * len(lines)
    mark_standalone(flow, s, indents, breaks_shown)
    elements = _text_under_subtitles(_titles_by_position(build_elements(flow, indents, s)))
    seq, captions = _segments(elements, s, breaks_shown)
    seq = _roundups(_parallel_parts(_split_joined_blocks(_merge_highlight_blocks(seq), s), s), s)
    leftover = _attach_blocks(seq, s)
    segments = [s for s in seq if isinstance(s, Segment)]
    _first_contributions(segments)
    if segments:
        _attach_captions(captions, segments, s)
    else:
        page.unassigned.extend(tidy("".join(c.texts)) for c in captions)
    page.unassigned.extend(" ".join(b.texts + b.bullets) for b in leftover)
    page.articles = [_article(s) for s in segments]
    return page
