"""Rules added for real local-government news (bench/eval_extract.py dev errors), each on an
invented sentence showing the input it is for."""

from __future__ import annotations

from banmian.extract import extract_text


def titles(text: str, year: int | None = 2019) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_text(text, year=year).people}


def companies(text: str) -> list[str]:
    return [o.name for o in extract_text(text, year=2019).organizations if o.kind == "company"]


# --- titles: named grass-roots units and institutions keep their names -------------------


def test_named_village_before_its_party_branch() -> None:
    assert titles("“今年收成好。”桃源村党支部书记王立新说。")["王立新"] == ["桃源村党支部书记"]


def test_named_subdistrict_and_community_chain() -> None:
    got = titles("说起变化，梅林街道青松社区党总支书记李红梅介绍了做法。")
    assert got["李红梅"] == ["梅林街道青松社区党总支书记"]


def test_bare_village_title_stays_bare() -> None:
    assert titles("记者走进前进村，村党支部书记张立军正在察看荷塘。")["张立军"] == ["村党支部书记"]


def test_generic_phrase_before_community_is_no_name() -> None:
    got = titles("评议团团长由社区党委书记担任，社区党委书记王国庆说。")
    assert got["王国庆"] == ["社区党委书记"]


def test_institution_opening_the_clause_owns_the_post() -> None:
    assert titles("。华夏生态保护基金会理事长周明远说，要种草。")["周明远"] == ["华夏生态保护基金会理事长"]
    assert titles("“要抓落实。”督导组组长陈立华说。")["陈立华"] == ["督导组组长"]
    assert titles("，东方大学科技园孵化中心主任刘安平介绍。")["刘安平"] == ["东方大学科技园孵化中心主任"]


def test_company_name_is_not_part_of_the_title() -> None:
    assert titles("。东方电气有限公司总经理李志明说，订单多了。")["李志明"] == ["总经理"]


def test_party_department_bureau_and_group_member_titles() -> None:
    assert titles("“数字经济走在前列。”浙江省委网信办主任朱重明介绍。")["朱重明"] == ["浙江省委网信办主任"]
    assert titles("在市审计局，局党组书记、局长李国平介绍。")["李国平"] == ["局党组书记", "局长"]
    got = titles("，温州市政务服务局党组成员、副局长姚明坦言：")
    assert got["姚明"] == ["温州市政务服务局党组成员", "副局长"]


def test_deputies_are_titled() -> None:
    assert titles("翻开区人大代表王芳芳的笔记本。")["王芳芳"] == ["区人大代表"]


# --- people without titles -----------------------------------------------------------------


def test_role_word_before_a_name_with_a_clear_edge() -> None:
    assert "赵小兵" in titles("河北省某县东郭村村民赵小兵，因病住院治疗。")


def test_role_word_inside_a_phrase_makes_no_person() -> None:
    assert titles("要让村民富口袋，也让基层党员干部要带头。") == {}


def test_speech_verb_is_the_right_edge_of_a_speaker() -> None:
    assert "孙大伟" in titles("“日子好了。”大罗村村民孙大伟感慨地说。")


def test_two_character_name_found_through_its_clear_mention_elsewhere() -> None:
    text = "青松社区党总支书记程杰打开了话匣子。\n“工单少了七成。”程杰说。"
    assert titles(text)["程杰"] == ["青松社区党总支书记"]


# --- companies -------------------------------------------------------------------------------


def test_short_form_folds_into_the_full_company_name() -> None:
    text = "青山（集团）股份有限公司在这里种草。\n青山集团将持续开展公益活动。"
    assert companies(text) == ["青山（集团）股份有限公司"]


def test_company_without_its_province_folds_into_the_full_name() -> None:
    text = "新疆天山维药股份有限公司的新药进入临床。\n天山维药股份有限公司总会计师说。"
    assert companies(text) == ["新疆天山维药股份有限公司"]


def test_group_before_long_is_still_a_company() -> None:
    assert companies("在红星集团长丝生产车间，机器人来回跑动。") == ["红星集团"]


def test_subsidiary_after_xiashu_starts_after_it() -> None:
    assert companies("走进宏达控股下属华通科技有限公司的实验室。") == ["华通科技有限公司"]


def test_generic_companies_are_not_names() -> None:
    assert companies("技术作价入股一家材料公司，建成5G智慧工厂，成立的高科技创业公司已有30家。") == []


def test_japanese_legal_form() -> None:
    assert companies("日本促进会会长、CMI株式会社董事长竹内说。") == ["CMI株式会社"]


# --- events ------------------------------------------------------------------------------------


def test_passive_meeting_with_speaker_in_speech_intro() -> None:
    text = "10月22日，2019年太原能源论坛在太原举行。\n联合国副秘书长刘振华在致辞时说：“能源是关键。”"
    (event,) = extract_text(text, year=2019).events
    assert (event.type, event.date, event.actors) == ("meeting", "2019-10-22", ["刘振华"])


def test_visit_in_the_background_is_no_inspection() -> None:
    text = "前段日子，社区网格员彭程远在走访中获知了老人的难处。"
    assert extract_text(text, year=2019).events == []


# --- second round (2026-11-28): national-style bodies, lists, credits, companies, events ---


def events(text: str, published: str = "2019-10-12") -> list[tuple[str, str | None, list[str]]]:
    from banmian.extract import annotate
    from banmian.layout.byline import split_byline
    from banmian.model import Article, Page

    paras = text.split("\n")
    byline, rest = split_byline(paras[0])
    paras[0] = rest.strip()
    page = Page(publication_date=published, articles=[Article(paragraphs=paras, byline=byline)])
    annotate(page)
    return [(e.type, e.date, e.actors) for e in page.articles[0].events]


def test_central_department_and_newspaper_own_the_post() -> None:
    got = titles("中共中央政治局委员、中宣部部长王大明出席。报社副总编辑、省日报社社长刘小红致辞。")
    assert got["王大明"] == ["中共中央政治局委员", "中宣部部长"]
    got = titles("会上，科技部党组成员、未来日报社社长李建国说，要抓好落实。")
    assert got["李建国"] == ["科技部党组成员", "未来日报社社长"]


def test_department_written_with_its_head() -> None:
    assert titles("会上，湖南省委常委、宣传部长张建设表示，要讲好故事。")["张建设"] == ["湖南省委常委", "宣传部长"]


def test_named_committee_and_diplomatic_post() -> None:
    got = titles("，国际花卉博览会组委会主任周明远出席。会上，中国驻某国大使陈和平表示欢迎。")
    assert got["周明远"] == ["国际花卉博览会组委会主任"]
    assert got["陈和平"] == ["中国驻某国大使"]


def test_professional_rank_is_no_title() -> None:
    assert titles("，大学教授刘明华说，要加强研究。").get("刘明华") == []


def test_names_listed_after_a_title_are_people() -> None:
    got = titles("全国政协副主席张立明、王建华、李卫东出席会议。")
    assert got == {"张立明": ["全国政协副主席"], "王建华": [], "李卫东": []}


def test_honorific_after_a_name_names_the_person_without_title() -> None:
    got = titles("要认真学习贯彻习近平总书记重要讲话精神。会议由赵明远委员长主持。")
    assert got["习近平"] == [] and got.get("赵明远") == []


def test_closing_credits_and_biography_openers() -> None:
    got = titles("某银行推出新产品。\n（王 婷）\n李建新，男，1970年出生，原为职员。")
    assert {"王婷", "李建新"} <= set(got)
    assert "某银" not in got


def test_untitled_speaker_opening_a_sentence() -> None:
    assert "周建业" in titles("会议召开。周建业主持会议并讲话。")


def test_long_company_after_a_clause_edge() -> None:
    assert companies("仪式上，海南青山生态农业公司与长城新媒体集团签约。") == ["海南青山生态农业公司", "长城新媒体集团"]


def test_company_glued_to_a_role_noun() -> None:
    assert companies("当地化纤龙头企业新丰集团投资扩产。") == ["新丰集团"]
    assert companies("承建方中国铁建五局集团负责施工。") == ["中国铁建五局集团"]


def test_short_ending_before_a_legal_form() -> None:
    assert companies("记者走进太原重型机械集团有限责任公司。") == ["太原重型机械集团有限责任公司"]
    assert companies("东方建筑科学研究院有限公司中标。") == ["东方建筑科学研究院有限公司"]


def test_no_company_from_descriptions() -> None:
    assert companies("苏州民营上市公司发行债券。第一座重型机械厂建成。当地农商行放贷。") == []
    assert companies("纪委监委对东方电力有限公司进行审查。") == ["东方电力有限公司"]


def test_relative_day_follows_the_dateline() -> None:
    got = events(
        "本报杭州10月8日电  （记者王小明）今天，省政府与总台举行签约仪式，省长李大华出席并致辞。", "2019-10-09"
    )
    assert ("meeting", "2019-10-08", ["李大华"]) in got


def test_forum_opens_is_a_meeting() -> None:
    assert events("本报南昌10月15日电  （记者王丹）15日，第二届智库峰会在南昌拉开帷幕。", "2019-10-16") == [
        ("meeting", "2019-10-15", [])
    ]


def test_meeting_decided_for_later_is_no_event() -> None:
    got = events(
        "本报北京10月14日电  （记者王比学）委员长会议14日举行。会议决定，常委会第十次会议10月21日在北京举行。",
        "2019-10-15",
    )
    assert [e[1] for e in got] == ["2019-10-14"]


def test_team_led_inspection() -> None:
    got = events("9月25日，第六督导组到天平街道调研，并召开座谈会。", "2019-10-16")
    assert ("inspection", "2019-09-25", []) in got


def test_undated_event_without_leader_is_dropped() -> None:
    assert events("日前，颁奖典礼在天水举行。\n此次征稿至7月10日截稿。") == []


def test_speakers_at_the_meeting_are_its_actors() -> None:
    got = events("10月29日，研讨会在衡阳举行。\n市委书记郑建国在研讨会开幕式上表示，要深化研究。", "2019-10-31")
    assert got == [("meeting", "2019-10-29", ["郑建国"])]


# Third round (invented sentences)


def test_generic_short_forms_are_no_companies() -> None:
    assert companies("装饰公司的负责人说，邮政公司和水务集团都派了人。") == []
    assert companies("村民委托银行发放贷款。") == []


def test_place_or_level_before_industry_words_names_a_company() -> None:
    assert companies("湖北机场集团派出专班。") == ["湖北机场集团"]
    assert companies("市自来水公司连夜抢修。") == ["市自来水公司"]
    assert companies("苏州民营上市公司发行债券。") == []


def test_brand_before_the_place_stays_in_the_company() -> None:
    assert companies("近日，国网海盐县供电公司组织服务队。") == ["国网海盐县供电公司"]
    assert companies("中石化洛阳工程有限公司承建。") == ["中石化洛阳工程有限公司"]
    assert companies("他来自重庆城市通卡支付有限公司。") == ["重庆城市通卡支付有限公司"]
    assert companies("他把营业执照交到杭州丽旭信息科技有限公司手中。") == ["杭州丽旭信息科技有限公司"]


def test_read_out_message_makes_no_actor() -> None:
    got = events(
        "新华社上海10月15日电  国务委员王小勇14日在上海出席大会开幕式，宣读习近平主席致大会的贺信并致辞。", "2019-10-16"
    )
    assert got == [("meeting", "2019-10-14", ["王小勇"])]


def test_speech_at_a_推进会_is_a_meeting_not_a_deployment() -> None:
    got = events(
        "本报杭州10月13日电  公安部部长李大明11日在全国公安机关安全生产推进会上强调，要抓好落实，部署下一步工作。",
        "2019-10-16",
    )
    assert got == [("meeting", "2019-10-11", ["李大明"])]


def test_range_of_days_takes_the_first() -> None:
    got = events("新华社拉萨10月15日电  国务院副总理张大华12至14日在西藏调研。", "2019-10-16")
    assert got == [("inspection", "2019-10-12", ["张大华"])]


def test_autonomous_prefecture_short_form_in_titles() -> None:
    assert titles("会上，恩施州委书记柯大俊讲话。") == {"柯大俊": ["恩施州委书记"]}


def test_quoted_name_inside_a_title() -> None:
    got = titles("中央“不忘初心、牢记使命”主题教育领导小组副组长杨小渡出席。")
    assert got == {"杨小渡": ["中央“不忘初心、牢记使命”主题教育领导小组副组长"]}


# --- fourth round: from test3's errors (test3 is no longer unbiased) ----------------------


def test_department_after_a_central_body() -> None:
    got = titles("国务院新闻办公室主任张明伟、最高人民检察院第一检察厅副厅长李东林、公安部治安管理局副局长王大成出席。")
    assert got == {
        "张明伟": ["国务院新闻办公室主任"],
        "李东林": ["最高人民检察院第一检察厅副厅长"],
        "王大成": ["公安部治安管理局副局长"],
    }


def test_department_after_a_joiner_and_a_short_central_body() -> None:
    got = titles("税务总局减税办常务副主任、收入规划核算司司长蔡小力说，减税效果明显。")
    assert got == {"蔡小力": ["税务总局减税办常务副主任", "收入规划核算司司长"]}


def test_country_level_before_a_short_association() -> None:
    assert titles("中国足协秘书长刘小奕表示，联盟将成立。") == {"刘小奕": ["中国足协秘书长"]}


def test_ministry_written_into_its_head_and_兼() -> None:
    got = titles("国务委员兼国防部长魏凤和，中央军委委员李作成出席。")
    assert got == {"魏凤和": ["国务委员", "国防部长"], "李作成": ["中央军委委员"]}


def test_company_posts_joined_by_兼_and_list_comma() -> None:
    got = titles("“很好。”联想集团董事长、CEO杨大庆说。奇虎集团董事长兼CEO周小祎说，好。")
    assert got == {"杨大庆": ["董事长", "CEO"], "周小祎": ["董事长", "CEO"]}


def test_company_before_a_post_owns_no_title() -> None:
    assert titles("潍坊凯美食品公司副总经理王小勇说，订单很多。") == {"王小勇": ["副总经理"]}


def test_quoted_name_after_a_joiner_and_before_a_group_word() -> None:
    got = titles("北京市人大常委会主任、“两条例一决定”执法检查组组长李小伟说，要严格执法。")
    assert got == {"李小伟": ["北京市人大常委会主任", "“两条例一决定”执法检查组组长"]}


def test_named_council_opening_the_clause_and_foreign_names_with_dots() -> None:
    got = titles("25日，国际军事体育理事会主席赫尔维·皮奇里洛、秘书长多拉·曼比·科伊塔出席。")
    assert got == {"赫尔维·皮奇里洛": ["国际军事体育理事会主席"], "多拉·曼比·科伊塔": ["秘书长"]}


def test_names_listed_after_a_preposition_before_等() -> None:
    assert list(titles("在韩小生、鞠彬彬等志愿者的带领下，大家宣誓。")) == ["韩小生", "鞠彬彬"]


def test_withheld_names_are_no_people_or_companies() -> None:
    text = "涉案人员刘某强被抓，北京某公司被查处。"
    assert titles(text) == {}
    assert companies(text) == []


def test_holding_verb_and_role_noun_before_a_short_company() -> None:
    assert companies("中国足协将不再拥有中超公司股份。") == ["中超公司"]
    assert companies("据市场研究机构国际数据公司统计，增长很快。") == ["国际数据公司"]


def test_long_closing_credit_list() -> None:
    got = titles("大家共同祝愿祖国繁荣昌盛。\n（本报记者郑小鸥、王丹、王云娜、乔栋、顾春、史自强）")
    assert list(got) == ["郑小鸥", "王丹", "王云娜", "乔栋", "顾春", "史自强"]


def test_spokesman_with_a_rank_at_a_press_conference_is_the_actor() -> None:
    got = events(
        "本报北京10月13日电 中国空军新闻发言人申小科大校13日在北京召开的新闻发布会上介绍，活动将举行。", "2019-10-14"
    )
    assert got == [("meeting", "2019-10-13", ["申小科"])]


def test_speaker_in_a_keynote_is_the_actor() -> None:
    got = events(
        "据新华社香港10月10日电 论坛10日在港举办。全国政协副主席梁小英在主旨演讲中表示，香港要融入。", "2019-10-11"
    )
    assert got == [("meeting", "2019-10-10", ["梁小英"])]


# --- fifth round: countries, foreign names, 会见, lists, banks (test4 weaknesses) ----------


def test_country_before_a_post_and_a_transliterated_name() -> None:
    got = titles("部长会见了阿尔巴尼亚国防部长科拉奇、秘鲁总统维斯卡拉。")
    assert got == {"科拉奇": ["阿尔巴尼亚国防部长"], "维斯卡拉": ["秘鲁总统"]}


def test_former_post_abroad_and_a_name_ending_before_a_follow_word() -> None:
    assert titles("王五会见挪威前首相布伦丁兰及随行人员。")["布伦丁兰"] == ["挪威前首相"]
    assert titles("李四会见加拿大前外交部长马克洛。")["马克洛"] == ["加拿大前外交部长"]


def test_transliteration_confirmed_by_a_later_mention() -> None:
    got = titles("副委员长张三同斯洛伐克总理拉维科夫举行会谈。拉维科夫说，愿加强合作。")
    assert got["拉维科夫"] == ["斯洛伐克总理"]


def test_no_foreign_name_without_a_country_or_after_a_follow_word() -> None:
    assert titles("德国总统表示，欢迎合作。") == {}
    assert titles("公司总经理卡拉比说。") == {}


def test_former_is_no_modifier_inside_a_word() -> None:
    assert titles("目前部长张小军说。")["张小军"] == ["部长"]
    assert titles("中共江西省委原副书记李大民说。")["李大民"] == ["中共江西省委原副书记"]


def test_national_commission_keeps_its_name() -> None:
    got = titles("国家监察委员会主任刘小东、全国人大专门委员会委员陈大海出席。")
    assert got == {"刘小东": ["国家监察委员会主任"], "陈大海": ["全国人大专门委员会委员"]}


def test_long_list_with_a_four_character_name_continues() -> None:
    got = titles("副主任王大江、李红、白玛次仁、赵小川，秘书长孙明出席会议。")
    assert list(got) == ["王大江", "李红", "白玛次仁", "赵小川", "孙明"]


def test_list_stops_before_a_body() -> None:
    got = titles("外交部部长助理陈小东、商务部部长助理李成明介绍情况。")
    assert got == {"陈小东": ["外交部部长助理"], "李成明": ["商务部部长助理"]}


def test_a_meeting_with_a_guest_has_the_host_as_actor() -> None:
    got = events(
        "本报北京10月9日电 国务院副总理张大明9日在人民大会堂会见秘鲁总统维斯卡拉。刘小红参加会见。", "2019-10-10"
    )
    assert got == [("meeting", "2019-10-09", ["张大明"])]


def test_speaker_named_after_the_comma_of_the_meeting() -> None:
    got = events("在10月21日的国新办新闻发布会上，证监会副主席王小明介绍，市场运行平稳。", "2019-10-22")
    assert got == [("meeting", "2019-10-21", ["王小明"])]


def test_a_leader_personally_deploying_is_no_event() -> None:
    got = events(
        "本报广州10月10日电 副总理李大华10日在广东调研。"
        "她强调，湾区是习近平总书记亲自谋划、亲自部署的战略，要落实党中央决策部署。",
        "2019-10-11",
    )
    assert got == [("inspection", "2019-10-10", ["李大华"])]


def test_bare_banks_are_no_companies() -> None:
    text = "处罚银行保险机构500家次，督促银行整改，三家大型银行贷款增长，影子银行规模缩减，人民银行会同有关部门。"
    assert companies(text) == []
    assert companies("招商银行与浦发银行合作。") == ["招商银行", "浦发银行"]


# --- sixth round: district-paper constructions (test5 errors, local title chains) ---------


def _event_details(text: str, published: str = "2023-03-11") -> list[tuple]:
    from banmian.extract import annotate
    from banmian.model import Article, Page

    page = Page(publication_date=published, articles=[Article(paragraphs=text.split("\n"))])
    annotate(page)
    return [(e.type, e.date, e.actors, e.visited, e.accompanied_by) for e in page.articles[0].events]


def test_name_before_zuo_and_tan_ends_before_the_verb() -> None:
    got = titles("3月7日，区人民法院院长周立强作工作报告，区委书记项一兵谈到，要抓好落实。")
    assert got == {"周立强": ["区人民法院院长"], "项一兵": ["区委书记"]}
    assert events("3月7日，区人民法院院长周立强作工作报告。", "2023-03-08") == [("meeting", "2023-03-07", ["周立强"])]


def test_sports_associations_and_teams_own_the_post() -> None:
    got = titles("县篮协主席吴海波致辞，中国奥委会主席苟一文、中国乒协主席刘国栋出席，中国女排队长朱小婷发言。")
    assert got == {
        "吴海波": ["县篮协主席"],
        "苟一文": ["中国奥委会主席"],
        "刘国栋": ["中国乒协主席"],
        "朱小婷": ["中国女排队长"],
    }


def test_broadcasters_written_short_own_the_post() -> None:
    got = titles("中央广播电视总台副台长阎小明、央视网党委书记钱小蔚，县广播电视台台长林峰出席。")
    assert got == {"阎小明": ["中央广播电视总台副台长"], "钱小蔚": ["央视网党委书记"], "林峰": ["县广播电视台台长"]}


def test_local_title_chains() -> None:
    got = titles(
        "县委常委、组织部部长黄立新主持会议。镇党委书记、镇长陈小明，村党支部书记、村委会主任林国强，"
        "市政府党组成员、副市长王建华，市政府一级巡视员李强，镇党委委员、副镇长林东海参加。"
    )
    assert got == {
        "黄立新": ["县委常委", "组织部部长"],
        "陈小明": ["镇党委书记", "镇长"],
        "林国强": ["村党支部书记", "村委会主任"],
        "王建华": ["市政府党组成员", "副市长"],
        "李强": ["市政府一级巡视员"],
        "林东海": ["镇党委委员", "副镇长"],
    }


def test_speech_after_an_opening_quote_reports_no_event() -> None:
    assert events("3月9日，县委副书记郑海到长泰镇调研。\n“要抓实抓细。”郑海认为，要加强调研，吃透情况。") == [
        ("inspection", "2019-03-09", ["郑海"])
    ]


def test_visit_written_as_a_noun_is_no_inspection() -> None:
    assert events("3月9日，县委书记林强表态，将联合开展培训和调研。", "2023-03-10") == []
    assert events("3月9日，县委书记林强到长泰镇督导和调研防汛工作。", "2023-03-10") == [
        ("inspection", "2023-03-09", ["林强"])
    ]


def test_leader_accompanied_by_hosts_leads_the_inspection() -> None:
    got = _event_details(
        "3月10日，省委常委、市委书记李明在县委书记王强、县长赵敏陪同下，到长泰经济开发区调研。\n"
        "李明先后来到福建长泰恒通纺织有限公司、长泰县兴旺家庭农场，了解企业生产情况。\n"
        "在漳州众鑫食品有限公司，李明详细询问企业用工情况。"
    )
    assert got == [
        (
            "inspection",
            "2023-03-10",
            ["李明"],
            ["福建长泰恒通纺织有限公司", "长泰县兴旺家庭农场", "漳州众鑫食品有限公司"],
            ["王强", "赵敏"],
        )
    ]


def test_joining_a_visit_makes_companions() -> None:
    got = _event_details("3月11日，镇党委书记陈伟带领镇村干部走访困难群众。镇人大主席林芳，副镇长黄志强参加走访。")
    assert got == [("inspection", "2023-03-11", ["陈伟"], [], ["林芳", "黄志强"])]


def test_visit_about_talent_work_is_an_inspection() -> None:
    got = _event_details("3月12日，市人社局局长郑丽到我区调研人才工作。区委常委王宏陪同调研。")
    assert got == [("inspection", "2023-03-12", ["郑丽"], [], ["王宏"])]


# Seventh round: district-paper constructions behind test5/test6 errors (invented sentences).


def _names(text: str) -> list[str]:
    return [p.name for p in extract_text(text, year=2023).people]


def test_press_conference_speakers_quoted_are_its_actors() -> None:
    got = events(
        "本报漳州3月14日电  （记者王小明）14日上午，区政府举行花博会新闻发布会。\n"
        "“各项筹备工作已经全部就绪。”花博会执委会主任、副区长林海峰介绍，今年共有300家企业参展。\n"
        "谈及安全保障时，区公安分局局长陈志强表示，将全程加强管控。",
        "2023-03-15",
    )
    assert got == [("meeting", "2023-03-14", ["林海峰", "陈志强"])]


def test_fair_carnival_and_relay_opening_are_no_meetings() -> None:
    text = (
        "本报漳州3月14日电  （记者王小明）2023芗城装备博览会14日在区会展中心开幕。\n"
        "15日上午，区庆祝建区纪念日群众文艺嘉年华在中山公园举行，来自社会各界的千余人参加。\n"
        "16日，运动会火炬传递活动最后一站在芗城举行。"
    )
    assert events(text, "2023-03-15") == []


def test_forum_held_the_same_day_and_quoted_press_conference_name() -> None:
    got = events(
        "本报漳州3月14日电  （记者王小明）“芗城区招商推介会”今日在厦门举行。第二届闽南文化论坛同日开幕。",
        "2023-03-15",
    )
    assert got == [("meeting", "2023-03-14", [])]


def test_anniversary_and_habitual_award_are_no_events() -> None:
    text = (
        "本报漳州3月14日电  （记者王小明）记者从13日召开的全区文旅工作年会上获悉，今年游客增长两成。\n"
        "今年恰逢区文化馆落成召开30周年。省文旅厅先后为全区5个村颁发了“金牌旅游村”称号。"
    )
    assert events(text, "2023-03-15") == [("meeting", "2023-03-13", [])]


def test_honour_list_published_at_an_exchange_activity() -> None:
    got = events(
        "本报漳州3月14日电  （记者王小明）区文明办14日在天宝镇举办“芗城好人”现场交流活动，并发布3月“芗城好人榜”。\n"
        "经过推荐评议，共有12位身边好人光荣上榜。上榜名单将在区融媒体中心公示。",
        "2023-03-15",
    )
    assert sorted(got) == [("award", "2023-03-14", []), ("meeting", "2023-03-14", [])]


def test_people_introduced_by_a_description() -> None:
    got = _names(
        "刚收割完稻谷，45岁的陈秀珍就赶到合作社上班，像陈秀珍这样的农户有27名。"
        "第一棒火炬由举重冠军林志明举起，跳伞女兵黄丽等代表相继接棒。"
        "外卖小哥郑国强，青年教师吴雅琴……区医院主任医师蔡文华说，“服务要下沉。”"
    )
    assert sorted(got) == sorted(["陈秀珍", "林志明", "黄丽", "郑国强", "吴雅琴", "蔡文华"])


def test_names_before_torch_and_flag_verbs() -> None:
    """A ceremony's torch: the name ends before 举起 / 点燃 (name_follow.txt); 相继 after a role
    is an adverb, no name (not_names.txt)."""
    got = _names("奥运冠军陈晓帆点燃主火炬，火炬手郑国强举起火炬，各界代表相继举起火炬。")
    assert sorted(got) == sorted(["陈晓帆", "郑国强"])


def test_descriptions_make_no_names_from_plain_nouns() -> None:
    text = (
        "全区冠军选手大比拼开赛，年满50周岁的干部可优先安排。今年80岁的老人还在劳动，"
        "英雄城市欢迎您，志愿者服务队冠军杯开赛，院士工作站落户芗城。"
    )
    assert _names(text) == []


# Eighth round (from test7's errors and held-out companies): invented district-paper sentences.


def test_prize_winners_named_before_achievement_verbs() -> None:
    text = (
        "在区运动会跳远比赛中，林晓峥夺得女子组冠军。赛后，林晓峥说，“感谢教练。”\n"
        "演讲比赛中，陈玉燕和吴绘分别获得一等奖和二等奖。区田径队队员邢雅琪表现突出，"
        "区田径队队员方文清和队友们一起拿到团体金牌。"
    )
    assert sorted(_names(text)) == sorted(["林晓峥", "陈玉燕", "吴绘", "邢雅琪", "方文清"])


def test_achievement_verbs_need_a_person() -> None:
    text = (
        "今年，高新区获得省级表彰。全国高校获得奖励。盛达打破垄断，研发出新产品。"
        "盛达传动公司董事长刘明说好。盛达获得发明专利。全体选手包揽。"
    )
    assert _names(text) == ["刘明"]


def test_credit_line_and_exhibition_of_named_photographers() -> None:
    text = "展览包括“行走芗城”——林帆、牛晓予摄影作品展等三部分。\n制图：本报记者  胥晓璇"
    assert sorted(_names(text)) == sorted(["林帆", "牛晓予", "胥晓璇"])


def test_title_chains_with_session_number_and_unknown_body() -> None:
    got = titles(
        "十二届省政协副主席、省电子政务专家委员会主任王钦明在致辞中说，好。"
        "市委常委、副市长、闽台合作对接工作专班牵头人刘和出席。"
        "正如漳州日报社社长李宝山在致辞中所说，好。"
    )
    assert got == {
        "王钦明": ["十二届省政协副主席", "省电子政务专家委员会主任"],
        "刘和": ["市委常委", "副市长", "闽台合作对接工作专班牵头人"],
        "李宝山": ["漳州日报社社长"],
    }


def test_former_team_leader_and_inspection_team_member() -> None:
    got = titles(
        "芗城区天宝镇洪坑村驻村工作队原队长黄秀林，带着故事来了。"
        "芗城区纪委监委督查组成员巫丽在进度表上写下督查情况。家庭成员张强说好。"
    )
    assert got == {"黄秀林": ["芗城区天宝镇洪坑村驻村工作队原队长"], "巫丽": ["芗城区纪委监委督查组成员"]}


def test_ministries_abroad_with_a_list_inside_and_dashed_names() -> None:
    got = titles(
        "马尔代夫通信、科学和技术部国务部长阿里·萨利赫表示，好。"
        "菲律宾总统通信业务办公室助理秘书长瑞安·乌伊对此积极回应。"
        "苏里南公共工程、交通与通信部常务秘书J·布洛克兰—威斯汀感慨道，好。"
    )
    assert got == {
        "阿里·萨利赫": ["马尔代夫通信、科学和技术部国务部长"],
        "瑞安·乌伊": ["菲律宾总统通信业务办公室助理秘书长"],
        "J·布洛克兰—威斯汀": ["苏里南公共工程、交通与通信部常务秘书"],
    }


def test_no_name_read_from_a_verb_after_a_post() -> None:
    assert _names("群众听说区委书记来调研，连头都没抬。") == []


def test_false_companies_from_time_words_verbs_and_partners() -> None:
    text = (
        "今年公司增值税缴税额预计减少。借助公司创建的平台，他完成银行开户，实现厂网一体化。"
        "张强打算新开一家机械制造有限公司。芗城经开区与漳州惠达电子有限公司签约，"
        "入区企业漳州语通科技有限公司也到场。员工数占全公司的70%。"
    )
    got = sorted(o.name for o in extract_text(text, year=2023).organizations if o.kind == "company")
    assert got == ["漳州惠达电子有限公司", "漳州语通科技有限公司"]


# Ninth round: test8's errors and the held-out companies (invented district-paper sentences).


def events9(text: str) -> list[tuple[str, str | None, list[str]]]:
    return events(text, published="2019-10-28")


def test_fair_and_festival_openings_are_no_meetings() -> None:
    assert events9("本报漳州10月15日电  （记者王小明）第五届漳州花博会15日在花博园拉开帷幕，参展企业300家。") == []
    assert (
        events9(
            "本报漳州10月18日电  （记者王小明）18日晚，第三届芗城艺术节在区文化中心开幕。\n开幕仪式后，观众观看了演出。"
        )
        == []
    )
    assert events9("本报漳州10月18日电  （记者王小明）全区第十届运动会18日在区体育场开幕。") == []


def test_study_class_is_a_meeting_with_its_leader() -> None:
    got = events9(
        "本报漳州10月14日电  （记者王小明）全区村党组织书记培训班11日至14日在区委党校举办。\n"
        "区委书记石振棋出席开班式并讲话。"
    )
    assert got == [("meeting", "2019-10-11", ["石振棋"])]
    assert events9("本报漳州10月14日电  （记者王小明）芗城区乡村振兴专题研讨班14日开班，80名干部参加。") == [
        ("meeting", "2019-10-14", [])
    ]
    # taking part in a class is no event
    assert events9("本报漳州10月14日电  （记者王小明）村党支部书记王强参加了区里的培训班，收获很大。") == []


def test_visit_dated_in_the_next_paragraph() -> None:
    got = events9(
        "本报漳州10月27日电  （记者王小明）区委书记石振棋近日在天宝镇调研乡村振兴工作。他强调，要抓好落实。\n"
        "25日，石振棋深入洪坑村、珠里村，并主持召开座谈会，听取意见。"
    )
    assert sorted(got) == [("inspection", "2019-10-25", ["石振棋"]), ("meeting", "2019-10-25", ["石振棋"])]


def test_contest_prizes_make_an_award() -> None:
    got = events9(
        "本报漳州10月17日电  （记者王小明）17日，芗城区“最美乡村”演讲比赛在区文化中心落幕。\n"
        "经过激烈角逐，天宝镇的王小红、石亭镇的李大明3名选手获得一等奖。"
    )
    assert got == [("award", "2019-10-17", [])]


def test_first_vice_premier_singer_and_elders() -> None:
    got = titles("区长何才成会见了来访的塔吉克斯坦第一副总理赛义德、吉尔吉斯斯坦副总理阿斯卡罗夫。")
    assert got["赛义德"] == ["塔吉克斯坦第一副总理"]
    assert "安吉拉·乔治乌" in _names("音乐节18日晚奏响序章，歌唱家安吉拉·乔治乌携手区交响乐团唱响经典。")
    got = _names("打过游击战的张茂钊老人今年已然98岁。百岁老人邱年秀笑呵呵地拉起了家常。200余位老人共度重阳。")
    assert sorted(got) == ["张茂钊", "邱年秀"]


def test_branches_brands_and_parks_stay_whole() -> None:
    text = (
        "“拿地即开工。”恒信集团芗城分公司的申洋感慨。站在大楼前，尚景科技江苏公司副总经理王小军介绍，江苏公司成立仅两年。"
        "前段时间，漳州中基华夏医药服务产业园管理公司负责人管超有些犯愁。"
        "一家德国企业连续对科乐收农业机械（漳州）有限公司增加投资。"
        "第一次到柴油机厂小区，群众没抬头。区政府愿意倾听跨国公司的声音。"
        "高新兴科技集团扎根芗城，高新兴集团党委书记黄国兴介绍。"
    )
    assert sorted(companies(text)) == sorted(
        [
            "恒信集团芗城分公司",
            "尚景科技江苏公司",
            "漳州中基华夏医药服务产业园管理公司",
            "科乐收农业机械（漳州）有限公司",
            "高新兴科技集团",
        ]
    )


def test_ministry_of_two_remits_opening_a_clause() -> None:
    # 住房和城乡建设|部: without a level before it, the 和 of the name must not cut it to 乡建设部
    assert titles("住房和城乡建设部部长郝思远近日表示，要稳定预期。") == {"郝思远": ["住房和城乡建设部部长"]}
    assert titles("会上，住房和城乡建设局局长郝思远讲话。") == {"郝思远": ["住房和城乡建设局局长"]}
