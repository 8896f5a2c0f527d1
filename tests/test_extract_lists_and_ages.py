"""Recall of untitled names: after an age or a birth year, and in bare lists (invented text)."""

from __future__ import annotations

from banmian.extract import extract_text


def names(text: str) -> set[str]:
    return {p.name for p in extract_text(text).people}


def test_name_after_an_age_needs_no_right_edge() -> None:
    # 81岁的|雷春海接过…: an age is written before a person, so the three characters are a name
    assert "雷春海" in names("村里举办重阳敬老宴。81岁的雷春海接过话筒唱了一段。")
    assert "邵明媛" in names("88岁高龄的邵明媛端起茶杯，笑得合不拢嘴。")
    assert "钱晓宇" in names("出生于2001年的钱晓宇体会很深。")


def test_generation_word_before_a_name() -> None:
    assert "柏宁" in names("返乡创业的90后柏宁，在村里办起了民宿。")


def test_no_name_from_a_kinship_or_role_word_after_an_age() -> None:
    assert names("72岁的母亲再三叮嘱他注意安全。") == set()
    assert "农户" not in "".join(names("58岁的农户邹桂英，养了十几头牛。"))


def test_no_generation_from_a_score() -> None:
    assert names("第二局他以8∶10落后，最后连得4分。") == set()


def test_bare_list_of_names_closed_by_a_conjunction() -> None:
    got = names("由蒋一鸣、柯文涛和韦思远组成的代表队夺得团体冠军。")
    assert {"蒋一鸣", "柯文涛", "韦思远"} <= got
    assert {"殷昌华", "詹立新"} <= names("会上，殷昌华、詹立新和市发展改革委负责同志作了交流发言。")


def test_bare_list_of_words_names_nobody() -> None:
    assert names("新鲜的玉米、黄豆和大米摆满了货架。") == set()
    assert names("他们坚持边挣钱、边改造、边建设，村子变了样。") == set()
    assert names("群众搬进了明亮的公租房、廉租房。") == set()
