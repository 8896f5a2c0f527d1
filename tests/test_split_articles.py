"""Articles the parser must not split: invented pages, one behaviour each."""

from __future__ import annotations

from tests.pages import WETLAND_LEAD, one_article, page

LEAD = WETLAND_LEAD  # every page below opens with this news lead (its column is 18 cells)


def test_paragraph_start_with_a_full_stop_inside_is_no_title_before_a_wider_column() -> None:
    """A line on which one sentence ends and the next begins is running text: set alone before a
    column break into a wider column, it still opens a paragraph of the article above."""
    text = page(
        LEAD,
        [
            "",
            "保护区工作人员介绍，今年湿地水位稳",
            "定，鱼虾丰富，为候鸟提供了充足食物。",
            "",
            "巡护队员每天记录鸟情。为了减少对鸟",
            "",
            "群的打扰，保护区在核心区外围设置了多处观鸟",
            "点，并安排志愿者引导游客文明观鸟，不投喂、",
            "不追逐、不大声喧哗，让候鸟安心过冬。",
        ]
    )
    assert one_article(text)[-1].startswith("巡护队员每天记录鸟情。")


def test_line_broken_off_mid_clause_before_a_column_break_runs_on_into_its_paragraph() -> None:
    """A paragraph's first line that stops on a word needing its complement (…和) or one character
    after a comma (…，大) runs on across the column break, into the wider column."""
    for first, rest in (("巡护队员每天记录鸟群数量和", "活动范围，保护区据此在核心区外围设置了多处观"),
                        ("巡护队员每天记录鸟情，细致认真，大", "家据此在核心区外围设置了多处观")):
        text = page(
            LEAD,
            [
                "",
                "保护区工作人员介绍，今年湿地水位稳",
                "定，鱼虾丰富，为候鸟提供了充足食物。",
                "",
                first,
                "",
                rest,
                "鸟点，并安排志愿者引导游客文明观鸟，不投喂、",
                "不追逐、不大声喧哗，让候鸟安心过冬。",
            ]
        )
        assert one_article(text)[-1].startswith(first)


def test_short_paragraph_under_a_section_title_tells_its_column_by_its_first_line() -> None:
    """Under an in-body section title, a three-line paragraph whose first line is as wide as its
    inner line shows the column: the same as above the title, so the title stays in the article
    even where the column widens further down."""
    text = page(
        [
            "青溪湿地迎来候鸟",
            "",
            "本报讯（记者 林一帆）入冬以来，青溪湿",
            "地保护区陆续迎来越冬候鸟，数量比去年同",
            "期明显增多。保护区工作人员介绍，今年湿",
            "地水位稳定，鱼虾丰富，为候鸟提供了充足",
            "的食物，吸引了大批候鸟在此停留。",
            "观鸟点游人如织",
            "周末前来观鸟的市民络绎不绝，不少家长带",
            "着孩子拿着望远镜守在湖边，耐心等待鸟群",
            "从水面飞起的那一刻。",
            "保护区安排志愿者在各观鸟点讲解候鸟知识，",
            "",
            "提醒游客文明观鸟，不投喂、不追逐、不大声喧哗。",
            "志愿者说，今年来观鸟的人比往年多了不少，大家",
            "爱护候鸟的意识越来越强，不少市民还主动报名加",
            "入了志愿者队伍，一起守护这片湿地。",
        ]
    )
    assert "观鸟点游人如织" in one_article(text)


def test_a_paragraph_opening_with_an_agency_name_is_no_byline() -> None:
    """新华社…报道 opens an article only as an attribution (据新华社报道：, …消息，); a sentence whose
    subject is the agency (…组建报道小组) goes on with the article."""
    text = page(
        LEAD,
        [
            "新华社今年组建报道小组，在湿地蹲点",
            "拍摄候鸟迁徙，记录下许多珍贵画面。",
        ]
    )
    assert one_article(text)[-1].startswith("新华社今年组建报道小组")


def test_a_line_opening_with_an_attribution_is_no_title_before_a_column_break() -> None:
    """据…介绍， / …表示， open a sentence of running text: a short line so opened before a column
    break is a paragraph's first line, never a title."""
    text = page(
        LEAD,
        [
            "",
            "保护区工作人员介绍，今年湿地水位稳",
            "定，鱼虾丰富，为候鸟提供了充足食物。",
            "",
            "据工作人员介绍，今年新",
            "",
            "建了三处观鸟点，并安排志愿者引导游客文明观",
            "鸟，不投喂、不追逐、不大声喧哗，让候鸟安心",
            "过冬。",
        ]
    )
    assert one_article(text)[-1].startswith("据工作人员介绍，今年新建了三处观鸟点")
