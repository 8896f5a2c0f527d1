"""A line opening the way a news lead does (a date or 当日 and a comma) is never a title line:
a photo story's text set narrower than the column above keeps its first lines."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

TRAIN = ("青岭县新建的城乡公交线路本月开通运营，沿线十二个村的村民进城不用再转车。"
         "县交通运输局局长冯立川介绍，线路票价两元，早晚高峰每二十分钟一班。")
TRAIN_2 = "开通首周，线路日均客流超过三千人次。"
LIGHTS = "10月3日，临江市滨河步道灯光璀璨，吸引市民游客驻足观赏。"
MATCH_1 = "10月9日，青岭队队员在比赛中头球攻门。"
MATCH_2 = "当日，在临江体育中心举行的全省业余足球联赛半决赛中，青岭队以3∶1战胜白沙队。"


def test_a_dated_line_under_a_photo_title_opens_the_text() -> None:
    """A photo story set in a column narrower than the text above it: its dated first line and
    the short line it runs into are text, not the title's second and third lines."""
    text = page(
        ["青岭城乡公交线路开通"], [""], wrap(TRAIN, 19), wrap(TRAIN_2, 19), [""],
        ["秋夜灯影映江城"], wrap(LIGHTS, 12), [""], ["宋晓川摄（人民视觉）"],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.paragraphs[0][:5]) for a in arts] == [
        ("青岭城乡公交线路开通", "青岭县新建"), ("秋夜灯影映江城", "10月3日")]


def test_a_line_opening_with_dangri_is_no_title() -> None:
    """A caption's second sentence (`当日，…`) wider than the column measured above and running
    on into a line ending the sentence is text of the photo story, not the next article's title."""
    text = page(
        ["青岭城乡公交线路开通"], [""], wrap(TRAIN, 17), wrap(TRAIN_2, 17), [""],
        ["全省业余足球联赛半决赛"], ["青岭队胜白沙队"], [""], [MATCH_1], [""], wrap(MATCH_2, 26), [""],
        ["本报记者  许  岚摄"],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, len(a.paragraphs)) for a in arts] == [("青岭城乡公交线路开通", 1), ("青岭队胜白沙队", 3)]
