"""Articles run together: a note closing the text, a lead-in's reach, a salutation between columns."""

from banmian import parse


def _bodies(text: str) -> list[str]:
    return ["".join(a.paragraphs) for a in parse(text).articles]


def test_a_cross_reference_wrapped_after_the_last_sentence_ends_the_text():
    """（相关报道见第五 / 版） closes the text as its sentence did: the two lines under it are the
    headline of the next report, not the start of a paragraph."""
    page = "\n".join([
        "青溪县举办山茶花文化节",
        "",
        "本报青溪10月3日电  （记者林一帆）青溪县第五届",
        "山茶花文化节今天开幕，来自各地的游客走进",
        "花海，赏花品茶，感受山乡新貌。开幕式上，",
        "当地还发布了十条赏花旅游线路。（相关报道见第五",
        "版）",
        "",
        "守护古树  留住乡愁",
        "白石镇为百年古树建立电子档案",
        "",
        "本报白石10月3日电  （记者陈晓云）白石镇近",
        "日为全镇一百二十七棵古树建立电子档案，每",
        "棵古树都有了自己的二维码，扫码即可查看",
        "树龄、树种和养护记录。",
    ])
    arts = parse(page).articles
    assert [a.headline for a in arts] == ["青溪县举办山茶花文化节", "白石镇为百年古树建立电子档案"]
    assert arts[0].paragraphs[-1].endswith("（相关报道见第五版）")


def test_a_note_of_several_lines_under_finished_text_closes_it():
    """A paragraph in brackets under a finished sentence (（…，作者为…）) ends the contribution:
    the kicker and title under it head the next article."""
    page = "\n".join([
        "把小院变成大课堂",
        "",
        "我们社区有一座老院子，过去堆满杂",
        "物。去年，我们把它改成了居民学堂，",
        "每周都有书法课和剪纸课。",
        "",
        "（本文为“身边的好故事”征文选登，",
        "作者为青溪县东门社区居委会主任）",
        "",
        "晨光乳业扩建生产线",
        "新产能助力乡村奶业振兴（走进一线）",
        "",
        "今年以来，晨光乳业投资兴建的两条新生产线",
        "相继投产，日处理鲜奶能力翻了一番，带动周",
        "边三百多户养殖户增收，奶源基地也扩大到",
        "五个乡镇。",
    ])
    arts = parse(page).articles
    assert len(arts) == 2
    assert arts[0].paragraphs[-1].endswith("作者为青溪县东门社区居委会主任）")
    assert arts[1].headline == "新产能助力乡村奶业振兴（走进一线）"


def test_a_dateline_far_below_a_lead_in_opens_another_article():
    """A lead-in (核心阅读) runs on to its own dateline; a dateline after a whole article's text is
    the next report's, which the page set with no headline."""
    lines = ["冷链进村  鲜菜出山", "", "　　核心阅读", "", "　　过去一年，青溪县新建冷链仓库十二座，",
             "农产品损耗率明显下降。", ""]
    for n in range(1, 8):
        lines += [f"　　第{n}个仓库投用后，附近合作社的蔬菜", "可以在采摘当天进库预冷，第二天一早装车",
                  "发往城里的超市，菜农的收入也跟着涨了起", "来，大家种菜的劲头越来越足，也吸引了不",
                  "少年轻人回乡创业，开起了网店和直播间。", ""]
    lines += [
        "本报白石10月5日电  （记者陈晓云）白石镇第二",
        "届农民运动会今天开幕，来自各村的三百多名",
        "选手参加拔河、挑担、插秧等十个项目比赛。",
    ]
    arts = parse("\n".join(lines)).articles
    assert len(arts) == 2
    assert arts[1].paragraphs[0].startswith("白石镇第二届农民运动会")


def test_a_salutation_between_two_column_widths_opens_the_speech_under_it():
    """A speech set in a narrower column follows a report with no headline between them: the
    salutation's short lines tell no width, the speech's text under it does."""
    lines = [
        "青溪县召开庆祝大会",
        "",
        "本报青溪10月1日电  （记者林一帆）青溪县今天召开",
        "庆祝大会，全县干部群众代表一千余人参加。大会",
        "回顾了全县七十年来的发展成就，表彰了一批先进",
        "集体和先进个人，会场内外洋溢着喜庆的气氛。",
        "",
        "全县各乡镇、各部门和各界干部群众代表也应邀参",
        "加了大会。",
        "",
        "同志们，朋友们：",
        "",
        "今天，我们在这里隆重集会",
        "庆祝新中国成立七十周年这",
        "个好日子。七十年来，全县",
        "人民团结奋斗，家乡面貌焕",
        "然一新。",
    ]
    arts = parse("\n".join(lines)).articles
    assert len(arts) == 2
    assert arts[0].paragraphs[-1] == "全县各乡镇、各部门和各界干部群众代表也应邀参加了大会。"
    assert arts[1].paragraphs[0] == "同志们，朋友们："
