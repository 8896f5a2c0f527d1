"""Very narrow columns (6–9 cells): paragraph starts cut by a column break, and credits and
datelines wrapped over several lines, read as text, not as titles."""

from __future__ import annotations

from banmian.layout.flow import BYLINE, TEXT, FlowLine, classify
from banmian.layout.furniture import find_furniture
from banmian.model import Page
from banmian.pipeline import parse_structure, to_lines
from banmian.settings import default_settings
from tests.pages import page, wrap

LEAD = "入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多，保护区工作人员每天巡护两次。"
REST = "经全部投入运行，日处理能力达到两万吨，附近河道的水质明显好转，岸边又见白鹭。"
LAST = "县环保局局长陈晓云说，明年还将在各乡镇铺设污水管网，让更多村庄用上处理设施。"


def _flow(text: str) -> list[FlowLine]:
    lines = to_lines(text)
    return classify(lines, find_furniture(lines, Page(source=None)), default_settings())


def test_paragraph_start_cut_in_a_word_by_a_column_break_runs_on() -> None:
    # Two unpunctuated lines filling an 8-cell column, the second cut inside a word (已 / 经) that
    # the wider column after the break finishes: the paragraph's first lines, not a title pair.
    text = page(["青溪湿地迎来越冬候鸟", ""], wrap(LEAD, 8), [""], ["青溪县今年新建的", "三座污水处理厂已"], [""],
                wrap(REST, 12), [""], wrap(LAST, 12))
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪湿地迎来越冬候鸟"]
    assert arts[0].paragraphs[1] == "青溪县今年新建的三座污水处理厂已" + REST


def test_title_pair_closing_its_words_before_a_dateline_still_heads_an_article() -> None:
    # The same shape whose second line closes its words, a dateline opening the text below the
    # blank line: a title pair heading the next article.
    body = "本报讯（记者 林一帆）日前，青溪县三座污水处理厂全部投入运行，日处理能力达到两万吨。"
    text = page(["青溪湿地迎来越冬候鸟", ""], wrap(LEAD, 8), [""], ["青溪县三座污水厂", "全部投入稳定运行"], [""],
                wrap(body, 12))
    arts = parse_structure(text).articles
    assert len(arts) == 2
    assert (arts[1].kicker or "") + (arts[1].headline or "") == "青溪县三座污水厂全部投入稳定运行"


def test_photo_credit_wrapped_with_a_credit_on_its_second_line() -> None:
    # `晓云摄` is a credit on its own; the line over it, opening after a blank line, is its first half.
    flow = _flow(page(wrap(LEAD, 7), ["", "青溪日报记者 陈", "晓云摄"]))
    assert [fl.credit for fl in flow[-2:]] == [True, True]


def test_caption_line_over_a_credit_stays_caption_text() -> None:
    # A caption's last line runs on from the line above it into the credit: it is no credit.
    flow = _flow(page(["图为青溪湿地保护", "区的工作人员", "林一帆摄"]))
    assert [fl.credit for fl in flow] == [False, False, True]


def test_closing_credit_wrapped_over_lines_that_read_as_bylines() -> None:
    # `记者林一帆、` alone reads as an opening byline; under the bracket left open it is the credit's.
    flow = _flow(page(wrap(LEAD, 6), ["（本报青溪", "3月3日电", "记者林一帆、", "陈晓云）"]))
    tail = flow[-4:]
    assert all(fl.kind is TEXT and fl.end_dateline for fl in tail)


def test_opening_dateline_broken_by_a_column_break() -> None:
    # `本报青溪3月` breaks off mid-word before a blank line; `3日电` after it completes the dateline.
    lines = ["青溪湿地迎来越冬候鸟", "本报青溪3月", "", "3日电  （记者林", "一帆）入冬以来，", "青溪湿地保护区"]
    flow = _flow(page(lines))
    assert flow[1].kind is BYLINE
