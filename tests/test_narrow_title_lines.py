"""Title lines in narrow columns (10-13 cells), where a headline spans past the text's column:
a lead that lost its indent, a title line wider than the text under it, a subheadline opened by
a dash over signed contributions (invented pages)."""

from __future__ import annotations

from tests.pages import heads_of, page, wrap

REPORT = wrap("青溪县今年入汛以来降雨偏多，县水利局组织技术人员对全县二十座小型水库逐一排查，"
              "加固了三处渗漏坝体，汛期没有发生一起险情。", 12)
FIRST = ["青溪县秋季农产品展销会开幕", ""]
KICKER = "青溪县白云镇推行网格化管理服务群众"
GRID = "白云镇把全镇划成四十个网格，每个网格配一名专职网格员，村民的大事小事在网格里就能办结。"


def test_a_lead_an_indent_short_broken_off_mid_word_is_text_not_a_subheadline() -> None:
    """`…新建的水` / `库全部蓄满，…`: right under a headline wider than the column, a line two
    cells short of the full line below it and broken off inside a word is the lead's first line
    that lost its indent, not a subheadline (a title line ends on a whole word)."""
    body = ["汛期过后全县新建的水", "库全部蓄满，可以灌溉农田", "八万亩，沿河六个乡镇的旱", "地从此变成了水浇地。"]
    text = page(["青溪县十二座新建水库全部蓄满", ""], REPORT, ["", "青溪县新建水库全部蓄满灌区扩大"], body)
    # (the column is 12 cells; the lead's first line has 10 and no mark)
    assert heads_of(text)[-1] == (None, "青溪县新建水库全部蓄满灌区扩大", None, "汛期过后全县新建")


def test_a_title_line_under_a_kicker_wider_than_the_text_below_the_blank_is_the_headline() -> None:
    """`村民烦心事，化解在门口` (11 cells) under a kicker, then a blank line and text in a
    10-cell column: a paragraph's first line is never wider than the column it goes on in after a
    break, so the line is the headline, not the lead's first line."""
    body = wrap("这几天，住在青溪县白云镇的李大爷逢人就夸网格员，家门口的排水沟半天就修好了。" + GRID, 10)
    text = page(FIRST, REPORT, ["", KICKER, "村民烦心事，化解在门口", ""], body)
    assert heads_of(text)[-1] == (KICKER, "村民烦心事，化解在门口", None, "这几天，住在青溪")


def test_the_same_line_as_wide_as_the_text_below_the_blank_stays_text() -> None:
    """Under a headline, a line no wider than the column the text goes on in after the blank is
    the lead's first line broken by a column break, as before."""
    body = wrap("的李大爷逢人就夸网格员，家门口的排水沟半天就修好了。" + GRID, 12)
    text = page(FIRST, REPORT, ["", KICKER, "这几天，住在青溪县白云镇", ""], body)
    assert heads_of(text)[-1][1:3] == (KICKER, None)


def test_a_dash_subheadline_stays_with_its_headline_over_signed_contributions() -> None:
    """`——写在…之际` under a headline is its subheadline even where the text under it is a
    collection of signed contributions, each under a title of its own: no contribution's title
    opens with a dash, so the line is not taken from the headline block as the first one's title."""
    text = page(
        FIRST, REPORT, [""],
        ["走向更加宽广的田野", "——写在青溪县乡村振兴大会召开一周年之际", "本报记者  林一帆", ""],
        wrap("今年的板栗又是好收成，合作社给村民找好了销路，一斤多卖两块钱，全村增收四十多万元。", 12), [""],
        ["山路修进了板栗园", "", "本报记者  陈晓云", ""],
        wrap("村里的路修到了家门口，收购商的货车开进了果园，孩子上学再也不用走两个小时山路了。", 12),
    )
    head = [h for h in heads_of(text) if h[1] == "走向更加宽广的田野"]
    assert head and head[0][2] == "——写在青溪县乡村振兴大会召开一周年之际"
