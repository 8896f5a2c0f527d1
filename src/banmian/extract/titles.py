"""Official titles and body names, read leftwards from their last word.

A title ends in a head (书记, 副区长, 一级巡视员: titles.txt × title_modifiers.txt) and grows to
the left as the text allows:

    [PLACE…] [LEVEL] BODY… HEAD      芗城区 委 书记 · 区 人大常委会 主任 · 金峰开发区 党工委 书记

Reading leftwards from a head found by one fast literal scan keeps the cost per page low (a
left-to-right regex would try thousands of place names at every character) and makes the
left edge exact: a title starts where no more level, body or place precedes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.lexicon import Lexicon, alternation
from banmian.extract.places import Gazetteer, gazetteer, named_start
from banmian.extract.spans import CJK, left_stops

# A department not in gov_bodies.txt (文化和旅游局) counts only right after a level, a place or
# a body: 国务院|新闻办公室, 公安部|治安管理局, 最高人民检察院|第一检察厅, 税务总局|减税办,
# 园区管委会|生态保护站, 上海|昆剧团.
_DEPARTMENT_END = ("局", "厅", "委员会", "办公室", "部", "署", "司", "处", "庭", "办", "队", "站", "团", "室")
_DEPARTMENT_LONGEST = 10  # 国家|电子政务专家委员会主任
# A department of two remits joined by 和 may be longer: 治多县|生态环境和自然资源管理局副局长.
_JOINT_DEPARTMENT_LONGEST = 14
_JOINT = re.compile(f"[{CJK}]{{2,}}和[{CJK}]{{2,}}")
# Group words that end a body named in quotes: “两条例一决定”执法检查组, “中建·蓝天使”救援队.
_GROUP_END = ("组", "队", "团", "委员会", "办公室", "中心", "会")
_GROUP_LONGEST = 8


_BARE = {"委"}  # bodies that need a level or place before them: 区委, never 委 alone
# A party branch or a management committee belongs to a unit named before it: 车队|党总支,
# 独克宗古城|管委会, 成都科学城|管委会.
BRANCHES = frozenset({"党支部", "党总支", "支部", "管委会", "管理委员会"})
_PARTY = "中共"
_LEAGUE = "团"  # the Youth League's committee is written 团县委, 团市委 (a league word before level and 委)
_NATIONAL = ("全国",)  # a national body's members are chosen in a region named before it: 港区|全国政协委员
_FORMER = ("前", "原")  # 日本前首相, 美国前财政部长, 原副书记
TITLE_JOINERS = "、兼"
_CONJUNCTIONS = frozenset("和与及")
# Grass-roots units whose own names are in no table: 悦园村, 高地社区, 天平街道 (2-4 characters).
_LOCAL_LEVELS = ("村", "社区", "街道", "镇", "乡", "嘎查")
_LOCAL_NAME = 4
# An ethnic township is named before its groups: 马营子|满族乡, 大河|土家族苗族乡.
_ETHNIC_TOWNSHIP = re.compile(f"(?:(?:[{CJK}]{{1,2}})族)+乡$")
_PARENT_LEVELS = ("街道", "镇", "乡", "区", "县", "市")
# A named institution that opens a clause owns the post (中华环境保护基金会理事长,
# 信号研究设计院党总支书记); up to this many characters before its body are kept.
_INSTITUTION_NAME = 18
# An institution of another (国务院发展研究中心|国际技术经济研究所顾问委员会) may be longer, each part
# of them no longer than one name.
_INSTITUTION_CHAIN = 28
_COMPANY_UNIT = 8  # a unit written right after its company: 公司|公用设施, 集团|工电部信号专业
_PLACED_NAME = 7  # a place and a short organisation name: 香港民建联, 香港青贤智汇
_INSTITUTION_END = (
    "院",
    "所",
    "大学",
    "学院",
    "中心",
    "实验室",
    "基金会",
    "促进会",
    "协会",
    "学会",
    "科技园",
    "报社",
    "杂志社",
    "出版社",
    "通讯社",
    "电视台",
    "广播电台",
    "理事会",
    "委员会",
    "联合会",
    "研究会",
    "联盟",
)
# A division of a named organisation opening the clause: 太平财险国际部|负责人, 市场部|经理.
_DIVISION_END = ("部", "局", "处", "办公室")
BODY_OF_HEADS = ("会", "团")  # 委员|会, 主席|团: a body made up of holders of the post
# Diplomatic posts name the post abroad: 中国驻蒙古国大使, 伊朗驻广州总领事.
_ABROAD = re.compile(f"[{CJK}]{{1,8}}(?=驻[{CJK}]{{1,10}}$)")
_ABROAD_HEADS = ("大使", "总领事", "领事", "首席代表", "代表")


@dataclass(frozen=True, slots=True)
class TitleGrammar:
    heads: re.Pattern[str]
    named_bodies: re.Pattern[str]
    head_set: frozenset[str]
    bodies: dict[str, str]
    levels: frozenset[str]
    zone_suffixes: tuple[str, ...]
    gaz: Gazetteer
    not_places: frozenset[str]
    function_chars: frozenset[str]
    company_heads: tuple[str, ...]
    not_orgs: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    countries: frozenset[str]
    nations: frozenset[str]
    nation_ends: frozenset[str]
    lex: Lexicon

    @classmethod
    def build(cls, lex: Lexicon) -> TitleGrammar:
        heads = lex.words("titles")
        with_mods = heads + [m + h for m in lex.words("title_modifiers") for h in heads]
        return cls(
            heads=re.compile(alternation(with_mods)),
            named_bodies=re.compile(alternation(b for b in lex.tags("gov_bodies") if len(b) > 2)),
            head_set=frozenset((*with_mods, _COUNCIL_SEAT)),
            bodies=lex.tags("gov_bodies"),
            levels=frozenset(lex.words("levels")),
            zone_suffixes=tuple(s for s, k in lex.tags("place_suffixes").items() if k == "zone"),
            gaz=gazetteer(lex),
            not_places=frozenset(lex.words("not_places")),
            function_chars=frozenset(lex.words("function_chars")),
            company_heads=tuple(lex.words("company_heads")),
            not_orgs=tuple(w for w in lex.words("not_orgs") if len(w) > 1),
            org_suffixes=tuple(lex.words("org_suffixes")),
            countries=frozenset(lex.words("countries")),
            nations=frozenset(w for w, t in lex.tags("countries").items() if t != "region"),
            nation_ends=frozenset(w[-1] for w, t in lex.tags("countries").items() if t != "region"),
            lex=lex,
        )

    def head_matches(self, text: str) -> list[re.Match[str]]:
        """Heads in text order, with council seats written right after their society (研究会|理事);
        a second pattern, as a lookbehind branch in `heads` would slow every scan."""
        found = list(self.heads.finditer(text))
        if _SOCIETY_SEAT not in text:
            return found
        starts = {m.start() for m in found}
        seats = [m for m in _SEAT.finditer(text) if m.start() not in starts]
        return sorted(found + seats, key=lambda m: m.start())

    def _ending(self, text: str, pos: int, floor: int, words: frozenset[str] | dict[str, str]) -> int:
        """Length of the longest word of `words` ending at `pos` (0 if none)."""
        for n in range(min(12, pos - floor), 0, -1):
            if text[pos - n : pos] in words:
                return n
        return 0

    def place_start(self, text: str, pos: int, floor: int) -> int:
        """Start of the places written right before `pos` (福建省漳州市, 金峰开发区), or `pos`."""
        for _ in range(4):
            # a division of China (福建省漳州市) or a country or region abroad (阿塞拜疆, 欧盟)
            n = max(self._ending(text, pos, floor, self.gaz.candidates), self._ending(text, pos, floor, self.countries))
            if n >= 2:
                pos -= n
                continue
            zone = next((z for z in self.zone_suffixes if text.endswith(z, floor, pos)), None)
            start = named_start(text, pos - len(zone), 4, self.lex) if zone else None
            if zone and start is None:
                start = pos - len(zone)  # the local zone, unnamed: 开发区管委会主任, 走访了|高新区管委会
            if start is None:
                start = self._local_start(text, pos, floor)
            if start is None or start < floor:
                break
            pos = start
        return pos

    def _local_start(self, text: str, pos: int, floor: int) -> int | None:
        """Start of a named village, community or subdistrict ending at `pos` (悦园村, 金茂社区).

        The name has a clear left edge (named_start) and is neither a generic word (全村, 该镇)
        nor made with a function character (由社区).
        """
        ethnic = _ETHNIC_TOWNSHIP.search(text, max(floor, pos - 12), pos)
        level = ethnic.group() if ethnic else next((lv for lv in _LOCAL_LEVELS if text.endswith(lv, floor, pos)), None)
        if level is None:
            return None
        end = pos - len(level)
        start = named_start(text, end, _LOCAL_NAME, self.lex)
        if start is None:  # 梅林街道|青松社区: a unit right after a larger one
            start = next(
                (
                    end - n
                    for n in range(_LOCAL_NAME, 1, -1)
                    if end - n > floor
                    and re.fullmatch(f"[{CJK}]+", text[end - n : end])
                    and (
                        text.endswith(_PARENT_LEVELS, floor, end - n)
                        or self._ending(text, end - n, floor, self.gaz.candidates) >= 2
                    )
                ),
                None,
            )
        if start is None or start < floor:
            return None
        stem = text[start:end]
        if text[start:pos] in self.not_places or self.function_chars & set(stem) or self.heads.search(stem):
            return None
        return start

    def _unit_of_head(self, text: str, head_start: int, floor: int) -> int:
        """A head that opens with its unit's level (街道主任, 镇长) takes the unit's name before it:
        友谊路|街道主任 is the 友谊路街道's 主任. `head_start` when no named unit precedes."""
        level = next((lv for lv in _LOCAL_LEVELS if text.startswith(lv, head_start)), None)
        if level is None:
            return head_start
        start = self._local_start(text, head_start + len(level), floor)
        return head_start if start is None else self.place_start(text, start, floor)

    def _institution_start(self, text: str, pos: int, floor: int, body_seen: bool) -> int | None:
        """Start of a named institution opening the clause before `pos`: 中华环境保护基金会 …

        The run goes back to a clause edge (punctuation or 、); it must end like an institution
        or stand before an institution body (督导组, 实验室), hold no stop word and no post.
        """
        edge = pos
        while edge > floor and not text.endswith(_COMPANY, floor, edge):
            if text[edge - 1] in TITLE_JOINERS and self._ending(text, edge - 1, floor, self.head_set):
                break  # 治安管理局副局长兼|户政管理研究中心主任: a post and 兼 end the run
            if not re.match(f"[{CJK}]", text[edge - 1]):
                digits = _number_in_name(text, edge, floor)
                if not digits:
                    break
                edge -= digits  # 韩国21世纪…协会
                continue
            edge -= 1
        if edge == pos or pos - edge > _INSTITUTION_CHAIN:
            return None
        if pos - edge > _INSTITUTION_NAME and not _chain(text, edge, pos):
            return None
        if text[edge - 1 : edge] == "兼" and _CONJUNCTIONS & set(text[edge:pos]):
            return None  # 副首相兼|国防大臣…和国际军事体育理事会: several people's posts, no one body
        after_company = text.endswith(_COMPANY, floor, edge)  # 研究院集团|机车车辆研究所: the company is left out
        glued = edge > 0 and re.match(f"[{CJK}]", text[edge - 1]) and text[edge - 1] not in TITLE_JOINERS
        if glued and not after_company:
            return None  # the clause runs on beyond `floor`: no clear start
        run = text[edge:pos]
        # a place opening a short run names an organisation the lists do not know (香港|民建联副主席)
        placed = len(run) <= _PLACED_NAME and any(run[:n] in self.gaz.candidates for n in range(2, 5))
        # a unit of a company written before it (公司|公用设施高级经理): the company is left out (guideline)
        unit = after_company and len(run) <= _COMPANY_UNIT and re.fullmatch(f"[{CJK}]+", run)
        if not (body_seen or placed or unit or run.endswith(_INSTITUTION_END + _DIVISION_END)) or self._holds_post(run):
            return None
        stops = left_stops(self.lex)
        own = stops.ending.search(run)  # 果业发展|中心, 读者服务|中心: a stop word right before the body names it
        cut = stops.cut(run[: own.start()] if own else run)
        if cut and len(run) - cut >= 4 and run.endswith(_INSTITUTION_END):
            edge, run = edge + cut, run[cut:]  # 正如|人民日报社社长
        elif cut:
            return None
        if self.function_chars & set(run[:1]):
            return None
        return edge

    def _holds_post(self, run: str) -> bool:
        """Whether a post stands inside `run`; a head followed by 会 / 团 names the body its
        holders make up (国际合作委员会, 发展基金主席团), which an institution may hold."""
        return any(run[m.end() : m.end() + 1] not in BODY_OF_HEADS for m in self.heads.finditer(run))

    def prefix_start(self, text: str, pos: int, floor: int, *, bodies: int = 3) -> int:
        """Start of `[PLACE…] [LEVEL] BODY…` ending at `pos`; `pos` when nothing precedes."""
        start = pos
        seen_bare = False
        other_body = False  # an institution body (督导组, 基金会) may carry a name of its own
        for _ in range(bodies):
            n = self._ending(text, start, floor, self.bodies)
            joint = self._department(text, start, floor) if n and text[start - n - 1 : start - n] == "和" else None
            if joint is not None and joint < start - n and _joint(text, joint, start):
                start, seen_bare = joint, False  # 区|教育和体育局: a listed 体育局 is the second remit of a joint one
                continue
            if n:
                start -= n
                seen_bare = text[start : start + n] in _BARE
                # an institution body (督导组) or a party branch (党支部, 党总支) belongs to a unit
                # that may be named before it: 车队|党总支书记, 航站区|党支部书记
                other_body = self.bodies[text[start : start + n]] == "other" or text[start : start + n] in BRANCHES
                continue
            dept = self._department(text, start, floor)
            if dept is None:
                break
            start, seen_bare = dept, False
        if (
            text[start - 1 : start] in _FORMER
            and start - 1 > floor
            and self.place_start(text, start - 1, floor) < start - 1
        ):
            start -= 1  # 美国|前|财政部长: a former post keeps its place before 前 / 原
        placed = self.place_start(text, start, floor)
        if placed == start:
            n = self._ending(text, start, floor, self.levels)
            if n and text.endswith(_NOT_LEVELS, floor, start):
                n = 0  # 职业联盟: an alliance, not a league of Inner Mongolia
            if n and start - n > floor and text[start - n : start] in _NATIONAL:
                n += self._ending(text, start - n, floor, self.levels)  # 港区|全国人大代表
            placed = self.place_start(text, start - n, floor) if n else start
        if placed < start and text.endswith(_PARTY, floor, placed):
            placed -= len(_PARTY)  # 中共|湖南省委原副书记
        elif placed < start and seen_bare and text.endswith(_LEAGUE, floor, placed):
            placed -= len(_LEAGUE)  # 团|县委书记: the Youth League's committee of the county
        if placed == start and start < pos and not seen_bare:
            placed = self._leader_office(text, start, floor)  # 菲律宾总统|通信业务办公室
        if placed < pos:
            session = _SESSION.search(text, max(floor, placed - 4), placed)
            placed = session.start() if session else placed  # 十二届|全国政协副主席
        if seen_bare and placed == start:  # a lone 委 is no body
            return start + 1 if start < pos else pos
        if placed == start and bodies:
            named = self._institution_start(text, start, floor, other_body)
            if named is not None:
                return named
        return placed

    def _department(self, text: str, pos: int, floor: int) -> int | None:
        end = next((e for e in _DEPARTMENT_END if text.endswith(e, floor, pos)), None)
        if end is None:
            return None
        for n in range(min(_JOINT_DEPARTMENT_LONGEST, pos - floor), len(end) - 1, -1):
            s = pos - n
            if n > _DEPARTMENT_LONGEST and not _joint(text, s, pos):
                continue
            # the name part must hold no post: 国家监察|委员会 is a department, 员会 is none
            if not re.fullmatch(f"[{CJK}]+", text[s:pos]) or self.heads.search(text, s, pos - len(end)):
                continue
            if any(b.end() > s for b in self.named_bodies.finditer(text, max(floor, s - 6), pos - len(end))):
                continue  # 园区管委会|生态保护站: a body inside or cut is the unit above the department
            if set(text[s:pos]) & set(TITLE_JOINERS) or text.endswith("团队", s, pos):
                continue  # 首席风险官兼|办公厅: a joiner ends the department; 安保团队 is a crew
            if text[s] in _UNIT_CHARS or self._ending(text, s + 1, floor, self.gaz.candidates) >= 2:
                # 十八洞|村驻村…队, 巴州|区卫生健康局: a village or a place ends there, the unit starts after it
                continue
            if text.endswith(_COMPANY, s, pos):
                return None  # 潍坊凯美食品公司|副总经理, 招商局集团|党委副书记: a company owns no title (guideline)
            if any(c in text[s:pos] for c in _COMPANY):
                continue  # 北京分公司|党群工作部: the company is no part of its department's name
            if text.endswith(_COMPANY, floor, s):
                return s  # 宝冶北京分公司|党群工作部部长: a company's department, the company left out (guideline)
            if (
                (n >= 3 and text[s - 1 : s] in TITLE_JOINERS and s > floor)
                or self._ending(text, s, floor, self.levels)
                or self._ending(text, s, floor, self.bodies)
                or self.place_start(text, s, floor) < s
                or self._leader_office(text, s, floor) < s
            ):
                return s
        return None

    def _overlapping_body(self, text: str, head_start: int, floor: int, head: str) -> int | None:
        """A ministry written into its head: 国防部长 = 国防部 + 部长, 外交部长 (bodies list)."""
        if head[:1] not in "部局厅司署":
            return None
        n = self._ending(text, head_start + 1, floor, self.bodies)
        return head_start + 1 - n if n > 1 else None

    def _after_quote(self, text: str, head_start: int) -> int | None:
        """Start of a group word run right after closing quotes: “两条例一决定”|执法检查组|组长."""
        for n in range(min(_GROUP_LONGEST, head_start), 1, -1):
            s = head_start - n
            if text[s - 1 : s] == "”" and re.fullmatch(f"[{CJK}]+", text[s:head_start]):
                opening = text.rfind("“", max(0, s - 1 - _QUOTED_LONGEST), s - 1)
                if opening < 0 or re.search("[，。；：！？…]", text[opening + 1 : s - 1]):
                    return None  # the end of a quoted sentence: “…。”联想集团董事长
                return s if text[s:head_start].endswith(_GROUP_END) else None
        return None

    def _quoted_start(self, text: str, start: int, floor: int) -> tuple[int, int]:
        """A quoted name inside the body (中央“不忘初心、牢记使命”主题教育领导小组): go back over
        the quotes when a place, level or body stands before them or they open the clause."""
        if start != floor or not text.startswith("”", start - 1):
            return start, floor
        opening = text.rfind("“", max(0, start - _QUOTED_LONGEST), start - 1)
        if opening < 0 or re.search("[，。；：”]", text[opening + 1 : start - 1]):
            return start, floor
        before_floor = clause_floor(text, opening)
        before = self.prefix_start(text, opening, before_floor)
        if before < opening:
            return before, before_floor
        if opening == 0 or not re.match(f"[{CJK}]", text[opening - 1]) or text[opening - 1] == "的":
            # 头戴安全帽的|“中建·蓝天使”救援队队长: a description with 的 ends before the title
            # after 、 the run may go on leftwards: 主任、“两条例一决定”执法检查组组长
            return opening, clause_floor(text, opening) if text[opening - 1 : opening] in TITLE_JOINERS else opening
        return start, floor

    def _brand_start(self, text: str, start: int, head_start: int, end: int, floor: int, article: str) -> int:
        """A company's brand written with no enterprise word before a post only a company has
        (科锐国际|董事长, 劳合社|中国董事长) opens the post as written, like an institution's name; a
        company named with its enterprise word, here or elsewhere in the article, is left out (guideline),
        and so is one before its region (星河云|中国区总裁) or one named with its ending (江陵电厂|总经理).
        A generic word is no brand."""
        if not text[head_start:end].endswith(self.company_heads):
            return start
        if start < head_start and self.prefix_start(text, head_start, floor, bodies=0) != start:
            return start  # a body or a unit already opens the post, not only a place
        if text.endswith(_REGION, start, head_start):
            return start  # 星河云|中国区总裁: a company's region is the level of the post, the company left out
        edge = start
        while edge > floor and re.match(f"[{CJK}]", text[edge - 1]) and text[edge - 1] not in TITLE_JOINERS:
            edge -= 1
        if edge > floor and text[edge - 1] != "、":
            return start
        former = 1 if text[edge : edge + 1] in _FORMER else 0
        run = text[edge + former : start]
        if not _BRAND_SHORTEST <= len(run) <= _BRAND_NAME or self.function_chars & set(run):
            return start
        if run.endswith(self.org_suffixes) or self.heads.search(run) or any(w in run for w in self.not_orgs):
            return start
        if left_stops(self.lex).cut(run) or self._ending(text, start, floor, self.gaz.candidates):
            return start
        core = re.escape(run[:_BRAND_SHORTEST])
        if re.search(f"{core}[{CJK}（）]{{0,{_COMPANY_AFTER_BRAND}}}(?:{'|'.join(_COMPANY)})", article):
            return start  # 中国太平保险集团 … 中国太平|董事长, 青溪出版集团 … 青溪国际|联席总裁: a named company
        return edge

    def _leader_office(self, text: str, pos: int, floor: int) -> int:
        """Start of `country + 总统/总理/首相` ending at `pos` (a leader's office abroad), else `pos`."""
        office = next((h for h in _LEADER_OFFICE if text.endswith(h, floor, pos)), None)
        if office is None:
            return pos
        placed = self.place_start(text, pos - len(office), floor)
        return placed if placed < pos - len(office) and self.abroad(text[placed:pos]) else pos

    def _chain_piece(self, text: str, head_start: int, floor: int) -> int:
        """A bare head after 、 in a chain of posts takes the run back to the 、 as its body when a
        post ends right before that 、: 国务院副总理、|中美全面经济对话中方|牵头人."""
        sep = text.rfind("、", max(floor, head_start - _CHAIN_PIECE), head_start)
        if sep <= floor or sep + 2 > head_start:
            return head_start
        run = text[sep + 1 : head_start]
        if not re.fullmatch(f"[{CJK}]+", run) or self.heads.search(run) or self.function_chars & set(run[:1]):
            return head_start
        return sep + 1 if self._ending(text, sep, floor, self.head_set) else head_start

    def _ministry_list(self, text: str, start: int, floor: int) -> int:
        """A ministry abroad whose name holds a 、: 马尔代夫通信、科学和技术部国务部长. The piece
        before the 、 holds no post and opens with a country; the piece after it names a body."""
        before = start - 1
        edge = before
        while edge > floor and re.match(f"[{CJK}]", text[edge - 1]):
            edge -= 1
        piece = text[edge:before]
        if not 2 <= len(piece) <= 12 or self.heads.search(piece) or not self.abroad(piece):
            return start
        if self._ending(text, before, floor, self.head_set) or not self._department_in(text[start:]):
            return start
        return edge

    def country_before(self, text: str, start: int, floor: int) -> int:
        """A post abroad whose body is in no list opens with its country (瓦努阿图|内政|部长,
        联合国|世界旅游组织|秘书长): a country or union (not a region: 博鳌亚洲论坛) a few characters
        before the post, with no post, punctuation or function character between, starts it."""
        for p in range(start - 1, max(floor, start - _COUNTRY_GAP) - 1, -1):
            c = text[p]
            if not "\u3400" <= c <= "\u9fff" or (c in self.function_chars and c not in BODY_OF_HEADS):
                return start  # 会 ends a body here (国民议会), no modal verb
            if text[p - 1 : p] not in self.nation_ends:
                continue
            n = self._ending(text, p, floor, self.nations)
            if n < 2:
                continue
            gap = text[p:start]
            if self.heads.search(gap) or any(w in gap for w in _NOT_ABROAD_GAP):
                return start
            return p - n
        return start

    def _department_in(self, title: str) -> bool:
        return any(e in title[:-1] for e in ("部", "委员会", "局", "署", "办公室"))

    def abroad(self, title: str) -> bool:
        """Whether a title starts with a country or region abroad (巴西总统, 欧盟委员会副主席):
        the name after it may be a transliteration without a Chinese surname."""
        return any(title[:n] in self.countries for n in range(2, min(10, len(title)) + 1))

    def titles_before(
        self, text: str, head: re.Match[str], floor: int, article: str = ""
    ) -> tuple[int, list[str]]:
        """Start and titles of the run ending with `head` (区委常委、副区长 -> 区委常委, 副区长);
        `article` is the whole text, where a brand may be written as a company."""
        titles = []
        end, head_start = head.end(), head.start()
        while True:
            start = self.prefix_start(text, head_start, floor)
            if start == head_start:
                ministry = self._overlapping_body(text, head_start, floor, text[head_start:end])
                if ministry is not None:
                    start = self.prefix_start(text, ministry, floor)
                    start = ministry if start == ministry else start
            if start == head_start:
                start = self._unit_of_head(text, head_start, floor)
            if start == head_start:
                quoted = self._after_quote(text, head_start)
                start = quoted if quoted is not None and quoted >= floor else start
            if start < head_start:
                start, floor = self._quoted_start(text, start, floor)
            if head.group().endswith(_ABROAD_HEADS):  # 中国驻蒙古国大使 beats 蒙古国 as a place
                abroad = _ABROAD.search(text, floor, head_start)
                if abroad:  # …领取勋章的|古巴驻华大使: a country right before 驻 opens the post
                    country = self._ending(text, abroad.end(), floor, self.countries)
                    start = min(start, abroad.end() - country if country else abroad.start())
            if text[start - 1 : start] in _FORMER and text.endswith(_COMPANY, floor, start - 1):
                start -= 1  # 电网有限责任公司|原|党组书记: a former post in a company, the company left out
            elif (
                text[start : start + 1] in _FORMER
                and start
                and re.match(f"[{CJK}]", text[start - 1])
                and not text.endswith(_COMPANY, floor, start)
            ):
                start += 1  # 目|前部长, 此|前: 前 / 原 belong to the word before, not to the post
            if start == head_start:
                start = self._chain_piece(text, head_start, floor)
            if text[start - 1 : start] == "、" and start - 1 > floor:
                start = self._ministry_list(text, start, floor)
            start = self._brand_start(text, start, head_start, end, floor, article or text)
            unit = text[start:head_start]
            brand = _brand_of_company(text, start, head_start) if unit.endswith(_DIVISION_END) else 0
            titles.append(text[start + brand : end])
            if start - 1 <= floor or text[start - 1] not in TITLE_JOINERS:
                break
            n = self._ending(text, start - 1, floor, self.head_set)
            if not n:
                break
            end, head_start = start - 1, start - 1 - n
        titles.reverse()
        return start, titles


_QUOTED_LONGEST = 16
# A seat on a society's council is a post only right after the society (全国港澳研究会|理事); elsewhere
# the word is read inside another (管理事项, 柬华理事总会), so it is no head of titles.txt.
_COUNCIL_SEAT = "理事"
_SOCIETY_SEAT = "会" + _COUNCIL_SEAT
_SEAT = re.compile(f"(?<=会){_COUNCIL_SEAT}")
_COUNTRY_GAP = 6  # 吉尔吉斯斯坦|武装力量总|参谋长: the unknown body between a country and its post
# A session number written before the body is kept as written: 十二届全国政协副主席.
_SESSION = re.compile("第?[一二三四五六七八九十]{1,3}届$")
# A head leader's office is a body abroad: 菲律宾总统|通信业务办公室助理秘书长.
_LEADER_OFFICE = ("总统", "总理", "首相")
# A post whose body is in no list, between 、 and its head in a chain: …、中美全面经济对话中方牵头人.
_CHAIN_PIECE = 14
_NOT_LEVELS = ("联盟",)  # words ending in a level that name no division
_UNIT_CHARS = "村镇乡县省"  # a department's name never starts with a level of its own
_COMPANY = ("公司", "集团")  # a company owns no title: it is left out of its units' posts (guideline)
_BRAND_LONGEST = 4
# A brand written before a company's post with no enterprise word (复星国际, 劳合社中国): 2-6 characters.
_BRAND_SHORTEST = 2
_BRAND_NAME = 6
# 中国太平|保险|集团, 华星光电|技术有限|公司: trade words between a brand and its company word
_COMPANY_AFTER_BRAND = 10
_REGION = "区"  # 中国区, 大中华区, 亚太区
_NOT_ABROAD_GAP = (*_COMPANY, "一家")  # 韩国|某传媒集团会长, 西班牙|一家旅行社社长: no post abroad


def _joint(text: str, start: int, end: int) -> bool:
    """Whether the department `text[start:end]` names two remits joined by 和 (生态环境和自然资源管理局),
    not two bodies (市场监管局和公安局: the first would end in a department word)."""
    m = _JOINT.fullmatch(text, start, end)
    return bool(m) and not text[start : text.rindex("和", start, end)].endswith(_DEPARTMENT_END)


# Digits or Latin letters between CJK characters that are no count or date (21世纪, 5G) belong to a
# name; matched on the reversed text: the character after the number, the number, the one before.
_NUMBER_IN_NAME = re.compile(f"(?![年月日号时点分秒届期次个名家万亿元岁])[{CJK}]([0-9A-Za-z]+)[{CJK}]")


def _number_in_name(text: str, pos: int, floor: int) -> int:
    """Length of a number inside a name ending at `pos` (韩国|21|世纪), else 0."""
    m = _NUMBER_IN_NAME.match(text[max(floor, pos - 9) : pos + 1][::-1])
    return len(m.group(1)) if m else 0


def _chain(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is an institution of another, each part no longer than one name."""
    return any(
        text.endswith(_INSTITUTION_END, start, cut) and cut - start <= _INSTITUTION_NAME
        for cut in range(max(start + 2, end - _INSTITUTION_NAME), end - 1)
    )


def _brand_of_company(text: str, start: int, end: int) -> int:
    """Length of a company's brand opening the division `text[start:end]` when the company is written
    before it (京东集团副总裁兼|京东|人工智能事业部总裁): the company is left out of its units' posts
    (guideline); a foundation or institute of the company keeps it (传化慈善基金会)."""
    for n in range(min(_BRAND_LONGEST, end - start - 2), 1, -1):
        brand = text[start : start + n]
        if any(brand + c in text[max(0, start - 60) : start] for c in _COMPANY):
            return n
    return 0


def clause_floor(text: str, pos: int, reach: int = 40) -> int:
    """Start of the clause holding `pos`: nothing before it belongs to a title or a name."""
    lo = max(0, pos - reach)
    i = pos - 1
    while i >= lo:
        if not ("\u3400" <= text[i] <= "\u9fff") and text[i] not in TITLE_JOINERS:
            digits = _number_in_name(text, i + 1, lo)
            if not digits:
                return i + 1
            i -= digits  # 韩国|21|世纪韩中交流协会: a number inside a body's name
        i -= 1
    return lo


def grammar(lex: Lexicon) -> TitleGrammar:
    return lex.compiled("titles", TitleGrammar.build)
