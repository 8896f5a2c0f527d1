"""The word list and splitter display-line breaks are judged by (`banmian.text.words`)."""

from __future__ import annotations

import itertools

from banmian.text.words import is_word, words


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in words(text)]


def test_the_most_probable_split_into_listed_words() -> None:
    assert split("推进改革创新发展") == ["推进", "改革", "创新", "发展"]


def test_a_character_the_list_lacks_is_a_word_of_its_own() -> None:
    assert split("我们来到㐀") == ["我们", "来到", "㐀"]


def test_spans_cover_the_text_end_to_end() -> None:
    spans = words("青溪县全力打造示范带")
    assert spans[0][0] == 0 and spans[-1][1] == len("青溪县全力打造示范带")
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_single_characters_are_not_words_for_is_word() -> None:
    assert is_word("示范") and not is_word("示") and not is_word("范带建")
