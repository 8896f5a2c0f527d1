"""Headline blocks set right against the text above and below them (no blank line around them)."""

from tests.pages import heads_of, page

# A finished report (16-cell column) on a page whose paragraphs' first lines fill their column.
BRIDGE = [
    "林溪大桥建成通车",
    "",
    "本报讯（记者 周安）3月2日，林溪",
    "大桥正式建成通车，全长一千二百",
    "米，双向四车道，设计时速六十公",
    "里，将两岸通行时间缩短到五分钟。",
    "",
    "大桥建成后，两岸群众出行更加方",
    "便，沿线乡镇的农产品也能更快运",
    "到城里。",
]
TEA_REST = [
    "收，去年全镇茶叶产值突破一亿元，",
    "比前年增长两成。",
    "",
    "镇党委书记说，下一步小镇将发展",
    "茶旅融合，让更多村民吃上旅游饭。",
]


def test_clause_cut_mid_word_under_a_title_is_the_texts_first_line() -> None:
    title = "青溪茶园小镇走出致富新路"
    text = ["从种植到加工，小镇把管理制", "度做细做实，带动了三百多户茶农增", *TEA_REST]
    assert heads_of(page(BRIDGE, [title], text))[1] == (None, title, None, "从种植到加工，小")


def test_clause_set_in_by_the_paragraph_indent_under_a_title_is_the_texts_first_line() -> None:
    title = "青溪茶园小镇走出致富新路"
    text = [
        "　　从种植到加工，小镇把茶叶",
        "",
        "做实，带动了三百多户茶农增收，去年全镇",
        "茶叶产值突破一亿元，比前年增长两成。",
        "　　镇党委书记说，下一步小镇将发展茶旅",
        "融合，让更多村民吃上旅游饭。",
        "　　今年春天，小镇新开了十二家茶园民宿，",
        "周末常常一房难求。",
        "　　不少在外务工的年轻人也回到了家乡，",
        "跟着父辈学炒茶、做电商。",
    ]
    assert heads_of(page(BRIDGE, [title], text))[1] == (None, title, None, "从种植到加工，小")
