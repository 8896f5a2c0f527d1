"""Recall of untitled names in district-paper prose: roles after 的 / a unit, forms of address,
代表 as a speaker's role (invented text)."""

from __future__ import annotations

from banmian.extract import extract_text


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text).people}


def test_role_after_de_or_le_precedes_a_name() -> None:
    # 来自江宁的游客|郑欣然对…, 联系了村医|柯文海的…: 的 / 了 no longer hide the role word
    got = people("来自江宁的游客郑欣然对新建的口袋公园赞不绝口。社区联系了村医柯文海的同事。")
    assert got == {"郑欣然": [], "柯文海": []}


def test_collective_after_de_names_nobody() -> None:
    # 的群众|游行, 的学生|相比: a collective noun modifies the next word, 相比 is no name
    assert people("参加活动的群众游行穿过街道。和城里的学生相比，这里条件好了。") == {}


def test_role_after_a_unit_precedes_a_name() -> None:
    # 职业技术学院|教授…, 示范农场|员工…: a unit's last character may stand before a role
    got = people("区职业技术学院教授任嘉禾的课堂很受欢迎。示范农场员工邵冬梅在田边记录墒情。")
    assert got == {"任嘉禾": [], "邵冬梅": []}


def test_no_role_after_a_quantifier_or_a_country() -> None:
    # 广大|市民关切, 中国|代表全人类: 大 and 国 end no unit here
    assert people("这是回应广大市民关切的举措，中国代表全人类探索太空。") == {}


def test_surname_with_a_form_of_address_is_no_name() -> None:
    # 居民|孙阿姨说, 柯大爷说: surname-only forms are no people (guideline), nor is 游客来了
    assert people("居民孙阿姨说，楼道亮了。柯大爷说：“好。”远方的游客来了，大家很高兴。") == {}


def test_full_name_before_a_form_of_address() -> None:
    # 幸福社区|蒋秀英大姐说, 的|彭德山师傅: a full name with a clear left edge before 大姐 / 师傅
    got = people("幸福社区蒋秀英大姐说，加装电梯方便多了。修车铺的彭德山师傅也来帮忙。")
    assert got == {"蒋秀英": [], "彭德山": []}


def test_delegate_speaks() -> None:
    # 企业参会代表|宁志远说: 代表 is the role of an untitled speaker
    assert people("“营商环境越来越好。”鑫源建材有限公司参会代表宁志远说。") == {"宁志远": []}


def test_no_name_ends_in_a_dash() -> None:
    # 志愿者冉雪——: a two-character name before a dash under a profile's heading (冉雪—, 冉雪 wanted)
    assert people("街道志愿者冉雪——\n守护社区每一天") == {"冉雪": []}


def test_district_report_verbs_end_a_titled_name() -> None:
    # 列席 / 莅临 / 调度 … right after the name, as district papers write them
    text = "区人民法院院长张正义、区人民检察院检察长刘明亮列席会议。副区长王芳芳莅临指导，县长李文博调度项目进展。"
    got = {p.name: p.titles for p in extract_text(text).people}
    assert got == {
        "张正义": ["区人民法院院长"], "刘明亮": ["区人民检察院检察长"], "王芳芳": ["副区长"], "李文博": ["县长"],
    }


def test_one_leader_after_ling_dao_is_named() -> None:
    # 区领导|蔡加立|陪同: one name after 领导 closed by 陪同 / 参加 is a list of one
    text = "1月29日，区委书记石振棋带队到青溪照明有限公司调研，区领导蔡加立陪同。"
    assert {p.name for p in extract_text(text).people} == {"石振棋", "蔡加立"}
    assert [p.name for p in extract_text("各级领导干部参加培训。").people] == []
