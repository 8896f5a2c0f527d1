"""Campaigns: quoted names of drives and competitions (“产业发展项目建设提升年”, “七比一看”竞赛).

Not every quoted phrase is one: slogans (“开门红”), quoted demands (“疫情要防住…”) and speech
fragments are left out. A quote counts when it ends with a campaign word (…提升年) or is
followed by one (…”活动, …”竞赛); campaign_words.txt holds both lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.lexicon import Lexicon, alternation

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{2,30})[”\"]")


@dataclass(frozen=True, slots=True)
class CampaignRules:
    ends: re.Pattern[str]
    follows: re.Pattern[str]

    @classmethod
    def build(cls, lex: Lexicon) -> CampaignRules:
        entries = lex.entries("campaign_words")
        ends = [w for w, tag in entries if tag == "end"]
        follows = [w for w, tag in entries if tag == "follow"]
        return cls(re.compile(f"(?:{alternation(ends)})$"), re.compile(alternation(follows)))


def find_campaigns(paragraphs: list[str], lex: Lexicon) -> list[str]:
    """Campaign names in order of first mention, each once."""
    r = lex.compiled("campaigns", CampaignRules.build)
    found: dict[str, None] = {}
    for text in paragraphs:
        for m in _QUOTED.finditer(text):
            name = m.group(1).strip()
            if r.ends.search(name) or r.follows.match(text, m.end()):
                found.setdefault(name, None)
    return list(found)
