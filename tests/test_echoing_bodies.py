"""A headline over two parts of one article: an untitled report under it that repeats its wording."""

from __future__ import annotations

from tests.pages import heads_and_starts, page, wrap

LETTER = ("值此青溪县少儿科技馆开馆之际，谨向全县少年朋友致以祝贺。希望你们热爱科学、勤于动手，"
          "在探索中增长才干。")
REPORT = ("本报青溪10月8日电  （记者吕方舟）青溪县少儿科技馆8日开馆，县长致信祝贺。科技馆设有航天、"
          "机器人等六个展区，开馆首日接待少年朋友两千余人次。")
OTHER = ("本报南岭10月8日电  （记者韦晓岚）南岭乡村书屋近日完成改造，新添图书两千余册，并开设少儿阅读角，"
         "每周开放六天。")


def test_an_untitled_report_repeating_the_headline_joins_the_article_above() -> None:
    """A letter under its headline, then the dispatch that reports it with no title of its own:
    the dispatch repeats the headline's wording at least as much as the letter does, so the
    headline sums up both, one article."""
    text = page(
        ["青溪县长致信祝贺少儿科技馆开馆"], [""], wrap(LETTER, 16), [""], wrap(REPORT, 16),
    )
    assert heads_and_starts(text) == [("青溪县长致信祝贺少儿科技馆开馆", "值此青溪县少")]


def test_an_untitled_report_on_another_subject_stays_apart() -> None:
    """An untitled dispatch that repeats little of the headline above is an article of its own."""
    text = page(
        ["青溪县长致信祝贺少儿科技馆开馆"], [""], wrap(REPORT, 16), [""], wrap(OTHER, 16),
    )
    assert heads_and_starts(text) == [("青溪县长致信祝贺少儿科技馆开馆", "青溪县少儿科"), (None, "南岭乡村书屋")]
