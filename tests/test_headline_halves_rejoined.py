"""Headline lines set over two lines on invented pages: where the halves are joined, and the title
blocks such halves make (roles._unwrap, roles._join, page._title_texts, flow._title_run_of,
flow._judge_under_new_titles)."""

from banmian.layout.roles import assign_roles
from banmian.pipeline import parse_structure
from tests.pages import heads_of, indented, page, wrap

FIRST = wrap("本报讯（记者林一帆）入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多。"
             "保护区管理处在湿地周边增设了观测点，组织志愿者开展巡护。", 12)
SECOND = wrap("本报讯（记者周明）今年以来，青溪县新增就业岗位三千多个，完成全年任务的八成以上。县人社局负责人介绍，"
              "全县开展了多轮招聘活动，帮助返乡青年就近就业。", 12)


def test_a_number_cut_by_the_break_is_joined_without_a_space():
    """Digits on both sides of the break are one number (…成立7 / 0周年…), not two Latin words."""
    joined = assign_roles(["白石机械厂庆祝建厂7", "0周年职工联欢会举行"])
    assert joined == (None, "白石机械厂庆祝建厂70周年职工联欢会举行", None)


def test_the_space_at_the_break_between_two_phrases_is_kept():
    """A line ending in white space (or the next one opened by one space) was broken where a space
    parted two phrases of the tag: the joined headline keeps that space."""
    assert assign_roles(["云岭三县农田水利建设提速（冬修 ", "春耕·乡村振兴一线）"])[1] == (
        "云岭三县农田水利建设提速（冬修 春耕·乡村振兴一线）")
    title = ["云岭三县农田水利建设提速（冬修", " 春耕·乡村振兴一线）"]
    second = parse_structure(page(FIRST, [""], title, [""], SECOND)).articles[-1]
    assert second.headline == "云岭三县农田水利建设提速（冬修 春耕·乡村振兴一线）"
    assert second.paragraphs[0].startswith("今年以来")


def test_a_dot_opening_the_second_half_of_a_tag_is_no_bullet():
    """`·` opening a line that closes the bracket left open above joins the parts of a series' tag."""
    joined = assign_roles(["青溪候鸟又添新成员（生态观察", "·湿地篇②）"])
    assert joined == (None, "青溪候鸟又添新成员（生态观察·湿地篇②）", None)


# An article whose title is set after its text (column 10), then one headed above its text (column 22).
UPPER = wrap("本报讯（记者林一帆）入冬以来，白石湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多。", 10) + indented(
    "保护区管理处表示，要坚持科学保护，在湿地周边增设观测点，组织志愿者开展巡护，守护候鸟安全越冬，"
    "助推生态旅游发展。", 10)
LOWER = wrap("本报青溪 10 月 21 日电  （记者周明）第三届青溪茶叶博览会签约仪式21日在青溪县会展中心举行。"
             "此次共签约58个项目，涉及茶叶种植、加工、旅游三大方面。", 22)


def test_three_unmarked_lines_between_blank_lines_are_a_title_block():
    """Three lines with no clause or sentence mark, set off by blank lines, the first short of the
    column: a kicker set over two lines and a headline under it, not a short paragraph, and the
    headline set apart under them heads the next article."""
    title = ["白石湿地保护区越冬候", "鸟数量比去年明显增多", "科学保护守护候鸟越冬"]
    arts = parse_structure(page(UPPER, [""], title, [""], ["青溪茶博会签约9.6亿元"], LOWER)).articles
    assert [(a.kicker, a.headline) for a in arts] == [
        ("白石湿地保护区越冬候鸟数量比去年明显增多", "科学保护守护候鸟越冬"), (None, "青溪茶博会签约9.6亿元")]
    assert arts[0].paragraphs[0].startswith("入冬以来")
    assert arts[1].paragraphs[0].startswith("第三届")


def test_three_lines_with_a_clause_mark_are_no_title_block():
    """The same three lines with a clause mark in them read as running text, as before."""
    title = ["白石湿地保护区越冬候", "鸟数量比去年明显增多，", "科学保护守护候鸟越冬"]
    arts = parse_structure(page(UPPER, [""], title, [""], ["青溪茶博会签约9.6亿元"], LOWER)).articles
    assert all(a.kicker is None and "越冬" not in (a.headline or "") for a in arts)


def test_a_line_under_a_title_found_late_is_judged_again():
    """A headline broken inside its column tag is found only after the first pass; the line set off
    by blank lines under it, wider than the column of the text below, heads that text."""
    upper = wrap("入夜，青溪县老街灯火通明，小吃摊前排起长队，夜市的烟火气一天比一天浓。县商务局负责人介绍，"
                 "今年以来夜市新增摊位两百多个，带动周边就业一千余人。", 18)
    lower = wrap("2019年10月26日，青溪县人大常委会审议通过湿地保护条例实施细则，将于明年1月1日起施行。"
                 "细则明确了湿地巡护、候鸟救护和生态补偿等制度。", 12)
    title = ["青溪夜市  烟火气更浓（", "夜间经济观察·县城篇②）"]
    arts = parse_structure(page(upper, [""], title, [""], ["湿地保护有了细则可依"], [""], lower)).articles
    assert [a.headline for a in arts] == ["青溪夜市 烟火气更浓（夜间经济观察·县城篇②）", "湿地保护有了细则可依"]
    assert arts[1].paragraphs[0].startswith("2019年10月26日")


def test_the_rest_of_a_dashed_subheadline_set_over_two_lines_stays_in_it():
    """Under `——写在…`, a line as wide as it that ends no sentence and stops short of the text's
    column is the subheadline's second half, not the text's first line."""
    body = wrap("第三届青溪古镇文化旅游节将于10月18日至11月17日在青溪县举行。本届旅游节以“千年古镇 青溪故事”"
                "为主题，将举办非遗展演、古镇夜游等活动。", 13)
    heads = heads_of(page(["擦亮古镇名片 讲好青溪故事", "——写在第三届青溪古镇", "文化旅游节隆重开幕之际"], body))
    sub = "——写在第三届青溪古镇文化旅游节隆重开幕之际"
    assert heads == [(None, "擦亮古镇名片 讲好青溪故事", sub, "第三届青溪古镇文")]


def test_a_subheadline_set_over_two_equal_lines_under_a_tagged_headline_is_kept():
    """Under a headline closed by its column's tag, two lines of one width, both well short of the
    text's column, are a subheadline set over two lines; a short line over a full one opens the text
    (tests/test_tagged_title_text_lines.py)."""
    body = wrap("青溪夜市今年以来持续升温，摊位数量和客流量均创新高。截至9月底，全县夜市摊位216个，"
                "带动就业一千二百余人，夜间消费额占全天消费额的三成以上。", 24)
    title = ["青溪夜市烟火气更浓（县域经济观察）", "截至9月底，青溪夜市摊位有2", "16个，带动就业一千二百余人"]
    heads = heads_of(page(title, [""], body))
    sub = "截至9月底，青溪夜市摊位有216个，带动就业一千二百余人"
    assert heads == [(None, "青溪夜市烟火气更浓（县域经济观察）", sub, "青溪夜市今年以来")]


def test_three_lines_closed_by_an_ellipsis_stay_text():
    """Items of a list set off by blank lines: three lines with no clause mark whose last closes on
    `……` end a sentence, so they are an item, not a title block."""
    items = [wrap("青溪县智慧农业示范园2019年5月建成投用；", 19), wrap("白石镇数字乡村服务中心2019年6月挂牌运行；", 19),
             ["青溪县“山地果蔬冷链中心”和“农产品检", "测中心”两大农业服务平台同时开工建", "设……"],
             wrap("一批农业服务平台的落户，吸引各类涉农资源加速集聚。", 19)]
    lead = wrap("本报讯（记者周明）近年来，青溪县加快建设农业服务平台，一批重点项目相继落地。", 19)
    arts = parse_structure(page(lead, [""], *[[*chunk, ""] for chunk in items])).articles
    assert len(arts) == 1 and arts[0].headline is None
    assert "两大农业服务平台同时开工建" in "".join(arts[0].paragraphs)
