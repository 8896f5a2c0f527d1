"""Train and evaluate headline-role assignment (`banmian.layout.roles`).

Usage:  .venv/bin/python bench/train_roles.py

Reads People's Daily October 2019 (never January 2020, which is reserved for evaluation),
dedupes articles, rebuilds each headline block as its 1-3 gold lines and prints exact-triple
accuracy for: always-kicker baseline, hand rules, logistic model, with a date split
(train days 1-20, test days 21-31), plus leave-days-out 5-fold CV on the hard subset (two
unmarked lines). The package ships the rules only: the model did not clearly beat them under
cross-validation, so no weights are stored. (The rules have no fitted parameters, so their
"CV" figure is their accuracy on the same month their cues were chosen on; the model's is out of
fold.) A cue table shows, for every line cue, which role the lines it fires on have in blocks of
2-3 lines: the evidence each rule rests on. Last, >3-line blocks are simulated by hard-wrapping
the gold lines to measure the merge heuristic.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable
from pathlib import Path

from synth import SHARED

from banmian.layout import roles

CORPUS = SHARED / "corpus" / "rmrb" / "rmrb-2019-10.pages.jsonl.gz"
SEED = SHARED / "corpus" / "dev" / "seed-000.gold.json"

Triple = tuple[str | None, str | None, str | None]


def load_blocks(path: Path) -> list[tuple[int, list[str], Triple]]:
    """(day, lines, gold triple) per distinct headline block."""
    seen: set[Triple] = set()
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            page = json.loads(raw)
            day = int(page["date"][-2:])
            for art in page["articles"]:
                gold = tuple(
                    roles.normalize_line(art.get(k) or "") or None for k in ("kicker", "headline", "subheadline")
                )
                if gold[1] is None or gold in seen:
                    continue
                seen.add(gold)
                out.append((day, [x for x in gold if x], gold))
    return out


def is_hard(lines: list[str]) -> bool:
    return (
        len(lines) == 2
        and not roles._is_kicker_marked(lines[0])
        and not roles._is_sub_marked(lines[1])
        and not roles._is_kicker_marked(lines[1])
    )


PAIR_NAMES = ("log_len_ratio", "overlap2", "overlap1")
FEATURE_NAMES = (
    *(f"l1_{n}" for n in roles.LINE_FEATURES),
    *(f"l2_{n}" for n in roles.LINE_FEATURES),
    *PAIR_NAMES,
)


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def pair_features(l1: str, l2: str) -> list[float]:
    """Model inputs: both lines' rule cues plus relative length and bigram overlap (elaboration)."""
    c1, c2 = (roles._COLUMN_TAG.sub("", x).replace(" ", "") for x in (l1, l2))
    b1, b2 = _bigrams(c1), _bigrams(c2)
    ratio = math.log((len(c2) + 1) / (len(c1) + 1))
    return [
        *roles.line_features(l1),
        *roles.line_features(l2),
        ratio,
        len(b1 & b2) / len(b2) if b2 else 0.0,
        len(b1 & b2) / len(b1) if b1 else 0.0,
    ]


def fit(xs: list[list[float]], ys: list[int], l2: float = 1.0, iters: int = 3000) -> tuple[float, list[float]]:
    """L2-regularised logistic regression by full-batch gradient descent (pure Python)."""
    d = len(xs[0])
    w = [0.0] * d
    b = 0.0
    lr = 0.5
    n = len(xs)
    for _ in range(iters):
        gw = [l2 * wi / n for wi in w]
        gb = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = b + sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            e = (p - y) / n
            gb += e
            for j, xi in enumerate(x):
                if xi:
                    gw[j] += e * xi
        b -= lr * gb
        w = [wi - lr * g for wi, g in zip(w, gw, strict=True)]
    return b, w


def predictor(model: tuple[float, list[float]] | None, use_rules: bool) -> Callable[[list[str]], Triple]:
    """assign_roles with the 2-line decision given by baseline / rules / a fitted model."""

    def by_model(l1: str, l2: str) -> bool:
        fixed = roles._override(l1, l2)  # same cross-paper overrides as the rules
        if fixed is not None:
            return fixed
        b, w = model
        return b + sum(wi * xi for wi, xi in zip(w, pair_features(l1, l2), strict=True)) > 0

    def baseline(lines: list[str]) -> Triple:  # always (kicker, headline), ignores markers too
        lines = [roles.normalize_line(x) for x in lines]
        if len(lines) == 2:
            return lines[0], lines[1], None
        return (None, lines[0], None) if len(lines) == 1 else tuple(lines)

    if model is not None:
        return lambda lines: roles._assign(lines, by_model)
    return (lambda lines: roles._assign(lines, roles.rules_pair)) if use_rules else baseline


def accuracy(blocks, run) -> tuple[float, float, int, int]:
    allc = sum(run(lines) == gold for _, lines, gold in blocks)
    hard = [(lines, gold) for _, lines, gold in blocks if is_hard(lines)]
    hc = sum(run(lines) == gold for lines, gold in hard)
    return allc / len(blocks), hc / max(len(hard), 1), len(blocks), len(hard)


def train_xy(blocks) -> tuple[list[list[float]], list[int]]:
    xs, ys = [], []
    for _, lines, gold in blocks:
        if is_hard(lines):
            xs.append(pair_features(*lines))
            ys.append(1 if gold[0] is not None else 0)
    return xs, ys


def wrapped(blocks, width: int, sub_width: int) -> list[tuple[list[str], Triple]]:
    """Synthetic >3-line blocks: wrap the headline at `width`, kicker/subheadline (smaller
    type, so more characters a line) at `sub_width`."""
    out = []
    for _, _lines, gold in blocks:
        pieces = []
        for role, line in zip(("k", "h", "s"), gold, strict=True):
            if line:
                w = width if role == "h" else sub_width
                pieces += [line[i : i + w] for i in range(0, len(line), w)]
        if len(pieces) > 3:
            out.append((pieces, gold))
    return out


def print_cue_table(blocks) -> None:
    """Per line cue: how many lines it fires on are kicker / headline / subheadline (2-3 line blocks)."""
    counts = {name: [0, 0, 0] for name in roles.LINE_FEATURES}
    for _, lines, gold in blocks:
        if len(lines) < 2:
            continue
        for role, line in enumerate(gold):
            if line:
                for name, v in zip(roles.LINE_FEATURES, roles.line_features(line), strict=True):
                    counts[name][role] += bool(v)
    print("cue table, lines of 2-3 line blocks (kicker / headline / subheadline):")
    cells = [f"{name} {k}/{h}/{s}" for name, (k, h, s) in counts.items()]
    for i in range(0, len(cells), 5):
        print("  " + ", ".join(cells[i : i + 5]))


def main() -> None:
    blocks = load_blocks(CORPUS)
    train = [b for b in blocks if b[0] <= 20]
    test = [b for b in blocks if b[0] > 20]
    model = fit(*train_xy(train))
    systems = {
        "always-kicker": predictor(None, False),
        "markers, else kicker": lambda lines: roles._assign(lines, lambda _a, _b: True),
        "rules": predictor(None, True),
        "model(train 1-20)": predictor(model, True),
    }
    print(f"{'system':<20} {'split':<10} {'all acc':>8} {'hard acc':>9}  (n all / n hard)")
    for name, run in systems.items():
        for split, bl in (("days1-20", train), ("days21-31", test)):
            a, h, n, nh = accuracy(bl, run)
            print(f"{name:<20} {split:<10} {a:8.3f} {h:9.3f}  ({n} / {nh})")

    # Leave-days-out 5-fold CV on the hard subset (days grouped by day % 5).
    rc = mc = tot = 0
    for k in range(5):
        tr = [b for b in blocks if b[0] % 5 != k]
        te = [(lines, gold) for d, lines, gold in blocks if d % 5 == k and is_hard(lines)]
        m = fit(*train_xy(tr))
        mc += sum(predictor(m, True)(lines) == gold for lines, gold in te)
        rc += sum(predictor(None, True)(lines) == gold for lines, gold in te)
        tot += len(te)
    print(f"5-fold by-day CV, hard subset (n={tot}): rules {rc / tot:.3f}  model {mc / tot:.3f}")

    print_cue_table(blocks)

    seed = json.loads(SEED.read_text(encoding="utf-8"))
    for art in seed["articles"]:
        gold = tuple(roles.normalize_line(art.get(k) or "") or None for k in ("kicker", "headline", "subheadline"))
        if gold[1]:
            lines = [x for x in gold if x]
            print(
                "seed",
                lines,
                "rules ok" if predictor(None, True)(lines) == gold else "rules WRONG",
                "model ok" if predictor(model, True)(lines) == gold else "model WRONG",
            )

    for width, sub_width in ((10, 10), (14, 14), (18, 18), (10, 16), (14, 20)):
        rows = wrapped(blocks, width, sub_width)
        ok = sum(roles.assign_roles(lines) == gold for lines, gold in rows)
        print(
            f"synthetic wrap, headline {width} / other {sub_width} chars a line: {ok}/{len(rows)} = "
            f"{ok / max(len(rows), 1):.3f} exact"
        )

    b, w = model
    ranked = sorted(zip(FEATURE_NAMES, w, strict=True), key=lambda t: -abs(t[1]))
    print("bias", round(b, 2), "top weights (+ = kicker,headline):")
    print("  " + ", ".join(f"{n} {v:+.2f}" for n, v in ranked[:16]))


if __name__ == "__main__":
    main()
