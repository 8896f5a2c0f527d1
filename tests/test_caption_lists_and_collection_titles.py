"""Lines inside a feature read as titles: a credit inside a caption list, a collection's first title."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

FESTIVAL = wrap("青溪县今年秋季举办第三届稻田艺术节，来自周边十余个村镇的农民和游客汇聚一堂，共同欣赏稻田里的巨幅"
                "图案，品尝新米和当地特色小吃。活动期间，县里还组织了农耕体验、农产品展销和民间歌舞表演。", 16)


def test_a_line_between_two_numbered_captions_is_no_headline():
    """`青溪视界` alone between 图② and 图③ is a photo column's credit: numbered captions that
    follow on belong to one list, so the page holds one article, headed from below."""
    captions = ["图片说明：", "", *wrap("图①：游客在青溪县稻田边拍照留念。", 16), "", "周明远摄（青溪视界）", "",
                *wrap("图②：农民展示刚收割的新稻谷。", 16), "", "青溪视界", "",
                *wrap("图③：孩子们在田埂上体验插秧。", 16), "", "林晓燕摄（青溪视界）"]
    arts = parse_structure(page(FESTIVAL, [""], captions, ["稻田里的丰收节"])).articles
    assert [a.headline for a in arts] == ["稻田里的丰收节"]
    assert "青溪视界" in arts[0].paragraphs


def _contribution(place: str, title: str, name: str, text: str) -> list[str]:
    return [place, title, f"本报记者  {name}", *wrap(text, 16), ""]


def test_a_collection_headed_from_below_keeps_its_first_two_line_title():
    """Each signed contribution opens with 地名—— over its title: the first block is set like the
    later ones, so it is the first contribution's title and the last line is the headline."""
    lines = [
        *_contribution("青溪县白沙村——", "稻香满田野  笑语迎丰年", "林一帆",
                       "金秋时节，白沙村的稻田一片金黄。村民们忙着收割晚稻，脸上洋溢着丰收的喜悦。"
                       "村党支部书记陈大勇说，今年全村水稻亩产比去年提高了一成。"),
        *_contribution("临江镇渔港——", "渔船满载归  码头人声沸", "周安",
                       "清晨的临江镇渔港热闹非凡。一艘艘渔船满载而归，渔民们把新鲜的鱼虾搬上码头，"
                       "收购商早已在此等候。镇长吴国平介绍，全镇今年渔业产值有望再创新高。"),
        *_contribution("南山茶园——", "新茶飘清香  茶农增收入", "许文静",
                       "南山茶园里，茶农们正在采摘秋茶。合作社负责人郑小梅说，今年茶园引进了新的加工设备，"
                       "茶叶品质明显提升，销路也越来越好。"),
        "丰收时节访乡村",
    ]
    arts = parse_structure(page(lines)).articles
    assert [a.headline for a in arts] == ["丰收时节访乡村"]
    assert arts[0].paragraphs[:2] == ["青溪县白沙村——", "稻香满田野笑语迎丰年"]
