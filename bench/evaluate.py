"""Score banmian on synthesised pages and on the real seed page, beside a trivial baseline.

The official scorer (`../shared/eval/score.py`) gives page metrics; this script adds what it
cannot see: a breakdown by layout (which page shapes the parser gets wrong), in-body subhead
handling, and publication dates. The baseline (blank-line paragraphs, the whole page one
article) shows how much of a score the layout gives away for free.

    python bench/evaluate.py --n 200 --seed 7 [--structure-only] [--dump DIR] [--no-blank-lines] [--widths 6-9]
        [--wrap-headlines] [--centre-headlines] [--cut-by-chars] [--one-width] [--layout head_blank=false]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from types import ModuleType

from synth import SHARED, WIDTHS, ArticleLayout, cells, is_subhead_like, iter_pages

SCORER = SHARED / "eval" / "score.py"
SEED_PAGE = SHARED / "corpus" / "dev" / "seed-000.txt"
STRUCTURE = ("articles.f1", "paragraphs.f1", "headlines.accuracy")

Parser = Callable[[str, str | None], dict]


def load_scorer() -> ModuleType:
    """The official scorer, imported from shared/ (never copied into the repo)."""
    spec = importlib.util.spec_from_file_location("banmian_shared_score", SCORER)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def baseline(text: str, source: str | None = None) -> dict:
    """Blank-line paragraphs, the whole page one headless article: the floor to beat."""
    blocks = re.split(r"\n[ \t\u3000]*\n", text.replace("\r\n", "\n"))
    paragraphs = ["".join(line.strip() for line in b.splitlines()) for b in blocks]
    article = {
        "kicker": None,
        "headline": None,
        "subheadline": None,
        "highlights": [],
        "byline": None,
        "paragraphs": [p for p in paragraphs if p],
        "captions": [],
    }
    return {"source": source, "publication_date": None, "articles": [article]}


def banmian_parser(structure_only: bool = False) -> Parser:
    """banmian.parse (or the structure stage alone) as a text -> page-contract dict function."""
    import banmian

    fn = banmian.parse
    if structure_only:
        from banmian.pipeline import parse_structure as fn
    return lambda text, source: fn(text, source=source).to_dict()


@dataclass(slots=True)
class PageResult:
    """One scored page, kept whole so the worst pages can be shown and dumped."""

    source: str
    text: str
    gold: dict
    pred: dict
    metrics: dict[str, float]
    error: str | None


def score_pages(pages: Iterable[tuple[str, dict]], parse: Parser, scorer: ModuleType) -> list[PageResult]:
    """Parse and score every page; a page that raises is scored as an empty prediction."""
    out = []
    for text, gold in pages:
        error = None
        try:
            pred = parse(text, gold.get("source"))
        except Exception:
            error = traceback.format_exc(limit=-3)
            pred = {"articles": []}
        metrics = scorer.score(pred, gold)
        if "publication_date" in gold:
            same = pred.get("publication_date") == gold["publication_date"]
            metrics["publication_date.accuracy"] = float(same)
        out.append(PageResult(gold.get("source", ""), text, gold, pred, metrics, error))
    return out


def means(results: list[PageResult]) -> dict[str, tuple[float, int]]:
    """Mean of each metric over the pages where the scorer reports it, with that page count."""
    values: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for k, v in r.metrics.items():
            values[k].append(v)
    return {k: (statistics.fmean(v), len(v)) for k, v in values.items()}


def structure_score(r: PageResult) -> float:
    """Mean of the structure metrics: ranks the worst pages."""
    return statistics.fmean(r.metrics.get(k, 0.0) for k in STRUCTURE)


def article_rows(r: PageResult, scorer: ModuleType) -> list[dict]:
    """Per gold article: its layout and whether it was found, headed right, its paragraphs kept."""
    pred, gold = r.pred.get("articles") or [], r.gold["articles"]
    pairs = scorer.match_articles(pred, gold)
    page_paras = {scorer.norm_para(p) for a in pred for p in a.get("paragraphs") or []}
    rows = []
    for gi, (g, lay) in enumerate(zip(gold, r.gold["synth"]["articles"], strict=True)):
        pi, jac = pairs.get(gi, (None, 0.0))
        p = pred[pi] if pi is not None else {}
        paras = [q for q in (scorer.norm_para(x) for x in g["paragraphs"]) if q]
        heads = ("kicker", "headline", "subheadline")
        rows.append(
            {
                "layout": lay,
                "found": jac >= 0.9,
                "headline": jac >= 0.5 and all(scorer.norm(p.get(k)) == scorer.norm(g[k]) for k in heads),
                "para_recall": sum(q in page_paras for q in paras) / len(paras) if paras else 1.0,
                "subheads": subhead_outcomes(g, p if jac >= 0.9 else {}, pred, scorer),
            }
        )
    return rows


def subhead_outcomes(gold: dict, matched: dict, pred: list[dict], scorer: ModuleType) -> list[str]:
    """What became of each subhead-like gold paragraph (short, no clause-ending punctuation).

    "ok": a paragraph of its own, intact article; "as headline": taken for a headline field;
    "starts an article": the article was split there; "article broken": its article was not
    recovered for another reason; "lost": merged into a neighbouring paragraph or dropped.
    """
    mine = {scorer.norm_para(x) for x in matched.get("paragraphs") or []}
    heads = {scorer.norm(a.get(k)) for a in pred for k in ("kicker", "headline", "subheadline")}
    firsts = {scorer.norm_para(a["paragraphs"][0]) for a in pred if a.get("paragraphs")}
    out = []
    for para in gold["paragraphs"]:
        q = scorer.norm_para(para)
        if not q or not is_subhead_like(para):
            continue
        if q in mine:
            out.append("ok")
        elif q in heads:
            out.append("as headline")
        elif q in firsts:
            out.append("starts an article")
        elif not matched:
            out.append("article broken")
        else:
            out.append("lost")
    return out


def width_band(w: int) -> str:
    """Column widths in three bands, enough articles in each to compare."""
    return "10-14" if w < 15 else "15-19" if w < 20 else "20-25"


ARTICLE_GROUPS: dict[str, Callable[[dict], str]] = {
    "headline": lambda a: a["head"],
    "blank around headline": lambda a: "n/a" if a["head"] == "none" else str(a["head_blank"]),
    "paragraph separator": lambda a: a["para_sep"],
    "indent": lambda a: str(a["indent"]),
    "column width": lambda a: width_band(a["width"]),
    "width changes": lambda a: str(a["wide_width"] is not None),
    "column breaks": lambda a: str(a["break_rate"] > 0),
    "half-width punct": lambda a: str(a["halfwidth"]),
    "vertical punct": lambda a: str(a["vertical"]),
    "justify spaces": lambda a: str(a["justify"]),
}
PAGE_GROUPS: dict[str, Callable[[dict], str]] = {
    "headline mode": lambda s: s["mode"],
    "masthead": lambda s: str(s["masthead"]),
    "CRLF": lambda s: str(s["crlf"]),
    "blank between articles": lambda s: str(s["article_gap"]),
    "captions": lambda s: str(bool(s["captions"]["top"] + s["captions"]["bottom"])),
}


def print_breakdown(results: list[PageResult], scorer: ModuleType) -> None:
    rows = [row for r in results for row in article_rows(r, scorer)]
    print("\nper article layout          value     n  found  headline  para-recall")
    for name, key in ARTICLE_GROUPS.items():
        groups: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            groups[key(row["layout"])].append(row)
        for value, g in sorted(groups.items()):
            found = statistics.fmean(x["found"] for x in g)
            head = statistics.fmean(x["headline"] for x in g)
            recall = statistics.fmean(x["para_recall"] for x in g)
            print(f"  {name:25s} {value:7s} {len(g):5d}  {found:5.3f}  {head:8.3f}  {recall:11.3f}")
    print("\nper page layout             value     n  " + "  ".join(STRUCTURE))
    for name, key in PAGE_GROUPS.items():
        pages: dict[str, list[PageResult]] = defaultdict(list)
        for r in results:
            pages[key(r.gold["synth"])].append(r)
        for value, g in sorted(pages.items()):
            mean = {k: statistics.fmean(r.metrics.get(k, 0.0) for r in g) for k in STRUCTURE}
            cols = "  ".join(f"{mean[k]:{len(k)}.3f}" for k in STRUCTURE)
            print(f"  {name:25s} {value:7s} {len(g):5d}  {cols}")
    outcomes = Counter(o for row in rows for o in row["subheads"])
    total = sum(outcomes.values())
    detail = ", ".join(f"{k} {v}" for k, v in outcomes.most_common())
    print(
        f"\nin-body subheads kept in their article: {outcomes['ok'] / total if total else 1.0:.3f}"
        f" of {total} ({detail})"
    )


def print_table(title: str, columns: dict[str, list[PageResult]]) -> None:
    """Metrics side by side, one column per system."""
    table = {name: means(res) for name, res in columns.items()}
    keys = sorted({k for t in table.values() for k in t}, key=lambda k: (k not in STRUCTURE, k))
    print(f"\n{title:28s}" + "".join(f"{name:>20s}" for name in columns))
    for k in keys:
        cells = []
        for t in table.values():
            mean, n = t.get(k, (float("nan"), 0))
            total = k in ("articles.gold", "articles.pred")
            cells.append(f"{mean * n:19.0f}" if total else f"{mean:12.3f} ({n:4d})")
        print(f"  {k:26s}" + "".join(cells))


def dump(results: list[PageResult], directory: Path) -> int:
    """Write each imperfect page as NNN.txt, NNN.pred.json, NNN.gold.json (and NNN.error.txt)."""
    directory.mkdir(parents=True, exist_ok=True)
    n = 0
    for i, r in enumerate(results):
        if r.error is None and all(r.metrics.get(k, 1.0) == 1.0 for k in STRUCTURE):
            continue
        n += 1
        (directory / f"{i:03d}.txt").write_text(r.text, encoding="utf-8", newline="")
        for suffix, data in (("pred", r.pred), ("gold", r.gold)):
            (directory / f"{i:03d}.{suffix}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        if r.error:
            (directory / f"{i:03d}.error.txt").write_text(r.error, encoding="utf-8")
    return n


def _width_range(text: str) -> tuple[int, int]:
    """`6-9` -> (6, 9): the range of column widths for --widths."""
    lo, sep, hi = text.partition("-")
    if not (sep and lo.isdigit() and hi.isdigit() and 0 < int(lo) <= int(hi)):
        raise argparse.ArgumentTypeError(f"expected LO-HI cells, got {text!r}")
    return int(lo), int(hi)


def without_blank_lines(text: str) -> str:
    """The page as a dump that keeps no blank lines: no column breaks or paragraph gaps shown."""
    return "".join(line for line in text.splitlines(keepends=True) if line.strip())


def _layout_setting(text: str) -> tuple[str, object]:
    """`head_blank=false` -> ("head_blank", False): a value typed like the ArticleLayout field."""
    name, sep, raw = text.partition("=")
    kinds = {f.name: f.type for f in fields(ArticleLayout)}
    if not sep or name not in kinds:
        raise argparse.ArgumentTypeError(f"expected FIELD=VALUE with FIELD one of {', '.join(kinds)}, got {text!r}")
    kind = str(kinds[name])
    if kind == "bool":
        if raw.lower() not in ("true", "false"):
            raise argparse.ArgumentTypeError(f"{name} takes true or false, got {raw!r}")
        return name, raw.lower() == "true"
    if kind.startswith(("int", "float")):
        try:
            return name, (int if kind.startswith("int") else float)(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} takes a number, got {raw!r}") from None
    return name, raw


WRAP_HEADLINES_OVER = 20  # characters: a headline line longer than this is set over two lines


def with_wrapped_headlines(text: str, gold: dict) -> str:
    """The page with every headline-block line longer than WRAP_HEADLINES_OVER characters broken in two
    at its middle, as a headline set in a box narrower than its text would be. The gold stays as
    it is: a wrapped line is still one kicker, headline or subheadline."""
    fields = {
        "".join(value.split())
        for article in gold["articles"]
        for value in (article.get("kicker"), article.get("headline"), article.get("subheadline"))
        if value
    }
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if "".join(body.split()) in fields and len(body) > WRAP_HEADLINES_OVER:
            end = line[len(body):]
            out += [body[: len(body) // 2] + end, body[len(body) // 2 :] + end]
        else:
            out.append(line)
    return "".join(out)


def with_centred_headlines(text: str, gold: dict) -> str:
    """The page with every headline-block line centred over its article's column by leading spaces,
    as PDF text extraction writes a title centred in its box (two spaces a cell; the gold stays)."""
    widths = {
        "".join(value.split()): layout["width"]
        for article, layout in zip(gold["articles"], gold["synth"]["articles"], strict=True)
        for value in (article.get("kicker"), article.get("headline"), article.get("subheadline"))
        if value
    }
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        width = widths.get("".join(body.split()))
        pad = int(width - cells(body)) // 2 if width else 0
        out.append(" " * (2 * pad) + line if pad > 0 else line)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200, help="number of synthesised pages")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--structure-only",
        action="store_true",
        help="score banmian.pipeline.parse_structure (no entity extraction)",
    )
    ap.add_argument("--dump", type=Path, metavar="DIR", help="write imperfect pages (txt, pred, gold) here")
    ap.add_argument(
        "--widths",
        type=_width_range,
        default=WIDTHS,
        metavar="LO-HI",
        help=f"column widths to draw, in cells (default {WIDTHS[0]}-{WIDTHS[1]})",
    )
    ap.add_argument(
        "--no-blank-lines",
        action="store_true",
        help="drop every blank line from the synthesised pages first (a dump that keeps none)",
    )
    ap.add_argument(
        "--wrap-headlines",
        action="store_true",
        help=f"break headline lines longer than {WRAP_HEADLINES_OVER} characters in two (synth.py never does)",
    )
    ap.add_argument(
        "--centre-headlines",
        action="store_true",
        help="centre headline lines over their article's column with leading spaces (synth.py never does)",
    )
    ap.add_argument(
        "--cut-by-chars",
        action="store_true",
        help="cut body lines at a count of characters (no hanging punctuation, digits a full cell)",
    )
    ap.add_argument(
        "--one-width",
        action="store_true",
        help="set every article of a page in one column width (one grid), never widening",
    )
    ap.add_argument(
        "--layout",
        type=_layout_setting,
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="force a synth.ArticleLayout field on every article (head_blank=false, para_sep=none); repeatable",
    )
    args = ap.parse_args(argv)

    scorer = load_scorer()
    force = dict(args.layout) | ({"by_chars": True} if args.cut_by_chars else {})
    pages = list(iter_pages(args.n, args.seed, widths=args.widths, force=force, one_width=args.one_width))
    if args.no_blank_lines:
        pages = [(without_blank_lines(text), gold) for text, gold in pages]
    if args.wrap_headlines:
        pages = [(with_wrapped_headlines(text, gold), gold) for text, gold in pages]
    if args.centre_headlines:
        pages = [(with_centred_headlines(text, gold), gold) for text, gold in pages]
    seed_text = SEED_PAGE.read_text(encoding="utf-8")
    seed_gold = json.loads(SEED_PAGE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    columns = {"baseline": score_pages(pages, baseline, scorer)}
    seed_columns = {"baseline": score_pages([(seed_text, seed_gold)], baseline, scorer)}
    try:
        parser = banmian_parser(args.structure_only)
    except (ImportError, AttributeError) as e:
        print(f"banmian unavailable ({e!r}): scoring the baseline only", file=sys.stderr)
        parser = None
    name = "banmian-structure" if args.structure_only else "banmian"
    if parser is not None:
        start = time.perf_counter()
        ours = score_pages(pages, parser, scorer)
        elapsed = time.perf_counter() - start
        columns = {name: ours, **columns}
        seed_columns = {name: score_pages([(seed_text, seed_gold)], parser, scorer), **seed_columns}

    print(f"{args.n} synthesised pages, seed {args.seed}; mean (pages scored)")
    print_table("synthesised pages", columns)
    print_table("seed-000 (real page)", seed_columns)
    if parser is None:
        return 0
    errors = [r for r in ours if r.error]
    print(f"\n{name}: {len(errors)} of {len(ours)} pages raised; parse+score {elapsed:.1f} s")
    for r in errors[:3]:
        print(f"  {r.source}: {r.error.strip().splitlines()[-1]}")
    for r in seed_columns[name]:
        if r.error:
            print(f"  seed-000 raised: {r.error.strip().splitlines()[-1]}")
    print("\nworst pages (the source names date, page and synth seed):")
    for r in sorted(ours, key=structure_score)[:5]:
        cols = "  ".join(f"{k} {r.metrics.get(k, 0.0):.3f}" for k in STRUCTURE)
        print(f"  {r.source:34s} {cols}" + ("  RAISED" if r.error else ""))
    print_breakdown(ours, scorer)
    if args.dump:
        print(f"\nwrote {dump(ours, args.dump)} imperfect pages to {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
