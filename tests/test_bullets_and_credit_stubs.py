"""Bulleted paragraphs on a page whose first lines lost their indent."""

from banmian.pipeline import parse_structure
from tests.pages import page


def test_bullet_line_short_by_a_lost_indent_opens_a_bulleted_paragraph():
    """On a page whose paragraphs open two cells short (the indent's spaces dropped), a ■ item
    opens the same way and runs on: it is body text, not a title heading the lines under it."""
    head = ["青溪县绘就乡村振兴新画卷（基层观察）", "", "核心阅读", ""]
    items = ["■青溪县坚持产业兴村，", "带动村集体经济年年增收，农", "民腰包一天天鼓了起来。", "",
             "■全县推广稻渔共养模式，", "亩均效益比单种水稻提高三成", "以上，乡亲们干劲更足了。", ""]
    body = ["初冬时节，走进青溪县", "南岭村，平整的稻田连片铺开，", "村道两旁栽满了桂花树。村支",
            "书赵海峰说，这几年村里的变", "化一年比一年大。", "",
            "南岭村的变化，是青溪", "县推进乡村振兴的一个缩影。", "县里把产业发展放在首位，引",
            "导各村因地制宜发展特色种养", "业。"]
    (art,) = parse_structure(page(head, items, body)).articles
    assert art.headline == head[0]
    assert art.paragraphs[1:3] == ["".join(items[0:3]), "".join(items[4:7])]


def test_stub_wrapped_off_a_whole_credit_stays_with_it():
    """`…摄影` is a credit on its own, but `报道` left alone under it is the credit's last word
    wrapped in a narrow column, not a title heading the next article."""
    first = ["青溪县举办农民丰收节", "", "本报讯（记者 林一帆）9月23日，",
             "青溪县在南岭村举办农民丰收节，", "上千名村民欢聚一堂，晒丰收、", "比技能，共庆丰收喜悦。",
             "本报记者  林一帆  周  安摄影", "报道", ""]
    second = ["稻香满村庄", "", "本报讯（记者 周安）金秋时节，", "青溪县二十万亩水稻陆续开镰，",
              "田间地头一派繁忙景象。"]
    arts = parse_structure(page(first, second)).articles
    titles = {t for a in arts for t in (a.kicker, a.headline, a.subheadline) if t}
    assert titles == {first[0], second[0]}
