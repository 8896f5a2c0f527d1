"""A one-line title with quotation marks set right over its text, short of the column."""

from banmian.pipeline import parse_structure
from tests.pages import MEETING_BODY, page, wrap

FESTIVAL = wrap("山歌对唱、芦笙舞蹈、竹笛合奏……舞台上，青溪演出团以独特的歌舞展示着当地多彩的民俗文化；"
                "台下座无虚席，掌声阵阵。", 16)


def _article_with(text: str, parsed):
    return next(a for a in parsed.articles if any(text in p for p in a.paragraphs))


def test_a_quoted_title_a_cell_short_of_the_text_under_it_is_its_headline():
    """After a blank line, a line with closed quotations and no clause mark that stopped short of
    the two full lines right under it, where their first character would have fitted: a title."""
    for title in ("“青溪·山歌节”唱响“乡村风”", "“为青溪乡村振兴贡献青春力量”"):
        parsed = parse_structure(page(MEETING_BODY, [""], [title], FESTIVAL))
        art = _article_with("山歌对唱", parsed)
        assert art.headline == title
        assert art.paragraphs[0].startswith("山歌对唱")


def test_a_name_broken_at_its_dot_runs_on_into_the_next_line():
    """A first line ending on a name's dot (让·) carries the name on: running text, no title."""
    body = ["最受欢迎歌手要数“山歌王”罗伯特·", "米勒先生他多次往返青溪和柏林两地之间",
            "为当地山歌的传播做了大量的工作而且还"]
    body.append("出版了专著。")
    parsed = parse_structure(page(MEETING_BODY, [""], body))
    art = _article_with("山歌王", parsed)
    assert art.paragraphs[-1].startswith("最受欢迎歌手要数“山歌王”罗伯特·米勒")


def test_a_prose_line_closing_on_a_quoted_phrase_runs_on():
    """A closing quotation mark may be set in half a cell and push the next character on: a line
    of prose ending on a quoted phrase (…“山歌节”) is a paragraph's first line, not a title."""
    body = ["青溪县在办好乡村特色文化“山歌节”", "的过程中不断探索逐步形成了一套新机制",
            "走出了一条文化振兴与产业融合的新路。"]
    parsed = parse_structure(page(MEETING_BODY, [""], body))
    art = _article_with("青溪县在办好", parsed)
    assert art.paragraphs[-1].startswith("青溪县在办好乡村特色文化“山歌节”的过程中")
