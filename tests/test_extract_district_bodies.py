"""Government bodies as district papers name them; every sentence is invented."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def bodies(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract_text(text).organizations}


SHORT_DEPARTMENTS = [
    "发改局",
    "发展改革局",
    "卫健局",
    "卫生健康局",
    "应急局",
    "行政审批局",
    "大数据局",
    "数据局",
    "国资局",
]


@pytest.mark.parametrize("body", SHORT_DEPARTMENTS)
def test_a_district_department_written_short_is_a_body(body: str) -> None:
    text = f"3月5日，区{body}召开专题会议，区{body}局长郝思远主持会议。"
    assert bodies(text) == {f"区{body}": "government"}
    assert people(text) == {"郝思远": [f"区{body}局长"]}


def test_a_management_committee_takes_the_unit_named_before_it() -> None:
    # 青岚新城 is in no table: the committee still belongs to it, as a title and as a body
    text = "会上，青岚新城管委会副主任郝思远通报了项目进展。"
    assert people(text) == {"郝思远": ["青岚新城管委会副主任"]}
    assert bodies(text) == {"青岚新城管委会": "government"}


@pytest.mark.parametrize("zone", ["开发区", "高新区"])
def test_an_unnamed_local_zone_after_a_verb_keeps_its_whole_word(zone: str) -> None:
    # 走访了|开发区管委会: the paper's own zone, not a committee of a district 区
    assert bodies(f"3月5日，区长郝思远走访了{zone}管委会。") == {f"{zone}管委会": "government"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上，青岚区创文工作专班组长郝思远作了部署。", ["青岚区创文工作专班组长"]),
        ("会上，青岚产业联盟理事长郝思远作了发言。", ["青岚产业联盟理事长"]),
    ],
)
def test_task_groups_and_alliances_carry_their_names(text: str, expected: list[str]) -> None:
    assert people(text) == {"郝思远": expected}
