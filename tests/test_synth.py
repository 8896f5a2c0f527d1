"""The page synthesiser: deterministic, every layout reachable, gold true to the text."""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
synth = importlib.import_module("synth")

pytestmark = pytest.mark.skipif(
    not synth.CORPUS.exists(), reason=f"{synth.CORPUS} missing: ../shared must sit next to the repo"
)

UNVERTICAL = str.maketrans({"﹃": "“", "﹄": "”"})


def squash(s: str) -> str:
    """Text as the scorer compares it (NFKC, no white space), vertical quotes undone."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s.translate(UNVERTICAL)))


@pytest.fixture(scope="module")
def pages() -> list[dict]:
    return synth.load_pages()


@pytest.fixture(scope="module")
def sample(pages: list[dict]) -> list[tuple[str, dict]]:
    return list(synth.iter_pages(150, 11, pages))


def plain_layout(**changes: object) -> synth.ArticleLayout:
    base = dict(
        head="before",
        head_blank=False,
        para_sep="blank",
        subhead_blank=False,
        indent=False,
        width=16,
        wide_width=None,
        break_rate=0.0,
        halfwidth=False,
        vertical=False,
        justify=False,
        digit_spaces=False,
    )
    return synth.ArticleLayout(**{**base, **changes})


def long_articles(pages: list[dict], n: int = 20) -> list[dict]:
    arts = [a for p in pages for a in synth.usable_articles(p) if sum(map(len, a["paragraphs"])) > 800]
    return arts[:n]


def test_deterministic(pages: list[dict]) -> None:
    first = list(synth.iter_pages(8, 5, pages))
    assert first == list(synth.iter_pages(8, 5, pages))
    assert first != list(synth.iter_pages(8, 6, pages))
    assert synth.synthesise(pages[3], 42) == synth.synthesise(pages[3], 42)


def test_reserved_corpus_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="reserved"):
        synth.load_pages(tmp_path / "rmrb-2020-01.pages.jsonl.gz")


def test_repeated_articles_are_dropped() -> None:
    a = {"kicker": None, "headline": "标题", "subheadline": None, "paragraphs": ["正文。"]}
    empty = {"kicker": None, "headline": "广告", "subheadline": None, "paragraphs": []}
    assert synth.usable_articles({"articles": [a, dict(a), empty]}) == [a]


def test_gold_is_the_real_text(pages: list[dict]) -> None:
    for i, page in enumerate(pages[:120]):
        _, gold = synth.synthesise(page, i)
        real = synth.usable_articles(page)
        assert len(gold["articles"]) == len(real)
        for g, a, lay in zip(gold["articles"], real, gold["synth"]["articles"], strict=True):
            assert g["paragraphs"] == a["paragraphs"]
            assert g["highlights"] == []
            for k in ("kicker", "headline", "subheadline"):
                assert g[k] == (None if lay["head"] == "none" else a[k])


def test_text_holds_the_gold_in_order(sample: list[tuple[str, dict]]) -> None:
    for text, gold in sample:
        flat, pos = squash(text), 0
        for art in gold["articles"]:
            for para in art["paragraphs"]:
                found = flat.find(squash(para), pos)
                assert found >= 0, (gold["source"], para[:20])
                pos = found + len(squash(para))
            for k in ("kicker", "headline", "subheadline"):
                assert art[k] is None or squash(art[k]) in flat
            for cap in art["captions"]:
                assert squash(cap) in flat


def test_every_layout_occurs(sample: list[tuple[str, dict]]) -> None:
    seen: dict[str, set] = {}
    for text, gold in sample:
        s = gold["synth"]
        for key in ("mode", "masthead", "crlf", "article_gap"):
            seen.setdefault(key, set()).add(s[key])
        seen.setdefault("caption top", set()).add(s["captions"]["top"] > 0)
        seen.setdefault("caption bottom", set()).add(s["captions"]["bottom"] > 0)
        seen.setdefault("CRLF in text", set()).add("\r\n" in text)
        for lay in s["articles"]:
            for key, value in lay.items():
                if key not in ("width", "break_rate", "by_chars"):
                    seen.setdefault(key, set()).add(value if key != "wide_width" else value is not None)
            seen.setdefault("column breaks", set()).add(lay["break_rate"] > 0)
    assert seen.pop("mode") == {"before", "after", "mixed"}
    assert seen.pop("head") == {"before", "after", "none"}
    assert seen.pop("para_sep") == {"blank", "none"}
    assert all(values == {True, False} for values in seen.values()), seen


def test_headline_lines_are_not_wrapped(sample: list[tuple[str, dict]]) -> None:
    for text, gold in sample[:40]:
        lines = {ln.strip() for ln in text.splitlines()}
        for art in gold["articles"]:
            if art["headline"]:
                assert re.sub(r"\s+", " ", art["headline"].replace("\xa0", " ")) in {
                    re.sub(r"\s+", " ", ln) for ln in lines
                }


def test_masthead_gives_the_publication_date(sample: list[tuple[str, dict]]) -> None:
    for text, gold in sample:
        s = gold["synth"]
        y, m, d = (int(x) for x in s["date"].split("-"))
        if s["masthead"]:
            assert gold["publication_date"] == s["date"]
            assert re.search(rf"{y}年0?{m}月0?{d}日", text.splitlines()[0] + text.splitlines()[1])
        else:
            assert gold["publication_date"] is None


@pytest.mark.parametrize("width", [10, 13, 16, 19, 22, 25])
def test_wrap_fills_the_column(pages: list[dict], width: int) -> None:
    for art in long_articles(pages, 5):
        for para in art["paragraphs"]:
            lines = synth.wrap(para.replace("\xa0", " "), width)
            for line in lines:
                assert synth.cells(line) <= width + 2, line
                assert line[0] not in synth.NO_LINE_START or len(line) == 1, line
            for line in lines[:-1]:
                assert synth.cells(line) >= width - 3, (line, width)


def test_body_is_wrapped_at_the_chosen_width(pages: list[dict]) -> None:
    for i, art in enumerate(long_articles(pages)):
        lay = plain_layout(width=10 + i % 16)
        lines = synth.body_lines(art["paragraphs"], lay, synth.random.Random(i))
        full = [ln for ln in lines if ln and synth.cells(ln) >= lay.width - 1]
        assert all(synth.cells(ln) <= lay.width + 2 for ln in lines)
        assert len(full) >= 0.6 * len([ln for ln in lines if ln])


def test_width_changes_mid_article(pages: list[dict]) -> None:
    art = long_articles(pages, 1)[0]
    lay = plain_layout(width=12, wide_width=20)
    lines = [ln for ln in synth.body_lines(art["paragraphs"], lay, synth.random.Random(0)) if ln]
    widths = [synth.cells(ln) for ln in lines]
    assert max(widths[:3]) <= 14 and max(widths) > 17


def test_blank_after_a_sentence_end_is_a_paragraph_end(pages: list[dict]) -> None:
    """Column breaks must stay decidable: never after a line that ends a sentence."""
    for i, art in enumerate(long_articles(pages)):
        lay = plain_layout(width=10 + i % 16, break_rate=0.3, para_sep="blank")
        lines = synth.body_lines(art["paragraphs"], lay, synth.random.Random(i))
        ends, pos = set(), 0
        for para in art["paragraphs"]:
            pos += len(squash(para))
            ends.add(pos)
        pos = 0
        for j, line in enumerate(lines):
            pos += len(squash(line))
            if line and j + 1 < len(lines) and not lines[j + 1] and synth.ends_sentence(line):
                assert pos in ends, line
            if line and j + 1 < len(lines) and not lines[j + 1] and pos not in ends:
                assert not synth.ends_sentence(line)


def test_unmarked_paragraph_end_leaves_a_short_line(pages: list[dict]) -> None:
    for i, art in enumerate(long_articles(pages)):
        lay = plain_layout(width=10 + i % 16, para_sep="none")
        lines = synth.body_lines(art["paragraphs"], lay, synth.random.Random(i))
        ends, pos = set(), 0
        for para in art["paragraphs"][:-1]:
            pos += len(squash(para))
            ends.add(pos)
        pos = 0
        for j, line in enumerate(lines[:-1]):
            pos += len(squash(line))
            if pos in ends and line and lines[j + 1]:
                assert synth.cells(line) < lay.width - 1, line


def test_dateline_byline() -> None:
    lead = {"paragraphs": ["新华社杭州10月17日电\xa0\xa0（记者魏董华、段菁菁）第四届论坛开幕。"]}
    assert synth.byline(lead) == {"reporters": ["魏董华", "段菁菁"], "photographers": []}
    assert synth.byline({"paragraphs": ["本报北京9月30日电\xa0\xa0（何旭）人民日报推出文章。"]}) is None
    assert synth.byline({"paragraphs": ["10月26日晚，音乐会举行。"]}) is None


def test_subhead_like() -> None:
    assert synth.is_subhead_like("核心阅读")
    assert synth.is_subhead_like("（新华社北京10月1日电）")
    assert not synth.is_subhead_like("王有德说。")
    assert not synth.is_subhead_like("同志们，朋友们：")


def test_cli_writes_pages(tmp_path: Path) -> None:
    assert synth.main(["--n", "3", "--seed", "1", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"{i:03d}.{ext}" for i in range(3) for ext in ("gold.json", "txt")
    ]
    text, gold = next(synth.iter_pages(1, 1))
    assert (tmp_path / "000.txt").read_bytes() == text.encode("utf-8")
    assert json.loads((tmp_path / "000.gold.json").read_text(encoding="utf-8")) == gold


def test_column_widths_can_be_drawn_from_another_range(pages: list[dict]) -> None:
    """`evaluate.py --widths 6-9`: every article is laid out in a column of the range asked for."""
    for _text, gold in synth.iter_pages(5, 3, pages, widths=(6, 9)):
        assert all(6 <= a["width"] <= 9 for a in gold["synth"]["articles"])


def test_lines_can_be_cut_by_character_count(pages: list[dict]) -> None:
    """`evaluate.py --cut-by-chars`: body lines hold exactly the column's number of characters, digits
    and marks counted like CJK ones and nothing hung past the edge; the text stays the same."""
    art = long_articles(pages, 1)[0]
    lay = plain_layout(width=15, by_chars=True)
    lines = [ln for ln in synth.body_lines(art["paragraphs"], lay, synth.random.Random(0)) if ln]
    assert all(len(ln) <= 15 for ln in lines) and sum(len(ln) == 15 for ln in lines) >= 0.8 * len(lines)
    assert squash("".join(lines)) == squash("".join(art["paragraphs"]))
    for _text, gold in synth.iter_pages(3, 3, pages, force={"by_chars": True}):
        assert all(a["by_chars"] for a in gold["synth"]["articles"])


def test_one_grid_and_forced_layouts(pages: list[dict]) -> None:
    """`evaluate.py --one-width --layout head_blank=false`: one column width a page, no widening, and
    the forced attribute on every article."""
    for _text, gold in synth.iter_pages(6, 3, pages, force={"head_blank": False}, one_width=True):
        arts = gold["synth"]["articles"]
        assert len({a["width"] for a in arts}) == 1 and not any(a["wide_width"] for a in arts)
        assert not any(a["head_blank"] for a in arts)


def test_layout_settings_are_typed_like_their_fields() -> None:
    evaluate = importlib.import_module("evaluate")
    assert evaluate._layout_setting("head_blank=false") == ("head_blank", False)
    assert evaluate._layout_setting("para_sep=none") == ("para_sep", "none")
    assert evaluate._layout_setting("width=12") == ("width", 12)
    with pytest.raises(evaluate.argparse.ArgumentTypeError):
        evaluate._layout_setting("colour=red")


def test_wrapped_headlines_break_long_title_lines_only() -> None:
    """`evaluate.py --wrap-headlines`: a headline line over the limit is set over two lines; body
    text and short title lines stay as they are, and the gold keeps the whole headline."""
    evaluate = importlib.import_module("evaluate")
    long_title = "青溪县召开全县农村人居环境整治提升工作推进会议部署今冬明春任务"
    gold = {"articles": [{"kicker": "抓重点 补短板", "headline": long_title, "subheadline": None}]}
    text = f"抓重点 补短板\n{long_title}\n\n本报讯 3月3日，青溪县召开全县农村人居环境整治提升工作推进会议。\n"
    lines = evaluate.with_wrapped_headlines(text, gold).splitlines()
    half = len(long_title) // 2
    assert lines[:3] == ["抓重点 补短板", long_title[:half], long_title[half:]]
    assert lines[4] == "本报讯 3月3日，青溪县召开全县农村人居环境整治提升工作推进会议。"


def test_centred_headlines_are_padded_over_their_column() -> None:
    """`evaluate.py --centre-headlines`: title lines get leading spaces (two a cell) to sit centred
    over their article's column; body lines stay as they are."""
    evaluate = importlib.import_module("evaluate")
    gold = {"articles": [{"kicker": None, "headline": "青溪湿地迎来候鸟", "subheadline": None}],
            "synth": {"articles": [{"width": 14}]}}
    text = "青溪湿地迎来候鸟\n\n本报讯 入冬以来，青溪湿地迎来越冬候鸟。\n"
    assert evaluate.with_centred_headlines(text, gold).splitlines() == [
        "      青溪湿地迎来候鸟", "", "本报讯 入冬以来，青溪湿地迎来越冬候鸟。"]


def test_pages_joined_into_one_text_parse() -> None:
    """Four synthesised pages run together (a dump that lost its page breaks) put two leftover
    labels beside one news-briefs column: the second must not look for a label block the first
    already took out of the sequence."""
    from banmian.pipeline import parse_structure

    texts = [text for text, _ in synth.iter_pages(80, 3)][76:80]
    assert parse_structure("\n\n".join(texts)).articles


def test_a_width_change_only_ever_widens() -> None:
    """Articles drawn 28 to 45 cells wide: the column their text goes on in after a break is wider
    than theirs or there is none (the 30-cell cap once made it narrower, two articles' evidence)."""
    rng = random.Random(3)
    lays = [synth.article_layout("before", rng, (28, 45)) for _ in range(400)]
    assert any(lay.wide_width for lay in lays)
    assert all(lay.wide_width is None or lay.wide_width > lay.width for lay in lays)
