"""People and titles: one case per rule family, in styles beyond the seed page."""

from __future__ import annotations

import pytest

from banmian.extract import annotate, extract_text
from banmian.extract.lexicon import default_lexicon
from banmian.extract.people import find_people
from banmian.layout.byline import split_byline
from banmian.model import Article, Byline, Page


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # district level, one title
        ("1月29日，区委书记石振棋到金峰开发区调研。", {"石振棋": ["区委书记"]}),
        # titles joined by 、, a place-prefixed title kept as written
        ("副区长、金峰开发区党工委书记周志平参加调研。", {"周志平": ["副区长", "金峰开发区党工委书记"]}),
        ("区委常委、副区长蔡加立部署了工作。", {"蔡加立": ["区委常委", "副区长"]}),
        # people's congress, CPPCC, court, procuratorate
        ("县人大常委会副主任赵刚、市政协副主席钱伟出席。", {"赵刚": ["县人大常委会副主任"], "钱伟": ["市政协副主席"]}),
        (
            "市中级人民法院院长孙立，市人民检察院检察长周强参加。",
            {"孙立": ["市中级人民法院院长"], "周强": ["市人民检察院检察长"]},
        ),
        # 党组 forms, departments not in the body list, 常务副, 一级巡视员
        ("市发改委党组书记、主任司马光主持。", {"司马光": ["市发改委党组书记", "主任"]}),
        ("市文化和旅游局局长陈晓红出席。", {"陈晓红": ["市文化和旅游局局长"]}),
        ("市委常委、常务副市长欧阳明辉讲话。", {"欧阳明辉": ["市委常委", "常务副市长"]}),
        ("省生态环境厅一级巡视员张海涛介绍。", {"张海涛": ["省生态环境厅一级巡视员"]}),
        # an ethnic township; a post that opens with its unit's level (街道主任) takes the unit's name
        ("马营子满族乡乡长赵宝才认为，要多学习。", {"赵宝才": ["马营子满族乡乡长"]}),
        ("天津市河西区友谊路街道主任、党委书记杨林说。", {"杨林": ["天津市河西区友谊路街道主任", "党委书记"]}),
        # four places before the body: city short name, county-level city, town, village
        ("烟台招远市辛庄镇海埠村党支部书记徐进尧说。", {"徐进尧": ["烟台招远市辛庄镇海埠村党支部书记"]}),
        # 村支书 is a village post; occupations before a speaking name (农民, 工作人员, 创业者) are roles
        ("80后村支书刘胜，赶上了这么一个事。", {"刘胜": ["村支书"]}),
        ("执法大队工作人员刘浩说，农民张震开说，创业者刘洋告诉记者。", {"刘浩": [], "张震开": [], "刘洋": []}),
        # a name opening a clause before a counted group; a place or a count is no name
        ("比赛闭幕，陈丁等50位选手脱颖而出，全村等10名代表发言。", {"陈丁": []}),
        # a role word is no name even where its first character is a surname (农)
        ("全村农民收入增加，农民说好。", {}),
        # a party branch belongs to the unit named before it at the start of the clause
        ("“要立足本职。”车队党总支书记刘晓慧说。", {"刘晓慧": ["车队党总支书记"]}),
        # a legal profession is an occupation, no title (like 民警)
        ("崂山区人民检察院检察官贺世国说，要依法办案。", {"贺世国": []}),
        # village and town
        (
            "村党支部书记、村委会主任李大勇说，镇长王芳到村里。",
            {"李大勇": ["村党支部书记", "村委会主任"], "王芳": ["镇长"]},
        ),
        # province level with a named province
        ("福建省委书记周祖翼强调。", {"周祖翼": ["福建省委书记"]}),
        # minority name joined by ·
        ("自治区人大常委会副主任阿不都·热合曼指出。", {"阿不都·热合曼": ["自治区人大常委会副主任"]}),
        # title after the name
        ("高瑞生副市长在会上强调。", {"高瑞生": ["副市长"]}),
        # lists after 领导, closed by 等
        ("县领导舒畅、吴剑锋、王开锋等参加。", {"舒畅": [], "吴剑锋": [], "王开锋": []}),
        # a name continuing a titled one with 、
        ("副县长张明、李华出席。", {"张明": ["副县长"], "李华": []}),
        # after a role, a one-character follow word is edge enough (在, 的), a joining one (和, 等) is not
        ("网格员彭海涛在走访中得知，教授戴文泽的办公室里，群众游行和联欢。", {"彭海涛": [], "戴文泽": []}),
        ("社区党员宣誓室等平台建成。", {}),
        # more roles: 队友, 老板, 组织员, 演员, 指挥
        ("队友周安在第三盘负于对手，渔老板周大林告诉记者。", {"周安": [], "周大林": []}),
        # more speech verbs as a name's right edge: 建议, 提问, 呼吁, 发现, 看来
        ("研究院院长高远建议，", {"高远": ["研究院院长"]}),
        ("叶长平委员提问。", {"叶长平": []}),
        # 作的 / 所作的: the report delivered, not part of the name
        ("会议听取了法院院长周刚作的报告和检察长张立所作的说明。", {"周刚": ["法院院长"], "张立": ["检察长"]}),
        # rarer surnames: 苻, 鄂, 慎
        (
            "副省长苻小红表示，部长鄂平安，台长慎海生出席。",
            {"苻小红": ["副省长"], "鄂平安": ["部长"], "慎海生": ["台长"]},
        ),
        # a congress member addressed by the seat after the name: a name, no title
        ("王东海副委员长主持会议。", {"王东海": []}),
        # the chair of a congress committee: 主任委员 is one head, not 委员
        (
            "会议听取了省人大常委会副主任委员、预算工委主任史文斌作的报告。",
            {"史文斌": ["省人大常委会副主任委员", "预算工委主任"]},
        ),
        # a stop word right before an institution's body is part of its name (发展|中心)
        ("。运城市果业发展中心主任潘建国说，", {"潘建国": ["运城市果业发展中心主任"]}),
        # a role word of three or more characters needs no clear edge before it; one after a count names nobody
        ("长岭村萝卜种植大户黄小江，几年前受灾。", {"黄小江": []}),
        ("冬奥会首金获得者杨小扬、", {"杨小扬": []}),
        ("开展“百万志愿者展风采”活动。", {}),
        # the named first of a group counted in 人, after 的
        ("来自市博物馆的王小杰等五人获铜奖。", {"王小杰": []}),
        # a place ends where the department starts (巴州区|卫生健康局, not 巴州|区卫生健康局); a
        # park area (园区) is a zone; a station (站) is a department; a body is no part of one
        ("，巴州区卫生健康局党组书记吴松说，", {"吴松": ["巴州区卫生健康局党组书记"]}),
        ("。黄河源园区管委会生态保护站站长马贵说，", {"马贵": ["黄河源园区管委会生态保护站站长"]}),
        # a bare name before 先生 / 故居 / 烈士 (not a role and a surname: 居民王先生)
        ("，毛泽东故居、刘少奇故居。沈日昌先生笑着。居民王先生很高兴。", {"毛泽东": [], "刘少奇": [], "沈日昌": []}),
        # short commission names (科委), special administrative regions (特区), troupes (团), a place
        # opening a short organisation name; a group (集团), like a company, owns no title
        ("。”北京市科委主任许强表示。", {"许强": ["北京市科委主任"]}),
        ("全国政协副主席何厚铧、澳门特区行政长官崔世安出席。",
         {"何厚铧": ["全国政协副主席"], "崔世安": ["澳门特区行政长官"]}),
        ("。”上海昆剧团团长谷好好说，", {"谷好好": ["上海昆剧团团长"]}),
        ("。香港民建联副主席陈勇表示，", {"陈勇": ["香港民建联副主席"]}),
        ("，招商局集团党委副书记胡建华，", {"胡建华": ["党委副书记"]}),
        # the region that elects members of a national body, before 全国
        ("。对此，港区全国政协委员王惠贞说，", {"王惠贞": ["港区全国政协委员"]}),
        # co- and senior posts
        ("。”青溪出版集团高级副总裁安妮·基特森说。青溪国际联席总裁陈启宇介绍，",
         {"安妮·基特森": ["高级副总裁"], "陈启宇": ["联席总裁"]}),
        # a member of a legislature
        ("。早在2014年，立法会议员葛珮帆就研究过。", {"葛珮帆": ["立法会议员"]}),
        # more roles before a speaking name; a role after a city's 州
        ("。来自上海的游客吴凡说，彭州市民陈倩，看到村医安敏英说，", {"吴凡": [], "陈倩": [], "安敏英": []}),
        # a team's head coach
        ("。”市足球队主教练王海涛说，", {"王海涛": ["市足球队主教练"]}),
        # a leader named alone at the start of a sentence before 参加会见
        ("双方签署了协议。吉明轩参加会见。", {"吉明轩": []}),
        # the 在…陪同下 companion is a person too
        ("在市委常委、宣传部部长黄坤的陪同下，王伟来到企业。", {"黄坤": ["市委常委", "宣传部部长"]}),
    ],
)
def test_people_and_titles(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中央书记处书记处理日常事务。",  # 书记处 is a body
        "他任主任科员多年。",  # 主任科员 is a rank, 科员 no name
        "县委书记高度重视，亲自部署。",  # 高度 follows a title but names nobody
        "北京、上海、广州等城市参加。",  # a list without surnames
        "“要撸起袖子加油干”成为口号。",  # slogans
    ],
)
def test_no_false_people(text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区长何才成主持会议。", "何才成"),
        ("主任陈梅参加调研。", "陈梅"),
        ("书记王刚强调，", "王刚"),
        ("区长应勇认为，", "应勇"),
    ],
)
def test_name_ends_before_follow_word(text: str, name: str) -> None:
    assert list(people(text)) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("文化生活更加丰富。（新华社北京10月12日电  记者曹小典、王思远）", ["曹小典", "王思远"]),
        ("展示了空军的风采。（李清远参与采写）", ["李清远"]),
        ("游客赞不绝口。（综合本报记者李一刚、庞小平、毕京报道）", ["李一刚", "庞小平", "毕京"]),
        ("团长说。（据新华社北京10月13日电  记者余小杰、孙丽）", ["余小杰", "孙丽"]),
    ],
)
def test_reporters_in_a_closing_dateline(text: str, names: list[str]) -> None:
    found = {p.name: p.role for p in find_people([text], default_lexicon())}
    assert found == dict.fromkeys(names, "reporter")


def test_later_mentions_resolve_to_the_same_person() -> None:
    article = extract_text("区委书记石振棋作讲话。\n石振棋指出，要抓落实。\n副区长张更军说，更军同志年轻。")
    by_name = {p.name: p for p in article.people}
    assert [m.paragraph for m in by_name["石振棋"].mentions] == [0, 1]
    assert len(by_name["张更军"].mentions) == 2  # 更军同志 is him too
    assert "更军" not in by_name


def test_byline_people_have_a_role_and_no_title() -> None:
    found = find_people(["区长何才成讲话。"], default_lexicon(), Byline(reporters=["刘钦赐"], photographers=["郑文典"]))
    roles = {p.name: (p.role, p.titles) for p in found}
    assert roles["刘钦赐"] == ("reporter", [])
    assert roles["郑文典"] == ("photographer", [])
    assert roles["何才成"] == (None, ["区长"])


def test_mentions_point_at_the_name() -> None:
    article = extract_text("1月29日，区委书记石振棋到金峰开发区调研。")
    (person,) = article.people
    m = person.mentions[0]
    assert article.paragraphs[m.paragraph][m.start : m.end] == "石振棋"


def test_correspondent_keeps_the_more_specific_role() -> None:
    byline, rest = split_byline("（记者 陈晓云 通讯员 林一帆）3月3日，县长李文博主持会议。")
    page = annotate(Page(articles=[Article(paragraphs=[rest], byline=byline)]))
    roles = {p.name: p.role for p in page.articles[0].people}
    assert roles == {"李文博": None, "陈晓云": "reporter", "林一帆": "correspondent"}


def test_unnamed_local_zone_stays_in_the_title() -> None:
    found = {p.name: p.titles for p in extract_text("会议结束后，开发区管委会主任钱丽参加调研。").people}
    assert found == {"钱丽": ["开发区管委会主任"]}
