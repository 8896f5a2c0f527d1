"""Events: a day named by 当天 / 同日, a view after a name, a speech given, a day named for what it is."""

from __future__ import annotations

from banmian.extract import extract_text


def events(text: str, year: int = 2023) -> list[dict]:
    return [e.to_dict() for e in extract_text(text, year=year).events]


def test_same_day_word_takes_the_day_told_before() -> None:
    found = events(
        "近日，省第三督查组赴临川市开展督查工作。\n"
        "5月12日上午，督查组召开临川市部分县区负责人座谈会。\n"
        "当天下午，督查组分别前往东湖区、西岭县开展实地督查。"
    )
    assert ("inspection", "2023-05-12", []) in [(e["type"], e["date"], e["actors"]) for e in found]


def test_view_after_a_name_is_no_event_of_the_speaker() -> None:
    found = events(
        "6月3日，工作组到北川县检查防汛工作。在组长罗振华看来，“只有真正下沉到各乡镇开展督导，才能把工作做实。”"
    )
    assert "罗振华" not in [a for e in found for a in e["actors"]]


def test_speech_given_at_a_forum_makes_its_speakers_actors() -> None:
    (meeting,) = events(
        "第三届西湖数字经济论坛8月2日在杭州举行。\n"
        "2日，300多位代表参加论坛开幕式。浙江大学教授林志远发表主旨演讲。"
    )
    assert meeting["type"] == "meeting" and meeting["date"] == "2023-08-02"
    assert meeting["actors"] == ["林志远"]


def test_day_named_for_what_it_is_dates_no_event() -> None:
    (award,) = events(
        "9月9日是第十个全民读书日，在青溪县，来自各地的读书人讲述了自己的故事。9月8日至9日，读书演讲大赛在此间举行。\n"
        "经过激烈角逐，6名选手获得金奖。"
    )
    assert award["type"] == "award" and award["date"] == "2023-09-08"


def test_team_named_before_a_comma_still_leads_the_visit() -> None:
    (inspection,) = events("5月8日至9日，省第二督导组分成两个小组，先后深入青山县、白水县十余个乡镇开展调研。")
    assert inspection["type"] == "inspection" and inspection["date"] == "2023-05-08"
    assert inspection["actors"] == []
