"""A page's make-up credit in the middle of a feature closes no article (page._makeup_credit)."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FIRST = ("青溪县文化馆今年秋天举办乡村美术作品巡展，一百二十余幅作品走进十个乡镇，画的多是"
         "田间地头的新变化。巡展期间，不少村民带着孩子专程赶来，在画前一站就是半天。")
SECOND = ("我在青溪画了四十年山水，见过旧时的泥路和草房。如今再下乡写生，公路修到了家门口，"
          "村里建起了文化广场，画里的颜色也一年比一年亮。")


def test_a_makeup_credit_mid_feature_closes_no_article():
    """`版式设计：…` credits the page, not the text above it: the section title under it, with no
    byline and the same column, goes on with the feature."""
    text = page(["画笔下的青溪新貌", ""], wrap(FIRST, 20), ["", "版式设计：林一帆", "", "画家寄语", ""],
                wrap(SECOND, 20))
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "画笔下的青溪新貌"
    assert "画家寄语" in arts[0].paragraphs


def test_a_makeup_credit_before_a_bylined_report_still_ends_its_article():
    """A new report signed by its reporter opens under the credit as before."""
    report = "本报讯（记者 周安）3月2日，青溪县第二届农民画展在县文化馆开幕，展出作品八十余幅。"
    text = page(["画笔下的青溪新貌", ""], wrap(FIRST, 20), ["", "版式设计：林一帆", "", "农民画展开幕", ""],
                wrap(report, 20))
    assert len(parse_structure(text).articles) == 2


def test_a_link_box_after_a_closed_report_stays_with_it():
    """A `■链接` label right under an article closed by its credit heads matter added to that
    article (a link box), not a new article."""
    report = ("本报讯（记者 周安）3月2日，青溪县第二届农民画展在县文化馆开幕，展出作品八十余幅，"
              "吸引了周边县市的不少观众。")
    box = "农民画是青溪的传统民间艺术，多以农家生活、田园风光为题材，色彩鲜明，构图饱满。"
    text = page(["农民画展开幕", ""], wrap(report, 20), ["（周  安）", "", "■链接", ""], wrap(box, 20))
    arts = parse_structure(text).articles
    assert len(arts) == 1
    assert arts[0].headline == "农民画展开幕"
