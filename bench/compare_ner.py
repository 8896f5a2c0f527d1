"""Compare banmian's people/company extraction with jieba and jionlp POS tags on CLUENER2020 dev.

usage: python bench/compare_ner.py [--data ../shared/data/cluener/dev.json] [--limit N]

Scores per sentence on sets of strings: person names (CLUENER `name`), companies (`company`)
and name+position pairs (a `position` mention right before or after a `name` mention).
jieba (`jieba.posseg`: nr person, nt organisation) and jionlp (its `jiojio` tagger, same tags)
give no titles, so their pair column is empty. Both are bench-only: `pip install -e .[bench]`.
Prints a Markdown table for docs/extraction.md.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from banmian.extract import extract_text

Found = tuple[set[str], set[str], set[tuple[str, str]]]  # names, companies, (name, position)
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "cluener" / "dev.json"


def gold(label: dict[str, dict[str, list[list[int]]]]) -> Found:
    names = {(m, s, e) for m, spans in label.get("name", {}).items() for s, e in spans}
    positions = {(m, s, e) for m, spans in label.get("position", {}).items() for s, e in spans}
    pairs = {(n, p) for n, ns, ne in names for p, ps, pe in positions if pe + 1 == ns or ne + 1 == ps}
    return {n for n, _, _ in names}, set(label.get("company", {})), pairs


def banmian(text: str) -> Found:
    article = extract_text(text.replace("\n", " "))
    people = article.people
    return (
        {p.name for p in people},
        {o.name for o in article.organizations if o.kind == "company"},
        {(p.name, t) for p in people for t in p.titles},
    )


def tagger(cut: Callable[[str], Iterable[tuple[str, str]]]) -> Callable[[str], Found]:
    def run(text: str) -> Found:
        pairs = list(cut(text))
        return {w for w, t in pairs if t == "nr"}, {w for w, t in pairs if t == "nt"}, set()

    return run


def systems() -> dict[str, Callable[[str], Found] | str]:
    out: dict[str, Callable[[str], Found] | str] = {"banmian": banmian}
    try:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        out["jieba 0.42 posseg"] = tagger(lambda t: ((p.word, p.flag) for p in jieba.posseg.cut(t)))
    except ImportError:
        out["jieba 0.42 posseg"] = "not installed"
    try:
        import jiojio

        jiojio.init(pos=True)
        out["jionlp (jiojio POS)"] = tagger(jiojio.cut)
    except Exception as exc:  # jionlp fetches nothing at run time; report any failure instead
        out["jionlp (jiojio POS)"] = f"unavailable: {exc}"
    return out


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    golds = [gold(r["label"]) for r in rows]
    print(f"CLUENER2020 dev, {len(rows)} sentences\n")
    columns = ["system", *(f"{k} {m}" for k in ("names", "companies", "name+position") for m in "PR"), "ms/sentence"]
    columns[3:3], columns[6:6] = ["names F1"], ["companies F1"]
    columns.insert(9, "name+position F1")
    print("| " + " | ".join(columns) + " |")
    print("|" + " --- |" * len(columns))
    for name, run in systems().items():
        if isinstance(run, str):
            print(f"| {name} | {run} |" + " |" * 10)
            continue
        counts = [[0, 0, 0] for _ in range(3)]
        start = time.perf_counter()
        for row, g in zip(rows, golds, strict=True):
            for c, pred, want in zip(counts, run(row["text"]), g, strict=True):
                c[0] += len(pred & want)
                c[1] += len(pred)
                c[2] += len(want)
        ms = (time.perf_counter() - start) / len(rows) * 1000
        cells = []
        for i, c in enumerate(counts):
            if i == 2 and name != "banmian":
                cells += ["–", "–", "–"]
            else:
                cells += [f"{v:.3f}" for v in prf(*c)]
        print(f"| {name} | " + " | ".join(cells) + f" | {ms:.2f} |")


if __name__ == "__main__":
    main()
