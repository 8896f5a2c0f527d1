"""A second dateline set straight under a paragraph, with no title over it: the desk adding a short
unsigned report to its signed one under one headline (离京… / 抵达…) goes on in that article; a
signed report, or one from another agency or day, is another article, even untitled."""

from __future__ import annotations

import banmian
from tests.pages import indented, page

ARRIVAL = ("本报临川10月8日电  （记者周明远）省长孙立平8日乘专机抵达临川，出席第三届"
           "江岸城市合作论坛。当地群众在道路两旁挥舞彩旗，欢迎客人到来。")
ARRIVAL_2 = "随同抵达的还有省政府有关部门负责人。"
SECOND_REPORT = "省长孙立平8日乘专机离开江州，前往临川出席第三届江岸城市合作论坛。"
SECOND_REPORT_2 = "陪同出访的有省政府秘书长高云峰等。"
HEADLINE = ["赴临川出席第三届江岸城市合作论坛", "孙立平抵达临川", ""]


def articles(text: str) -> list[tuple[str | None, str]]:
    """Each article's headline and the first eight characters of its text."""
    return [(a.headline, a.paragraphs[0][:8]) for a in banmian.parse(text).articles]


def report(dateline: str) -> list[str]:
    """A page: the headline, the first report, then a second one opened by `dateline` (the
    reporters' credit included)."""
    return [*indented(ARRIVAL, 18), *indented(ARRIVAL_2, 18),
            *indented(dateline + SECOND_REPORT, 18), *indented(SECOND_REPORT_2, 18)]


def test_an_unsigned_second_report_of_the_same_desk_and_day_goes_on_under_the_headline() -> None:
    """本报临川10月8日电（记者…） … 本报江州10月8日电: another place, the same paper and day, no
    other reporter: the second part of the report the headline announces."""
    text = page(HEADLINE, report("本报江州10月8日电  "))
    assert articles(text) == [("孙立平抵达临川", "省长孙立平8日乘")]


def test_a_second_signed_report_opens_another_article() -> None:
    """A second dateline of the same paper and day naming a reporter, even the same one: a signed
    report of its own, another article set untitled under the first."""
    text = page(HEADLINE, report("本报临川10月8日电  （记者周明远）"))
    assert [len(a.paragraphs) for a in banmian.parse(text).articles] == [2, 2]


def test_another_reporters_report_opens_another_article() -> None:
    """The same paper and day but another reporter: another story, set untitled under the first."""
    text = page(HEADLINE, report("本报江州10月8日电  （记者林秀云）"))
    assert [len(a.paragraphs) for a in banmian.parse(text).articles] == [2, 2]


def test_another_agencys_report_opens_another_article() -> None:
    """A news agency's dispatch under a paper's own report of the same day is another article."""
    text = page(HEADLINE, report("新华社江州10月8日电  "))
    assert [len(a.paragraphs) for a in banmian.parse(text).articles] == [2, 2]


def test_another_days_report_opens_another_article() -> None:
    """The same paper's report filed another day is another article."""
    text = page(HEADLINE, report("本报江州10月7日电  "))
    assert [len(a.paragraphs) for a in banmian.parse(text).articles] == [2, 2]
