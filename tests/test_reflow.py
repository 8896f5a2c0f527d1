"""Reflow and segmentation on small invented pages, one behaviour each."""

from banmian.pipeline import parse_structure

BODY_A = [
    "本报讯（记者 林一帆）3月3日，",
    "青溪县召开经济工作会议，总结",
    "去年工作，部署今年任务。县长",
    "李文博主持会议，县委书记王建",
    "明作讲话。",
]
BODY_B = [
    "本报讯（记者 周安）3月2日，副",
    "县长赵海峰到开发区调研企业生",
    "产情况，详细了解企业订单、用",
    "工和项目进度，现场协调解决企",
    "业反映的困难和问题。",
]


def page(*chunks: list[str]) -> str:
    return "\n".join(line for chunk in chunks for line in chunk) + "\n"


def test_lines_are_joined_without_spaces():
    art = parse_structure(page(BODY_A)).articles[0]
    assert art.paragraphs == [
        "3月3日，青溪县召开经济工作会议，总结去年工作，部署今年任务。县长李文博主持会议，县委书记王建明作讲话。"
    ]


def test_blank_line_after_a_full_line_is_a_column_break_not_a_paragraph():
    lines = [*BODY_A[:3], "", *BODY_A[3:]]
    assert len(parse_structure(page(lines)).articles[0].paragraphs) == 1


def test_blank_line_after_a_finished_sentence_is_a_paragraph_break():
    second = ["赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    art = parse_structure(page(BODY_A, [""], second)).articles[0]
    assert len(art.paragraphs) == 2
    assert art.paragraphs[1] == "赵海峰要求，各部门要主动服务，帮助企业稳订单、保用工。"


def test_short_last_line_ends_a_paragraph_without_a_blank():
    second = ["赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    art = parse_structure(page(BODY_A, second)).articles[0]
    assert len(art.paragraphs) == 2


def test_byline_starts_a_new_article_mid_stream():
    arts = parse_structure(page(BODY_A, BODY_B)).articles
    assert [a.byline.reporters for a in arts if a.byline] == [["林一帆"], ["周安"]]


def test_headline_block_after_bodies_is_attached_backwards():
    head_a = ["", "青溪县召开经济工作会议 部署今年任务", ""]
    head_b = ["", "赵海峰到开发区调研企业生产 协调解决企业困难", ""]
    arts = parse_structure(page(BODY_A, head_a, BODY_B, head_b)).articles
    assert [a.headline for a in arts] == [head_a[1], head_b[1]]


def test_headline_block_before_bodies_is_attached_forwards():
    head_a = ["青溪县召开经济工作会议 部署今年任务", ""]
    head_b = ["", "赵海峰到开发区调研企业生产 协调解决企业困难", ""]
    arts = parse_structure(page(head_a, BODY_A, head_b, BODY_B)).articles
    assert [a.headline for a in arts] == [head_a[0], head_b[1]]


def test_highlights_lose_their_bullet():
    block = ["", "青溪县召开经济工作会议 部署今年任务", "", "●要坚持项目为王", "●要抓招商抓投产", ""]
    art = parse_structure(page(block, BODY_A)).articles[0]
    assert art.highlights == ["要坚持项目为王", "要抓招商抓投产"]


def test_in_body_subhead_stays_a_paragraph():
    more = ["", "核心阅读", "", "赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    arts = parse_structure(page(BODY_A, more)).articles
    assert len(arts) == 1
    assert arts[0].paragraphs[1] == "核心阅读"


def test_end_dateline_stays_with_its_article_and_closes_it():
    tail = ["（新华社北京3月3日电）"]
    other = ["青溪县各地春耕备耕有序展开，", "农技人员深入田间地头指导。"]
    arts = parse_structure(page(BODY_A, tail, [""], other)).articles
    assert arts[0].paragraphs[-1] == "（新华社北京3月3日电）"
    assert len(arts) == 2


def test_caption_at_page_top_goes_to_the_article_it_describes():
    cap = ["3月2日，副县长赵海峰在开发区调研企业生产情况。", ""]
    arts = parse_structure(page(cap, BODY_A, [""], BODY_B)).articles
    assert arts[1].captions == ["3月2日，副县长赵海峰在开发区调研企业生产情况。"]
    assert arts[0].captions == []


def test_masthead_lines_are_page_fields_not_paragraphs():
    head = ["青溪报", "2023年3月4日 星期六", "第2版 综合", ""]
    foot = ["", "责编：林思远 美编：陈一鸣"]
    p = parse_structure(page(head, BODY_A, foot))
    assert (p.publication, p.publication_date, p.page_number, p.edition) == ("青溪报", "2023-03-04", "2", "综合")
    assert p.editors == {"责编": ["林思远"], "美编": ["陈一鸣"]}
    assert all("责编" not in para and para != "青溪报" for a in p.articles for para in a.paragraphs)


def test_column_width_is_learned_per_article():
    wide = [
        "本报讯（记者 周安）3月2日，副县长赵海峰到开发区调研",
        "企业生产情况，详细了解企业订单、用工和项目进度，现",
        "场协调解决企业反映的困难和问题，推动项目早建成早投",
        "产早见效。",
    ]
    arts = parse_structure(page(BODY_A, wide)).articles
    assert [len(a.paragraphs) for a in arts] == [1, 1]
