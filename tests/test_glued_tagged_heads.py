"""Headline blocks glued to their text and titles closed by a column tag (invented pages)."""

from __future__ import annotations

import banmian
from banmian.layout.patterns import has
from banmian.layout.roles import runs_on
from banmian.pipeline import parse_structure
from tests.pages import page

BODY = [
    "“今年的新茶比往年更香，价格也更",
    "好。”在15日举行的开幕式上，云溪县",
    "茶叶协会会长陈立文说，全县茶园面积",
    "已达十二万亩，带动三千多户茶农增收。",
    "展会为期三天，吸引了两百多家客商。",
]

OTHER = [
    "“今年的新茶比往年更香。”在15日举",
    "行的开幕式上，云溪县茶叶协会会长陈",
    "立文介绍，全县茶园面积已达十二万亩，",
    "带动三千多户茶农增收。展会为期三天，",
    "吸引了来自各地的两百多家客商参展。",
]


def test_a_tagged_headline_glued_under_its_kicker_heads_the_text():
    """A line closed by a column tag right under a title line is the headline, commas and all."""
    lines = ["前三季度云溪县茶叶出口同比增长百分之九", "品茗论道，话说丰年（产业观察）", *BODY]
    art = parse_structure(page(lines)).articles[0]
    assert art.kicker == "前三季度云溪县茶叶出口同比增长百分之九"
    assert art.headline == "品茗论道，话说丰年（产业观察）"
    assert art.paragraphs[0].startswith("“今年的新茶")


def test_a_tagged_headline_right_after_a_finished_sentence_opens_an_article():
    """No blank line and no close: a line opening after a sentence's end and stopping on a
    column's name is the next article's headline, not its first paragraph line."""
    before = [
        "本报讯（记者 林一帆）3月3日，",
        "青溪县召开经济工作会议，总结",
        "去年工作，部署今年任务。县长",
        "李文博主持会议，县委书记王建",
        "明作讲话。",
    ]
    lines = [*before, "茶香四溢，丰年可期（乡村时评）", *OTHER]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == [None, "茶香四溢，丰年可期（乡村时评）"]


def test_a_circled_number_takes_no_unit():
    """A series number (…纪事②) ends its line: the line under it is no unit of it."""
    assert not runs_on("——山水新城建设纪事②", "比山高，比水长，")
    assert runs_on("青溪县第一届运动会共有12", "支代表队参赛")


def test_a_lead_may_open_on_a_span_of_days():
    assert has("lead", "10月16日至20日，全县举办")
    assert has("lead", "3月2日至4月5日，")


def test_a_subheadline_spanning_the_columns_closes_its_block():
    """A dash subheadline wider than the text under it is set across the columns, whole: the short
    line glued under it is the first line of the text (broken before a Latin run), not its rest."""
    lines = [
        "",
        "“山区经济展现出强大韧性”",
        "——各方人士看好云溪县高质量发展的前景",
        "云溪县统计局",
        "（GDP）数据显示，前三",
        "季度全县生产总值同比",
        "增长百分之七，增速比",
        "上半年加快零点五个百",
        "分点，主要指标好于预",
        "期。",
    ]
    art = parse_structure(page(lines)).articles[0]
    assert art.subheadline == "——各方人士看好云溪县高质量发展的前景"
    assert art.paragraphs[0].startswith("云溪县统计局")


def test_a_kicker_over_a_tagged_headline_set_off_below_is_a_title_pair():
    """Two lines after a blank line, the second closed by a column tag with a blank line under it:
    a kicker and its headline, even where the kicker has a comma and the body's column is wider."""
    lines = [
        "云溪县创新调解工作，明确办结时限",
        "邻里纠纷 件件有回音（基层治理观察）",
        "",
        "“多亏了调解员，要不这场纠纷还不知道",
        "要拖到什么时候。”说起去年的经历，村",
        "民陈大海感慨不已。今年以来，云溪县",
        "共受理各类纠纷四百余件，调解成功率",
        "达到百分之九十六。",
    ]
    art = parse_structure(page(lines)).articles[0]
    assert (art.kicker, art.headline) == ("云溪县创新调解工作，明确办结时限", "邻里纠纷 件件有回音（基层治理观察）")
    assert art.paragraphs[0].startswith("“多亏了调解员")


_REPORT = """青溪县秋季果品展销会开幕
{gap}本报青溪10月8日电  （记者林木森）8日，青
溪县第三届秋季果品展销会在县城广场开幕，
来自全县十二个乡镇的果农带来了苹果、梨、
柿子等二十多个品种的新鲜果品，吸引了大批
市民前来选购。
{gap}展销会为期五天，主办方在现场设置了品鉴
区和直播间，帮助果农拓宽销路，增加收入。
"""

_FEATURE = """走进白石村，满山的果树挂满了红彤彤的果
实，村民们正忙着采摘、分拣和装箱，村道上
运送果品的货车来来往往，一派丰收景象。
{gap}村支书周明远介绍，十年前这里还是一片荒
坡，村里请来农技人员指导种植，又修通了
进山的道路，如今全村果园面积超过三千亩。
"""


def _heads(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.kicker, a.headline) for a in banmian.parse(text).articles]


def test_a_full_width_kicker_over_a_tagged_title_heads_the_next_article():
    """Two lines set apart after finished text, neither ending a sentence, the second closed by a
    column's name (（乡村新貌）): a kicker and its title, though both fill the column like text."""
    title = "溪水绕村过、果园连成片、货车开到家门前\n白石村种果兴业 日子越过越甜（乡村新貌）\n\n"
    text = _REPORT.format(gap="\n") + "\n" + title + _FEATURE.format(gap="")
    assert _heads(text) == [(None, "青溪县秋季果品展销会开幕"),
                            ("溪水绕村过、果园连成片、货车开到家门前", "白石村种果兴业 日子越过越甜（乡村新貌）")]


def test_a_tagged_title_with_a_comma_right_under_a_finished_sentence_is_a_headline():
    """No blank lines on the page: a line with a comma, right under a finished sentence and closed
    by a column's name of four characters or more, is a title, not a paragraph's first line."""
    text = _REPORT.format(gap="") + "果园丰收，村民笑开颜（乡村新貌）\n" + _FEATURE.format(gap="")
    assert _heads(text) == [(None, "青溪县秋季果品展销会开幕"), (None, "果园丰收，村民笑开颜（乡村新貌）")]


def test_a_short_bracket_closing_a_line_stays_in_the_text():
    """A bracket of three characters qualifies a word (（上午场）): the line stays in its paragraph."""
    text = _REPORT.format(gap="") + "果园丰收，村民笑开颜（上午场）\n" + _FEATURE.format(gap="")
    assert len(_heads(text)) == 1
