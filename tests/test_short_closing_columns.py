"""Two bodies with no title between them, told apart by their columns across short paragraphs
(page._column_changes, page._short_run_column)."""

from banmian import parse
from tests.pages import wrap


def _page(*paragraphs: tuple[str, int], head: str, tail: str) -> str:
    lines = [head, ""]
    for text, cells in paragraphs:
        lines += [*wrap(text, cells), ""]
    return "\n".join([*lines, tail, ""])


REPORT = [
    ("青禾县农业农村局近日在东坡镇启动智慧灌溉试点，在三千亩麦田里铺设土壤墒情传感器和自动阀门，"
     "农户用手机就能查看田间湿度并远程开关水泵。试点首月，参与农户的灌溉用水比去年同期减少两成以上，"
     "人工巡田的次数也大为减少。", 20),
    ("据介绍，试点将在明年春灌前扩大到全县十二个乡镇，并同步建设县级农业数据平台和维修站点。", 20),
    ("县长韩木森参加启动仪式。", 20),
]
NARROW = [
    ("秋收时节，云岭村的稻田里一片金黄。村民们趁着晴好天气抢收晚稻，收割机在田埂间来回穿梭，"
     "打下的稻谷被装车运往村里的烘干中心。", 10),
    ("今年村里成立了农机合作社，统一购买收割机和烘干设备，为周边农户提供代收代烘服务，"
     "每亩收费比往年降低三十元。", 10),
]


DATELINE = "本报青禾10月8日电  "


def _headless(*after: tuple[str, int]) -> str:
    """A dispatch with no headline (it opens on its dateline), then a text whose headline follows it."""
    report = [(DATELINE + REPORT[0][0], 20), *REPORT[1:]]
    return _page(*report, *after, head="", tail="云岭村晚稻喜获丰收")


def test_short_closing_paragraphs_defer_to_the_column_above_them():
    """A dispatch closes on a paragraph of three lines and a one-line remark, too short to show
    their column; the 20-cell text above them does, and the text under them runs in 10 cells with
    no title between (its headline follows it): two articles."""
    page = parse(_headless(*NARROW))
    assert len(page.articles) == 2
    assert page.articles[0].headline is None
    assert page.articles[0].paragraphs[-1] == "县长韩木森参加启动仪式。"
    assert page.articles[1].paragraphs[0].startswith("秋收时节")


def test_a_column_widening_past_short_paragraphs_keeps_the_article():
    """Guard: past short paragraphs the text may have gone on after an unseen column break into a
    wider column, so a wider column under them is no evidence of a new article."""
    page = parse(_headless(*[(text, 26) for text, _ in NARROW]))
    assert len(page.articles) == 1


def test_verse_under_short_paragraphs_shows_no_column():
    """Guard: lines of verse each close on a mark; set narrower than the text above, they show no
    column of their own, and a dispatch's closing lines stay in it."""
    verse = ["为了家乡的丰收，尽情歌唱吧！", "为了明天的梦想，尽情欢呼吧！", "村前的小河，日夜流淌不停；",
             "山上的果园，四季花香满径；", "田里的稻谷，年年金黄喜人！"]
    text = _headless().rstrip("\n").removesuffix("云岭村晚稻喜获丰收").rstrip("\n") + "\n\n" + "\n".join(verse) + "\n"
    page = parse(text)
    assert len(page.articles) == 1
