"""Sections of a feature signed by their reporters, and section titles whose subtitles wrap (invented pages)."""

from __future__ import annotations

from banmian.layout.flow import FlowLine, Kind, Para
from banmian.layout.page import _credit_in_text
from banmian.model import Line
from banmian.pipeline import parse_structure
from tests.pages import page, wrap

HEAD = ["青溪的乡村带头人（基层一线）", ""]
NOTE = wrap("编者按：乡村振兴，关键在人。本版聚焦两位带头人，倾听他们扎根乡村的故事。", 14)
ROAD = wrap("头一回进村，林家老屋前围了不少人。大家听说新来的书记要修路，都想来看个究竟。", 14)
TEA = wrap("白石村的茶园在山坡上，一到采茶季节，村里的年轻人都回来帮忙。周书记说，茶园是全村的希望。", 14)


def _heads(text: str) -> list[tuple[str | None, int]]:
    return [(a.headline, len(a.paragraphs)) for a in parse_structure(text).articles]


def test_a_reporters_credit_under_a_section_title_read_as_text_opens_no_article() -> None:
    """A section's title with a comma and a question mark comes out as a paragraph; the reporter's
    credit alone under it (本报记者 X) signs the section: no title block stands between them, and
    an article opens under its title (or on a dateline), so the feature runs on."""
    text = page(HEAD, NOTE, [""],
                ["青溪县白云村第一书记林", "小禾", "", "路修通了，日子就好了", "", "本报记者  陈一鸣", ""], ROAD, [""],
                ["青溪县白石村党支部书记周", "安宁", "", "茶园不兴，我这书记咋当？", "", "本报记者  陈一鸣", ""], TEA)
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "青溪的乡村带头人（基层一线）"
    assert "茶园不兴，我这书记咋当？" in arts[0].paragraphs
    assert arts[0].paragraphs[-1].startswith("白石村的茶园")


def test_a_reporters_credit_wrapped_in_a_narrow_column_still_signs_its_section() -> None:
    """Two reporters' names wrap the credit onto a second line (本报记者  陈一鸣  王 / 晓云): still a
    credit alone, which under a section title signs the section, not a new article."""
    text = page(HEAD, NOTE, [""], ["路修通了，日子就好了", "", "本报记者  陈一鸣", ""], ROAD, [""],
                ["茶园里的好日子", "", "本报记者  陈一鸣  王", "晓云", ""], TEA)
    assert _heads(text) == [("青溪的乡村带头人（基层一线）", 7)]


def test_a_section_title_with_a_subtitle_wrapped_over_two_lines_stays_in_the_feature() -> None:
    """A section title over a subtitle (——…) that wraps onto a second full line and a third: four
    lines, but two titles, which the column the text runs in on both sides keeps inside the feature."""
    body = [wrap(t, 10) for t in (
        "十年前的青溪，山路崎岖，村民出行要走半天。如今，一条条公路通到家门口，山里的茶叶和竹笋坐上货车进了城。",
        "十月的白云村，茶园层层叠叠。村民林小禾正忙着给游客泡茶，她家的民宿已经订满到年底。",
        "在白石村，年轻人回来了。返乡青年周安宁办起了竹编工坊，带着三十多户村民一起增收。")]
    text = page(["山乡巨变看青溪", "——写在青溪县撤县设区十周年之际", ""], body[0], [""],
                ["茶 园 新 景", "——客人多了，茶", "叶也卖上了好价钱", ""], body[1], [""],
                ["竹 乡 新 人", "——年轻人回来了，山", "村里有了新的活力和希", "望和新的盼头", ""], body[2])
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].subheadline == "——写在青溪县撤县设区十周年之际"
    assert arts[0].paragraphs[-1].startswith("在白石村")




def _one_line(no: int, text: str, byline: bool = False) -> Para:
    return Para([FlowLine(Line(no, text, float(len(text))), Kind.BYLINE if byline else Kind.TEXT, key=text)],
                byline=byline)


def test_a_credit_under_a_tag_closed_line_read_as_text_still_opens_an_article() -> None:
    """A headline set after its body, closing on its series' tag, may come out as a paragraph; a
    reporter's credit under it is that headline's, not a section's signature: a tagged line is an
    article's title, never a section's (no blank lines between paragraphs on such pages)."""
    credit = _one_line(2, "本报记者 陈一鸣", byline=True)
    assert not _credit_in_text(credit, _one_line(1, "第一座钢结构大桥（青溪的“第一”）"))
    assert _credit_in_text(credit, _one_line(1, "茶园不兴，我这书记咋当？"))
