"""Name edges, roles and titles added in this round; every sentence is invented."""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


FOLLOW = [
    "笑着", "领着", "分析", "发表", "举行", "转达", "接受", "担任", "激动", "一直",
    "经常", "总是", "始终", "再次", "首次", "开始", "回到", "离开", "抵达", "乘坐",
    "出生", "觉得", "相信", "感到", "成为", "决定", "选择", "继续", "喜欢", "突然",
    "当即", "热烈", "祝贺", "邀请", "深有感触", "记忆犹新", "不再", "格外", "分享", "直言",
    "进一步", "今年", "近日", "十分", "充满", "没有", "生前", "参与", "走上", "发来",
    "汇报",
]


@pytest.mark.parametrize("word", FOLLOW)
def test_what_a_person_does_next_ends_the_name(word: str) -> None:
    # 村民郝思远|不再…: a verb or adverb after the name is its right edge
    assert people(f"镇长郝思远{word}村里的事。") == {"郝思远": ["镇长"]}


@pytest.mark.parametrize(
    "text",
    [
        "运动员陆续抵达，村民郝思远不再担心。",
        "总理盛情邀请各方，村民郝思远不再担心。",
        "村民隆重在村口迎接，村民郝思远不再担心。",
        "队员宿舍十分简陋，村民郝思远不再担心。",
        "研究员成果在展会亮相，村民郝思远不再担心。",
        "村民都表示满意，村民郝思远不再担心。",
        "群众普遍认为很好，村民郝思远不再担心。",
        "对村民来说，这是好事，村民郝思远不再担心。",
    ],
)
def test_adverbs_after_a_role_are_no_names(text: str) -> None:
    assert set(people(text)) == {"郝思远"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河装饰公司负责人郝思远说，订单多了。", {"郝思远": ["负责人"]}),
        ("据项目负责人郝思远介绍，工程已过半。", {"郝思远": ["项目负责人"]}),
        ("“税负降了。”星河光电财务负责人郝思远说。", {"郝思远": ["财务负责人"]}),
        # 负责人 is never written after a name: 有关部门|负责人 holds no name
        ("有关部门负责人表示，公司负责人郝思远说，订单多了。", {"郝思远": ["负责人"]}),
        # a follow word (宣布) starts no name after a post
        ("区负责人宣布，公司负责人郝思远说，订单多了。", {"郝思远": ["负责人"]}),
    ],
)
def test_whoever_is_in_charge_holds_a_post(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("remit", ["组织委员", "宣传委员", "组宣委员", "纪检委员", "统战委员"])
def test_township_committee_members_by_remit(remit: str) -> None:
    assert people(f"镇党委{remit}郝思远介绍，村里变了。") == {"郝思远": [f"镇党委{remit}"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honorary posts
        ("市足协名誉主席郝思远出席。", {"郝思远": ["市足协名誉主席"]}),
        ("市足协永远名誉主席郝思远出席。", {"郝思远": ["市足协永远名誉主席"]}),
        # assistants to a head
        ("星河科技有限公司助理总经理郝思远表示，订单多了。", {"郝思远": ["助理总经理"]}),
        ("星河科技有限公司助理副总裁郝思远表示，订单多了。", {"郝思远": ["助理副总裁"]}),
        # chief specialists
        ("省农业农村厅总畜牧师郝思远表示，生猪存栏回升。", {"郝思远": ["省农业农村厅总畜牧师"]}),
        ("省农业农村厅总农艺师郝思远表示，秋粮丰收。", {"郝思远": ["省农业农村厅总农艺师"]}),
        ("星河银行首席风险官郝思远表示，风险可控。", {"郝思远": ["首席风险官"]}),
        ("。南岭水利研究会常务理事郝思远表示，水质变好。", {"郝思远": ["南岭水利研究会常务理事"]}),
    ],
)
def test_modifiers_and_heads(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议听取了财经委副主任委员郝思远作的报告。", {"郝思远": ["财经委副主任委员"]}),
        ("会议听取了预算工委主任郝思远作的报告。", {"郝思远": ["预算工委主任"]}),
        ("全国人大常委会法工委发言人郝思远表示，草案将再审。", {"郝思远": ["全国人大常委会法工委发言人"]}),
        ("。香港特区行政会议召集人郝思远表示，新规例合理。", {"郝思远": ["香港特区行政会议召集人"]}),
    ],
)
def test_congress_committees_and_executive_council(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's region is the level of the post; the company is left out
        ("。星河云中国区总裁郝思远表示，订单多了。", {"郝思远": ["中国区总裁"]}),
        ("。星河云大中华区总裁郝思远表示，订单多了。", {"郝思远": ["大中华区总裁"]}),
        ("。星河云亚太区总裁郝思远表示，订单多了。", {"郝思远": ["亚太区总裁"]}),
        # a company's department: the company (and its branch) left out
        ("。星河冶金北京分公司党群工作部部长郝思远深有感触。", {"郝思远": ["党群工作部部长"]}),
        ("。星河冶金有限公司党群工作部部长郝思远表示，订单多了。", {"郝思远": ["党群工作部部长"]}),
        # a former post in a company: 原 opens it
        ("星河能源有限公司原党委书记、董事长郝思远接受审查。", {"郝思远": ["原党委书记", "董事长"]}),
        ("星河能源有限公司原董事长郝思远接受审查。", {"郝思远": ["原董事长"]}),
        # an institution of a group: the group left out
        ("参与研发的南岭研究院集团机车研究所副所长郝思远表示，样车已下线。", {"郝思远": ["机车研究所副所长"]}),
        # a division of a named organisation opening the clause
        ("。星河财险国际部经理郝思远介绍，业务增长。", {"郝思远": ["星河财险国际部经理"]}),
    ],
)
def test_company_units_and_regions(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head followed by 会 / 团 names a body inside an institution's name
        ("最近，南岭水利学会国际合作委员会主席郝思远表示，水质变好。", {"郝思远": ["南岭水利学会国际合作委员会主席"]}),
        (
            "。”南岭友好协进会发展基金主席团主席郝思远呼吁：“停止暴力。”",
            {"郝思远": ["南岭友好协进会发展基金主席团主席"]},
        ),
    ],
)
def test_bodies_named_after_their_posts(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("role", ["参会嘉宾", "社区工作者", "学员", "列车员", "生态管护员", "分析师", "社区民政专干"])
def test_occupations_before_a_speaker(role: str) -> None:
    assert people(f"“变化很大。”{role}郝思远说。") == {"郝思远": []}


@pytest.mark.parametrize(
    "text",
    ["联合国负责人道主义事务的副秘书长说，救援正在进行。", "公司相关负责人员郝思远介绍，项目进展顺利。"],
)
def test_a_post_ending_in_a_longer_word_is_no_post(text: str) -> None:
    # 负责人|道主义, 负责人|员: the head ends inside a word, so nothing after it is a name
    assert people(text) == {}
