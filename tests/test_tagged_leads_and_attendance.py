"""Headline blocks closed by a column tag, and a leader's attendance under a report's title."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

# An earlier article's body, ending a sentence (its column is 14 cells).
BODY_BEFORE = wrap(
    "青溪县近日组织志愿者清理河道垃圾，两岸群众纷纷参与，河水重新变得清澈起来，"
    "不少市民专程赶来散步拍照。", 14)


def test_a_lead_wrapped_in_the_column_under_a_tagged_title_is_text():
    """A commentary's title closes on its column tag; the lines under it fill the column and
    run on to a short last line, with no clause mark in the first: the commentary's lead set
    in the column, not a subheadline (display type is set to its own width)."""
    comment = [
        "少些浮躁，多些实干（青溪笔谈）",
        "把基层群众的急难愁盼放在心",
        "上，才能交出满意答卷",
        "",
        *wrap("眼下正是秋收时节，记者走访多个乡镇发现，干部们忙着帮农户联系收购商，"
              "解决运输难题，田间地头处处可见他们的身影。", 14),
    ]
    articles = parse_structure(page(BODY_BEFORE, [""], comment)).articles
    art = next(a for a in articles if a.headline and "实干" in a.headline)
    assert (art.kicker, art.headline, art.subheadline) == (None, "少些浮躁，多些实干（青溪笔谈）", None)
    assert art.paragraphs[0] == "把基层群众的急难愁盼放在心上，才能交出满意答卷"


def test_a_short_line_naming_who_attended_is_the_subheadline():
    """A report's title filling its column over a short line `某某出席`: a clause of its own
    (the leader who attended), the subheadline, not the tail of a title wrapped at the column."""
    report = [
        "青溪县乡村振兴工作推进会召开",
        "周明出席",
        "",
        *wrap("本报讯（记者 林一帆）10月9日，青溪县召开乡村振兴工作推进会，总结前三季度工作，"
              "部署下一阶段任务。", 14),
    ]
    articles = parse_structure(page(BODY_BEFORE, [""], report)).articles
    art = next(a for a in articles if a.headline and "推进会" in a.headline)
    assert (art.headline, art.subheadline) == ("青溪县乡村振兴工作推进会召开", "周明出席")
