"""Invented pages for the wrapped-stub rule of flow._wraps_short."""

from banmian.pipeline import parse_structure
from tests.pages import page

BODY = [
    "青溪县剧团成立六十年来，排演了一大批贴近群众",
    "的好戏，许多唱词和台词至今仍在乡间流传，成为",
    "几代观众共同的记忆。",
    "",
    "剧团团长李文博说，好戏要扎根生活，才能打动人",
    "心，剧团今后还将继续下乡演出，把新戏送到村头",
    "田边。",
    "",
    "观众难忘的台词",
    "",
    "《山路弯弯》",
    "",
    "走吧，前面就是家。",
    "",
    "《溪边人家》",
    "",
    "日子再难，也要笑着过！",
    "",
    "《老渡口》",
    "",
    "船到江心莫回头，咱们的渡口永远等着出门的孩",
    "子们回来！",
    "",
    "《稻花香》",
    "",
    "好收成靠的是汗水！",
    "",
    "《月亮湾》",
    "",
    "乡亲们，跟我来！",
    "",
    "乡音里的好戏  舞台上的乡愁（青溪文艺）",
]


def test_a_wide_line_wrapping_into_a_stub_under_a_play_title_is_prose():
    # Short title lines crowd the column estimate: the wide line is judged by its own stub.
    paras = [p for art in parse_structure(page(BODY)).articles for p in art.paragraphs]
    assert "船到江心莫回头，咱们的渡口永远等着出门的孩子们回来！" in paras
