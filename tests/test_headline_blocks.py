"""Headline blocks on small invented pages: which lines belong to a title block, one rule each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

PREV = [
    "本报讯（记者 周安）3月2日，",
    "副县长赵海峰到开发区调研企",
    "业生产情况，详细了解企业订",
    "单、用工和项目进度，现场协",
    "调解决企业反映的困难。",
]
BODY = [
    "3月3日清晨，青溪县白云村的茶园里人",
    "头攒动，来自各地的游客背起竹篓，跟",
    "着茶农学习采茶的手法。村党支部书记",
    "王建明介绍，今年全村茶叶产量预计增",
    "长两成，乡村旅游带动了农家乐生意。",
]

# the same text opening without figures: its first line fills the column
WORDS = ["清晨时分，青溪县白云村的茶园里已经人", *BODY[1:]]



def heads(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.kicker, a.headline, a.subheadline) for a in parse_structure(text).articles]


def test_a_line_between_a_title_line_and_a_blank_line_ends_the_title_block() -> None:
    """A line right under a title line and over a blank line, well short of the text below the
    blank, is the block's second line, not a first line cut by a column break."""
    text = page(PREV, ["", "青溪茶乡迎来采茶季", "千名游客走进茶园体验采摘新茶", ""], BODY)
    assert ("青溪茶乡迎来采茶季", "千名游客走进茶园体验采摘新茶", None) in heads(text)
    assert parse_structure(text).articles[1].paragraphs[0].startswith("3月3日清晨")


def test_a_line_short_of_the_column_under_a_title_line_is_a_title_line() -> None:
    """Where first lines fill their column, a line under a title line, three cells short of the
    text below it, is no paragraph's first line: it is the title block's second line."""
    text = page(PREV, ["", "青溪茶乡迎来采茶季", "千名游客走进白云村茶园体验采摘"], WORDS)
    assert ("青溪茶乡迎来采茶季", "千名游客走进白云村茶园体验采摘", None) in heads(text)


def test_an_unpunctuated_short_line_after_a_closing_dateline_is_a_title() -> None:
    """After an article's closing dateline, an unpunctuated line well short of the column below
    it heads the next article; it does not open its text."""
    closed = [*PREV, "（本报青溪3月2日电）"]
    text = page(closed, ["青溪茶乡千名游客体验采摘新茶"], BODY)
    assert heads(text)[1] == (None, "青溪茶乡千名游客体验采摘新茶", None)
    assert parse_structure(text).articles[1].paragraphs[0].startswith("3月3日清晨")


def test_a_display_lead_a_cell_short_of_its_column_is_a_paragraph() -> None:
    """A lead set under the title, its first line a cell short of the column (the next word
    would not fit) and its last line short, is the article's first paragraph, not subheadlines."""
    lead = ["春茶采摘的热闹背后，同样也需要防范", "茶叶市场的以次充好"]
    text = page(PREV, ["", "莫让好茶蒙上灰尘（青溪时评）"], lead, WORDS)
    art = parse_structure(text).articles[1]
    assert (art.kicker, art.headline, art.subheadline) == (None, "莫让好茶蒙上灰尘（青溪时评）", None)
    assert art.paragraphs[0] == "春茶采摘的热闹背后，同样也需要防范茶叶市场的以次充好"


def test_a_caption_at_the_page_foot_does_not_keep_a_title_in_the_text_above() -> None:
    """A title under the last text of the page, with only a caption sentence below it, heads that
    text (set after its body); it is no section title running on into the caption."""
    body = [*BODY[:3], "王建明介绍，今年全村茶叶产量预计增", "长两成。"]
    text = page(PREV, [""], body, ["", "青溪茶乡迎来采茶季", "", "游客在白云村茶园采摘新茶。"])
    arts = parse_structure(text).articles
    assert arts[-1].headline == "青溪茶乡迎来采茶季"
    assert "青溪茶乡迎来采茶季" not in arts[-1].paragraphs


def test_two_title_lines_with_a_quotation_are_a_title_pair() -> None:
    """Two lines without a clause mark, set off by blank lines, are a title pair even when one
    quotes a speaker (“…”): quotation marks do not make running prose."""
    closed = [*PREV, "", "（本报青溪3月2日电）", ""]
    title = ["青溪县首届茶文化节开幕", "“让好茶走出大山走向全国”", ""]
    body = [line[:16] for line in BODY[:4]] + ["长两成。"]
    arts = parse_structure(page(closed, title, body)).articles
    assert (arts[1].kicker, arts[1].headline) == ("青溪县首届茶文化节开幕", "“让好茶走出大山走向全国”")


def test_a_line_leaving_a_bracket_open_runs_on_into_the_next() -> None:
    """Two unpunctuated lines before a column break are a title pair only if each stands whole:
    a first line that opens 《 or （ for the next to close is the start of a paragraph."""
    body = ["", "《关于进一步做好招商引资", "工作的若干意见》（以下简", "", "称《意见》）近日印发，青",
            "溪县将为外商营造公开透明", "的营商环境。"]
    (art,) = parse_structure(page(PREV, body)).articles
    assert art.paragraphs[1] == "".join(line for line in body if line)


def test_a_body_takes_the_block_whose_wording_it_repeats() -> None:
    """Two blocks compete for one body: a label over it that it never echoes, and a title under
    it that it repeats. On a page that sets titles above their bodies the title under the body
    still heads it: its own text echoes it."""
    first = ["青溪县召开经济工作会议", "", "本报讯（记者 林一帆）青溪县", "召开经济工作会议，部署今年",
             "经济工作任务。", ""]
    label = ["茶香四溢", ""]
    second = ["本报讯（记者 周安）白云村的", "春茶喜获丰收，茶农们背着竹", "篓在茶园里采摘春茶，忙个不",
              "停，村里的茶叶加工厂也开足", "马力，日夜赶制新茶。", ""]
    under = ["白云村春茶喜获丰收", ""]
    third = ["青溪县新建三座桥梁", "", "本报讯（记者 陈晓云）青溪县", "新建的三座桥梁日前通车，方",
             "便沿河两岸的群众出行，也为", "乡村旅游打开了新的通道。"]
    heads_ = heads(page(first, label, second, under, third))
    assert heads_ == [(None, "青溪县召开经济工作会议", None), (None, "白云村春茶喜获丰收", None),
                      (None, "青溪县新建三座桥梁", None)]


def test_a_labelled_line_opens_a_paragraph_not_a_subheadline() -> None:
    """A line opened by a bracketed label with text after it (【人物】…) is a paragraph of the
    text, however short and unpunctuated, and the next label opens another."""
    title = ["", "茶山上的守望（青溪时评）"]
    body = ["【人物】“茶山守护人”林一帆", "", "【故事】林一帆是白云村的茶农，", "二十年来守护着村里的古茶树，",
            "带领乡亲们种茶致富。"]
    art = parse_structure(page(PREV, title, body)).articles[1]
    assert (art.kicker, art.headline, art.subheadline) == (None, "茶山上的守望（青溪时评）", None)
    assert art.paragraphs[:2] == [body[0], "".join(body[2:])]


def test_a_letter_spaced_display_lead_a_cell_over_its_column_is_a_paragraph() -> None:
    """Justification spreads a lead's first line over the column, a cell past it at most: under
    a title it still opens the lead paragraph, not a subheadline."""
    lead = [" ".join("春茶采摘的热闹背后，同样需要防范以次") + " 充", "好的茶叶市场乱象"]
    text = page(PREV, ["", "莫让好茶蒙上灰尘（青溪时评）"], lead, WORDS)
    art = parse_structure(text).articles[1]
    assert (art.kicker, art.headline, art.subheadline) == (None, "莫让好茶蒙上灰尘（青溪时评）", None)
    assert art.paragraphs[0] == "春茶采摘的热闹背后，同样需要防范以次充好的茶叶市场乱象"


def test_an_indented_line_running_on_into_a_full_line_opens_a_paragraph() -> None:
    """On a page that indents its paragraphs, a line set in by the indent that fills its column
    and runs on into a full line is a paragraph's first line (a display lead), not a title line,
    even unpunctuated right under a subheadline."""
    body = ["　　青溪县白云村的茶园里人头攒", "动，来自各地的游客背起竹篓跟着", "茶农学习采茶",
            "　　村党支部书记王建明介绍，今", "年全村茶叶产量预计增长两成。",
            "　　乡村旅游也带动了农家乐的生", "意，村民的腰包越来越鼓。",
            "　　茶叶加工厂也开足了马力，日", "夜赶制新茶。", "　　新茶上市后供不应求。"]
    text = page(PREV, ["", "白云村春茶开采（青溪新闻）", "——青溪县茶乡见闻"], body)
    art = parse_structure(text).articles[1]
    assert (art.kicker, art.headline, art.subheadline) == (None, "白云村春茶开采（青溪新闻）", "——青溪县茶乡见闻")
    assert art.paragraphs[0] == "青溪县白云村的茶园里人头攒动，来自各地的游客背起竹篓跟着茶农学习采茶"
