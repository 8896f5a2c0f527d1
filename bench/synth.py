"""Synthesise raw newspaper pages, broken the way PDF text extraction breaks them, with their gold.

Hand-made gold pages are scarce, so the evaluation lays out real People's Daily articles
(Oct 2019) as a PDF text layer would give them: body text hard-wrapped at a column width,
column breaks as blank lines in mid-sentence, headline blocks before or after their body,
masthead furniture, floating captions, justification spaces, odd punctuation forms. The gold
holds the real paragraphs and headline fields, so a parser is scored on recovering them.

Every choice comes from a seeded `random.Random`; the same page and seed give the same text.
Layouts never make the gold undecidable: a column break never follows a line that ends a
sentence, a paragraph end without a blank line or indent always leaves a short last line, and a
headless article always starts with a dateline.

    python bench/synth.py --n 20 --seed 1 --out /tmp/pages
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "rmrb" / "rmrb-2019-10.pages.jsonl.gz"
RESERVED = "rmrb-2020-01"  # kept for the official evaluation: never read it here

# A line may not start with these (they hang at the end of the previous line) ...
NO_LINE_START = set("，。、；：？！,.;:?!）)》」』”’】〕…—%％︶︾﹄")
# ... nor end with these (they move to the next line).
NO_LINE_END = set("（(《「『“‘【〔︵︽﹃")
CLOSERS = "”’」』）)》】"
SENTENCE_END = set("。！？!?…；;")
CLAUSE_END = SENTENCE_END | set("：:，,、")
HALFWIDTH = str.maketrans({"，": ",", "：": ":", "；": ";"})
VERTICAL = str.maketrans({"“": "﹃", "”": "﹄", "（": "︵", "）": "︶", "《": "︽", "》": "︾"})
DATELINE = re.compile(r"^(?:据)?(?:本报|新华社)[^，。（(\s]{0,16}电\s*(?:[（(][^）)]{0,40}[）)])?")
REPORTERS = re.compile(r"^(?:据)?(?:本报|新华社)[^，。（(\s]{0,16}电\s*[（(]记者([^）)]{2,40})[）)]")
NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+\-/]+")
DIGITS = re.compile(r"\d+(?:\.\d+)?")

# Made-up names for editors and photographers: furniture, never scored as article people.
NAMES = ["王晓明", "李建国", "张丽", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "周正", "吴昊", "孙悦", "马骏"]
SECTIONS = ["要闻", "综合", "国际", "经济", "社会", "文化", "评论", "体育", "政治", "理论", "生态", "视点"]


@dataclass(slots=True)
class ArticleLayout:
    """How one article is laid out; kept in the gold (`synth`) so results break down by layout."""

    head: str  # "before" | "after" | "none" (headless article)
    head_blank: bool  # blank lines around the headline block
    para_sep: str  # "blank" | "none" (paragraphs separated by a blank line or not at all)
    subhead_blank: bool  # in-body subheads get blank lines around them even when para_sep is none
    indent: bool  # U+3000 U+3000 paragraph indents
    width: int  # column width in full-width cells
    wide_width: int | None  # the column widens at a column break (wider column at the page bottom)
    break_rate: float  # chance per line of a column break (a blank line) inside a paragraph
    halfwidth: bool  # , : ; instead of ，：；
    vertical: bool  # vertical presentation forms ﹃﹄︵︶︽︾ for “”（）《》
    justify: bool  # some lines have spaces between all their characters
    digit_spaces: bool  # some numbers have stray spaces around them
    by_chars: bool = False  # lines cut at a count of characters, not typeset (see take_chars)


def cells(s: str) -> float:
    """Display width in full-width cells: ASCII (letters, digits, space) counts half."""
    return sum(0.5 if ord(c) < 0x7F else 1.0 for c in s)


def is_subhead_like(paragraph: str) -> bool:
    """Short and without clause-ending punctuation: an in-body subhead, a trap for headline finders."""
    s = re.sub(r"\s", "", paragraph)
    core = s.rstrip(CLOSERS)
    return 0 < len(s) <= 25 and core[-1:] not in CLAUSE_END


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence: a blank line after it would be a paragraph break."""
    core = line.rstrip().rstrip(CLOSERS)
    return core[-1:] in SENTENCE_END


def _token_end(text: str, i: int) -> int:
    """End of the unbreakable unit at i: an ASCII run, a doubled …… or ——, or one character."""
    m = ASCII_RUN.match(text, i)
    if m:
        return m.end()
    if text[i] in "…—" and text[i + 1 : i + 2] == text[i]:
        return i + 2
    return i + 1


def take_line(text: str, pos: int, width: float) -> tuple[str, int]:
    """Fill one line from text[pos:] up to `width` cells, with Chinese line-break rules.

    Closing punctuation hangs past the width (as typeset columns do), an opening bracket never
    ends a line, and ASCII runs are not split.
    """
    i, used, n = pos, 0.0, len(text)
    starts = []
    while i < n:
        j = _token_end(text, i)
        w = cells(text[i:j])
        if used + w > width and i > pos:
            break
        starts.append(i)
        used, i = used + w, j
    hang = 0.0
    while i < n and text[i] in NO_LINE_START:
        j = _token_end(text, i)
        if hang + cells(text[i:j]) > 2:
            break
        hang, i = hang + cells(text[i:j]), j
    if i < n and text[i] in NO_LINE_START:  # too much to hang: the last character goes down with it
        while len(starts) > 1 and text[starts[-1]] in NO_LINE_START:
            starts.pop()
        i = starts[-1] if len(starts) > 1 else i
    while i - pos > 1 and text[i - 1] in NO_LINE_END:
        i -= 1
    line = text[pos:i]
    while i < n and text[i] == " ":
        i += 1
    return line.rstrip(), i


def take_chars(text: str, pos: int, width: float) -> tuple[str, int]:
    """One line cut at exactly `width` characters, as a dump cut by character count would be: no
    hanging punctuation, no line-break rules, Latin letters and digits as wide as a CJK character."""
    end = pos + int(width)
    return text[pos:end].rstrip(), end


def wrap(text: str, width: float) -> list[str]:
    """Hard-wrap a paragraph at a fixed column width."""
    lines, pos = [], 0
    while pos < len(text):
        line, pos = take_line(text, pos, width)
        lines.append(line)
    return lines


def justify_line(line: str) -> str:
    """Spread a line the way a justified PDF line extracts: a space between every character."""
    return " ".join(line)


def space_digits(line: str) -> str:
    """Stray spaces around numbers, as in `部署了 2023 年`."""
    return DIGITS.sub(lambda m: f" {m.group()} ", line).strip()


def render_inline(s: str, lay: ArticleLayout) -> str:
    """Paragraph text as it appears on the page before wrapping (NBSP extracts as a space)."""
    s = s.replace("\xa0", " ").strip()
    if lay.halfwidth:
        s = s.translate(HALFWIDTH)
    if lay.vertical:
        s = s.translate(VERTICAL)
    return s


def body_lines(paragraphs: list[str], lay: ArticleLayout, rng: random.Random) -> list[str]:
    """Wrap an article's paragraphs into column lines, with column breaks and separators."""
    out: list[str] = []
    width: float = lay.width
    wide = lay.wide_width
    measure, take = (len, take_chars) if lay.by_chars else (cells, take_line)
    total = sum(measure(p) for p in paragraphs) / lay.width
    widen_at = rng.randint(1, max(1, int(total * 0.8))) if wide else 10**9
    line_no = 0
    prev_sub = False
    for pi, para in enumerate(paragraphs):
        sub = is_subhead_like(para)
        if pi and (lay.para_sep == "blank" or (lay.subhead_blank and (sub or prev_sub))):
            out.append("")
        text = ("\u3000\u3000" if lay.indent else "") + render_inline(para, lay)
        pos, last = 0, ""
        while pos < len(text):
            line_no += 1
            widen = line_no >= widen_at
            line, nxt = take(text, pos, width)
            if (widen or rng.random() < lay.break_rate) and nxt < len(text) and not ends_sentence(line):
                if rng.random() < 0.1:  # rarely, text cut short at a column break (a picture's edge)
                    short, s_nxt = take(text, pos, width - rng.randint(1, 3))
                    if short and not ends_sentence(short):
                        line, nxt = short, s_nxt
                out += [decorate(line, lay, rng), ""]
                if widen and wide:
                    width, widen_at = wide, 10**9
            else:
                out.append(decorate(line, lay, rng))
            pos, last = nxt, line
        if lay.para_sep == "none" and not lay.indent and measure(last) >= width - 1:
            out.append("")  # a full last line would hide the paragraph end
        prev_sub = sub
    return [ln for i, ln in enumerate(out) if ln or (i and out[i - 1])]


def decorate(line: str, lay: ArticleLayout, rng: random.Random) -> str:
    """Whitespace noise on one wrapped line: justification spaces, spaces around numbers."""
    if lay.justify and rng.random() < 0.05:
        return justify_line(line)
    if lay.digit_spaces and rng.random() < 0.3:
        return space_digits(line)
    return line


def head_text(s: str, rng: random.Random) -> str:
    """A headline field on one line; the space between its halves extracts as one or two spaces."""
    return re.sub(r"[\s\xa0]+", rng.choice([" ", " ", "  "]), s.strip())


def headline_lines(article: dict, lay: ArticleLayout, rng: random.Random) -> list[str]:
    """Kicker, headline, subheadline: one line each, never wrapped (they span the columns)."""
    lines = [head_text(article[k], rng) for k in ("kicker", "headline", "subheadline") if article[k]]
    return ["", *lines, ""] if lay.head_blank else lines


def masthead_lines(page: dict, rng: random.Random) -> list[str]:
    """Page furniture at the top: paper, date, page number and section, editors, hotline."""
    d = date.fromisoformat(page["date"])
    weekday = "星期" + "一二三四五六日"[d.weekday()]
    date_line = rng.choice(
        [f"{d.year}年{d.month}月{d.day}日 {weekday}", f"{d.year}年{d.month:02d}月{d.day:02d}日  {weekday}"]
    )
    section, no = rng.choice(SECTIONS), page["page"]
    page_line = rng.choice([f"第{no}版 {section}", f"{no:02d} {section}", f"第{no}版"])
    if rng.random() < 0.2:
        return [f"人民日报 {date_line} {page_line}"]
    editor, designer = rng.sample(NAMES, 2)
    lines = ["人民日报"] if rng.random() < 0.7 else []
    lines += [date_line, page_line]
    if rng.random() < 0.6:
        lines.append(rng.choice([f"责编：{editor} 美编：{designer}", f"责任编辑：{editor}"]))
    if rng.random() < 0.3:
        lines.append(f"新闻热线：010-{rng.randint(10_000_000, 99_999_999)}")
    return lines


def byline(article: dict) -> dict | None:
    """Reporters named in a `本报北京9月30日电  （记者张烁）` dateline; None when unsure."""
    m = REPORTERS.match(article["paragraphs"][0])
    if not m:
        return None
    names = [re.sub(r"\s", "", x) for x in re.split(r"[、，,]", m.group(1))]
    if not all(NAME.fullmatch(x) for x in names):
        return None
    return {"reporters": names, "photographers": []}


def lead_sentence(article: dict) -> str | None:
    """The first sentence of the lead, dateline removed: what a photo caption would say."""
    for para in article["paragraphs"]:
        if is_subhead_like(para):
            continue
        s = DATELINE.sub("", para.replace("\xa0", " ")).strip()
        end = s.find("。")
        sentence = s[: end + 1]
        if end >= 0 and 10 <= len(sentence) <= 60 and sentence.count("“") == sentence.count("”"):
            return sentence
        return None
    return None


def caption(article: dict, gold: dict, rng: random.Random) -> str | None:
    """A caption line for the article (adds it to the gold), or None when its lead has none."""
    sentence = lead_sentence(article)
    if sentence is None:
        return None
    text = sentence if rng.random() < 0.6 else "图为" + sentence
    gold["captions"].append(text)
    line = (" " if rng.random() < 0.3 else "") + text
    if gold.get("byline") and rng.random() < 0.4:
        name = rng.choice(NAMES)
        gold["byline"]["photographers"].append(name)
        line += "  " + rng.choice(["本报记者 ", "新华社记者 ", ""]) + name + "摄"
    return line


#: Column widths drawn for articles, in full-width cells (People's Daily runs about 10-25).
WIDTHS = (10, 25)


def article_layout(head: str, rng: random.Random, widths: tuple[int, int] = WIDTHS) -> ArticleLayout:
    """Draw one article's layout."""
    width = rng.randint(*widths)
    return ArticleLayout(
        head=head,
        head_blank=rng.random() < 0.6,
        para_sep=rng.choice(["blank", "none"]),
        subhead_blank=rng.random() < 0.5,
        indent=rng.random() < 0.25,
        width=width,
        wide_width=_widening(width, rng) if rng.random() < 0.15 else None,
        break_rate=rng.choice([0.0, 0.02, 0.05]),
        halfwidth=rng.random() < 0.1,
        vertical=rng.random() < 0.05,
        justify=rng.random() < 0.15,
        digit_spaces=rng.random() < 0.2,
    )


def _widening(width: int, rng: random.Random) -> int | None:
    """The wider column an article's text goes on in after a column break: 3 to 8 cells wider, at
    most 30. None for an article already set that wide: capped, the 'wider' column would narrow,
    which parts two articles on a real page (and cost pages at widths over 27 for that reason)."""
    wide = min(30, width + rng.randint(3, 8))
    return wide if wide > width else None


def head_position(mode: str, article: dict, rng: random.Random) -> str:
    """Before or after the body; headless only when a dateline still marks the article start."""
    if mode != "mixed" and DATELINE.match(article["paragraphs"][0]) and rng.random() < 0.08:
        return "none"
    return rng.choice(["before", "after"]) if mode == "mixed" else mode


def usable_articles(page: dict) -> list[dict]:
    """Articles with text, each once (some pages repeat an article: same headline and lead)."""
    seen, out = set(), []
    for a in page["articles"]:
        key = (a["headline"], a["paragraphs"][0] if a["paragraphs"] else "")
        if a["paragraphs"] and key not in seen:
            seen.add(key)
            out.append(a)
    return out


def synthesise(
    page: dict, seed: int, widths: tuple[int, int] = WIDTHS, force: dict[str, object] | None = None,
    one_width: bool = False,
) -> tuple[str, dict]:
    """Lay out one corpus page as raw PDF-like text; return (text, gold in the page contract).
    `force` sets layout attributes on every article (`{"by_chars": True}`); `one_width` sets
    every article of the page in the first one's column width, never widening, as one grid would."""
    rng = random.Random(seed)
    articles = usable_articles(page)
    mode = rng.choices(["before", "after", "mixed"], weights=[55, 25, 20])[0]
    masthead = rng.random() < 0.4
    crlf = rng.random() < 0.1
    gap = rng.random() < 0.7  # blank line between articles
    golds, layouts, blocks = [], [], []
    for a in articles:
        lay = replace(article_layout(head_position(mode, a, rng), rng, widths), **(force or {}))
        if one_width:
            lay = replace(lay, width=layouts[0].width if layouts else lay.width, wide_width=None)
        g: dict = {
            "kicker": a["kicker"] if lay.head != "none" else None,
            "headline": a["headline"] if lay.head != "none" else None,
            "subheadline": a["subheadline"] if lay.head != "none" else None,
            "highlights": [],
        }
        if (b := byline(a)) is not None:
            g["byline"] = b
        g["paragraphs"] = list(a["paragraphs"])
        g["captions"] = []
        body = body_lines(a["paragraphs"], lay, rng)
        head = headline_lines(a, lay, rng) if lay.head != "none" else []
        blocks.append(head + body if lay.head == "before" else body + head)
        golds.append(g)
        layouts.append(lay)

    top: list[str] = []
    bottom: list[str] = []
    n_captions = rng.choices([0, 1, 2], weights=[60, 30, 10])[0]
    for i in rng.sample(range(len(articles)), min(n_captions, len(articles))):
        line = caption(articles[i], golds[i], rng)
        if line is not None:
            (top if rng.random() < 0.5 else bottom).append(line)

    lines = [*masthead_lines(page, rng), ""] if masthead else []
    lines += [*top, ""] if top else []
    for block in blocks:
        if gap and lines and lines[-1]:
            lines.append("")
        lines += block
    lines += ["", *bottom] if bottom else []
    text = "\n".join(squeeze_blanks(lines)).strip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    source = f"rmrb-{page['date']}-p{page['page']:02d}-s{seed}.txt"
    gold = {
        "source": source,
        "publication_date": page["date"] if masthead else None,
        "articles": golds,
        "synth": {
            "date": page["date"],
            "page": page["page"],
            "seed": seed,
            "mode": mode,
            "masthead": masthead,
            "crlf": crlf,
            "article_gap": gap,
            "captions": {"top": len(top), "bottom": len(bottom)},
            "articles": [asdict(x) for x in layouts],
        },
    }
    return text, gold


def squeeze_blanks(lines: list[str]) -> list[str]:
    """At most one blank line in a row, as the blocks are glued together."""
    return [ln for i, ln in enumerate(lines) if ln or i == 0 or lines[i - 1]]


def load_pages(path: Path = CORPUS) -> list[dict]:
    """Corpus pages that have at least one article with text, in file order."""
    if RESERVED in path.name:
        raise ValueError(f"{path.name} is reserved for the official evaluation")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    return [p for p in pages if usable_articles(p)]


def iter_pages(
    n: int, seed: int, pages: list[dict] | None = None, widths: tuple[int, int] = WIDTHS,
    force: dict[str, object] | None = None, one_width: bool = False,
) -> Iterator[tuple[str, dict]]:
    """n synthesised pages drawn deterministically (without repeats until the corpus runs out)."""
    pages = load_pages() if pages is None else pages
    rng = random.Random(seed)
    order: list[int] = []
    for _ in range(n):
        if not order:
            order = list(range(len(pages)))
            rng.shuffle(order)
        yield synthesise(pages[order.pop()], rng.randrange(1_000_000), widths, force, one_width)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20, help="number of pages")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True, help="directory for NNN.txt and NNN.gold.json")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for i, (text, gold) in enumerate(iter_pages(args.n, args.seed)):
        (args.out / f"{i:03d}.txt").write_text(text, encoding="utf-8", newline="")
        (args.out / f"{i:03d}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {args.n} pages to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
