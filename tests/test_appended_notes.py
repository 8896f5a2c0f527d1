"""Labelled matter appended to a report (■记者手记, ■编后) stays in the report, on invented pages."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

STORY = wrap("青溪县石塘村的老农周万年在荒坡上种了三十年茶树，如今茶园连片，"
             "村里的年轻人也陆续回乡做起了茶叶生意。周万年说，只要肯下力气，荒坡也能长出好日子。", 12)
NOTE = wrap("在石塘村采访的几天里，记者常在清晨看到老人上山的背影。一片茶园，连着一家人的生计，"
            "也连着一个村子的未来。", 12)
AFTERWORD = wrap("一笔专项补助在账外停留了两年，说明资金监管还有漏洞。管好用好每一分惠民资金，"
                 "需要有关部门把监督落到实处。", 24)
LETTER = wrap("编辑同志：我是青溪县桥头乡的一名乡村医生，去年申领的一笔服务补助款至今没有到账，"
              "多次询问也没有结果，希望有关部门帮忙查一查。", 24)


def test_a_reporters_note_glued_under_a_report_stays_in_it():
    """`■记者手记` reads as a byline's form (■记者 + a name) when the note's title under it is
    joined on; a label is never the first half of a wrapped dateline, so the note stays in the
    report instead of opening an article of its own."""
    lines = ["荒坡种出致富茶", *STORY, "■记者手记", "一片茶园的分量", *NOTE]
    arts = parse_structure(page(lines)).articles
    assert len(arts) == 1
    assert arts[0].headline == "荒坡种出致富茶"


def test_an_editors_afterword_stays_in_the_letter_it_follows():
    """`■编后` comments on the item above it: it heads matter added to that item, not a new one."""
    lines = ["这笔补助款去了哪里（来信调查）", "", *LETTER, "", "■编后", "", "把惠民资金管紧用好", "", *AFTERWORD]
    arts = parse_structure(page(lines)).articles
    assert len(arts) == 1
    assert arts[0].headline == "这笔补助款去了哪里（来信调查）"
