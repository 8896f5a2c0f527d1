"""A title under a photo credit heads the caption over it (page._caption_under), on invented pages."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

REPORT = [
    "青溪县推进河道整治",
    "",
    *wrap("本报讯（记者林一帆）今年以来，青溪县投入专项资金推进河道整治，清理淤泥十余万方，修复护岸二十余公里。", 14),
    "",
    *wrap("县水利局负责人介绍，下一步将建立河长巡查制度，确保河道长治久清，让群众共享成果。", 14),
]
# the picture's caption, glued under the report's last line in the same column
CAPTION = wrap("三月五日，青溪湖畔的樱花竞相绽放，吸引市民前来踏青赏花，湖边游人如织。", 14)
NEXT = ["", "青溪县召开春耕生产会议", "", *wrap(
    "本报讯（记者周安）三月六日，青溪县召开春耕生产会议，部署化肥种子供应和农机调度等工作。", 14)]


def test_a_title_under_a_photo_credit_heads_the_caption_not_the_report_above():
    """The credit closes the picture's caption; the title under it, followed by the next
    report's headline, is the picture's own, set after it, not a line of the report above."""
    lines = [*REPORT, *CAPTION, "", "周安摄", "", "春日即景", "", *NEXT]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["青溪县推进河道整治", "春日即景", "青溪县召开春耕生产会议"]
    assert arts[0].paragraphs[-1].endswith("共享成果。")
    assert arts[1].paragraphs[0].startswith("三月五日")


def test_a_title_under_a_photo_credit_closing_the_page_heads_the_caption():
    """At the page's end there is nothing the title could head but the picture above it."""
    lines = [*REPORT, *CAPTION, "周安摄", "", "春日即景"]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["青溪县推进河道整治", "春日即景"]


def test_a_photo_label_set_after_takes_only_the_caption_over_its_credit():
    """A label (图片报道) names no subject, so no wording tells where its caption starts in the
    text above it: the credit does, and the paragraph over it is the caption."""
    lines = [*REPORT, *CAPTION, "", "周安摄", "图片报道", "", *NEXT]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["青溪县推进河道整治", "图片报道", "青溪县召开春耕生产会议"]
    assert arts[1].paragraphs[0].startswith("三月五日")


def test_a_photo_label_echoed_in_the_report_still_takes_only_its_caption():
    """The report above mentions 报道 and 图片, so the label's words echo in it and would pull
    the report's later paragraphs into the picture's item; the credit tells where the caption starts."""
    report = [*REPORT[:-3], "", *wrap("多家媒体到现场报道了整治成效，拍摄的图片在网上广为流传，吸引不少外地游客。", 14),
              *REPORT[-4:]]
    lines = [*report, "", *CAPTION, "", "周安摄", "图片报道", "", *NEXT]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["青溪县推进河道整治", "图片报道", "青溪县召开春耕生产会议"]
    assert arts[0].paragraphs[-1].endswith("共享成果。")
    assert arts[1].paragraphs[0].startswith("三月五日")
