"""Headlines set after their bodies, on small invented pages: one rule each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

FIRST = [
    "白云村的茶园今年换了新模样。村里修",
    "起了观光步道，办起了茶艺课堂，游客",
    "一年比一年多，茶农的腰包也越来越鼓",
    "了，村民都说日子越过越有奔头。",
]
SECOND = [
    "青溪县今年新建农村公路八十公里，通",
    "村公交覆盖全部行政村，沿线群众出行",
    "更加便利，农产品运输成本明显下降，",
    "乡村旅游也跟着热了起来。",
]


def heads(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.kicker, a.headline, a.subheadline) for a in parse_structure(text).articles]


def test_a_line_between_a_closing_credit_and_a_title_is_its_kicker() -> None:
    """A line after an article's closing credit, run straight into a title under it, is that
    title's kicker: a closed article takes no more text, and no article is one line long."""
    text = page(FIRST, ["", "本报记者  周安摄影报道", "有了步道、茶艺课堂、农家书屋……", "茶乡的新日子", ""],
                SECOND, ["", "青溪农村公路通到家门口", ""])
    assert ("有了步道、茶艺课堂、农家书屋……", "茶乡的新日子", None) in heads(text)


def test_a_justified_line_closing_a_quotation_ends_its_sentence() -> None:
    """A letter-spaced line ending a question inside a quotation (`好 项 目 ？ ”`) ends its
    sentence: the spaces that justify it are no text after the mark."""
    body = [
        "眼下的茶园正筹划第二期扩建。“目前还",
        "有一千多亩预留地，还准备继续",
        "开垦两千亩。”王建明信心十足：“抱着",
        "‘ 金 饭 碗 ’ ， 还 怕 没 有 好 日 子 ？ ”",
        "村里的年轻人也陆续回乡创业，开起了",
        "网店，把白云茶卖到了全国各地。",
    ]
    text = page(FIRST, [""], body, ["", "青溪茶乡迎来丰收季", ""], SECOND, ["", "青溪农村公路通到家门口", ""])
    paras = [p for a in parse_structure(text).articles for p in a.paragraphs]
    assert any(p.endswith("好日子？”") for p in paras)


def test_a_credit_wrapped_after_a_closing_note_stays_a_credit() -> None:
    """A credit line wrapped onto a second line (…  张 / 子扬) after an article's closing note is
    still that credit: its tail is no headline."""
    text = page(FIRST, ["", "（本报记者周安采访整理）", "", "本版统筹：李明远  王建明  赵海峰  孙晓梅  刘  张",
                        "子扬", "", "茶乡的新日子", ""], SECOND, ["", "青溪农村公路通到家门口", ""])
    assert heads(text)[0] == (None, "茶乡的新日子", None)
