"""Throughput of banmian on one core: pages/s and MB/s, structure stage and full parse.

A corpus of millions of pages is parsed by a pool of single-core workers, so the figure that
matters is one process on one core. Targets on seed-like pages: >= 300 pages/s for the
structure stage, >= 100 pages/s for the full parse. Prints figures; asserts nothing.

Each set is timed in several passes and the best pass is reported, with the median beside it:
on a shared machine a pass is only ever slowed down by other work, never sped up (the reasoning
of `timeit`), so the best pass is the closest to what the code costs.

    python bench/bench_parse.py [--repeat 300] [--n 200] [--passes 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from collections.abc import Callable

from synth import SHARED, iter_pages

import banmian
from banmian.pipeline import parse_structure

SEED_PAGE = SHARED / "corpus" / "dev" / "seed-000.txt"


def measure(fn: Callable[[str], object], texts: list[str], passes: int) -> tuple[float, float, float]:
    """(best pages/s, median pages/s, MB/s of UTF-8 input at the best pass) over `passes` timed
    passes through texts, after one warm-up call that is not timed."""
    fn(texts[0])
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - start)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = min(times)
    return len(texts) / best, len(texts) / statistics.median(times), megabytes / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=300, help="times the seed page is parsed")
    ap.add_argument("--n", type=int, default=200, help="synthesised pages")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--passes", type=int, default=5, help="timed passes per set; the best is reported")
    args = ap.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    seed_text = SEED_PAGE.read_text(encoding="utf-8")
    sets = {
        f"seed page x{args.repeat}": [seed_text] * args.repeat,
        f"{args.n} synthesised pages": [text for text, _ in iter_pages(args.n, args.seed)],
    }
    stages: dict[str, Callable[[str], object]] = {"structure": parse_structure, "full parse": banmian.parse}
    print(f"{'pages':28s}{'stage':12s}{'pages/s':>10s}{'median':>8s}{'MB/s':>8s}   (targets: structure 300, full 100)")
    for name, texts in sets.items():
        kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1024
        for stage, fn in stages.items():
            best, median, mb_s = measure(fn, texts, args.passes)
            print(f"{name:28s}{stage:12s}{best:10.1f}{median:8.1f}{mb_s:8.2f}   (mean page {kb:.1f} KB)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
