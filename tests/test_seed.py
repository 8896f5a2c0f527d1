"""The real district-paper page in ../shared: structure metrics must all be perfect."""

import banmian
from tests.conftest import EXAMPLE

STRUCTURE = ["articles.f1", "paragraphs.f1", "headlines.accuracy", "highlights.f1", "captions.f1",
             "bylines.accuracy"]


def test_seed_structure_is_perfect(seed, scorer):
    text, gold = seed
    metrics = scorer.score(banmian.parse(text).to_dict(), gold)
    assert {k: metrics[k] for k in STRUCTURE} == dict.fromkeys(STRUCTURE, 1.0)


def test_example_page_in_repo_parses_into_two_articles():
    page = banmian.parse_file(EXAMPLE)
    assert [a.headline for a in page.articles] == ["凝心聚力抓项目 实干担当开新局", "稳订单 保用工 促投产"]
    assert page.publication_date == "2023-03-04"
    assert len(page.articles[0].captions) == 1 and len(page.articles[1].captions) == 1
