"""Score the extraction stage on hand-annotated People's Daily articles (local news, Oct 2019).

`bench/data/extract_gold.jsonl` holds only references (date, page, article no) and the
annotations; the article text is read at run time from
`../shared/corpus/rmrb/rmrb-2019-10.pages.jsonl.gz` (shared corpus text is not copied into the
repo). Each article is rebuilt from its paragraphs (byline split off the first paragraph with
`banmian.layout.byline.split_byline`), put on a `Page` dated with the page date, annotated with
`banmian.extract.annotate` and scored with the official scorer's functions
(`../shared/eval/score.py`: names as sets, titles as (name, title) pairs, companies, events
matched on type + date + a shared actor + 80% of visited).

The first 40 lines are split by fixed article order: even lines are `dev` (rules may be tuned
on their errors), odd lines are `heldout` (only measured). Later lines carry an explicit
`split` field (`dev`, `test2` … `test9`, fixed by order before any output was seen; `test2`
and `test9` are only measured, test3's errors were read after the third round, test4's after
the fourth, test5's after the fifth, test6's after the sixth, test7's after the seventh,
test8's after the eighth, test10's after the tenth round, test11's, test12's and test13's after their
first scores).
`bench/select_extract.py` lists the candidates test4 and test5 were picked from, `--local`
those of test6 … test10 (test11, test12 and test13 take the rest of both lists). See docs/extraction.md
for the annotation guideline.

    python bench/eval_extract.py                 # P/R/F1 for dev, held-out and all
    python bench/eval_extract.py --errors dev    # also list every error on the dev split
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from banmian.extract import annotate
from banmian.layout.byline import split_byline
from banmian.model import Article, Page

# Sibling scripts: the same scorer loader and corpus path as the layout evaluation.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import SCORER, load_scorer
from synth import CORPUS

GOLD = Path(__file__).resolve().parent / "data" / "extract_gold.jsonl"
METRICS = ("people.names", "people.titles", "companies", "events")
SPLITS = ("dev", "heldout", *(f"test{n}" for n in range(2, 14)))


def load_gold(path: Path = GOLD) -> list[dict]:
    """Gold lines in file order, each tagged with its split: an explicit `split` field, else
    by line parity (even line: dev, odd: heldout)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, row in enumerate(rows):
        row.setdefault("split", ("dev", "heldout")[i % 2])
    return rows


def load_articles(refs: list[dict], corpus: Path = CORPUS) -> dict[tuple[str, int, int], dict]:
    """The referenced raw articles {(date, page, no): article} from the shared corpus."""
    wanted = {(r["date"], r["page"], r["no"]) for r in refs}
    out: dict[tuple[str, int, int], dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            for a in page["articles"]:
                key = (page["date"], page["page"], a["no"])
                if key in wanted:
                    out[key] = a
    missing = wanted - out.keys()
    if missing:
        raise KeyError(f"articles not in {corpus.name}: {sorted(missing)}")
    return out


def build_article(raw: dict) -> Article:
    """An `Article` from a corpus record: byline split off the first paragraph."""
    paragraphs = [p for p in raw.get("paragraphs") or [] if p.strip()]
    byline = None
    if paragraphs:
        byline, rest = split_byline(paragraphs[0])
        paragraphs[0] = rest.strip()
        paragraphs = [p for p in paragraphs if p]
    return Article(
        paragraphs=paragraphs,
        kicker=raw.get("kicker"),
        headline=raw.get("headline"),
        subheadline=raw.get("subheadline"),
        byline=byline,
    )


@dataclass
class Result:
    counts: dict[str, list[int]] = field(default_factory=lambda: {m: [0, 0, 0] for m in METRICS})
    date_ok: int = 0
    n: int = 0
    errors: list[str] = field(default_factory=list)

    def metrics(self, score: ModuleType) -> dict[str, tuple[float, float, float]]:
        out = {m: score.prf(*c) for m, c in self.counts.items()}
        out["dates.accuracy"] = (self.date_ok / self.n,) * 3 if self.n else (1.0, 1.0, 1.0)
        return out


def entity_sets(score: ModuleType, pred: dict, gold: dict) -> dict[str, tuple[set, set]]:
    """Per-article sets exactly as score.py builds them."""
    norm = score.norm

    def people_names(a: dict) -> set:
        return {norm(x["name"]) for x in a.get("people") or []}

    def people_titles(a: dict) -> set:
        return {(norm(x["name"]), norm(t)) for x in a.get("people") or [] for t in x.get("titles") or []}

    def companies(a: dict) -> set:
        return {norm(x["name"]) for x in a.get("organizations") or [] if x.get("kind") == "company"}

    def events(a: dict) -> set:
        return {
            (
                x.get("type"),
                x.get("date"),
                frozenset(norm(n) for n in x.get("actors") or []),
                frozenset(norm(v) for v in x.get("visited") or []),
            )
            for x in a.get("events") or []
        }

    fns = {"people.names": people_names, "people.titles": people_titles, "companies": companies, "events": events}
    return {m: (fn(pred), fn(gold)) for m, fn in fns.items()}


def _fmt_event(e: tuple) -> str:
    t, d, actors, visited = e
    s = f"{t}@{d} actors={sorted(actors)}"
    return s + (f" visited={sorted(visited)}" if visited else "")


def evaluate(splits: tuple[str, ...] = SPLITS, *, collect_errors: bool = False) -> dict[str, Result]:
    """Annotate and score every gold article; one `Result` per split plus `all`."""
    score = load_scorer()
    gold_rows = load_gold()
    raw = load_articles(gold_rows)
    results = {s: Result() for s in (*splits, "all")}
    elapsed = 0.0
    for row in gold_rows:
        if row["split"] not in splits:
            continue
        key = (row["date"], row["page"], row["no"])
        article = build_article(raw[key])
        page = Page(source=f"rmrb {row['date']} p{row['page']} #{row['no']}", publication_date=row["date"])
        page.articles = [article]
        t0 = time.perf_counter()
        annotate(page)
        elapsed += time.perf_counter() - t0
        pred = page.to_dict()["articles"][0]
        sets = entity_sets(score, pred, row)
        for res in (results[row["split"]], results["all"]):
            res.n += 1
            res.date_ok += pred.get("date") == row.get("date_main")
            for m, (ps, gs) in sets.items():
                tp = score.event_tp(ps, gs) if m == "events" else len(ps & gs)
                c = res.counts[m]
                c[0] += tp
                c[1] += len(ps)
                c[2] += len(gs)
        if collect_errors:
            errs = results[row["split"]].errors
            head = f"{row['date']} p{row['page']} #{row['no']} {(raw[key].get('headline') or '')[:24]}"
            lines = []
            for m, (ps, gs) in sets.items():
                if m == "events":
                    if score.event_tp(ps, gs) == len(ps) == len(gs):
                        continue
                    lines += [f"  events  pred {_fmt_event(e)}" for e in sorted(ps, key=str)]
                    lines += [f"  events  gold {_fmt_event(e)}" for e in sorted(gs, key=str)]
                    continue
                lines += [f"  {m}  FP {x}" for x in sorted(ps - gs, key=str)]
                lines += [f"  {m}  FN {x}" for x in sorted(gs - ps, key=str)]
            if pred.get("date") != row.get("date_main"):
                lines.append(f"  date  pred {pred.get('date')} gold {row.get('date_main')}")
            if lines:
                errs.append("\n".join([head, *lines]))
    results["all"].errors = [f"{elapsed / max(results['all'].n, 1) * 1000:.2f} ms/article"]
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", choices=SPLITS, help="list the errors of this split")
    ap.add_argument("--json", action="store_true", help="print metrics as JSON")
    args = ap.parse_args(argv)
    if not CORPUS.exists() or not SCORER.exists():
        print(f"missing {CORPUS} or {SCORER}", file=sys.stderr)
        return 2
    score = load_scorer()
    results = evaluate(collect_errors=bool(args.errors))
    table = {name: res.metrics(score) for name, res in results.items()}
    if args.json:
        print(json.dumps({k: {m: round(v[2], 4) for m, v in t.items()} for k, t in table.items()}))
        return 0
    print(f"{'split':8} {'n':>3}  " + "  ".join(f"{m:>22}" for m in (*METRICS, "dates.accuracy")))
    for name, res in results.items():
        cells = []
        for m in (*METRICS, "dates.accuracy"):
            p, r, f = table[name][m]
            cells.append(f"{f:.3f} (P{p:.2f} R{r:.2f})" if m != "dates.accuracy" else f"{f:>22.3f}")
        print(f"{name:8} {res.n:>3}  " + "  ".join(f"{c:>22}" for c in cells))
    print(results["all"].errors[0])
    if args.errors:
        print(f"\nerrors on {args.errors}:")
        for block in results[args.errors].errors:
            print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
