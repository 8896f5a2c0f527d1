"""A bracketed ordinal alone under a title (`（第二号）`): the notice's number in its series, a
subheadline, neither a name closing the text above nor a column tag wrapped off the headline."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

REPORT = ("青溪县今年新建乡村书屋三十六家，覆盖全县所有行政村。县文化馆馆长柏晓川说，"
          "书屋由村民轮流值守，每周开放五天。")
NOTICE = ("云岭职业技术学院建校六十周年庆典定于明年五月举行，学院诚邀海内外校友和社会各界朋友"
          "届时莅临，共叙情谊，同谋发展。")
NOTICE_2 = "联系地址：云岭职业技术学院校友工作办公室。"


def test_a_bracketed_ordinal_under_a_title_is_its_subheadline() -> None:
    """A notice numbered in its series sets the number in brackets on its own line under the
    title: a subheadline, not a bracketed pair of names closing the text above (`（林一帆  陈晓云）`)
    and not a column tag wrapped off the headline (a column's name is words, not an ordinal)."""
    text = page(
        ["乡村书屋开到家门口"], [""], wrap(REPORT, 18), [""],
        ["云岭职业技术学院六十周年庆典公告"], ["（第二号）"], [""], wrap(NOTICE, 22), [""], [NOTICE_2],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.subheadline) for a in arts] == [
        ("乡村书屋开到家门口", None), ("云岭职业技术学院六十周年庆典公告", "（第二号）")]


LETTER = ("青溪县敬老院的老人们：你们好！收到你们寄来的信和照片，得知大家身体健康、生活舒心，"
          "我很高兴。希望你们保重身体，安享晚年。")
LETTER_2 = "祝大家重阳节快乐！"


def test_a_letter_label_under_the_headline_opens_the_text() -> None:
    """A label naming the document printed below (回信, 贺信, 前言) sits glued under the headline
    of a report that prints a letter or a white paper in full: a section label of the text, not
    the headline's subheadline (a subheadline says something; a label only names what follows)."""
    text = page(
        ["林省长回信问候青溪县敬老院老人"], ["回信"], [""], wrap(LETTER, 18), [""], [LETTER_2],
    )
    arts = parse_structure(text).articles
    assert [(a.headline, a.subheadline, a.paragraphs[0]) for a in arts] == [
        ("林省长回信问候青溪县敬老院老人", None, "回信")]
