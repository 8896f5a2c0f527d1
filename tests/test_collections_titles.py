"""Headline blocks of collections, two-line titles, wrapped credits and split title halves (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

LETTER_ONE = [
    "小区门口新开了一家便民菜站，蔬菜",
    "新鲜，价格公道，老人们买菜再也不",
    "用跑远路了。希望这样的菜站多开几",
    "家，方便更多居民。",
]
LETTER_TWO = [
    "青溪县城的几条主干道最近加装了路",
    "灯，夜里散步的人多了起来，大家都",
    "说走夜路心里踏实了。",
]


def test_a_collections_first_title_under_its_label_opens_the_text() -> None:
    """A readers' column sets every letter alike: its title, its text, its writer. The line
    under the column's label is the first letter's title, as the later letters show, and no
    subheadline."""
    text = page(
        ["读者来信", "菜站开到家门口", ""],
        LETTER_ONE,
        ["", "青溪县 林小禾", "", "路灯照亮回家路", ""],
        LETTER_TWO,
        ["", "白云镇 周安宁"],
    )
    art = parse_structure(text).articles[0]
    assert (art.kicker, art.headline, art.subheadline) == (None, "读者来信", None)
    assert art.paragraphs[0] == "菜站开到家门口"
    assert "路灯照亮回家路" in art.paragraphs


def test_a_reporters_credit_under_each_section_title_takes_the_first_one_too() -> None:
    """Sections signed by their reporters (本报记者 X under each title): the line right over the
    first credit is that section's title, set under the page's headline."""
    text = page(
        ["乡村新图景", "茶园变景区", "本报记者  林小禾"],
        LETTER_ONE,
        ["", "果园搭上电商快车", "本报记者  周安宁"],
        LETTER_TWO,
    )
    art = parse_structure(text).articles[0]
    assert (art.kicker, art.headline, art.subheadline) == (None, "乡村新图景", None)
    assert art.paragraphs[:2] == ["茶园变景区", "本报记者林小禾"]


PREV = [
    "本报讯（记者 周安）3月2日，",
    "副县长赵海峰到开发区调研企",
    "业生产情况，详细了解企业订",
    "单、用工和项目进度。",
]
BODY = [
    "青溪县白云村的茶园里人头攒",
    "动，来自各地的游客背起竹篓",
    "跟着茶农学习采茶的手法。村",
    "党支部书记王建明介绍，今年",
    "全村茶叶产量预计增长两成。",
]


def test_an_unmarked_line_under_a_title_line_and_over_a_blank_is_its_second_line() -> None:
    """A line with no clause mark right under a title line and over a blank line is the title's
    second line, even where it is as wide as the column of the text under the blank."""
    text = page(PREV, ["", "青溪茶乡千名游客走进白云村体验采摘新茶", "白云村乡村旅游带火了农家院", ""], BODY)
    heads = [(a.kicker, a.headline, a.subheadline) for a in parse_structure(text).articles]
    assert heads[1] in (("青溪茶乡千名游客走进白云村体验采摘新茶", "白云村乡村旅游带火了农家院", None),
                        (None, "青溪茶乡千名游客走进白云村体验采摘新茶", "白云村乡村旅游带火了农家院"))
    assert parse_structure(text).articles[1].paragraphs[0].startswith("青溪县白云村")


def test_a_credits_wrapped_tail_goes_back_to_the_credit_not_into_the_title_under_it() -> None:
    """A credit wrapped at the column edge (数据来源：…调查 / 队) with a title right under its
    short tail: the tail finishes the credit and the title block starts below it."""
    text = page(
        [
            "白云村今年茶叶产量预计增长两成，",
            "乡村旅游带动了农家乐生意，村民",
            "人均收入比去年提高了一千多元。",
            "数据来源：青溪县统计局农业调查",
            "队",
            "茶香里的好日子",
            "",
        ],
        BODY,
    )
    arts = parse_structure(text).articles
    assert arts[0].paragraphs[-1] == "数据来源：青溪县统计局农业调查队"
    assert [(a.kicker, a.headline) for a in arts].count((None, "茶香里的好日子")) == 1


def test_a_label_stacked_over_the_first_contributions_title_heads_the_collection() -> None:
    """A column label over a blank line and the first letter's title, each set apart: the later
    letters open alike (title, writer, text), so the label heads the column and the title under
    it is its first letter's, even though the text repeats none of the label's words."""
    text = page(
        ["读者来信", "", "菜站开到家门口", "", "青溪县 林小禾", ""],
        LETTER_ONE,
        ["", "路灯照亮回家路", "", "白云镇 周安宁", ""],
        LETTER_TWO,
    )
    art = parse_structure(text).articles[0]
    assert (art.kicker, art.headline, art.subheadline) == (None, "读者来信", None)
    assert art.paragraphs[:2] == ["菜站开到家门口", "青溪县林小禾"]


def test_a_wide_last_line_set_off_under_a_notice_heads_it() -> None:
    """The page's last line, wider than the column, set off by a blank line and ending no
    sentence, heads the text above it (a notice closing on its issuer and date, no full stop):
    no text runs on into it."""
    text = page(
        [
            "报名时间为3月5日至3月12日，报名",
            "者须携带身份证原件及复印件到县",
            "文化馆报名。　　青溪县文化和旅游局、",
            "青溪县景区管理中心　　2019年3月2日",
            "",
            "青溪县文化和旅游局关于公开招聘景区讲解员的公告",
        ]
    )
    art = parse_structure(text).articles[0]
    assert art.headline == "青溪县文化和旅游局关于公开招聘景区讲解员的公告"
    assert all("公开招聘" not in p for p in art.paragraphs)


def test_two_spaced_halves_after_a_colon_subject_are_a_title() -> None:
    """A title naming its subject before a colon, then two halves set apart by a space
    (青溪：茶园变景区  茶农笑开颜), is a display title over the text, even set right on it as
    wide as its column."""
    text = page(["青溪：茶园变景区  茶农笑开颜"], BODY)
    art = parse_structure(text).articles[0]
    assert art.headline == "青溪：茶园变景区 茶农笑开颜"
    assert art.paragraphs[0].startswith("青溪县白云村")
