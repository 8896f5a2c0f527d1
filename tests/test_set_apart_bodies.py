"""Two articles parted by their setting: a title block glued under its body (page._touches_spaced_text), and
two bodies run together in columns a cell apart, set otherwise (page._set_otherwise)."""

import banmian

_PAGE = """青山县今年秋季迎来了丰收，全县稻谷
产量比去年增加了一成多。

县农业局负责人林春阳介绍，今年县里推
广了新的育秧技术，农户们普遍反映效
果很好。

在河湾村，种粮大户周远航正忙着收割。
他说，今年每亩多收了一百多斤。

不少农户还把新米做成礼盒，通过网络
卖到了外地。
青山县稻谷丰收
新技术帮农户多打粮

海滨市的新图书馆本周正式开放，市民
可以免费借阅各类图书。

图书馆馆长郑晓岚说，新馆设有儿童阅
览区和自习区，每天开放十二个小时。

开馆第一天，就有两千多名市民前来参
观借书。

许多家长带着孩子在儿童区读绘本，馆
内气氛十分热闹。
海滨市新图书馆开放
"""


def test_a_title_glued_under_text_spaced_by_blank_lines_heads_that_text():
    """The text above parts its paragraphs by blank lines, so it would part a section title too:
    two title lines right under its last paragraph, a blank line under them, are its headline
    set after the body, and the text below is the next article."""
    page = banmian.parse(_PAGE)
    assert len(page.articles) == 2
    first, second = page.articles
    assert "新技术帮农户多打粮" in " ".join(filter(None, (first.kicker, first.headline, first.subheadline)))
    assert first.paragraphs[-1].startswith("不少农户")
    assert second.headline == "海滨市新图书馆开放"
    assert second.paragraphs[0].startswith("海滨市的新图书馆")


_RUN_TOGETHER = """河湾镇修路带来新生活

河湾镇今年新修了三条乡村
公路，沿线的村民出行更加
方便，农产品也能更快运出
大山去。
镇长吴立新说，修路的钱一
部分来自县里的专项资金，
另一部分由村集体和村民共
同筹集。
路修好以后，不少外出务工
的年轻人回到家乡，办起了
农家乐和网店，收入比过去
明显增加。
下一步，镇里还打算在公路
两旁种上果树，让过往的游
客在春天能看到满山的花开
景象。

　　北湖区的社区食堂最近开
门营业，附近的老人只要花上
几块钱，就能吃到热乎的午饭
和晚饭。

　　食堂负责人孙晓梅介绍，
每天的菜单由营养师搭配，既
照顾老人的口味，也注意荤素
均衡。

　　不少老人说，以前自己做
饭既费力又不安全，现在走几
步路就能吃上饭，子女也更放
心了。

北湖区社区食堂开门迎客
"""


def test_two_bodies_a_cell_apart_and_set_otherwise_are_two_articles():
    """No title between the two bodies (the second's follows it), the columns only a cell apart
    (12 and 13), but the first text runs its paragraphs on unindented and the second indents them
    and parts them by blank lines: two settings agreeing with a change of width, two articles."""
    page = banmian.parse(_RUN_TOGETHER)
    assert [a.headline for a in page.articles] == ["河湾镇修路带来新生活", "北湖区社区食堂开门迎客"]
    assert [len(a.paragraphs) for a in page.articles] == [4, 3]
    assert page.articles[1].paragraphs[0].startswith("北湖区的社区食堂")
