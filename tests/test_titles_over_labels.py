"""A wrapped headline block set right on a section label (核心阅读), with no blank line between."""

from banmian.pipeline import parse_structure
from tests.pages import page


def test_a_wrapped_block_closed_by_a_column_tag_over_a_label_is_the_headline():
    """The kicker is broken in two at the column's width and no blank line separates the block from
    核心阅读: the line closed by a column tag still ends a headline, and the lines over it are its kicker."""
    lines = [
        "新闻热线：010-12345678",
        "",
        "青溪县把沿河老街的二十多家铺子，",
        "“糖画”“米糕”等老手艺都留了下来",
        "老街 烟火气里有乡愁（乡土新貌）",
        "核心阅读",
        "",
        "“老味道不能丢”，是青溪老街各家",
        "铺子的共同心愿。从小本经营到成立",
        "手艺协会，铺子的生意越做越旺。",
        "",
        "每逢周末，来老街的游客络绎不绝。",
        "店主林秋生说，今年营业额翻了一番。",
    ]
    arts = parse_structure(page(lines)).articles
    art = next(a for a in arts if "核心阅读" in a.paragraphs)
    assert art.headline is not None and "".join(art.headline.split()) == "老街烟火气里有乡愁（乡土新貌）"
    assert art.kicker is not None and "".join(art.kicker.split()).startswith("青溪县把沿河老街")
    assert art.paragraphs[0] == "核心阅读"
