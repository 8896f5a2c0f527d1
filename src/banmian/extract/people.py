"""People and their titles, as written: 区委常委、副区长蔡加立 / 高瑞生副市长 / 县领导舒畅、吴剑锋等.

Titles are read leftwards from their head by `titles.TitleGrammar`, so every level and body
combines with every head and a title is kept exactly as written.

A name is a surname (surnames.txt, compound ones included) plus one or two characters, or a
minority name joined by `·`. Where it ends is decided by what follows (name_follow.txt): the
longest name followed by punctuation or a follow word wins; without such evidence a name is
only taken if it also occurs elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.lexicon import Lexicon, alternation
from banmian.extract.spans import CJK, left_stops
from banmian.extract.titles import BODY_OF_HEADS, TitleGrammar, clause_floor, grammar
from banmian.model import Byline, Mention, Person
from banmian.text.words import is_word

# Foreign and minority names: CJK chunks joined by · (阿不都·热合曼, 多拉·曼比·科伊塔).
# A Latin initial may open one (J·布洛克兰) and a dash join a double surname (布洛克兰—威斯汀).
_MINORITY = re.compile(f"((?:(?:[{CJK}]{{1,6}}|[A-Z])[·•・])+)([{CJK}]{{1,8}}(?:—[{CJK}]{{2,6}})?)")
_LIST_SEP = "、"
_JOINERS = re.compile("[·•・—]")  # the parts of a joined foreign name
# what may stand before a role word that precedes a name: 东郭城村村民李俊平, 男护士严子墨
_ROLE_AFTER = "村组镇乡区县市州岁队团男女"
# 的 / 了 may stand before a person's role too (来自上海的游客吴凡对…, 打通了村医安敏英的电话), but not
# before 群众, which after them is a collective that modifies the next noun (群众游行, 群众路线).
_ROLE_AFTER_WORD = "的了"
_COLLECTIVE = "群众"
# A unit's last character may stand before a role (大学|教授戴光泽的, 农场|员工陆向导在), except the
# body characters that end quantifiers and countries (广大|市民关切, 中国|代表全人类).
_NOT_UNIT = "大国"
_LEFT_EDGES = "的，。；：、“”（ "  # what may stand right before a name: punctuation, 的, a space
# Descriptions that may stand glued after any word before a name (举重冠军廖辉, 中国工程院院士倪光南,
# 45岁的曲珍, 外卖小哥于超群): the name still needs a clear edge or a mention elsewhere.
_DESCRIPTION_AT = re.compile("(?:冠军|院士|医师|火炬手|小哥|女兵|名将|选手|英雄|教师|岁的)")
# An age or a birth year written before a person (83岁的周育才接过话茬, 90岁高龄的杨林玉也上台,
# 出生于2003年的周文亮感触颇深, 80后吕雷): what follows is a person, so a three-character name needs no
# right edge.
_AGED = re.compile("(?:(?<![0-9])[0-9]{1,3}(?:多)?岁(?:高龄)?的|(?:出生于|生于)[0-9]{4}年的|(?<![0-9∶:比])[0-9]0后的?)")
# a name opening a clause before a counted group: ，陈丁等50位残疾人…
_GROUP_OF = re.compile("等[0-9一二三四五六七八九十百千余多]+(?:位|名|人)")
# a name written before 老人 with a clear left edge (的 or punctuation): 的张茂钊老人
# Nouns written right after a bare name: 张茂钊老人, 沈日昌先生, 毛泽东故居, 陈树湘烈士.
_AFTER_NAME = re.compile("老人|老先生|先生|女士|故居|烈士")
_NAME_CONJ = "和与同"
_CLAUSE_EDGES = "，。；：“"  # 。李夏同志生前是…: a two-character name before 同志 only at a clause's start
_PARTICLES = "了着"  # aspect particles, never part of a name
_COUNTED = "十百千万亿多余几名位个批"  # before a role word: a count (百万志愿者, 30名村民)
# words ending in a one-character follow word (可以, 所以, 予以): a name never ends inside them
_WORD_ACROSS = re.compile("[可所得予加难足借用]以")
_JOINS = "和与同及等将"  # one-character follow words that join or defer, not what a person does
_BARE_MEMBER = "成员"  # follow words that may also end a name: 魏凤和
_FOREIGN_TAIL = 3  # tails of two to four characters after ·: longer runs carry the next word
# Posts written after a leader's name as an honorific (习近平总书记, 栗战书委员长): a name, no title.
_HONORIFICS = frozenset({"总书记", "主席", "委员长", "总理"})
# Members of a congress are addressed by their seat after the name (叶赞平委员提问, 王东明副委员长主持):
# a name, no title; unlike the honorifics the name needs its clear right edge.
_ADDRESSED = frozenset({"委员", "副委员长"})
# Posts named by what their holder does (负责人, 发言人, 召集人) come before a name, never after one.
_DESCRIBED = "人"
# An academy's seat is a rank like 院士, no post (guideline): 中国社会科学院荣誉学部委员 names a person only.
_RANKS = ("学部委员",)
# An honour written between a post and its holder after 、 (协会主席、诺贝尔化学奖得主|NAME, 编委、散文奖获得者|NAME):
# the post still belongs to the name after the honour, as it would with no honour between.
_HONOUR_GAP = re.compile(f"、[{CJK}“”]{{2,16}}?(?:得主|获得者)")
# The roles a closing credit names its people by; one credit may hold several, as county papers
# close (（通讯员王小五 记者张三丰）): each starts a new name.
_CREDIT_ROLES = "本报记者|融媒体记者|记者|通讯员|实习生"
# A closing credit standing as its own paragraph: （王 婷） / （宋 丹 姜振宇） / （记者 张三）.
_CREDIT = re.compile(f"[（(]((?:记者|通讯员|本报记者)?[{CJK}\\s、]{{2,24}})[）)]")
# A credit list closing the last paragraph: …昌盛。（本报记者甲、乙、丙）, a roundup's
# （综合本报记者甲、乙…）, a dateline with its reporters (（据新华社北京10月12日电  记者曹典、王思北）)
# or helpers (（李清华参与采写）).
_TRAILING_CREDIT = re.compile(
    f"(?:^|(?<=[。！？”]))\\s*[（(](?:据?(?:新华社|中新社|本报)[^（）()，。]{{0,24}}电\\s*)?(?:综合)?"
    f"((?:本报记者|记者|通讯员)[{CJK}、]{{2,120}}?|[{CJK}、]{{2,30}}(?=参与采写|参与报道))(?:参与采写|参与报道|报道|采写)?[）)]$"
)
# A dateline with its reporters opening a paragraph below highlight lines, where the layout
# does not split a byline: 本报拉萨10月16日电 （记者甲、乙）秋冬季节…
_DATELINE_CREDIT = re.compile(
    f"(?:本报|新华社)[{CJK}]{{0,12}}[0-9]{{1,2}}月[0-9]{{1,2}}日电\\s*[（(]((?:本报记者|记者)[{CJK}、\\s]{{2,40}}?)[）)]"
)
# A credit line under a graphic or page: 制图：新华社记者  胥晓璇 / 版式设计：张三、李四.
_CREDIT_LINE = re.compile(
    f"(?:制图|绘图|图片|摄影|版式设计|设计|漫画|责编|责任编辑)[：:]\\s*(?:新华社记者|本报记者|记者|通讯员)?\\s*([{CJK}\\s、]{{2,24}})"
)
# Achievement and action verbs after a bare name (王峥夺得…, 李玉燕和李绘分别获得…, 廖辉举起…):
# the name needs a clear left edge, and a two-character one a second mention or a listed partner.
_ACHIEVED = re.compile(
    "(?:分别|先后|再次|又|也)?(?:夺得|勇夺|摘得|摘取|斩获|赢得|获得|荣获|拿到|拿下|举起|捧起|捧得|夺冠|刷新)"
)
_ACHIEVER_JOIN = "和与、"
# Words that fix one edge of a bare name: appointments and removals (人事任免: the new post after
# 为 is no title, it is not written before the name), 同志 after a full name, and military ranks
# written after a name (张海林上校介绍: the rank is no title, like a professional rank).
_CUES = re.compile("(?P<appointed>任命|免去)|(?P<comrade>同志)|(?P<rank>[大上中少][校将])")
_PLACE_ENDS = "省市区县州镇乡村"  # 高新区获得: a place, no name
# A short biography opens with the name: 戴跃兵，男，1974年出生.
_BIO = re.compile(f"(?:^|(?<=[。；]))([{CJK}]{{2,4}})，[男女]，")


@dataclass(frozen=True, slots=True)
class PeopleRules:
    surnames: frozenset[str]
    compound: frozenset[str]
    not_names: frozenset[str]
    address: frozenset[str]
    address_after: re.Pattern[str]
    follow: re.Pattern[str]
    follow_chars: frozenset[str]
    body_ends: frozenset[str]
    not_in_foreign: tuple[str, ...]
    not_places: frozenset[str]
    heads: frozenset[str]
    speech: re.Pattern[str]
    roles: re.Pattern[str]
    role_words: re.Pattern[str]
    function_chars: frozenset[str]
    office_post: re.Pattern[str]
    translit: frozenset[str]
    tibetan: frozenset[str]
    post_note: re.Pattern[str]
    nations: re.Pattern[str]
    nations_end: re.Pattern[str]

    @classmethod
    def build(cls, lex: Lexicon) -> PeopleRules:
        surnames = lex.words("surnames")
        follow = lex.words("name_follow")
        nations = [w for w, t in lex.tags("countries").items() if t == "country"]
        return cls(
            surnames=frozenset(s for s in surnames if len(s) == 1),
            compound=frozenset(s for s in surnames if len(s) == 2),
            not_names=frozenset(lex.words("not_names")),
            address=frozenset(lex.words("address_terms")),
            address_after=re.compile(alternation(w for w in lex.words("address_terms") if len(w) > 1)),
            follow=re.compile(alternation(follow)),
            follow_chars=frozenset(w for w in follow if len(w) == 1),
            body_ends=frozenset(
                [w[-1] for w in lex.words("gov_bodies")]
                + [w[-1] for w in lex.words("org_suffixes")]
                + list("局厅部署办队")
            ),
            not_in_foreign=(*lex.words("titles"), "顾问"),
            not_places=frozenset(lex.words("not_places")),
            heads=frozenset(lex.words("titles")),
            speech=re.compile(alternation(w for w, t in lex.tags("speakers").items() if t == "verb")),
            roles=re.compile(f"(?:{alternation(w for w, t in lex.tags('speakers').items() if t == 'role')})$"),
            role_words=re.compile(alternation(w for w, t in lex.tags("speakers").items() if t == "role")),
            function_chars=frozenset(lex.words("function_chars")),
            office_post=re.compile(f"(?:{'|'.join(_OFFICE_ENDS)})(?:{alternation(lex.words('titles'))})"),
            translit=frozenset("".join(lex.words("translit_chars"))),
            tibetan=frozenset(lex.words("tibetan_names")),
            post_note=re.compile(f"[（(](?:{alternation(lex.words('post_notes'))})[）)]"),
            nations=re.compile(alternation(nations)),
            nations_end=re.compile(f"(?:{alternation(nations)})$"),
        )


def rules(lex: Lexicon) -> PeopleRules:
    return lex.compiled("people", PeopleRules.build)


def _edge(text: str, pos: int, r: PeopleRules) -> int:
    """How clearly a name may end at `pos`: 2 at punctuation, the end of text or a follow word
    of two or more characters (参加, 指出), 1 at a one-character follow word (在, 作), else 0."""
    if pos >= len(text) or not re.match(f"[{CJK}]", text[pos]):
        return 2
    m = r.follow.match(text, pos)
    if m and len(m.group()) == 1 and _WORD_ACROSS.match(text, pos - 1):
        return 0  # 游客可|以直接: the one-character follow word is the end of a word (可以), no edge
    return 0 if not m else 2 if len(m.group()) > 1 else 1


def _name_shapes(text: str, i: int, r: PeopleRules) -> list[str]:
    """Candidate names starting at `i`, longest first (shortest first for 阿不都·热合曼)."""
    m = _MINORITY.match(text, i)
    if m:  # the part after · runs into the next word, so shortest first
        head, tail = m.groups()
        if "—" in tail:  # 布洛克兰—威斯汀: the dash holds the double name together
            first, second = tail.split("—")
            shapes = [f"{head}{first}—{second[:n]}" for n in range(2, len(second) + 1)]
        else:
            shapes = [head + tail[:n] for n in range(min(2, len(tail)), len(tail) + 1)]
    else:
        shapes = []
        if text[i : i + 2] in r.compound:
            shapes += [text[i : i + 4], text[i : i + 3]]
        if text[i : i + 1] in r.surnames:
            shapes += [text[i : i + 3], text[i : i + 2]]
        if text[i : i + 2] in r.tibetan:  # 仁增多杰, 扎西: one or two parts, no surname
            if text[i + 2 : i + 4] in r.tibetan:
                shapes.insert(0, text[i : i + 4])
            if text[i : i + 2] not in shapes:
                shapes.append(text[i : i + 2])
    return [n for n in shapes if _plausible(n, r)]


def _plausible(name: str, r: PeopleRules) -> bool:
    if len(name) < 2 or not re.fullmatch(f"(?:[A-Z][·•・])?[{CJK}·•・—]+", name) or "某" in name:
        return False  # 刘某强, 李某: names withheld are no names
    if name[0] in r.not_names or name in r.not_names or name[:2] in r.not_names or name[-2:] in r.heads:
        return False  # 霍书记 is a way of addressing someone, not a name
    if name[2 if name[:2] in r.compound else 1 :] in r.address or set(name) & set(_PARTICLES):
        return False  # 李女士, 村民李叔, 游客来了: a surname with a form of address, or a particle, is no name
    if name[-1] in "·•・—":
        return False  # 志愿者黄成——: a joiner ends no name, the dash opens the profile's heading
    follow = r.follow.match(name)
    if follow and len(follow.group()) > 1:
        return False  # 负责人|宣布: a word that follows names (宣布, 相信) starts no name
    head = re.split("[·•・]", name)[0]  # 会主席吉姆·布雷耶: a title swallowed into the first part
    if len(head) == len(name):
        return True
    # a follow word inside the first part ends the word before it; at its end it is the name's (阿不都·热合曼)
    return not any(t in head for t in r.not_in_foreign) and not r.follow_chars & set(head[:-1])


# Hong Kong and Macao women write their husband's surname before their own (林郑月娥, 朱叶玉如)
_MARRIED_NAMES = re.compile("香港|澳门")
_MARRIED_LENGTH = 4


def _married_name(text: str, i: int, r: PeopleRules, article_text: str) -> str | None:
    """A married name of two surnames and a two-character given name (林郑月娥宣布), only in an
    article on Hong Kong or Macao, and only where the three characters before give no clean end
    while the four do: elsewhere a given name opening on a surname (陈林峰) is far more common."""
    name = text[i : i + _MARRIED_LENGTH]
    if (
        len(name) < _MARRIED_LENGTH
        or name[0] not in r.surnames
        or name[1] not in r.surnames
        or not _MARRIED_NAMES.search(article_text)
    ):
        return None
    if name[-1] in r.follow_chars or _edge(text, i + 3, r) or r.follow.match(text, i + 2):
        return None  # 彭斯|发表: the last two characters are the next word, not a given name
    if _edge(text, i + 4, r) < 2 and not r.speech.match(text, i + 4):
        return None
    return name if _plausible(name, r) and name[2:] not in r.not_names else None


def name_at(text: str, i: int, r: PeopleRules, article_text: str) -> str | None:
    """The person's name starting at `i`, or None.

    The longest shape with a clear right edge wins (陈梅|参加 over 陈梅参|加, 应勇|认为 over
    应勇认|为); without one, a name is taken only if it stands with a clear edge elsewhere in
    the article (石振棋 … 石振棋指出).
    """
    if married := _married_name(text, i, r, article_text):
        return married
    shapes = [n for n in _name_shapes(text, i, r) if i + len(n) <= len(text)]
    # 书记来|调研: a given name that is a whole follow word is the next word, not a name
    shapes = [n for n in shapes if not (len(n) == 3 and "·" not in n and r.follow.fullmatch(n[1:]))]
    if shapes and _MINORITY.match(shapes[0]):  # shortest with an edge; a long tail is a clause
        short = next((n for n in shapes[:_FOREIGN_TAIL] if _edge(text, i + len(n), r)), None)
        # …·波洛利卡什维利等: a longer tail is taken only as a run of transliteration characters
        long = (n for n in reversed(shapes[_FOREIGN_TAIL:]) if r.translit.issuperset(_JOINERS.split(n)[-1]))
        return short or next((n for n in long if _edge(text, i + len(n), r)), None)
    # 王毅等 / 赵萍说: a last character that is itself a follow word ends the name before it,
    # unless it is a conjunction with a clear edge after the whole (国防部长魏凤和，/ 魏凤和出席)
    shapes = [
        n
        for n in shapes
        if not (n[-1] in r.follow_chars and n[:-1] in shapes) or (n[-1] in _NAME_CONJ and _edge(text, i + len(n), r))
    ]
    for strength in (2, 1):
        for n in shapes:
            if _edge(text, i + len(n), r) >= strength:
                return n
    for n in shapes:  # 程旭|打开 … 程旭|说: the clear mention elsewhere decides
        if any(_edge(article_text, m.end(), r) for m in re.finditer(re.escape(n), article_text)):
            return n
    return None


def _edged(shapes: list[str], text: str, i: int, r: PeopleRules, article_text: str) -> str | None:
    """The first shape with a clear edge here, else the first with one where the article names it
    again (巴巴耶夫举行会谈 … 巴巴耶夫说)."""
    for n in shapes:
        if _edge(text, i + len(n), r):
            return n
    for n in shapes:
        if any(_edge(article_text, m.end(), r) for m in re.finditer(re.escape(n), article_text)):
            return n
    return None


_FOREIGN_LONGEST = 7  # 叶尔梅克巴耶夫
_OFFICE_ENDS = ("办公室", "部", "局", "署", "委员会")


def foreign_name_at(text: str, i: int, r: PeopleRules, article_text: str) -> str | None:
    """A transliterated name without a Chinese surname after a post abroad (美国前财政部长保尔森,
    阿塞拜疆国防部长加桑诺夫、…): the shortest run of two to seven characters that ends at a
    clear edge here (、 or a follow word), else one standing with an edge elsewhere
    (巴巴耶夫举行会谈 … 巴巴耶夫说). A follow word (表示) or function character is no name."""
    if r.follow.match(text, i):
        return None
    run = re.match(f"[{CJK}]{{2,14}}", text[i:])
    if run and r.office_post.search(run.group()):
        return None  # 菲律宾总统|通信业务办公室助理秘书长…: the run is a body and a post, no name
    shapes = []
    for n in range(2, _FOREIGN_LONGEST + 1):
        cand = text[i : i + n]
        if len(cand) < n or not re.fullmatch(f"[{CJK}]+", cand) or r.function_chars & set(cand):
            break
        if r.follow.search(cand, 1) or cand in r.not_names or cand[:2] in r.not_names:
            break  # 福田康夫及出席: the run already holds the next word
        shapes.append(cand)
    return _edged(shapes, text, i, r, article_text)


# A title reduced to its level (省|省长, 市|副市长): the place's name before it is in no list.
_DOUBLED_LEVEL = re.compile("([省市县区州])(?:副|常务副)?\\1长$")
_PLACE_LONGEST = 6


def _unlisted_place(text: str, start: int, floor: int, r: PeopleRules, lex: Lexicon) -> str | None:
    """The name of a place abroad or unlisted before its level (中戈壁省省长 → 中戈壁): the
    characters after the last stop word or function character, two at least."""
    span = text[max(floor, start - _PLACE_LONGEST) : start]
    span = span[left_stops(lex).cut(span) :]
    cut = max((i + 1 for i, c in enumerate(span) if c in r.function_chars), default=0)
    span = span[cut:]
    return span if len(span) >= 2 and re.fullmatch(f"[{CJK}]+", span) else None


_TRANSLIT_SHORTEST = 3  # 巴特尔 …; two characters are as often the next word


def transliterated_at(text: str, i: int, r: PeopleRules, article_text: str) -> str | None:
    """A foreign name after a post whose place is no country (美国贸易代表|莱特希泽、, 中戈壁省省长|
    巴特额尔登表示): the longest run of three to seven transliteration characters (translit_chars.txt)
    with a clear edge here or elsewhere in the article; a three-character one only in an article
    that names a country abroad. Only such characters are taken, so a Chinese word after the post
    never reads as a name."""
    run = i
    while run < len(text) and run - i <= _FOREIGN_LONGEST and text[run] in r.translit:
        run += 1
    if not _TRANSLIT_SHORTEST <= run - i <= _FOREIGN_LONGEST or text[run : run + 1] in "·•・—":
        return None  # 祖拉布·波洛利卡什维利: a joined name too long for name_at is no shorter name
    shapes = [text[i:n] for n in range(run, i + _TRANSLIT_SHORTEST - 1, -1)]
    shapes = [n for n in shapes if n not in r.not_names and n[:2] not in r.not_names and not r.follow.match(n)]
    if shapes and len(shapes[-1]) == _TRANSLIT_SHORTEST and not r.nations.search(article_text):
        shapes.pop()  # 公司总经理卡拉比说: the shortest run needs a country named in the article
    return _edged(shapes, text, i, r, article_text)


def _name_before(text: str, end: int, r: PeopleRules, lex: Lexicon, *, loose: bool = False) -> str | None:
    """A name ending right before a title (高瑞生|副市长), with a clear left edge.

    It must not end in a function word (张三任|县委书记) or like a body (公安部|部长). `loose`
    (before a leader's honorific: 贯彻习近平总书记) takes a three-character name without an edge.
    """
    stops = left_stops(lex)
    for n in (3, 2, 4):
        s = end - n
        if s < 0:
            continue
        cand = text[s:end]
        if cand not in _name_shapes(text, s, r) or cand[-1] in r.follow_chars or cand[-1] in r.body_ends:
            continue
        if s and cand[0] in _COUNTED and re.match(r"[\d一二三四五六七八九十两几]", text[s - 1]):
            continue  # 3位|党员委员: a count of people, no name
        if s == 0 or not re.match(f"[{CJK}]", text[s - 1]) or stops.ends_at(text, s):
            return cand
        if loose and n == 3 and cand[0] in r.surnames and not r.function_chars & set(cand[1:]):
            return cand
    return None


class _Collector:
    """People of one article in first-mention order, titles merged per name."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def add(self, name: str, titles: list[str], mention: Mention | None = None) -> None:
        person = self.people.setdefault(name, Person(name=name))
        for t in titles:
            if t not in person.titles:
                person.titles.append(t)
        if mention and mention not in person.mentions:
            person.mentions.append(mention)


def find_people(paragraphs: list[str], lex: Lexicon, byline: Byline | None = None) -> list[Person]:
    """Titled officials, listed names and byline credits of one article, with all mentions."""
    r = rules(lex)
    article_text = "\n".join(paragraphs)
    found = _Collector()
    g = grammar(lex)
    for pi, text in enumerate(paragraphs):
        for m in g.head_matches(text):
            if text[m.start() - 1 : m.start() + 1] in r.not_places:  # 赛区|长沙, 社区|长: no head
                continue
            if text[m.end() - 1 : m.end() + 1] in r.not_names:  # 负责人|道主义, 负责人|员: the head ends inside a word
                continue
            if text[m.end() : m.end() + 1] in BODY_OF_HEADS and not r.follow.match(text, m.end()):
                continue  # 发展基金主席|团, 国际合作委员|会: a body, no post (书记|会见 still is one)
            floor = clause_floor(text, m.start())
            start, titles = g.titles_before(text, m, floor, article_text)
            extended = False
            if titles and (country := g.country_before(text, start, floor)) < start and not g.abroad(titles[0]):
                titles[0], start, extended = text[country:start] + titles[0], country, True  # 瓦努阿图|内政部长
            elif titles and _DOUBLED_LEVEL.match(titles[0]) and (place := _unlisted_place(text, start, floor, r, lex)):
                titles[0], start = place + titles[0], start - len(place)  # 中戈壁省|省长: a place no list knows
            if m.group().endswith(_BARE_MEMBER) and text[m.end() : m.end() + 1] in "国单":
                continue  # 上合组织成员国, 成员单位: no post
            if titles and titles[-1] == _BARE_MEMBER:  # 家庭成员张三: 成员 is a post only in a body
                continue
            at = m.end()
            if titles and (note := r.post_note.match(text, at)):  # 副区长（挂职）|刘洋: how the post is held
                titles[-1], at = titles[-1] + note.group(), note.end()
            if titles and (honour := _HONOUR_GAP.match(text, at)):
                at = honour.end()
            name = name_at(text, at, r, article_text)
            if not name and titles and not extended and g.abroad(titles[0]):  # 日本前首相|福田康夫
                name = foreign_name_at(text, at, r, article_text)
            elif not name and titles:  # 国际军事体育理事会主席|皮奇里洛: a post that names no country
                name = transliterated_at(text, at, r, article_text)
            if name:
                end = at + len(name)
                found.add(name, [t for t in titles if not t.endswith(_RANKS)], Mention(pi, at, end))
                _list_after(text, end, pi, r, g, article_text, found)
                continue
            if m.group().endswith(_DESCRIBED):
                continue  # 有关部门负责人: a post named by what one does is never written after a name
            honorific = m.group() in _HONORIFICS and start == m.start()
            addressed = m.group() in _ADDRESSED and start == m.start()
            name = _name_before(text, start, r, lex, loose=honorific)
            if name and (honorific or _edge(text, m.end(), r)):
                # a leader's post after the name is an honorific (习近平总书记); others stay titles
                found.add(name, [] if honorific or addressed else titles, Mention(pi, start - len(name), start))
        _lists(text, pi, r, article_text, found)
        _bare_list(text, pi, r, lex, article_text, found)
        _speakers(text, pi, r, article_text, found)
        _achievers(text, pi, r, lex, article_text, found)
        _credits_and_bios(text, pi, r, found)
    if byline:
        # The most specific role first: a correspondent is listed among reporters too.
        for role, names in (
            ("correspondent", byline.correspondents),
            ("reporter", byline.reporters),
            ("photographer", byline.photographers),
        ):
            for name in names:
                found.add(name, [])
                found.people[name].role = found.people[name].role or role
    _all_mentions(paragraphs, found)
    return list(found.people.values())


def _list_after(
    text: str,
    pos: int,
    pi: int,
    r: PeopleRules,
    g: TitleGrammar,
    article_text: str,
    found: _Collector,
) -> None:
    """Untitled names continuing a person with 、 (副区长张三、李四出席): each is a person; the
    post is written before the first name only, so only that one holds it (guideline)."""
    while pos < len(text) and text[pos] == _LIST_SEP:
        name = name_at(text, pos + 1, r, article_text) or _list_item(text, pos + 1, r)
        after = pos + 1 + len(name or "")
        if not name or g.heads.match(text, after) or text[after : after + 1] in r.body_ends:
            return  # 、副区长…: the next item has a post; 、商务|部部长: a body, no name
        if r.nations.fullmatch(name):
            return  # 、韩国21世纪…协会会长: a country opens the next item's post, no name
        found.add(name, [], Mention(pi, pos + 1, pos + 1 + len(name)))
        pos += 1 + len(name)


_LIST_ITEM = re.compile(f"[{CJK}]{{2,4}}(?=[、，。；])")


def _list_item(text: str, i: int, r: PeopleRules) -> str | None:
    """A whole list item between 、 and 、/，: 王东明、白玛赤林、丁仲礼 — both edges are the list's,
    so a four-character name with a one-character surname (白玛赤林) is taken whole."""
    m = _LIST_ITEM.match(text, i)
    if not m or text[i - 1 : i] != _LIST_SEP:
        return None
    item = m.group()
    if item[0] not in r.surnames and item[:2] not in r.compound:
        return None
    if item in r.not_names or item[:2] in r.not_names or r.function_chars & set(item[1:]) or item[-2:] in r.heads:
        return None
    return item


_ITEM = f"(?:[{CJK}]{{2,4}}|(?:[{CJK}]{{1,6}}·)+[{CJK}]{{1,8}})"
# Wrapped in a lookahead so that every start is tried: 在|韩乔生、鞠彬彬等 after a preposition.
# Also closed by an exhibition of their works (——高帆、牛畏予摄影作品展) or prizes (…分别获得).
_LIST = re.compile(
    f"(?=(?:(?<=领导)|(?<=[，,：:。在由与和请有—])|^)((?:{_ITEM}、)+{_ITEM}?)"
    "(?=等|同志|出席|参加|陪同|(?:摄影|书画|美术)?作品展|分别获得|分别荣获))"
)
# One leader named after 领导 needs no list: 区领导蔡加立陪同, 县领导王五参加调研.
_ONE_LEADER = re.compile(f"(?<=领导)({_ITEM})(?=等|同志|出席|参加|陪同|列席)")


def _lists(text: str, pi: int, r: PeopleRules, article_text: str, found: _Collector) -> None:
    """Name lists after 领导 or a clause edge and closed by 等 / 出席 …: 县领导舒畅、吴剑锋等参加; after
    领导, one name is a list too (区领导蔡加立陪同).

    Every item must be a plausible name, so 北京、上海等 (no surname) is no list of people.
    """
    for m in _ONE_LEADER.finditer(text):
        if name_at(text, m.start(1), r, article_text) == m.group(1):
            found.add(m.group(1), [], Mention(pi, m.start(1), m.end(1)))
    if _LIST_SEP not in text:
        return
    for m in _LIST.finditer(text):
        items = m.group(1).split(_LIST_SEP)
        names, pos = [], m.start(1)
        for item in items:
            name = name_at(text, pos, r, article_text)
            if name is None and item == items[-1] and item in _name_shapes(text, pos, r):
                name = item  # the closing word is the edge: 牛畏予|摄影作品展
            if name != item and not (item == items[-1] and name and item.startswith(name)):
                break
            names.append((name, pos))
            pos += len(item) + 1
        else:
            for name, p in names:
                found.add(name, [], Mention(pi, p, p + len(name)))


# A bare list of names: two or more items joined by 、 after a clause edge, 由 or 的, the last one
# closed by 和 / 与 / 及 or punctuation (由谢振翔、金泳德和姚兆楠组成…, 。王勇、肖捷和国家…).
_BARE_LIST = re.compile(f"(?:^|(?<=[，：。；“”由的]))((?:[{CJK}]{{2,3}}、)+)")


def _bare_list(text: str, pi: int, r: PeopleRules, lex: Lexicon, article_text: str, found: _Collector) -> None:
    """Names of a list none of whose items is a place or a word: every item a surname-led name of
    two or three characters (see _BARE_LIST); the item after a closing 和 is taken when it is one too."""
    places = grammar(lex).gaz.candidates

    def item_ok(name: str | None) -> bool:
        return bool(name) and len(name) in (2, 3) and name not in places and name[-1] not in r.body_ends and not (
            r.function_chars & set(name[1:]))

    def worded(name: str) -> bool:  # 玉米, 公租房 (租房), 管根本 (根本): a common word, or one after a character
        return is_word(name) or (len(name) == 3 and (is_word(name[1:]) or is_word(name[:2])))

    for m in _BARE_LIST.finditer(text):
        names, pos = [], m.start(1)
        for item in m.group(1).split(_LIST_SEP)[:-1]:
            if item not in _name_shapes(text, pos, r) or not item_ok(item):
                break
            names.append((item, pos))
            pos += len(item) + 1
        else:
            last = name_at(text, pos, r, article_text)
            if not item_ok(last):
                continue
            end = pos + len(last)
            if end < len(text) and text[end] not in "和与及，。；：！？”）)…":
                continue  # 甲、乙、丙3位党员: a count after the list, its people are described, not listed
            names.append((last, pos))
            if text[end : end + 1] in "和与及":
                after = name_at(text, end + 1, r, article_text)
                if item_ok(after) and _edge(text, end + 1 + len(after), r) == 2:
                    names.append((after, end + 1))
            words = [n for n, _ in names]
            if all(map(worded, words)) or len({n[0] for n in words}) == 1:
                continue  # 玉米、黄豆和大米, 边挣钱、边改造: a list of things, or of one character's words
            for name, p in names:
                if name not in found.people:
                    found.add(name, [], Mention(pi, p, p + len(name)))


def _name_ending_at(text: str, end: int, r: PeopleRules, sizes: tuple[int, ...], edges: str) -> str | None:
    """The first name of `sizes` characters that ends at `end` and starts the text or follows
    one of `edges` (a clear left edge: punctuation, 的)."""
    for n in sizes:
        s = end - n
        if s >= 0 and (s == 0 or text[s - 1] in edges) and text[s:end] in _name_shapes(text, s, r):
            return text[s:end]
    return None


def _after_unit(text: str, s: int, r: PeopleRules) -> bool:
    """Whether a name may start at `s`: the text starts there, or punctuation, 的 or the end of
    a body (参谋部, 支队) stands before it."""
    return s == 0 or (s > 0 and (text[s - 1] in _LEFT_EDGES or text[s - 1] in r.body_ends))


def _unit_ends_at(text: str, pos: int, r: PeopleRules) -> bool:
    """Whether a unit's name ends at `pos` (大学|教授, 社区|王冬玲): a body's last character that
    ends no quantifier or country (广大|市民, 中国|代表)."""
    return pos > 0 and text[pos - 1] in r.body_ends and text[pos - 1] not in _NOT_UNIT


def _country_ends_at(text: str, pos: int, r: PeopleRules) -> bool:
    """Whether a country abroad ends at `pos` (意大利|演员, 乌兹别克斯坦|学员)."""
    return r.nations_end.search(text, max(0, pos - _FOREIGN_LONGEST), pos) is not None


def _speakers(text: str, pi: int, r: PeopleRules, article_text: str, found: _Collector) -> None:
    """Untitled people who speak (村民张三说 / ，李四表示) or stand after a role word with a clear
    edge (村民李俊平，因… / 农场主向珊一边…): speakers.txt verbs and roles."""
    for m in r.speech.finditer(text):
        for n in (3, 2, 4):
            s = m.start() - n
            if s < 0:
                continue
            cand = text[s : m.start()]
            if r.role_words.fullmatch(cand):
                continue  # ，农民说: a role (农 is also a surname), no name
            # the speech verb is the name's right edge: 宋维秋|感慨地说
            if name_at(text, s, r, article_text) != cand and cand not in _name_shapes(text, s, r):
                continue
            if s == 0 or not re.match(f"[{CJK}]", text[s - 1]) or r.roles.search(text, max(0, s - 4), s):
                found.add(cand, [], Mention(pi, s, m.start()))
                break
    for m in r.role_words.finditer(text):
        if (len(m.group()) < 3 and m.start() and re.match(f"[{CJK}]", text[m.start() - 1])
                and text[m.start() - 1] not in _ROLE_AFTER and not _country_ends_at(text, m.start(), r)
                and (text[m.start() - 1] not in _ROLE_AFTER_WORD or m.group() == _COLLECTIVE)
                and not _unit_ends_at(text, m.start(), r)):
            continue  # 让村民富口袋, 基层党员干部要: a short role word inside a phrase (not 意大利|演员)
        if m.start() and text[m.start() - 1] in _COUNTED:
            continue  # 百万志愿者展风采, 30名志愿者: a count of people, nobody named
        name = name_at(text, m.end(), r, article_text)
        if not name or name in found.people:
            continue
        end = m.end() + len(name)
        # a one-character follow word is edge enough after a role (网格员彭程涛|在走访, 教授戴光泽|的),
        # unless it joins things (群众游行|和, 党员宣誓室|等: a word of the phrase, no name)
        edge = _edge(text, end, r)
        # 等 ending a group before what it does is an edge too (村民代表刘大海等|作了发言; not 宣誓室等设施)
        closes = text.startswith("等", end) and _edge(text, end + 1, r)
        if edge == 2 or (edge == 1 and (text[end] not in _JOINS or closes)):
            found.add(name, [], Mention(pi, m.end(), end))
    for m in _AFTER_NAME.finditer(text):  # 打过游击战的张茂钊老人今年98岁 (not 200余位老人: a count)
        name = _name_ending_at(text, m.start(), r, (3, 2, 4), _LEFT_EDGES)
        if name and not r.role_words.match(name):  # 居民王先生: a role and a surname, no name
            found.add(name, [], Mention(pi, m.start() - len(name), m.start()))
    for m in r.address_after.finditer(text):  # 云台社区王冬玲大姐说, 的李金生师傅: a full name before a form of address
        s = m.start() - 3
        if s < 0 or not (s == 0 or text[s - 1] in _LEFT_EDGES + _PLACE_ENDS or _unit_ends_at(text, s, r)):
            continue
        name = text[s : m.start()]
        if (name in _name_shapes(text, s, r) and not r.role_words.match(name) and name[-1] not in r.body_ends
                and not r.function_chars & set(name[1:]) and name[-1] not in r.surnames):  # 初见|黄大妈
            found.add(name, [], Mention(pi, s, m.start()))
    for m in _CUES.finditer(text):
        if m.group("appointed"):  # 任命张三为…, 免去李四的…职务: the 为 / 的 ends the name
            i = m.end()
            name = next((text[i : i + n] for n in (3, 2) if text[i + n : i + n + 1] in ("为", "的")), None)
            if name and name in _name_shapes(text, i, r) and name not in r.not_names:
                found.add(name, [], Mention(pi, i, i + len(name)))
        elif m.group("comrade"):  # 以习近平同志为核心 / 的李大成同志: a full name before 同志
            name = _name_ending_at(text, m.start(), r, (3,), _LEFT_EDGES + "以和与向对")
            if not name and (short := _name_ending_at(text, m.start(), r, (2,), _CLAUSE_EDGES)):
                name = None if is_word(short) else short  # 。武警同志: a word, no name
            if name and not r.role_words.match(name) and name not in r.not_names and name[-1] not in r.function_chars:
                found.add(name, [], Mention(pi, m.start() - len(name), m.start()))
        elif _edge(text, m.end(), r) or r.speech.match(text, m.end()):  # 空军参谋部张海林上校介绍: a rank
            s = m.start()
            name = next((text[s - n : s] for n in (3, 2) if _after_unit(text, s - n, r)), None)
            if name and name in _name_shapes(text, s - len(name), r) and name[-1] not in r.body_ends:
                found.add(name, [], Mention(pi, s - len(name), s))
    for m in _GROUP_OF.finditer(text):  # ，陈丁等50位残疾人, …公司的曹光裕等四人: the named first of a group
        if name := _name_ending_at(text, m.start(), r, (3, 2), "，。；：“（ 的"):
            found.add(name, [], Mention(pi, m.start() - len(name), m.start()))
    for m in _DESCRIPTION_AT.finditer(text):
        name = name_at(text, m.end(), r, article_text)
        if not name or name in found.people:
            continue
        end = m.end() + len(name)
        edge = 2 if r.speech.match(text, end) or text.startswith("等", end) else _edge(text, end, r)
        # a one-character follow word (曲珍就…) is enough when the name stands elsewhere too
        if edge == 2 or (edge == 1 and article_text.count(name) > 1):
            found.add(name, [], Mention(pi, m.end(), m.end() + len(name)))
    for m in _AGED.finditer(text):
        name = name_at(text, m.end(), r, article_text)
        if not name:  # 83岁的周育才|接过话茬: no edge needed after an age
            name = next((n for n in _name_shapes(text, m.end(), r) if len(n) == 3 and "·" not in n), None)
            if name and (is_word(name[:2]) or r.role_words.match(name) or _edge(text, m.end() + 4, r)):
                continue  # 63岁的母亲再三, 53岁的农户黄翠英, 40岁的索南达杰|和: a word, a role, a longer name
        if name and name not in found.people and not r.follow.fullmatch(name[1:]):
            found.add(name, [], Mention(pi, m.end(), m.end() + len(name)))


def _achievers(text: str, pi: int, r: PeopleRules, lex: Lexicon, article_text: str, found: _Collector) -> None:
    """Bare names before an achievement verb: ，王峥夺得… / ，李玉燕和李绘分别获得… (see _ACHIEVED)."""
    places = grammar(lex).gaz.candidates
    for m in _ACHIEVED.finditer(text):
        end, names = m.start(), []
        while True:
            name = next(
                (
                    text[end - n : end]
                    for n in (3, 2, 4)
                    if end - n >= 0
                    and text[end - n : end] in _name_shapes(text, end - n, r)
                    and text[end - 1] not in r.body_ends
                    and text[end - 1] not in _PLACE_ENDS
                    and text[end - n : end] not in places
                ),
                None,
            )
            if name is None:
                names = []
                break
            s = end - len(name)
            names.append((name, s))
            if s and text[s - 1] in _ACHIEVER_JOIN:
                end = s - 1
                continue
            if s and re.match(f"[{CJK}]", text[s - 1]) and not r.roles.search(text, max(0, s - 4), s):
                names = []  # no clear left edge: 全国|高校获得
            break
        alone = len(names) == 1
        if any(re.search(f"{re.escape(n)}[{CJK}]{{0,4}}(?:公司|集团)", article_text) for n, _ in names):
            continue  # 盛瑞获得… and 盛瑞传动公司: a brand, no person
        for name, s in names:
            if alone and len(name) == 2 and article_text.count(name) < 2:
                continue  # 王峥夺得 … 王峥在: a two-character name alone needs a second mention
            found.add(name, [], Mention(pi, s, s + len(name)))


def _credits_and_bios(text: str, pi: int, r: PeopleRules, found: _Collector) -> None:
    """Closing credits as a paragraph of their own (（王 婷）, （宋 丹 姜振宇）) and the name that
    opens a short biography (戴跃兵，男，…)."""
    bare = text.strip()
    m = (
        _TRAILING_CREDIT.search(bare)
        or _CREDIT.fullmatch(bare)
        or _CREDIT_LINE.fullmatch(bare)
        or _DATELINE_CREDIT.match(bare)
    )
    if m:
        tokens = [t for t in re.split(rf"[\s、]+|{_CREDIT_ROLES}", m.group(1)) if t]
        names: list[str] = []
        for tok in tokens:  # letter-spaced two-character names: 王 婷
            if len(tok) == 1 and names and len(names[-1]) == 1:
                names[-1] += tok
            else:
                names.append(tok)
        if names and all(2 <= len(n) <= 4 and _name_shapes(n, 0, r) and n in _name_shapes(n, 0, r) for n in names):
            for n in names:
                found.add(n, [])
                found.people[n].role = found.people[n].role or "reporter"
    for b in _BIO.finditer(text):
        cand = b.group(1)
        if cand in _name_shapes(text, b.start(1), r):
            found.add(cand, [], Mention(pi, b.start(1), b.end(1)))


def _all_mentions(paragraphs: list[str], found: _Collector) -> None:
    """Every later mention of a known person: the bare name, or the given name + 同志 (更军同志)."""
    people = list(found.people.values())
    for person in people:
        forms = [person.name]
        if len(person.name) == 3 and "·" not in person.name:
            forms.append(person.name[1:] + "同志")
        for pi, text in enumerate(paragraphs):
            for form in forms:
                start = text.find(form)
                while start >= 0:
                    end = start + len(person.name) if form == person.name else start + 2
                    mention = Mention(pi, start, end)
                    if not any(_overlaps(mention, m) for m in person.mentions):
                        person.mentions.append(mention)
                    start = text.find(form, start + 1)
        person.mentions.sort(key=lambda m: (m.paragraph, m.start))


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end
