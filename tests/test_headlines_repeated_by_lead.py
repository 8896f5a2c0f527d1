"""A headline set over two lines is joined back where the article's lead repeats it across the break."""

from banmian import parse
from banmian.layout.roles import assign_roles

PAGE = """青溪县百余名返乡青年创办
家庭农场带动山村致富

    本报讯  （记者林晓岚）春耕时节，青溪县百余名返乡青年创办家庭农场带动山村致富的消息传遍了山乡。\
三年来，这些年轻人流转荒地一千二百亩，种下高山茶和猕猴桃，吸纳周边农户三百多人务工。
    “以前村里只剩老人，现在年轻人回来了，村子也热闹了。”山背村村民周大妈说。\
县农业农村局负责人介绍，全县将继续为返乡青年提供贷款贴息和技术培训。

青溪县启动全域垃圾分类

    本报讯  （记者吴清源）青溪县日前启动全域垃圾分类工作，全县十二个乡镇的二百余个村庄将在年底前建成分类收集点。
"""


def test_a_headline_broken_between_two_words_is_one_line_when_the_lead_repeats_it() -> None:
    """The break falls between two words (创办 / 家庭农场), so nothing in the lines joins them, but the
    lead writes 创办家庭农场 in one run: one headline, not a kicker over a headline."""
    first = parse(PAGE).articles[0]
    expected = (None, "青溪县百余名返乡青年创办家庭农场带动山村致富", None)
    assert (first.kicker, first.headline, first.subheadline) == expected


def test_a_kicker_and_headline_the_body_does_not_run_together_stay_apart() -> None:
    """The lead names the actor and the deed in other words: two roles."""
    body = "青溪县人民政府办公室日前印发通知，要求各乡镇在十月底前全面完成山塘水库安全检查。"
    assert assign_roles(["青溪县人民政府办公室印发通知", "十月底前完成山塘水库安全检查"], body)[0] == (
        "青溪县人民政府办公室印发通知"
    )


def test_a_short_last_line_is_no_half_of_a_broken_title() -> None:
    """A long descriptive kicker over a short headline the lead runs on from: a balanced break only."""
    kicker = "青溪县的老茶师、非遗传承人、县茶叶协会首任会长"
    body = f"{kicker}李木森同志因病逝世，享年八十九岁。"
    assert assign_roles([kicker, "李木森同志逝世"], body) == (kicker, "李木森同志逝世", None)
