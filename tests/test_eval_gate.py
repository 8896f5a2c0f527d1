"""CI gate: banmian must not fall below pinned scores on a fixed set of synthesised pages.

Raise the minimums as the parser improves; a change that lowers a mean below them fails CI.
Full numbers and the layout breakdown: `python bench/evaluate.py --n 200 --seed 7`.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
synth = importlib.import_module("synth")
evaluate = importlib.import_module("evaluate")

# Measured 2026-11-28 (end of the sixth session) on these 40 pages: articles 0.943, paragraphs 0.952,
# headlines 0.943.
MIN_ARTICLES_F1 = 0.94
MIN_PARAGRAPHS_F1 = 0.95
MIN_HEADLINES_ACCURACY = 0.94
GATE_PAGES = 40
GATE_SEED = 20240

pytestmark = pytest.mark.skipif(
    not (synth.CORPUS.exists() and evaluate.SCORER.exists()),
    reason=f"{synth.SHARED} missing: ../shared must sit next to the repo",
)


@pytest.fixture(scope="module")
def scorer():
    return evaluate.load_scorer()


@pytest.fixture(scope="module")
def results(scorer) -> list:
    return evaluate.score_pages(synth.iter_pages(GATE_PAGES, GATE_SEED), evaluate.banmian_parser(), scorer)


def test_no_page_raises(results: list) -> None:
    errors = [f"{r.source}: {r.error.strip().splitlines()[-1]}" for r in results if r.error]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize(
    ("metric", "minimum"),
    [
        ("articles.f1", MIN_ARTICLES_F1),
        ("paragraphs.f1", MIN_PARAGRAPHS_F1),
        ("headlines.accuracy", MIN_HEADLINES_ACCURACY),
    ],
)
def test_mean_score_holds(results: list, metric: str, minimum: float) -> None:
    mean, _ = evaluate.means(results)[metric]
    assert mean >= minimum, f"mean {metric} {mean:.3f} < {minimum}"


def test_seed_page_structure_is_perfect(scorer) -> None:
    text = evaluate.SEED_PAGE.read_text(encoding="utf-8")
    gold = json.loads(evaluate.SEED_PAGE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    [result] = evaluate.score_pages([(text, gold)], evaluate.banmian_parser(structure_only=True), scorer)
    assert result.error is None, result.error
    assert {k: result.metrics[k] for k in evaluate.STRUCTURE} == dict.fromkeys(evaluate.STRUCTURE, 1.0)


def test_baseline_is_a_floor(scorer) -> None:
    """The harness itself: the trivial baseline scores something, but never perfectly."""
    base = evaluate.means(evaluate.score_pages(synth.iter_pages(10, GATE_SEED), evaluate.baseline, scorer))
    assert 0.0 < base["paragraphs.f1"][0] < 1.0
    assert base["headlines.accuracy"][0] == 0.0


def test_a_raising_parser_is_scored_empty(scorer) -> None:
    def broken(text: str, source: str | None) -> dict:
        raise RuntimeError("boom")

    [result] = evaluate.score_pages(synth.iter_pages(1, GATE_SEED), broken, scorer)
    assert "RuntimeError: boom" in result.error
    assert result.metrics["articles.f1"] == 0.0


def test_no_blank_lines_variant_keeps_every_text_line() -> None:
    """`--no-blank-lines`: the same lines and line endings, without the blank ones."""
    text = "标题\r\n\r\n第一行\r\n  \r\n第二行\n"
    assert evaluate.without_blank_lines(text) == "标题\r\n第一行\r\n第二行\n"


@pytest.mark.parametrize(("text", "widths"), [("6-9", (6, 9)), ("12-12", (12, 12))])
def test_width_range_option(text: str, widths: tuple[int, int]) -> None:
    assert evaluate._width_range(text) == widths


@pytest.mark.parametrize("text", ["9-6", "wide", "0-4", "6"])
def test_width_range_option_refuses_nonsense(text: str) -> None:
    with pytest.raises(evaluate.argparse.ArgumentTypeError):
        evaluate._width_range(text)
