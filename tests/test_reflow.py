"""Reflow and segmentation on small invented pages, one behaviour each."""

import pytest

from banmian.layout.flow import ends_sentence
from banmian.pipeline import parse_structure
from tests.pages import page

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


WIDE = [
    "本报讯（记者 周安）3月2日，副县长赵海峰到开发区调研",
    "企业生产情况，详细了解企业订单、用工和项目进度，现",
    "场协调解决企业反映的困难和问题，推动项目早建成早投",
    "产早见效。",
]


def test_end_credit_wrapped_over_two_lines_stays_one_paragraph_of_its_article():
    tail = ["（本报记者林一帆、周安、", "陈晓云）"]
    head = ["青溪县开展春耕备耕工作 农技人员下田指导"]
    arts = parse_structure(page(BODY_A, tail, [""], head, [""], BODY_B)).articles
    assert arts[0].paragraphs[-1] == "（本报记者林一帆、周安、陈晓云）"
    assert len(arts) == 2


def test_dateline_and_its_credit_on_separate_lines_open_one_paragraph():
    narrow = ["本报青溪3月3日电", "（记者林一帆）", "3月3日，青溪县召开", "经济工作会议，总结去",
              "年工作，部署今年任", "务。"]
    art = parse_structure(page(narrow)).articles[0]
    assert art.byline is not None and art.byline.reporters == ["林一帆"]
    assert art.paragraphs == ["3月3日，青溪县召开经济工作会议，总结去年工作，部署今年任务。"]


def test_column_tag_marks_a_headline_even_in_the_same_column():
    head = ["", "让春耕的种子播进希望的田野（青溪观察）", ""]
    body2 = ["各地春耕备耕有序展开，农技人", "员深入田间地头指导，帮助农户", "解决生产中的困难和问题。"]
    arts = parse_structure(page(BODY_A, head, body2)).articles
    assert [a.headline for a in arts] == [None, "让春耕的种子播进希望的田野（青溪观察）"]


def test_photo_credit_closes_a_photo_story():
    photo = ["春耕时节，青溪县农民在田间忙", "着插秧，一派繁忙景象。", "林一帆摄（青溪视觉）", ""]
    head = ["田间春忙", ""]
    body2 = ["各地春耕备耕有序展开，农技人", "员深入田间地头指导，帮助农户", "解决生产中的困难和问题。"]
    arts = parse_structure(page(photo, head, body2)).articles
    assert len(arts) == 2
    assert arts[0].paragraphs[-1] == "林一帆摄（青溪视觉）"


def test_colon_kicker_above_a_title_line_joins_the_headline_block():
    head = ["青溪县农业农村局：", "春耕备耕物资供应充足", ""]
    art = parse_structure(page(head, BODY_A)).articles[0]
    assert (art.kicker, art.headline) == ("青溪县农业农村局：", "春耕备耕物资供应充足")


def test_numbered_paragraph_that_runs_on_is_not_a_title():
    body = ["县长李文博主持会议，县委书记", "王建明作讲话，部署今年任务。", "第三，要加快推进重点项目建设，",
            "确保全年目标任务圆满完成。"]
    art = parse_structure(page(BODY_A[:1], body)).articles[0]
    assert len(art.paragraphs) == 1


def test_numbered_title_standing_alone_stays_a_paragraph():
    more = ["", "一、坚持项目为王", "", "赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    arts = parse_structure(page(BODY_A, more)).articles
    assert len(arts) == 1 and arts[0].paragraphs[1] == "一、坚持项目为王"


def test_hanging_punctuation_does_not_make_a_line_a_title():
    body = ["大熊猫成为动物园新的形象代", "言人，园内很多指示牌都是用", "大熊猫做标志。动物园在官方",
            "网站首页推出了“大熊猫专栏”，", "分享它们的最新动态，成为很", "多旅行网站的第一推荐理由。"]
    art = parse_structure(page(body)).articles[0]
    assert len(art.paragraphs) == 1


def test_letter_spaced_line_counts_as_filling_its_column():
    body = ["县长李文博主持会议，县委书记", "王 建 明 作 讲 话 ， 部 署 今 年", "任务，总结去年工作，要求各部",
            "门抓好落实。"]
    art = parse_structure(page(body)).articles[0]
    assert art.paragraphs == [
        "县长李文博主持会议，县委书记王建明作讲话，部署今年任务，总结去年工作，要求各部门抓好落实。"
    ]


def test_a_block_without_a_body_on_its_side_does_not_steal_its_neighbours():
    head_a = ["", "青溪县召开经济工作会议 部署今年任务", ""]
    head_b = ["", "赵海峰到开发区调研企业生产 协调解决企业困难", ""]
    stray = ["县委书记王建明作讲话", ""]
    arts = parse_structure(page(stray, BODY_A, head_a, BODY_B, head_b)).articles
    assert [a.headline for a in arts][-2:] == [head_a[1], head_b[1]]


def test_caption_credit_goes_to_the_byline_photographers():
    cap = ["", "图为副县长赵海峰在开发区调研企业生产情况。 本报记者 陈晓云摄"]
    arts = parse_structure(page(BODY_A, [""], BODY_B, cap)).articles
    assert arts[1].captions == ["图为副县长赵海峰在开发区调研企业生产情况。"]
    assert arts[1].byline is not None and arts[1].byline.photographers == ["陈晓云"]


def test_marked_caption_alone_at_the_page_top_is_a_caption_not_a_paragraph():
    cap = ["图为青溪县经济工作会议现场。", ""]
    arts = parse_structure(page(cap, BODY_A)).articles
    assert arts[0].captions == ["图为青溪县经济工作会议现场。"]
    assert "图为青溪县经济工作会议现场。" not in arts[0].paragraphs


def test_wide_sentence_inside_the_page_is_not_taken_for_a_caption():
    wide_para = ["青溪县各地春耕备耕有序展开，农技人员深入田间地头指导农户。"]
    arts = parse_structure(page(BODY_A, [""], wide_para, [""], BODY_B)).articles
    assert all(not a.captions for a in arts)


def test_dateline_wrapped_in_a_narrow_column_still_opens_an_article():
    narrow = ["本报青溪3月3日", "电（记者林一帆）青溪", "县召开经济工作会议，", "部署今年各项任务。"]
    arts = parse_structure(page(BODY_A, [""], ["青溪县召开经济工作会议"], narrow)).articles
    assert arts[-1].byline is not None and arts[-1].byline.reporters == ["林一帆"]
    assert arts[-1].headline == "青溪县召开经济工作会议"


def test_wide_line_continuing_a_sentence_is_body_text():
    body = ["本报讯（记者 周安）3月2日，副", "县长赵海峰到开发区调研企业生", "",
            "产情况，详细了解企业订单、用工和项目进度。"]
    art = parse_structure(page(body)).articles[0]
    assert art.paragraphs == ["3月2日，副县长赵海峰到开发区调研企业生产情况，详细了解企业订单、用工和项目进度。"]


def test_bullet_line_between_paragraphs_is_a_section_title():
    more = ["", "●坚持项目为王", "", "赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    arts = parse_structure(page(BODY_A, more)).articles
    assert len(arts) == 1 and arts[0].paragraphs[1] == "●坚持项目为王"


def test_running_prose_before_a_column_break_is_not_a_title():
    narrow = ["本报讯（记者周安）3月2日，副县长赵海峰到", "开发区调研企业生产情况，详细了解企业订",
              "单、用工和项目进度，推动项目早建成。"]
    body = ["自去年以来，青溪县已有三百多家企业完成技", "", "术改造，新增产值超过十亿元，带动就业两千余人，",
            "全县工业经济持续向好，主要指标稳中有进，为全年", "目标任务的完成打下了坚实基础。"]
    art = parse_structure(page(narrow, body)).articles[0]
    assert art.headline is None and len(art.paragraphs) == 2


def test_name_with_role_in_parentheses_is_a_section_title_not_a_column_tag():
    more = ["", "王建明（青溪县委书记）", "", "赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    arts = parse_structure(page(BODY_A, more)).articles
    assert len(arts) == 1 and arts[0].paragraphs[1] == "王建明（青溪县委书记）"


def test_lines_right_above_an_indented_paragraph_are_a_title_block():
    head = ["", "多部门联合印发指导意见", "春耕备耕物资保障有力（权威发布）"]
    body = ["\u3000\u30003月2日，县农业农村局召开春耕", "备耕工作会议，部署今年春耕生产",
            "各项工作，要求确保物资供应充足。"]
    arts = parse_structure(page(BODY_A, head, body)).articles
    assert len(arts) == 2
    assert (arts[1].kicker, arts[1].headline) == ("多部门联合印发指导意见", "春耕备耕物资保障有力（权威发布）")


def test_clause_title_under_a_kicker_is_part_of_the_title_block():
    head = ["", "青溪县开发区企业代表——", "", "稳住订单，稳住用工", ""]
    arts = parse_structure(page(BODY_A, head, BODY_B)).articles
    assert (arts[1].kicker, arts[1].headline) == ("青溪县开发区企业代表——", "稳住订单，稳住用工")


def test_line_after_a_closing_credit_set_off_by_a_blank_is_a_title():
    tail = ["（作者为青溪县委书记）", ""]
    head = ["春耕时节看青溪", ""]
    body = ["各地春耕备耕有序展开，农技人", "员深入田间地头指导，帮助农户", "解决生产中的困难和问题。"]
    arts = parse_structure(page(BODY_A, tail, head, body)).articles
    assert [a.headline for a in arts] == [None, "春耕时节看青溪"]


def test_stacked_caption_lines_are_separate_captions():
    caps = ["3月3日上午，青溪县召开经济工作会议，总结去年工作部署今年任务。",
            "3月2日，副县长赵海峰到开发区调研企业生产情况，了解企业订单。", ""]
    arts = parse_structure(page(caps, BODY_A, [""], BODY_B)).articles
    assert [len(a.captions) for a in arts] == [1, 1]


def test_lone_sentence_below_the_last_title_block_is_a_caption():
    tail = ["", "赵海峰到开发区调研企业生产 协调解决企业困难", "", "开发区企业订单饱满。"]
    arts = parse_structure(page(BODY_A, [""], BODY_B, tail)).articles
    assert arts[-1].captions == ["开发区企业订单饱满。"]


def test_section_title_wrapped_over_two_lines_is_one_paragraph():
    more = ["", "（四）推动青溪县项目建设取得", "新突破", "",
            "赵海峰要求，各部门要主动服", "务，帮助企业稳订单、保用工。"]
    arts = parse_structure(page(BODY_A, more)).articles
    assert len(arts) == 1 and arts[0].paragraphs[1] == "（四）推动青溪县项目建设取得新突破"


def test_finished_paragraphs_in_two_column_widths_are_two_articles():
    narrow = ["春耕时节，青溪县农", "民在田间忙着插秧，", "一派繁忙景象，农技", "人员深入田间指导。"]
    wide = ["各地春耕备耕有序展开，农技人员深入田", "间地头指导，帮助农户解决生产中的困难",
            "和问题，确保春耕生产顺利进行，今年全", "县粮食播种面积稳中有增。"]
    arts = parse_structure(page(BODY_A, [""], narrow, [""], wide)).articles
    assert len(arts) == 3
    # Without blank lines a column may widen unseen inside an article: no split on width alone.
    assert len(parse_structure(page(narrow, wide)).articles) == 1


def test_title_wider_than_the_column_between_paragraphs_opens_an_article():
    head = ["", "青溪县各地春耕备耕有序展开 农技人员深入田间地头指导农户", ""]
    body2 = ["各地春耕备耕有序展开，农技人", "员深入田间地头指导，帮助农户", "解决生产中的困难和问题。"]
    arts = parse_structure(page(BODY_A, head, body2)).articles
    assert len(arts) == 2 and arts[1].headline == head[1]


def test_column_tag_after_a_two_part_title_marks_a_title():
    head = ["", "春耕正当时  田野好风光（一线见闻）", ""]
    body2 = ["各地春耕备耕有序展开，农技人", "员深入田间地头指导，帮助农户", "解决生产中的困难和问题。"]
    arts = parse_structure(page(BODY_A, head, body2)).articles
    assert len(arts) == 2 and arts[1].headline == "春耕正当时 田野好风光（一线见闻）"


def test_prose_title_ending_in_a_column_tag_before_a_wider_column_is_a_title():
    """Clause punctuation and full width would make it a paragraph's first line before a column
    break; ending exactly with a bracketed tag, it is a title."""
    head = ["", "英雄辈出、星光熠熠的激情岁月（现场评论）", ""]
    body2 = ["虽处于不同年代、不同岗", "位、不同年龄段，但这些", "英雄人物都以奋斗书写了", "不平凡的人生。"]
    close = ["人们有理由相信：到那时，一个富强民主文", "明和谐美丽的现代化强国，将巍然屹立在世", "界东方。"]
    arts = parse_structure(page(WIDE, close, head, body2)).articles
    assert len(arts) == 2 and head[1] in {a.headline for a in arts}


def test_title_with_a_comma_and_a_column_tag_glued_to_its_body():
    """Set off by a blank line above, a line ending in a bracketed tag is a title even with a
    comma and no blank line between it and the body."""
    head = ["", "主动开放，与世界共赢（钟声）"]
    body2 = ["世界银行近日发布《全球营商环境", "报告》显示，中国营商环境在全球", "排名大幅提升。"]
    arts = parse_structure(page(BODY_A, ["（新华社青溪3月3日电）"], head, body2)).articles
    assert head[1] in {a.headline for a in arts}
    assert not any(head[1] in p for a in arts for p in a.paragraphs)


def test_column_tag_with_a_comma_still_marks_a_title():
    head = ["", "古镇人家新时光（70年，共同走过）", ""]
    body2 = ["各地春耕备耕有序展开，农技人", "员深入田间地头指导，帮助农户", "解决生产中的困难和问题。"]
    arts = parse_structure(page(BODY_A, head, body2)).articles
    assert len(arts) == 2 and arts[1].headline == "古镇人家新时光（70年，共同走过）"


def test_two_unpunctuated_lines_set_off_by_a_blank_are_a_title_pair():
    head = ["", "各地重阳节活动丰富多彩", "敬老助老氛围日益浓厚", ""]
    body2 = ["今年重阳节前后，各地", "广泛开展形式多样的活", "动，展示节日内涵。"]
    arts = parse_structure(page(WIDE, head, body2)).articles
    assert len(arts) == 2
    assert (arts[1].kicker or arts[1].headline) == "各地重阳节活动丰富多彩"


def test_lead_paragraph_without_a_final_stop_is_still_a_paragraph():
    lead = ["把制度执行到位、将政策贯彻到底，才能", "激发制度的效能，在各个领域取得实实在", "在的成果", ""]
    body = ["各级党委和政府以及各级领导干部，要", "切实强化制度意识，带头维护制度权威。"]
    art = parse_structure(page(lead, body)).articles[0]
    # Not a title block; where the unpunctuated paragraph ends the layout cannot tell.
    assert art.headline is None and art.paragraphs[0].startswith("把制度执行到位、将政策贯彻到底，才能激发")


@pytest.mark.parametrize(
    ("line", "ends"),
    [("会议要求，抓好落实。", True), ("他说：“我们一定办好。”", True), ("（李明 摄）", False),
     ("主要做法如下：", True), ("一是抓项目；", True), ("部署今年春耕生产", False), ("真的吗……", True)],
)
def test_ends_sentence(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


@pytest.mark.parametrize(
    "tail",
    [["qxrb2023@163.com"], ["图片来源：青溪视觉"]],
    ids=["email", "picture-source"],
)
def test_contact_and_source_lines_stay_with_the_article_above(tail: list[str]) -> None:
    text = page(["青溪县部署今年经济工作", ""], BODY_A, tail, [""], ["副县长到开发区调研", ""], BODY_B)
    first, second = parse_structure(text).articles
    assert first.headline == "青溪县部署今年经济工作" and second.headline == "副县长到开发区调研"
    assert first.paragraphs[-1] == "".join(tail)


def test_an_indented_paragraph_start_runs_on_across_a_column_break_into_a_wider_column():
    """Two unpunctuated lines before a blank are a title pair, unless the first is indented:
    then they open a paragraph that the next, wider column goes on with."""
    body = ["本报讯（记者 林一帆）3月", "3日，青溪县召开经济工", "作会议，总结去年工作，", "部署今年任务。", "",
            "\u3000\u3000县长李文博主持", "会议县委书记王建明作", "",
            "重要讲话，要求各级各部门抓", "好落实，确保各项任务落地见", "效。"]
    (art,) = parse_structure(page(["青溪县部署今年经济工作", ""], body)).articles
    assert art.headline == "青溪县部署今年经济工作"
    assert art.paragraphs[1] == "".join(line.strip("\u3000") for line in body[5:] if line)


def test_punctuated_title_wider_than_both_columns_is_not_a_paragraph_start():
    """A comma makes a line look like prose; one wider than the columns on both sides of it
    (too little for `over`) still spans them, so it is a title, not a first line run on."""
    head = ["", "国庆假期，青溪乡村旅游市场持续红火（节日见闻）", ""]
    body2 = ["国庆假期，青溪县各个景区的游客络绎不绝，", "乡村民宿预订十分火爆，旅游市场持续升温，",
             "全县共接待游客十二万人次，实现旅游收入一", "亿两千万元，同比分别增长百分之十二和百分",
             "之十五。"]
    arts = parse_structure(page(BODY_A, head, body2)).articles
    assert len(arts) == 2 and arts[1].headline == head[1]
    assert arts[1].paragraphs == ["".join(body2)]


def test_a_prose_paragraph_start_of_two_full_lines_runs_on_into_a_wider_column():
    """Unindented, the two lines before the blank are still a paragraph's start: running prose,
    one width, the width of the column above. A title pair of unequal lines is not."""
    body = ["本报讯（记者 林一帆）3月", "3日，青溪县召开经济工", "作会议，总结去年工作，", "部署今年任务。",
            "县长李文博主持，县委书", "记王建明在会上作了重", "",
            "要讲话，要求各级各部门抓好落实，", "确保各项任务落地见效，推动全县经", "济高质量发展。"]
    (art,) = parse_structure(page(["青溪县部署今年经济工作", ""], body)).articles
    assert art.paragraphs[1] == "".join(body[4:6] + body[7:])
    pair = ["春耕时节，青溪田野美", "农技人员深入田间地头指导农户生产", ""]
    wide = ["国庆假期，青溪县各个景区的游客络绎不绝，", "乡村民宿预订十分火爆，旅游市场持续升温，",
            "全县共接待游客十二万人次，实现旅游收入一", "亿两千万元，同比分别增长百分之十二和百分",
            "之十五。"]
    arts = parse_structure(page(BODY_A, [""], pair, wide)).articles
    assert len(arts) == 2 and {arts[1].kicker, arts[1].headline} == set(pair[:2])


def test_one_full_line_under_a_finished_paragraph_runs_on_into_a_wider_column():
    """No punctuation to go by: the line fills the column it follows on from, with no blank
    before it, so it is a paragraph's first line; the blank after it is a column break."""
    body = ["本报讯（记者 林一帆）3月", "3日，青溪县召开经济工", "作会议，总结去年工作，", "部署今年任务。",
            "县长李文博主持会议县委", "",
            "书记王建明作了重要讲话，要求各级各", "部门抓好落实，确保各项任务落地见效，", "推动全县经济高质量发展。"]
    (art,) = parse_structure(page(["青溪县部署今年经济工作", ""], body)).articles
    assert len(art.paragraphs) == 2 and art.paragraphs[1] == "".join(body[4:5] + body[6:])


def test_two_lines_well_short_of_the_column_under_a_paragraph_are_titles():
    """No paragraph wraps its first line three cells early, so the pair is a title block even
    with a comma and no blank line above it."""
    pair = ["春耕时节，田野美", "青溪农民忙插秧"]
    arts = parse_structure(page(BODY_A, pair, ["", "副县长到开发区调研"], BODY_B)).articles
    assert not any(line in p for a in arts for p in a.paragraphs for line in pair)
    assert (arts[0].kicker, arts[0].headline) == tuple(pair) and arts[1].headline == "副县长到开发区调研"


def test_display_lead_under_a_title_is_a_paragraph_even_without_a_full_stop():
    """Commentaries open with a lead set in the column and left unpunctuated: two full prose
    lines of one width run on, and a last line that stopped half-way before a blank ends it."""
    lead = ["以刚性的制度划清底线，以春风化雨的", "方式浸润人心，先进典型留下的精神财", "富才能永放光芒", ""]
    body = ["青溪县各地广泛开展学习先进典型活动，", "干部群众纷纷表示要以先进典型为榜样，",
            "立足岗位作贡献。"]
    (art,) = parse_structure(page(["永放光芒的精神财富（青溪时评）", ""], lead, body)).articles
    assert art.headline == "永放光芒的精神财富（青溪时评）" and art.kicker is None and art.subheadline is None
    assert art.paragraphs == ["".join(lead), "".join(body)]


def test_bullet_line_filling_the_column_opens_a_bulleted_paragraph():
    """■ items under 核心阅读 wrap like body text; a ● highlight under a title does not."""
    lead = ["核心阅读", "", "■青溪县把项目建设作为经济", "工作的重中之重，全力推进。", "",
            "■全县上下以奋斗姿态助力全", "局发展，带动工作全面落实。", ""]
    (art,) = parse_structure(page(["青溪县部署今年经济工作", ""], lead, BODY_A[1:])).articles
    assert art.paragraphs[:3] == ["核心阅读", "".join(lead[2:4]), "".join(lead[5:7])]
    assert art.highlights == []


def test_short_prose_line_over_a_wider_paragraph_is_a_title():
    """Two prose lines are a paragraph only when the first is about as wide as the second."""
    head = ["", "春耕时节，青溪农民忙插秧（一线视角）"]
    body2 = ["各地春耕备耕有序展开，农技人员深入田间地头指导农", "户生产，帮助农户解决生产中的困难和问题，确保春耕",
             "生产顺利进行。全县今年计划种植水稻十二万亩，目前", "已完成育秧八万亩，机械化插秧比例进一步提高，粮食",
             "生产形势总体良好。"]
    body1 = [*BODY_A[:-1], "明作讲话，要求各级各部门抓", "好落实，确保各项任务落地见", "效。"]
    arts = parse_structure(page(body1, head, body2)).articles
    assert len(arts) == 2 and arts[1].headline == head[1] and arts[1].paragraphs == ["".join(body2)]


def test_wide_line_after_an_unfinished_line_and_before_a_byline_is_a_title():
    """A wide line normally carries on the sentence above it; set off by a blank right above a
    byline it is the next article's title."""
    unfinished = [*BODY_A[:-1], "明作讲话", ""]
    head = ["青溪县召开全县经济工作会议部署今年任务", ""]
    arts = parse_structure(page(unfinished, head, BODY_B)).articles
    assert head[0] in {a.headline for a in arts} and not any(head[0] in p for a in arts for p in a.paragraphs)



def test_a_paragraph_whose_second_line_falls_short_still_runs_on():
    """Line-breaking rules can push a character on, leaving a middle line two cells short; the
    third line shows the column, so the first is no title."""
    lines = ["“混改不仅仅是变成混合所有制企业，‘混’是第", "一步，真正要使混改发挥有效作用，还得突出",
             "‘改’。”他说，下一步推进混改，完全采取市场", "化思路和方式推进。"]
    (art,) = parse_structure(page(WIDE, lines)).articles
    assert art.paragraphs[-1] == "".join(lines) and art.headline is None


def test_spaces_around_a_number_are_no_title_gap():
    """`抢抓发展新机遇 开局拼出新作为` is a display title; `投资 3.09 亿元…` is justified body text."""
    lines = ["投资 3.09 亿元建成了如今这座", "拥有全日制在校生九千余人的", "现代化学校，成为全县职业教", "育的龙头。"]
    (art,) = parse_structure(page(BODY_A, [""], lines)).articles
    assert art.paragraphs[-1] == "投资3.09亿元建成了如今这座" + "".join(lines[1:]) and art.headline is None
    latin = ["青溪电信积极推动 5 G生态建", "设，助力企业上云，物联网技", "术加速落地。"]
    (art,) = parse_structure(page(BODY_A, [""], latin)).articles
    assert art.paragraphs[-1] == "青溪电信积极推动5 G生态建" + "".join(latin[1:]) and art.headline is None


def test_bracketed_date_under_a_title_is_its_subheadline():
    """A document's date in brackets hangs off its title; it is no body text."""
    head = ["中共青溪县委青溪县人民政府关于促进乡村振兴的意见", "（二〇二三年三月三日）"]
    body = ["乡村振兴是全县经济工作的", "重中之重。为推进乡村全面", "振兴，现提出如下意见。"]
    arts = parse_structure(page(BODY_A, [""], head, body)).articles
    assert (arts[-1].headline, arts[-1].subheadline) == tuple(head)
    assert arts[-1].paragraphs == ["".join(body)]


def test_title_lines_glued_to_the_body_end_with_a_column_tag():
    """No blank line sets the title off; the second line's column tag (（权威发布）) shows that
    both lines are titles, not the opening lines of the paragraph under them."""
    head = ["多部门联合印发意见加强城乡居民用药保障", "门诊药费可报销超五成（权威发布）"]
    body = ["10月9日，国务院新闻办公室召开政策例", "行吹风会，介绍完善城乡居民高血压、",
            "糖尿病门诊用药保障机制的有关情况。"]
    arts = parse_structure(page(BODY_A, [""], head, body)).articles
    assert (arts[-1].kicker, arts[-1].headline) == tuple(head) and arts[-1].paragraphs == ["".join(body)]


def test_a_line_wider_than_the_columns_on_both_sides_before_a_break_is_a_title():
    """Set off by blank lines and wider than the column above and the line below it, a line
    is no paragraph's first line running on across a column break."""
    head = ["", "青溪各界支持县政府出台村庄规划令", ""]
    kicker = ["县司法局负责人：", "坚决支持县政府出台《村庄规划管理条例》"]
    arts = parse_structure(page(BODY_A, head, kicker, BODY_B)).articles
    assert head[1] in {a.headline for a in arts}
    assert not any(head[1] in p for a in arts for p in a.paragraphs)


def test_highlights_wrapped_over_several_lines_stay_whole():
    """● highlights under a title may wrap like body text; each stays one highlight, and none
    of their lines becomes a title or a paragraph."""
    head = ["青溪县部署今年经济工作", "", "●县委书记王建明要求锚定目标求突破，以", "奋斗姿态助力全局发展", "",
            "●县长李文博强调要只争朝夕重实干，以满", "格状态带动各项工作全面落实", ""]
    (art,) = parse_structure(page(head, BODY_A)).articles
    assert art.headline == "青溪县部署今年经济工作" and art.kicker is None and art.subheadline is None
    assert art.highlights == ["县委书记王建明要求锚定目标求突破，以奋斗姿态助力全局发展",
                              "县长李文博强调要只争朝夕重实干，以满格状态带动各项工作全面落实"]


def test_hotline_lines_are_furniture_even_when_wrapped():
    """A submission address in the middle of the page is page furniture, not article text,
    and so is the end of it wrapped onto the next line (`…@` / `163.com`)."""
    text = page(BODY_A, ["栏目投稿邮箱：qingxi2023@", "163.com", ""], ["副县长到开发区调研", ""], BODY_B)
    p = parse_structure(text)
    assert p.unassigned == ["栏目投稿邮箱：qingxi2023@163.com"]
    assert not any("163" in t for a in p.articles for t in (*a.paragraphs, a.headline or "", a.kicker or ""))


def test_two_full_lines_without_a_comma_run_on_into_a_wider_column():
    """No clause punctuation to go by: two lines exactly as wide as the column above them are a
    paragraph's start before a column break, not a title pair."""
    body = ["本报讯（记者 林一帆）3月", "3日，青溪县召开经济工", "作会议，总结去年工作，", "部署今年任务。",
            "他充分肯定各乡镇为全县", "经济和“三农”工作作出", "",
            "的重要贡献，希望大家再接再厉，", "确保各项任务落地见效，推动全县", "经济高质量发展。"]
    (art,) = parse_structure(page(["青溪县部署今年经济工作", ""], body)).articles
    assert art.paragraphs[1] == "".join(body[4:6] + body[7:])


def test_an_attribution_dateline_stays_in_the_paragraph():
    """`据新华社…电` says where the text comes from (according to …): it is parsed as the byline
    and also kept as written, unlike 本报讯 / 新华社…电 datelines."""
    lines = ["据新华社青溪3月2日电（记者周安）副县", "长赵海峰到开发区调研企业生产情况，", "协调解决企业反映的困难。"]
    (art,) = parse_structure(page(["副县长到开发区调研", ""], lines)).articles
    assert art.byline is not None and art.byline.reporters == ["周安"]
    assert art.paragraphs == ["".join(lines)]
    (plain,) = parse_structure(page(["副县长到开发区调研", ""], [lines[0][1:], *lines[1:]])).articles
    assert plain.paragraphs[0].startswith("副县长赵海峰")


def test_a_credit_line_of_its_own_stays_a_paragraph():
    """`本报记者 林一帆` alone on its line is the byline and, like a closing credit, a paragraph."""
    lines = ["本报记者  林一帆", "", *BODY_A[1:]]
    (art,) = parse_structure(page(["青溪县部署今年经济工作", ""], lines)).articles
    assert art.byline is not None and art.byline.reporters == ["林一帆"]
    assert art.paragraphs == ["本报记者林一帆", "".join(BODY_A[1:])]


def test_end_credit_broken_by_a_column_break_still_closes_its_article():
    """`（新华社青溪3月1日` / blank / `电）`: the credit runs on across the column break."""
    tail = ["（新华社青溪3月3日", "", "电）", ""]
    head_a, head_b = ["青溪县召开经济工作会议", ""], ["青溪县开展春耕备耕工作", ""]
    arts = parse_structure(page(head_a, BODY_A, tail, head_b, BODY_B)).articles
    assert arts[0].paragraphs[-1] == "（新华社青溪3月3日电）"
    assert [a.headline for a in arts] == ["青溪县召开经济工作会议", "青溪县开展春耕备耕工作"]


def test_photo_credit_set_like_a_byline_closes_the_story_above():
    """`本报记者 林一帆摄` looks like a credit line that opens an article; ending in 摄 it credits
    the photo story above it, and the title below belongs to the next article."""
    photo = ["青溪县农民在田间忙着插秧，", "一派繁忙景象。", "本报记者  林一帆摄", ""]
    head = ["青溪县部署今年经济工作", ""]
    arts = parse_structure(page(["田间春忙", ""], photo, head, BODY_B)).articles
    assert [a.headline for a in arts] == ["田间春忙", "青溪县部署今年经济工作"]
    assert arts[0].paragraphs[-1] == "本报记者林一帆摄"


def test_exclaimed_title_with_a_dash_subheadline_is_a_headline_block():
    """A short line ending in ！ under finished text, with `——…` right below it, is a title."""
    head = ["", "民兵不可战胜！", "——青溪县民兵训练纪实", ""]
    arts = parse_structure(page(BODY_A, head, BODY_B)).articles
    assert len(arts) == 2
    assert ("民兵不可战胜！", "——青溪县民兵训练纪实") in [(a.headline, a.subheadline) for a in arts]


def test_dash_signature_under_a_quotation_stays_in_the_article():
    """`——王建明` alone under a paragraph signs the words above it: no headline of the next article."""
    quote = ["“发展是第一要务，人才是第一资源，", "创新是第一动力，我们要牢牢把握。”", ""]
    arts = parse_structure(page(BODY_A, [""], quote, ["——王建明", ""], BODY_B)).articles
    assert arts[0].paragraphs[-1] == "——王建明"
    assert [a.headline for a in arts] == [None, None]


def test_unpunctuated_line_alone_above_a_news_lead_is_a_title():
    """A line as wide as the column, alone between blank lines after finished text, is a title
    when a news lead (`3月2日，…`) opens below it."""
    head = ["", "青溪县春耕备耕工作全面展开", ""]
    lead = ["3月2日，青溪县各地春耕备耕", "有序展开，农技人员深入田间地", "头指导，帮助农户解决问题。"]
    arts = parse_structure(page(BODY_A, head, lead)).articles
    # one column on both sides and no byline: the title stays in the article as a section title
    assert arts[0].paragraphs[1] == "青溪县春耕备耕工作全面展开"


def test_feature_subheadline_makes_the_line_above_a_title_too():
    """`——写在…之际` under an unfinished line with a comma, no wider than the column: both are
    the headline block."""
    head = ["从青溪到金奈，汇聚两地乡村振兴正能量", "——写在第二次青溪乡村振兴论坛开幕之际", ""]
    body = ["县委书记王建明将赴金奈出席乡村振", "兴论坛第二次会议,同各地嘉宾一起", "继续交流发展经验,共商合作大计,为",
            "下一阶段乡村振兴工作确定基调、指", "明方向,向外界发出青溪一致声音,为", "当前的乡村发展提供稳定性。"]
    (art,) = parse_structure(page(head, body)).articles
    assert (art.headline, art.subheadline) == (head[0], head[1])
    assert art.paragraphs[0].startswith("县委书记")


def test_stacked_title_blocks_head_one_article():
    """A title right above an inner title (前言) with no text between heads the body; the inner
    one is the body's first paragraph."""
    text = page(["青溪县农业发展报告", "", "前  言", "",
                 "农业是青溪县的立县之本。近年", "来，青溪县农业发展稳中有进，", "粮食产量连续五年保持稳定。"])
    p = parse_structure(text)
    (art,) = p.articles
    assert art.headline == "青溪县农业发展报告"
    assert art.paragraphs[0] == "前言" and art.paragraphs[1].startswith("农业是")
    assert p.unassigned == []


def test_a_page_label_does_not_vote_on_the_headline_side():
    """`06 理论` alone at the top is no headline: the title after the body heads it."""
    head = ["", "青溪县召开经济工作会议 部署今年任务", ""]
    (art,) = parse_structure(page(["06 理论", ""], BODY_A, head)).articles
    assert art.headline == "青溪县召开经济工作会议 部署今年任务"


def test_a_signature_under_a_text_closes_it():
    """`青溪县城关镇  王小禾` set apart under an article signs it; it heads nothing."""
    head_a = ["", "青溪县召开经济工作会议 部署今年任务", ""]
    head_b = ["赵海峰到开发区调研企业生产 协调解决企业困难", ""]
    arts = parse_structure(page(head_a, BODY_A, ["", "青溪县城关镇  王小禾", ""], head_b, BODY_B)).articles
    assert arts[0].paragraphs[-1] == "青溪县城关镇王小禾"
    assert [a.headline for a in arts] == [head_a[1], head_b[0]]


def test_a_short_line_cut_off_a_full_unfinished_line_is_its_tail():
    """`主办单位：青溪县茶叶产业发展` / `中心`: the short line ends the credit, it is no title."""
    ad = ["青溪县春茶开采节3月8日开幕，", "欢迎各界朋友到青溪品茶赏景、", "共话发展。", "",
          "主办单位：青溪县茶叶产业发展", "中心", "", "青溪  茶香飘四方"]
    (art,) = parse_structure(page(ad)).articles
    assert art.headline == "青溪 茶香飘四方"
    assert art.paragraphs[-1] == "主办单位：青溪县茶叶产业发展中心"


BODY_C = [  # 14 cells, no dateline
    "3月3日，青溪县召开经济工作会",
    "议，总结去年工作，部署今年任",
    "务。县长李文博主持会议，县委",
    "书记王建明作讲话。",
]


def test_display_lead_wrapped_under_the_headline_is_the_first_paragraph():
    """Lines that fill the column and break off mid-phrase are a wrapped lead, no title lines;
    its short unfinished last line still ends the paragraph."""
    head = ["青溪县召开经济工作会议 部署今年任务"]
    lead = ["全县上下要鼓足干劲，抓项目促", "发展，奋力开创新局面"]
    (art,) = parse_structure(page(head, lead, BODY_C)).articles
    assert (art.kicker, art.headline, art.subheadline) == (None, head[0], None)
    assert art.paragraphs[0] == "全县上下要鼓足干劲，抓项目促发展，奋力开创新局面"
    # a two-line title with a comma, narrower than the column, stays a title
    (titled,) = parse_structure(page(["抓项目，促发展", "青溪县召开经济工作会议"], [""], BODY_C)).articles
    assert {titled.kicker, titled.headline, titled.subheadline} >= {"抓项目，促发展", "青溪县召开经济工作会议"}


def test_photo_story_between_same_width_columns_is_its_own_article():
    """A title over a few lines closed by a photo credit heads a photo story, even between two
    texts of one column width."""
    photo = ["", "云卷云舒", "", "3月2日，青溪湖畔云海翻涌，游", "客驻足观赏。", "林一帆摄"]
    arts = parse_structure(page(BODY_A, photo, [""], BODY_B)).articles
    assert [a.headline for a in arts] == [None, "云卷云舒", None]


def test_exclaimed_title_over_a_feature_subtitle_heads_the_next_article():
    tail = ["（新华社北京3月3日电）", ""]
    head = ["“青溪人民一定能把家乡建好！”", "——青溪县春耕生产纪实"]
    arts = parse_structure(page(BODY_A, tail, head, BODY_C)).articles
    assert len(arts) == 2
    assert (arts[1].headline, arts[1].subheadline) == (head[0], head[1])


def test_reporter_credit_under_a_section_title_keeps_the_roundup_together():
    """`本报记者 X` (no dateline) under each section title of a roundup signs a section."""
    head = ["各地春耕备耕有序展开", ""]
    intro = ["春耕时节，各地抓住有利天气，", "组织农户下田，确保不误农时。", ""]
    east = ["东乡镇", "本报记者  周  安", "东乡镇今年新建高标准农田三千", "亩，农技人员进村入户指导，帮",
            "助农户解决生产难题。", ""]
    west = ["西乡镇", "本报记者  林一帆", "西乡镇组织农机合作社开展代耕", "代种服务，全镇春播进度过半，",
            "比去年同期提前一周。"]
    (art,) = parse_structure(page(head, intro, east, west)).articles
    assert "东乡镇" in art.paragraphs and "西乡镇" in art.paragraphs



def test_section_title_after_an_authors_note_continues_a_collection():
    """`（作者为…）` closes one contribution of a collection; the section title after it, in the
    same column and with no byline under it, goes on with the page's article."""
    head = ["春天里的青溪（名家笔谈）", ""]
    intro = ["春耕时节，我们请几位作者写下", "他们眼中的青溪，以飨读者。", ""]
    first = ["湖畔", "", "青溪湖畔的早晨总是很安静，渔", "船一早出湖，傍晚满载而归，湖", "边的人家过着平静的日子。",
             "（作者为青溪县作家协会主席）", ""]
    second = ["田间", "", "田里的油菜花开了，远远望去一", "片金黄，农户们忙着施肥浇水，", "盼着今年又是一个丰收年。",
              "（作者为青溪县文化馆馆长）"]
    arts = parse_structure(page(head, intro, first, second)).articles
    assert len(arts) == 1
    assert arts[0].headline == "春天里的青溪（名家笔谈）"
    assert "湖畔" in arts[0].paragraphs and "田间" in arts[0].paragraphs


def test_an_indented_line_opens_a_paragraph_after_an_unfinished_one():
    """On a page that indents its paragraphs, an indented line opens one even after a line that
    stopped without a full stop."""
    lines = [
        "　　青溪县召开经济工作会议，总",
        "结去年工作，部署今年任务。",
        "　　会议指出，去年全县经济平稳",
        "增长。今年要抓项目促发展，奋",
        "力开创新局面",
        "　　县长李文博主持会议，县委书",
        "记王建明作讲话。",
        "　　会议要求，各部门要主动服务",
        "企业，帮助企业稳订单、保用工。",
        "　　赵海峰要求，各部门要主动服",
        "务，帮助企业解决困难。",
    ]
    art = parse_structure(page(lines)).articles[0]
    assert "会议指出，去年全县经济平稳增长。今年要抓项目促发展，奋力开创新局面" in art.paragraphs


def test_section_titles_set_alike_stay_in_their_article():
    """Section titles numbered alike (1999年, 2003年, 2013年) stay in their article whatever the
    column widths say."""
    head = ["青溪大事记", ""]
    intro = ["青溪县建县以来，经历了许多难", "忘的时刻，我们选取其中几个片", "段，回顾这段历程。", ""]
    first = ["1999年", "", "青溪大桥建成通车，两岸群众从", "此告别了摆渡过河的日子，往来", "县城只需十分钟。", ""]
    second = ["2003年", "", "青溪湖成为风景名胜区。", ""]
    third = ["2013年", "", "青溪县撤县设市，翻开了发展的", "新篇章，城市面貌日新月异，百", "姓生活越来越好。"]
    arts = parse_structure(page(head, intro, first, second, third)).articles
    assert len(arts) == 1
    assert [p for p in arts[0].paragraphs if p.endswith("年")] == ["1999年", "2003年", "2013年"]


def test_photo_credit_closes_a_photo_story_under_its_title():
    """A photo credit closing a few lines under a title ends the photo story; the text after it
    is the next article."""
    head = ["青溪县召开经济工作会议 部署今年任务", ""]
    photo = ["云卷云舒", "3月2日，青溪湖畔云海翻涌，游", "客驻足观赏。", "林一帆摄"]
    body = ["3月3日，副县长赵海峰到开发区", "调研企业生产情况，详细了解企", "业订单、用工和项目进度。", "",
            "赵海峰到开发区调研企业生产"]
    arts = parse_structure(page(head, BODY_A, [""], photo, body)).articles
    assert [a.headline for a in arts] == [head[0], "云卷云舒", body[-1]]
    assert arts[-1].paragraphs[0].startswith("3月3日")


def test_last_headline_under_its_body_keeps_it_on_a_mixed_page():
    """Blocks are shared out to bodies together: on a page whose headlines mostly precede their
    bodies, the last one, under its body with nothing after it, keeps that body."""
    body_c = ["本报讯（记者 钱小雨）3月1日，", "南岭镇举办春季招聘会，八十多", "家企业提供岗位两千余个，吸引",
              "求职者三千多人次进场洽谈。"]
    head_c = ["南岭镇春季招聘会送岗位两千余个", ""]
    head_a = ["", "蓝图绘就 步履铿锵", ""]
    head_b = ["", "赵海峰到开发区调研企业生产 协调解决企业困难"]
    arts = parse_structure(page(head_c, body_c, [""], BODY_A, head_a, BODY_B, head_b)).articles
    assert [a.headline for a in arts] == [head_c[0], head_a[1], head_b[1]]
