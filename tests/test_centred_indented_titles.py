"""Centred title blocks set in no deeper than a paragraph indent (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import indented, page

# Two articles in narrow columns of 10 and 13 cells, their paragraphs indented.
FIRST = [
    "东坪村修好了水渠",
    "",
    *indented("入冬以前，东坪村的村民们把山脚下那条老水渠重新修了一遍，渠底铺上了新石板。", 10),
    *indented("村主任黄立本说，水渠修好以后，下游两百多亩稻田明年春天都能按时灌上水了。", 10),
]
SECOND = [
    *indented("周末一早，西河镇文化站的活动室里坐满了前来学剪纸的孩子和老人，十分热闹。", 13),
    *indented("站里的剪纸老师林秀芳手把手地教，一个上午下来，大家都剪出了自己的作品。", 13),
]


def test_two_short_lines_centred_by_an_indent_head_the_text_under_them() -> None:
    """Each line stops two cells short of the 13-cell column, as far as it is set in: two stacked
    balanced lines are a centred title, though each is too short for its ends alone to tell."""
    block = ["    " + "西河镇文化站开课啦", "    " + "老少同学来学剪纸"]  # 9 and 8 cells, 2-cell margins
    arts = parse_structure(page(FIRST, [""], block, SECOND)).articles
    assert len(arts) == 2
    assert arts[1].paragraphs[0].startswith("周末一早")


def test_one_short_indented_label_stays_in_the_text() -> None:
    """A single short line set in by the indent tells nothing by its end: a label in the text."""
    arts = parse_structure(page(FIRST, [""], ["\u3000\u3000" + "剪纸"], [""], SECOND)).articles
    assert len(arts) == 1



def test_a_title_closed_by_a_column_tag_heads_the_text_under_it_though_set_in() -> None:
    """A short title set in by the indent would be a label in the text, but a column tag closing
    it names an article's column: it heads the text under it."""
    block = ["\u3000\u3000" + "古道边的新课堂（乡村新貌）"]
    arts = parse_structure(page(FIRST, [""], block, SECOND)).articles
    assert len(arts) == 2
    assert arts[1].paragraphs[0].startswith("周末一早")


def test_a_tag_closing_every_line_of_a_block_marks_list_items() -> None:
    """Two lines each closed by a bracket (a schedule's sessions) are items of a list in the text."""
    block = ["\u3000\u3000" + "剪纸体验课（上午场）", "\u3000\u3000" + "剪纸体验课（下午场）"]
    arts = parse_structure(page(FIRST, [""], block, SECOND)).articles
    assert len(arts) == 1
