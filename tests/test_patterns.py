"""Every line pattern in layout/data/patterns.tsv matches the example written beside it."""

import itertools

import pytest

from banmian.layout.patterns import load_patterns, matches, precheck

PATTERNS = load_patterns()


@pytest.mark.parametrize("pattern", PATTERNS, ids=[f"{p.kind}:{p.example[:12]}" for p in PATTERNS])
def test_pattern_matches_its_example(pattern):
    assert pattern.regex.search(pattern.example)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("byline", "区委书记石振棋到金峰开发区调研"),
        ("byline", "本报将持续关注此事。"),
        ("subhead", "区委书记石振棋到金峰开发区调研"),
        ("subhead", "第一部综合性百科全书（新中国的“第一”·文化篇）"),
        ("subhead", "10.5亿元资金全部到位"),
        ("subhead", "【记者感言】整治形式主义，必须真正落实中央规定"),
        ("subtitle", "——世界人口最多的发展中大国即将告别农村绝对贫困"),
        ("end_dateline", "（2019年9月30日）"),
        ("pubdate", "2019年10月1日，天安门广场举行盛大阅兵。"),
        ("signer", "他说，这封信是镇人民政府"),
        ("editor", "编辑部的同志们认真校对每一篇稿件。"),
    ],
)
def test_pattern_does_not_fire_on_body_text(kind, text):
    assert not matches(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("credit", "（相关报道见第二、三版）"),
        ("end_dateline", "（摘自作者在青溪论坛上的致辞）"),
        ("credit", "版式设计：陈一鸣"),
        ("credit", "本版制图：陈一鸣"),
        ("credit", "本期统筹：陈一鸣"),
        ("credit", "（讲话全文见第三版）"),
        ("credit", "（林一帆《青溪笔记》主要篇目介绍见第二版）"),
        ("end_dateline", "（周安整理）"),
        ("subhead", "【点评】"),
        ("subtitle", "——写在第六个国家扶贫日之际"),
        ("subtitle", "——第六届世界互联网大会媒体融合论坛侧记"),
    ],
)
def test_pattern_covers_other_forms(kind, text):
    """Forms a row is written for beyond the one example beside it."""
    assert matches(kind, text)


KINDS = sorted({p.kind for p in PATTERNS})


@pytest.mark.parametrize("pattern", PATTERNS, ids=[f"{p.kind}:{p.example[:12]}" for p in PATTERNS])
def test_the_precheck_lets_every_example_through(pattern):
    """`precheck` is read off the patterns: a text one of them matches must never fail it."""
    assert precheck((pattern.kind,))(pattern.example)
    assert precheck(tuple(KINDS))(pattern.example)


def test_the_precheck_turns_away_plain_body_lines_and_lets_matches_through(seed: tuple[str, dict]) -> None:
    lines = [line.strip() for line in seed[0].splitlines() if line.strip()]
    kinds = ("end_dateline", "credit", "byline")
    check = precheck(kinds)
    for a, b in itertools.pairwise(lines):
        for text in (a, a + b):
            assert check(text) or not any(matches(kind, text) for kind in kinds), text
    assert sum(not check(line) for line in lines) > len(lines) / 2  # most lines skip the searches
