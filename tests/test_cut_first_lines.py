"""A paragraph's first line cut short before a column break is text, not a new article's title."""

from __future__ import annotations

from banmian.pipeline import parse_structure
from tests.pages import page


def test_clause_line_under_a_finished_sentence_before_a_column_break_runs_on():
    lines = [
        "林江市举办秋季农产品展销会",
        "",
        "本报讯  10月12日至14日，第五届林江",
        "市秋季农产品展销会在市会展中心举行，",
        "来自全省的二百余家企业参展，展出稻",
        "米、茶叶、菌菇等特色农产品。展会现场",
        "人头攒动，不少摊位前排起了长队。",
        "展会期间，主办方还组织了采购对",
        "",
        "接会和产销座谈会，帮助农户与商超、电商平台直接",
        "签订供货协议，共签约订单三千余万元。据介绍，本届",
        "展会还首次开设了线上展厅，吸引了大批外地客商。",
    ]
    arts = parse_structure(page(lines)).articles
    assert len(arts) == 1
    assert arts[0].headline == "林江市举办秋季农产品展销会"
    assert arts[0].paragraphs[1].startswith("展会期间，主办方还组织了采购对接会和产销座谈会，")


def test_two_column_wide_lines_under_a_finished_sentence_go_on_with_the_text():
    lines = [
        "青禾县与邻省签署生态补偿协议",
        "",
        "本报讯  记者周明远报道：日前，青禾县与邻省",
        "南岭市签署跨界流域生态补偿协议，约定双方每",
        "年共同出资设立补偿资金，用于上游水源涵养、",
        "河道整治和污染防治等项目，协议期为五年。",
        "南岭市负责同志表示将与青禾县加强沟通并共同",
        "推进流域上下游水质监测数据实时共享和联合执",
        "法，",
        "",
        "确保出境断面水质稳定达标，让一江清水长流不息。",
    ]
    arts = parse_structure(page(lines)).articles
    assert len(arts) == 1
    assert arts[0].paragraphs[1] == (
        "南岭市负责同志表示将与青禾县加强沟通并共同推进流域上下游水质监测数据实时共享和联合执法，"
    )
