"""Organisations: companies by legal form, named projects, government and party bodies.

A company name is the run of name characters before a legal-form ending (org_suffixes.txt),
cut on its left by punctuation and stop words (在漳州海莱照明有限公司 → 漳州海莱照明有限公司;
先后来到正兴车轮集团有限公司 → 正兴车轮集团有限公司). A body is a level or place followed by
bodies from gov_bodies.txt (区人大常委会, 金峰开发区管委会).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.lexicon import Lexicon, alternation
from banmian.extract.places import gazetteer
from banmian.extract.spans import CJK, left_stops
from banmian.extract.titles import BRANCHES, clause_floor, grammar
from banmian.model import Mention, Organization

_NAME_CHAR = re.compile(f"[{CJK}A-Za-z0-9()（）·&]")
_LONGEST = 30
# 厂房 / 厂区: the ending is part of a longer word
_NOT_AFTER = "房区内家"
# 厂长 / 社长 / 场长 / 行长 are posts; 集团长丝, 公司长期 still end a name
_POST_END = "厂社场行"
# Words that point at a company instead of naming it (该公司, 多家企业, 贵公司 — but 贵州…公司 is named;
# 本公司, 本市… — but 本格拉铁路公司 is named)
_GENERIC = re.compile(
    r"^(?:该|本(?=公司|司|单位|集团|行|企业|厂|社|[市省县区镇乡村地土届次年])|各|这|那|此|每|其|贵(?=公司|司|单位|集团|行)|我|全|多|两|几|一|某|第|相关|上述|所属|下属|龙头|企业|子|分|母)"
)
# A role noun glued before a short-form name: 龙头企业|新凤鸣集团, 承建方|中国铁建…集团
_ROLE_LEAD = re.compile("(?:龙头企业|企业|机构|承建方|建设方|合作方|运营方|投资方)")
# A partner before a legal name: 秦汉新城与|中国惠普有限公司 (the part before 与 names someone else)
_PARTNER = re.compile(f"(?<=[{CJK}]{{2}})(?:与|(?<!共)和)")  # not 中华人民共|和|国
# Words that make a short-form run a description, not a name: 运城市相关果业公司
_VAGUE = ("相关", "有关", "部分", "一些", "多家", "各类", "委托", "指定", "签约", "某")  # 村民委托银行 is a phrase
# a count of companies is no name: 五家大型银行, 3家公司
_COUNTED = re.compile(r"[\d一二三四五六七八九十两几数多百千万首]+家|[二三四五六七八九十]大")  # 首家, 四大
# 来自|重庆…, 入驻|杭州…: a verb before the place is no brand
_VERB_END = "自入进往至驻访察看落"
_BRACKETS = str.maketrans("（）", "()")
_SHORTEST = 2  # name characters before the ending: 华为公司, not 新公司
_SHORT_LONGEST = 6  # before a short ending (公司, 集团): longer runs are clauses, not names
# a company's branch named by its place right after it: 恒信集团|昌乐分公司, 工商银行|昌乐支行
_BRANCH = frozenset({"分公司", "子公司", "公司", "分行", "支行"})
# a branch's name ends in one of these: 中国工商银行武汉分行
_BRANCH_ENDS = ("分公司", "子公司", "分行", "支行")
# a park's management company (潍坊中基华夏医药服务产业园管理公司) may run to this length
_SHORT_PARK = 16
_SHORT_CLEAN = 10  # … unless the run starts at a clause edge (，人民日报媒体技术公司与…)
# a conjunction before a brand opens it like a clause edge: 博物馆和|中国移动|湖北公司
_CONJUNCTIONS = "和与及、"
# a numbered engineering bureau is a firm, not a level: 中建五局|广西公司, 中铁十一局
_BUREAU = re.compile("[一二三四五六七八九十]+局$")
_BRAND_LONGEST = 5  # the brand before a descriptor: 华为|跨国公司, 长泰县兴旺|家庭农场
# 中央纪委国家监委对|中国南方电网…: a body acting on the company ends the run before it, also as its
# partner (区政府联合|华为公司, 电视台联合|杭州文广集团, 区政府和|市自来水公司)
_BODY_ACTS = re.compile("[委部局院府办厅台][对向与由把将被从给和及]|[委部局院府办厅台会]联合")
# a bracketed part inside a legal name: 上海电器科学研究所（集团）有限公司
_BRACKETED = re.compile(r"[（(][^（）()]{1,6}[）)]")
# The short form a legal name introduces: …有限责任公司（以下简称“天峰公司”）
_ALIAS = re.compile("[（(](?:以下)?简称[“\"]?")
# A group's subsidiary named on after it: 鞍钢集团|信息产业有限公司, 中国移动通信集团|广东有限公司
_PARENT = frozenset({"集团", "集团公司"})
_SUBSIDIARY = re.compile(f"[{CJK}]{{2,10}}?(有限责任公司|股份有限公司|有限公司|公司)")
_SHORT_FORM = "公司"  # the legal form a short mention ends with: 天峰公司
# the site a named project is seen at: 项目现场, 项目建设现场, 项目施工工地
_SITE = re.compile("(?:建设|施工)?(?:现场|工地)")
# a project named by what it will make a year: 年产10万吨速冻食品项目, 年产2万台工业机器人项目
_CAPACITY = re.compile(r"年产[\d.０-９一二三四五六七八九十百千万亿]+[^，。；、]{2,20}项目$")
_BRACKET_DEPTH = {"(": 1, "（": 1, ")": -1, "）": -1}
_STANDALONE = {"管委会", "村委会", "居委会", "国务院"}  # bodies named without a level or place


@dataclass(frozen=True, slots=True)
class OrgRules:
    suffixes: re.Pattern[str]
    suffix_kinds: dict[str, str]
    legal: frozenset[str]
    generic: frozenset[str]
    industries: frozenset[str]
    levels: frozenset[str]
    function_chars: frozenset[str]
    heads: frozenset[str]
    kinds_of_project: tuple[str, ...]
    bodies: re.Pattern[str]
    body_kinds: dict[str, str]
    places: frozenset[str]
    countries: frozenset[str]

    @classmethod
    def build(cls, lex: Lexicon) -> OrgRules:
        suffix_kinds = lex.tags("org_suffixes")
        body_kinds = lex.tags("gov_bodies")
        return cls(
            suffixes=re.compile(
                f"(?:{alternation([*suffix_kinds, '项目'])})(?![{_NOT_AFTER}])(?<![{_POST_END}](?=长))"
            ),
            suffix_kinds=suffix_kinds,
            legal=frozenset(e[0] for e in lex.entries("org_suffixes") if e[2] == "legal"),
            generic=frozenset(lex.words("not_orgs")),
            industries=frozenset(lex.words("org_industries")),
            levels=frozenset(lex.words("levels")),
            function_chars=frozenset(lex.words("function_chars")),
            heads=frozenset(lex.words("project_heads")),
            kinds_of_project=tuple(lex.words("not_projects")),
            bodies=re.compile(f"(?:{alternation(body_kinds)})(?!员)"),  # 委员 is a post
            body_kinds=body_kinds,
            places=frozenset(gazetteer(lex).candidates),
            countries=frozenset(lex.words("countries")),
        )


def rules(lex: Lexicon) -> OrgRules:
    return lex.compiled("orgs", OrgRules.build)


def find_orgs(paragraphs: list[str], lex: Lexicon, people: list[str]) -> list[Organization]:
    """Companies, projects and bodies named in the article, each with all its mentions.

    `people` are the article's person names: a name run never extends back over a person
    (何才成一行先后来到… is cut after the person anyway, but 张三XX公司 needs it).
    """
    r = rules(lex)
    g = grammar(lex)
    found: dict[str, Organization] = {}
    aliases: dict[str, str] = {}
    for pi, text in enumerate(paragraphs):
        edge = 0
        last_company: tuple[int, int] | None = None
        for m in r.suffixes.finditer(text):
            start = _run_start(text, m.start(), edge)
            name = _trim(text[start : m.end()], lex, people, len(m.group()))
            start = _brand_start(text, m.end() - len(name), start, r, lex)
            name = text[start : m.end()]
            stem = name[: -len(m.group())]
            if m.group() in r.legal:
                # 入区企业|中译语通…有限公司, 秦汉新城与|中国惠普有限公司: a role noun or a partner
                # glued before a legal name is cut when four name characters remain
                cuts = [c.end() for c in _ROLE_LEAD.finditer(stem)] + [c.end() for c in _PARTNER.finditer(stem)]
                # (not when what is left holds trade words only: 山东梵和|生物科技有限公司 has no brand)
                cut = max((c for c in cuts if len(stem) - c >= 4 and not _generic(stem[c:], r.generic | r.industries)),
                          default=0)
                name, stem, start = name[cut:], stem[cut:], start + cut
                rest = stem[_place_prefix(stem, r) :]
                counted = _COUNTED.search(text, max(0, start - 4), start)
                if counted and (not rest or _generic(rest, r.generic | r.industries)):
                    continue  # 新开一家|机械制造有限公司: a kind of company, not a name
            if m.group() not in r.legal and m.group() != "项目":
                lead = list(_ROLE_LEAD.finditer(stem))
                if lead and lead[-1].end() < len(stem):
                    name, stem = name[lead[-1].end() :], stem[lead[-1].end() :]
                    start = m.end() - len(name)
                # 国新能源已与|法国液化空气集团: a partner before a short name too, when a place or country
                # opens the four or more characters that remain (not 劳伟敏就和|厂房所属公司)
                cut = max((c.end() for c in _PARTNER.finditer(stem) if _partner_cut(stem[c.end() :], r)), default=0)
                name, stem, start = name[cut:], stem[cut:], start + cut
                if any(v in stem for v in _VAGUE) or _COUNTED.search(stem):
                    continue
                if _COUNTED.search(text, max(0, start - 4), start):
                    continue  # 委托一家|浙江外包服务公司: a kind of firm, not its name
            if len(stem) < _SHORTEST or _GENERIC.match(name):
                continue
            after = m.end() + (b.end() - b.start() if (b := _BRACKETED.match(text, m.end())) else 0)
            if m.group() not in r.legal and (legal := r.suffixes.match(text, after)) and legal.group() in r.legal:
                continue  # 集团|有限责任公司, 研究所|（集团）有限公司: the legal form ends the name
            firm = r.suffixes.match(text, m.end())
            if r.suffix_kinds.get(m.group()) == "other" and firm and r.suffix_kinds.get(firm.group()) == "company":
                continue  # 中国铁道科学研究院|集团: an institute turned group is a company
            sub = _SUBSIDIARY.match(text, m.end()) if m.group() in _PARENT else None
            if sub and _subsidiary(text[m.end() : sub.start(1)], sub.group(1), r):
                continue  # 鞍钢集团|信息产业有限公司: a subsidiary's legal name goes on after its group
            if m.group() == "厂" and text[m.start() - 1 : m.start()] == "工":
                continue  # 工厂 is a word
            clean = start == 0 or not re.match(f"[{CJK}]", text[start - 1]) or start > _run_start(text, m.start(), edge)
            if (m.group() not in r.legal and m.group() != "项目" and not _short_name(stem, r, clean=clean)
                    and not _under_group(stem, m.group(), r)):
                if text.startswith(("与", "和", "及", "、"), m.end()):
                    edge = m.end()  # 甲公司与乙集团: the next name starts after this one
                continue
            if m.group() != "项目":
                if last_company and _ALIAS.fullmatch(text, last_company[1], start):
                    # …化工有限责任公司（简称天峰公司）: the short form names the full one from here on
                    aliases[name] = text[last_company[0] : last_company[1]]
                if name in aliases:
                    _add(found, aliases[name], "company", pi, start, m.end())
                    continue
                if last_company and last_company[1] == start and m.group() in _BRANCH and _branch_place(stem, r):
                    start, name = last_company[0], text[last_company[0] : m.end()]  # 恒信集团昌乐分公司
                _add(found, name, r.suffix_kinds[m.group()], pi, start, m.end())
                edge = m.end()
                last_company = (start, m.end())
            elif name[:-2].endswith(r.kinds_of_project):
                continue  # 到重大项目建设现场: which projects, not one named
            elif name[:-2].endswith(tuple(r.heads)) or _SITE.match(text, m.end()) or _CAPACITY.match(name):
                _add(found, name, "project", pi, start, m.end())
                edge = m.end()
        for a, b in _body_runs(text, r):
            floor = clause_floor(text, a)
            start = g.prefix_start(text, a, floor, bodies=0)
            body = text[a:b]
            if start == a and body in BRANCHES:
                start = min(a, g.prefix_start(text, b, floor))  # 东湖新城|管委会: the unit it manages
            if start == a and body not in _STANDALONE:
                continue
            last = next(body[i:] for i in range(len(body)) if body[i:] in r.body_kinds)  # the longest kind word
            _add(found, text[start:b], r.body_kinds[last], pi, start, b)
    _merge_aliases(found, r)
    _all_mentions(paragraphs, found)
    return list(found.values())


def _subsidiary(stem: str, form: str, r: OrgRules) -> bool:
    """Whether `stem` + `form`, right after a group, names a subsidiary of it: a legal name
    (鞍钢集团|信息产业有限公司), or a brand and its trade before a short 公司 (南航集团|南联食品公司);
    never across a function character (集团和|…公司)."""
    if r.function_chars & set(stem):
        return False
    if form in r.legal:
        return True
    return any(stem.endswith(w) for w in r.industries) and not _generic(stem, r.generic | r.industries)


def _under_group(stem: str, form: str, r: OrgRules) -> bool:
    """Whether a short-form run names a group and its subsidiary (南航集团|南联食品 + 公司): the part
    after the group is a name of its own."""
    _, parent, sub = stem.rpartition("集团")
    return bool(parent) and _subsidiary(sub, form, r) and _short_name(sub, r)


def _flat(name: str) -> str:
    return re.sub(r"[()（）]", "", name)


def _merge_aliases(found: dict[str, Organization], r: OrgRules) -> None:
    """Fold a company written shorter elsewhere into its full name: 伽蓝集团 into
    伽蓝（集团）股份有限公司, 银朵兰维药股份有限公司 into 新疆银朵兰维药股份有限公司, 高新兴集团 into
    高新兴科技集团 (the full name with one trade word left out), 天峰公司 into
    贵州天峰化工有限责任公司 (the brand after the place, with a short legal form)."""
    companies = [o for o in found.values() if o.kind == "company"]
    for short in companies:
        flat = _flat(short.name)
        brand = flat[: -len(_SHORT_FORM)] if flat.endswith(_SHORT_FORM) and len(flat) >= 4 else None
        full = next(
            (
                o
                for o in companies
                if o is not short
                and len(_flat(o.name)) > len(flat)
                and not (o.name.endswith(_BRANCH_ENDS) and _alone(short, companies))
                and (
                    _flat(o.name).startswith(flat)
                    or _flat(o.name).endswith(flat)
                    or any(w in o.name and o.name.replace(w, "", 1) == short.name for w in r.industries)
                    or (brand and _flat(o.name)[_place_prefix(_flat(o.name), r) :].startswith(brand))
                )
                and o.name in found
            ),
            None,
        )
        if full is not None:
            full.mentions.extend(short.mentions)
            full.mentions.sort(key=lambda m: (m.paragraph, m.start))
            del found[short.name]


def _alone(parent: Organization, companies: list[Organization]) -> bool:
    """Whether `parent` is written somewhere outside the other companies' names (中国工商银行独家设置…):
    a parent named on its own is listed beside its branches (中国工商银行武汉分行), one written only
    inside them (恒信集团昌乐分公司) is not."""
    inside = {(m.paragraph, m.start) for o in companies if o is not parent for m in o.mentions}
    return not parent.name.endswith(_BRANCH_ENDS) and any((m.paragraph, m.start) not in inside for m in parent.mentions)


def _short_name(stem: str, r: OrgRules, *, clean: bool = False) -> bool:
    """Whether `stem` can name an organisation with a short ending (腾讯 in 腾讯公司); a `clean`
    run (its left edge is a clause edge or a stop word) may be longer (海南某某生态农业公司)."""
    if stem in r.countries:
        return False  # 日本总公司, 一家美国公司: a country names the firm's home, not the firm
    longest = _SHORT_CLEAN if clean else _SHORT_LONGEST
    if clean and any(h in stem[:-1] for h in r.heads):
        longest = _SHORT_PARK
    if len(stem) - (_places_before(stem, r) if clean else 0) > longest or r.function_chars & set(stem):
        return False
    # A name needs a distinctive part: a brand (华为|公司, 本格拉|铁路公司) or a place or level
    # before industry words (海盐县|供电公司, 市|自来水公司). Generic words alone (邮政公司,
    # 委托银行) or a place before descriptors (苏州|民营上市公司) name no company.
    place = _place_prefix(stem, r)
    rest = stem[place:]
    if rest and _generic(rest, r.generic | r.industries):
        return bool(place) and _generic(rest, r.industries)
    # a descriptor (跨国, 民营) after more than a brand is a clause: 中国政府愿意倾听|跨国公司
    head = rest
    while word := next((head[-n:] for n in range(min(6, len(head)), 1, -1) if head[-n:] in r.generic), None):
        head = head[: -len(word)]
    return head == rest or len(head) <= _BRAND_LONGEST or any(h in head for h in r.heads)


def _places_before(stem: str, r: OrgRules) -> int:
    """Length of two or more places that open a run (佛山市南海区|丰华塑料制品厂): local papers write a
    firm's city and district before its name, which the length limit of a short name does not count."""
    n = count = 0
    while k := next((k for k in range(min(6, len(stem) - n - 1), 2, -1) if stem[n : n + k] in r.places), 0):
        n, count = n + k, count + 1
    return n if count > 1 else 0


def _branch_place(stem: str, r: OrgRules) -> bool:
    """A branch's place: 江苏, a county written without its level (昌乐 for 昌乐县), or a place
    and the site within it (武汉|军运村 支行)."""
    return stem in r.places or any(stem + lv in r.places for lv in "县市区") or _place_prefix(stem, r) >= 2


def _brand_start(text: str, start: int, run_start: int, r: OrgRules, lex: Lexicon) -> int:
    """Give back a 2–3 character brand that `_trim` cut before the place opening the name:
    国网|海盐县供电公司, 中石化|洛阳工程有限公司. The brand must itself open the run (a clause
    edge or a stop word before it) and be no phrase (no function character, no generic word)."""
    if start <= run_start or not next((n for n in range(6, 1, -1) if text[start : start + n] in r.places), 0):
        return start
    for n in (4, 3, 2):
        a = start - n
        brand = text[a:start]
        if a < run_start or not re.fullmatch(f"[{CJK}]+", brand):
            continue
        edge = a == 0 or not re.match(f"[{CJK}]", text[a - 1]) or text[a - 1] in _CONJUNCTIONS
        if n == 4 and brand[2:] not in r.industries and not edge:
            continue  # four characters as brand + trade (尚景科技|江苏公司) or opening a clause (中国移动|湖北公司)
        if r.function_chars & set(brand) or brand[-1] in _VERB_END or brand in r.places:
            continue
        if _generic(brand, r.generic | r.industries):
            continue
        if left_stops(lex).cut(brand) or (any(brand.endswith(lv) for lv in r.levels) and not _BUREAU.search(brand)):
            continue
        if edge or left_stops(lex).ends_at(text, a):
            return a
    return start


def _place_prefix(stem: str, r: OrgRules) -> int:
    """Length of the place (海盐县, 湖北) or bare level (市, 县) opening `stem`, 0 if none."""
    place = next((n for n in range(min(6, len(stem) - 1), 1, -1) if stem[:n] in r.places), 0)
    if place:
        return place
    return next((n for n in (2, 1) if len(stem) > n and stem[:n] in r.levels), 0)


def _partner_cut(rest: str, r: OrgRules) -> bool:
    """Whether `rest`, what follows 与 / 和 in a short-form run, can be a name of its own: four or
    more characters opened by a place or a country (法国液化空气)."""
    country = any(rest.startswith(c) for c in r.countries if len(c) >= 2)
    return len(rest) >= 4 and bool(_place_prefix(rest, r) or country)


def _generic(stem: str, generic: frozenset[str]) -> bool:
    """Whether `stem` is made of generic words only (外资保险 in 外资保险公司)."""
    while stem:
        word = next((stem[-n:] for n in range(min(6, len(stem)), 0, -1) if stem[-n:] in generic), None)
        if word is None:
            return False
        stem = stem[: -len(word)]
    return True


def _run_start(text: str, pos: int, edge: int) -> int:
    """Start of the run of name characters ending at `pos`, not before `edge` (a previous name)."""
    start = pos
    while start > max(edge, pos - _LONGEST) and _NAME_CHAR.match(text[start - 1]):
        start -= 1
    return start


def _body_runs(text: str, r: OrgRules) -> list[tuple[int, int]]:
    """Spans of adjacent bodies (区委 + 组织部 -> 区委组织部 is one name)."""
    runs: list[tuple[int, int]] = []
    for m in r.bodies.finditer(text):
        if runs and runs[-1][1] == m.start():
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append(m.span())
    return runs


def _trim(span: str, lex: Lexicon, people: list[str], ending: int) -> str:
    """Drop what precedes the name in a matched run: stop words, people, unmatched brackets,
    and anything before a place name that starts the name (…交到|杭州丽旭信息科技有限公司).
    `ending` is the length of the legal or short form that closes the span."""
    # a stop word right before a park head (医药服务|产业园管理公司), or a trade word right before the
    # ending (国家开发投资|集团), names the trade: keep it
    stops = left_stops(lex)
    cut = stops.cut(span)
    trade = cut == len(span) - ending and span[:cut].endswith(tuple(rules(lex).industries))
    if cut and (span.startswith(tuple(rules(lex).heads), cut) or trade):
        cut = stops.cut(span[: cut - 1])
    span = span[cut:]
    acts = list(_BODY_ACTS.finditer(span))
    if acts:
        span = span[acts[-1].end() :]
    span = span[_place_cut(span, lex) :]
    lead = re.match(r"[(（][^)）]*[)）]", span)  # （深圳）和阿里巴巴…: a bracket closing the name before
    if lead:
        span = span[lead.end() :]
        span = span[left_stops(lex).cut(span) :]
    for person in people:
        at = span.rfind(person)
        if at >= 0:
            span = span[at + len(person) :]
    flat = span.translate(_BRACKETS)
    depth = 0
    for i in range(len(flat) - 1, -1, -1):  # a "(" never closed inside the name starts it
        depth += {")": 1, "(": -1}.get(flat[i], 0)
        if depth < 0:
            return span[i + 1 :]
    return span


def _place_cut(span: str, lex: Lexicon) -> int:
    """Where the first run of place names not at the start of `span` begins (0 if none).

    Company names open with their place (漳州海莱照明有限公司): a place further in marks the
    real start. Places in brackets (信华食品(漳州)有限公司) are part of the name; a place ending
    inside another read from its start (宜丰县 holds 丰县) is none.
    """
    places = gazetteer(lex).candidates
    depth = covered = 0
    for i, ch in enumerate(span):
        depth += _BRACKET_DEPTH.get(ch, 0)
        if i < covered:
            continue  # 宜丰县: 丰县 inside a place read from its start is no place of its own
        n = next((n for n in range(min(10, len(span) - i), 1, -1) if span[i : i + n] in places), 0)
        covered = i + n
        if i == 0 or depth or span[i - 1] in "(（)）" or span.endswith(tuple(_PARENT), 0, i):
            continue  # …通信集团|广东有限公司: the place names a subsidiary of the group before it
        if n and len(span) - i - n >= 2 and grammar(lex).place_start(span, i, 0) == i:
            return i
    return 0


def _add(found: dict[str, Organization], name: str, kind: str, pi: int, start: int, end: int) -> None:
    org = found.setdefault(name, Organization(name=name, kind=kind))
    org.mentions.append(Mention(pi, start, end))


def _all_mentions(paragraphs: list[str], found: dict[str, Organization]) -> None:
    for org in found.values():
        seen = {(m.paragraph, m.start) for m in org.mentions}
        for pi, text in enumerate(paragraphs):
            start = text.find(org.name)
            while start >= 0:
                if (pi, start) not in seen:
                    org.mentions.append(Mention(pi, start, start + len(org.name)))
                start = text.find(org.name, start + 1)
        org.mentions.sort(key=lambda m: (m.paragraph, m.start))
