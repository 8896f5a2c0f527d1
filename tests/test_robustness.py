"""The parser never raises on text, whatever shape the text has."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banmian
from banmian.pipeline import parse_structure

PIECES = st.sampled_from(
    ["本报讯（林一帆 文 陈晓云 图）", "新华社北京3月3日电", "（本报记者周安）", "●", "■链接", "核心阅读", "一、",
     "图为", "摄", "责编：林思远", "2023年3月4日 星期六", "第2版", "“", "”", "，", "。", "——", " ", "\u3000",
     "（", "）", "青溪县", "召开", "会议", "县委书记王建明", "有限公司", "3月3日", "2023", "ABC", "\n", "\n\n",
     "\t", "﹃", "︵"]
)
PAGES = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=80).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_parse_never_raises_and_keeps_the_contract(text: str) -> None:
    page = banmian.parse(text)
    d = page.to_dict()
    assert isinstance(d["articles"], list)
    for art in d["articles"]:
        assert all(isinstance(p, str) and p for p in art["paragraphs"])


def test_edge_shapes() -> None:
    for text in ["", "\n\n\n", "一", "。", "本报讯", "（", "●\n●\n●", "x" * 100000, "青溪县\n" * 5000]:
        parse_structure(text)
