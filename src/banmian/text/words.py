"""Word boundaries in a short Chinese text, from a word list with frequencies.

A display line set over two lines is broken where its box ends, often inside a word
(`推进改革创` / `新`); no editor breaks a headline there. Telling that needs only where the words
of the joined line begin and end, so this is the smallest segmenter that says it: the most
probable split into listed words under a unigram model (each word's share of all counts), with
any character the list lacks a word of its own. No guess at unlisted words, no part of speech.
The list (`data/words.txt`, `word count` a line) is derived from jieba's dictionary (MIT licence,
`data/words-LICENSE.txt`; rebuilt by `bench/make_words.py`), cut to words of one to four Han
characters seen often enough to matter; it loads once, on first use.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from importlib.resources import files

__all__ = ["is_word", "words"]

_MAX = 4  # longest word in the list, in characters


@cache
def _lexicon() -> tuple[dict[str, float], float]:
    """Each listed word's log probability, and the log probability given a character the list lacks."""
    fields = files("banmian.text").joinpath("data/words.txt").read_text(encoding="utf-8").split()
    counts = list(map(int, fields[1::2]))
    log_total = math.log(sum(counts))
    log = math.log
    return dict(zip(fields[0::2], [log(c) - log_total for c in counts], strict=True)), -log_total


def is_word(text: str) -> bool:
    """Whether `text` is a listed word of two or more characters."""
    return len(text) > 1 and text in _lexicon()[0]


@lru_cache(maxsize=1024)
def words(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end of each word in the most probable split of `text` into listed words."""
    logp, unknown = _lexicon()
    n = len(text)
    best = [0.0] + [-math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX), end):
            piece = text[start:end]
            p = logp.get(piece, unknown if end - start == 1 else None)
            if p is not None and best[start] + p > best[end]:
                best[end], back[end] = best[start] + p, start
    out = []
    end = n
    while end:
        out.append((back[end], end))
        end = back[end]
    return tuple(reversed(out))
