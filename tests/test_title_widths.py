"""Title lines glued to the text under them: caught by their width against the column."""

from tests.pages import heads_of, page, wrap

BOOKS = wrap("每到农闲时节，石桥村的农家书屋里总坐满了前来看书的村民。书屋管理员周晓燕说，"
             "今年新添了两千多册图书，借阅量比去年翻了一番。", 10)
FAIR_TEXT = ("青溪县首届农民丰收节昨天在县体育场开幕，来自全县各乡镇的农户带来了新米、"
             "山茶油和竹编等特产。开幕当天，现场成交额超过三十万元。")


def test_a_line_a_cell_short_of_the_column_opening_the_page_is_a_title():
    """Opening the page, a line with no mark that stops a cell short of the full lines below it,
    where their first character would have fitted, wrapped no text: running text fills its column."""
    text = page(["农家书屋办到家门口"], BOOKS, ["", "丰收节上农特产品销售火爆", ""], wrap(FAIR_TEXT, 12))
    heads = heads_of(text)
    assert len(heads) == 2
    assert heads[0][1] == "农家书屋办到家门口"
    assert heads[0][3].startswith("每到农闲时节")


def test_a_title_pair_both_wider_than_the_column_stands_over_the_text():
    """Two unpunctuated lines each wider than the narrow column of the text under them: a title and
    its subheadline, though the upper one is narrower than the lower."""
    title = ["青溪县书屋联盟即将成立", "全县百个书屋统一借还图书"]
    text = page(["丰收节上农特产品销售火爆", ""], wrap(FAIR_TEXT, 10), title, BOOKS)
    heads = heads_of(text)
    assert len(heads) == 2
    assert "青溪县书屋联盟即将成立" in heads[1][:2]
    assert heads[1][3].startswith("每到农闲时节")


def test_a_line_wider_than_the_finished_text_above_it_is_that_reports_title():
    """On a page that sets titles after their text, right under a finished sentence a line wider
    than the text's column, then a blank line: the report's headline, not the next paragraph
    running on into a wider column (text stays in its column up to a break)."""
    text = page(BOOKS, ["石桥村农家书屋藏书、借阅量双双增长", ""], wrap(FAIR_TEXT, 17), ["青溪县首届农民丰收节开幕"])
    heads = heads_of(text)
    assert len(heads) == 2
    assert heads[0][1] == "石桥村农家书屋藏书、借阅量双双增长"
    assert heads[1][3].startswith("青溪县首届农民")
