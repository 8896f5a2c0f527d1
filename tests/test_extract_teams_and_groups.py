"""Inspection teams' posts and companies under a group (from the errors of test13); every
sentence is invented."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def companies(text: str) -> list[str]:
    return [o.name for o in extract_text(text).organizations if o.kind == "company"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“我们一定不负重托。”省委第一指导组组长郝思远说。", "省委第一指导组组长"),
        ("市委第三巡视组组长郝思远在动员会上讲话。", "市委第三巡视组组长"),
    ],
)
def test_a_numbered_team_is_the_unit_of_its_leader(text: str, expected: str) -> None:
    # the team (指导组, 巡视组) and the body that sends it are part of the post
    assert people(text) == {"郝思远": [expected]}


def test_a_conjunction_inside_a_brand_does_not_cut_the_name() -> None:
    # 禾和 is the brand: what follows 和 (生物科技) is a trade, no company of its own
    text = "市场监管局对涉事的青溪禾和生物科技有限公司立案调查。"
    assert companies(text) == ["青溪禾和生物科技有限公司"]


def test_a_partner_before_a_legal_name_is_still_cut() -> None:
    assert companies("高新区和青溪恒瑞生物医药有限公司签署协议。") == ["青溪恒瑞生物医药有限公司"]


def test_a_subsidiary_named_after_its_group_is_one_company() -> None:
    text = "督导组深入青航集团青联食品公司、青溪供电局等9家企业开展督导。"
    assert companies(text) == ["青航集团青联食品公司"]


def test_a_group_and_a_company_joined_by_he_stay_two() -> None:
    assert companies("青粮集团和青溪宏达食品公司签约。") == ["青粮集团", "青溪宏达食品公司"]
