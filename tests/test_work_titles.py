"""One-article features cut at their in-body titles: a work's name alone (page._work_title)."""

import banmian

ESSAY = "\n".join([
    "　　银幕上的青溪（青溪电影七十年）", "",
    "　　七十年来，青溪的山水一次次走进",
    "银幕，也把小城的故事带给了全国观众。",
    "", "　　这些影片让更多人认识了青溪。", "",
])


def test_a_work_title_over_a_wider_column_stays_in_the_feature():
    """The column widens under a title that is only a film's name and year: a new article's
    headline would say more than the work's name, so the entry is a section of the feature."""
    page = banmian.parse(ESSAY + "\n".join([
        "《渡口春深》·1958年", "",
        "　　影片讲述老船工和渡口的故事，外景全部",
        "在青溪河畔拍摄，许多村民担任了群众演员。",
        "", "　　上映后，渡口一度成为游人必到之处。",
    ]))
    assert [a.headline for a in page.articles] == ["银幕上的青溪（青溪电影七十年）"]
    assert "《渡口春深》·1958年" in page.articles[0].paragraphs


def test_a_report_on_a_work_keeps_its_headline():
    """A headline that says what befell a work (《…》出版) is a report's, not an entry's title."""
    page = banmian.parse(ESSAY + "\n".join([
        "　　《青溪风物志》出版", "",
        "　　本报青溪10月8日电  （记者林晚舟）由青溪县地方志办公室编纂的",
        "《青溪风物志》近日出版，全书收录风物条目一千余条。",
    ]))
    assert [a.headline for a in page.articles][-1] == "《青溪风物志》出版"


def test_a_work_title_under_a_kicker_heads_a_report():
    """A kicker that says what befell the work (…联合发布) makes the work's name a headline."""
    page = banmian.parse(ESSAY + "\n".join([
        "　　青溪县文联与青溪日报联合发布",
        "　　《2019青溪乡村阅读报告》", "",
        "　　近年来，青溪县农家书屋的借阅量逐年上升，为了解乡村读者的阅读",
        "习惯，县文联开展了问卷调查，共收回有效问卷三千余份。",
    ]))
    assert [a.headline for a in page.articles][-1] == "《2019青溪乡村阅读报告》"
