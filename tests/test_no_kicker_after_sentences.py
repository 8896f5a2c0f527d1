"""Pages dumped with no blank lines: a full sentence over a title block (a caption, a pull quote)
is no kicker. Invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_caption_over_a_title_block_is_no_kicker() -> None:
    """A caption sentence set across the columns right over a kicker and its headline, with no
    blank line between them: the kicker is the line under the caption, which ends no sentence."""
    text = page(
        "青溪县今年以来持续推进湿地保护修复",
        "工程，全县新增湿地面积一千二百亩，",
        "越冬候鸟数量比去年同期增长三成。",
        "图为游客在青溪湿地观赏越冬的白琵鹭和大天鹅，不少人专程从外地赶来。",
        "第三届青溪湖畔观鸟节开幕，各地摄影爱好者齐聚湖畔小镇",
        "候鸟湿地引来四方观鸟客",
        "本报讯（记者林一帆）十一月二日，",
        "第三届青溪湖畔观鸟节在湖畔小镇",
        "开幕，来自各地的两百余名摄影爱好",
        "者参加了开幕式和首日的观鸟活动。",
    )
    arts = parse_structure(text).articles
    titled = [a for a in arts if a.headline]
    assert titled
    art = titled[-1]
    assert art.headline == "候鸟湿地引来四方观鸟客"
    assert art.kicker == "第三届青溪湖畔观鸟节开幕，各地摄影爱好者齐聚湖畔小镇"


def test_a_page_line_with_its_section_name_is_no_kicker() -> None:
    """A page number and section name (08 生态) at the head of the page, glued to the title under
    it, is page furniture, not the title's kicker."""
    text = page(
        "08 生态",
        "青溪湿地迎来越冬候鸟",
        "本报讯（记者林一帆）入冬以来，",
        "青溪湿地保护区陆续迎来越冬候",
        "鸟，数量比去年同期明显增多。",
    )
    art = parse_structure(text).articles[0]
    assert art.headline == "青溪湿地迎来越冬候鸟"
    assert art.kicker is None


def test_a_bracketed_credit_over_a_title_block_is_no_kicker() -> None:
    """A credit note in brackets closing the text above ((图表由青溪县统计局提供)), glued to the next
    title block, is no kicker: a kicker leads into its headline."""
    text = page(
        "青溪县今年以来持续推进湿地保护修复",
        "工程，全县新增湿地面积一千二百亩，",
        "越冬候鸟数量比去年同期增长三成。",
        "（图表由青溪县统计局提供）",
        "第三届青溪湖畔观鸟节开幕，各地摄影爱好者齐聚湖畔",
        "候鸟湿地引来四方观鸟客",
        "本报讯（记者林一帆）十一月二日，",
        "第三届青溪湖畔观鸟节在湖畔小镇",
        "开幕，来自各地的两百余名摄影爱好",
        "者参加了开幕式和首日的观鸟活动。",
    )
    art = [a for a in parse_structure(text).articles if a.headline][-1]
    assert art.headline == "候鸟湿地引来四方观鸟客"
    assert art.kicker == "第三届青溪湖畔观鸟节开幕，各地摄影爱好者齐聚湖畔"
