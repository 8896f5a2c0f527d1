"""Articles whose column widens at a column break: the text on both sides stays one article."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

HEAD = ["青溪县举办秋季农产品展销会  助农增收", ""]
OPENING = wrap("10月9日，青溪县秋季农产品展销会在县城广场开幕，吸引了周边县市的大批客商和市民前来选购。"
               "县委副书记孙明远出席开幕式并致辞，他希望各乡镇抓住机遇，把特色农产品卖出好价钱。", 13)
OTHER = ["", "临江镇新建三座便民桥  村民出行更方便", "",
         *wrap("本报讯  临江镇近日新建的三座便民桥全部完工，两岸村民从此不再绕行十多公里去赶集。", 16)]


def _articles(text: str) -> list[list[str]]:
    return [a.paragraphs for a in parse_structure(text).articles]


def test_a_first_line_cut_short_before_a_wider_column_is_no_title():
    """After a finished paragraph, a line broken off mid-word and a little short of the column
    above, then a column break into a wider column: that paragraph's first line, not the headline
    of a new article."""
    rest = wrap("作社和种植大户带来了蜂蜜、茶叶、香菇等两百多种特色农产品，展销会将持续五天。", 19)
    text = page(HEAD, OPENING, [""], ["展销会上全县百余家合"], [""], rest, OTHER)
    articles = _articles(text)
    assert len(articles) == 2
    assert any("百余家合作社" in p for p in articles[0])


def test_a_clause_left_open_before_a_wider_column_is_no_title_pair():
    """A full line over a short one that leaves its clause open (…农户、) before a column break
    into a wider column: a paragraph's first lines cut short at the break, no two-line title."""
    rest = wrap("合作社代表纷纷前来洽谈，现场签订采购协议金额超过三千万元，展销会将持续五天。", 19)
    text = page(HEAD, OPENING, ["县农业农村局组织全县种植大", "户、家庭农场和农、"], [""], rest, OTHER)
    articles = _articles(text)
    assert len(articles) == 2
    assert any("全县种植大户、家庭农场和农、合作社代表" in p for p in articles[0])


def test_a_section_title_after_a_column_break_may_sit_in_the_wider_column():
    """The paragraph above a section title went on after a column break in one short line: the
    column it ended in is unknown, so a wider text under the title is no sign of a new article."""
    before = wrap("展销会期间，县里还组织了直播带货活动，十余名返乡青年主播轮流上阵，推介本地的", 13)
    tail = ["特色产品。"]
    after = wrap("各乡镇的农业合作社与县外的二十多家超市和餐饮企业签订了长期供货协议，"
                 "蔬菜水果每天清晨从田间直接运往城里的门店，农户的收入比去年同期明显增加。", 19)
    text = page(HEAD, OPENING, [""], before, [""], tail, [""], ["产销对接更顺畅"], [""], after, OTHER)
    articles = _articles(text)
    assert len(articles) == 2
    assert "产销对接更顺畅" in articles[0]


def test_the_line_under_a_photo_label_opens_the_item_text():
    """A photo label (图片报道) heads an item with no subheadline: the line right under it is the
    item's text even where a column break sends the text on in a wider column."""
    item = ["图片报道", "青溪县农民丰收节摄影作品展", "",
            *wrap("近日在县文化馆开幕，展出的一百二十幅作品记录了全县农民喜获丰收的动人瞬间。"
                  "图为市民在展厅参观。", 24), "新华社记者  陈立文摄"]
    text = page(HEAD, OPENING, [""], item, OTHER)
    photo = parse_structure(text).articles[1]
    assert photo.headline == "图片报道"
    assert photo.subheadline is None
    assert photo.paragraphs[0].startswith("青溪县农民丰收节摄影作品展近日")
