"""Headline blocks found whole: kickers over tagged titles, foreign contributors' signatures, a
text's first line under a short title, and lines set under a subheadline (invented pages)."""

from __future__ import annotations

from tests.pages import blocks_of

# A collection of foreign contributors' pieces, each a title and a signature with the country in
# brackets (no space before the name), its headline set after it at the page's end.
COLLECTION = (
    "山城的秋天更加好看\n"
    "\n"
    "（意大利）马可·罗西\n"
    "\n"
    "我第一次来到这座山城是在十年以前，那时\n"
    "城里的道路还很狭窄，江边也没有几座桥。\n"
    "\n"
    "今年秋天再来，新修的江滨步道一直延伸到\n"
    "老码头，傍晚散步的市民和游客络绎不绝。\n"
    "\n"
    "（作者为意大利摄影师）\n"
    "\n"
    "一座桥连起两岸人家\n"
    "\n"
    "（西班牙）卡洛斯·加西亚\n"
    "\n"
    "去年我在江北的小镇住了三个月，每天都要\n"
    "乘坐渡船过江，一次往返要花一个多小时。\n"
    "\n"
    "今年再来，一座新桥已经通车，过江只要五\n"
    "分钟，镇上的老人说这是多年的心愿。\n"
    "\n"
    "（作者为西班牙自由撰稿人）\n"
    "\n"
    "版式设计：林小溪\n"
    "外国友人眼中的山城新貌（异乡人看变化）\n"
    "\n"
)

# A kicker closed by its dash over a title closed by a column tag, a one-line lead right under it.
TAGGED_TITLE = (
    "青溪县举办秋季农民丰收节\n"
    "\n"
    "本报青溪10月8日电  （记者林一帆）10月7日，青溪县第\n"
    "三届农民丰收节在石桥镇开幕，来自全县的三百多户农户带\n"
    "来了稻米、茶叶和竹编制品，现场签订订单一百二十余份。\n"
    "\n"
    "山乡处处传喜讯、家家户户晒丰收，青溪各地共庆金秋——\n"
    "汇聚起乡村振兴澎湃力量（金秋时节看丰收 丰收时节话振兴）\n"
    "这个秋天，青溪的田野格外热闹。\n"
    "\n"
    "稻谷飘香，瓜果满园。从东部平原到西部山区，农民们忙着\n"
    "收割、晾晒、装运，脸上洋溢着笑容。石桥镇种粮大户李明\n"
    "远说，今年的亩产比去年多了一成，收购价格也比较稳定。\n"
    "\n"
    "（本报记者林一帆、陈晓云）\n"
)

# A photo item: a short title, then its text's first line broken off by a column break.
PHOTO_ITEM = (
    "青溪县举办秋季农民丰收节\n"
    "\n"
    "本报青溪10月8日电  （记者林一帆）10月7日，青溪\n"
    "县第三届农民丰收节在石桥镇开幕，来自全县的三百\n"
    "多户农户带来了稻米、茶叶和竹编制品。\n"
    "\n"
    "（本报记者 林一帆）\n"
    "\n"
    "晒秋\n"
    "10月9日，枫林县石门村的村民在屋\n"
    "\n"
    "顶晾晒辣椒和玉米，金黄火红的颜色铺满了整个山坡。\n"
    "图为村民们正在翻晒刚刚收获的玉米。\n"
)

# A feature's headline, its subheadline, and an indented lead-in set right under them.
FEATURE = (
    "走进山乡看变化\n"
    "——写在青溪县脱贫摘帽三周年之际\n"
    "　　这是一条通往幸福的路——\n"
    "\n"
    "　　“过去下山赶集要走大半天，现在开车\n"
    "二十分钟就到了。”说起这几年的变化，石\n"
    "门村村民周大山笑得合不拢嘴。\n"
    "\n"
    "　　三年来，青溪县新修通村公路四百多公\n"
    "里，全县所有行政村都通上了硬化路，山里\n"
    "的茶叶和竹笋源源不断地运出大山。\n"
    "\n"
    "（本报记者 林一帆）\n"
)


def test_collection_with_bracketed_country_signatures_takes_the_closing_headline() -> None:
    """（意大利）马可·罗西 signs a contribution like 广东深圳市 聂耀文: the page is a collection, its
    headline is the tagged title at the page's end, and the first title is its first piece's."""
    heads = blocks_of(COLLECTION)
    assert len(heads) == 1
    assert heads[0][1] == "外国友人眼中的山城新貌（异乡人看变化）"
    assert heads[0][3][:2] == ["山城的秋天更加好看", "（意大利）马可·罗西"]


def test_kicker_over_a_column_tagged_title_with_text_right_under_it() -> None:
    """A line closed by a kicker's dash over a title closed by a column tag heads the next article
    even where the text runs on right under the title (no blank line)."""
    heads = blocks_of(TAGGED_TITLE)
    assert len(heads) == 2
    assert heads[1][:3] == ("山乡处处传喜讯、家家户户晒丰收，青溪各地共庆金秋——",
                            "汇聚起乡村振兴澎湃力量（金秋时节看丰收 丰收时节话振兴）", None)
    assert heads[1][3][0].startswith("这个秋天")


def test_dated_line_under_a_title_before_a_column_break_opens_the_text() -> None:
    """Under a short title and over a blank line, a line opening with a date and a comma is the
    text's first line cut by a column break, not the title's second line."""
    heads = blocks_of(PHOTO_ITEM)
    assert len(heads) == 2
    assert heads[1][1:3] == ("晒秋", None)
    assert heads[1][3][0].startswith("10月9日，枫林县石门村的村民在屋顶晾晒辣椒")


def test_lines_under_a_subheadline_open_the_text() -> None:
    """A subheadline (——写在…之际) closes the headline block: an indented lead-in set right under
    it is the text's first paragraph, not part of the subheadline."""
    heads = blocks_of(FEATURE)
    assert heads[0][:3] == (None, "走进山乡看变化", "——写在青溪县脱贫摘帽三周年之际")
    assert heads[0][3][0] == "这是一条通往幸福的路——"
