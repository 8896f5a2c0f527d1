"""Title forms of local-government and institution news; every sentence is invented."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上，长汀县生态环境和自然资源管理局副局长郝思远说，要守好草场。", ["长汀县生态环境和自然资源管理局副局长"]),
        ("会上，区教育和体育局党组书记、局长郝思远说，要办好学校。", ["区教育和体育局党组书记", "局长"]),
    ],
)
def test_a_department_of_two_remits_joined_by_he_is_whole(text: str, expected: list[str]) -> None:
    # 生态环境和自然资源管理局 is one bureau: neither cut at 和 nor read as a bare 局
    assert people(text) == {"郝思远": expected}


def test_two_bodies_joined_by_he_are_no_department() -> None:
    # 市场监管局和公安局: the first part is a bureau of its own, so the post is the second one's
    assert people("会上，市场监管局和公安局局长郝思远说，要联合执法。") == {"郝思远": ["公安局局长"]}


def test_jian_ends_the_name_of_the_institution_after_it() -> None:
    # 副部长兼|柳川区融媒体中心主任: the first post and 兼 are no part of the centre's name
    assert people("会上，区委宣传部副部长兼柳川融媒体中心主任郝思远说，要讲好故事。") == {
        "郝思远": ["区委宣传部副部长", "柳川融媒体中心主任"]
    }


def test_a_number_inside_a_body_name_is_kept() -> None:
    assert people("会上，青岚21世纪发展促进会会长郝思远说，要加强交流。") == {"郝思远": ["青岚21世纪发展促进会会长"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上，青岚县作家协会理事郝思远说，要多写基层。", {"郝思远": ["青岚县作家协会理事"]}),
        ("要简化管理事项，郝思远说。", {"郝思远": []}),
    ],
)
def test_a_council_seat_is_a_post_only_after_the_society(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


def test_an_alliance_is_no_league_and_names_its_body() -> None:
    # 联|盟 is no level of Inner Mongolia: the alliance and its preparatory group own the post
    assert people("会上，青岚产业联盟筹备组组长郝思远说，要抱团发展。") == {"郝思远": ["青岚产业联盟筹备组组长"]}


def test_a_founding_holder_of_a_post() -> None:
    assert people("会上，青岚商学院创办院长郝思远说，要服务企业。") == {"郝思远": ["青岚商学院创办院长"]}


def test_the_leader_of_a_delegation() -> None:
    assert people("长汀县参展团领队郝思远介绍，展品很受欢迎。") == {"郝思远": ["长汀县参展团领队"]}


def test_a_company_division_leaves_out_the_brand_of_the_company_before_it() -> None:
    # guideline: a company is left out of its units' posts (青岚集团 … 青岚|智能驾驶事业部总经理)
    assert people("会上，青岚集团副总裁兼青岚智能驾驶事业部总经理郝思远说，要加快研发。") == {
        "郝思远": ["副总裁", "智能驾驶事业部总经理"]
    }


def test_police_of_a_sector_named_without_a_place() -> None:
    assert people("“安保已就绪。”机场公安局治安支队支队长郝思远说。") == {"郝思远": ["机场公安局治安支队支队长"]}


def test_an_institution_of_another_may_be_long() -> None:
    assert people("会上，青岚省社会科学院农村发展研究所乡村振兴研究中心主任郝思远说，要盘活资源。") == {
        "郝思远": ["青岚省社会科学院农村发展研究所乡村振兴研究中心主任"]
    }


def test_a_quoted_unit_after_a_description_with_de_opens_the_title() -> None:
    # 身穿冲锋衣的|“青岚·蓝天使”救援队队长: 的 ends the description, the quoted name opens the post
    assert people("身穿冲锋衣的“青岚·蓝天使”救援队队长郝思远带领队员们巡逻。") == {
        "郝思远": ["“青岚·蓝天使”救援队队长"]
    }


def test_an_academy_seat_is_a_rank_not_a_post() -> None:
    # guideline: ranks (院士, 学部委员) are no titles; the person is still named
    assert people("青岚大学法学院院长、中国社会科学院学部委员郝思远指出，要依法办事。") == {
        "郝思远": ["青岚大学法学院院长"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("针对企业需求，公司公用设施高级经理郝思远对此感受很深。", ["公用设施高级经理"]),
        ("会上，青岚铁路集团工电部信号专业主管郝思远说，要守好安全。", ["工电部信号专业主管"]),
    ],
)
def test_a_unit_written_after_a_company_keeps_its_name(text: str, expected: list[str]) -> None:
    # guideline: the company is left out, its unit (公用设施, 工电部信号专业) stays in the post
    assert people(text) == {"郝思远": expected}


def test_a_discipline_commission_office_is_a_department() -> None:
    # 室 ends a department like 处 or 办公室 (纪委监委|第三监督检查室|主任)
    got = people("芗城区纪委监委第三监督检查室主任周华说，")
    assert got == {"周华": ["芗城区纪委监委第三监督检查室主任"]}


def test_a_note_on_how_a_post_is_held_stands_between_post_and_name() -> None:
    # 副区长（挂职）|刘洋: the note stays in the title as written and the name follows it
    got = people("副区长（挂职）刘洋、区商务局副局长（主持工作）王明参加调研。")
    assert got["刘洋"] == ["副区长（挂职）"]
    assert got["王明"] == ["区商务局副局长（主持工作）"]
