"""Articles run together on invented pages: a missed boundary merges two articles into one."""

from __future__ import annotations

from banmian.pipeline import parse_structure


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap full-width text into column lines of `width` characters, a mark that may not
    open a line hung at the end of the line before."""
    lines: list[str] = []
    for i in range(0, len(text), width):
        part = text[i:i + width]
        if lines and part[0] in "，。、；：！？）”":
            lines[-1], part = lines[-1] + part[0], part[1:]
        if part:
            lines.append(part)
    return lines


def page(*chunks: list[str]) -> str:
    return "\n".join(line for chunk in chunks for line in chunk) + "\n"


def heads_and_starts(text: str) -> list[tuple[str | None, str]]:
    return [(a.headline, a.paragraphs[0][:6]) for a in parse_structure(text).articles]


FERRY = ("青溪渡口新码头昨日正式启用，渡船班次由每天六班增加到十二班。"
         "渡口管理站站长郑怀远说，新码头设有候船亭和无障碍通道，两岸村民过江更方便了。")
LIBRARY = ("南岭乡村书屋近日完成改造，新添图书两千余册，并开设少儿阅读角。乡文化站站长韦晓岚介绍，书屋每周开放六天，"
           "周末还将举办亲子读书会。")
ORCHARD = ("金山村柑橘园今年喜获丰收，村里组织采摘节吸引游客前来体验。村委会主任邓立新说，柑橘销路不愁，"
           "线上订单已排到下月。")


def test_two_titles_around_one_body_split_it_in_two() -> None:
    """A page setting some headlines before their bodies and some after: the body headed from
    above runs straight into one headed from below. The second headline, heading no body,
    shows that the text holds two articles; each part goes to the title whose wording it repeats."""
    text = page(
        wrap(ORCHARD, 12), [""], ["金山村柑橘喜获丰收"], [""],
        ["青溪渡口新码头启用"], [""], wrap(FERRY, 16), [""], wrap(LIBRARY, 16), [""],
        ["南岭乡村书屋改造完成"],
    )
    assert heads_and_starts(text) == [("金山村柑橘喜获丰收", "金山村柑橘园"), ("青溪渡口新码头启用", "青溪渡口新码"),
                                      ("南岭乡村书屋改造完成", "南岭乡村书屋")]


def test_a_long_title_the_text_above_repeats_closes_that_article() -> None:
    """In one column, a long title line whose wording the text above repeats almost whole and
    the text below not at all is the headline of the article above, set under its body; a
    section title would introduce the text below it."""
    text = page(
        wrap(FERRY, 16), [""], ["青溪渡口新码头昨日正式启用"], [""],
        wrap(LIBRARY, 16), [""], ["南岭乡村书屋改造完成"],
    )
    assert heads_and_starts(text) == [("青溪渡口新码头昨日正式启用", "青溪渡口新码"),
                                      ("南岭乡村书屋改造完成", "南岭乡村书屋")]


def test_a_photo_report_label_heads_its_own_item() -> None:
    """图片报道 between two texts of one column is an item's headline, never a section title."""
    text = page(["南岭乡村书屋改造完成"], [""], wrap(LIBRARY, 14), [""], ["图片报道"], [""], wrap(ORCHARD, 14))
    assert heads_and_starts(text) == [("南岭乡村书屋改造完成", "南岭乡村书屋"), ("图片报道", "金山村柑橘园")]


def test_a_photo_credit_with_a_spaced_name_closes_the_photo_story() -> None:
    """A two-character name is set spaced to three cells (林  帆); the credit still closes the
    photo story under its title, and the text after it is another article."""
    story = wrap("十月的青溪湖畔，芦花随风摇曳，游客在栈道上拍照留念。", 14)
    text = page(["湖畔秋色"], [""], story, [""], ["本报记者  林  帆摄"], [""], wrap(LIBRARY, 14), [""],
                ["南岭乡村书屋改造完成"])
    assert heads_and_starts(text) == [("湖畔秋色", "十月的青溪湖"), ("南岭乡村书屋改造完成", "南岭乡村书屋")]


def test_a_lead_in_runs_on_to_a_byline_only_within_its_article() -> None:
    """核心阅读 over a summary lets a byline under it go on with the same article; where that
    article has no byline, a later article's dateline, past another headline, still opens an
    article of its own."""
    text = page(
        ["青溪县推进乡村全面振兴"], ["核心阅读"], wrap("青溪县以产业带动乡村振兴，三年来农民收入稳步增长。", 14), [""],
        wrap(ORCHARD, 14), [""],
        ["南岭乡村书屋改造完成"], [""], wrap(LIBRARY, 18), [""],
        wrap("本报青溪3月4日电  （记者周安）" + FERRY, 18),
    )
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪县推进乡村全面振兴", "南岭乡村书屋改造完成", None]
    assert arts[2].paragraphs[0].startswith("青溪渡口新码头")


def test_a_title_line_wider_than_the_column_above_sits_in_the_column_below() -> None:
    """An unpunctuated line between blank lines, wider than the column of the text above and
    narrower than the one below: not the first line of a paragraph going on after a column
    break (that fills its column), but the next article's headline."""
    text = page(
        ["书屋改造完成"], [""], wrap(LIBRARY, 12), [""],
        ["青溪渡口新码头正式启用两岸通行"], [""], wrap(FERRY, 17),
    )
    assert heads_and_starts(text) == [("书屋改造完成", "南岭乡村书屋"),
                                      ("青溪渡口新码头正式启用两岸通行", "青溪渡口新码")]
