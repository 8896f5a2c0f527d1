"""Collections of signed contributions stay one article: a title over an author's name line heads
the text under it, and an author's note signs a contribution like a signature (invented pages)."""

from __future__ import annotations

from tests.pages import blocks_of

# Contributions each set as a title, the author's name alone, the text and a closing note; the
# second title repeats the first text's words, and the collection's headline is set after it.
AFTER = (
    "秋收时节，我们邀请几位青溪县的乡村工作者\n"
    "写下他们这一年的心得，以飨读者。\n"
    "\n"
    "扎根田野二十年\n"
    "林  舟\n"
    "在青溪县当农技员的二十年里，我最大的心愿\n"
    "就是守护好青溪的山水，让乡亲们的日子越过\n"
    "越红火。守护山水、守护乡亲的饭碗，是我们\n"
    "这些农技员每天都在琢磨的事情。\n"
    "\n"
    "（作者为青溪县农业技术推广站站长）\n"
    "守护山水 守护乡亲\n"
    "夏  禾\n"
    "石桥镇的竹林今年又扩种了三百亩，村里的年\n"
    "轻人回来办起了竹编合作社，订单排到了明年\n"
    "开春，大家说这是多年来最忙的一个秋天。\n"
    "\n"
    "（作者为石桥镇竹编合作社理事长）\n"
    "\n"
    "稻田里的新课堂\n"
    "程  远\n"
    "今年秋天，县里的小学把课堂搬进了稻田，孩\n"
    "子们跟着老农学割稻、学打谷，认识了许多书\n"
    "本上没有的农具，回家后还写了观察日记。\n"
    "\n"
    "（作者为青溪县东门小学教师）\n"
    "\n"
    "丰收路上的青溪人（乡村笔记）\n"
    "\n"
)

# The collection's headline over the first contribution's title and its author's name, the next
# contributions set the same way after each closing note.
BEFORE = (
    "山水之间看变化（乡村笔记）\n"
    "扎根田野二十年\n"
    "柳青岚\n"
    "在青溪县当农技员的二十年里，我最大的心愿\n"
    "就是让乡亲们的日子越过越红火，让更多的年\n"
    "轻人愿意回到家乡来创业。\n"
    "\n"
    "今年全县的水稻亩产又提高了一成，农户们说\n"
    "这是多年来收成最好的一年。\n"
    "\n"
    "（作者为青溪县农业技术推广站站长）\n"
    "竹林深处\n"
    "夏春禾\n"
    "石桥镇的竹林今年又扩种了三百亩，村里的年\n"
    "轻人回来办起了竹编合作社，订单排到了明年\n"
    "开春，大家说这是多年来最忙的一个秋天。\n"
    "\n"
    "（作者为石桥镇竹编合作社理事长）\n"
    "稻田课堂\n"
    "程知远\n"
    "今年秋天，县里的小学把课堂搬进了稻田，孩\n"
    "子们跟着老农学割稻、学打谷，认识了许多书\n"
    "本上没有的农具，回家后还写了观察日记。\n"
    "\n"
    "（作者为青溪县东门小学教师）\n"
)


def test_a_title_over_an_authors_name_after_a_note_heads_the_text_under_it():
    """After a closing note, a title with an author's name under it opens the collection's next
    contribution even when its words echo the text above: a name signs the text below it."""
    arts = blocks_of(AFTER)
    assert len(arts) == 1
    kicker, headline, _sub, paras = arts[0]
    assert headline == "丰收路上的青溪人（乡村笔记）" and kicker is None
    assert "守护山水守护乡亲" in [p.replace(" ", "") for p in paras]


def test_the_first_contribution_of_a_collection_gets_its_title_and_name_back():
    """Every later contribution opens with a title and a name after the note closing the one
    before: the headline block's last two lines are the first contribution's, not a subheadline."""
    arts = blocks_of(BEFORE)
    assert len(arts) == 1
    kicker, headline, sub, paras = arts[0]
    assert headline == "山水之间看变化（乡村笔记）" and kicker is None and sub is None
    assert paras[:2] == ["扎根田野二十年", "柳青岚"]


# Told contributions, each closed by a note of who took it down; the first note wraps over two
# lines, so 整理） closes its second line.
TOLD = (
    "金秋青溪话丰收\n"
    "\n"
    "丰收节前夕，我们请几位乡亲讲一讲这一年\n"
    "的收获与期盼。\n"
    "\n"
    "——编者\n"
    "\n"
    "稻香飘满石桥镇\n"
    "\n"
    "林守田（青溪县石桥镇种粮大户）\n"
    "\n"
    "今年我种了三百亩水稻，亩产比去年多了一\n"
    "成，收割机一到地头，一天就能收完五十亩，\n"
    "乡亲们都说日子越过越有奔头。\n"
    "\n"
    "（本报记者程远舟、青溪融媒体中心夏春禾采访\n"
    "整理）\n"
    "\n"
    "竹编走出大山\n"
    "\n"
    "柳青岚（石桥镇竹编合作社理事长）\n"
    "\n"
    "合作社的竹编今年卖到了十几个省份，订单\n"
    "排到了明年开春，三十多位留守妇女在家门\n"
    "口就有了活干，收入也比往年高了不少。\n"
    "\n"
    "（本报记者程远舟采访整理）\n"
)


def test_a_wrapped_note_of_who_took_a_contribution_down_keeps_the_collection_going():
    """（本报记者…采访整理） wrapped over two lines still closes one contribution of a collection:
    the title after it opens the next contribution, not another article."""
    arts = blocks_of(TOLD)
    assert len(arts) == 1
    assert arts[0][1] == "金秋青溪话丰收"
    assert "竹编走出大山" in arts[0][3]
