"""Column-broken first lines taken for titles: a letter-spaced line, a column widened by one cell."""

from banmian import parse


def test_a_letter_spaced_line_leaves_the_column_to_the_plain_line_over_it() -> None:
    """On a justified page the line above a paragraph's last line is letter-spaced (十 条 赏 花 …):
    the plain full line over it still shows the column, so a line filling that column after the
    paragraph, wrapped onto a short line left open mid-clause before a break into a wider column,
    is the next paragraph's first lines, not a title that splits the article."""
    page = "\n".join([
        "青溪县举办山茶花文化节",
        "",
        "本报青溪10月3日电  （记者林一帆）青溪县第",
        "五届山茶花文化节今天开幕，各地的游",
        "客走进花海，赏花品茶，感受山乡新貌",
        "和发展变化。开幕式上，当地还发布了",
        "十 条 赏 花 旅 游 线 路 ， 覆 盖 全 县",
        "九个乡镇。",
        "",
        "白石镇镇长陈晓云在开幕式上介绍说镇",
        "里今年新种了茶花，来",
        "",
        "年春天将有更多游客到这里赏花品茶。她表示，",
        "镇里还将修建步道和观景台，让游客走得进来、",
        "留得下来，也让山乡的茶农在家门口增加收入。",
    ])
    arts = parse(page).articles
    assert [a.headline for a in arts] == ["青溪县举办山茶花文化节"]
    assert arts[0].paragraphs[-1].startswith("白石镇镇长陈晓云在开幕式上介绍说镇里今年新种了茶花，来年春天")


def test_a_line_as_wide_as_the_column_above_runs_on_into_a_column_a_cell_wider() -> None:
    """After a finished paragraph, a line exactly as wide as that paragraph's column, ending no
    sentence, then a blank and text set a cell wider: the next paragraph's first line before the
    column break (a title is set to its own width, not to the cell of the column it leaves)."""
    page = "\n".join([
        "青溪县举办山茶花文化节",
        "",
        "青溪县茶农协会会长林一帆向本报记者介绍",
        "说,三年多来全县茶农改良品种、扩种茶园,",
        "亩产提高了一倍多。《青溪茶花种植规范》",
        "实施以来,茶农种茶更加规范有序,也有助",
        "于打响青溪茶花的品牌,全县茶农都愿意遵",
        "守这一规范。许多乡镇都已建起茶花合作社",
        "和茶叶加工厂,各地游客纷纷前来观赏茶花",
        "并品尝当地的茶饮,带动了乡村旅游的发展,",
        "让茶农在家门口就能增加收入。",
        "",
        "白石镇镇长陈晓云在开幕式上介绍镇里今年",
        "",
        "新种了三百亩茶花,明年春天将有更多游客到",
        "这里赏花品茶,镇里还将修建步道和观景台,",
        "让游客走得进来、留得下来,让茶农的日子",
        "越过越红火,让山乡的面貌越来越美丽富饶",
        "安宁。",
    ])
    arts = parse(page).articles
    assert [a.headline for a in arts] == ["青溪县举办山茶花文化节"]
    assert arts[0].paragraphs[-1].startswith("白石镇镇长陈晓云在开幕式上介绍镇里今年新种了三百亩茶花")
