"""Lexicon files: format, errors with file and line, user files merged in."""

from __future__ import annotations

from pathlib import Path

import pytest

from banmian.extract import extract_text, load_lexicon
from banmian.extract.lexicon import LexiconError, alternation, read_entries


def test_package_lists_load() -> None:
    lex = load_lexicon()
    assert "书记" in lex.words("titles")
    assert "欧阳" in lex.words("surnames")
    assert lex.tags("gov_bodies")["党工委"] == "party"


def test_bad_line_reports_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gov_bodies.txt"
    path.write_text("# bodies\n党委 party\n政府 state\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"gov_bodies.txt:3"):
        read_entries(path)


def test_unknown_list_name(tmp_path: Path) -> None:
    path = tmp_path / "colours.txt"
    path.write_text("红\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="BM302"):
        load_lexicon([path])


def test_user_title_file_is_merged(tmp_path: Path) -> None:
    text = "总舵主任我行出席。"
    assert extract_text(text).people == []
    user = tmp_path / "titles.txt"
    user.write_text("# a title the package does not know\n总舵主\n", encoding="utf-8")
    found = extract_text(text, lexicon=load_lexicon([user])).people
    assert [(p.name, p.titles) for p in found] == [("任我行", ["总舵主"])]


def test_alternation_prefers_longest() -> None:
    import re

    pattern = re.compile(alternation(["区", "区长", "副区长"]))
    assert [m.group() for m in pattern.finditer("副区长区长区")] == ["副区长", "区长", "区"]
