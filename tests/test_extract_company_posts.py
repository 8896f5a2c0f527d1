"""Representatives and vice-ministers abroad, a country after a listed official, a company's brand
before its post; every sentence is invented."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def test_a_trade_representative_is_a_post() -> None:
    # 加拿大|贸易代表: a country opens the post, the transliterated name follows it
    assert people("会谈前，加拿大贸易代表麦克唐纳表示，希望扩大合作。") == {"麦克唐纳": ["加拿大贸易代表"]}


def test_a_deputy_trade_negotiator_after_jian() -> None:
    assert people("出席的还有商务部副部长兼国际贸易谈判副代表林志远。") == {
        "林志远": ["商务部副部长", "国际贸易谈判副代表"]
    }


def test_a_high_representative_after_a_chain_of_posts() -> None:
    # 、|欧盟外交与安全政策|高级代表: the run back to 、 after a post is the body of the second post
    assert people("总理会见了欧盟委员会副主席、欧盟外交与安全政策高级代表贝尔托洛蒂。") == {
        "贝尔托洛蒂": ["欧盟委员会副主席", "欧盟外交与安全政策高级代表"]
    }


def test_a_korean_vice_minister_and_a_country_after_him() -> None:
    # 第一次官 is a vice-minister; 、韩国… opens the next person's post, 韩国 is no name
    assert people("韩国外交部第一次官崔永焕、韩国中韩友好协会会长金明洙出席。") == {
        "崔永焕": ["韩国外交部第一次官"],
        "金明洙": ["韩国中韩友好协会会长"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand with no enterprise word opens the post as written
        ("“订单翻了一番。”青禾航宇董事长郝思远说。", ["青禾航宇董事长"]),
        ("“订单翻了一番。”青禾航宇联席总裁郝思远说。", ["青禾航宇联席总裁"]),
        # a brand before a country is the company's office there (劳合社|中国董事长)
        ("“订单翻了一番。”青禾社中国总经理郝思远说。", ["青禾社中国总经理"]),
    ],
)
def test_a_brand_before_a_company_post_is_kept(text: str, expected: list[str]) -> None:
    assert people(text) == {"郝思远": expected}


@pytest.mark.parametrize(
    "text",
    [
        # the article names the company with its enterprise word: the short form is left out
        "青禾航宇科技有限公司新厂投产。“订单翻了一番。”青禾航宇董事长郝思远说。",
        # a company named with its ending (厂) is left out of the post (guideline)
        "“订单翻了一番。”青禾电厂董事长郝思远说。",
        # a generic word is no brand
        "“订单翻了一番。”公司董事长郝思远说。",
    ],
)
def test_a_named_company_is_left_out_of_the_post(text: str) -> None:
    assert people(text) == {"郝思远": ["董事长"]}
