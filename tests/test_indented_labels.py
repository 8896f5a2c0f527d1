"""Labels set in by the text's paragraph indent stay in the text (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

FIRST = [
    "　　清晨六点，青禾镇的菜市场已经",
    "热闹起来。摊主林晓燕把刚摘的豆角",
    "码得整整齐齐，笑着招呼老主顾。",
    "　　“日子越过越有盼头。”她说，",
    "今年家里又添了一个大棚，收入比去",
    "年多了不少。",
]
SECOND = [
    "　　傍晚时分，河湾村的文化广场上",
    "锣鼓声声。退休教师周明远带着十几",
    "位老人排练新编的腰鼓，一招一式都",
    "透着精气神。",
    "　　“趁着身子骨硬朗，多为村里添点",
    "热闹。”周明远擦了擦汗，又站回了",
    "队伍里。",
]
THIRD = [
    "　　夜里九点，县医院急诊室的灯还亮",
    "着。护士长唐玉梅刚处理完一位烫伤",
    "的孩子，又忙着核对第二天的药品。",
    "　　“大家放心把病人交给我们。”她",
    "说，这是她在急诊室的第十二个年头。",
]


def test_an_indented_label_after_a_signature_opens_the_next_contribution() -> None:
    """A collection of portraits sets each one under an interviewee's name closed by a dash and
    a title, all set in by the paragraph indent, and signs it at the foot: display type is never
    indented like text, so the labels stay in the one article the headline closes."""
    text = page(
        ["　　菜市场摊主林晓燕——", "", "　　大棚里种出好日子", ""],
        FIRST,
        ["", "　　（本报记者  韩青山）", "", "　　河湾村退休教师周明远——", "", "　　腰鼓敲出精气神", ""],
        SECOND,
        ["", "　　（本报记者  罗云舒）", "", "　　县医院急诊科护士长唐玉梅——", "", "　　守好夜里那盏灯", ""],
        THIRD,
        ["", "　　（本报记者  常一帆）", "", "一天里的烟火小城"],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert {"河湾村退休教师周明远——", "腰鼓敲出精气神", "守好夜里那盏灯"} <= set(arts[0].paragraphs)


def test_an_indented_section_title_at_a_change_of_column_stays_in_the_text() -> None:
    """A section title set in by the paragraph indent, where the column narrows under it, is still
    a label of the text: a headline is never indented like a paragraph."""
    text = page(
        ["山里来了新校车", ""],
        [
            "　　白石乡地处深山，过去孩子们上学",
            "要走两个多小时的山路。今年秋季开学",
            "前，县里为乡中心小学配了两辆校车。",
            "　　“车子每天早上七点准时到村口，",
            "孩子们再也不用摸黑赶路了。”村民钱",
            "大勇说起这事，脸上满是笑容。",
        ],
        ["", "　　司机的一天", ""],
        [
            "　　校车司机孙立平每天五点半",
            "起床，先把车里车外检查一遍，",
            "再沿着山路把孩子们一个个接",
            "上车。",
            "　　“安全第一，慢一点不要紧。”",
            "孙立平说，这条路他闭着眼睛都",
            "能开，可从来不敢大意。",
        ],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert "司机的一天" in arts[0].paragraphs


def test_a_bracketed_name_at_a_line_end_runs_on_into_a_long_name() -> None:
    """A full line closing on a bracketed place (`…第十届中国(青州)`) over a line of a long name
    with no clause mark, then prose of the same width: the bracket is part of the name running
    on, not a column tag closing a title."""
    text = page(
        ["青州会展业驶入快车道", ""],
        [
            "近年来，青州市不断完善会展场馆和",
            "配套服务，引进专业办展机构，会展",
            "经济规模逐年扩大，带动了餐饮、住",
            "宿、物流等行业的发展。",
            "今年已连续举办了第十届中国(青州)",
            "花卉园艺博览会暨国际盆景艺术交流",
            "展，吸引了全国各地一万多名客商，",
            "现场签约金额创下历史新高。",
        ],
    )
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "青州会展业驶入快车道"
