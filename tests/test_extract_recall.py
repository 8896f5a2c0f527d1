"""Recall of names and titles: foreign, Tibetan and appointed names, posts abroad (invented text)."""

from __future__ import annotations

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def test_transliterated_name_after_a_post_of_no_country() -> None:
    # 国际…联合会主席|维拉斯科蒂: the post names no country, the run is all transliteration characters
    got = people("国际山地救援联合会主席维拉斯科蒂和省委书记吴志军先后致辞。")
    assert got["维拉斯科蒂"] == ["国际山地救援联合会主席"]
    assert got["吴志军"] == ["省委书记"]


def test_short_transliterated_name_needs_a_country_in_the_article() -> None:
    assert people("在挪威举行的论坛上，世界渔业协会会长帕维德表示，愿加强合作。")["帕维德"] == ["世界渔业协会会长"]
    assert people("论坛上，世界渔业协会会长帕维德表示，愿加强合作。") == {}


def test_no_transliterated_name_from_a_chinese_word() -> None:
    assert people("国际山地救援联合会主席团成员参观了展览。") == {}


def test_country_opens_a_post_whose_body_is_unknown() -> None:
    got = people("会见了冈比亚内政部长塞拉马、秘鲁海岸警备队总参谋长奥尔蒂诺。")
    assert got == {"塞拉马": ["冈比亚内政部长"], "奥尔蒂诺": ["秘鲁海岸警备队总参谋长"]}


def test_posts_of_parliaments_and_international_bodies() -> None:
    got = people("会见了巴拉圭国民议会副议长奥尔蒂诺、国际果蔬组织总干事陈立群。")
    assert got["奥尔蒂诺"] == ["巴拉圭国民议会副议长"]
    assert got["陈立群"][0].endswith("总干事")


def test_no_country_across_a_company_or_a_clause() -> None:
    assert people("挪威海洋集团总经理刘云峰说，前景很好。")["刘云峰"] == ["总经理"]


def test_country_right_before_an_embassy_post() -> None:
    got = people("即将离任的古巴驻华大使罗德里格斯出席。")
    assert got == {"罗德里格斯": ["古巴驻华大使"]}


def test_a_consulate_is_no_post() -> None:
    assert people("遇袭的美国驻里昂领事馆旧址已修缮。") == {}


def test_a_military_rank_after_a_name_behind_a_department() -> None:
    # 空军装备部|刘海林|上校介绍: the rank is no title, the name is a person
    assert people("空军装备部刘海林上校介绍，展区很大。") == {"刘海林": []}
    assert people("陆军少将出席。") == {}


def test_a_role_word_after_a_troupe() -> None:
    # 歌舞团|演员苏明远: a troupe may stand before a role word like a team (队)
    assert people("歌舞团演员苏明远兴奋地挥手。") == {"苏明远": []}


def test_dateline_credit_below_highlight_lines() -> None:
    text = "草原牧民增收\n本报兰州10月9日电 （记者严小娟、方卓）初冬时节，草原辽阔。"
    assert people(text) == {"严小娟": [], "方卓": []}


def test_a_full_name_before_comrade() -> None:
    # 以习近平同志为核心 is a person without a title (guideline); 南丰的同志 names nobody
    assert people("各乡镇在以周振国同志为核心的班子领导下工作。") == {"周振国": []}
    assert people("南丰的同志告诉我。") == {}


def test_a_long_transliterated_tail_after_the_dot() -> None:
    # 秘书长|祖拉布·波洛利卡什维利等: a tail longer than four characters, all transliteration
    got = people("国际山地救援联合会秘书长阿尔贝托·卡斯泰利萨尼等出席开幕式。")
    assert got == {"阿尔贝托·卡斯泰利萨尼": ["国际山地救援联合会秘书长"]}


def test_a_union_opens_a_post_of_its_agency() -> None:
    assert people("联合国海洋渔业组织总干事李明远表示，愿加强合作。")["李明远"] == ["联合国海洋渔业组织总干事"]


def test_a_country_before_a_role_word() -> None:
    # 意大利|演员X: a nationality may stand before a role word like a village does
    assert people("颁奖礼上，意大利演员马里奥·罗西，向观众致意。") == {"马里奥·罗西": []}


def test_a_spouse_named_after_the_leader() -> None:
    assert people("国家主席张大为和夫人林秋月还将举行欢迎宴会。")["林秋月"] == []


def test_tibetan_names_without_a_surname() -> None:
    # 副局长|仁增多杰说 / 管护员|扎西说: one or two parts of a Tibetan name, no surname
    assert people("县农牧局副局长格桑多杰说：“草场好了。”") == {"格桑多杰": ["县农牧局副局长"]}
    assert people("草场管护员扎西说，林子密了。") == {"扎西": []}


def test_appointed_and_removed_officials() -> None:
    got = people("会议决定：免去赵立春的市水务局局长职务；任命钱文斌为市水务局局长。")
    assert got == {"赵立春": [], "钱文斌": []}


def test_a_time_adverb_ends_the_name() -> None:
    # 日前 like 近日: 省委书记林国栋|日前在…
    assert people("省委书记林国栋日前在全会上强调，要抓好落实。") == {"林国栋": ["省委书记"]}


def test_an_unlisted_place_before_its_level() -> None:
    # 南戈壁省|省长: a province abroad no list knows keeps its name in the title
    assert people("会见了南戈壁省省长巴雅尔。") == {"巴雅尔": ["南戈壁省省长"]}
