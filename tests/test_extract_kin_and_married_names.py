"""Names recall on local news: martyrs, Hong Kong married names, follow words, roles and kin
(invented names; each case fails on the code before the rule)."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 烈士 after a full name with no clear left edge: a verb, a county, an occupation
        ("参观林树德烈士生平事迹陈列室，聆听讲解。", "林树德"),
        ("平阳县郑根发烈士纪念园自今年开放以来，游客不断。", "郑根发"),
        ("由革命家、教育家方铭湘烈士的后人点燃火炬。", "方铭湘"),
    ],
)
def test_name_before_martyr(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "缅怀革命烈士，纪念志愿军烈士。",  # a word before 烈士
        "全市干警赴琼海市为烈士扫墓。",  # a place and a function character
    ],
)
def test_no_name_before_martyr(text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港特区行政长官何黄碧珊宣布，根据条例订立规例。", {"何黄碧珊": ["香港特区行政长官"]}),
        ("香港某大学副校长梁吴秀萍表示：“非常震撼。”", {"梁吴秀萍": ["香港某大学副校长"]}),
    ],
)
def test_hong_kong_married_name(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


def test_married_name_not_over_a_shorter_name() -> None:
    # the article names 孙龙飞 alone: 孙龙飞时 is no married name
    found = people("采访油田党委书记孙龙飞时，记者看到。孙龙飞说，要坚持。")
    assert "孙龙飞时" not in found and "孙龙飞" in found


def test_married_name_needs_a_common_own_surname() -> None:
    # 明 is a rare surname: 李明远共 is 李明远 and an adverb
    assert "李明远共" not in people("9月5日，副市长李明远共主持召开11次专题会议。")


def test_married_name_not_inside_a_foreign_name() -> None:
    assert "阿卜杜勒" not in people("外长阿卜杜勒·卡迪尔说，双方合作良好。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区青年联会常务副会长梁秀芬更指出，要守护家园。", "梁秀芬"),  # 更
        ("最后一棒火炬手、世界冠军吴晓川手持火炬跑到终点。", "吴晓川"),  # 手持
        ("来自山东的游客曹美兰不住地拍照留念。", "曹美兰"),  # 不住
        ("研究所首席研究员邹明芳可以说是离旅客最近的人。", "邹明芳"),  # 可以说
    ],
)
def test_new_follow_words(text: str, name: str) -> None:
    assert name in people(text)


def test_no_name_before_geng() -> None:
    assert people("这一年，基层党组织书记干劲儿更足了。") == {}


def test_hong_kong_federation_keeps_its_name() -> None:
    found = people("香港新界西区各界联会常务副会长梁秀芬表示，要守护家园。")
    assert found == {"梁秀芬": ["香港新界西区各界联会常务副会长"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我国第一位获奖的男护士马德旺，编织传染病防控网。", "马德旺"),  # 男 before a role, 护士
        ("大学附属医院的女医生蒋红艳，辞去了城里的工作。", "蒋红艳"),  # 女 before a role
        ("省歌舞团的国家二级演员肖和林，带着工作队员扎进山村。", "肖和林"),  # a grade before a role
        ("金奖得主刘晓川表示，将继续努力。", "刘晓川"),  # 得主
    ],
)
def test_roles_with_sex_grade_and_prize(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("烈士的曾孙女方丽萍在纪念馆点燃火种。", "方丽萍"),
        ("她的女儿赵晓雯说，母亲一直很坚强。", "赵晓雯"),
        ("老人的丈夫陈德顺，去年因病去世。", "陈德顺"),
    ],
)
def test_name_after_kin_word(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "一名普通牧民的女儿成长为艺术家。",
        "老人与患病的儿子相依为命。",
        "抵押的只有房产，妻子强烈反对。",
        "腿脚不便的儿子来吃，已经一年了。",
    ],
)
def test_kin_word_before_what_the_relative_does(text: str) -> None:
    assert people(text) == {}
