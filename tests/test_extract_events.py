"""Events: triggers, who leads, merging, and what makes no event."""

from __future__ import annotations

from banmian.extract import extract_text


def events(text: str, year: int = 2023) -> list[dict]:
    return [e.to_dict() for e in extract_text(text, year=year).events]


def test_meeting_actors_are_speaker_and_chair_not_attendees() -> None:
    (meeting,) = events(
        "1月30日，芗城区召开区委工作会。区委书记石振棋作动员讲话，区长何才成主持会议。"
        "区人大常委会主任曾勇平、区政协主席刘建英出席会议。\n各单位主要负责人等参加会议。"
    )
    assert meeting["type"] == "meeting" and meeting["date"] == "2023-01-30"
    assert meeting["actors"] == ["石振棋", "何才成"]
    assert meeting["attendees"] == ["曾勇平", "刘建英"]


def test_meeting_with_only_attendees_is_led_by_them() -> None:
    (meeting,) = events("3月3日下午，副市长张明出席全市安全生产会议。")
    assert meeting["actors"] == ["张明"]


def test_award_without_named_people_has_no_actors() -> None:
    (award,) = events("1月30日，区领导为“七比一看”竞赛受奖励集体颁奖，为企业代表授牌。")
    assert award["type"] == "award" and award["actors"] == []


def test_deployments_stay_apart_per_actor() -> None:
    found = events("1月30日，区委副书记洪维椿部署了农村工作，区委常委、副区长蔡加立部署了项目工作。")
    assert [(e["type"], e["actors"]) for e in found] == [("deployment", ["洪维椿"]), ("deployment", ["蔡加立"])]


def test_inspection_with_place_visits_and_companions_merged_over_paragraphs() -> None:
    (inspection,) = events(
        "1月29日，区长何才成带队到金峰开发区调研。\n"
        "何才成一行先后来到正兴车轮集团有限公司、语堂数字经济产业园项目现场。\n"
        "副区长周志平，金峰开发区管委会主任陈梅参加调研。"
    )
    assert inspection["actors"] == ["何才成"]
    assert inspection["place"] == "金峰开发区"
    assert inspection["visited"] == ["正兴车轮集团有限公司", "语堂数字经济产业园项目"]
    assert inspection["accompanied_by"] == ["周志平", "陈梅"]


def test_陪同_makes_companions() -> None:
    (inspection,) = events("5月6日，在县委常委李华陪同下，市长王强到东山镇检查防汛工作。")
    assert inspection["actors"] == ["王强"] and inspection["accompanied_by"] == ["李华"]


def test_no_spurious_events() -> None:
    assert events("1月30日，全区总结成绩、表彰先进，收心归位、部署工作。") == []  # 部署 with no subject
    assert events("石振棋强调，要召开好各类会议，认真部署、检查落实。") == []  # reported speech
    assert events("学习贯彻习近平总书记重要讲话精神。") == []  # a reference to a speech
    assert events("市纪律检查委员会调研组到村。") == []  # bodies and teams, not visits


def test_an_undated_event_needs_a_leader() -> None:
    """With no day, only someone with a post makes an event of it; a villager's visit is none."""
    assert events("村民王小丽走访了邻居家。") == []
    assert [e["type"] for e in events("近日，县委书记王刚到企业调研。")] == ["inspection"]


def test_joining_at_the_end_of_a_sentence_joins_the_event_told_before() -> None:
    # 参加。 after a visit: companions; 出席。 after a meeting someone chaired: attendees
    visit = events("1月29日，区委书记郑明远到福建润禾食品有限公司调研。区领导林晓东、陈丽华参加。")
    assert [(e["type"], e["actors"], e["accompanied_by"]) for e in visit] == [
        ("inspection", ["郑明远"], ["林晓东", "陈丽华"])
    ]
    meeting = events("1月29日，区纪委书记黄志强主持会议，区人大常委会主任吴国庆、区政协主席许文斌出席。")
    assert [(e["type"], e["actors"], e["attendees"]) for e in meeting] == [
        ("meeting", ["黄志强"], ["吴国庆", "许文斌"])
    ]
    # a meeting nobody is said to lead takes no attendees from a bare 参加 (their role is unclear)
    assert events("1月29日，区委召开全会，区长高瑞生参加。")[0]["attendees"] == []
