import pytest

from banmian.layout.byline import parse_credits, split_byline


@pytest.mark.parametrize(
    ("text", "source", "reporters", "photographers", "rest"),
    [
        ("本报讯（刘一文 文 郑二典 图）1月30日，", "本报讯", ["刘一文"], ["郑二典"], "1月30日，"),
        ("本报讯（刘一文 文 郑二典图）1月30日", "本报讯", ["刘一文"], ["郑二典"], "1月30日"),
        ("本报讯（林一帆）人勤春来早", "本报讯", ["林一帆"], [], "人勤春来早"),
        ("本报北京10月2日电  （记者李中文）近日", "本报北京10月2日电", ["李中文"], [], "近日"),
        ("本报北京 10 月 6 日电 （记者杨一昊）位于", "本报北京10月6日电", ["杨一昊"], [], "位于"),
        ("本报讯 记者 陈晓云 通讯员 林一帆 3月3日，青溪县", "本报讯", ["陈晓云", "林一帆"], [], "3月3日，青溪县"),
        ("本报北京9月30日电  （记者张小烁）庆祝", "本报北京9月30日电", ["张小烁"], [], "庆祝"),
        ("新华社北京9月30日电  （记者朱一钗、王琦）中共", "新华社北京9月30日电", ["朱一钗", "王琦"], [], "中共"),
        ("新华社北京9月30日电  中共中央", "新华社北京9月30日电", [], [], "中共中央"),
        ("（记者 陈晓云 通讯员 林一帆）本报从", None, ["陈晓云", "林一帆"], [], "本报从"),
        ("本报记者  姜小冰", None, ["姜小冰"], [], ""),
        ("本报记者  王  亮", None, ["王亮"], [], ""),
        ("□ 本报记者 李明远 通讯员 王小禾", None, ["李明远", "王小禾"], [], ""),
        ("记者 王海 通讯员 李娟 报道 近日", None, ["王海", "李娟"], [], "近日"),
        ("（林一帆 文/图）3月", None, ["林一帆"], ["林一帆"], "3月"),
    ],
)
def test_byline_forms(text, source, reporters, photographers, rest):
    by, after = split_byline(text)
    assert by is not None
    assert (by.source, by.reporters, by.photographers, after) == (source, reporters, photographers, rest)


def test_roles_are_kept():
    assert parse_credits("记者 陈晓云 通讯员 林一帆") == [("陈晓云", "记者"), ("林一帆", "通讯员")]
    by, _ = split_byline("（记者 陈晓云 通讯员 林一帆）")
    assert by is not None and by.correspondents == ["林一帆"]


@pytest.mark.parametrize(
    "text",
    ["（2019年9月30日）", "1月30日，芗城区召开", "本报将持续关注。", "本报记者从市供电公司获悉", "（上接第一版）县委"],
)
def test_not_a_byline(text):
    assert split_byline(text) == (None, text)
