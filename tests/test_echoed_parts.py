"""A headline set under two parts of one article: an untitled report over them that repeats its wording."""

from __future__ import annotations

from tests.pages import heads_and_starts, page, wrap

FIRST = ("本报青溪10月8日电  （记者吕方舟）青溪县长周明远8日会见南岭县少儿科技代表团一行，"
         "双方就少儿科技馆共建、科技教师交流等交换意见。")
SECOND = ("本报青溪10月8日电  （记者吕方舟）青溪县政协主席许兰亭8日会见南岭县少儿科技代表团，"
          "介绍了青溪县少儿科技教育的做法。")
OTHER = ("本报南岭10月8日电  （记者韦晓岚）南岭乡村书屋近日完成改造，新添图书两千余册，并开设少儿阅读角，"
         "每周开放六天。")
HEAD = "周明远许兰亭分别会见南岭县少儿科技代表团"


def test_an_untitled_report_repeating_the_headline_below_joins_the_article_under_it() -> None:
    """Two dispatches, then their headline set under them: the first repeats the headline's
    wording at least as much as the second, so the headline sums up both, one article."""
    text = page(wrap(FIRST, 16), [""], wrap(SECOND, 16), [""], [HEAD])
    assert heads_and_starts(text) == [(HEAD, "青溪县长周明")]


def test_an_untitled_report_on_another_subject_stays_apart_from_the_headline_below() -> None:
    """An untitled dispatch over a body headed from below that repeats little of that headline
    is an article of its own."""
    text = page(wrap(OTHER, 16), [""], wrap(SECOND, 16), [""], [HEAD])
    assert heads_and_starts(text) == [(None, "南岭乡村书屋"), (HEAD, "青溪县政协主")]


SPEECH = ("同志们，朋友们：今天，我们在这里隆重集会，共同庆祝青溪县少儿科技馆建成开馆十周年。"
          "十年来，科技馆接待少年朋友百万人次，成为全县少年儿童学科学、爱科学的课堂。")
GALA = ("本报青溪10月8日电  （记者吕方舟）青溪县少儿科技馆建成开馆十周年庆祝大会8日举行，"
        "全县少年儿童代表两千余人参加大会。")
TITLE = "在青溪县少儿科技馆建成开馆十周年庆祝大会上的讲话"


def test_a_dated_report_over_a_speech_headed_below_stays_apart() -> None:
    """A dispatch opening on its own dateline over a speech set in a wider column, its title under it: the
    title heads the speech alone, however much of its wording the report repeats."""
    text = page(wrap(GALA, 14), [""], wrap(SPEECH, 20), [""], [TITLE])
    assert heads_and_starts(text) == [(None, "青溪县少儿科"), (TITLE, "同志们，朋友")]
