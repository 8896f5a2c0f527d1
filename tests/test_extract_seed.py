"""The seed page's hand-made answer, fed through the extraction stage alone.

Articles are built from the gold file's structure (paragraphs, captions, bylines) so that this
gate measures extraction only, whatever the reconstruction stage does.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from banmian.extract import annotate
from banmian.model import Article, Byline, Page

SHARED = Path(__file__).parents[2] / "shared"
GOLD = SHARED / "corpus" / "dev" / "seed-000.gold.json"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="shared/ evaluation data not present")


def _score_module():
    spec = importlib.util.spec_from_file_location("banmian_eval_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_from_gold(gold: dict) -> Page:
    articles = []
    for a in gold["articles"]:
        by = a.get("byline") or {}
        articles.append(
            Article(
                paragraphs=list(a["paragraphs"]),
                kicker=a.get("kicker"),
                headline=a.get("headline"),
                subheadline=a.get("subheadline"),
                captions=list(a.get("captions") or []),
                byline=Byline(
                    reporters=list(by.get("reporters") or []), photographers=list(by.get("photographers") or [])
                ),
            )
        )
    return Page(source=gold.get("source"), articles=articles)


@pytest.fixture(scope="module")
def annotated() -> tuple[dict, dict]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return annotate(page_from_gold(gold)).to_dict(), gold


@pytest.mark.parametrize(
    "metric", ["people.names.f1", "people.titles.f1", "companies.f1", "events.f1", "dates.accuracy"]
)
def test_seed_metric_is_perfect(annotated: tuple[dict, dict], metric: str) -> None:
    pred, gold = annotated
    assert _score_module().score(pred, gold)[metric] == 1.0


def test_seed_year_comes_from_page_text(annotated: tuple[dict, dict]) -> None:
    pred, gold = annotated
    assert pred["year"] == gold["year"] == 2023


def test_seed_inspection_details(annotated: tuple[dict, dict]) -> None:
    pred, _ = annotated
    (inspection,) = pred["articles"][1]["events"]
    assert inspection["place"] == "金峰开发区"
    assert inspection["accompanied_by"] == ["周志平", "陈梅"]


def test_seed_campaigns(annotated: tuple[dict, dict]) -> None:
    pred, _ = annotated
    campaigns = pred["articles"][0]["campaigns"]
    assert "产业发展项目建设提升年" in campaigns
    assert "七比一看" in campaigns
    assert "开门红" not in campaigns
