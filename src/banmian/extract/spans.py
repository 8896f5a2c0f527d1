"""Character classes and span helpers shared by the extractors.

Chinese text has no spaces, so every extractor must decide where a name starts; they all cut
the same way (on punctuation, then on `left_stops.txt`), which lives here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.lexicon import Lexicon, alternation

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")


@dataclass(frozen=True, slots=True)
class LeftStops:
    """Words after which a name starts (来到 …) or that a name cannot start with (在 …)."""

    anywhere: re.Pattern[str]
    at_start: re.Pattern[str]
    ending: re.Pattern[str]

    @classmethod
    def build(cls, lex: Lexicon) -> LeftStops:
        tags = lex.tags("left_stops")
        anywhere = [w for w, t in tags.items() if t == "any"]
        at_start = [w for w, t in tags.items() if t == "start"]
        ending = re.compile(f"(?:{alternation(tags)})$")
        return cls(re.compile(alternation(anywhere)), re.compile(alternation(at_start)), ending)

    def cut(self, span: str) -> int:
        """How many leading characters of `span` are not part of the name that ends it."""
        cut = 0
        for m in self.anywhere.finditer(span):
            cut = m.end()
        while True:
            m = self.at_start.match(span, cut)
            if not m or m.end() >= len(span) - 1:
                return cut
            cut = m.end()

    def ends_at(self, text: str, pos: int) -> bool:
        """Whether a stop word ends right before `pos` (到|金峰开发区)."""
        return bool(self.ending.search(text, max(0, pos - 4), pos))


def left_stops(lex: Lexicon) -> LeftStops:
    return lex.compiled("left_stops", LeftStops.build)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, so that triggers find their subject in the same sentence."""
    return [m.span() for m in SENTENCE.finditer(text)]
