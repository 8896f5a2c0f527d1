"""An article's text keeps one form of its marks: where it changes, another article begins."""

from __future__ import annotations

import banmian

W = 14  # one column width for the whole page


def _wrap(paragraph: str) -> list[str]:
    return [paragraph[k:k + W] for k in range(0, len(paragraph), W)]


def _page(first: list[str], title: str, second: list[str]) -> str:
    out = ["青禾镇建成山地果蔬冷链中心", ""]
    for p in first:
        out += [*_wrap(p), ""]
    out += [title, ""]
    for p in second:
        out += [*_wrap(p), ""]
    return "\n".join(out) + "\n"


FIRST = [
    "青禾镇地处山区,过去果蔬运不出去,每到丰收季节就发愁。今年镇里新建冷链中心,储量达到三千吨。",
    "冷链中心由村集体和合作社共同经营,果农把采下的鲜果送到中心预冷,再由冷藏车送往周边城市。",
    "镇长罗清远说,冷链中心让果农的收入稳了下来,明年还要再建两座分拣车间,带动更多农户增收。",
]
SECOND = [
    "近日，沧澜市首批社区食堂开门迎客，老人们在家门口就能吃上热乎饭菜，每餐只需几元钱。",
    "社区食堂由街道提供场地，餐饮企业负责运营，菜品每周更换，还为行动不便的老人送餐上门。",
    "家住枫林社区的孟大爷说，以前做一顿饭要忙半天，如今下楼就能吃上可口的饭菜，省心多了。",
]


def test_a_change_of_comma_form_starts_the_next_article() -> None:
    """Two articles set in one column width, both spaced and unindented alike: the title
    between them could be a section title, but the text above uses half-width commas (,) and
    the text below full-width ones (，): two articles, the title heading the second."""
    arts = banmian.parse(_page(FIRST, "社区食堂暖了老人胃", SECOND)).articles
    assert len(arts) == 2
    assert arts[1].headline == "社区食堂暖了老人胃"
    assert arts[1].paragraphs[0].startswith("近日，沧澜市")


def test_one_comma_form_keeps_a_section_title_in_its_article() -> None:
    """The same page with the marks set alike on both sides: the title stays a section title."""
    same = [p.replace("，", ",") for p in SECOND]
    arts = banmian.parse(_page(FIRST, "社区食堂暖了老人胃", same)).articles
    assert len(arts) == 1
