"""Pages dumped with no blank lines at all (pdftotext without -layout): paragraph ends, titles
and articles told from line widths alone. Invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_line_stopped_short_on_a_dash_ends_its_paragraph() -> None:
    """Wrapped text runs on to the column edge: an unfinished line that stops more than an indent
    short on a mark closing a phrase (…请看——) ends its paragraph, blank line or not."""
    text = page(
        "青溪湿地迎来越冬候鸟",
        "本报讯（记者 林一帆）入冬以来，青溪湿地",
        "保护区陆续迎来越冬候鸟，数量比去年同期明",
        "显增多，种类也更加丰富，请看——",
        "大天鹅、白琵鹭、黑鹳等珍稀鸟类已陆续到齐，",
        "保护区工作人员每天清点记录鸟群数量，并在",
        "核心区外围设置观鸟点，引导游客文明观鸟。",
    )
    paras = parse_structure(text).articles[0].paragraphs
    assert len(paras) == 2
    assert paras[0].endswith("请看——")


def test_title_lines_between_two_column_widths_head_the_narrow_article() -> None:
    """After a finished paragraph, a line too wide for the narrow column below it and far too
    short for the wide column above it (and not as wide as the line under it) is no paragraph's
    first line: a title, though the title lines under it have widths close to its own."""
    text = page(
        "青溪县今年以来持续推进湿地保护修复工程，全县新增",
        "湿地面积一千二百亩，候鸟栖息环境明显改善，越冬候鸟",
        "数量比去年同期增长三成以上，湿地周边的生态旅游也随",
        "之兴起，不少游客专程前来观鸟。",
        "青溪县首次承办全国观鸟摄影赛事",
        "湖畔小镇迎来四面八方观鸟客",
        "观鸟台上游客络绎不绝热闹非凡",
        "周末一早，湖畔小镇",
        "的观鸟台上就挤满了",
        "游客，不少家长带着",
        "孩子守在湖边，耐心",
        "地等待鸟群从水面上",
        "飞起的那一刻，欢呼",
        "声此起彼伏。",
    )
    arts = parse_structure(text).articles
    assert len(arts) == 2
    assert arts[1].paragraphs[0].startswith("周末一早")


def test_short_unpunctuated_lines_after_a_paragraph_are_no_paragraph_start() -> None:
    """On a page whose first lines fill the column, a line with no mark at all set more than an
    indent short of it is a title line, even where the line under it is short too: it does not
    open the paragraph below."""
    text = page(
        "青溪县今年持续推进湿地保护",
        "修复工程，全县新增湿地面积",
        "一千二百亩，候鸟栖息环境明",
        "显改善，生态旅游随之兴起。",
        "林业专家走进湿地",
        "开展候鸟越冬调查工作",
        "湿地迎来首批越冬候鸟。",
        "保护区邀请省林业科学研究",
        "院专家，对越冬候鸟的种类",
        "和分布进行调查，为科学保",
        "护提供依据。",
    )
    paras = [p for a in parse_structure(text).articles for p in a.paragraphs]
    assert "林业专家走进湿地" in paras


def test_a_paragraph_start_runs_on_into_a_wider_column_it_cannot_show() -> None:
    """A page with no blank lines hides its column breaks: a full line of prose as wide as the
    column above it, the text going on wider below it, opens a paragraph of the same article."""
    text = page(
        "青溪湿地迎来越冬候鸟",
        "本报讯（记者 林一帆）入冬以来，",
        "青溪湿地保护区陆续迎来越冬候",
        "鸟，数量比去年同期明显增多，种",
        "类也更加丰富。",
        "保护区负责人表示，下一步将在",
        "核心区外围增设观鸟点和科普展板，并安排志愿者",
        "引导游客文明观鸟，不投喂、不追逐、不大声喧哗，",
        "让候鸟安心过冬。",
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].paragraphs[-1].startswith("保护区负责人表示，下一步将在核心区")
