"""Statute texts: an article's number opens its paragraph, set apart by a space like a title's halves."""

from banmian.pipeline import parse_structure
from tests.pages import page

REGULATION = [
    "青溪县河道保护条例",
    "",
    "第一条  为了加强河道保护，",
    "维护河势稳定，保障防洪安全，",
    "根据有关法律，结合本县实际，",
    "制定本条例。",
    "",
    "第二条  本条例适用于本县行",
    "政区域内河道的规划、整治、",
    "利用和保护工作。",
    "",
    "第三条  县水利部门负责本县",
    "河道的统一管理和监督工作，",
    "乡镇人民政府予以配合。",
    "",
    "第 四 条     本 条 例 自 公 布",
    "之日起施行。",
]


def test_statute_articles_are_paragraphs_of_one_article() -> None:
    arts = parse_structure(page(REGULATION)).articles
    assert len(arts) == 1
    assert arts[0].headline == "青溪县河道保护条例"
    assert [p[:3] for p in arts[0].paragraphs] == ["第一条", "第二条", "第三条", "第四条"]
    assert arts[0].paragraphs[1].endswith("利用和保护工作。")
