"""A commentary's subheadline (——论…) marks its title block as a headline, not a section title."""

import banmian

PAGE = """青溪新区多措并举稳就业

今年以来，青溪新区把稳就业放在突出位置，先
后举办招聘会十二场，帮助返乡青年就近找到
工作，新增岗位三千余个，惠及上万个家庭。
新区还组织职业技能培训，让求职者学有所长、
干有所成，就业形势总体平稳。

把为民服务落到实处
——论扎实推进青溪新区民生工程建设

民生无小事，枝叶总关情。新区各级干部要深入
群众，把群众的急难愁盼当作头等大事来办，在
解决实际问题中检验工作成效。
办好民生实事，贵在坚持、重在落实。要以钉钉
子精神抓好每一件事，让群众看得见、摸得着。
"""


def test_a_commentary_subheadline_opens_an_article_in_the_same_column():
    """Both texts are set in one column width, so the columns cannot tell where the second
    starts; a subheadline opening ——论 is a commentary's (本报评论员), never a section's."""
    articles = banmian.parse(PAGE).articles
    assert len(articles) == 2
    assert articles[1].headline == "把为民服务落到实处"
    assert (articles[1].subheadline or "").startswith("——论")


CREDITED = """青溪新区举办秋季农民丰收节

今年以来，青溪新区把乡村振兴放在突出位置，
先后建成果蔬基地十二个，带动返乡青年就近
创业，村民人均收入比去年同期增长一成多。
丰收节期间，各村还举办了农技展示和集市，
游客络绎不绝，农产品销售火热。

版式设计：林晓舟

北岭古镇迎来秋游热潮

国庆假期，北岭古镇的石板街上游人如织，老
街两旁的茶馆、书店和手作铺子生意红火，不
少游客专程赶来看非遗表演、品尝特色小吃。
古镇管委会负责人介绍，假期接待游客人数创
下新高，民宿预订率超过九成。
"""


def test_a_title_under_the_make_up_credit_opens_an_article_in_the_same_column():
    """The page's make-up credit (版式设计：…) is set after the text it closes, never between the
    sections of a running text: a title block under it heads the next article even when both
    texts are set in one column width. A bare column label of a few characters is left to the
    other evidence (a page-long feature may carry one)."""
    articles = banmian.parse(CREDITED).articles
    assert len(articles) == 2
    assert articles[1].headline == "北岭古镇迎来秋游热潮"
