"""A signer over a date (总理  王晓东 / 2019年5月8日, 柳溪镇人民政府 / 2021年6月2日) closes an order or a
letter and heads nothing; the date is the letter's, not the page's; the rules an order promulgates open on
their first chapter in the same article (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure

# An order set under its headline, signed and dated with no blank line before the rules it
# promulgates, which open on their first chapter.
ORDER = [
    "山林防火管理办法",
    "",
    "青禾省人民政府令",
    "",
    "第58号",
    "《山林防火管理办法》已经",
    "2019年4月20日省政府第9次",
    "常务会议通过，现予公布，自",
    "2019年7月1日起施行。",
    "",
    "省长  王晓东",
    "2019年5月8日",
    "第一章  总  则",
    "第一条  为了预防和扑救山林",
    "火灾，保护森林资源和群众生",
    "命财产安全，根据有关法律法",
    "规，结合本省实际，制定本办",
    "法。",
    "第二条  本省行政区域内山林",
    "火灾的预防和扑救，适用本办",
    "法。各级人民政府负责本行政",
    "区域内的山林防火工作，村民",
    "委员会协助做好有关工作。",
    "",
    "第二章  预  防",
    "",
    "第三条  每年十月一日至次年",
    "四月三十日为山林防火期，禁",
    "止在林区野外用火，确需用火",
    "的须经县级林业部门批准。",
]


def test_an_order_signed_and_dated_goes_on_into_the_rules_it_promulgates():
    arts = parse_structure("\n".join(ORDER) + "\n").articles
    assert len(arts) == 1
    art = arts[0]
    assert art.headline == "山林防火管理办法"
    assert "2019年5月8日" in art.paragraphs
    assert any(p.startswith("第一条") for p in art.paragraphs)




def test_an_order_signed_and_dated_alone_goes_on_into_the_rules_under_it():
    """The signer and date make a block of their own; the rules open under the next blank line."""
    at = ORDER.index("第一章  总  则")
    arts = parse_structure("\n".join([*ORDER[:at], "", *ORDER[at:]]) + "\n").articles
    assert len(arts) == 1
    assert arts[0].headline == "山林防火管理办法"
    assert any(p.startswith("第三条") for p in arts[0].paragraphs)


def test_an_order_signed_and_dated_goes_on_into_the_contents_of_its_rules():
    """The rules may open on their contents (目  录) under the date: still the order's article."""
    at = ORDER.index("第一章  总  则")
    arts = parse_structure("\n".join([*ORDER[:at], "目  录", "第一章  总  则", "第二章  预  防", "",
                                      *ORDER[at:]]) + "\n").articles
    assert arts[0].headline == "山林防火管理办法"
    assert "目录" in arts[0].paragraphs


# A letter to the public signed by the body that wrote it, dated under the signature, with an
# unrelated report after it: a page with no masthead, so no date on it is the page's.
LETTER = [
    "致全镇居民的一封信",
    "",
    "全镇居民朋友们：",
    "　　为做好汛期防灾减灾工作，切",
    "实保障大家生命财产安全，现将",
    "有关事项提醒如下。",
    "　　一要关注天气预报，暴雨期间",
    "尽量减少外出，远离河道和山边",
    "低洼地带。",
    "",
    "　　　　柳溪镇人民政府",
    "　　　　2021年6月2日",
    "",
    "　　本报讯（记者 梅小川）6月1",
    "日，柳溪镇举行防汛应急演练，",
    "检验各村转移群众的组织能力。",
    "",
    "柳溪镇举行防汛演练",
]


def test_a_date_under_a_letters_signature_is_not_the_page_date():
    page = parse_structure("\n".join(LETTER[:12]) + "\n")
    assert page.publication_date is None
    assert page.articles[0].paragraphs[-2:] == ["柳溪镇人民政府", "2021年6月2日"]


def test_a_bare_date_heading_the_page_is_still_the_page_date():
    page = parse_structure("\n".join(["2021年6月3日", "第2版", "", *LETTER]) + "\n")
    assert page.publication_date == "2021-06-03"


def test_an_organisation_signing_over_a_date_closes_its_letter_and_heads_nothing():
    """Headlines set under their bodies: the signature block is not the report's headline block."""
    at, end = LETTER.index("全镇居民朋友们："), LETTER.index("　　　　2021年6月2日") + 1
    arts = parse_structure("\n".join([*LETTER[at:end], "", LETTER[0], *LETTER[end:]]) + "\n").articles
    assert [a.headline for a in arts] == ["致全镇居民的一封信", "柳溪镇举行防汛演练"]
    assert arts[0].paragraphs[-2:] == ["柳溪镇人民政府", "2021年6月2日"]
