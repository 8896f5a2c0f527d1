"""Two lines right under a headline closed by its column's tag: a subheadline set over two lines, or
a display lead that opens the text (flow._display_pair, flow._stops_under, roles._halves; invented pages)."""

from tests.pages import heads_of, indented, page, wrap

TITLE = ["让老人安享幸福晚年（青溪时评）"]
BODY = indented("青溪县今年以来持续推进养老服务体系建设，新建社区养老服务站十二个，为两千多名老人提供助餐、"
                "助浴等服务。县民政局负责人介绍，明年还将新建一批农村幸福院。", 20) + indented(
    "县里还组织志愿者定期上门探访独居老人，帮助他们解决生活中的实际困难。", 20)


def test_a_display_lead_of_one_width_closing_its_sentence_opens_the_text():
    """Two lines of one width, both short of the column, the second closing a sentence: a display
    lead set in a narrow box, the text's first paragraph; a subheadline is a phrase, never a sentence."""
    lead = ["养老是民生大事，关乎千家万", "户的幸福安康，丝毫马虎不得。"]
    for gap in ([], [""]):
        heads = heads_of(page(TITLE, lead, gap, BODY))
        assert heads == [(None, TITLE[0], None, "养老是民生大事，")]


def test_a_display_lead_closing_on_a_short_line_under_the_pair_opens_the_text():
    """The same pair running on into a flush line no wider than it that closes the sentence: the
    three lines are one paragraph, the lead."""
    lead = ["养老是民生大事，关乎千家万", "户的幸福安康，丝毫马虎不得", "，必须用心用情办好。"]
    heads = heads_of(page(TITLE, lead, [""], BODY))
    assert heads == [(None, TITLE[0], None, "养老是民生大事，")]


def test_a_subheadline_whose_first_line_stops_short_of_the_second_is_kept():
    """Set over two lines at its middle, a subheadline's first half may stop short of its second
    (half-width digits): running text fills a line before it wraps, so with a blank line under the
    pair the two lines are one display line."""
    sub = ["截至2019年10月底，青溪", "已建成社区养老服务站共十二个"]
    heads = heads_of(page(TITLE, sub, [""], BODY))
    assert heads == [(None, TITLE[0], "".join(sub), "青溪县今年以来持")]


def test_a_short_line_over_a_longer_one_running_on_stays_text():
    """A short line over a longer one with text right under both, no break: the text's first lines."""
    lead = ["养老服务站建成后", *wrap("青溪县白石镇的老人们在家门口就能吃上热乎饭，子女们也放心了不少。", 16)]
    heads = heads_of(page(TITLE, lead, [""], BODY))
    assert heads == [(None, TITLE[0], None, "养老服务站建成后")]


def test_a_subheadline_over_two_lines_wider_than_the_text_column_is_kept():
    """Two lines of one width, both more than a cell past the column of the text under them: display
    type set over two lines, not that text's first lines."""
    body = indented("青溪县今年新建社区养老服务站十二个，为两千多名老人提供助餐服务。", 12) + indented(
        "县民政局负责人介绍，明年还将新建一批农村幸福院。", 12) + indented("县里还组织志愿者上门探访独居老人。", 12)
    sub = ["青溪新建社区养老服务站共十二", "个，服务老人两千多名备受好评"]
    heads = heads_of(page(TITLE, sub, [""], body))
    assert heads == [(None, TITLE[0], "".join(sub), "青溪县今年新建社")]
