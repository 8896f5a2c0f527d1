"""Headline blocks on pages set in one column grid, told by their spacing, not by widths."""

from tests.pages import heads_of, page, wrap

W = 16  # every article of the page in one column width

# A text that parts its paragraphs by blank lines (invented wording).
SPACED = [
    "青岚湖畔的晨雾刚散，护林员周立川已经沿着山道巡查了一个多小时。",
    "这片林子是他看护了十二年的地方，哪里有新栽的树苗，他都记得清清楚楚。",
    "去年秋天，镇里为护林队添置了无人机，巡山的路线也从三条增加到五条。",
    "周立川说，只要林子一年比一年密，再辛苦也值得。",
]
# The next article, set the same way (no dateline, no byline).
NEXT = [
    "白沙镇今年新修的农田水渠已全部通水，两千多亩稻田告别了靠天吃水的日子。",
    "镇农业办负责人介绍，水渠沿线还配套建设了十座提灌站，旱季也能及时补水。",
]


def _spaced(paras: list[str]) -> list[str]:
    out: list[str] = []
    for k, text in enumerate(paras):
        out += ([""] if k else []) + wrap(text, W)
    return out


def test_a_title_glued_to_the_text_under_it_after_a_blank_heads_another_article():
    """The text above parts its paragraphs by blank lines; a title set with a blank line over it
    but none under it breaks that habit, so it is the next article's headline, not a section
    title of the text above, though both texts share one column width."""
    text = page(["青岚湖畔护林人", ""], _spaced(SPACED), [""], ["白沙镇农田水渠全线通水"], _spaced(NEXT))
    heads = heads_of(text)
    assert [h[1] for h in heads] == ["青岚湖畔护林人", "白沙镇农田水渠全线通水"]


def test_a_section_title_with_blank_lines_on_both_sides_stays_in_its_text():
    """The same title parted by blank lines on both sides, as the text parts its paragraphs,
    is that text's own section title."""
    text = page(["青岚湖畔护林人", ""], _spaced(SPACED), [""], ["白沙镇农田水渠全线通水", ""], _spaced(NEXT))
    assert len(heads_of(text)) == 1


def test_a_line_stopping_short_before_a_quoted_phrase_stays_in_its_paragraph():
    """In a narrow column a paragraph's first line may stop cells short where the next line opens
    a quotation the setter kept whole (“绿水青山…”): the line under the short one opens on a
    quotation mark, so the short line is no title hugging the text below."""
    narrow = ["青岚湖畔的晨雾刚散，护林员周立川已经沿着山道巡查了一个多小时。",
              "这片林子是他看护了十二年的地方，哪里有新栽的树苗，他都记得清清楚楚。"]
    lines: list[str] = []
    for k, text in enumerate(narrow):
        lines += ([""] if k else []) + wrap(text, 9)
    quoted = ["青溪牢固树立", *wrap("“绿水青山就是金山银山”理念，坚决履行生态保护责任，走生态优先的路子。", 9)]
    heads = heads_of(page(["青岚湖畔护林人", ""], lines, [""], quoted))
    assert [h[1] for h in heads] == ["青岚湖畔护林人"]
