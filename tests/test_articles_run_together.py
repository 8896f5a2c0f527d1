"""Two articles run together with no title between them (a page setting some headlines before
their bodies and some after): the text's setting or column must show where one ends."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import indented, page, wrap

HARBOUR = ("青溪港新建的三号泊位本月投入使用，港口年吞吐能力由此提高三成。港务公司经理梁志远说，"
           "新泊位可同时停靠两艘万吨级货轮，装卸效率明显提升。")
HARBOUR_2 = ("泊位建设期间，施工单位采用分段围堰的办法，没有影响港口正常运营。"
             "目前，港口正在筹划四号泊位的前期工作。")
HARBOUR_3 = "港务公司表示，将继续加强安全管理，确保港口平稳运行。"
MARKET = ("南岭镇农贸市场改造完工，摊位由原来的八十个增加到一百二十个，地面和排水设施全部更新。"
          "市场管理所所长韦晓岚说，改造后的市场干净整洁，前来买菜的居民明显多了。")
MARKET_2 = "镇里还在市场旁新建了一处停车场，方便周边村民开车前来。停车场共有车位六十个，节假日还安排专人疏导交通。"
MARKET_3 = "不少摊主表示，市场环境变好了，生意也比以前红火。"


def parts(text: str) -> list[tuple[str | None, str]]:
    """Each article's headline and the first six characters of its text."""
    return [(a.headline, a.paragraphs[0][:6]) for a in parse_structure(text).articles]


def test_text_set_otherwise_in_one_column_width_opens_another_article() -> None:
    """Indented paragraphs parted by blank lines, then paragraphs in the same column width set
    flush and run on without blank lines: an article keeps one setting throughout, so the second
    run is another article, headed by the title under it."""
    above = [*indented(HARBOUR, 16), "", *indented(HARBOUR_3, 16), "", *indented(HARBOUR_2, 16)]
    below = wrap(MARKET, 16) + wrap(MARKET_2, 16) + wrap(MARKET_3, 16)
    text = page(["千帆竞发正当时", ""], above, [""], below, [""], ["烟火气里的幸福感"])
    assert parts(text) == [("千帆竞发正当时", "青溪港新建的"), ("烟火气里的幸福感", "南岭镇农贸市")]


def test_a_paragraph_parted_like_the_text_below_goes_on_with_it() -> None:
    """In one column width, a flush paragraph over indented ones with no blank line between them,
    as the text below sets its paragraphs: the first paragraph of that text, which lost its indent,
    not the end of the article above (its own setting cue alone does not part it)."""
    above = [*wrap(HARBOUR, 16), "", *wrap(HARBOUR_2, 16), "", *wrap(HARBOUR_3, 16)]
    below = wrap(MARKET, 16) + indented(MARKET_2, 16) + indented(MARKET_3, 16)
    text = page(["千帆竞发正当时", ""], above, [""], below, [""], ["烟火气里的幸福感"])
    arts = parse_structure(text).articles
    market = next(a for a in arts if any(p.startswith("镇里还在") for p in a.paragraphs))
    assert any(p.startswith("南岭镇农贸市场") for p in market.paragraphs)


def test_a_two_line_paragraph_whose_first_line_stops_for_a_quotation_shows_its_column() -> None:
    """A two-line paragraph closing the text above: its first line stops a cell short where the
    quotation opening the next line may not end it, its comma filling the last cell. It stands in
    the wide column above it all the same, so the narrow text under it is another article."""
    last = ["\u3000\u3000港务公司经理梁志远说，今年还要再建新泊位，", "“明年港口的吞吐量还会再上一个台阶。”"]
    above = indented(HARBOUR + HARBOUR_2, 24) + last
    text = page(["千帆竞发正当时", ""], above, wrap(MARKET, 10), [""], wrap(MARKET_2, 10), [""],
                ["烟火气里的幸福感"])
    assert parts(text) == [("千帆竞发正当时", "青溪港新建的"), ("烟火气里的幸福感", "南岭镇农贸市")]


def test_a_column_narrowing_under_a_paragraph_cut_by_a_column_break_opens_another_article() -> None:
    """A paragraph whose column break leaves only its last line after it: the column it ran in
    before the break shows, and past a break an article's column may widen, never narrow. The
    narrow text under it is another article."""
    lines = wrap(HARBOUR_2, 20)
    cut = [*lines[:-1], "", *lines[-1:]]
    above = [*wrap(HARBOUR, 20), "", *cut]
    text = page(["千帆竞发正当时", ""], above, [""], wrap(MARKET, 10), [""], wrap(MARKET_2, 10), [""],
                ["烟火气里的幸福感"])
    assert parts(text) == [("千帆竞发正当时", "青溪港新建的"), ("烟火气里的幸福感", "南岭镇农贸市")]
