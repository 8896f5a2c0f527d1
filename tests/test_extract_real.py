"""Regression floors on hand-annotated real local news (bench/eval_extract.py).

The held-out, test2, test7, test8 and test9 splits were chosen and annotated before any output
was seen; test3's errors led the fourth round, test4's the fifth, test5's (read after the fifth)
part of the sixth, test5's and test6's the seventh, test7's and the held-out companies the
eighth, test8's and the held-out companies the ninth, test10's (annotated by a helper that never
saw banmian's output, first scored untouched) the tenth, which also fixed one of test9's listed
weaknesses (车队党总支书记). test2 was never tuned on.
Floors sit a little below the scores measured on 2026-11-28, tenth round (docs/extraction.md).
test7 names no company, so its companies score is not pinned. Skipped when ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "eval_extract.py"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "rmrb" / "rmrb-2019-10.pages.jsonl.gz"

pytestmark = pytest.mark.skipif(
    not CORPUS.exists() or not (SHARED / "eval" / "score.py").exists(), reason="../shared corpus not present"
)

FLOORS = {
    "heldout": {"people.names": 0.85, "people.titles": 0.78, "companies": 0.94, "events": 0.62},
    "test2": {"people.names": 0.93, "people.titles": 0.95, "companies": 0.81, "events": 0.80},
    "test3": {"people.names": 0.88, "people.titles": 0.79, "companies": 0.89, "events": 0.80},
    "test4": {"people.names": 0.92, "people.titles": 0.87, "companies": 0.64, "events": 0.92},
    "test5": {"people.names": 0.87, "people.titles": 0.80, "companies": 0.86, "events": 0.66},
    "test6": {"people.names": 0.90, "people.titles": 0.95, "companies": 0.77, "events": 0.93},
    "test7": {"people.names": 0.89, "people.titles": 0.92, "events": 0.86},
    # test8 names no company: companies is 1.0 only when nothing is predicted
    "test8": {"people.names": 0.97, "people.titles": 0.97, "companies": 1.0, "events": 0.97},
    # test9: first scored after the ninth round (titles of unknown units and foreign cities are weak)
    "test9": {"people.names": 0.91, "people.titles": 0.61, "companies": 0.92, "events": 0.97},
    # test10: first scored 0.855 / 0.692 / 0.364 / 0.714; its errors then led the tenth round
    "test10": {"people.names": 0.83, "people.titles": 0.85, "companies": 0.64, "events": 0.83},
    "dev": {"people.names": 0.90, "people.titles": 0.91, "companies": 0.94, "events": 0.83},
}


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("banmian_eval_extract", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, tuple[float, float, float]]]:
    bench = _bench()
    score = bench.load_scorer()
    return {name: res.metrics(score) for name, res in bench.evaluate().items()}


@pytest.mark.parametrize(
    ("split", "metric"), [(split, metric) for split, floors in FLOORS.items() for metric in sorted(floors)]
)
def test_floor(table: dict, split: str, metric: str) -> None:
    assert table[split][metric][2] >= FLOORS[split][metric]


def test_bench_counts_agree_with_the_official_scorer() -> None:
    """The per-article sets of the bench give the same F1 as score.py on one combined page."""
    bench = _bench()
    score = bench.load_scorer()
    rows = bench.load_gold()
    raw = bench.load_articles(rows)
    from banmian.extract import annotate
    from banmian.model import Page

    pred_articles, gold_articles = [], []
    for row in rows:
        article = bench.build_article(raw[(row["date"], row["page"], row["no"])])
        page = Page(publication_date=row["date"], articles=[article])
        annotate(page)
        pred_articles.append(page.to_dict()["articles"][0])
        gold_articles.append({**row, "paragraphs": list(article.paragraphs)})
    official = score.score({"articles": pred_articles}, {"articles": gold_articles})
    ours = {name: res.metrics(score) for name, res in bench.evaluate().items()}["all"]
    for metric in ("people.names", "people.titles", "companies", "events"):
        assert official[metric + ".f1"] == pytest.approx(ours[metric][2])
