"""County- and district-paper forms (other provinces than the seed's); every sentence is invented."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def orgs(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract_text(text).organizations if o.kind in ("company", "project")}


def events(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.date, e.actors) for e in extract_text(text).events]


@pytest.mark.parametrize("speech", ["出席会议并讲话", "出席并致辞", "出席会议并作重要讲话"])
def test_one_who_attends_and_speaks_leads_the_meeting(speech: str) -> None:
    # the chair named first does not take the speaker's place: both lead the meeting
    text = f"4月8日，青岚县召开经济运行分析会。县长郝思远{speech}，副县长林晓雯主持会议。"
    assert events(text) == [("meeting", "--04-08", ["郝思远", "林晓雯"])]


def test_a_tour_of_projects_is_a_visit() -> None:
    text = "7月10日，县委书记郝思远带领观摩团，对全县重点项目进行集中观摩。县领导林晓雯参加观摩。"
    found = extract_text(text).events
    assert [(e.type, e.date, e.actors, e.accompanied_by) for e in found] == [
        ("inspection", "--07-10", ["郝思远"], ["林晓雯"])
    ]


def test_a_project_seen_at_its_building_site() -> None:
    text = "郝思远一行来到青岚新材料有限公司和光伏玻璃深加工项目建设现场，察看进度。"
    assert orgs(text) == {"青岚新材料有限公司": "company", "光伏玻璃深加工项目": "project"}


def test_a_project_named_by_its_yearly_output() -> None:
    text = "观摩团察看了青岚食品有限公司年产10万吨速冻食品项目、青岚纺织有限公司等项目。"
    assert orgs(text) == {
        "青岚食品有限公司": "company",
        "年产10万吨速冻食品项目": "project",
        "青岚纺织有限公司": "company",
    }


def test_a_city_and_district_before_a_short_form_firm() -> None:
    # 佛山市南海区 opens the name; the rest is as long as any short-form firm's
    assert orgs("佛山市南海区丰华塑料制品厂等企业代表参加签约。") == {"佛山市南海区丰华塑料制品厂": "company"}


@pytest.mark.parametrize("verb", ["加入", "牵头组建", "领办"])
def test_a_verb_before_a_kind_of_firm_names_none(verb: str) -> None:
    assert orgs(f"“{verb}合作社后，每斤果子能多卖两毛钱。”他说。") == {}


def test_a_home_visited_ends_the_name() -> None:
    assert people("他们来到青岚村村民林大海家中，与老人拉家常。") == {"林大海": []}


@pytest.mark.parametrize("role", ["老党员", "村民代表", "企业代表", "脱贫户"])
def test_roles_of_village_reports_before_a_name(role: str) -> None:
    assert people(f"青岚村{role}林大海，带头种起了脐橙。") == {"林大海": []}


def test_a_group_closed_by_deng_before_its_act() -> None:
    # 等 then what the group does is an edge; 宣誓室等设施 stays a phrase
    assert people("会上，企业代表郝思远、村民代表林大海等作了交流发言。") == {"郝思远": [], "林大海": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下河村村监委会主任郝思远说，账目要公开。", ["下河村村监委会主任"]),
        ("会上，区委党校常务副校长郝思远作了辅导。", ["区委党校常务副校长"]),
        ("县自然资源局三级主任科员郝思远说，要守住耕地红线。", ["县自然资源局三级主任科员"]),
        ("会上，县长助理郝思远作了发言。", ["县长助理"]),
        ("镇长助理、团委书记郝思远参加活动。", ["镇长助理", "团委书记"]),
    ],
)
def test_county_posts_and_bodies(text: str, expected: list[str]) -> None:
    assert people(text) == {"郝思远": expected}


def test_suitong_goes_along_like_peitong() -> None:
    text = "8月9日，区委书记郝思远到城西街道督导检查工作，区委办主任林晓雯随同督导。"
    article = extract_text(text)
    assert {p.name: p.titles for p in article.people} == {"郝思远": ["区委书记"], "林晓雯": ["区委办主任"]}
    assert [(e.type, e.actors, e.accompanied_by) for e in article.events] == [("inspection", ["郝思远"], ["林晓雯"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("郝思远指出，要抓好春耕。（记者林晓雯通讯员宋一鸣）", {"郝思远": [], "林晓雯": [], "宋一鸣": []}),
        ("（通讯员宋一鸣记者林晓雯）", {"宋一鸣": [], "林晓雯": []}),
        ("郝思远指出，要抓好春耕。（通讯员宋一鸣）", {"郝思远": [], "宋一鸣": []}),
    ],
)
def test_a_closing_credit_of_reporters_and_correspondents(text: str, expected: dict[str, list[str]]) -> None:
    # county papers close with several roles in one credit; each role starts a name
    assert people(text) == expected


def test_xianhou_before_going_is_one_tour() -> None:
    # 先后到 A、B 检查 is one visit of several stops, not a count of visits (先后为…颁发了)
    text = "3月3日，副县长郝思远先后到东山镇、西岭乡检查森林防火工作。"
    assert events(text) == [("inspection", "--03-03", ["郝思远"])]


def test_yi_ends_a_name() -> None:
    assert people("3月3日，县委书记郝思远以普通党员身份参加所在党支部组织生活会。") == {"郝思远": ["县委书记"]}
    # but not inside a word (游客可|以) nor after a count (3位党员委员以)
    assert people("改造后，市民游客可以直接走到广场中心。") == {}
    assert people("舒启明、金学锋、叶小文3位党员委员以文件为依据作了宣讲。") == {}


@pytest.mark.parametrize("place", ["宜丰县", "江西省宜丰县", "浙江省安吉县"])
def test_a_county_holding_another_counties_name_opens_the_firm(place: str) -> None:
    # 宜丰县 holds 丰县 and 安吉县 holds 吉县, counties of other provinces: the firm starts at the whole name
    assert orgs(f"县长郝思远走访了{place}富民食品有限公司。") == {f"{place}富民食品有限公司": "company"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上，团县委书记郝思远发言。", ["团县委书记"]),
        ("会上，团市委副书记郝思远发言。", ["团市委副书记"]),
        ("会上，驻村工作队队长郝思远发言。", ["驻村工作队队长"]),
    ],
)
def test_youth_league_committees_and_village_work_teams(text: str, expected: list[str]) -> None:
    assert people(text) == {"郝思远": expected}


@pytest.mark.parametrize("which", ["重大", "重点", "在建"])
def test_which_projects_at_a_site_name_none(which: str) -> None:
    assert orgs(f"要求党员干部沉到{which}项目现场，解决实际问题。") == {}
    assert orgs(f"要求党员干部沉到{which}项目建设现场，解决实际问题。") == {}


@pytest.mark.parametrize(
    "after",
    ["都会召集各镇负责人碰头", "便赶到现场", "曾在乡镇工作多年", "仍坚持每天巡查", "聆听报告后很受鼓舞",
     "带领队员清理河道", "每天都要到工地看看", "每周召开一次调度会", "把群众的事放在心上", "给村民讲解政策",
     "让大家先说问题", "通过视频连线指挥调度"],
)
def test_an_adverb_or_preposition_ends_the_name(after: str) -> None:
    assert people(f"当天，县水务中心主任郝思远{after}。") == {"郝思远": ["县水务中心主任"]}


def test_a_given_name_may_end_in_an_adverb_character() -> None:
    # 刚 stays out of the follow words: 魏建刚 is a name, and so is 霍启刚
    assert people("监事长魏建刚介绍，今年客流又有增长。") == {"魏建刚": ["监事长"]}
