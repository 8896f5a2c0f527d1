"""Column widening at a break and letter spacing: small invented pages, one behaviour each."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

# A report some pages below close with: a title, then a dated lead in a 14-cell column.
VISIT = [
    "赵海峰到开发区调研企业生产",
    "",
    "本报讯（记者 周安）3月2日，副",
    "县长赵海峰到开发区调研企业生",
    "产情况，详细了解企业订单、用",
    "工和项目进度，现场协调解决企",
    "业反映的困难和问题。",
]


def test_a_dateline_lead_runs_on_into_a_wider_column() -> None:
    # the report's column widens after its first line: the wide line goes on with the dateline's lead
    lines = [
        "青溪县召开经济工作会议 部署今年任务",
        "",
        "本报讯（记者 林一帆）3月3日，",
        "青溪县召开经济工作会议，总结",
        "去年工作，部署今年任务。县长",
        "李文博主持会议，县委书记王建",
        "明作讲话。",
        "",
        "李文博会见外地客商",
        "",
        "新华社青溪3月4日电  县长李",
        "文博4日在县城会见前来考察的外地客商代表一行。",
        "双方就特色农业合作交换了意见。",
        "",
        *VISIT,
    ]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == [
        "青溪县召开经济工作会议 部署今年任务", "李文博会见外地客商", "赵海峰到开发区调研企业生产"]
    assert arts[1].paragraphs[0].startswith("县长李文博4日在县城会见")


def test_a_full_line_closing_on_a_colon_introduces_text_not_a_title() -> None:
    lines = [
        "青溪县新建农村公路八十公里",
        "",
        "本报讯（记者 林一帆）今年以来，",
        "青溪县新建农村公路八十公里，",
        "县长李文博谈到这项工作时说：",
        "“这条路修到了群众家门口，方",
        "便了大家出行，我们要",
        "",
        "把好事办好办实，让群众真正满意。”县里还将",
        "继续加大投入，让更多村庄通上硬化路。",
        "",
        *VISIT,
    ]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["青溪县新建农村公路八十公里", "赵海峰到开发区调研企业生产"]
    assert "时说：“这条路修到了群众家门口，方便了大家出行，我们要把好事办好办实" in arts[0].paragraphs[0]


def test_a_second_line_leaving_a_bracket_open_runs_on_past_a_column_break() -> None:
    lines = [
        "青溪县召开经济工作会议 部署今年任务",
        "",
        "青溪县日前召开经济工作会议，总结去年工作，",
        "部署今年任务。县长李文博主持会议，县委书记",
        "王建明作讲话，要求各部门抓好落实，确保全年",
        "目标任务顺利完成。",
        "",
        "青溪文艺精品受到群众欢迎",
        "核心阅读",
        "",
        "今年以来青溪县推出的多部文艺精",
        "品剧目《山里人家》和《青青茶乡",
        "",
        "新歌》等深受群众喜爱，演出场次",
        "和观众人数都创下新高，一批青年",
        "演员在舞台上成长起来。县文化馆",
        "还组织剧团深入乡村，为群众送去",
        "一场场精彩演出。",
    ]
    arts = parse_structure(page(lines)).articles
    assert arts[-1].headline == "青溪文艺精品受到群众欢迎"
    assert arts[-1].paragraphs[-1].startswith("今年以来青溪县推出的多部文艺精品剧目《山里人家》和《青青茶乡新歌》等")


def test_a_line_opened_by_jiezhi_muqian_goes_on_past_a_column_break() -> None:
    lines = [
        "青溪县推进农家书屋建设",
        "",
        "本报讯（记者 林一帆）今年以来，青溪县",
        "把农家书屋建设列入为民办实事项目，通过",
        "整合资源、完善管理、丰富图书品种等方式，",
        "让群众在家门口就能读书看报，学习科技和",
        "文化知识。",
        "截至目前，青溪县已建成农家",
        "",
        "书屋一百二十个，配送图书三十多万册，书屋",
        "管理员全部经过培训上岗，群众借阅量比去年",
        "同期增长了一倍。",
        "",
        *VISIT,
    ]
    art = parse_structure(page(lines)).articles[0]
    assert art.paragraphs[-1].startswith("截至目前，青溪县已建成农家书屋一百二十个")

def test_a_letter_spaced_line_far_short_of_its_column_is_a_section_title() -> None:
    lines = [
        "青溪县推进农家书屋建设",
        "",
        "本报讯（记者 林一帆）今年以来，青溪县",
        "把农家书屋建设列入为民办实事项目，通过",
        "整合资源、完善管理、丰富图书品种等方式，",
        "让群众在家门口就能读书看报。",
        "",
        "一 、 城 关 镇 农 家 书 屋 管 理 规 范",
        "",
        "青溪县为每个书屋配备了管理员，管理员全",
        "部经过培训上岗，群众借阅量比去年同期增",
        "长了一倍。",
    ]
    art = parse_structure(page(lines)).articles[0]
    assert art.paragraphs[1] == "一、城关镇农家书屋管理规范"
