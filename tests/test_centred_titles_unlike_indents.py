"""Titles centred by white space of another form than the page's paragraph indents (a PDF's
spaces before a title, ideographic spaces before the text's first lines)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from banmian.text.lines import to_lines
from tests.pages import indented

WETLAND = [*indented("本报讯（记者 林一帆）入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多，"
                     "保护区工作人员每天巡护，记录鸟类种群的变化。", 16),
           *indented("保护区管理站介绍，今年新修观鸟步道两千米，设立科普展板四十块，"
                     "吸引周边学校组织学生前来参观。", 16)]
PARK = [*indented("本报讯（记者 周安）青溪县今年新建标准化厂房十二万平方米，引进装备制造企业八家，"
                  "带动就业三千余人，园区产值比去年增长两成。", 16),
        *indented("园区负责人表示，明年将继续完善配套设施，为入驻企业提供更好的服务，推动产业集群发展。", 16)]
SILK = [*indented("青溪县今年秋蚕喜获丰收，全县蚕农出售鲜茧两千余担，收入比去年增加一成。", 16),
        *indented("县农业农村局介绍，明年将扩大桑园面积，带动更多农户增收致富。", 16)]


def text_of(*chunks: list[str]) -> str:
    """A page's text from chunks of lines."""
    return "\n".join(line for chunk in chunks for line in chunk) + "\n"


def test_spaces_unlike_the_indents_centre_a_title() -> None:
    lines = to_lines(text_of(["    湿地候鸟多", ""], WETLAND))
    assert (lines[0].width, lines[0].indent, lines[0].margin) == (5.0, False, 0.0)
    assert lines[2].indent and lines[2].margin == 2.0  # the text's indent stays one


def test_spaces_like_the_indents_stay_an_indent() -> None:
    body = [line.replace("\u3000\u3000", "    ") for line in WETLAND]
    lines = to_lines(text_of(["    湿地候鸟多", ""], body))
    assert (lines[0].width, lines[0].indent) == (7.0, True)


def test_a_page_showing_no_indent_is_left_as_it_is() -> None:
    lines = to_lines("    湿地候鸟多\n\n青溪湿地保护区迎来越冬候鸟。\n")
    assert (lines[0].width, lines[0].indent) == (7.0, True)


def test_centred_titles_with_no_blank_lines_head_their_articles() -> None:
    # each title, set in by a paragraph indent's width of spaces, right under a finished sentence
    page = text_of(["    湿地迎来越冬候鸟"], WETLAND, ["    园区引来装备制造企业"], PARK,
                   ["    青溪秋蚕喜获丰收"], SILK)
    arts = parse_structure(page).articles
    assert [a.headline for a in arts] == ["湿地迎来越冬候鸟", "园区引来装备制造企业", "青溪秋蚕喜获丰收"]
    assert [len(a.paragraphs) for a in arts] == [2, 2, 2]
