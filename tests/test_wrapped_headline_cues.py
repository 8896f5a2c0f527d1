"""Headlines set over two lines at a word boundary, joined back by cues that hold in any paper."""

from banmian import parse

TAIL = """
青溪县启动全域垃圾分类

    本报讯  （记者吴清源）青溪县日前启动全域垃圾分类工作，全县十二个乡镇的二百余个村庄将在年底前建成分类收集点。
"""


def _first(head: str, lead: str) -> tuple[str | None, str | None, str | None]:
    art = parse(f"{head}\n\n    {lead}\n{TAIL}").articles[0]
    return art.kicker, art.headline, art.subheadline


def test_a_headline_whose_lead_repeats_the_two_words_across_the_break_is_one_line() -> None:
    """Broken between 乡村 and 书屋, which the word list does not join; the lead writes 乡村书屋 in one
    run going on into 本 (not the three characters on each side): one headline, not a kicker over a headline."""
    head = "青溪县今年新建十二座乡村\n书屋本月全部向村民开放"
    lead = ("本报讯  （记者林晓岚）青溪县今年投入专项资金，在偏远山村建起十二座书屋，每座藏书三千册。"
            "全县新建的乡村书屋本月起全部开放，村民可免费借阅。")
    assert _first(head, lead) == (None, "青溪县今年新建十二座乡村书屋本月全部向村民开放", None)


def test_a_one_character_phrase_after_a_space_is_cut_off_its_phrase() -> None:
    """The phrases of a slogan headline parted by spaces are never one character long: `品` is the
    start of the phrase the next line finishes."""
    head = "青溪县第五届茶文化节开幕 品\n千年茶韵  赏万亩茶园"
    lead = ("本报讯  （记者林晓岚）青溪县第五届茶文化节昨天在云雾山茶场开幕，"
            "来自各地的游客走进茶园，采茶、制茶、品茶，感受山乡变化。")
    assert _first(head, lead) == (None, "青溪县第五届茶文化节开幕 品千年茶韵 赏万亩茶园", None)


def test_two_halves_under_a_kicker_closing_on_a_verb_of_saying_are_one_headline() -> None:
    """Three lines of near-equal length: the first closes on 强调, so it ends the kicker, and the two
    under it are what was said, one headline set over two lines."""
    head = "青溪县县长李文博调研时强调\n扎实推进山区茶叶产业提质增效\n带动更多茶农走上增收致富之路"
    lead = ("本报讯  （记者吴清源）青溪县县长李文博日前到云雾山茶场调研。他指出，"
            "茶叶是山区群众增收的主要来源，要在品种改良、加工升级和品牌打造上下功夫。")
    assert _first(head, lead) == (
        "青溪县县长李文博调研时强调", "扎实推进山区茶叶产业提质增效带动更多茶农走上增收致富之路", None)
