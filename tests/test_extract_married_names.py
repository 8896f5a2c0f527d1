"""Names recall on other provinces' and papers' local news: invented sentences, one per kept rule."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def test_married_name_in_hong_kong_article() -> None:
    """a Hong Kong married name: the husband's surname before her own, four characters in all"""
    got = people("香港岭东商会会长何梁秀雯5日宣布，商会将资助青年到内地实习。")
    assert got == {"何梁秀雯": ["香港岭东商会会长"]}


def test_married_name_before_speech_verb() -> None:
    got = people("香港艺术学院副院长陈黄慧芝说，学生都很期待。")
    assert got == {"陈黄慧芝": ["香港艺术学院副院长"]}


def test_given_name_opening_on_surname_stays_three_characters() -> None:
    """not a married name: the three characters already end cleanly, or the fourth is a follow word"""
    assert people("香港市民陈林峰表示，交通恢复了。") == {"陈林峰": []}
    assert people("香港市民陈林峰说：“好多了。”") == {"陈林峰": []}


def test_married_name_needs_hong_kong_or_macao() -> None:
    assert "何梁秀雯" not in people("岭东商会会长何梁秀雯5日宣布，商会将资助青年。")


def test_rare_surname_yao() -> None:
    """幺 is a surname (幺 as a word is rare in news prose)"""
    assert people("县剧团团长幺晓燕说，演出还将继续。") == {"幺晓燕": ["县剧团团长"]}


def test_founder_is_a_post() -> None:
    """创办人 is written like 创始人, a post right before the name (the company before it left out)"""
    assert people("合作社创办人孔令衡表示，今年收成不错。") == {"孔令衡": ["创办人"]}


def test_nurse_is_a_role_and_may_follow_gender() -> None:
    """护士 before a name is an occupation (no title); 男 / 女 may stand before a role word"""
    assert people("获得表彰的男护士严子墨，已在乡卫生院工作十年。") == {"严子墨": []}
    assert people("女村民洪秀娟说，路修好了。") == {"洪秀娟": []}


def test_married_name_not_across_next_word() -> None:
    """the four characters run into a follow word (发表): a foreign name and the verb, no married name"""
    got = people("香港各界人士批评美国议员贝斯发表涉港言论。美国议员贝斯发表演讲。")
    assert "贝斯发表" not in got


def test_two_character_name_before_comrade_at_clause_start() -> None:
    """。闵夏同志生前是…: a two-character name before 同志 where a clause starts"""
    got = people("县里追授他优秀党员称号。闵夏同志生前是镇党委委员，一心为民。")
    assert "闵夏" in got


def test_word_before_comrade_is_no_name() -> None:
    """。武警同志…: a common word before 同志 names nobody"""
    assert people("大雨中，武警同志冲在最前面。") == {}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a transliterated name after a prize winner's honour
        ("青岚生物学会会长、卡斯顿医学奖得主马里奥·贝伦斯表示，合作前景广阔。", "马里奥·贝伦斯", ["青岚生物学会会长"]),
        # a Chinese name after 获得者, with the honour in quotes
        ("市文联副主席、“飞燕文学奖”获得者宋明远介绍了创作经历。", "宋明远", ["市文联副主席"]),
    ],
)
def test_post_before_honour_and_holder(text: str, name: str, titles: list[str]) -> None:
    """A post written before an honour and its holder (主席、…奖得主NAME) belongs to that holder."""
    assert people(text).get(name) == titles


def test_honour_without_post_gives_no_title() -> None:
    found = people("大家在会上鼓掌，诺贝尔和平奖得主奥拉夫·林德伯格也来了。")
    assert all(t == [] for t in found.values())
