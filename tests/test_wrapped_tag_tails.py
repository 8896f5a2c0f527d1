"""A tagged headline set over two lines (roles.runs_on: a few words and the column tag are its tail)."""

from banmian.layout.roles import assign_roles
from banmian.pipeline import parse_structure
from tests.pages import page

BODY = [
    "本报讯（记者 林一帆）3月3日，",
    "青溪县召开经济工作会议，总结",
    "去年工作，部署今年任务。县长",
    "李文博主持会议，县委书记王建",
    "明作讲话。",
]


def test_a_few_words_and_a_column_tag_under_a_long_line_end_that_line() -> None:
    """`…加快` / `建成通车（青溪观察）`: a tagged display line of five characters never sits under a
    longer kicker; it is the tail of the line above, broken where its box ended."""
    head = ["", "山区公路网建设提速乡村公路加快", "建成通车（青溪观察）", ""]
    arts = parse_structure(page(head, BODY)).articles
    assert (arts[0].kicker, arts[0].headline) == (None, "山区公路网建设提速乡村公路加快建成通车（青溪观察）")


def test_a_kicker_over_a_full_tagged_headline_stays_a_kicker() -> None:
    """A tagged headline of its own words under a kicker keeps both roles."""
    kicker, headline = "青溪县多措并举推动春耕生产", "农技人员走进田间地头（春耕一线）"
    assert assign_roles([kicker, headline]) == (kicker, headline, None)
    marked = "青溪县多措并举推动春耕生产——"
    assert assign_roles([marked, "农技下田（春耕一线）"]) == (marked, "农技下田（春耕一线）", None)


def test_a_line_opening_on_a_list_word_is_the_rest_of_the_line_above() -> None:
    """`…青溪、白沙` / `等县签署…`: 等 and 及 close or extend a list and open no title line."""
    a, b = "青溪县与邻近的白沙、石门", "等县签署农业协作框架协议"
    assert assign_roles([a, b]) == (None, a + b, None)
    c, d = "青溪县表彰优秀乡村教师", "及教育工作先进集体代表"
    assert assign_roles([c, d]) == (None, c + d, None)
