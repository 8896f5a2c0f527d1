"""Headline blocks found whole: title lines the flow read as text, told by what sits around them."""

from __future__ import annotations

import banmian
from tests.pages import heads_of

ABOVE = (
    "青溪县举办秋季农民丰收节\n\n"
    "本报青溪10月8日电  （记者林一帆）10月7日，\n"
    "青溪县第三届农民丰收节在石桥镇开幕，来\n"
    "自全县的三百多户农户带来了稻米、茶叶和\n"
    "竹编制品，现场签订采购订单一百二十余份。\n"
    "丰收节期间，县里还组织了农技讲座和电商\n"
    "培训，帮助农户拓宽销路。\n\n"
)

BELOW = (
    "本报枫林10月8日电  （记者陈晓云）枫林\n"
    "湾片区三座跨河便民桥日前全部完工通车，\n"
    "沿河两岸的八个村庄从此告别了绕行十多公\n"
    "里的历史。新桥均按照百年一遇的防洪标准\n"
    "设计建造，桥面宽度可供两辆农用车并排通\n"
    "行。村民们说，过河再也不用等渡船了。\n"
)


# A dated report opening in a nine-cell column, its dateline wrapped over two lines.
NARROW_REPORT = (
        "本报枫林10月8日\n"
        "电  （记者陈晓云）\n"
        "枫林湾片区三座跨河\n"
        "便民桥日前全部完工\n"
        "通车，沿河两岸的八\n"
        "个村庄从此告别了绕\n"
        "行十多公里的历史。\n"
)


def test_stacked_title_lines_over_a_byline_are_the_next_headline() -> None:
    """No paragraph breaks off for good right before a byline: three unpunctuated lines between
    finished text and a dateline are the next article's kicker, headline and subheadline."""
    text = ABOVE + "枫林湾桥梁建设\n三座便民桥全部通车\n八个村庄告别绕行\n\n" + BELOW
    heads = heads_of(text)
    assert heads[1][:3] == ("枫林湾桥梁建设", "三座便民桥全部通车", "八个村庄告别绕行")
    assert heads[1][3] == "枫林湾片区三座跨"


def test_a_title_paragraph_split_by_a_blank_line_finishes_the_block_above() -> None:
    """The line right under a title block (no blank between) finishes that block; the lines after
    the blank line head the body under them, not one title of three lines."""
    text = (
        "本报青溪10月8日电  （记者林\n"
        "一帆）10月7日，青溪县第三届农民\n"
        "丰收节在石桥镇开幕，来自全县的\n"
        "三百多户农户带来了稻米、茶叶和\n"
        "竹编制品，现场签订采购订单一百\n"
        "二十余份。丰收节期间，县里还组\n"
        "织了农技讲座和电商培训，帮助农\n"
        "户拓宽销路，农户们满载而归。\n"
        "\n"
        "青溪丰收节落幕\n"
        "农户满载而归回家乡\n"
        "\n"
        "枫林湾桥梁建设提速\n"
        "三座便民桥全部通车\n"
        "\n"
    ) + NARROW_REPORT + (
        "新桥均按照百年一遇\n"
        "的防洪标准设计建造，\n"
        "可供农用车并排通行。\n"
    )
    heads = heads_of(text)
    assert heads[1][:3] == ("枫林湾桥梁建设提速", "三座便民桥全部通车", None)


def test_a_short_unmarked_line_under_a_title_is_the_titles_next_line() -> None:
    """On a page whose paragraphs' first lines fill their column, a line right under a title line
    that stops short of the column with no mark at all is the title's next line, not the body's
    first line (no blank lines here to tell)."""
    text = (
        "青溪县第三届农民丰收节在石桥镇开幕，来自\n"
        "全县的三百多户农户带来了稻米、茶叶和竹编\n"
        "制品，现场签订采购订单一百二十余份，县里\n"
        "还组织了农技讲座和电商培训。\n"
        "陈晓云抵达枫林湾\n"
        "开始为期三天的实地调研\n"
        "便民桥是群众的致富桥。\n"
        "枫林湾片区三座跨河便民桥日\n"
        "前全部完工通车，沿河两岸的\n"
        "八个村庄从此告别了绕行十多\n"
        "公里的历史。新桥均按照百年\n"
        "一遇的防洪标准设计建造，可\n"
        "供两辆农用车并排通行。\n"
    )
    heads = heads_of(text)
    assert any({h[0], h[1], h[2]} >= {"陈晓云抵达枫林湾", "开始为期三天的实地调研"} for h in heads)


def test_a_line_over_a_tagged_title_line_is_a_title_line_too() -> None:
    """A line ending in a short bracketed tag before a blank line is a title even with a comma,
    so the unpunctuated line glued above it is the kicker of that title, not running text."""
    text = (
        "青溪县石桥镇新建的稻\n"
        "米加工厂日前投产，年\n"
        "加工能力达到两万吨，\n"
        "可带动周边三百多户农\n"
        "户增收。\n"
        "\n"
        "（林一帆）\n"
        "\n"
        "青溪县枫林湾三座跨河便民桥通车\n"
        "新桥，“新”在哪里（乡村观察）\n"
        "\n"
        "“看，这就是我们村新修的跨河大\n"
        "桥！”在枫林湾片区，村民陈晓云\n"
        "指着河面说。三座跨河便民桥日前\n"
        "全部完工通车，沿河两岸的八个村\n"
        "庄从此告别了绕行十多公里的历史。\n"
    )
    heads = heads_of(text)
    assert heads[-1][:3] == ("青溪县枫林湾三座跨河便民桥通车", "新桥，“新”在哪里（乡村观察）", None)


def test_two_wide_lines_closing_on_a_column_tag_are_a_title_pair() -> None:
    """Two lines of one width, wider than the columns on both sides, make a short column of their
    own only as running text: a pair whose second line closes on a column tag is a title."""
    text = (
        "青溪县石桥镇新建的稻米加工厂日\n"
        "前投产，年加工能力达到两万吨，\n"
        "可带动周边三百多户农户增收。\n"
        "于是，稻米有了更好的出路。\n"
        "昔日的种粮大户，如今的“新农人”——\n"
        "他们，在同一片田野上追梦（乡村观察）\n"
        "\n"
    ) + NARROW_REPORT
    titles = [(a.kicker, a.headline) for a in banmian.parse(text).articles]
    assert ("昔日的种粮大户，如今的“新农人”——", "他们，在同一片田野上追梦（乡村观察）") in titles


def test_a_section_title_under_a_one_paragraph_intro_stays_in_its_article() -> None:
    """Between two paragraphs of one column a title is a section title: the paragraph above it
    tells its column by its first two lines when it has too few inner lines (no column break)."""
    text = (
        "本报青溪10月8日电  （记者林一帆）青\n"
        "溪县第三届农民丰收节在石桥镇开幕，来\n"
        "自全县的三百多户农户带来了稻米、茶叶\n"
        "和竹编制品，现场签订采购订单一百二十\n"
        "余份，农户们满载而归。\n"
        "\n"
        "我为家乡点赞  我为家乡加油\n"
        "\n"
        "国庆期间，青溪县各地纷纷开展丰富多彩的活\n"
        "动，村民们把对家乡的热爱化为歌声、融入表\n"
        "演，共迎佳节。\n"
        "\n"
        "歌声嘹亮，唱响家乡新貌\n"
        "\n"
        "“我和我的家乡，一刻也不能分离……”10月\n"
        "2日上午，青溪县石桥镇文化广场上传出热情\n"
        "洋溢的合唱声，近千名村民聚集在广场上，用\n"
        "歌声表达对家乡的祝福。石桥镇文化站站长陈\n"
        "晓云说，这样的活动今年已经举办了十多场。\n"
    )
    page = banmian.parse(text)
    assert [a.headline for a in page.articles][-1] == "我为家乡点赞 我为家乡加油"
    assert "歌声嘹亮，唱响家乡新貌" in page.articles[-1].paragraphs


def test_a_second_filing_dateline_under_a_block_makes_it_a_headline() -> None:
    """A report opened by a dateline names where it was filed once: a title in the same column
    whose text closes with another dateline heads a report of its own, not a section."""
    text = (
        "青溪县代表团访问枫林市\n"
        "\n"
        "本报枫林10月17日电  （记者林一帆）青溪县\n"
        "代表团14日至17日访问枫林市，双方就农产\n"
        "品加工和乡村旅游合作交换了意见。\n"
        "\n"
        "代表团还参观了枫林市农业科技园区和两家\n"
        "稻米加工企业，并与当地农户座谈交流。\n"
        "\n"
        "“稻香音乐节”走进石桥镇\n"
        "\n"
        "“喜欢竹笛吹出的旋律”“采茶舞很有韵味”\n"
        "……石桥镇中心小学的八十多名学生观看演出\n"
        "后热烈地讨论着。10月18日，稻香音乐节在\n"
        "石桥镇文化广场拉开帷幕。\n"
        "\n"
        "在演出现场，县民族乐团为小观众们精心准\n"
        "备了竹笛独奏和采茶舞等节目，收获阵阵掌\n"
        "声。\n"
        "\n"
        "（本报石桥10月19日电）\n"
    )
    heads = [a.headline for a in banmian.parse(text).articles]
    assert heads == ["青溪县代表团访问枫林市", "“稻香音乐节”走进石桥镇"]


def test_a_title_whose_last_line_fills_the_column_closes_the_text_it_repeats() -> None:
    """A two-line title between paragraphs of one column, its wording repeated by the text above
    and not below, closes the article above even when its last line fills the column (only a
    title that wraps, a full line running on, is set like a section's)."""
    text = (
        "本报枫林10月8日电  （记者陈晓云）枫林湾三\n"
        "座便民桥完工通车，沿河两岸的八个村庄告别绕\n"
        "行十多公里的历史。新桥按照百年一遇的防洪标\n"
        "准设计建造，桥面宽度可供两辆农用车并排通行，\n"
        "村民过河再也不用绕行，农产品也能更快运出。\n"
        "枫林湾三座便民桥完工通车\n"
        "沿河两岸的八个村庄告别绕行十多公里的历史\n"
        "\n"
        "石桥镇文化广场上传出悠扬的竹笛声，县民族乐\n"
        "团的演员们正在排练新编的采茶舞，吸引了不少\n"
        "游客驻足观看。乐团团长林一帆说，今年以来乐\n"
        "团已经下乡演出四十多场，观众超过两万人次。\n"
    )
    articles = banmian.parse(text).articles
    assert articles[0].headline is not None
    assert "枫林湾三座便民桥完工通车" in (articles[0].kicker or "") + articles[0].headline
    assert len(articles) == 2
