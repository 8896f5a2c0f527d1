"""Places: division table lookups, context for repeated county names, zones and towns."""

from __future__ import annotations

from banmian.extract import annotate, extract_text
from banmian.model import Article, Page, Place


def places(text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_text(text).places}


def test_county_resolves_to_province_and_city() -> None:
    p = places("芗城区召开大会。")["芗城区"]
    assert (p.province, p.city, p.county, p.kind) == ("福建省", "漳州市", "芗城区", "county")


def test_short_city_name() -> None:
    p = places("漳州海莱照明有限公司")["漳州"]
    assert (p.province, p.city) == ("福建省", "漳州市")


def test_ambiguous_county_stays_partly_null() -> None:
    p = places("朝阳区举行活动。")["朝阳区"]
    assert (p.province, p.city, p.county) == (None, None, "朝阳区")


def test_ambiguous_county_uses_other_places_on_the_page() -> None:
    page = Page(articles=[Article(paragraphs=["朝阳区举行活动。"]), Article(paragraphs=["吉林省长春市召开会议。"])])
    p = annotate(page).articles[0].places[0]
    assert (p.province, p.city, p.county) == ("吉林省", "长春市", "朝阳区")


def test_zones_and_towns_kept_as_named() -> None:
    found = places("区委书记到金峰开发区调研，又到芗城区天宝镇和浦南镇。")
    assert found["金峰开发区"].kind == "zone"
    assert found["天宝镇"].kind == "town"
    assert found["浦南镇"].province is None


def test_generic_words_are_no_place() -> None:
    assert set(places("推进城乡融合，各镇街、乡镇干部和城区居民参加。")) == set()


def test_bare_区_is_not_resolved() -> None:
    assert places("区委书记到区里调研。") == {}
