"""Lines around a title block that belong to a neighbour: a text's first lines, a signature, a
wrapped credit (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page

PREV = [
    "“其实好多人都问过我，",
    "我一点也不后悔。”林晓",
    "峰说，“那时候很紧急，",
    "没工夫想那么多！回头",
    "再想想，没拦住车，才",
    "会后悔！”",
]


def heads(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.kicker, a.headline, a.subheadline) for a in parse_structure(text).articles]


def test_a_line_ending_one_sentence_and_starting_another_runs_on_under_a_title() -> None:
    """Under a title line, a prose line over a line that ends one sentence and opens the next
    (`…集训开始。在为`) is the text's first line, not a subheadline, though the line below
    carries no comma: a title never ends a sentence and starts another."""
    text = page(["跳车救人的铁路职工", "", *PREV], ["雪原集训",
                       "连日来，青溪支队驻北坡营区的第四",
                       "季度“雪狼周”野外集训开始。在为",
                       "",
                       "期5天4夜的“雪狼周”野外集训中，全体队员每天都要训",
                       "练长达十六个小时，人均负重二十五公斤，要完成雪地",
                       "行军、野外宿营、冰面救援等九个课目的全部训练内容，", "考核成绩全部达到优良。"])
    art = parse_structure(text).articles[-1]
    assert (art.kicker, art.headline, art.subheadline) == (None, "雪原集训", None)
    assert art.paragraphs[0].startswith("连日来，青溪支队")


def test_a_signature_over_a_title_signs_the_text_above() -> None:
    """A reader's signature (place and name) set right over the next title, with no blank line
    between them, closes the letter above: it is no kicker of the title."""
    letter = ["近来，不少家长反映，学校",
              "门口的小摊售卖来路不明",
              "的零食，希望有关部门加强",
              "监管，守护孩子们的健康。",
              "",
              "青溪县  林晓峰",
              "小区停车难题待破解（身边事）",
              "",
              "青溪县白云小区建成已有二十",
              "年，车位只有两百个，居民的",
              "车却有六百多辆，晚上只能停",
              "在路边，出行很不方便。"]
    text = page(["不要让校门口零食伤害孩子", "", *letter])
    assert (None, "小区停车难题待破解（身边事）", None) in heads(text)
    first = parse_structure(text).articles[0]
    assert first.paragraphs[-1].replace(" ", "") == "青溪县林晓峰"


def test_a_photo_credit_wrapped_in_a_narrow_column_is_no_title() -> None:
    """`…摄影报` / `道` is one photo credit broken by a narrow column: it closes the photo story
    above as one paragraph and heads nothing, on a page that sets its headlines after bodies."""
    text = page(["本报青溪10月8日电  （记者周安）8日，", "青溪县召开秋粮收购工作会议，部署",
                 "今年秋粮收购各项工作。", "青溪部署秋粮收购工作", "",
                 "金秋稻香", "10月7日，在青溪县白云村的", "稻田里，村民们驾驶收割机抢", "收晚稻，一派丰收景象。",
                 "", "林  一  陈晓帆摄影报", "道", "",
                 "本报青溪10月9日电  （记者周安）9日，", "青溪县白云村举办茶园新品发布会，十余家",
                 "企业签订采购协议。", "茶园新品发布会举行"])
    arts = parse_structure(text).articles
    assert not any("摄影报" in (t or "") for a in arts for t in (a.kicker, a.headline, a.subheadline))
    photo = next(a for a in arts if any("丰收景象" in p for p in a.paragraphs))
    assert photo.paragraphs[-1] == "林一陈晓帆摄影报道"
    assert arts[-1].headline == "茶园新品发布会举行"


def test_highlight_lines_under_text_are_no_signature_over_a_title() -> None:
    # a block of two ● highlight lines under a paragraph has no title line for a signature to sign
    text = page(
        [
            "本报讯（记者 林一帆）3月5日，青溪县",
            "举办首届生态农业博览会，吸引了各地",
            "客商前来洽谈合作。",
            "",
            "● 青溪县生态农业博览会开幕   ● 青溪茶叶推介会",
            "● 青溪优质果蔬产销对接会   ● 乡村振兴论坛",
            "",
            "博览会期间，参展企业签约项目32个。",
        ]
    )
    assert parse_structure(text).articles
