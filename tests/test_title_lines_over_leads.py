"""Headline fields of articles found whole: title lines read as text, text lines read as titles."""

from __future__ import annotations

import banmian


def _first(text: str, k: int = 0) -> tuple[str | None, str | None, str | None, str]:
    a = banmian.parse(text).articles[k]
    return a.kicker, a.headline, a.subheadline, a.paragraphs[0][:8] if a.paragraphs else ""


ABOVE = (
    "青溪县举办秋季农民丰收节\n\n"
    "本报青溪10月8日电  （记者\n"
    "林一帆）10月7日，青溪县第\n"
    "三届农民丰收节在石桥镇开\n"
    "幕，来自全县的三百多户农\n"
    "户带来了稻米、茶叶和竹编\n"
    "制品，现场签订采购订单一\n"
    "百二十余份。\n\n"
)

BODY = (
    "枫林湾片区三座跨河便民桥日前全部完工通\n"
    "车，沿河两岸的八个村庄从此告别了绕行十\n"
    "多公里的历史。新桥均按照百年一遇的防洪\n"
    "标准设计建造，桥面宽度可供两辆农用车并\n"
    "排通行。村民们说，过河再也不用等渡船了。\n"
)


def test_a_line_under_a_title_line_over_a_dated_lead_is_a_title_line() -> None:
    """Right under a title spanning the columns, a line that stops on a word over a line opening
    a news lead (`10月15日，…`) is the title's second line, not the text's first line."""
    text = ABOVE + (
        "青溪县人大常委会就农村公路养护工作开展专题调研\n"
        "推动农村公路管护水平持续提升\n"
        "10月15日，青溪县人大常委会调\n"
        "研组来到枫林湾片区，实地察看\n"
        "三座跨河便民桥的建设和养护情\n"
        "况。调研组指出，要把农村公路\n"
        "建好、管好、护好、运营好。\n"
    )
    assert _first(text, 1) == ("青溪县人大常委会就农村公路养护工作开展专题调研", "推动农村公路管护水平持续提升",
                               None, "10月15日，青")


def test_a_line_under_a_kicker_spanning_the_columns_is_its_headline() -> None:
    """A kicker closed by a dash and wider than any column leads into the line right under it,
    even when the text runs on right below that line at its width."""
    text = ABOVE + "枫林镇整治河道十年不辍，沿岸村民感慨——\n清水绕村流，鱼儿回来了\n" + (
        "十年前的枫林河，河面漂着\n"
        "垃圾，两岸堆满了杂物，村\n"
        "民们路过都要捂着鼻子。如\n"
        "今，河水清澈见底，鱼儿在\n"
        "水草间游来游去。\n"
    )
    assert _first(text, 1) == ("枫林镇整治河道十年不辍，沿岸村民感慨——", "清水绕村流，鱼儿回来了", None,
                               "十年前的枫林河，")


def test_a_dash_line_wider_than_the_text_under_it_is_a_subheadline() -> None:
    """A line opened by a dash under the first line after a break, wider than the text under it,
    is the subheadline of the line above it, not a dash in running text."""
    text = "金秋时节迎丰收，乡村处处好风光\n——青溪县各乡镇举办第15届丰收节\n" + (
        "十月以来，青溪县各乡镇陆续举\n"
        "办庆丰收活动，农户们晒出了稻\n"
        "谷、玉米和花生，一派喜气洋洋\n"
        "的景象。镇上还搭起了舞台，请\n"
        "来剧团演出了三天三夜。\n\n"
        "枫林湾三座便民桥通车\n\n"
        "枫林湾片区三座跨河便民桥日\n"
        "前全部完工通车，沿河两岸的八\n"
        "个村庄从此告别了绕行十多公里\n"
        "的历史。\n"
    )
    assert _first(text) == (None, "金秋时节迎丰收，乡村处处好风光", "——青溪县各乡镇举办第15届丰收节",
                            "十月以来，青溪县")


INDENTED = (
    "　　枫林湾片区三座跨河便民桥日前全部\n"
    "完工通车，沿河八个村庄告别了绕行。\n"
    "　　新桥按百年一遇的防洪标准设计建造，\n"
    "桥面可供两辆农用车并排通行。\n"
    "　　村民们说，过河再也不用等渡船了，\n"
    "孩子们上学也方便多了。\n"
    "　　县交通局表示，明年还将再建两座桥。\n\n"
)


def test_an_indented_line_breaking_off_on_a_dash_opens_the_text() -> None:
    """On a page that indents its paragraphs, an indented line right under a title that breaks off
    on a dash into a full line is the text's first line, though wider than the column with its
    indent."""
    text = INDENTED + "守护门前的小河（乡村走笔）\n　　“如果再不好好治理，等我长大的时候——\n" + (
        "也就是十几年以后——河里恐怕连一条小鱼\n"
        "都没有了。”枫林镇一名小学生在作文里这\n"
        "样写道。这篇作文在镇里传开以后，让镇\n"
        "里下定了治理小河的决心。\n"
    )
    assert _first(text, 1) == (None, "守护门前的小河（乡村走笔）", None, "“如果再不好好治")


def test_a_prologue_label_under_a_title_is_text() -> None:
    """A feature's `引子` (prologue) label under its title is a paragraph, not a subheadline."""
    text = ABOVE + "枫林湾为何年年丰收（乡村观察）\n引子\n\n" + BODY
    assert _first(text, 1) == (None, "枫林湾为何年年丰收（乡村观察）", None, "引子")
