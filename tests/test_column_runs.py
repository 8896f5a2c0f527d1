"""Articles the parser must not split where a paragraph's first line meets a column break: invented
pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import WETLAND_LEAD, one_article, page

LEAD = WETLAND_LEAD  # every page below opens with this news lead (its column is 18 cells)


def test_first_line_as_wide_as_the_column_above_runs_on_into_a_wider_column() -> None:
    """An unpunctuated line set off by blank lines but exactly as wide as the full lines of the
    text above it, before a column break into a wider column, is a paragraph's first line."""
    text = page(
        LEAD,
        [
            "",
            "保护区工作人员介绍，今年湿地水位稳",
            "定，鱼虾丰富，为候鸟提供了充足食物，",
            "也吸引了不少摄影爱好者。",
            "",
            "巡护队员每天清晨沿着湖岸记录候鸟群",
            "",
            "的数量和活动范围，保护区据此在核心区外围设置",
            "了多处观鸟点，并安排志愿者引导游客文明观鸟。",
        ]
    )
    assert one_article(text)[-1].startswith("巡护队员每天清晨沿着湖岸记录候鸟群的数量")


def test_bracket_closed_line_set_in_the_column_is_running_text() -> None:
    """A line closing on a bracket (…青溪学院（南校区）) as wide as the text's full lines above
    and the prose line right under it is running text, not a title closed by a column tag."""
    text = page(
        LEAD,
        [
            "",
            "保护区工作人员介绍，今年湿地水位稳",
            "定，鱼虾丰富，为候鸟提供了充足食物，",
            "也吸引了不少摄影爱好者。",
            "",
            "监测志愿者多来自青溪学院（南校区）",
            "生态学系，他们每周两次进入湿地，记",
            "录候鸟种类和数量，并把数据提交保护区。",
        ]
    )
    assert one_article(text)[-1].startswith("监测志愿者多来自青溪学院（南校区）生态学系")


def test_line_leaving_a_quotation_open_before_a_column_break_runs_on() -> None:
    """A line that opens a quotation it does not close, before a column break, is running text:
    the quotation goes on in the next column."""
    text = page(
        LEAD,
        [
            "",
            "保护区工作人员介绍，今年湿地水位稳",
            "定，鱼虾丰富，为候鸟提供了充足食物。",
            "",
            "“让候鸟安心过冬，是我们",
            "",
            "共同的心愿。”巡护队员每天记录鸟情，保护区据此在",
            "核心区外围设置了多处观鸟点，引导游客文明观鸟。",
        ]
    )
    assert one_article(text)[-1].startswith("“让候鸟安心过冬，是我们共同的心愿。”")


def test_wide_line_wrapping_a_stub_that_ends_the_sentence_is_a_paragraph() -> None:
    """A line wider than the text around it, with clause marks and no sentence ended, right above
    a short line that ends the sentence, is one paragraph wrapped in a wider column (a photo's
    text), not a title: the photo story stays one article."""
    text = page(
        [
            "湖畔秋色",
            "",
            "青溪湿地保护区内，芦苇",
            "随风摇曳，水鸟成群结队，",
            "引来不少游客驻足观赏。",
            "",
            "图为10月12日，游客在青溪湿地观鸟台上拍摄候鸟",
            "群飞。",
            "",
            "林一帆摄",
        ]
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert any(p.startswith("图为10月12日，游客在青溪湿地观鸟台上拍摄候鸟群飞。") for p in arts[0].paragraphs)
