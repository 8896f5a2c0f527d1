"""A roundup's parts, set alike under one umbrella headline, make one article (page._roundups)."""

import banmian

ROUNDUP = """青溪县秋粮收购开局良好
本报青溪10月9日电  （记者林小禾）青溪县今年秋
粮收购工作于本月初全面展开，全县设立收购网点
四十余个，农户交售踊跃，粮库入库进度明显快于
往年同期水平，各网点秩序井然。
县粮食部门介绍，今年新粮品质总体较好，收购价
格保持稳定，农户普遍表示满意。

览胜·金秋假日

前五天全省接待游客三千万人次

本报云州10月6日电  （记者周明远）记
者从省文旅厅了解到：假期前五天，全省
各景区运行平稳，共接待游客三千万人次，
同比增长百分之六，旅游收入稳步增加。

各地景区推出夜游、研学等新项目，游客
满意度明显提升，投诉数量有所下降。

客运站日均发送旅客四十万人次

本报云州10月6日电  （记者许晴川）记
者从省交通厅获悉：假期以来，全省各客
运站日均发送旅客四十万人次，道路运输
总体平稳有序，未发生重大运输事故。

各客运站加开夜间班次，方便返程旅客出
行，站内秩序良好，服务更加便捷周到。

市场供应充足价格平稳

本报云州10月6日电  （记者许晴川）记
者从省商务厅获悉：假期期间，全省重点
监测的商场、超市销售额稳步增长，蔬菜、
肉蛋等生活必需品供应充足，价格平稳。

各地加强市场巡查，严厉查处价格违法行
为，维护了良好的消费环境和市场秩序。
"""


def test_a_roundup_keeps_its_parts_under_the_umbrella_headline():
    """Three parts, each a short title over a body filed from the same place on the same day in
    one column, under one umbrella (览胜·金秋假日): one article, the part titles its paragraphs."""
    page = banmian.parse(ROUNDUP)
    heads = [a.headline for a in page.articles]
    assert heads == ["青溪县秋粮收购开局良好", "览胜·金秋假日"]
    roundup = page.articles[1]
    assert "客运站日均发送旅客四十万人次" in roundup.paragraphs
    assert "市场供应充足价格平稳" in roundup.paragraphs


def test_reports_filed_on_other_days_keep_their_own_headlines():
    """The same parts filed on different days are separate reports, each under its own title."""
    text = ROUNDUP.replace("云州10月6日电  （记者许晴川）", "云州10月4日电  （记者许晴川）", 1)
    text = text.replace("云州10月6日电  （记者许晴川）", "云州10月5日电  （记者许晴川）", 1)
    heads = [a.headline for a in banmian.parse(text).articles]
    assert "客运站日均发送旅客四十万人次" in heads
    assert "市场供应充足价格平稳" in heads
