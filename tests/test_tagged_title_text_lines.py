"""Partial headline blocks: a body line kept out of the title block above it (invented pages)."""

from tests.pages import heads_of, page, wrap

EARLIER = ["村级图书室全覆盖", *wrap("本报讯（记者 周安）青溪县今年新建村级图书室四十二个，覆盖全县所有行政村，"
                                 "农家书屋借阅量比去年翻了一番。", 16)]


def test_a_line_under_a_title_closed_by_its_column_tag_opens_the_text():
    """A column's tag (`（乡村笔记）`) closes the headline: a short unpunctuated line right under it
    opens the text, where under an untagged title it would be the title's next line."""
    body = ["很多人都听说过", *wrap("青溪县岭头村那位守了三十年山林的老支书，他每天天不亮就上山巡护，"
                                   "三十年里走坏了四十多双解放鞋。", 11)]
    heads = heads_of(page(EARLIER, [""], ["守望山村的灯火（乡村笔记）"], body))
    assert heads[-1][:3] == (None, "守望山村的灯火（乡村笔记）", None)
    assert heads[-1][3].startswith("很多人都听说过")
    # Under the same title with no tag the short line is read as the title's next line.
    untagged = heads_of(page(EARLIER, [""], ["守望山村的灯火"], body))
    assert untagged[-1][1] == "很多人都听说过"
