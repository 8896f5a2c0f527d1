"""Headline blocks whose display lines are broken in two where their box ended (flow:
_bracket_wrapped_tags, _wrapped_kickers)."""

from __future__ import annotations

from banmian.layout.flow import classify, learn_columns, mark_standalone, page_indents
from banmian.pipeline import parse_structure, to_lines
from banmian.settings import default_settings
from tests.pages import page, wrap

TOP = ["青溪湿地候鸟数量明显增多", ""]
FIRST = wrap("本报讯（记者 林一帆）入冬以来，青溪湿地保护区陆续迎来越冬候鸟，数量比去年同期明显增多。", 10)
BODY = wrap("本报讯（记者 周安）青溪县今年新建标准化厂房十二万平方米，引进装备制造企业八家，带动就业三千余人。", 10)
PLAIN = wrap("青溪县今年新建标准化厂房十二万平方米，引进装备制造企业八家，带动就业三千余人。", 10)
DATED = wrap("本报青溪12月3日电  （记者周安）青溪县今年新建标准化厂房十二万平方米，带动就业三千余人。", 10)


def standalone(text: str) -> dict[str, bool]:
    """Whether each line of the page stands apart from the column flow."""
    s = default_settings()
    flow = classify(to_lines(text), set(), s)
    learn_columns(flow, s)
    mark_standalone(flow, s, page_indents(flow, s), True)
    return {fl.text: fl.standalone for fl in flow if fl.text}


def test_a_title_broken_inside_its_column_tag_stands_apart_under_its_kicker() -> None:
    """`…新底气（` / `乡村振兴·一线见闻）`: the bracket closes a column tag at the line's end, a
    title's; the two lines closed by a dash above it are its kicker."""
    head = ["", "记者走访青溪多个乡镇，", "倾听种粮大户心声——", "稳产增收有了新底气（", "乡村振兴·一线见闻）"]
    arts = parse_structure(page(TOP, FIRST, head, PLAIN)).articles
    assert len(arts) == 2
    assert arts[1].kicker == "记者走访青溪多个乡镇，倾听种粮大户心声——"
    assert arts[1].headline == "稳产增收有了新底气（乡村振兴·一线见闻）"
    assert arts[1].paragraphs == ["".join(PLAIN)]


def test_a_two_line_kicker_with_no_dash_over_a_broken_tagged_title_stands_apart() -> None:
    """Two lines ending no sentence right over a title broken inside its column tag: its kicker."""
    head = ["", "守护一湖清水，青溪县探索", "湿地保护与发展双赢新路子",
            "候鸟归来 湖光更美（生态", "文明·绿色发展新画卷）"]
    arts = parse_structure(page(TOP, FIRST, head, BODY)).articles
    assert len(arts) == 2
    assert arts[1].kicker == "守护一湖清水，青溪县探索湿地保护与发展双赢新路子"
    assert arts[1].paragraphs[0].startswith("青溪县今年")


def test_a_kicker_broken_right_under_finished_text_stands_above_its_headline() -> None:
    """No blank line over `…推动农` / `民工稳岗就业增收——`: a title with no clause mark set off
    below still shows the two lines are a kicker."""
    head = ["青溪县多措并举推动农", "民工稳岗就业增收——", "家门口就业日子更红火", ""]
    arts = parse_structure(page(TOP, FIRST, head, BODY)).articles
    assert len(arts) == 2
    assert arts[1].kicker == "青溪县多措并举推动农民工稳岗就业增收——"
    assert arts[1].headline == "家门口就业日子更红火"
