"""Campaigns: quoted names with a campaign word, slogans left out."""

from __future__ import annotations

from banmian.extract import extract_text


def test_campaigns_deduplicated_and_slogans_left_out() -> None:
    text = (
        "全身心投入到“产业发展项目建设提升年”活动和“七比一看”竞赛中，冲刺“开门红”。\n"
        "按照“疫情要防住、经济要稳住”重大要求，落实“产业发展项目建设提升年”活动要求。"
    )
    assert extract_text(text).campaigns == ["产业发展项目建设提升年", "七比一看"]


def test_campaign_word_inside_the_quote() -> None:
    assert extract_text("开展“作风建设年”和“三服务”。").campaigns == ["作风建设年"]
