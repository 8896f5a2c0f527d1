"""The real district-paper page in ../shared: structure metrics must all be perfect."""

import re

import pytest

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


def _justified(text: str) -> str:
    """Every seventh line letter-spaced, as justified PDF text comes out."""
    return "\n".join(" ".join(line) if i % 7 == 3 else line for i, line in enumerate(text.split("\n")))


def _titles_first(text: str) -> str:
    """The same page laid out with each headline block above its body instead of below."""
    lines = text.split("\n")

    def at(prefix: str) -> int:
        return next(i for i, line in enumerate(lines) if line.lstrip().startswith(prefix))

    block1 = slice(at("抢抓发展新机遇"), at("●要只争朝夕") + 1)
    block3 = slice(at("奋力抓开局"), at("奋力抓开局") + 2)
    body1, body2 = slice(2, block1.start), slice(at("本报讯（刘钦赐）"), at("本报讯（刘钦赐 文 郑文典 图）"))
    body3 = slice(body2.stop, block3.start)
    return "\n".join(lines[:2] + lines[block1] + [""] + lines[body1] + [""] + lines[body2] + lines[block3]
                     + [""] + lines[body3] + lines[block3.stop:])


VARIANTS = {
    "titles above bodies": _titles_first,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "no blank lines": lambda t: re.sub(r"\n\s*\n", "\n", t),
    "half-width commas": lambda t: t.replace("，", ","),
    "justified lines": _justified,
    "masthead and editors": lambda t: "芗城报\n2023年1月31日 星期二\n第1版 要闻\n\n" + t + "\n责编：林思远",
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_seed_survives_the_usual_breakage(seed, scorer, variant):
    text, gold = seed
    metrics = scorer.score(banmian.parse(VARIANTS[variant](text)).to_dict(), gold)
    assert all(v == 1.0 for k, v in metrics.items() if isinstance(v, float)), metrics
