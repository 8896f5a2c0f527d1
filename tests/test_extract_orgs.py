"""Organisations: legal forms, left edges, projects, government and party bodies."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def orgs(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract_text(text).organizations}


def companies(text: str) -> list[str]:
    return [n for n, k in orgs(text).items() if k == "company"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # left edge: a stop word before the name
        ("进厂房、看生产，在漳州海莱照明有限公司，他与企业负责人交流。", ["漳州海莱照明有限公司"]),
        # left edge: a verb run before a list of companies; 集团有限公司, 股份有限公司, brackets
        (
            "何才成一行先后来到正兴车轮集团有限公司、漳州视瑞特光电科技股份有限公司、信华食品(漳州)有限公司调研。",
            ["正兴车轮集团有限公司", "漳州视瑞特光电科技股份有限公司", "信华食品(漳州)有限公司"],
        ),
        # left edge: a place name that starts the company
        ("营业执照交到杭州丽旭信息科技有限公司手中。", ["杭州丽旭信息科技有限公司"]),
        # other legal forms
        (
            "他创办了德昌县唯益农业科技有限责任公司和彝家岗土豆农业专业合作社。",
            ["德昌县唯益农业科技有限责任公司", "彝家岗土豆农业专业合作社"],
        ),
        # short endings after a short, specific stem
        ("腾讯公司与联想集团签约。", ["腾讯公司", "联想集团"]),
        # a bracketed group inside the legal name (not a short name of its own)
        ("他来到青溪电器科学研究所（集团）有限公司调研。", ["青溪电器科学研究所（集团）有限公司"]),
        # a pronoun, a preposition or an arrival before the name is no part of it
        ("他跟青溪乐达生物科技有限公司签约，就赶到雪乡手工技艺农牧民专业合作社。",
         ["青溪乐达生物科技有限公司", "雪乡手工技艺农牧民专业合作社"]),
        # 贵 opens a province (贵州), not only 贵公司
        ("，贵州天山化工有限公司成立。", ["贵州天山化工有限公司"]),
        # a short form introduced by （简称…） or written as brand + 公司 is the full company
        ("，贵州天山化工有限责任公司（简称天化公司）成立。天化公司生产化肥。", ["贵州天山化工有限责任公司"]),
        ("排污大户——贵州天山化工有限责任公司。后来，天山公司被起诉。", ["贵州天山化工有限责任公司"]),
        # 发展 inside a name is part of it (保利发展), no verb that starts the name
        ("，青溪发展控股集团股份有限公司承建。", ["青溪发展控股集团股份有限公司"]),
        # a subsidiary's legal name goes on after its group (the place names the subsidiary)
        ("，鞍山钢铁集团信息产业有限公司和青溪通信集团广东有限公司参加。",
         ["鞍山钢铁集团信息产业有限公司", "青溪通信集团广东有限公司"]),
        ("，青溪集团与华为有限公司签约。", ["青溪集团", "华为有限公司"]),
        # a bank's branches named by their place; a first-of-its-kind or one of the big N names nobody
        ("，中国青溪银行武汉分行在军运村设立中国青溪银行武汉军运村支行。",
         ["中国青溪银行武汉分行", "中国青溪银行武汉军运村支行"]),
        ("，是香港首家中资证券公司，中国四大国有金融保险集团之一。", []),
        # a branch named by its place keeps the four-character brand that opens the clause
        ("青溪移动湖北公司、青溪铁塔武汉分公司参加。", ["青溪移动湖北公司", "青溪铁塔武汉分公司"]),
        # short endings after generic words or function words are no company
        ("欢迎跨国公司来华，导致一些银行惜贷，游客在农场参观。", []),
        ("进厂房、看生产。", []),
    ],
)
def test_companies(text: str, expected: list[str]) -> None:
    assert companies(text) == expected


def test_projects() -> None:
    found = orgs("来到语堂数字经济产业园项目现场，要抓大项目、好项目。")
    assert found == {"语堂数字经济产业园项目": "project"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("区委、区人大、区政府、区政协领导参加。", "区委", "party"),
        ("区人大常委会主任曾勇平出席。", "区人大常委会", "government"),
        ("区法院院长出席。", "区法院", "government"),
        ("金峰开发区管委会主任陈梅参加。", "金峰开发区管委会", "government"),
        ("市委组织部部署工作。", "市委组织部", "party"),
    ],
)
def test_bodies(text: str, name: str, kind: str) -> None:
    assert orgs(text).get(name) == kind


def test_委员_is_no_body() -> None:
    assert "中共中央政治局委" not in orgs("中共中央政治局委员王沪宁出席。")
