"""A block flush under running text, on a page that sets its headlines off by a blank line
(page._rejoin_flush_blocks)."""

from banmian.pipeline import parse_structure
from tests.pages import page

MASTHEAD = ["青溪日报", "2021年3月5日  星期五", ""]
FARMING = [
    "青溪县春耕备耕有序展开",
    "本报讯(记者林一帆)",
    "连日来,青溪县各乡",
    "镇抢抓农时,组织农民",
    "检修农机、调运农资,",
    "全县春耕备耕工作有序",
    "展开。",
    "",
]
PLANTS = [
    "开发区新建三座标准厂房",
    "本报讯(记者周安)近",
    "日,青溪开发区三座",
    "标准厂房主体完工,预",
    "计年内可引进企业十余",
    "家。",
    "",
]
BRIDGE = [
    "老桥新生的故事",
    "本报讯(记者赵海峰)",
    "青溪老桥始建于清代,",
    "历经百年风雨,见证了",
    "县城的变迁。",
    "",
    "近年来,县里对老桥进",
    "行了全面加固。数据显",
    "示,加固后的老桥承重",
    "能力提高了一倍以上。",
    "不断增加的游客数量也",
    "给老桥保护带来了",
    "",
    "新的课题,县里正在研",
    "究分流方案,让老桥更",
    "好地服务群众。",
    "",
]


def test_a_full_line_flush_under_text_runs_on_past_a_column_break():
    """Every other headline of the page stands after a blank line; two lines right under the
    text, the first filling the column and the second cut short before a column break, are the
    text going on, not a headline splitting the report."""
    arts = parse_structure(page(MASTHEAD, FARMING, PLANTS, BRIDGE)).articles
    assert [a.headline for a in arts] == ["青溪县春耕备耕有序展开", "开发区新建三座标准厂房", "老桥新生的故事"]
    assert arts[2].paragraphs[-1].endswith("让老桥更好地服务群众。")
