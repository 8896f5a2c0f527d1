"""Kicker / headline / subheadline assignment. Headlines are invented, except the seed page's."""


import pytest

from banmian.layout.roles import assign_roles


def test_one_line_is_headline() -> None:
    assert assign_roles(["青溪县新建三座口袋公园"]) == (None, "青溪县新建三座口袋公园", None)


def test_three_lines_are_kicker_headline_subheadline() -> None:
    lines = ["喜迎丰收节", "青溪县稻谷亩产创新高", "全县粮食总产量连续五年增长"]
    assert assign_roles(lines) == tuple(lines)


def test_whitespace_and_bullets_are_normalised() -> None:
    assert assign_roles(["●\u3000改出新面貌\u00a0\u00a0住出新滋味 "]) == (None, "改出新面貌 住出新滋味", None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a kicker leads into the headline: trailing dash or colon
        (["全市上下齐心协力——", "老旧小区换新颜"], ("全市上下齐心协力——", "老旧小区换新颜", None)),
        (["市教育局：", "秋季学期招生平稳有序"], ("市教育局：", "秋季学期招生平稳有序", None)),
        # a subheadline hangs off the headline: leading dash or parenthesis
        (["稻香满田野", "——记青山镇种粮大户老周"], (None, "稻香满田野", "——记青山镇种粮大户老周")),
        (["在全县经济工作会议上的讲话", "（2031年3月5日）"], (None, "在全县经济工作会议上的讲话", "（2031年3月5日）")),
    ],
)
def test_marked_two_line_blocks(lines: list[str], expected: tuple) -> None:
    assert assign_roles(lines) == expected


KH, HS = "kicker+headline", "headline+subheadline"


@pytest.mark.parametrize(
    ("lines", "reading"),
    [
        (["滨江新区数字产业大会开幕", "王明远出席并讲话"], HS),  # who attended
        (["本市外贸进出口稳步增长", "前三季度总额增长12.5%"], HS),  # figures below
        (["青溪大桥主体工程完工", "今起进入试通车阶段"], HS),  # what happens next
        (["凝心聚力谋发展 实干笃行开新局", "青溪县召开2031年经济工作会议"], HS),  # slogan over news
        (["市委书记在调研时强调", "以更实举措推动乡村振兴"], KH),  # introduces a speech
        (["来华留学生谈在华生活", "“这里就是我的第二故乡”"], KH),  # quoted headline
        (["十年植树造林，荒山变成了绿洲", "沙窝村的绿色答卷"], KH),  # context clause above
        (["东湖区推进老旧小区改造", "改出新面貌 住出新滋味"], KH),  # slogan headline below news
        (["小村庄走出致富路", "山坡上种出“金果子”（乡村新貌）"], KH),  # column tag marks the headline
        (["山坡上种出“金果子”（乡村新貌）", "小村庄走出致富路"], HS),
        (["山区小学开设足球课", "孩子们在球场上奔跑"], KH),  # no cue: majority reading
        (["青溪县代表团抵达榕城", "开始为期三天的考察交流"], HS),  # an arrival is the news
        (["《青溪日报》发表县委书记署名文章", "在全县乡村振兴推进会上的讲话"], KH),  # a speech's title
        (["青溪县纪委监委", "通报5起违反中央八项规定精神典型问题"], KH),  # the actor named alone
        (["王明远将出席滨江论坛开幕式", "市政府举行新闻发布会介绍有关情况"], HS),  # announcement, source
        (["全县新增就业岗位3200个", "城镇调查失业率下降0.8个百分点"], HS),  # a rate supports the news
    ],
)
def test_unmarked_two_line_blocks(lines: list[str], reading: str) -> None:
    a, b = lines
    expected = (a, b, None) if reading == KH else (None, a, b)
    assert assign_roles(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["抢抓发展新机遇 开局拼出新作为", "芗城区召开2023年度区委工作会暨“产业发展项目建设提升年”动员大会"],
        ["奋力抓开局 力争“开门红”", "何才成带队调研节后企业复工复产工作"],
    ],
)
def test_seed_page_blocks_are_headline_and_subheadline(lines: list[str]) -> None:
    assert assign_roles(lines) == (None, lines[0], lines[1])


def test_wrapped_headline_and_subheadline_are_merged() -> None:
    lines = ["城东新区一批重点项目集中", "开工建设", "总投资超过80亿元，涉及交通、", "教育和医疗等领域"]
    assert assign_roles(lines) == (
        None,
        "城东新区一批重点项目集中开工建设",
        "总投资超过80亿元，涉及交通、教育和医疗等领域",
    )


def test_wrapped_kicker_up_to_its_dash() -> None:
    lines = ["为了让群众少跑腿，", "市政务中心推出——", "办事窗口全部实现", "一窗通办"]
    assert assign_roles(lines) == ("为了让群众少跑腿，市政务中心推出——", "办事窗口全部实现一窗通办", None)


def test_three_lines_with_wrapped_dash_subheadline() -> None:
    lines = ["湖畔书声", "——记青山镇乡村图书馆的", "二十年坚守"]
    assert assign_roles(lines) == (None, "湖畔书声", "——记青山镇乡村图书馆的二十年坚守")


def test_empty_block() -> None:
    assert assign_roles([]) == (None, None, None)
    assert assign_roles(["  ", "\u3000"]) == (None, None, None)
