"""A paragraph's first line a cell short of a column widened by hung marks, before a column break."""

from __future__ import annotations

from tests.pages import one_article, page, wrap

# a 15-cell column whose full lines end on a mark hung past the edge (16 wide); the short line
# near the end leaves no three full lines right over the break to show the column
HUNG = [
    "本报讯记者沈清和入秋以来石桥村，",
    "在村口空地办起共享菜园让村民们，",
    "认领地块种菜浇水收获由各家安排，",
    "菜园里常常热热闹闹一派欢喜景象，",
    "认领了两块地的村民罗春生笑着说，",
    "吃着放心。",
    "菜园开园一个月来认领率超过九成，",
    "邻村也有不少人前来参观和取经。",
]
SECOND = ("村委会主任唐明远介绍菜园的用水和农具统一管理，村里还请来县农技站的技术员，"
          "每周到地头讲解育苗、施肥和病虫害防治，帮助村民把菜种好。")


def test_a_first_line_a_cell_short_of_a_column_widened_by_hung_marks_runs_on_past_the_break():
    assert {len(line) for line in HUNG[:5]} == {16}
    opening, rest = SECOND[:15], SECOND[15:]
    text = page(["石桥村办起共享菜园", ""], HUNG, [opening, ""], wrap(rest, 23))
    assert one_article(text)[-1].endswith(SECOND)  # (no blank line parts it from the finished line above)
