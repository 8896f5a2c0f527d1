"""Company and event rules of this round, each on an invented sentence (names and firms made up).

Every test fails on the rules before the round (WORK/base) and passes with them (WORK/proto).
"""

from __future__ import annotations

import pytest

from banmian.extract import extract_text


def companies(text: str) -> list[str]:
    return [o.name for o in extract_text(text).organizations if o.kind == "company"]


def events(text: str, year: int = 2023) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.date, e.actors) for e in extract_text(text, year=year).events]


# --- companies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parent written on its own is listed beside its branches, not merged into them
        (
            "，中国青溪银行在军运村设立中国青溪银行武汉军运村支行。中国青溪银行相关负责人说，网点已开业。",
            ["中国青溪银行", "中国青溪银行武汉军运村支行"],
        ),
        # a conjunction before a four-character brand opens it: 博物馆和|青溪移动|湖北公司
        ("，青溪博物馆和青溪移动湖北公司打造的智慧展厅正式发布。", ["青溪移动湖北公司"]),
        # a numbered engineering bureau before a branch is its parent, not a level
        ("针对这些问题，青建七局广西公司党委将表单进行整合。", ["青建七局广西公司"]),
        # a body joining a company as partner ends the run: 区政府联合|…公司, 电视台和|…集团
        ("由朝阳区政府联合青溪云海公司建设的创新中心开工。", ["青溪云海公司"]),
        ("活动由北京广播电视台联合杭州青溪集团发起。", ["杭州青溪集团"]),
        # an institute turned group is a company: …研究院|集团
        ("参与研发的青溪铁道科学研究院集团机车车辆研究所副所长张波表示，动车组已装备。", ["青溪铁道科学研究院集团"]),
        # a verb phrase before a short name is cut: 解决|青溪公司…债务
        ("长城青溪通过破产重整解决青溪公司58亿元高额债务。", ["青溪公司"]),
        # a partner before a short name when a country or place opens what remains; 共和国 is no 和
        ("据悉，青溪能源已与法国青溪空气集团合作布局氢能。", ["法国青溪空气集团"]),
        ("他们收购塞尔维亚共和国斯梅青溪钢厂，青溪能源又与法国青溪空气集团合作。", ["法国青溪空气集团"]),
        # a trade word right before the ending is part of the name (青溪省投资|集团), but a counted
        # kind of firm is none (一家…外包服务公司)
        ("，青溪省投资集团与县政府签约。他们委托一家浙江外包服务公司设立窗口。", ["青溪省投资集团"]),
        # 本 opens a transliterated name, not only 本公司
        ("安哥拉交通部、本塔拉铁路公司、承建方三方共同签署证书。", ["本塔拉铁路公司"]),
    ],
)
def test_companies_found(text: str, expected: list[str]) -> None:
    assert companies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # descriptions of a kind of bank, firm or plant
        "，青溪网站实现了传统银行支付和扫码支付。",
        "，工行还采购调配了两台“流动银行车”。",
        "关停了燃煤电厂。",
        # a country alone names the firm's home, not the firm
        "按规定向位于东京的日本总公司汇报。",
        "这家企业与一家美国公司合作。",
    ],
)
def test_no_company(text: str) -> None:
    assert companies(text) == []


# --- events ----------------------------------------------------------------------------------


def test_meeting_not_yet_held_or_a_performance_is_none() -> None:
    assert events("10月9日，第三届青溪发展论坛召开在即，筹备工作全面就绪。") == []
    assert events("10月9日晚，“青溪之夜”大型音乐焰火晚会在青溪广场举行。") == []


def test_party_sanction_is_no_visit() -> None:
    text = "中央纪委对青溪集团原董事长王青山进行审查调查。\n经研究，决定给予王青山同志留党察看二年处分。"
    assert events(text) == []


def test_month_without_a_day_dates_no_event() -> None:
    assert events("2016年3月，县委书记张青山主持召开全县扶贫工作会议，审议通过了实施方案。") == []
    assert events("西南青溪大学科技园副总经理李远山说，在2017年7月召开的领导小组会议上，审议通过了方案。") == []


def test_a_count_of_meetings_is_no_occurrence() -> None:
    text = "9月5日，市政府分管副市长李明远共主持召开11次专题工作会议，推进回迁户办证。"
    assert events(text) == []


def test_quoted_speakers_lead_a_meeting_nobody_chairs() -> None:
    found = events(
        "10月9日，第三届青溪产业论坛在青溪举行。县长赵青云向论坛致贺信。\n"
        "赵青云指出，产业要转型升级。\n"
        "青溪大学校长王明远表示，高校要服务地方发展。"
    )
    assert found == [("meeting", "2023-10-09", ["王明远"])]


def test_the_one_whose_report_a_session_hears_leads_the_meeting() -> None:
    found = events("10月9日，县人大常委会第十次会议听取了县长王明远所作的关于财政工作情况的报告。")
    assert found == [("meeting", "2023-10-09", ["王明远"])]


def test_an_undated_speech_at_a_ceremony_reports_the_meeting() -> None:
    found = events("青溪县残联副主席李青山在闭幕式上表示，要大力推动残疾人就业。")
    assert found == [("meeting", None, ["李青山"])]


def test_an_honour_conferred_is_an_award_whose_recipient_presents_nothing() -> None:
    assert events("10月9日，县委宣传部在青溪追授李青山“时代楷模”称号。") == [("award", "2023-10-09", [])]
    assert events("10月9日，青溪镇党委书记王明远被授予“优秀党务工作者”称号。") == [("award", "2023-10-09", [])]
    assert events("10月9日，县学位委员会调整了学位授予权评审组。") == []
    biography = "10月9日，青溪县召开表彰会。\n前不久，他被授予“优秀党务工作者”称号。"
    assert events(biography) == [("meeting", "2023-10-09", [])]


def test_a_time_after_a_meeting_told_before_is_no_new_meeting() -> None:
    found = events("10月9日，县委书记王明远到青溪镇调研。\n会议召开后不久，各乡镇迅速行动。")
    assert found == [("inspection", "2023-10-09", ["王明远"])]


def test_what_a_speaker_reports_is_no_event_of_his() -> None:
    text = "10月9日，县扶贫办副主任王明远介绍，全县组建了5个督导组，划片包村，常驻督导。"
    assert events(text) == []


def test_named_winners_of_a_top_prize_make_an_award() -> None:
    found = events(
        "“青溪杯”演讲比赛决赛10月9日在青溪举行。\n经过激烈角逐，青溪小学校长李青山、青溪中学教师王明远获金奖。\n"
        "2018年，青溪中学校长赵青云获得一等奖。"
    )
    assert [e for e in found if e[0] == "award"] == [("award", "2023-10-09", [])]
