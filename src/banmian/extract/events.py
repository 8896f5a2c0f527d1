"""Events: meetings, inspections, awards and deployments, with who led them.

Triggers and the role a named person before them plays come from events.txt. A person is
taken as the subject of a trigger when named in the same sentence before it and after any
earlier trigger (区委书记石振棋作动员讲话，区长何才成主持会议: one actor each). Rules that keep
the scorer's precision:

* reported speech (石振棋强调，要…部署…) states no events: such paragraphs are skipped;
* 部署 and the inspection verbs need a named subject (收心归位、部署工作 is no event);
* 出席 / 参加 make attendees, not actors; 陪同 / 参加调研 make companions of the inspection;
* one meeting, one inspection and one award per article and date: later triggers (the visits of
  paragraph 2, 授牌 after 颁奖) add to it; deployments stay apart per actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banmian.extract.dates import DateMention
from banmian.extract.lexicon import Lexicon, alternation
from banmian.extract.spans import sentence_spans
from banmian.model import Event, Organization, Person, Place

# reported speech, also after a quote that opens the paragraph (“…。”县委副书记郑海认为，…)
_SPEECH = re.compile(r"^(?:“[^”]{1,300}”)?[^，。；“”]{1,24}?(?:指出|强调|要求|表示|认为|希望|提出|说|介绍)[，：:]")
# 讲话精神 is a reference to a speech; 检查组 / 调研组 are teams, not visits
# 召开在即 / 开幕前夕: not yet held; 授予权 is a noun
_NOT_AFTER = re.compile(r"精神|委员会|组|员|人员|人士|报告|结果|情况|在即|前夕|权")
# 博览会 / 装博会 / 展览会 / 交易会 / 广交会 are fairs, 运动会 / 军运会 / 庙会 / 灯会 games and
# fêtes, 社会 / 机会 no meetings; 交流活动 / 发布活动 are held; a study class or training session
# (学习班, 培训班, 专题研讨班) is a meeting
# 晚会 / 演唱会 / 音乐会 / 舞会 are performances
_NOT_MEETING_HALL = "博览易展社机交运动庙灯晚唱乐舞"
_CLASS = r"(?:学习|培训|研讨|读书|轮训|研修)班"
_MEETING_OBJECT = re.compile(rf"(?<![{_NOT_MEETING_HALL}])会|论坛|仪式|典礼|开幕式|开班式|交流活动|发布活动|{_CLASS}")
# the meeting named before a passive 举行 / 召开: 论坛在太原举行, 座谈会27日在北京举行, 年会在兰州大学召开;
# the meeting word is the head of the subject, only a date and the place follow it (军运会火炬传递活动
# 最后一站在武汉举行 and 嘉年华在…举行 are no meetings)
_MEETING_SUBJECT = re.compile(
    rf"(?:(?<![{_NOT_MEETING_HALL}])会议?|论坛|仪式|典礼|开幕式|交流活动|发布活动|{_CLASS})"
    r"”?(?:\d{1,2}月|\d{1,2}日|至|—|今天|昨天|今日|昨日|同日|当天|当日|[上下]午|晚上?)*(?:[在于][^，,；;]{0,16})?$"
)
_PASSIVE = ("举行", "开幕", "拉开帷幕", "召开", "开班", "举办")
# 开幕式 / 开班仪式 written as a noun (开幕仪式后, 出席开班式): the ceremony is named, not opened here
_CEREMONY_NOUN = re.compile(r"式|仪式")
# a contest's prizes: 3名选手获得金奖, 12名运动员分获一、二、三等奖 (an award with no presenter)
_PRIZES = re.compile(
    r"\d+名(?:参赛)?(?:选手|运动员|队员|学生|作者|演员)(?:分别|共)?(?:获得|荣获|摘得|分获|获)[^，。；]{0,12}(?:奖|冠军|金牌)"
)
# named winners of a contest's top prize: 周好璐、孟超、葛倩倩获金奖 (also an award with no presenter)
_NAMED_PRIZE = re.compile(r"(?:获得|荣获|摘得|夺得|获)了?(?:金奖|特等奖|一等奖)")
# a habit or a count over the years, not one occurrence: 先后为…颁发了, 多次召开
_HABIT = re.compile(r"先后|曾经|多次|累计|历年|每年|已经连续")  # not 曾: a surname (曾勇平)
# 先后 before going somewhere is one tour of several stops (副县长王强先后到东山镇、西岭乡检查)
_TOUR = re.compile("到|来到|深入|前往|走进|赴")
# an honour list published (98位身边好人光荣上榜) is an award; 上榜企业 / 上榜名单 are nouns
_LISTED = "上榜"
# a meeting decided or announced for later is no occurrence: 会议决定，…10月21日至26日举行
_FUTURE = re.compile(r"决定|将于|将在|拟于|定于|计划于")
# a team leads the visit: 督导组到天平街道调研 (an inspection without a named actor), also when named as
# the sentence's subject before a comma (指导组以小分队的形式，先后走进…，深入开展调研)
_TEAM = re.compile(
    r"(?:督导组|指导组|检查组|调研组|巡视组|督查组|考察团|工作组)[^。；]{0,40}?(?:到|赴|深入|来到|前往)[^，。；]{0,16}$"
)
# a speaker at the meeting: 张三在研讨会开幕式上表示, 李四11日在全省…推进会上强调
# (also 申进科大校13日在…发布会上介绍 with a rank, 梁振英在主旨演讲中表示, 在…会上应询介绍)
_AT_MEETING = re.compile(
    r"(?:[大上中少][校将])?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚)?"
    r"在[^，。；]{0,28}(?:(?:会|式|论坛)上|(?:演讲|讲话|致辞)中)"
    r"(?:应询)?(?:表示|致辞|讲话|发言|指出|说|强调|要求|介绍)"
)
# a session hears someone's report: 会议听取了最高人民法院院长周强所作的…报告, 听取了财政部部长刘昆受国务院
#委托作的…报告 (the one who reports speaks at the meeting)
_HEARS = re.compile(r"听取了?[^，。；]{0,30}$")
_REPORTS = re.compile(r"(?:受[^，。；]{1,12}委托)?所?作的[^，。；]{0,80}报告")
# the meeting opens the sentence and its speaker follows the comma: 在…新闻发布会上，副主席黄洪介绍
_AT_MEETING_LEAD = re.compile(r"在[^，。；]{0,30}(?:会|式|论坛)上，")
# a press conference's speakers (“…”执委会主任杨剑说) are its actors before those who attend it
_PRESS = re.compile(r"发布会|记者会|通气会|吹风会")
_SPEAKS = re.compile(r"(?:表示|介绍|说|指出|强调|致辞|讲话|发言)")
_SPEAKS_AFTER = re.compile(r"(?:表示|介绍|说|指出|强调|透露|回答)")
# a trait or a noun, not an occurrence: 习近平总书记亲自谋划、亲自部署, 落实党中央决策部署
_NOUN_BEFORE = ("亲自", "决策")
# a leader whose message is read out or cited is no actor: 宣读习近平主席的贺信, 转达…问候
_READ_OUT = re.compile(r"(?:宣读|转达|传达|转交)了?$")
_MESSAGE = re.compile(r"(?:主席|总书记|总理|同志|委员长)?(?:致[^，。；]{0,12}?)?的?(?:贺信|贺电|贺词|重要指示|批示|信)")
# a leader who sends a letter or an instruction (习近平向大会致贺信。习近平指出，…; 习近平对…作出重要指示) is
# quoted from it, not heard at the meeting
_SENDS = re.compile(r"[^，。；]{0,30}?(?:致(?:贺信|贺电|贺词|信)|作出[^，。；]{0,4}(?:指示|批示))")
_ONGOING = re.compile(r"中|过程|期间")
# 调研 / 考察 as a noun (开展培训和调研, 加强调研): no visit; 督导和调研 joins two verbs
# 留党察看 / 留用察看 are party sanctions, not visits
_NOUN_BEFORE_VISIT = ("加强", "注重", "重视", "留党", "留用")
_JOINED = re.compile(r"[和与及、]$")
# a month or year without a day dating the trigger (2017年7月召开的…会议, 2015年4月，…主持召开): no
# day-precise occurrence; it dates the trigger when it ends a clause or stands right before the trigger
# (公布了7至9月…人物 only names a period)
_MONTH_ONLY = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:初|底|上旬|中旬|下旬)?(?=，|$)|(?:19|20)\d{2}年(?=，|$)")
# a count after the trigger: 召开11次专题会议, 举行了平行论坛、专家座谈会等5项活动 (several occurrences;
# 召开一次座谈会 is one)
_COUNT_AFTER = re.compile(
    r"^了?(?:[2-9]|1\d|[两二三四五六七八九十几多数])[\d一二三四五六七八九十]*(?:次|场)"
    r"|等[\d一二三四五六七八九十两几多数]+(?:项|场|次|个)"
)
# a speech joined by 并 to the trigger before it has the same speaker: 县长杨文彬出席会议并讲话, 出席并致辞,
# 出席会议并作重要讲话 (the one who attends also speaks, so leads the meeting)
_AND_THEN = re.compile(r"(?:会议?|仪式|活动|典礼)?并(?:作|发表)?[^，。；、]{0,4}")
# a speech verb and its comma right after a name (张建成介绍，…): what follows is reported speech; the
# verbs of speakers.txt join these (在组长王瑞生看来，…)
_SAID = ("指出", "强调", "要求", "表示", "认为", "介绍", "说", "透露")
# a session acting as subject (第十二次会议审议通过了…, 常务会议还研究了…) is the meeting itself
_SESSION = re.compile(r"会议(?:上|还|认真|专题)?$")
# a meeting told in the lead is what the article reports (a feature's later meeting is an aside)
_LEAD_PARAGRAPHS = 2
_MERGED = {"meeting", "inspection", "award"}
_VISITED_KINDS = {"company", "project"}


@dataclass(frozen=True, slots=True)
class EventRules:
    triggers: re.Pattern[str]
    kinds: dict[str, tuple[str, str]]
    said: re.Pattern[str]

    @classmethod
    def build(cls, lex: Lexicon) -> EventRules:
        kinds = {e[0]: (e[1], e[2]) for e in lex.entries("events")}
        verbs = {*_SAID, *(w for w, t in lex.tags("speakers").items() if t in ("verb", "view"))}
        return cls(re.compile(alternation(kinds)), kinds, re.compile(f"(?:{alternation(verbs)})[，：:]"))


def rules(lex: Lexicon) -> EventRules:
    return lex.compiled("events", EventRules.build)


def find_events(
    paragraphs: list[str],
    lex: Lexicon,
    *,
    people: list[Person],
    orgs: list[Organization],
    places: list[Place],
    dates: list[list[DateMention]],
    default_date: str | None,
) -> list[Event]:
    """The article's events in order of first trigger."""
    r = rules(lex)
    events: list[Event] = []
    companions: list[str] = []
    for pi, text in enumerate(paragraphs):
        limit = len(text)
        if speech := _SPEECH.match(text):
            # 刘振民在致辞时说：… — only the words before the quote can report an event
            if not r.triggers.search(text, 0, speech.end()):
                continue
            limit = speech.end()
        for s_start, s_end in sentence_spans(text):
            if s_start >= limit:
                break
            s_end = min(s_end, limit)
            scope = s_start
            hosts: list[str] = []  # 在县委书记王强、县长赵敏陪同下: companions, not subjects
            before: tuple[int, list[str]] = (s_start, [])  # the last trigger's end and its subjects
            for m in r.triggers.finditer(text, s_start, s_end):
                etype, role = r.kinds[m.group()]
                if _NOT_AFTER.match(text, m.end()):
                    continue
                if etype == "inspection" and _ONGOING.match(text, m.end()):
                    continue  # 网格员在走访中获知: the visit is background, not the news
                if etype == "inspection" and role == "actor" and _noun_visit(text, m.start(), s_start, r):
                    continue
                if m.group() in ("开幕", "开班") and _CEREMONY_NOUN.match(text, m.end()):
                    continue
                if m.group() in ("召开", *_PASSIVE) and not _meeting_object(text, m, s_start, s_end):
                    continue
                if role == "session" and not _session(text, m.start(), s_start, dates[pi]):
                    continue
                if etype == "meeting" and _FUTURE.search(text, s_start, m.start()):
                    continue
                if _MONTH_ONLY.search(text[s_start : m.start()]) and not any(
                    s_start <= d.start < m.start() for d in dates[pi]
                ):
                    continue
                if etype == "meeting" and _COUNT_AFTER.search(text[m.end() : _clause_end(text, m.end(), s_end)]):
                    continue
                if text.endswith(("将", "拟", "即将", "计划"), s_start, m.start()):
                    continue  # 将举办…论坛: not yet held
                habit = _HABIT.search(text, _clause_start(text, s_start, m.start()), m.start())
                in_turn = habit and (habit.end() == m.start() or _TOUR.match(text, habit.end()))
                if habit and not (habit.group() == "先后" and in_turn):
                    continue  # 先后为…颁发了 is a count; 先后致辞 and 先后到…检查 are one after the other
                if m.group() == _LISTED and m.end() < len(text) and re.match(r"[\u4e00-\u9fff]", text[m.end()]):
                    continue
                if text.endswith(_NOUN_BEFORE, 0, m.start()):
                    scope = m.end()  # nobody before it acts in a later trigger of the sentence
                    continue
                # 出席 / 参加 closing the sentence join what the paragraph told before them: the visit
                # (…到企业调研，区领导林晓东参加。) or a meeting someone led (…主持会议，区领导李四出席。)
                closing = role == "attendee" and text[m.end() : m.end() + 1] in ("。", "；", "")
                if closing and any(e.type == "inspection" and e.paragraph == pi for e in events):
                    role = "companion"
                led = closing and any(e.type == "meeting" and e.paragraph == pi and e.actors for e in events)
                if role == "attendee" and not led and not _held(text, m, s_end):
                    continue  # 出席有关活动 / 参加培训 / 参加学习班: nothing held, or only attended
                said = [
                    c.end()
                    for p in people
                    for mention in p.mentions
                    if mention.paragraph == pi
                    and scope <= mention.start
                    and (c := r.said.match(text, mention.end))
                    and c.end() <= m.start()
                ]
                if said:
                    scope = said[-1]  # 张建成介绍，山西…常驻督导: what a speaker reports is no event of his
                subjects = [
                    n
                    for n in _people_in(people, pi, scope, m.start())
                    if not _cited(text, people, n, pi) and n not in hosts
                ]
                if role == "companion" and text.startswith("下", m.end()):
                    # 李明在县委书记王强陪同下，到…调研: those after 在 go along, 李明 leads what follows
                    at = text.rfind("在", scope, m.start())
                    if at >= 0:
                        hosts += _people_in(people, pi, at, m.start())
                        companions += [n for n in hosts if n not in companions]
                        continue
                if etype == "award" and "被" in text[_clause_start(text, scope, m.start()) : m.start()]:
                    if not any(s_start <= d.start < m.start() for d in dates[pi]):
                        continue  # 他被授予…称号 with no day of its own: a line of a biography
                    subjects = []  # 张三9日被授予…称号: the one honoured presents nothing
                if not subjects and role == "actor" and _AND_THEN.fullmatch(text, before[0], m.start()):
                    subjects = before[1]
                team = etype == "inspection" and not subjects and _TEAM.search(text, scope, m.start())
                scope = m.end()
                before = (m.end(), subjects)
                if role == "companion":
                    companions += [n for n in subjects if n not in companions]
                    continue
                if role in ("actor", "attendee") and not subjects and not team:
                    continue
                date = next((d.value for d in dates[pi] if s_start <= d.start < m.start()), default_date)
                event = _merge(events, etype, date, subjects if role in ("actor", "open") else [])
                if event.trigger is None:
                    event.trigger, event.paragraph = m.group(), pi
                if role == "attendee":
                    event.attendees += [n for n in subjects if n not in event.attendees]
                if etype == "inspection" and event.place is None:
                    event.place = _place_in(places, pi, s_start, m.start())
    for pi, text in enumerate(paragraphs):  # 3名选手获得金奖: the contest's prizes
        named = [
            w
            for w in _NAMED_PRIZE.finditer(text)
            if _people_in(people, pi, _clause_start(text, 0, w.start()), w.start())
        ]
        for prize in [*_PRIZES.finditer(text), *named]:
            sentence = next((a for a, b in sentence_spans(text) if a <= prize.start() < b), 0)
            dated = any(sentence <= d.start < prize.start() for d in dates[pi])
            if _MONTH_ONLY.search(text[sentence : prize.start()]) and not dated:
                continue  # 2018年，张三获得金奖: a past prize
            if not _HABIT.search(text, _clause_start(text, 0, prize.start()), prize.start()):
                date = next((d.value for d in dates[pi] if d.start < prize.start()), default_date)
                if date and not any(e.type == "award" and e.date == date for e in events):
                    _merge(events, "award", date, []).paragraph = pi
    for p in people:  # 李四11日在全省…推进会上强调: a speech makes the meeting
        for mention in p.mentions:
            text = paragraphs[mention.paragraph]
            at = _AT_MEETING.match(text, mention.end)
            if not at or _cited(text, people, p.name, mention.paragraph):
                continue
            sentence = next((a for a, b in sentence_spans(text) if a <= mention.start < b), 0)
            days = [d.value for d in dates[mention.paragraph] if sentence <= d.start < at.end()]
            date = days[-1] if days else default_date
            if date or p.titles:  # 程凯在闭幕式上表示 (undated): a leader's speech still reports the meeting
                _merge(events, "meeting", date, [p.name])
    for p in people:  # 会议听取了…周强所作的…报告: the one reporting
        for mention in p.mentions:
            text = paragraphs[mention.paragraph]
            if not _REPORTS.match(text, mention.end) or not _HEARS.search(text, 0, mention.start):
                continue
            sentence = next((a for a, b in sentence_spans(text) if a <= mention.start < b), 0)
            days = [d.value for d in dates[mention.paragraph] if sentence <= d.start < mention.start]
            date = days[-1] if days else default_date
            if date:
                _merge(events, "meeting", date, [p.name])
    for pi, text in enumerate(paragraphs):  # 在…发布会上，黄洪介绍: the speaker after the comma
        for lead in _AT_MEETING_LEAD.finditer(text):
            clause_end = min((i for i in (text.find(c, lead.end()) for c in "，。；") if i >= 0), default=len(text))
            speakers = [
                p.name
                for p in people
                for mention in p.mentions
                if mention.paragraph == pi
                and lead.end() <= mention.start < clause_end
                and _SPEAKS.match(text, mention.end)
                and not _cited(text, people, p.name, pi)
            ]
            if speakers:
                days = [d.value for d in dates[pi] if lead.start() <= d.start < lead.end()]
                date = days[0] if days else default_date
                if date:
                    _merge(events, "meeting", date, speakers[:1])
    _date_from_next_paragraph(events, people, dates)
    # a speech at a meeting that says what to do (部署) is the meeting, not a deployment of its own
    meetings = {(e.date, a) for e in events if e.type == "meeting" for a in e.actors}
    events = [e for e in events if e.type != "deployment" or not all((e.date, a) in meetings for a in e.actors)]
    # an event with neither a day nor a leader (someone with a post) is a habit or a plan, not a
    # reported occurrence
    leaders = {p.name for p in people if p.titles}
    events = [e for e in events if e.date or leaders & {*e.actors, *e.attendees}]
    for event in events:
        if event.type == "meeting" and not event.actors:
            event.actors = _speakers_at_meeting(people, paragraphs)
        press = event.paragraph is not None and _PRESS.search(paragraphs[event.paragraph])
        if event.type == "meeting" and not event.actors and press:
            event.actors = _quoted_speakers(people, paragraphs)
        if event.type == "meeting" and not event.actors:  # 张三出席会议 with nobody presiding
            event.actors = list(event.attendees)
        lead = event.paragraph is not None and event.paragraph < _LEAD_PARAGRAPHS
        if event.type == "meeting" and not event.actors and lead:  # a forum or hearing reported: those quoted spoke
            event.actors = _quoted_speakers(people, paragraphs)
        if event.type == "inspection":
            event.visited = [o.name for o in orgs if o.kind in _VISITED_KINDS and _outside_speech(o, paragraphs)]
            event.accompanied_by = [n for n in companions if n not in event.actors]
    return events


def cited_session(event: Event, lex: Lexicon) -> bool:
    """Whether the event is a session cited for what it passed (2015年12月9日，…会议审议通过了《方案》):
    features recall such decisions as background, so they do not date the article."""
    return rules(lex).kinds.get(event.trigger or "", ("", ""))[1] == "session"


def _held(text: str, m: re.Match[str], s_end: int) -> bool:
    """出席 / 参加 name something held after them; those who 参加 a study class are its
    participants, not an event's attendees (参加培训班)."""
    held = _MEETING_OBJECT.search(text, m.end(), s_end)
    return bool(held) and not (m.group() == "参加" and re.fullmatch(_CLASS, held.group()))


def _date_from_next_paragraph(events: list[Event], people: list[Person], dates: list[list[DateMention]]) -> None:
    """An undated event led by someone (汪洋近日在浙江调研) takes the day that opens the next
    paragraph when that paragraph names the same leader (25日至26日，汪洋深入…); it then joins an
    event of the same type and day."""
    for event in [e for e in events if e.date is None and e.actors and e.paragraph is not None]:
        nxt = event.paragraph + 1
        if nxt >= len(dates) or not dates[nxt] or dates[nxt][0].start != 0:
            continue
        named = {p.name for p in people for m in p.mentions if m.paragraph == nxt}
        if not named & set(event.actors):
            continue
        day = dates[nxt][0].value
        same = next((e for e in events if e is not event and e.type == event.type and e.date == day), None)
        if same is not None and event.type in _MERGED:
            same.actors += [a for a in event.actors if a not in same.actors]
            same.attendees += [a for a in event.attendees if a not in same.attendees]
            events.remove(event)
        else:
            event.date = day


def _noun_visit(text: str, start: int, s_start: int, r: EventRules) -> bool:
    """调研 written as a noun: after 加强 / 注重, or joined by 和 / 、 to a word that is no trigger
    (培训和调研; 督导和调研 is two visits)."""
    if text.endswith(_NOUN_BEFORE_VISIT, s_start, start):
        return True
    if not _JOINED.search(text, s_start, start):
        return False
    before = text[max(s_start, start - 5) : start - 1]
    return not any(before.endswith(t) for t in r.kinds)


def _session(text: str, start: int, s_start: int, days: list[DateMention]) -> bool:
    """审议 / 研究 report a meeting only after a session named as the clause's subject and a day of the
    sentence (2015年5月5日，…第十二次会议审议通过了…): a bare 研究 or an undated 会议审议 is no news of its own."""
    dated = any(s_start <= d.start < start for d in days)
    return dated and bool(_SESSION.search(text, _clause_start(text, s_start, start), start))


def _clause_end(text: str, pos: int, s_end: int) -> int:
    """Where the clause holding `pos` ends (the next ， or ；, else the sentence end)."""
    return min((i for i in (text.find(c, pos, s_end) for c in "，；") if i >= 0), default=s_end)


def _clause_start(text: str, s_start: int, pos: int) -> int:
    return max(s_start, *(text.rfind(c, s_start, pos) + 1 for c in "，；："))


def _meeting_object(text: str, m: re.Match[str], s_start: int, s_end: int) -> bool:
    """召开 / 举行 / 举办 name a meeting after them in the clause (召开动员大会) or, for 举行 / 召开,
    before (论坛在太原举行; 举行，来自社会各界的… names none)."""
    if _MEETING_OBJECT.search(text, m.end(), _clause_end(text, m.end(), s_end)):
        return True
    if re.match(r"\d+周年|以来|之?后|之?前|之际|期间", text[m.end() :]):
        return False  # 古田会议召开90周年: an anniversary; 会议召开后不久: a time after a meeting told before
    return m.group() in _PASSIVE and bool(_MEETING_SUBJECT.search(text[s_start : m.start()]))


def _speakers_at_meeting(people: list[Person], paragraphs: list[str]) -> list[str]:
    """People named right before 在…会上表示 / 在开幕式上致辞: they speak at the meeting."""
    out = []
    for p in people:
        for mention in p.mentions:
            if _AT_MEETING.match(paragraphs[mention.paragraph], mention.end) and p.name not in out:
                out.append(p.name)
    return out


def _quoted_speakers(people: list[Person], paragraphs: list[str]) -> list[str]:
    """Titled people quoted as speaking (“…”执委会主任、…副部长杨剑说 / ，杨剑表示): in the report of
    a meeting nobody is said to chair, they are the ones who spoke at it (press conferences,
    forums, hearings)."""
    return [
        p.name
        for p in people
        if p.titles
        and any(_SPEAKS_AFTER.match(paragraphs[m.paragraph], m.end) for m in p.mentions)
        and not any(_SENDS.match(paragraphs[m.paragraph], m.end) for m in p.mentions)
    ]


def _merge(events: list[Event], etype: str, date: str | None, actors: list[str]) -> Event:
    for e in events:
        if e.type == etype and e.date == date and (etype in _MERGED or e.actors == actors):
            e.actors += [a for a in actors if a not in e.actors]
            return e
    event = Event(type=etype, date=date, actors=list(actors))
    events.append(event)
    return event


_CITING = ("贯彻", "落实", "学习", "按照", "根据", "遵照", "领会")


def _cited(text: str, people: list[Person], name: str, pi: int) -> bool:
    """Whether every mention of `name` in the paragraph cites them (贯彻习近平总书记…指示) or
    reads out their message (宣读习近平主席的贺信): such a person acts in no event of the sentence."""
    spans = [m for p in people if p.name == name for m in p.mentions if m.paragraph == pi]
    return bool(spans) and all(
        text.endswith(_CITING, 0, m.start) or _READ_OUT.search(text, 0, m.start) or _MESSAGE.match(text, m.end)
        for m in spans
    )


def _people_in(people: list[Person], pi: int, start: int, end: int) -> list[str]:
    hits = sorted((m.start, p.name) for p in people for m in p.mentions if m.paragraph == pi and start <= m.start < end)
    return list(dict.fromkeys(name for _, name in hits))


def _place_in(places: list[Place], pi: int, start: int, end: int) -> str | None:
    """The place named last before the trigger: 到金峰开发区调研 -> 金峰开发区."""
    hits = [(m.start, p.name) for p in places for m in p.mentions if m.paragraph == pi and start <= m.start < end]
    return max(hits)[1] if hits else None


def _outside_speech(org: Organization, paragraphs: list[str]) -> bool:
    return any(not _SPEECH.match(paragraphs[m.paragraph]) for m in org.mentions)
