"""A signer over a date (总理  王晓东 / 2019年5月8日) closes an order or a letter and heads nothing;
the rules an order promulgates open on their first chapter in the same article (invented pages)."""

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
