"""Glued headline blocks (no blank line around them) on small invented pages."""

from banmian.pipeline import parse_structure
from tests.pages import page

BODY_A = [
    "本报讯（记者 周安）3月2日，副",
    "县长赵海峰到开发区调研企业生",
    "产情况，详细了解企业订单、用",
    "工和项目进度。",
]


def test_tagged_title_right_under_a_photo_credit_heads_the_next_article():
    """A line closed by a column tag right under a photo story's credit, with no blank line around
    it, is the next article's title even with a comma, not that text's first line."""
    photo = ["春到青溪湖", "青溪湖畔游人如织，游客在湖边", "赏花拍照，享受春日时光。", "本报记者 林一帆摄"]
    body = ["湖畔人家，日子红火（乡村行）", "清晨六点，青溪湖边的茶馆就", "开门迎客了。老板周大山一边",
            "烧水，一边招呼着熟客，店里", "很快坐满了人。"]
    arts = parse_structure(page(["开发区企业订单饱满"], BODY_A, [""], photo, body)).articles
    assert [a.headline for a in arts] == ["开发区企业订单饱满", "春到青溪湖", "湖畔人家，日子红火（乡村行）"]
    assert arts[1].paragraphs[-1] == "本报记者林一帆摄"
    assert arts[2].paragraphs[0].startswith("清晨六点")
