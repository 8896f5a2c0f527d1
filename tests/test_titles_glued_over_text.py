"""Headline blocks set right on their text, no blank line between: told by width and tags."""

from __future__ import annotations

import banmian
from tests.pages import heads_of, page, wrap

# A finished report a page can open with (its column is 12 cells).
MARKET = wrap("青溪县农贸市场改造工程近日完工，新市场设摊位两百多个，"
              "冷链仓储和检测室一应俱全，周边居民买菜更方便了。", 12)
BRIDGE = ("沿河八个村，从此告别了绕行十多公里的历史。枫林湾片区三座跨河便民桥日前全部完工通车，"
          "新桥均按照百年一遇的防洪标准设计建造，桥面宽度可供两辆农用车并排通行。")


def test_a_second_title_line_a_cell_short_of_the_text_is_the_headline() -> None:
    """Under a kicker that opens its block (set wider than the column, right after a finished
    report), a line with no mark that stops a cell short of the two full lines under it, where
    their first character would have fitted, wrapped no text: it is the headline, not the body's
    first line that lost a cell."""
    block = ["石桥村八个自然村通上便民桥梁", "两岸村民过河不用绕远路"]  # 14 and 11 cells
    text = page(MARKET, block, wrap(BRIDGE, 12))
    heads = heads_of(text)
    assert len(heads) == 2
    assert heads[1][:3] == ("石桥村八个自然村通上便民桥梁", "两岸村民过河不用绕远路", None)
    assert heads[1][3].startswith("沿河八个村")


def test_a_series_tag_numbering_its_part_in_brackets_closes_a_title() -> None:
    """A wide title closed by a series' tag whose part is numbered in a bracket of its own
    (`…·青溪篇（下））`), set right on a one-line lead between blank lines, is a title: it does not
    wrap into the lead as one paragraph of a wider column."""
    title = "山乡巨变看今朝（乡村振兴观察·青溪篇（下））"
    lead = ["山美，水美，人更美。", ""]
    text = page(["青溪农贸市场改造完工", ""], MARKET, [""], [title], lead, wrap(BRIDGE, 11))
    heads = heads_of(text)
    assert len(heads) == 2
    assert heads[1][1] == title
    assert heads[1][3].startswith("山美，水美")


def test_a_line_far_short_of_the_finished_text_above_it_is_that_texts_title() -> None:
    """On a page setting titles after their text, right under a finished sentence and over a blank
    line, a line with no mark more than an indent short of the column of that text: the text's
    next paragraph would fill its column up to a column break, so the line is the report's title."""
    title = "新市场方便了周边村的居民"  # 12 cells under a 16-cell column, over a 12-cell one
    report = wrap("青溪县农贸市场改造工程近日完工，新市场设摊位两百多个，冷链仓储和检测室一应俱全，"
                  "还开设了便民服务窗口，周边居民买菜更方便了。", 16)
    text = page(report, [title, ""], wrap(BRIDGE, 12), ["枫林湾三座便民桥通车"])
    heads = heads_of(text)
    assert len(heads) == 2
    assert heads[0][1] == title
    assert heads[0][3].startswith("青溪县农贸市场")
    assert heads[1][1] == "枫林湾三座便民桥通车"


def test_a_kicker_over_a_tagged_title_glued_on_a_dated_lead() -> None:
    """After finished text, a line with clause marks and no sentence end over a line closed by a
    column tag, the text's dated lead right under it: a kicker and its headline. Two lines of a
    paragraph do not stop on a column's name for the next to open a lead."""
    block = ["县城为节点、乡镇为支点、农户为重点", "冷链物流 打通了最初一公里（政策解读）"]
    lead = wrap("近日，青溪县农业农村局印发冷链物流建设方案，提出用三年时间在全县建成产地冷库六十座，"
                "覆盖所有产茶乡镇。", 18)
    text = page(MARKET, block, lead)
    heads = heads_of(text)
    assert len(heads) == 2
    assert heads[1][:2] == tuple(block)
    assert heads[1][3].startswith("近日，青溪县")


def test_a_dash_signature_over_a_title_closes_the_text_above() -> None:
    """A dash line set off below a finished quotation and right over a title signs that quotation:
    no kicker opens with a dash (a subheadline hangs under its title), so the title stands alone."""
    quote = wrap("文化馆要办成群众自己的家，让每一位走进来的人都能找到喜欢的活动，"
                 "也能把自己的本事教给别人。", 14)
    title = "让文化馆成为群众的家（基层文化观察）"
    text = page(quote, ["", "——文化馆馆长林一帆", title, ""], wrap(BRIDGE, 13), ["枫林湾三座便民桥通车"])
    page_ = banmian.parse(text)
    first = page_.articles[0]
    assert (first.kicker, first.headline) == (None, title)
    assert first.paragraphs[-1] == "——文化馆馆长林一帆"
