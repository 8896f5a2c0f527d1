"""Rules of the one-width / centred-title helper, each on an invented page."""

from banmian.pipeline import parse_structure
from tests.pages import page, wrap

_FIRST = ("入秋以来，青溪县组织农技人员深入田间地头，指导农户抢收晚稻、"
          "抢种油菜，全县秋收进度比去年同期快了三成。",
          "县农业农村局负责人林晓峰介绍，今年全县推广机械化收割，"
          "合作社统一调度收割机，农户不出村就能预约。")
_SECOND = ("清晨的柳溪河畔，雾气还没有散尽，沿河步道上已有不少晨练的居民。"
           "几年前，这里还是杂草丛生的荒滩。",
           "河道整治以后，县里沿岸种下香樟和垂柳，修起了亲水平台，"
           "柳溪河成了居民家门口的公园。")


def _article(paras: tuple[str, ...], width: int) -> list[str]:
    lines: list[str] = []
    for k, para in enumerate(paras):
        lines += ([""] if k else []) + wrap(para, width)
    return lines


def test_a_title_closed_by_its_column_name_heads_a_new_article_even_with_clause_marks():
    """Both articles in one column width: only the column's name in brackets (（城乡漫笔）) tells the
    second title from a section title, commas in the title or not."""
    text = page(["青溪秋收进度快于往年", ""], _article(_FIRST, 16),
                ["", "晨光里，柳溪河畔走一走（城乡漫笔）", ""], _article(_SECOND, 16))
    arts = parse_structure(text).articles
    assert [a.headline for a in arts] == ["青溪秋收进度快于往年", "晨光里，柳溪河畔走一走（城乡漫笔）"]


def test_a_short_bracket_after_a_clause_is_no_column_name():
    """A bracket of two or three characters qualifies a word (（上）, （试行）): a section title."""
    text = page(["青溪秋收进度快于往年", ""], _article(_FIRST, 16),
                ["", "农机进村，服务到户（试行）", ""], _article(_SECOND, 16))
    assert len(parse_structure(text).articles) == 1
