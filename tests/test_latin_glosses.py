"""A bracket glossing a term in Latin letters ends no title, on small invented pages."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

TEA_HEAD = ["青溪茶园春茶开采", ""]
TEA_BODY = [
    "本报讯（记者 林一帆）3月3日，青溪县",
    "万亩茶园迎来春茶采摘季，茶农们趁着",
    "晴好天气抢收头茬新茶。",
    "今年起全县推行的良好农业规范（GAP）",
    "认证已覆盖八成茶园，茶叶农残抽检合",
    "格率连续三年保持百分之百，春茶收购",
    "价格比去年高出一成多。",
]


def test_a_latin_gloss_closing_a_line_is_no_column_tag() -> None:
    # （GAP） glosses the term before it inside running text; a column tag names a column in words
    articles = parse_structure(page(TEA_HEAD, TEA_BODY)).articles
    assert len(articles) == 1
    assert articles[0].headline == "青溪茶园春茶开采"
    assert articles[0].paragraphs[1].startswith("今年起全县推行的良好农业规范（GAP）认证已覆盖")
