"""One-article pages kept whole: parts set alike under one headline, a contribution named across a
blank line, wide lines over a stub (invented pages)."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

VOICES = [
    ("青溪县第一中学语文教师林晓岚——", "把课堂搬进田野",
     "秋收时节，林晓岚带着学生走进稻田，让孩子们在劳动中认识节气与农事，写下一篇篇真实的作文。"),
    ("青溪县农机合作社理事长周大山——", "种地越来越省心",
     "周大山说，合作社今年添置了六台收割机，乡亲们的稻谷从田里到粮仓只用两天，种地越来越轻松了。"),
    ("青溪县人民医院护士长陈雨桐——", "守护乡亲的健康",
     "陈雨桐和同事们每月进村义诊，为老人测血压、讲保健知识，乡亲们都说家门口就能看上病了。"),
]


def _voices(headline: list[str]) -> str:
    chunks = []
    for k, (who, title, text) in enumerate(VOICES):
        lines = [who, "", title, *wrap(text, 16), f"（本报记者  {'赵明'[k % 2]}  {'江河湖'[k]}）"]
        chunks.append(headline + lines if k == 0 else lines)
    return page(*chunks)


def test_parts_set_alike_under_one_headline_make_one_feature():
    """Three parts each opened by who—— over a short title, in one column and with no byline
    opening any of them, are one feature of several voices: the headline above the first kicker
    heads them all, and each part's kicker and title stay in its text."""
    arts = parse_structure(_voices(["青溪人说青溪"])).articles
    assert len(arts) == 1
    assert arts[0].headline == "青溪人说青溪"
    assert arts[0].paragraphs[:2] == [VOICES[0][0], VOICES[0][1]]
    assert VOICES[2][1] in arts[0].paragraphs


QUOTES = [("《山路》", "路再远，也要走下去！"), ("《渡口》", "船在，人就在。"), ("《新桥》", "桥通了，心也通了。"),
          ("《炊烟》", "家里的灯一直亮着，等你回来，别走得太远。"), ("《远方》", "我们约好了，明年春天见。"),
          ("《稻香》", "这片田是我们的命根子，一寸也不能荒，一分也不能丢。"), ("《归来》", "回家吧。")]


def test_a_wide_line_closed_by_a_comma_over_a_stub_is_prose():
    """Short quotations under film titles crowd the column estimate, so a full quotation line
    looks wider than its column; closed by a comma over a stub that ends the sentence, it is
    one wrapped paragraph, no headline (a title does not end on a comma)."""
    essay = ("青溪电影人用镜头记录家乡七十年的变化，从黑白胶片到数字影像，一部部作品讲述了普通人"
             "的奋斗故事，也留下了许多让观众念念不忘的台词。")
    lines = ["青溪影像七十年", "", *wrap(essay, 18), "", "难忘的台词", ""]
    for title, quote in QUOTES:
        lines += [title, "", *wrap(quote, 18), ""]
    arts = parse_structure(page(lines)).articles
    assert not any((a.headline or "").endswith("，") for a in arts)
    assert any(QUOTES[5][1] in a.paragraphs for a in arts)


NOTE = "青溪县文联成立四十年来，作家们扎根乡土，用心书写身边人，让好作品温暖乡亲。我们请三位作家谈谈创作体会。"
ESSAYS = [
    ("扎根乡土写人生", "林  默",
     "我从小在青溪河边长大，写了三十年家乡的人和事。每次下乡采风，乡亲们的故事总让我感动，"
     "这些故事就是最好的素材。", "（作者为青溪县作家协会主席）"),
    ("好作品温暖乡亲", "苏  禾",
     "文学要走进人心，就得先走近人群。这些年我跟着医疗队进村，把医生和病人的故事写成散文，"
     "在县报上连载，很多人读了来信。", "（作者为散文作家）"),
    ("笔下有山河", "江  远",
     "写山写水，归根到底是写人。青溪的山水养育了一代代人，我想把他们的奋斗写进小说里，"
     "让更多人知道这片土地。", "（作者为小说作家）"),
]


def test_a_title_over_a_name_set_apart_opens_the_next_contribution():
    """After an author's note, a title over a line that only names its author (with a blank line
    between them) opens the collection's next contribution, even when the editor's note above
    repeats the title's words: a headline set after its body carries no author's name."""
    lines = ["笔耕乡土  书写时代", "", *wrap(NOTE, 20), ""]
    for title, name, text, note in ESSAYS:
        lines += [title, "", name, "", *wrap(text, 20), "", note, ""]
    arts = parse_structure(page(lines)).articles
    assert len(arts) == 1
    assert ESSAYS[1][0] in arts[0].paragraphs


YEARS = [("1958 年", "青溪农机修配社成立。"), ("1979 年", "工厂更名为青溪农机厂。"),
         ("1988年", "第一台手扶拖拉机下线。"), ("1996 年", "青溪农机厂与省农科院签订合作协议共建研发中心。"),
         ("2003 年", "公司完成股份制改造。"), ("2010年", "新厂区投入使用。")]


def test_a_wide_line_over_a_stub_closed_by_a_full_stop_is_prose():
    """Year labels and one-line entries of a timeline crowd the column estimate, so a full line
    of an entry looks wider than its column; set apart with a stub ending in 。 right under it,
    it is one paragraph of two lines even without a clause mark, no title."""
    intro = ("青溪农机厂从一个小作坊起步，七十年来坚持自主创新，产品远销海内外，"
             "成为全省农机行业的龙头企业。回顾走过的路，一代代职工的汗水写满了厂史。")
    lines = ["青溪农机：七十年耕耘结硕果", "", *wrap(intro, 19), "", "发展历程", ""]
    for year, entry in YEARS:
        lines += [year, "", *wrap(entry, 19), ""]
    arts = parse_structure(page(lines)).articles
    assert any(YEARS[3][1] in a.paragraphs for a in arts)
