"""Answers that follow the speeches' structure, real follow-ups and faithful refusals, through
`askspeech.answer` on the real index (the examples of issue 10)."""

from __future__ import annotations

import re
from typing import Any

import askspeech
from askspeech.answer.conversation import History
from askspeech.config import Settings
from askspeech.engine import get_engine


def ask(settings: Settings, question: str, history: History | None = None,
        speech: int | None = None) -> askspeech.Answer:
    return askspeech.answer(question, history=history, speech=speech, settings=settings)


_ITEM = re.compile(r"^(?:第[一二三四五六七八九十](?=[,，、])|[一二三四五六七八九十][是要]|\d、)")


def _items(a: askspeech.Answer) -> list[str]:
    """The markers of the list items an answer quotes, in order ("第三", "一是", …): a
    bare heading is quoted with the sentence after it, which opens with none."""
    return [m.group(0) for c in a.citations if (m := _ITEM.match(c.quote))]


def user(question: str) -> dict[str, str]:
    return {"role": "user", "content": question}


def converse(settings: Settings, *questions: str) -> askspeech.Answer:
    """The answer to the last question, each one before it asked and answered in turn, the
    answers kept in the history as the web chat keeps them."""
    history: History = []
    for question in questions[:-1]:
        a = ask(settings, question, history=history)
        history = [*history, user(question), {"role": "assistant", "content": a.text}]
    return ask(settings, questions[-1], history=history)


def best_quote(a: askspeech.Answer) -> str:
    """The quote from the passage of the best sentence (citations run in reading order)."""
    return next(c.quote for c in a.citations if c.passage.passage_id == a.lead)


def test_how_many_points_a_speech_makes_is_answered_by_the_sentence_counting_them(
        built_settings: Settings) -> None:
    a = ask(built_settings, "How many points does the Anhui speaker make?")
    quotes = [c.quote for c in a.citations]
    assert "讲四点意见" in quotes[0] and quotes[1].startswith("一、") and len(quotes) == 5


def test_a_summary_quotes_a_part_opening_with_a_bare_lead_in_with_what_it_is_about(
        built_settings: Settings) -> None:
    # part one of 篇四 opens "…取得了明显成效。主要体现在以下几个方面:" (its marker lost)
    a = ask(built_settings, "篇四讲了什么")
    assert "取得了明显成效" in a.citations[0].quote
    part = ask(built_settings, "第一部分呢?", [user("篇四讲了什么"),
                                          {"role": "assistant", "content": a.text}])
    assert "取得了明显成效" in part.citations[0].quote and "1、班子建设成效显著" in part.text


def test_a_summary_question_gets_the_speechs_top_level_outline_cited(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇三讲了什么")
    assert not a.refused
    quotes = [c.quote for c in a.citations]
    assert len(quotes) == 4 and quotes[0].startswith("一、") and quotes[3].startswith("四、")
    assert {c.passage.speech for c in a.citations} == {3}
    english = ask(built_settings, "What is Speech 5 about?")
    assert not english.refused and [c.quote[:2] for c in english.citations] == ["一、", "二、",
                                                                               "三、"]


def test_a_list_question_quotes_every_item_each_cited(built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?")
    text = "".join(c.quote for c in a.citations)
    for n in "一二三四五六":
        assert f"{n}是" in text
    assert all(c.quote in c.passage.text for c in a.citations)
    # points in parallel heads ("要突出重点抓落实,…" "要因地制宜抓落实,…"): the whole series
    ways = ask(built_settings, "篇三讲抓落实有哪几种办法?").text
    assert all(w in ways for w in ("突出重点", "因地制宜", "搞好试点", "健全制度"))
    # but a sentence with the term asked about is about that term, not its siblings
    assert "社区党建载体" not in ask(built_settings, "“三带三帮”分别指什么?").text
    # items not numbered but written in parallel after "即:"
    powers = ask(built_settings, "攀枝花要确立和落实村党组织的哪“三项权力”?").text
    assert all(p in powers for p in ("规则制定权", "议事提名权", "执行监督权"))


def test_a_term_the_speeches_coin_is_answered_where_they_spell_it_out_quoted_or_not(
        built_settings: Settings) -> None:
    # "三个先" asked without quotes and without "哪些": its three parts
    firsts = ask(built_settings, "京口的三个先是什么?").text
    assert all(p in firsts for p in ("学习上的先驱", "发展中的先锋", "服务上的先进"))
    activities = ask(built_settings, "篇七老说的三项活动到底是哪三项?").text
    assert "创先争优、作风建设年、四帮四促" in activities
    assert "高杆灯" in ask(built_settings, "淮北81145里的两个1指什么?").text
    # a number the speeches quote ("“8”是指…"), asked without quotes
    assert "警备室" in ask(built_settings, "淮北村部里那8个房间都是干啥的?").text
    # but "speech 5" names a speech, not the “5” of 81145
    loaded = get_engine(built_settings).get()
    q = loaded.searcher.parse("Lenin quote speech 5")
    assert "5" not in loaded.answerer.scorer.named_terms(q.search_text, q, q.words)


def test_a_question_asking_a_count_prefers_a_close_sentence_that_gives_one(
        built_settings: Settings) -> None:
    # the best-scoring sentence (李源潮's instruction) names the topic but counts nothing
    a = ask(built_settings, "开放式村级活动场所有什么好处?篇三讲了几个方面?")
    assert "以下四个方面" in a.text and "四是进一步夯实了党的执政基础" in a.text


def test_a_list_question_prefers_a_close_sentence_that_opens_the_list(
        built_settings: Settings) -> None:
    # the best-scoring sentence merely names the topic ("这是…提出的新挑战。"); the lead-in
    # a little below it announces the five challenges, and all five are quoted
    a = ask(built_settings, "篇二说基层党建遇到了哪些挑战?")
    text = "".join(c.quote for c in a.citations)
    assert "五个挑战" in text and all(f"{n}是" in text for n in "一二三四五")
    b = ask(built_settings, "耒阳现在农村党建冒出了哪些新毛病?")
    assert [c.quote[:2] for c in b.citations[1:]] == ["第一", "第二", "第三", "第四", "第五"]
    # a list opener may score below four sentences of one passage ("1、突出乡镇换届…")
    c = ask(built_settings, "篇七围绕换届要抓好哪几项工作?")
    assert [q.quote[:2] for q in c.citations[1:]] == ["1、", "2、", "3、", "4、", "5、", "6、"]


def test_an_ordinal_follow_up_answers_from_the_list_the_previous_answer_cited(
        built_settings: Settings) -> None:
    first = "沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?"
    a = ask(built_settings, "那第二点呢?", history=[user(first)])
    assert not a.refused and a.citations[0].passage.speech == 6
    assert a.citations[0].quote.startswith("二是")


def test_an_ordinal_past_the_points_of_the_item_answered_counts_the_list_it_is_one_of(
        built_settings: Settings) -> None:
    # the answer quoted the first team's first point ("一要…", of three): "number four" is the
    # fourth of the five teams
    first = user("Anhui speech, the five teams it wants to build: what's the first one and "
                 "what's the focus?")
    a = ask(built_settings, "And what's number four on that list?", history=[first])
    assert not a.refused and "大学生村官队伍建设" in a.citations[0].quote, a.text
    # a list shown as a list is what its follow-up counts, however far
    b = ask(built_settings, "第四个呢?", history=[user("篇五的“三个先”是什么?")])
    assert "三个先" in b.citations[0].quote and "二要做发展中的先锋" in b.text, b.text


def test_an_item_named_by_its_place_among_paragraphs_opening_alike_and_asked_within(
        built_settings: Settings) -> None:
    # "这是历史的昭示:…" "这是时代的要求:…" "这是现实的选择:…", each a paragraph's opening
    first = "篇二谈基层党建的必要性,讲了历史的昭示、时代的要求,第三点是什么?"
    a = ask(built_settings, first)
    assert a.citations[0].quote.startswith("这是现实的选择"), a.text
    # "这一条里": within the paragraph just quoted, not the first two the question named
    b = ask(built_settings, "这一条里举了哪些例子?", history=[user(first)])
    assert "98年的抗洪" in b.text and "这是时代的要求" not in b.text, b.text


def test_a_list_of_as_many_as_asked_is_found_within_the_margin_and_its_item_asked_within(
        built_settings: Settings) -> None:
    # the best sentence opens a four-point list inside the third of the five asked for
    first = "耒阳那篇讲下阶段工作,要突出抓好哪五项?"
    a = ask(built_settings, first)
    assert all(f"{n}要突出抓好" in a.text for n in "一二三四五"), a.text
    # what the follow-up asks is in the item's third sentence, which its plain quote shows,
    # not in a later one holding a commoner word of the question ("抓紧时间")
    b = ask(built_settings, "最后一项里,远程教育站点什么时候要全部入网?", history=[user(first)])
    assert b.citations[0].quote.startswith("五要突出抓好") and "7月底前" in b.text, b.text


def test_an_ordinal_follow_up_that_describes_another_item_gets_the_described_one(
        built_settings: Settings) -> None:
    first = user("篇二讲发展党内民主,提了哪几条具体做法?")
    # the last item is "要树立群众满意的评价导向"; the one about 公开 is the third
    a = ask(built_settings, "最后那条搞公开的,说公开了有啥好处?", history=[first])
    assert a.citations[0].quote.startswith("要推行党务政务公开")
    b = ask(built_settings, "最后那条呢?", history=[first])
    assert b.citations[0].quote.startswith("要树立群众满意的评价导向")


def test_an_ordinal_follow_up_asking_within_the_item_quotes_the_part_asked(
        built_settings: Settings) -> None:
    first = user("篇二讲改革创新时,提了哪几个“以创新的……来……”?")
    a = ask(built_settings, "第二条讲载体的那个,社区这块打算怎么弄?", history=[first])
    quotes = [c.quote for c in a.citations]
    assert quotes[0] == "二要以创新的载体来推动。"
    assert any(q.startswith("要创新社区党建载体") for q in quotes[1:]), quotes


def test_a_follow_up_naming_another_speech_moves_to_it(built_settings: Settings) -> None:
    first = "篇七讲话中,村干部报酬要落实什么制度?"
    a = ask(built_settings, "那篇三呢?", history=[user(first)])
    assert not a.refused and {c.passage.speech for c in a.citations} == {3}
    b = ask(built_settings, "What about Speech 5?",
            history=[user("What does speech 1 say about the guiding thought?")])
    assert not b.refused and {c.passage.speech for c in b.citations} == {5}


def test_the_same_question_asked_again_of_another_place_is_the_question_before_there(
        built_settings: Settings) -> None:
    first = "Panzhihua — where do new township leaders get drawn from?"
    again = ask(built_settings, "Same question for Anhui?", history=[user(first)])
    direct = ask(built_settings, "Anhui — where do new township leaders get drawn from?")
    assert not again.refused and {c.passage.speech for c in again.citations} == {3}
    # ("question" searched as 问题 drew "对这些问题,要采取措施认真解决。")
    assert [c.quote for c in again.citations] == [c.quote for c in direct.citations], again.text


def test_the_first_one_is_the_first_of_the_points_quoted_under_a_heading(
        built_settings: Settings) -> None:
    # the answer quoted "二是确立和强化村党组织“三项权力”。" then its powers, "即:强化规则
    # 制定权,…;" "强化议事提名权,…;": "the first one" is the first power, not "一是…"
    first = "Panzhihua speech, village Party organisation's core authority — the three items"
    a = ask(built_settings, "Who draws up the rules under the first one?", history=[user(first)])
    assert "强化规则制定权" in a.citations[0].quote, a.text


def test_a_follow_up_naming_another_speech_by_what_only_it_says_moves_to_it(
        built_settings: Settings) -> None:
    first = "村主干卸任后的生活补贴,耒阳那篇说从多少涨到多少?"
    a = ask(built_settings, "那推进“三项活动”的那篇又是怎么讲的?", history=[user(first)])
    assert a.citations and {c.passage.speech for c in a.citations} == {7}, a.text


def test_a_follow_up_without_history_asks_what_it_refers_to(built_settings: Settings) -> None:
    a = ask(built_settings, "那第二点呢?")
    assert a.refused and not a.citations and "前文" in a.text
    assert ask(built_settings, "And the third one?").refused


def test_the_shipped_english_example_answers_from_leiyang(built_settings: Settings) -> None:
    a = ask(built_settings, "How many administrative villages in Leiyang completed their "
                            "village committee elections?")
    assert not a.refused and a.citations[0].passage.speech == 4
    assert "623" in a.citations[0].quote


def test_places_and_plenums_the_speeches_never_mention_are_refused(
        built_settings: Settings) -> None:
    for question in ("淮南市的开放式村级活动场所是怎么配置的?",
                     "篇七要求以党的十八届三中全会精神为指导,具体怎么讲的?",
                     "去新疆旅游,喀纳斯什么季节去最好?",
                     "How do I write a SQL query that joins two tables?"):
        a = ask(built_settings, question)
        assert a.refused and not a.citations, question
    # the same questions about what the speeches do mention are answered
    assert not ask(built_settings, "淮北市的开放式村级活动场所是怎么配置的?").refused


def test_near_misses_of_period_scope_format_title_and_place_are_refused(
        built_settings: Settings) -> None:
    for question in (
            "篇七说明年上半年要开展几次作风建设民主评议?",  # they speak of this year's
            "全国第二轮村级组织活动场所一共要建多少个?",  # 1989 is the province's
            "湖南全省一共有多少个村列入了村级活动场所建设项目?",  # the 23 are 耒阳's
            "篇七里率先建成便民利民服务大厅的那15个乡镇(办事处)分别是哪些?",  # "xx、xx等"
            "全国农村基层党建工作电视电话会议对农村党员培训提了什么要求?",  # theirs: 座谈会
            "京口那篇提到的《关于加强党的先进性建设的决定》提出了什么?",  # theirs: 执政能力
            "句容市的“磐石计划”给非公有制企业党建定了几年的目标?",  # theirs: 京口区
            "沙雅打算在五年之内把村干部和后备干部轮训几遍?",  # theirs: 三年内
            "耒阳近五年来一共办了多少期入党积极分子培训班?",  # theirs: 两年来
            "攀枝花那篇说下半年要让哪些人到适当岗位锻炼、择优提拔为村支部书记?",  # 上半年
            "丹徒区委制定的实施“磐石计划”的意见,为什么说具有鲜明的地方特色?",  # 京口区委
            "沙雅第八期“双语”培训班的学员到位了吗?",  # theirs: 第七期
            "整个衡阳地区在“两新”组织里一共建了多少个党组织?",  # the 65 are 耒阳's
            # a prefecture jieba reads as a person (the speech says 衡阳地区)
            "耒阳在邵阳地区率先成立的市委“两新”工委,一共在“两新”组织里建了多少个党组织?",
            # a meeting of a format they never name (theirs: …座谈会)
            "安徽那篇说要按全国农村基层党建工作现场推进会的部署办,那次推进会提了哪些要求?",
            # a level they never give the honour at, a particle after it
            "篇七那个市评上县级“五好”党组织的一共有多少个?",
            # a speech named by a city none is from (内江, which starts as "内部" does)
            "内江那篇讲话说产业园区要当践行“五大发展理念”的先行区,还要当落实哪些战略的主战场?",
            "篇七那个市的第四次作风建设民主评议安排在几月份?",  # theirs: 第三次
            "耒阳市委去年冬天组织的那次大型调研活动,是以什么为主题的?",  # theirs: 5月至6月
            # 1989 is the province's, asked in English
            "According to the Anhui speech, how many village organization activity venues are "
            "being built nationwide in the second round?"):
        assert ask(built_settings, question).refused, question
    for question in ("京口那篇说明年开始要开展什么教育?",
                     "沙雅打算在三年之内把村干部和后备干部轮训几遍?",
                     "耒阳这两年一共办了多少期入党积极分子培训班?",
                     "攀枝花那篇说上半年要让哪些人到适当岗位锻炼、择优提拔为村支部书记?",
                     "京口区委制定的实施“磐石计划”的意见,为什么说具有鲜明的地方特色?",
                     "沙雅第七期“双语”培训班的学员到位了吗?",
                     "耒阳在“两新”组织里一共建了多少个党组织?",
                     "耒阳在衡阳地区率先成立的市委“两新”工委,一共在“两新”组织里建了多少个党组织?",
                     "攀枝花那篇讲话说产业园区要当践行“五大发展理念”的先行区,还要当落实哪些战略的主战场?",
                     "耒阳市委5月下旬组织的那次大型调研活动,是以什么为主题的?",
                     "According to the Anhui speech, how many village organization activity "
                     "venues is the province building in the second round?",
                     "篇三讲话说,除中央计划建设的以外,全省还有多少个活动场所危旧狭小?",
                     "全国农村基层党建工作座谈会对农村党员培训提了什么要求?",
                     "京口那篇提到的《关于加强党的执政能力建设的决定》提出了什么?"):
        assert not ask(built_settings, question).refused, question


def test_a_quoted_term_the_search_missed_is_answered_where_the_speeches_use_it(
        built_settings: Settings) -> None:
    # "“三项活动”" fills the top passages; the one sentence using "三项工作" spells it out
    a = ask(built_settings, "篇七说要深入开展的那“三项工作”都是什么?")
    assert "“首问负责制”三项工作" in a.citations[0].quote
    # a quote holding any term quoted stays ("“8”是指…" for "“81145”…中的“8”")
    b = ask(built_settings, "淮北市“81145”配置要求中的“8”,是指活动场所内设的哪八个室?")
    assert b.citations[0].quote.startswith("“8”是指")


def test_an_everyday_question_is_refused_though_the_speeches_use_its_words(
        built_settings: Settings) -> None:
    # "不能", "以后", "东西" are all in the speeches; nothing there is about a health check
    a = ask(built_settings, "体检前一天晚上几点以后就不能吃东西了?")
    assert a.refused and not a.citations
    # colloquial, but with words the speeches are about ("村民代表"): answered
    assert not ask(built_settings, "村民代表太多了开不起会怎么办?").refused
    # an adverb the speeches use often ("明显") says how, not what about
    b = ask(built_settings, "电动车电池冬天续航明显变短,平时该怎么保养?")
    assert b.refused and not b.citations, b.text


def test_a_figure_for_another_place_or_unit_is_no_answer(built_settings: Settings) -> None:
    # 623 villages and 197 cadres are 耒阳's figures, not 衡阳's
    assert ask(built_settings, "衡阳市全市这次村两委换届一共精简了多少名干部?").refused
    # the scrape left the number blank: "大乡每月要累计抽出天下村调研"
    assert ask(built_settings, "沙雅规定大乡每个月要下村调研多少天?").refused
    assert not ask(built_settings, "耒阳完成村两委换届后,共精减了多少名干部?").refused
    # one township's figure is not all townships' ("各乡镇…先进个人537人")
    assert ask(built_settings, "谷汪乡上半年表彰了多少名先进个人?").refused


def test_a_section_whose_points_carry_no_markers_is_answered_point_by_point(
        built_settings: Settings) -> None:
    # 篇五's second part makes its points as short paragraph openers ("发展要目标化。")
    a = ask(built_settings, "篇五第二部分讲了什么?")
    assert not a.refused and [c.quote for c in a.citations][1:] == [
        "发展要目标化。", "工作要特色化。", "活动要经常化。"]
    b = ask(built_settings, "第三点具体怎么说的?", history=[user("篇五第二部分讲了什么?")])
    assert b.citations[0].quote.startswith("活动要经常化。")  # its ordinal, not the part's
    # 篇二's section on inner-Party democracy makes them as "要…" sentences, each explained
    c = ask(built_settings, "篇二在发展党内民主方面提出了哪些具体举措?")
    quotes = [x.quote for x in c.citations]
    # under the heading that announces them
    assert quotes[0] == "第四,要发展党内民主。"
    assert quotes[1:4] == ["要扩大选举中的民主权利,为发展选好班子。",
                          "要拓展民主参与的途径,为发展改革各项任务科学决策。",
                          "要推行党务政务公开,为发展加强监督。"]


def test_a_question_naming_a_speech_or_place_quotes_only_from_there(
        built_settings: Settings) -> None:
    # (these three quoted 篇三, 篇二 and 篇七 alongside or instead of the speech named)
    for question, speeches in (("篇七怎样加强与外出务工党员的联系?", {7}),
                               ("篇一怎么说基层组织建设的长期性?", {1}),
                               ("篇二怎样批评干部因循守旧的作风?", {2})):
        a = ask(built_settings, question)
        assert not a.refused and {c.passage.speech for c in a.citations} == speeches, question
    # none of 篇一's passages comes up first: it is searched on its own, not refused
    first = ask(built_settings, "篇一提出了哪些工作要求?")
    assert not first.refused and {c.passage.speech for c in first.citations} == {1}
    # an English keyword query for a rate, about a place whose speech gives none
    assert ask(built_settings, "Panzhihua village election completion rate").refused
    # a detail asked of a named speech is looked for in it, not refused because the
    # sentences that scored best overall are from elsewhere
    trip = ask(built_settings, "篇七带村支书去哪个有名的村参观了?去了多少人?")
    assert not trip.refused and "67名" in trip.text and "华西村" in trip.text


def test_a_speechs_own_place_does_not_pick_the_sentence(built_settings: Settings) -> None:
    # "攀枝花" names 篇八; its opening sentence, which names the city, used to win on the name
    a = ask(built_settings, "攀枝花园区那个五联是联什么?")
    assert not a.refused and "组织联设" in a.text
    b = ask(built_settings, "攀枝花工业园区是怎么运营的?")
    assert not b.refused and "管委会+公司" in b.text


def test_an_organisation_the_speeches_never_mention_is_refused_by_name(
        built_settings: Settings) -> None:
    # 篇二 names 越南 among socialist countries and gives 苏联共产党's years, not Vietnam's
    a = ask(built_settings, "篇二提到的越南共产党执政了多少年?")
    assert a.refused and "越南共产党" in a.text


def test_a_person_the_speeches_never_name_is_refused_by_name(built_settings: Settings) -> None:
    # 篇三's provincial secretary is 王金山, its model cadre 沈浩
    wrong = ask(built_settings, "省委书记李明专程到哪里调研选派工作?")
    assert wrong.refused and "李明" in wrong.text
    assert ask(built_settings, "篇三要求向王浩同志学习什么?").refused
    right = ask(built_settings, "省委书记王金山专程到哪里调研选派工作?")
    assert not right.refused and "小岗村" in right.text


def test_a_month_the_question_states_must_be_the_answers(built_settings: Settings) -> None:
    # the province trains township secretaries in May (五月份), not in October
    assert not ask(built_settings, "篇三说省里准备五月份怎么培训乡镇党委书记?").refused
    wrong = ask(built_settings, "篇三说省里准备在十月份对乡镇党委书记培训多长时间?")
    assert wrong.refused and "月份" in wrong.text
    assert ask(built_settings, "What did Leiyang launch in March?").refused
    assert not ask(built_settings, "What did Leiyang launch in May?").refused


def test_an_age_asked_needs_years_of_age(built_settings: Settings) -> None:
    # "第三批" is no age: 沙雅 gives none, 耒阳 gives "5.4岁"
    assert ask(built_settings, "沙雅换届后村干部平均年龄降低了多少岁?").refused
    a = ask(built_settings, "耒阳换届后村干部平均年龄降低了多少岁?")
    assert not a.refused and "5.4岁" in a.text


def test_a_summary_counts_announced_parts_whose_markers_the_scrape_lost(
        built_settings: Settings) -> None:
    # 篇四 announces "讲三点意见" but only "三、" kept its marker
    a = ask(built_settings, "篇四讲了什么?")
    assert not a.refused and a.citations[-1].quote.startswith("三、")
    assert sum(q.startswith(("主要体现在", "随着社会改革", "三、"))
               for q in (c.quote for c in a.citations)) == 3  # the three parts, one each
    b = ask(built_settings, "第二部分呢?", history=[user("篇四讲了什么?")])
    assert "新问题" in b.citations[0].quote
    assert [c.quote[:2] for c in b.citations[1:]] == ["第一", "第二", "第三", "第四", "第五"]


def test_a_short_numbered_point_is_quoted_with_what_explains_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口讲话里做学习上的先驱具体怎么说的?")
    assert a.citations[0].quote.startswith("一要做学习上的先驱。") and "在基层工作" in a.text


def test_an_ordinal_follow_up_counted_in_other_words(built_settings: Settings) -> None:
    a = ask(built_settings, "第三件展开说说", history=[user("耒阳下半年党建要重点抓哪几件事?")])
    assert a.citations and a.citations[0].quote.startswith("三要突出抓好村级班子建设")


def test_a_figure_before_a_township_is_named_is_not_the_townships(
        built_settings: Settings) -> None:
    # 篇四 gives the city's per-village funds, then goes on to 余庆乡 and 导子乡's practices
    assert ask(built_settings, "导子乡的村级组织运转经费村均多少万元?").refused
    assert ask(built_settings, "What is the average age of village cadres in Daozi township?"
               ).refused
    city = ask(built_settings, "耒阳的村级组织运转经费村均多少万元?")
    assert not city.refused and "4万元" in city.text


def test_which_speeches_use_an_unquoted_term(built_settings: Settings) -> None:
    # every speech using the term verbatim, as for a quoted one ("“双培双带”在哪几篇…")
    a = ask(built_settings, "一定三有在哪几篇里出现?")
    assert {c.passage.speech for c in a.citations} == {3, 4}
    assert all("一定三有" in c.quote for c in a.citations)
    b = ask(built_settings, "三级联创都在哪些讲话里提到?")
    assert {c.passage.speech for c in b.citations} == {2, 3, 6}
    # a term the speeches use is answer enough, however few other words the question shares
    c = ask(built_settings, "哪几篇讲话都提到了五小?")
    assert not c.refused and {x.passage.speech for x in c.citations} == {4, 6}
    assert ask(built_settings, "哪几篇讲话提到了十四五?").refused


def test_a_follow_up_asking_for_the_rest_of_a_list_gets_the_other_items(
        built_settings: Settings) -> None:
    a = ask(built_settings, "除了管党责任制还有哪些?",
            history=[user("耒阳下半年党建要重点抓哪几件事?")])
    assert _items(a) == ["二要", "三要", "四要", "五要"]
    b = ask(built_settings, "除了选派干部以外还有哪些?", history=[user("篇三的五支队伍是哪五支?")])
    assert len(b.citations) == 4 and not any("选派干部" in c.quote for c in b.citations)


def test_a_comparison_of_two_places_needs_both_figures(built_settings: Settings) -> None:
    # 耒阳 gives its average floor area; 沙雅's figures were left blank by the scrape
    a = ask(built_settings, "沙雅和耒阳相比,哪个地方新建村级活动场所的平均面积更大?")
    assert a.refused and "数字" in a.text


def test_a_question_naming_two_speeches_or_their_places_quotes_each(
        built_settings: Settings) -> None:
    # (both quoted only the first speech before)
    a = ask(built_settings, "篇三和篇七分别怎么说村干部报酬?")
    assert not a.refused and {c.passage.speech for c in a.citations} == {3, 7}
    assert "据篇三、篇七" in a.text
    b = ask(built_settings, "耒阳和沙雅在村级阵地建设上各有什么做法?")  # 篇四's and 篇六's places
    assert not b.refused and {c.passage.speech for c in b.citations} == {4, 6}


def test_a_follow_up_for_a_part_of_a_summary_gets_that_parts_points(
        built_settings: Settings) -> None:
    # 篇三's second part announces its five teams in a lead-in, then gives them 第一…第五
    a = ask(built_settings, "第二部分具体讲了什么?", history=[user("篇三讲了什么")])
    quotes = [c.quote for c in a.citations]
    assert quotes[0].startswith("二、") and quotes[1].startswith("第一,") and len(quotes) >= 5


def test_a_bare_topic_with_ne_asks_the_previous_question_about_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "平均年龄呢?", history=[user("耒阳村两委换届精减了多少干部?")])
    assert not a.refused and "5.4" in a.text


def test_a_follow_up_naming_another_speech_with_its_own_question_asks_that_question(
        built_settings: Settings) -> None:
    # not "how much" again: the allowance in 篇三 has no figure, and none is asked for
    a = ask(built_settings, "那篇三对离任村干部怎么说的?",
            history=[user("耒阳离任村主职干部生活补助提高到多少?")])
    assert not a.refused and {c.passage.speech for c in a.citations} == {3}
    assert "离任村干部的生活补助" in a.text


def test_a_follow_up_with_words_of_its_own_is_answered_on_them(built_settings: Settings) -> None:
    a = ask(built_settings, "那园区人才方面搞了哪些工程?",
            history=[user("攀枝花工业园区实行什么开发运行模式?")])
    assert not a.refused and "千人计划" in a.text


def test_a_follow_up_asking_what_the_quoted_thing_is_for_is_read_where_it_was_quoted(
        built_settings: Settings) -> None:
    first = "Where does speech 7 tell townships to borrow the '歇职' practice from?"
    a = ask(built_settings, "What problem is that supposed to fix?", history=[user(first)])
    assert not a.refused and "解决少数村班子软弱涣散" in best_quote(a)


def test_a_what_if_follow_up_reads_the_answer_before_it(built_settings: Settings) -> None:
    first = "沙雅“六个不批”的第一个不批是什么?"
    a = ask(built_settings, "要是自查查出毛病来呢?", history=[user(first)])
    assert not a.refused and "限期整改" in a.text


def test_an_english_keyword_query_finds_a_person_by_the_pinyin_of_the_name(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Wang Jinshan visited which village")
    assert not a.refused and "小岗村" in a.text


def test_a_follow_up_naming_another_place_moves_to_its_speech(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳呢?", history=[user("沙雅开展“三级联创”有什么做法?")])
    assert not a.refused and {c.passage.speech for c in a.citations} == {4}  # not 篇六


def test_a_short_question_the_speeches_do_not_answer_alone_is_read_with_the_one_before(
        built_settings: Settings) -> None:
    assert ask(built_settings, "评议结果和什么挂钩?").refused  # alone: nothing to go on
    a = ask(built_settings, "评议结果和什么挂钩?", history=[user("安徽的“一诺双评”是什么制度?")])
    assert not a.refused and "绩效报酬" in a.text
    # in words not all the speeches' own ("考" alone is no word of theirs)
    a = ask(built_settings, "考出来的结果怎么用?",
            history=[user("篇三说乡镇党委书记的考核评价机制以什么为基础、以什么为重点?")])
    assert not a.refused and any("运用好考核结果" in c.passage.text for c in a.citations)
    assert ask(built_settings, "股票怎么买?", history=[user("篇三讲了什么?")]).refused
    # "多长时间" is how it asks, no word of the speeches: "要学" is what it is about
    a = ask(built_settings, "要学多长时间?",
            history=[user("村干部到乡跟班学习要解决哪三个不适应?")])
    assert not a.refused and "2至3个月" in a.text
    # taking up a word of the question before ("任期"), though not all its words are theirs
    a = ask(built_settings, "任期短了,那活儿是不是也跟着少了?",
            history=[user("篇三说第四批选派干部的任期是多长时间?")])
    assert not a.refused and "任务没有减" in a.text
    assert ask(built_settings, "任期短了,那活儿是不是也跟着少了?").refused
    # taking up a character of a coined term just asked about ("帮" of “四帮四促”)
    a = ask(built_settings, "都帮些啥?", history=[user("篇七的“四帮四促”是照什么模式落实的?")])
    assert not a.refused and {c.passage.speech for c in a.citations} == {7}, a.text
    assert "四帮四促" in a.text
    assert ask(built_settings, "都帮些啥?", history=[user("安徽的“一诺双评”是什么制度?")]).refused
    # a verb split by "了" ("脱了贫") is the speeches' word ("脱贫")
    a = ask(built_settings, "最后帮出来多少人脱了贫?",
            history=[user("耒阳这两年一共结成了多少对党员帮带对子?")])
    assert not a.refused and "3866个贫困家庭" in a.text, a.text


def test_a_speech_named_by_its_level_or_length(built_settings: Settings) -> None:
    # one speech was given at a district: "区里开会那篇" is it
    a = ask(built_settings, "区里开会那篇说,碰上土地征用、房屋拆迁这类事,干部一定要怎么做?")
    assert {c.passage.speech for c in a.citations} == {5} and "依法办事" in a.text, a.text
    # what is not to be done, asked of the province's speech: the sentence saying so, not
    # the tasks listed around it
    b = ask(built_settings, "省里那篇讲话说,大学生村官有哪些事最好别碰?")
    assert b.citations[0].quote.startswith("大学生村官不宜兼任"), b.text
    c = ask(built_settings, "What is the longest speech about?")
    assert {x.passage.speech for x in c.citations} == {3}, c.text


def test_a_short_why_follow_up_is_answered_where_the_answer_before_quoted(
        built_settings: Settings) -> None:
    first = user("How long is the term of Anhui's fourth batch of village cadres sent down by "
                 "the province?")
    a = ask(built_settings, "Why does that make their job tougher?", history=[first])
    assert "两年要完成三年的工作任务" in a.text, a.text


def test_a_summary_of_the_speech_about_a_place(built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇讲了哪几点?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"]
    assert {c.passage.speech for c in a.citations} == {5}


def test_off_topic_or_missing_things_after_a_question_are_still_refused(
        built_settings: Settings) -> None:
    before = [user("篇七讲话中,村干部报酬要落实什么制度?")]
    weather = ask(built_settings, "明天天气怎么样?", history=before)  # not read with the one before
    assert weather.refused and not weather.citations
    missing = ask(built_settings, "那篇九呢?", history=before)  # there are eight speeches
    assert missing.refused and "篇九" in missing.text
    figure = ask(built_settings, "那攀枝花呢?", history=[user("耒阳村两委换届精减了多少干部?")])
    assert figure.refused  # the same question about 攀枝花, whose speech gives no such count


def test_english_near_misses_and_code_requests_are_refused(built_settings: Settings) -> None:
    for question in ("What did the Panzhihua speech say about the 14th Five-Year Plan?",
                     "Write me a Python function to sort a list",
                     "Recommend a good hotel in Panzhihua", "How do I renew my passport online?",
                     "Can you help me renew my driver's licence online?",
                     "What does the Sixth Plenary Session of the 17th Central Committee say?"):
        assert ask(built_settings, question).refused, question
    # the plan the speech does name is answered
    named = "What are the two pillars of Panzhihua's 13th Five-Year Plan development?"
    assert not ask(built_settings, named).refused


def test_an_english_keyword_query_names_a_term_the_speeches_coined(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Jingkou three firsts for cadres")  # 三个先
    assert all(x in a.text for x in ("学习上的先驱", "发展中的先锋", "服务上的先进"))
    b = ask(built_settings, "one promise two evaluations system Anhui")  # 一诺双评
    assert not b.refused and "一诺双评" in b.text


def test_an_ordinal_follow_up_counts_the_unnumbered_items_the_answer_quoted(
        built_settings: Settings) -> None:
    # "即:强化规则制定权…;强化议事提名权…;强化执行监督权…", no numbers
    before = [user("篇八说的“三项权力”是什么?")]
    third = ask(built_settings, "第三项具体怎么做?", history=before)
    assert [c.quote[:7] for c in third.citations] == ["强化执行监督权"]
    english = [user("What are the 'three powers' of village Party organisations in the "
                    "Panzhihua speech?")]
    second = ask(built_settings, "And the second one - what does it involve in practice?",
                 history=english)
    assert [c.quote[:7] for c in second.citations] == ["强化议事提名权"]


def test_a_yes_or_no_question_naming_a_counted_term_is_not_answered_with_a_list(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Speech 6: can a village apply for 'five good' branch status if its "
            "archives aren't up to standard?")
    assert "档案工作必须合格" in a.text


def test_a_question_about_another_levels_bodies_is_refused(built_settings: Settings) -> None:
    # the speeches give the pay of retired village cadres and train township secretaries
    assert not ask(built_settings, "耒阳离任的村干部生活补助现在每月多少钱?").refused
    for question in ("耒阳离任的乡镇干部生活补助现在每月多少钱?",
                     "篇三说安徽对县委书记的在线培训为期几天?",
                     "攀枝花要从哪四类人员里选拔县级领导班子成员?",
                     "What 'three powers' does Panzhihua give township Party committees?",
                     # a heading naming no body is about those its paragraph names
                     "Anhui speech: what assessment mechanism does it set for county Party "
                     "secretaries?",
                     # what every county does is not what every township does
                     "攀枝花要求各乡镇建的基层党建工作协调小组,由谁来牵头?"):
        assert ask(built_settings, question).refused, question


def test_an_english_place_the_speeches_never_mention_is_refused_by_name(
        built_settings: Settings) -> None:
    a = ask(built_settings, "What development model do industrial parks in Xichang use?")
    assert a.refused and "Xichang" in a.text
    month = "How many college-graduate village officials in Leiyang were graded in April?"
    assert not ask(built_settings, month).refused


def test_the_previous_question_about_something_else_is_answered_about_that(
        built_settings: Settings) -> None:
    code = ask(built_settings, "那“5”呢?", history=[user("淮北“81145”里的“4”指哪四栏?")])
    # (the code asked before may stand beside it, as the sentence before in the same passage)
    quoted = [c.quote[:5] for c in code.citations]
    assert "“5”是指" in quoted and set(quoted) <= {"“4”是指", "“5”是指"}
    before = [user("耒阳全面完成了多少个行政村的村两委换届?")]
    a = ask(built_settings, "那社区换届呢?", history=before)
    assert "53个社区" in a.text


def test_a_quoted_gloss_with_a_blank_asked_for_is_the_users_own_words(
        built_settings: Settings) -> None:
    # "几次商量、两回公开" for the speech's "四议两公开": not a term the speeches must hold
    a = ask(built_settings, "篇七说村里的大事要走“几次商量、两回公开”那套流程,"
            "是拿它来配合推进哪个村级决策管理机制?")
    assert not a.refused and "“5+3”村级民主决策管理机制" in a.text
    assert ask(built_settings, "沙雅那篇“八个不批”指的是什么?").refused  # a term, counted otherwise


def test_a_quoted_term_with_another_number_in_it_is_refused(built_settings: Settings) -> None:
    # the speech's "千人计划" and "三级联创", each with another numeral
    assert ask(built_settings, "攀枝花园区的“万人计划”是怎么引进人才的?").refused
    assert ask(built_settings, "“四级联创”是什么?").refused
    assert not ask(built_settings, "攀枝花园区的“千人计划”是怎么引进人才的?").refused
    # a quoted code of figures they never write: another date's speech
    assert ask(built_settings, "耒阳那篇引用的“7·1”讲话里,对各级党委抓党建是怎么说的?").refused
    assert not ask(built_settings, "耒阳那篇引用的“6·21”讲话里,对各级党委抓党建是怎么说的?").refused


def test_another_year_or_a_person_never_quoted_is_refused(built_settings: Settings) -> None:
    assert not ask(built_settings, "篇七今年以来表彰了多少个先进集体?").refused
    assert ask(built_settings, "篇七去年一整年表彰了多少个先进集体?").refused  # 今年以来 only
    assert ask(built_settings, "篇七讲话中,上一年度各乡镇表彰的先进个人有多少?").refused
    # a list counted otherwise than its lead-in does ("从四个方面抓好村级班子建设")
    assert ask(built_settings, "篇四讲话围绕村级班子建设提出的六个方面工作中,最后两个方面"
                               "是什么?").refused
    assert not ask(built_settings, "篇四讲话围绕村级班子建设提出的四个方面工作中,最后两个方面"
                                   "是什么?").refused
    # a round before is said, not a comparison with it ("平均年龄较上届降低5.4岁")
    assert ask(built_settings, "耒阳在623个村那轮换届之前的上一轮,村干部减了多少人?").refused
    assert not ask(built_settings, "篇七讲话中,本年度各乡镇表彰的先进个人有多少?").refused
    assert ask(built_settings, "耒阳去年是哪一天启动创先争优活动的?").refused  # 今年5月19日
    person = ask(built_settings, "京口那篇讲话引了江泽民关于基层干部的哪句话?")
    assert person.refused and "江泽民" in person.text
    # a foreign name has no common surname: the dictionary knows it as a name
    foreign = ask(built_settings, "京口那篇讲组织生活的重要性时,引用了斯大林的哪句话?")
    assert foreign.refused and "斯大林" in foreign.text


def test_the_last_item_of_the_list_the_previous_answer_quoted(built_settings: Settings) -> None:
    zh = ask(built_settings, "最后一个呢?",
             history=[user("沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?")])
    assert zh.citations[0].quote.startswith("六是")
    en = ask(built_settings, "And the last one?",
             history=[user("What are the six 'no approval' rules in the Shaya speech?")])
    assert en.citations[0].quote.startswith("六是")


def test_the_partys_age_is_counted_in_anniversaries(built_settings: Settings) -> None:
    a = ask(built_settings, "第二篇讲话收尾的时候,说要拿好成绩给党的多少岁生日送礼?")
    assert not a.refused and "100周年" in a.text


def test_a_heading_naming_the_term_asked_is_quoted_with_the_items_after_it(
        built_settings: Settings) -> None:
    # "()村级“四室两场”规范。一是“四室”:…。二是“两场”:篮球、排球场,放映场。"
    for question in ("沙雅的“四室两场”指什么?", "Shaya four rooms two fields: the two fields"):
        a = ask(built_settings, question)
        assert "篮球、排球场,放映场" in a.text, question


def test_an_ordinal_follow_up_counts_parallel_clauses_of_the_sentence_quoted(
        built_settings: Settings) -> None:
    # "…重点帮助学习领会精神、促进思想统一,帮助理清发展思路、…,帮助解决实际问题、…"
    before = [user("篇七说乡镇领导到联系点帮促,主要帮哪几方面?")]
    a = ask(built_settings, "第三条呢?", history=before)
    assert [c.quote for c in a.citations] == ["帮助解决实际问题、促进增比进位"]
    speech = askspeech.speech(7, settings=built_settings)
    start = a.citations[0].start  # the quote's place in the speech, for the reader
    assert speech.text[start : start + 15] == "帮助解决实际问题、促进增比进位"


def test_a_term_whose_content_the_speeches_never_give_is_refused(
        built_settings: Settings) -> None:
    # “6+1” duties and the “4+2” method are named, never spelled out
    for question in ("Anhui '6+1' duties for college-graduate village officials: list the six",
                     "耒阳在村(居)党组织中推行的“4+2”工作法具体是什么内容?"):
        assert ask(built_settings, question).refused, question


def test_a_meeting_or_a_level_the_speeches_do_not_give_is_refused(
        built_settings: Settings) -> None:
    # the speeches cite the 全国农村基层党建工作座谈会 and name 州级 strong villages only
    for question in ("全国组织部长会议对农村党员培训有什么要求?",
                     "篇七有多少个村被评为国家级集体经济强村?"):
        a = ask(built_settings, question)
        assert a.refused and not a.citations, question
    for question in ("全国农村基层党建座谈会对农村党员培训有什么要求?",
                     "篇七有多少个村被评为州级集体经济强村?"):
        assert not ask(built_settings, question).refused, question


def test_an_english_question_naming_a_person_or_asking_how_a_speech_describes_something(
        built_settings: Settings) -> None:
    lenin = ask(built_settings, "Which Lenin saying does speech 5 cite?")
    assert not lenin.refused and lenin.citations[0].quote.startswith("列宁说过")
    life = ask(built_settings, "How does the Jingkou speech describe Party organizational life?")
    # (the query adapter puts Lenin's saying, the sentence before, first: both are quoted)
    assert not life.refused and "组织生活是进行党性教育的课堂" in life.text
    assert "组织生活是进行党性教育的课堂" in " ".join(c.quote for c in life.citations[:2])


def test_a_sentence_holding_every_term_the_question_names_is_not_refused(
        built_settings: Settings) -> None:
    # the refusal model alone doubts these short questions; the best sentence holds "五联"
    for question in ("五联是哪五个联?", "攀枝花说的五联指什么?"):
        a = ask(built_settings, question)
        assert not a.refused and "组织联设" in a.citations[0].quote, question


def test_a_summary_counts_a_first_part_whose_marker_the_scrape_lost_and_retrieval_agrees(
        built_settings: Settings) -> None:
    # 篇六: "下面,讲几点意见:" is followed by an unmarked part one, then "二、…"
    a = ask(built_settings, "篇六讲了什么?")
    quotes = [c.quote for c in a.citations]
    assert quotes[0].startswith("××县农村基层组织“五大工程”建设的实施")
    assert quotes[1].startswith("二、")
    # 篇二 lost "一、" and "二、": its first part opens right after "讲三点意见。"
    assert ask(built_settings, "篇二讲了什么?").citations[0].quote.startswith("九层之台")
    # 篇七 lost only "一、": its "（一）…" "（二）…" are part one's, not parts of the speech
    seven = [c.quote[:2] for c in ask(built_settings, "篇七讲了什么?").citations]
    assert seven[1:] == ["二、", "三、"] and not seven[0].startswith("(")
    # and "第二部分呢?" is that summary's part two, not a "（二）" inside it
    part_two = ask(built_settings, "第二部分呢?", history=[user("篇七讲了什么?")])
    assert part_two.citations[0].quote.startswith("二、查找差距")
    # retrieval returns the passages the summary quotes, in its order
    found = askspeech.retrieve("篇六讲了什么?", 5, settings=built_settings)
    assert [p.passage_id for p in found[:2]] == [c.passage.passage_id for c in a.citations[:2]]
    # and the item an ordinal follow-up reads off the outline
    history = [user("篇三讲了什么")]
    second = askspeech.retrieve("第二点呢?", 5, settings=built_settings, history=history)
    cited = ask(built_settings, "第二点呢?", history=history).citations[0]
    assert cited.quote.startswith("二、") and second[0].passage_id == cited.passage.passage_id


def test_a_question_too_short_to_name_its_subject_follows_the_one_before(
        built_settings: Settings) -> None:
    before = [user("篇三说选拔乡镇党委书记要注意什么?")]
    a = ask(built_settings, "不能卡什么?", history=before)
    assert not a.refused and a.citations[0].passage.speech == 3
    assert "选拔乡镇党委书记" in a.citations[0].passage.text


def test_a_list_question_gets_the_points_the_next_paragraphs_open_with(
        built_settings: Settings) -> None:
    # "…加强领导,注重统筹是关键。" ends its paragraph; "第一,…" "第二,…" "第三,…" follow
    a = ask(built_settings, "篇七最后要求在哪几个方面推进农村党建取得实效?")
    assert a.citations[0].quote.startswith("三、") and _items(a) == ["第一", "第二", "第三"], a.text
    # each bare heading ("第一,进一步加强领导。") with the sentence saying what it means
    assert "切实履行好职责" in a.text and "做好工作统筹" in a.text


def test_a_list_question_gets_the_list_the_next_sentence_leads_into(
        built_settings: Settings) -> None:
    # "…取得了明显成效。" is followed by "主要体现在以下几个方面:" and "1、…" to "6、…"
    a = ask(built_settings, "耒阳近几年农村党建取得了哪些成效?")
    quotes = [c.quote for c in a.citations]
    assert quotes[0].startswith("主要体现在以下几个方面"), quotes
    assert _items(a)[:3] == ["1、", "2、", "3、"], quotes


def test_a_speechs_place_named_by_the_city_or_province_it_lies_in_is_that_speech(
        built_settings: Settings) -> None:
    # the speeches never say 镇江 or 四川; the dictionary puts 京口区 (篇五) in 镇江市,
    # Jiangsu, and 攀枝花市 (篇八) in Sichuan
    for question, speech in (("镇江那个区说发展党员要往哪些新领域拓展?", 5),
                             ("镇江京口那篇讲加强基层党组织自身建设列了哪几条?", 5),
                             ("四川那个市的讲话说,党建考核要把什么作为重要依据?", 8)):
        a = ask(built_settings, question)
        assert not a.refused and a.citations[0].passage.speech == speech, question
    # named on its own it is another place
    assert ask(built_settings, "镇江有多少个村完成了换届?").refused
    assert ask(built_settings, "四川有多少个村完成了换届?").refused


def test_near_misses_of_scope_term_township_or_a_masked_year_are_refused(
        built_settings: Settings) -> None:
    # the speeches hold a 全市组织工作会议, no “三会一课”, the “185”工程 of 谷汪乡 (兴隆乡 is
    # named elsewhere) and the years of the 40 college-graduate village officials as 20xx
    for question in ("全国组织工作会议对管党治党提了什么要求?",
                     "“三会一课”里党小组会多久开一次?",
                     "兴隆乡以“185”工程为载体引进了哪几个项目?",
                     "耒阳那40名大学生村官是哪两年选聘的?",
                     # the title 篇七 names is a 全省 one
                     "篇七那个市是哪一年被评为“全国基层组织建设先进县(市)”的?",
                     # a township never named, a batch after the 第四批, an area 篇七 never
                     # speaks of as a whole, a post the speech does not give
                     "耒阳黄市镇把“双述双评”扩大到了哪些人?",
                     "安徽第五批选派干部的任期定为几年?",
                     "篇七说全州有多少个乡镇的村组便民利民服务站实行了挂牌服务?",
                     "李源潮同志作出“开放村级组织活动场所很重要”的批示时担任什么职务?",
                     # a counted term with another count than the speeches' (“六个不批”)
                     "沙雅“八个不批”制度里的第七条是什么?",
                     # the whole of the city 耒阳 lies in: 耒阳's "全市" is not 衡阳's
                     "衡阳全市一共澄清了多少名外出务工流动党员的底子?",
                     # money asked (元, 工资): a count that is blanked or not in 元 is none
                     "沙雅县村干部的月工资是多少元?"):
        assert ask(built_settings, question).refused, question
    assert not ask(built_settings, "王金山担任什么职务?").refused  # 省委书记王金山
    assert not ask(built_settings, "沙雅“六个不批”制度里的第五条是什么?").refused
    # the refusal names the place whose figure is not given
    assert "没有给出衡阳的具体数字" in ask(
        built_settings, "衡阳全市一共澄清了多少名外出务工流动党员的底子?").text
    assert not ask(built_settings, "耒阳全市一共澄清了多少名外出务工流动党员的底子?").refused
    assert "60元" in ask(built_settings, "耒阳离任村主职干部生活补助每月多少元?").text
    a = ask(built_settings, "谷汪乡以“185”工程为载体引进了哪几个项目?")
    assert not a.refused and a.citations[0].quote.startswith("谷汪乡")


def test_a_list_question_whose_best_matches_fall_in_several_items_gets_that_list(
        built_settings: Settings) -> None:
    # the best sentences sit in the bodies of "一是…", "二是…", "三是…" under "第三,强化“依法治村”"
    a = ask(built_settings, "攀枝花那篇讲用法治的办法管村子,具体要干哪几件事?")
    # under their heading, each with what it means
    assert _items(a) == ["第三", "一是", "二是", "三是", "四是"], a.text
    assert "村党支部要积极引导村民共同参与讨论" in a.text
    # "哪两种情况" asks for two: not the five-item list the best sentence sits in
    b = ask(built_settings,
            "耒阳个别村里供党员远程学习用的机器被闲置或挪用,讲话具体说了哪两种情况?")
    assert any("束之高阁" in c.quote for c in b.citations), b.text


def test_a_kind_of_meeting_is_met_by_any_meeting_of_that_kind_the_speeches_name(
        built_settings: Settings) -> None:
    # 篇二 names the 十九届五中全会, a 中央全会 (a plenum of the Central Committee)
    a = ask(built_settings, "第二篇开头提到的那次中央全会,对从严管党定了个什么要长期坚持的调子?")
    assert not a.refused and a.citations[0].passage.speech == 2
    assert "把严的主基调长期坚持下去" in a.citations[0].quote


def test_a_follow_up_asking_its_own_question_is_searched_by_its_own_words_too(
        built_settings: Settings) -> None:
    # the antecedent's words (county secretaries as frontline commanders) pull towards its
    # own answer; the follow-up asks what happens to those who fail their duties
    first = "Panzhihua speech: what role should county (district) Party secretaries play?"
    a = ask(built_settings,
            "What happens to those who don't fulfil their duties, or who cause serious harm?",
            history=[user(first)])
    assert not a.refused and a.citations[0].passage.speech == 8
    assert any("严肃追究领导责任" in c.quote for c in a.citations), [c.quote for c in a.citations]


def test_a_higher_body_the_named_speech_never_names_is_a_near_miss_of_that_speech(
        built_settings: Settings) -> None:
    # 篇一 speaks of its city only: no 省委, no 全省
    a = ask(built_settings, "篇一里,省委对全省基层组织建设提出了哪些具体部署?")
    assert a.refused and a.text.startswith("篇一没有提到“省委”"), a.text
    assert not ask(built_settings, "篇四说市委对农村党建有什么要求?").refused  # 篇四 names it


def test_a_list_question_naming_a_section_in_its_headings_words_gets_its_items(
        built_settings: Settings) -> None:
    # the best sentence lists the "四项工作" of one item; the heading "第三,…扎实抓好选派干部
    # 队伍建设。" is what the question names
    first = "安徽那篇讲选派干部队伍建设,提了哪几条要求?"
    a = ask(built_settings, first)
    assert _items(a) == ["第三", "一要", "二要", "三要"], a.text
    b = ask(built_settings, "头一条具体啥意思?", history=[user(first)])
    assert not b.refused and b.citations[0].quote.startswith("一要做到快起步高起点")


def test_a_list_question_quoting_the_term_its_items_repeat_gets_that_list(
        built_settings: Settings) -> None:
    # "第一,强化“支部带村”…" "第二,强化“实业兴村”…" "第三,强化“依法治村”…", not the
    # 一是…三是 inside the first
    a = ask(built_settings, "攀枝花那篇讲农村那一大块,拢共提了哪三个“强化”?")
    quotes = [c.quote[:5] for c in a.citations]
    assert quotes[-3:] == ["第一,强化", "第二,强化", "第三,强化"], quotes


def test_the_last_part_of_a_speech_is_its_last_section_with_its_points(
        built_settings: Settings) -> None:
    for question in ("篇七最后一部分讲了什么?", "What does the last part of Speech 7 say?",
                     "Speech 7, last part: which three things should be strengthened further?"):
        a = ask(built_settings, question)
        quotes = [c.quote for c in a.citations]
        assert quotes[0].startswith("三、加强领导"), (question, quotes)
        assert quotes[-1].startswith("第三,进一步加强宣传"), (question, quotes)


def test_a_sentence_enumerating_the_kind_asked_answers_where_it_stands(
        built_settings: Settings) -> None:
    # the quoted "三级联创" sets the scene; the sentence naming the departments answers, not
    # the section heading that uses the term
    a = ask(built_settings, "新疆那个县评“三级联创”,县委组织部复查验收时会拉上哪些部门一起验?")
    assert "纪检、政法、计生、团委、妇联等相关部门" in a.citations[0].quote
    # and wins over a closer sentence that enumerates nothing of that kind
    b = ask(built_settings, "安徽那篇说搞创先争优要奔着哪几个目标去?")
    assert "服务人民群众、加强基层组织为目标" in b.citations[0].quote


def test_a_bare_count_is_answered_by_a_count_of_people(built_settings: Settings) -> None:
    a = ask(built_settings, "村里年轻的后备干部怎么带出来?每个村起码得有几个?")
    assert not a.refused and "1至2名年轻后备干部" in a.text


def test_an_ordinal_follow_up_counts_the_numbered_items_the_previous_answer_showed(
        built_settings: Settings) -> None:
    # 篇六's "()" headings lost their numbers, so its outline runs several "一是…" lists into
    # one; the user counts the five items shown under "()工程竣工档案规范。"
    history = [user("沙雅要求村级阵地工程的竣工档案要包括哪些东西?")]
    a = ask(built_settings, "第五项具体是什么?", history=history)
    assert a.citations[0].quote.startswith("五是村级阵地建设工程竣工后")
    assert "交由乡(镇)场农经站评估" in a.text


def test_a_demonstrative_with_a_measure_word_follows_the_previous_answer(
        built_settings: Settings) -> None:
    history = [user("篇二说坚持统筹兼顾要统筹哪几方面?"),
               {"role": "assistant",
                "content": "统筹城乡发展、统筹“两新”组织发展、统筹党群一体化发展。"}]
    a = ask(built_settings, "城乡那一块具体怎么搞?", history=history)
    assert {c.passage.speech for c in a.citations} == {2}
    assert "结对共建" in a.text


def test_a_speech_named_by_its_place_with_a_suffix_it_never_writes_is_summarised(
        built_settings: Settings) -> None:
    # 篇五 says "京口", never "京口区"
    a = ask(built_settings, "京口区那篇讲话分成哪几大部分来讲?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"]
    assert {c.passage.speech for c in a.citations} == {5}


def test_a_list_question_naming_a_point_of_a_larger_list_gets_that_points_content(
        built_settings: Settings) -> None:
    # "第四,…着力构建城乡统筹的基层党建工作新格局。" is the fourth of 篇三's points, not the
    # list asked for: the answer quotes what the point says, not its three sibling points
    a = ask(built_settings, "安徽那篇说要构建城乡统筹的基层党建新格局,分别从哪几个方面提了要求?")
    assert "在思想观念上" in a.text and "在资源配置上" in a.text
    assert not any(c.quote.startswith("第一,") for c in a.citations)


def test_a_follow_up_about_the_previous_answer_is_read_where_it_quoted(
        built_settings: Settings) -> None:
    # the sentence the previous answer quoted says how the money was raised
    history = [user("What did Leiyang build for all 35 townships and sub-district offices?")]
    a = ask(built_settings, "How did they raise the money for that?", history=history)
    assert "争取上级拨、本级财政配、面向社会筹" in a.text


def test_a_count_an_english_question_states_picks_the_close_sentence_stating_it(
        built_settings: Settings) -> None:
    # the best-scoring sentence counts the townships otherwise: not a refusal, but the close
    # sentence giving "35个乡镇办事处"
    a = ask(built_settings, "What did Leiyang build for all 35 townships and sub-district offices?")
    assert not a.refused and "“五小”设施建设" in a.text, a.text


def test_what_is_not_to_be_done_is_answered_where_the_speech_says_so(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那篇对大学生村官,明确哪些事情不准做?")
    assert "不宜兼任村以外的职务" in a.citations[0].quote, a.text


def test_an_english_follow_up_is_answered_on_the_translations_of_its_own_words(
        built_settings: Settings) -> None:
    # "exams" (考试, by its singular) and "compared with" (相比) pick the sentence, not the
    # previous question's words
    history = [user("How are the college-graduate village officials doing in the Leiyang "
                    "speech?")]
    a = ask(built_settings, "How did they do in the exams this year?", history=history)
    assert "有5人考上了选调生" in a.citations[0].quote
    history = [user("What's the 'one promise, two evaluations' system in the Anhui speech?")]
    b = ask(built_settings, "How's that going compared with the 'three haves' work?",
            history=history)
    assert "与抓“三有”的力度和成效相比" in b.citations[0].quote


def test_a_question_pointing_at_a_speech_by_its_place_is_answered_on_what_it_asks(
        built_settings: Settings) -> None:
    # "耒阳那篇说" picks the speech; the sentence is chosen on what is asked, not on passages
    # that name 耒阳 (a visit, a higher body's praise)
    a = ask(built_settings, "耒阳那篇说村里那些开会办事的场子,平时用和管这块有啥毛病?")
    assert "在村级活动场所的管用上,存在脱节和滞后的现象" in a.citations[0].quote
    b = ask(built_settings, "耒阳那篇说有些单位的头头对争先进那个活动是啥态度?")
    assert any("少数单位一把手的政治敏锐性不强" in c.quote for c in b.citations)


def test_an_ordinal_follow_up_counts_the_parallel_sentences_the_previous_answer_quoted(
        built_settings: Settings) -> None:
    # "要突出重点抓落实,…;要因地制宜抓落实,…;要搞好试点抓落实,…;要健全制度抓落实,…": no
    # markers, a list by its form; "第二种" counts it (the measure word of "哪几种抓法")
    history = [user("篇三讲抓落实,分了哪几种抓法?")]
    a = ask(built_settings, "第二种具体要怎么做?", history=history)
    assert [c.quote[:8] for c in a.citations] == ["要因地制宜抓落实"]


def test_a_parallel_list_starts_at_a_first_item_that_opens_with_its_occasion(
        built_settings: Settings) -> None:
    # "针对…等问题,要创新党员教育载体,…。要创新“三级联创”活动载体,…。要创新培训工作载体,…"
    question = "篇二说要以创新的载体来推动基层党建,具体要创新哪几种载体?"
    a = ask(built_settings, question)
    for item in ("要创新党员教育载体", "要创新“三级联创”活动载体", "要创新培训工作载体",
                 "要创新社区党建载体"):
        assert item in a.text
    b = ask(built_settings, "第二个具体要怎么搞?", history=[user(question)])
    assert [c.quote[:13] for c in b.citations] == ["要创新“三级联创”活动载体"]


def test_a_count_of_villages_is_not_answered_by_a_count_of_townships(
        built_settings: Settings) -> None:
    # 篇四: "全面完成了35个乡镇办事处的“五小”设施建设": townships, not villages
    a = ask(built_settings, "耒阳完成了多少个村的“五小”设施建设?")
    assert a.refused
    b = ask(built_settings, "耒阳完成了多少个乡镇的“五小”设施建设?")
    assert not b.refused and "35个乡镇办事处" in b.text
    # 篇七: "15个乡镇(办事处)完成便民利民服务大厅的建设": townships, whatever follows the aside
    assert ask(built_settings, "篇七那个市一共有多少个村建成了便民利民服务大厅?").refused


def test_a_question_pointing_at_the_close_of_a_speech_is_answered_from_there(
        built_settings: Settings) -> None:
    # at the close ("同志们,此次会议就要结束了…") it is what the delegates do after the meeting;
    # without "快散的时候" the first thing is another point of the speech
    a = ask(built_settings, "新疆那个县的会快散的时候,交代参会的人回去头一件事要干啥?")
    assert a.citations[0].quote.startswith("会后,与会同志要将这次会议精神")
    b = ask(built_settings, "新疆那个县的会上,交代参会的人回去头一件事要干啥?")
    assert not b.citations[0].quote.startswith("会后,与会同志要将这次会议精神")


def test_an_occasion_the_question_names_the_speech_by_does_not_pick_the_sentence(
        built_settings: Settings) -> None:
    # "“三项活动”推进会" names 篇七; the sentence naming the meeting ("会议的主要任务是…") does
    # not answer what is key to results
    a = ask(built_settings,
            "开“三项活动”推进会那篇,最后一大块开头说村里党建到底能不能见成效,关键看啥?")
    assert a.citations[0].quote.startswith("农村基层党建工作能不能达到预期目标")


def test_a_follow_up_about_them_stays_with_the_speech_it_follows(
        built_settings: Settings) -> None:
    # "他们" are the township secretaries of 篇三's answer; alone, the question finds 篇五
    history = [user("安徽那篇今年对乡镇党委书记队伍抓什么重点?")]
    a = ask(built_settings, "为啥现在非得提高他们的素质能力?", history=history)
    assert {c.passage.speech for c in a.citations} == {3}
    assert "对乡镇党委书记转变思想观念、提高素质能力提出了新的要求" in a.text


def test_a_list_question_gets_the_parallel_series_its_best_sentence_leads_into(
        built_settings: Settings) -> None:
    # "作为基层党务工作者,就必须…高人一等,…。要加强思想理论的学习,…;加强经济工作和政策制度
    # 的学习,…;加强民主政治和法律法规的学习,…;加强工作方法和办事艺术的学习,…"
    question = "京口那篇说基层党务工作者要在哪几方面加强学习?"
    a = ask(built_settings, question)
    for item in ("加强思想理论的学习", "加强经济工作和政策制度的学习",
                 "加强民主政治和法律法规的学习", "加强工作方法和办事艺术的学习"):
        assert item in a.text
    b = ask(built_settings, "第三个学了主要是为了啥?", history=[user(question)])
    assert [c.quote[:14] for c in b.citations] == ["加强民主政治和法律法规的学习"]


def test_words_read_as_a_count_a_place_or_a_meeting_where_they_are_none_are_not_refused(
        built_settings: Settings) -> None:
    # "几个人" is "a few people" before "…什么表现?"; jieba tags 扎堆 ("to gather together")
    # as a place; "全国那个座谈会" points at a meeting without naming one
    for question, quoted in (
            ("湖南开现场会那篇讲,有的单位领导班子里几个人面和心不和,具体都是些什么表现?",
             "貌合神离"),
            ("讲产业园区的那篇,说招引人才的时候想让能人往哪些行当和项目上扎堆?",
             "产业重构重点项目聚集"),
            ("安徽那篇说村里党员学本事这块,全国那个座谈会是怎么要求的?", "技能培训")):
        a = ask(built_settings, question)
        assert not a.refused and quoted in a.text, question


def test_a_level_the_speech_never_gives_a_quoted_honour_at_is_refused(
        built_settings: Settings) -> None:
    # 篇七: "获省级“五好”党组织3个、州级12个": none at the national level
    assert ask(built_settings, "第七篇那个市上半年拿到了几个国家级的“五好”党组织?").refused
    assert not ask(built_settings, "篇七上半年获评省级、州级“五好”党组织各多少个?").refused


def test_a_townships_own_figure_is_not_answered_by_the_citys_or_a_blank(
        built_settings: Settings) -> None:
    # 篇四: "以永济镇为示范点…" opens the paragraph; "我市共…3866个贫困家庭…脱贫致富" is the
    # city's figure. 篇六: "各配套组织办公室间" — the scrape dropped the number of rooms.
    a = ask(built_settings, "永济镇有多少个贫困家庭靠党员帮带脱了贫?")
    assert a.refused and "永济镇" in a.text
    assert not ask(built_settings, "耒阳全市有多少个贫困家庭靠党员帮带脱了贫?").refused
    assert ask(built_settings, "沙雅选址新建的大村,村部要建几间配套组织办公室?").refused


def test_list_items_that_open_with_a_bare_heading_are_quoted_with_what_they_mean(
        built_settings: Settings) -> None:
    # 篇六 (九): "一是拓展教育手段。继续坚持…努力向多种手段并用拓展。二是拓展教育内容。…"
    a = ask(built_settings, "沙雅那篇讲提高党员电化教育效果,要从哪几方面往前推?")
    for said in ("一是拓展教育手段", "努力向多种手段并用拓展", "二是拓展教育内容",
                 "努力向多种教育内容拓展", "三是提高播放质量", "规范播放收看程序"):
        assert said in a.text, said


def test_a_runner_up_that_is_a_bare_numbered_point_is_quoted_with_what_it_means(
        built_settings: Settings) -> None:
    # "三是普遍建立村务监督委员会。" shown beside the best sentence says its when in the next
    a = ask(built_settings, "In Panzhihua, when must every village set up a village affairs "
            "supervision committee?")
    assert "今年农村“两委”换届时,各村都要建立村务监督委员会" in a.text


def test_retrieval_ranks_the_passage_of_the_best_quote_first(built_settings: Settings) -> None:
    # a runner-up quoted beside the best sentence may come earlier in the speech, and so
    # first among the citations; the passage that answers stays first in retrieval
    for question in ("沙雅的讲话规定党员电化教育以什么作为主要教材?",):
        a = ask(built_settings, question)
        assert a.lead is not None and a.lead != a.citations[0].passage.passage_id, question
        found = askspeech.retrieve(question, 5, settings=built_settings)
        assert found[0].passage_id == a.lead, question


def test_the_meeting_itself_is_answered_from_the_speechs_opening_in_any_speech_asked(
        built_settings: Settings) -> None:
    # 篇八 opens "今天我们召开…工作会,主要任务是…"; 篇六 "今天会议的主要内容是:…" (¶3),
    # which the search for "攀枝花那个会,主要任务…" within 篇六 does not reach
    first = "篇八攀枝花那个会,主要任务是什么?"
    a = ask(built_settings, first)
    assert "主要任务是贯彻落实省委相关会议精神" in a.text
    b = ask(built_settings, "那篇六呢?", history=[user(first)])
    assert "今天会议的主要内容是" in b.text and {c.passage.speech for c in b.citations} == {6}
    c = ask(built_settings, "篇四那个会是在什么情况下开的?")
    assert not c.refused and "市委召开这次现场经验交流会" in c.text


def test_a_count_the_speeches_give_otherwise_is_refused_by_name(built_settings: Settings) -> None:
    # 篇四: "刚才,3个乡镇党委又从不同侧面…交流了工作做法和经验" — never five
    a = ask(built_settings, "耒阳那次现场经验交流会上,有5个乡镇党委发言交流了经验,分别是哪5个?")
    assert a.refused and "5个乡镇党委" in a.text
    assert not ask(built_settings, "耒阳那次现场会上,3个乡镇党委交流经验讲得怎么样?").refused
    # a tally, which the speeches may write after its noun: "共精减干部197名", never 250
    a = ask(built_settings, "耒阳那次村两委换届精减掉的250名干部,后来都是怎么安置的?")
    assert a.refused and "250名干部" in a.text
    assert not ask(built_settings, "耒阳那次换届精减掉的197名干部是怎么回事?").refused
    # a count of something the speeches count of many things ("三个方面", "五个方面") is no swap
    assert not ask(built_settings, "新疆那个县讲盖村委会办公的房子,要在哪六个方面守规矩?").refused


def test_a_list_question_naming_one_points_heading_gets_that_points_body_not_its_list(
        built_settings: Settings) -> None:
    # 篇七's "(二)…" has six numbered points; the question names the fifth by its words
    a = ask(built_settings, "篇七讲围绕基层党建工作责任制落实加强党内民主建设,具体有哪些举措?")
    assert "严格执行党建工作问责办法" in a.text and "完善党建工作督查制度" in a.text
    assert "1、突出乡镇换届工作重点" not in a.text
    # named by the section's own words, the question still gets the section's points
    b = ask(built_settings, "篇七围绕市、乡党委换届工作重点加强农村基层党建,具体有哪几条?")
    assert "1、突出乡镇换届工作重点" in b.text and "5、围绕基层党建工作责任制落实" in b.text


def test_a_figure_the_question_states_that_the_speeches_never_give_is_refused_by_name(
        built_settings: Settings) -> None:
    # 篇四: "高中学历以上干部增加421名", "培训农民工6800余人次"
    a = ask(built_settings, "耒阳换届后高中以上学历干部增加了412名,这些人都安排在哪?")
    assert a.refused and "412" in a.text
    b = ask(built_settings, "耒阳培训了八千六百多人次农民工,办了几期?")
    assert b.refused and "八千六百" in b.text
    # a round figure covers what it rounds ("一千多个" for 篇三's 1140), an ordinal is none
    assert not ask(built_settings, "安徽还有一千多个活动场所比较危旧,要靠什么资金来建?").refused
    assert not ask(built_settings, "Panzhihua 13th five-year plan two pillars").refused


def test_a_meeting_of_the_region_and_a_department_head_the_speeches_never_name_are_refused(
        built_settings: Settings) -> None:
    # 篇六 relays the 地区 meeting, not one of the 自治区; 篇三 names a 省委书记, no 组织部长
    a = ask(built_settings, "沙雅那次会议传达的是自治区农村工作会议的什么精神?")
    assert a.refused and "自治区农村工作会议" in a.text
    b = ask(built_settings, "安徽省委组织部长到小岗村调研时开了什么座谈会?")
    assert b.refused and "组织部长" in b.text


def test_a_short_total_asked_next_is_the_total_of_what_was_just_asked(
        built_settings: Settings) -> None:
    # "那几年" is no count of years; the sites' figure is given, then their cost followed
    first = "耒阳那几年给村里盖了多少处办事、开会的场所?"
    a = ask(built_settings, first)
    assert not a.refused and "164个村级组织活动场所" in a.text
    b = ask(built_settings, "一共砸进去多少钱?", history=[user(first)])
    assert not b.refused and "1714.3万元" in b.text


def test_a_list_question_asking_so_many_things_gets_a_list_of_that_many_among_the_best(
        built_settings: Settings) -> None:
    # the best sentence is item one's body; "…落实好以下五项重点措施:" opens the five asked
    a = ask(built_settings, "篇七让乡镇把机关干部的作风毛病改掉,给了哪五招?")
    assert "以下五项重点措施" in a.text and "五是积极探索整治作风顽症的长效机制" in a.text


def test_an_english_batch_is_a_round_the_speeches_give_and_a_congress_they_never_name_is_refused(
        built_settings: Settings) -> None:
    # 篇三: "我省目前正在推进第二轮1989个村级组织活动场所建设"; English says batch or round
    a = ask(built_settings, "Anhui second batch village venues total")
    assert not a.refused and "第二轮1989个" in a.text
    assert ask(built_settings, "Anhui fifth batch village venues total").refused
    # only where the question points: Shaya's diploma class runs to a 第三批, no second one
    assert ask(built_settings, "Shaya: how was the second batch of the diploma class selected?"
               ).refused
    # the speeches name the 十七大, never the 二十大
    b = ask(built_settings, "篇二是拿二十大报告里的哪些提法来给基层党建定方向的?")
    assert b.refused and "二十大" in b.text


def test_a_follow_up_asking_which_places_or_for_an_example_is_answered_from_the_last_answer(
        built_settings: Settings) -> None:
    # the townships are listed before their level ("…、遥田等乡镇"), with no count
    history = [user("耒阳那篇说有的地方把“双述双评”扩到了村两委班子成员,效果咋样?")]
    a = ask(built_settings, "具体是哪几个乡镇?", history=history)
    assert not a.refused and "蔡子池、水东江、余庆、遥田" in a.text
    # asking for an example leans on the answer before, though it names no pronoun
    history = [user("篇七里谷汪乡抓“产业党建”是怎么做的?")]
    b = ask(built_settings, "引进的都是些啥项目?能举个例子吗?", history=history)
    assert "瑞峰原生态茶叶" in b.text


def test_a_follow_up_pointing_at_the_passage_just_quoted_stays_in_its_speech(
        built_settings: Settings) -> None:
    history = [user("京口讲话说基层干部待遇不高,打算在哪些方面出新政策?")]
    a = ask(built_settings, "讲这段之前,他引了哪位中央领导对基层干部的说法?", history=history)
    assert {c.passage.speech for c in a.citations} == {5}


def test_an_english_follow_up_naming_a_speech_in_words_switches_to_it(
        built_settings: Settings) -> None:
    history = [user("What does the Leiyang speech say about the 23 villages in Hunan's village "
                    "venue programme?")]
    a = ask(built_settings, "And in speech seven? When do the venues there have to be done?",
            history=history)
    assert {c.passage.speech for c in a.citations} == {7}


def test_a_bare_anything_else_after_part_of_a_list_gets_the_rest(
        built_settings: Settings) -> None:
    first = ask(built_settings, "沙雅村级阵地建设要做到“六规范”,前两个是什么?")
    assert "工程技术规范" in first.text and "建设标准规范" in first.text
    assert "“四室两场”规范" not in first.text  # the first two only
    history = [user("沙雅村级阵地建设要做到“六规范”,前两个是什么?")]
    a = ask(built_settings, "还有呢?", history=history)
    assert not a.refused and "“四室”" in a.text


def test_questions_in_users_everyday_phrasing_are_answered_not_refused(
        built_settings: Settings) -> None:
    for question, quoted in (
            # a bare 个 a verb follows counts people
            ("耒阳下到村里任职的那批大学毕业生,今年参加省里的招考,有几个考上了?",
             "有5人考上了选调生"),
            # "几个“有”…就够了吗?" is no count asked: the last clause asks what else
            ("篇六说考评乡镇抓党建,光看评上了几个“有”、几个“好”就够了吗?还得看啥?",
             "还要看反映在经济社会发展方面的效果指标"),
            # "“敲打敲打”" is the user's way of speaking, not a term the speeches must use
            ("有篇讲话说要把党建干得差的单位叫过来“敲打敲打”,打算开个啥会?", "打招呼问责会议"),
            # few of its words are the speeches' ("家当", "交接"), but a passage is close
            ("沙雅那边村部的房子盖完以后,这笔家当算谁的、交接手续咋走?", "资产移交报告"),
            # "乡里" is no place ("数落乡里…")
            ("沙雅有的乡说一年到头腾不出手,讲话里是怎么数落乡里四季都在忙啥的?", "春有备耕春耕")):
        a = ask(built_settings, question)
        assert not a.refused and quoted in a.text, question


def test_the_nth_point_is_the_one_shown_with_that_number_when_the_scrape_lost_the_first(
        built_settings: Settings) -> None:
    # 篇二's last part has "二要…" and "三要…": its "一要" is lost; "第三条" is "三要…"
    first = "篇二最后讲改革创新那部分,分了哪几“要”?"
    third = ask(built_settings, "那第三条呢?", [user(first)])
    assert third.citations[0].quote.startswith("三要以创新的途径来推进")


def test_english_asked_of_someone_it_does_not_name_follows_however_long(
        built_settings: Settings) -> None:
    history = [user("In speech 7, what should township leaders help with at their 'four helps, "
                    "four promotions' contact points?")]
    a = ask(built_settings, "What are they warned not to substitute for that work, and what has "
            "to be recorded about their visits?", history=history)
    assert {c.passage.speech for c in a.citations} == {7}


def test_the_middle_one_of_three_is_the_second(built_settings: Settings) -> None:
    a = ask(built_settings, "中间那个权,具体怎么个提法?",
            [user("攀枝花那篇给村党组织定了哪三项权?")])
    assert a.citations[0].quote.startswith("强化议事提名权")


def test_a_list_question_is_answered_by_the_list_not_the_speechs_plan_of_its_parts(
        built_settings: Settings) -> None:
    # "…先讲三点意见:" scores best, but the achievements are the list after "…取得了明显成效。"
    a = ask(built_settings, "耒阳那篇说这几年全市村里党建干出了哪些成绩?")
    assert _items(a)[:3] == ["1、", "2、", "3、"]


def test_the_last_item_a_follow_up_names_is_of_the_list_just_given(
        built_settings: Settings) -> None:
    first = "京口讲话第二大部分底下列了几条?"
    a = ask(built_settings, first)  # "第二大部分": the second part, with its points
    assert a.citations[0].quote.startswith("二、") and a.citations[-1].quote == "活动要经常化。"
    last = ask(built_settings, "排在末尾的那条,讲话让大家怎么干?", history=[user(first)])
    assert last.citations[0].passage.speech == 5 and "活动要经常化" in last.citations[0].quote
    # "最后一条" after 篇六's "六规范", five of whose six numerals the scrape lost ("()…规范")
    first = "沙雅县村级阵地建设讲的“六规范”分别是哪几个?"
    listed = ask(built_settings, first)
    assert sum(c.quote.startswith("()") for c in listed.citations) == 5
    assert "即:工程技术规范。" in listed.citations[0].quote
    last = ask(built_settings, "最后一条具体怎么要求的?", history=[user(first)])
    assert {c.passage.speech for c in last.citations} == {6}
    assert last.citations[0].quote == "()土地审批手续规范。"
    assert any("必须严肃处理" in c.quote for c in last.citations)
    # "there": the townships the answer before named
    first = "Which Leiyang townships extended the 'double report' system?"
    there = ask(built_settings, "What happened to the review results there?",
                history=[user(first)])
    assert any("评议结果直接与村干部待遇挂钩" in c.quote for c in there.citations)


def test_a_summary_asked_by_the_meeting_the_speech_was_given_at(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽全省农村党建会那篇,通篇主要讲了些啥?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、", "四、"]
    assert {c.passage.speech for c in a.citations} == {3}


def test_what_a_township_did_is_not_answered_by_what_another_did(
        built_settings: Settings) -> None:
    # 篇七 names 龙昌镇 for its "歇职" only; the projects brought in are 谷汪乡's
    assert ask(built_settings, "篇七里龙昌镇搞产业党建,都引进了哪些项目?").refused
    a = ask(built_settings, "龙昌镇是怎么管村干部的?")
    assert not a.refused and "龙昌镇" in a.citations[0].quote


def test_the_kind_of_named_thing_asked_for_picks_the_sentence_naming_one(
        built_settings: Settings) -> None:
    # the speech is described by the plenum it studies: that sentence is no answer
    a = ask(built_settings, "十九届五中全会那篇里,想让老百姓觉得党组织贴心,点名要推的是个啥工程?")
    assert "“民心工程”" in a.citations[0].quote
    # an excuse quoted in the user's words is no term the speeches must use
    b = ask(built_settings,
            "沙雅那篇驳“太忙顾不上”的借口时,把乡镇一年四季各忙些啥都列了一遍,具体是啥?")
    assert not b.refused and "春有备耕春耕" in b.citations[0].quote


def test_a_speech_described_by_what_only_it_says_is_the_one_answered_from(
        built_settings: Settings) -> None:
    # only 篇二 tells of the first party founded in 1679; 篇四 also argues for Party building
    a = ask(built_settings, "提到1679年第一个政党的那篇,说基层党建非抓不可,摆了哪三条理由?")
    assert {c.passage.speech for c in a.citations} == {2}
    assert a.citations[0].quote.startswith("这是历史的昭示")


def test_a_person_or_term_another_speech_names_is_not_answered_from_the_one_asked(
        built_settings: Settings) -> None:
    # 李源潮's instruction and the "歇职" of village cadres are 篇三's and 篇七's
    a = ask(built_settings, "攀枝花那篇里,李源潮对园区党建作了什么批示?")
    assert a.refused and "篇八没有提到“李源潮”" in a.text
    assert ask(built_settings, "耒阳那篇说要学习借鉴哪个镇的“歇职”做法?").refused
    assert not ask(built_settings, "篇七说要学习借鉴哪个镇的“歇职”做法?").refused
    assert not ask(built_settings, "篇三里李源潮对活动场所作了什么批示?").refused


def test_figures_of_another_place_or_another_amount_are_not_answers(
        built_settings: Settings) -> None:
    # "2.8万元" was the average before, not 3万; 2356 people is the whole city's, not 永济镇's,
    # which the sentence names as the pilot; 衡阳's whole is not 耒阳's "全市"
    for question in ("耒阳村级组织运转经费从村均3万元涨到4万元,涨幅算下来是多少?",
                     "流动党员摸底那件事,单看永济镇这个示范点,摸清了几个人?",
                     "按衡阳整个地级市算,远程教育站点总数是多少?"):
        assert ask(built_settings, question).refused, question
    assert "43%" in ask(built_settings,
                        "耒阳村级组织运转经费从村均2.8万元涨到4万元,涨幅是多少?").text
    # a follow-up asking in its own words ("咋说的") asks no figure of its antecedent's
    first = "耒阳给离任的村主干每月补多少钱?"
    a = ask(built_settings, "那安徽那篇对这些不干了的村干部是咋说的?", history=[user(first)])
    assert not a.refused and "离任村干部的生活补助" in a.citations[0].quote


def test_the_rest_of_a_list_asked_as_the_others(built_settings: Settings) -> None:
    first = "耒阳那篇说农村党建冒出五个新问题,头一个是少数领导思想上不重视,对吧?"
    a = ask(built_settings, "其余几个呢?", history=[user(first)])
    assert _items(a) == ["第二", "第三", "第四", "第五"], a.text


def test_questions_in_other_words_for_a_round_a_count_or_a_deadline_are_answered(
        built_settings: Settings) -> None:
    for question, quoted in (
            # "第三轮" is the speech's "第三次"
            ("第三轮作风建设民主评议最晚什么时候得弄完?", "第三次作风建设民主评议"),
            # "多少个村支书": people, counted in 名
            ("那个“三项活动”推进会上说,组织多少个村支书去华西村取经了?", "67名"),
            # "7月底前" is the day a deadline sets
            ("耒阳给远教站点连因特网定的最后期限是哪天?", "7月底前")):
        a = ask(built_settings, question)
        assert not a.refused and quoted in a.text, (question, a.text)
    # "都举了哪些…例子?" asks for the examples of what was just said
    first = "篇二说那些能长期执政的政党有啥共同点?"
    b = ask(built_settings, "都举了哪些国家或者党当例子?", history=[user(first)])
    assert not b.refused and "日本自民党" in b.text


def test_an_item_named_by_its_place_in_a_section_is_that_item_with_its_body(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八“强化组织领导”部分的最后一项要求是什么?")
    assert not a.refused and a.citations[0].quote.startswith("四要加强考核问责")
    assert "一要压实工作责任" not in a.text and "诫勉谈话" in a.text


def test_an_item_of_a_coined_list_named_by_its_place_is_that_item_alone(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇五的“三个先”中第二个是什么?")
    assert a.citations[0].quote.startswith("二要做发展中的先锋")
    assert "学习上的先驱" not in a.text and "服务上的先进" not in a.text


def test_an_item_past_the_end_of_its_list_is_refused_saying_how_many_there_are(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇五的“三个先”中第四个是什么?")
    assert a.refused and "只列了3项" in a.text, a.text
    # an item's points asked by its place ("最后一条…提了哪几点?") still get them
    points = ask(built_settings, "篇六最后一条讲督查和推广经验,提了哪几点?")
    assert "一要巩固和健全" in points.text and "二要对照县委" in points.text


def test_a_speechs_nth_opinion_is_its_nth_part_with_its_points(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇三讲话的第四点意见提了哪几条要求?")
    assert a.citations[0].quote.startswith("四、主动适应新形势")
    assert "第一,始终坚持围绕中心" in a.text and "一、全面完成" not in a.text


def test_a_term_heading_a_point_is_answered_by_the_paragraph_spelling_it_out(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八说要健全“三项制度”,分别是什么?")
    assert not a.refused and "村务联席会议制度" in a.text, a.text


def test_a_run_of_points_named_by_its_last_opener_gets_every_point(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳讲话的“五要突出抓好”分别指什么?")
    assert not a.refused
    assert "一要突出抓好管党责任制的落实" in a.text and "五要突出抓好党建阵地建设" in a.text
    first = ask(built_settings, "耒阳讲话的“五要突出抓好”,头三项是什么?")
    assert "三要突出抓好村级班子建设" in first.text and "四要突出抓好" not in first.text


def test_the_day_a_task_is_due_is_quoted_from_a_sentence_or_two_after_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七说7月份那次作风建设民主评议要在哪一天之前完成?")
    assert not a.refused and "7月30日" in a.text, a.text


def test_a_count_of_people_the_scrape_left_blank_is_refused(built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅这次村干部中专学历班最终选出了多少学员?")
    assert a.refused, a.text
    english = ask(built_settings, "Shaya newly built big villages: each office room's area in "
                                  "square metres")
    assert english.refused, english.text


def test_a_blank_total_area_a_masked_village_name_and_an_article_answer_nothing(
        built_settings: Settings) -> None:
    # "卫生室间总面积平方米": the scrape left the figure blank
    assert ask(built_settings, "沙雅小村新建的卫生室,总共要建多大?").refused
    # "如xxx村“一事一议”项目…": the name is masked
    assert ask(built_settings, "篇七说组管委运作“一事一议”效果比较好的那个村叫啥?").refused
    # "一个很重要的原因…": an article, no count of branches
    assert ask(built_settings, "篇二说苏联共产党垮台前在基层一共有多少个党支部?").refused
    # a document of one's own to draft is no question about the speeches
    assert ask(built_settings, "能帮我出一份村级活动场所的装修预算表吗?").refused


def test_a_season_asked_is_answered_by_the_speechs_run_through_the_seasons(
        built_settings: Settings) -> None:
    # "乡镇一年四季中,冬有“科技之冬”活动和基层干部培训任务,春有…"
    a = ask(built_settings, "沙雅那篇说乡镇冬天主要忙些什么?")
    assert not a.refused and "科技之冬" in a.text, a.text


def test_a_meeting_named_by_its_occasion_confines_the_answer_to_its_speech(
        built_settings: Settings) -> None:
    a = ask(built_settings, "三项活动推进会那次,在外打工的党员乡镇准备怎么跟他们搭上线?")
    assert not a.refused and {c.passage.speech for c in a.citations} == {7}, a.text


def test_a_person_another_speech_names_is_refused_for_the_speech_of_the_place_asked(
        built_settings: Settings) -> None:
    a = ask(built_settings, "淮北建开放式村部这件事,胡锦涛同志是怎么批示的?")
    assert a.refused and "篇三没有提到“胡锦涛”" in a.text, a.text


def test_a_phrase_jieba_takes_for_an_organisation_is_not_refused_as_unmentioned(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇说个别村的远程教学点为啥没发挥作用?")
    assert not a.refused and "束之高阁" in a.text, a.text


def test_two_bodies_named_as_one_are_mentioned_where_the_speeches_name_them_apart(
        built_settings: Settings) -> None:
    # "党委政府" is the speeches' "党委、政府"
    a = ask(built_settings, "攀枝花开园区党建会那篇,说园区往后发展,市场和党委政府各管哪一头?")
    assert not a.refused and "篇八" in a.text, a.text


def test_a_river_is_mentioned_where_the_speeches_name_the_places_along_it(
        built_settings: Settings) -> None:
    # "淮河" is the speeches' "沿淮六县"
    a = ask(built_settings, "安徽那篇里,北边几个市和淮河边上几个县自己掏钱盖村里开会办事的"
                            "房子有困难,省里打算从哪儿挤点钱帮一把?")
    assert not a.refused and "省管党费" in a.text, a.text


def test_a_regions_count_of_places_the_speeches_give_another_region_is_unmentioned(
        built_settings: Settings) -> None:
    # 篇三 says "皖北三市和沿淮六县"
    a = ask(built_settings, "安徽那篇说考虑到皖南三市和沿江六县的实际情况,省里准备拿哪笔钱帮他们"
                            "建村级活动场所?")
    assert a.refused and "皖南三市" in a.text, a.text
    b = ask(built_settings, "安徽那篇说考虑到皖北三市和沿淮六县的实际情况,省里准备拿哪笔钱帮他们"
                            "建村级活动场所?")
    assert not b.refused and "省管党费" in b.text, b.text


def test_a_year_the_question_sets_aside_is_not_the_one_asked(built_settings: Settings) -> None:
    a = ask(built_settings, "Leiyang: in the current year (not last year), how many training "
                            "classes for Party branch secretaries?")
    assert a.refused, a.text


def test_everyday_words_find_the_passage_in_the_speeches_official_words(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那篇为啥不许村里借钱盖村部?")
    assert not a.refused and "举债" in a.text, a.text


def test_an_english_keyword_query_for_the_first_few_of_a_list_gets_those_only(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Speech 2 five challenges to grassroots Party building: just the "
                            "first two")
    assert _items(a) == ["二是"] or _items(a)[:2] == ["一是", "二是"], a.text
    assert "三是" not in a.text, a.text


def test_an_item_of_the_list_just_quoted_described_by_what_it_is_about_is_that_item(
        built_settings: Settings) -> None:
    history = [user("沙雅建村级阵地要做到的“六规范”是哪些?")]
    a = ask(built_settings, "其中讲批地的那一条怎么要求?", history=history)
    assert a.citations[0].quote.startswith("()土地审批手续规范"), a.text
    assert "报批的合法手续" in a.text
    # asking one detail of the item described, the sentence giving it
    history = [user("耒阳讲话里说当前农村党建有哪些新问题?")]
    detail = ask(built_settings, "班子闹不团结那条,说有的人唱的是什么戏?", history=history)
    assert "对台戏" in detail.text, detail.text


def test_an_item_named_by_its_place_in_a_first_question_is_quoted_from_its_opening(
        built_settings: Settings) -> None:
    # (a guard: quoting what in the item the question's words match had picked a side
    # sentence, "省里拟于五月份…")
    a = ask(built_settings, "篇三对乡镇党委书记队伍建设提了三个“研究”,第二个研究什么?")
    assert a.citations[0].quote.startswith("二要研究提高素质能力的措施")
    assert "要加强培训工作" in a.text, a.text


def test_a_count_the_question_states_is_read_up_to_its_verb(built_settings: Settings) -> None:
    a = ask(built_settings, "篇三说调研月活动要指导选派干部做好的四项工作是什么?")
    assert not a.refused and "摸清村情民意" in a.text, a.text


def test_a_figure_is_judged_by_the_year_its_own_sentence_names(
        built_settings: Settings) -> None:
    # (a probe's wording: the sentence beside the figure speaks of this year's "6·21" speech)
    a = ask(built_settings, "耒阳的讲话中,今年上半年举办的基层党组织书记培训班共有多少名书记参训?")
    assert a.refused, a.text  # the speech gives last year's 800余人


def test_an_english_place_name_the_speeches_never_mention_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Jiangxi speech: how long do dispatched village cadres serve?")
    assert a.refused and "Jiangxi" in a.text, a.text


def test_an_english_question_naming_someone_its_speech_never_names_is_refused(
        built_settings: Settings) -> None:
    # 李源潮 is 篇三's, 习近平 篇一's; 鲁迅 is in none
    for question, start in (
            ("What did Li Yuanchao instruct about industrial park Party building in the "
             "Panzhihua speech?", "Speech 8 never mentions"),
            ("In the Jingkou speech, what Xi Jinping said about caring for grassroots cadres?",
             "Speech 5 never mentions"),
            ("In speech 2, which saying of Lu Xun is quoted?", "The speeches never mention")):
        a = ask(built_settings, question)
        assert a.refused and a.text.startswith(start), (question, a.text)
    held = ask(built_settings, "What did Li Yuanchao say about opening village activity venues?")
    assert not held.refused and "李源潮同志批示" in held.text, held.text


def test_an_english_question_asking_the_whole_of_another_place_is_refused(
        built_settings: Settings) -> None:
    # 篇四 gives 耒阳's own figures ("全市…2356人"), none for 衡阳 or 湖南 as a whole
    for question in ("Hengyang prefecture-wide total of migrant Party members tallied",
                     "Leiyang speech: total Party organisations set up in 'two new' "
                     "organisations across Hunan province"):
        assert ask(built_settings, question).refused, question
    own = ask(built_settings,
              "How many migrant Party members did Leiyang tally across the whole city?")
    assert not own.refused and "2356人" in own.text, own.text


def test_everyday_words_find_the_speeches_official_ones(built_settings: Settings) -> None:
    # "砸进去" is 投入; "consultation" is 议事/协商
    money = ask(built_settings, "耒阳给乡镇干部改善吃住办公条件那一摊子,前后一共砸进去多少钱?")
    assert "900多万元" in money.citations[0].quote, money.text
    rules = ask(built_settings, "Per Panzhihua, why should a county design its own village "
                                "consultation rules — what is the twin risk?")
    assert any("少数人议事代替村民代表大会议事" in c.quote for c in rules.citations), rules.text


def test_an_english_round_the_speech_of_the_place_asked_never_holds_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Shaya second round of the diploma course for village officials: "
                            "graduates")
    assert a.refused and a.text.startswith("Speech 6 never mentions"), a.text
    held = ask(built_settings, "Shaya third batch of the diploma course for village cadres")
    assert not held.refused and {c.passage.speech for c in held.citations} == {6}


def test_an_ordinal_picks_from_the_list_the_question_counts_and_names(
        built_settings: Settings) -> None:
    # the best sentence opens item four of another list ("从四个方面抓好村级班子建设")
    a = ask(built_settings, "篇四讲话说当前农村党建有五个新问题,其中第四个是什么?")
    assert a.citations[0].quote.startswith("第四,作风的不扎实"), a.text
    # a list that calls its items so is the one asked, however miscounted
    b = ask(built_settings, "篇二把基层组织建设面临的新问题概括为六个挑战,其中第六个挑战是什么?")
    assert b.refused and "只列了5项" in b.text, b.text


def test_an_item_of_a_numbered_part_is_that_item_by_its_marker(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇六讲话第二部分的第(七)项讲什么工作?")
    assert a.citations[0].quote.startswith("(七)本着“抓软件,上台阶”的思路"), a.text


def test_an_item_of_a_numbered_part_named_by_its_heading_is_that_item_with_all_it_holds(
        built_settings: Settings) -> None:
    # not the part's five points' openings
    a = ask(built_settings, "篇四讲话第三部分讲到“三要突出抓好村级班子建设”时,列了哪几项工作?")
    assert a.citations[0].quote.startswith("三要突出抓好村级班子建设"), a.text
    assert _items(a) == ["三要", "一是", "二是", "三是", "四是"], a.text
    b = ask(built_settings, "篇四讲话第三部分关于“五要突出抓好党建阵地建设”提出了哪些要求?")
    assert b.citations[0].quote.startswith("五要突出抓好党建阵地建设"), b.text
    assert "23个村" in b.text, b.text  # its last requirement, four sentences on


def test_sentences_in_parallel_form_are_quoted_up_to_the_count_asked(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇二讲话从历史、时代和现实三个角度论述加强基层党建工作的重要性,"
                            "分别得出了什么结论?")
    assert [c.quote[:5] for c in a.citations] == ["这是历史的", "这是时代的", "这是现实的"], a.text


def test_a_series_a_sentence_on_whose_items_repeat_what_is_asked_is_the_list(
        built_settings: Settings) -> None:
    # the best sentence restates the question's premise; "抓落实" is what each item repeats
    a = ask(built_settings, "篇三讲话针对一些政策和要求落实还没有完全到位的问题,提出了哪几种"
                            "抓落实的办法?")
    assert [c.quote[:6] for c in a.citations] == ["要突出重点抓", "要因地制宜抓", "要搞好试点抓",
                                                  "要健全制度抓"], a.text


def test_a_part_named_by_its_quoted_heading_gets_its_points(built_settings: Settings) -> None:
    a = ask(built_settings, "篇四讲话在“突出重点,全力推动我市农村党建工作迈上新台阶”部分提出要"
                            "着力抓好哪五项工作?")
    assert a.citations[0].quote.startswith("三、突出重点"), a.text
    assert _items(a) == ["一要", "二要", "三要", "四要", "五要"], a.text


def test_a_speech_named_by_the_meeting_it_was_given_at_is_summarised(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口区委召开的全区基层组织建设工作会议上的讲话,共分为哪几个部分?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"], a.text
    assert {c.passage.speech for c in a.citations} == {5}


def test_a_speechs_parts_asked_as_what_it_is_made_of_get_its_outline(
        built_settings: Settings) -> None:
    a = ask(built_settings, "攀枝花市产业园区和农村基层党建工作会的讲话由哪几部分组成?")
    assert [c.quote[:2] for c in a.citations[:3]] == ["一、", "二、", "三、"], a.text


def test_the_item_before_or_after_the_one_just_quoted(built_settings: Settings) -> None:
    first = "沙雅建村级阵地的“六规范”里,第三条是什么?"
    a = ask(built_settings, first)
    assert a.citations[0].quote.startswith("()村级“四室两场”规范"), a.text  # not 一是…三是
    before = ask(built_settings, "它前面那条呢?", history=[user(first)])
    assert before.citations[0].quote.startswith("()建设标准规范"), before.text
    history = [user("篇五的“三个先”是什么?"), user("第二个呢?")]
    after = ask(built_settings, "下一个呢?", history=history)
    assert after.citations[0].quote.startswith("三要做服务上的先进"), after.text


def test_an_item_in_its_place_said_with_a_demonstrative_follows_the_list(
        built_settings: Settings) -> None:
    history = [user("攀枝花那篇给村党组织定的“三项权力”,头一项是啥?")]
    a = ask(built_settings, "那排第二的那项权呢?", history=history)
    assert "强化议事提名权" in a.text, a.text


def test_a_point_named_by_its_heading_is_answered_from_the_sentences_after_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇五讲“工作要特色化”的时候,提到要借助哪项特色工作?")
    assert any("双拥" in c.quote for c in a.citations), a.text


def test_a_saying_asked_for_is_the_one_the_speech_quotes(built_settings: Settings) -> None:
    a = ask(built_settings, "篇二讲评价干部,引了哪句老话?")
    assert "金杯银杯不如老百姓的口碑" in a.text, a.text


def test_a_sentence_naming_as_many_things_as_asked_is_no_item_of_a_longer_list(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇二引用的论断说党内民主是哪两方面的重要保证?")
    assert "增强党的创新活力" in a.text and "要扩大选举中的民主权利" not in a.text, a.text
    # an item of a shorter list inside the list of the count asked: that list
    rules = ask(built_settings, "篇六对村级阵地建设要做到哪六个规范?")
    assert "土地审批手续规范" in rules.text and "工程竣工档案规范" in rules.text, rules.text


def test_a_list_is_quoted_under_the_sentence_leading_into_it(built_settings: Settings) -> None:
    a = ask(built_settings, "篇五说基层党务工作者要在哪些方面高人一等?")
    assert "思想境界和素质能力" in a.text and "加强工作方法和办事艺术的学习" in a.text, a.text
    # a lead-in a sentence on, whose problems the question repeats
    work = ask(built_settings, "篇三针对党员队伍年龄老化、文化偏低的问题,要求做好哪些工作?")
    assert "改进农村发展党员工作" in work.text and "模范带头作用" in work.text, work.text


def test_the_first_item_run_into_its_lead_in_is_answered_with_its_body(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七说部分单位对三项活动思想认识不到位,具体表现在哪些方面?")
    assert "跟踪问效不够" in a.text and "帮促形式比较单一" in a.text, a.text
    assert "存在形式主义" in a.text, a.text  # all the item holds, not its first sentences
    closing = ask(built_settings, "沙雅讲话结尾为贯彻会议精神提了哪几点要求?")
    assert "二是要及时制定贯彻意见" in closing.text and "三是狠抓落实" in closing.text


def test_an_item_named_by_its_rank_in_a_part_or_in_an_unnumbered_series(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇第一部分的三项要求中排在第三位的是什么?")
    assert a.citations[0].quote.startswith("改革要配套"), a.text
    b = ask(built_settings, "篇三讲的几种抓落实办法里第二种是什么?")
    assert b.citations[0].quote.startswith("要因地制宜抓落实"), b.text


def test_items_counted_from_the_end_from_the_head_or_one_before(
        built_settings: Settings) -> None:
    first = "沙雅评先进的六个不批是什么?"
    a = ask(built_settings, "倒数第二个呢?", history=[user(first)])
    assert a.citations[0].quote.startswith("五是村容村貌"), a.text
    b = ask(built_settings, "沙雅那六个不批的规矩,打头那条是什么?")
    assert b.citations[0].quote.startswith("一是对申报对象不自查的不批"), b.text
    c = ask(built_settings, "再往前一条呢?", history=[user("耒阳讲的五个新问题,第四个是什么?")])
    assert c.citations[0].quote.startswith("第三,班子的不团结"), c.text


def test_a_counted_term_quoted_by_its_last_character(built_settings: Settings) -> None:
    a = ask(built_settings, "京口讲话给基层干部提了三个‘先’,都是啥?")
    assert "一要做学习上的先驱" in a.text and "三要做服务上的先进" in a.text, a.text


def test_a_quarter_or_a_round_before_the_speeches_never_give_is_refused(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇七说第二季度全市表彰了多少个先进集体?").refused
    assert ask(built_settings, "安徽上一次村两委换届是在哪年?").refused  # "明年初…将要换届"
    a = ask(built_settings, "耒阳新班子平均年龄比上届降了多少?")
    assert not a.refused and "5.4岁" in a.text


def test_an_english_question_naming_a_speech_by_its_meeting_or_miscounting(
        built_settings: Settings) -> None:
    a = ask(built_settings, "cadre pay system three-activities meeting")
    assert a.citations[0].passage.speech == 7 and "基础报酬" in a.text, a.text
    assert ask(built_settings, "Which 9 key villages were to be audited by the end of October?"
               ).refused  # 7 of them


def test_a_run_of_numbered_points_stated_inline_answers_a_list_question(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那篇对大学生村官队伍存在的问题,提了哪几项要求?")
    assert "一要准确把握政策导向" in a.text and "三要不断强化教育管理" in a.text, a.text
    b = ask(built_settings, "沙雅讲话说要在探索中运行、在运行中完善,对“”工作机制提了哪几个“要”?")
    assert "一要不断解放思想" in b.text and "二要建立健全各项管理制度" in b.text, b.text


def test_the_next_of_unnumbered_items_after_the_first_and_a_switch_of_speech(
        built_settings: Settings) -> None:
    first = "Panzhihua: the village Party organisation's 'three powers', what's the first one?"
    a = ask(built_settings, "and the next one?", history=[user(first)])
    assert a.citations[0].quote.startswith("强化议事提名权"), a.text
    b = ask(built_settings, "那接下来那条呢?", history=[user("沙雅评先进那‘六个不批’,头一条是啥?")])
    assert b.citations[0].quote.startswith("二是对申报对象不公示的不批"), b.text
    c = ask(built_settings, "换成篇七那边怎么说?",
            history=[user("攀枝花对县委书记抓党建有啥要求?")])
    assert not c.refused and c.citations[0].passage.speech == 7, c.text


def test_english_names_for_the_speeches_teams_find_them(built_settings: Settings) -> None:
    first = "Which five teams does the Anhui speech say to build?"
    a = ask(built_settings, "What is the focus for the third one?", history=[user(first)])
    assert "大学生村官" not in a.citations[0].quote and a.citations[0].passage.speech == 3
    assert "选派干部" in a.text, a.text


def test_both_parts_of_a_question_in_two_parts_are_answered(built_settings: Settings) -> None:
    a = ask(built_settings, "篇二对埋头苦干的老实干部是什么态度?接着又要求树立哪两种导向?")
    assert "决不亏待" in a.text and "群众满意的评价导向" in a.text, a.text
    b = ask(built_settings, "篇七前两次作风建设民主评议在哪两个月?第三次要在哪天前完成?")
    assert "1月份和4月份" in b.text and "7月30日" in b.text, b.text


def test_what_each_of_several_places_did_is_quoted_place_by_place(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇里,余庆乡、导子乡和永济镇在“双述双评”中分别有什么经验?")
    assert all(p in a.text for p in ("余庆乡坚持以制度管人理事", "导子乡全面实施", "永济镇重拾"))
    b = ask(built_settings, "篇四要求各乡镇办事处学习哪个镇党委的经验来管流动党员?")
    assert not b.refused and "永济镇党委" in b.text, b.text


def test_a_part_named_by_what_it_is_about_gets_its_points(built_settings: Settings) -> None:
    a = ask(built_settings, "篇八讲话关于产业园区党建的部分,从哪几个方面作了部署?")
    assert a.citations[0].quote.startswith("一、着眼强化"), a.text
    assert _items(a) == ["第一", "第二", "第三"], a.text
    # asked for things in it, not for its points, the part is only the place to look
    b = ask(built_settings, "篇二讲改革创新那部分,要求大家增强哪几种“感”,又要拿哪几样改革创新的"
                            "东西来推动基层党建?")
    assert "责任感、使命感和紧迫感" in b.text, b.text


def test_a_speechs_framework_asked_with_its_parts_is_its_outline(
        built_settings: Settings) -> None:
    for question in ("攀枝花讲话的整体框架是怎样的?分别讲了哪几个部分?",
                     "篇五讲话的主要内容是什么?各部分的标题分别是什么?"):
        a = ask(built_settings, question)
        assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"], a.text


def test_two_things_asked_of_a_sentence_pairing_them_are_quoted_there(
        built_settings: Settings) -> None:
    a = ask(built_settings, "攀枝花那篇琢磨村里商量大事的规矩,到底想同时躲开哪两头的毛病?")
    assert "既要防止少数人议事代替村民代表大会议事" in a.text, a.text
    assert "群众教育" not in a.text  # "一方面…另一方面…" of another point


def test_a_sentence_past_the_window_the_search_kept_of_its_paragraph_is_read(
        built_settings: Settings) -> None:
    # the paragraph's first window was found; the sentence answering is in its next one
    a = ask(built_settings, "篇三讲话要求农村党建工作为全省哪些重大战略的实施提供坚强组织保证和"
                            "高效服务?")
    assert "合肥经济圈建设" in a.text, a.text


def test_a_code_is_answered_with_what_each_of_its_parts_stands_for(
        built_settings: Settings) -> None:
    for question in ("“81145”具体指什么?", "What does 81145 mean?"):
        a = ask(built_settings, question)
        assert not a.refused and "两个“1”是指" in a.text and "“5”是指" in a.text, a.text


def test_a_month_and_a_length_of_time_asked_together(built_settings: Settings) -> None:
    a = ask(built_settings, "安徽的讲话说,对全省乡镇党委书记的在线集中培训定在哪个月份,持续"
                            "多少时间?")
    assert not a.refused and "五月份" in a.text and "为期一周" in a.text, a.text


def test_the_first_of_a_counted_group_named_alone_answers_which_village(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七里头,村里集体家底厚、被州里挂了牌的村一共几个,打头的是哪个村?")
    assert not a.refused and "牛场镇双龙等6个村" in a.text, a.text


def test_a_parks_party_organisation_is_no_district_body(built_settings: Settings) -> None:
    a = ask(built_settings, "篇八讲话在强化园区党组织的政治功能和服务功能时,对企业党员和生产骨干"
                            "实施什么计划?")
    assert not a.refused and "“双向培养”计划" in a.text, a.text


def test_a_masked_village_hides_no_township_asked_for(built_settings: Settings) -> None:
    a = ask(built_settings, "Which township in speech 7 runs the '185' project?")
    assert not a.refused and "谷汪乡" in a.text, a.text


def test_the_last_item_of_a_part_named_by_its_place_is_quoted_with_its_measures(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八讲话第三部分提出压实责任、形成合力、强化保障等组织领导要求,"
                            "排在最后的一项是什么?具体包括哪些措施?")
    assert a.citations[0].quote.startswith("四要加强考核问责"), a.text
    assert "变定性考核为定量考核" in a.text, a.text


def test_a_term_named_by_count_and_kind_is_the_item_it_heads_not_the_list_it_ends(
        built_settings: Settings) -> None:
    # "三是健全“三项制度”。" is the third of three points: "哪三项制度" asks what it holds
    for question in ("攀枝花那篇说要在村里健全哪三项制度?",
                     "What 'three systems' must village Party organisations set up in the "
                     "Panzhihua speech?"):
        a = ask(built_settings, question)
        assert a.citations[0].quote.startswith("三是健全“三项制度”"), a.text
        assert "评议考核制度" in a.text, a.text
    # and "the first one" after it is the first system, not the first point of the list
    first = "篇八讲的“三项制度”是哪三项?"
    b = ask(built_settings, "第一项是谁向谁报告?", history=[user(first)])
    assert b.citations[0].quote.startswith("要推行村委会、群团组织"), b.text


def test_a_team_picked_from_a_list_counted_as_the_speech_counts_it_or_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那篇说要抓好五支队伍,第五支是啥?")
    assert a.citations[0].quote.startswith("第五,以充分发挥作用为重点"), a.text
    b = ask(built_settings, "安徽那篇说要抓好六支队伍,第六支是啥?")
    assert b.refused and "六支队伍" in b.text, b.text  # the speech counts five


def test_near_misses_of_month_person_and_year_are_refused(built_settings: Settings) -> None:
    # 篇八 says the four levels below the province change this year, and no month
    assert ask(built_settings, "攀枝花那篇讲四级一起换届,那省一级领导班子是哪个月换?").refused
    assert ask(built_settings, "献礼建党百年那篇,讲党建得跟上时代那段,引的毛主席原话是啥?").refused
    # the 800 secretaries were trained last year
    assert ask(built_settings, "Leiyang secretaries trained in the current year number").refused
    assert not ask(built_settings, "Leiyang secretaries trained last year number").refused


def test_an_english_place_name_is_read_as_any_of_its_chinese_readings(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Yongji town entrepreneur Party branches number")
    assert not a.refused and "永济镇6个“创业者”支部" in a.text, a.text


def test_the_next_pair_after_the_one_just_quoted(built_settings: Settings) -> None:
    first = "安徽那篇讲村里活动场所建设要理顺三对关系,头一对是什么?"
    a = ask(built_settings, "紧挨着的下一对呢,怎么摆?", history=[user(first)])
    assert a.citations[0].quote.startswith("二要处理好办公室和服务室的关系"), a.text


def test_a_list_of_the_kind_asked_is_the_answer_not_the_item_heading_its_own_points(
        built_settings: Settings) -> None:
    first = "沙雅那篇给村级阵地建设定了哪几个规范?"
    a = ask(built_settings, first)
    assert "“六规范”" in a.citations[0].quote and "四室两场" in a.text, a.text
    b = ask(built_settings, "用地那一条具体咋要求?", history=[user(first)])
    assert b.citations[0].quote.startswith("()土地审批手续规范"), b.text


def test_english_keywords_find_the_speeches_words_for_them(built_settings: Settings) -> None:
    a = ask(built_settings, "Leiyang how township cadres' commuting habit was curbed")
    assert "走读风" in a.text, a.text
    # "Hefei" is 合肥, not the pieces of "和非公有制" that sound alike (篇五)
    b = ask(built_settings, "Anhui rural Party work which provincial strategies to serve Hefei "
                            "Wanjiang")
    assert {c.passage.speech for c in b.citations} == {3} and "合肥经济圈建设" in b.text, b.text


def test_near_misses_of_a_township_a_level_a_county_and_masked_names_are_refused(
        built_settings: Settings) -> None:
    # 导子乡 did it, not 遥田乡 (which the speech names elsewhere)
    assert ask(built_settings, "耒阳的讲话中,遥田乡全面实施“村为主”工程取得了什么成效?").refused
    assert not ask(built_settings, "耒阳的讲话中,导子乡全面实施“村为主”工程取得了什么成效?").refused
    # the village cadres are trained in three years, not the township teams
    assert ask(built_settings, "沙雅县讲话要求依托县乡两级党校阵地,在几年内将乡镇领导班子成员轮训"
                               "一遍?").refused
    assert "三年内" in ask(built_settings, "沙雅县讲话要求依托县乡两级党校阵地,在几年内将村干部"
                                          "轮训一遍?").text
    # 衡阳县 is a county, not the 衡阳市 篇四 names
    assert ask(built_settings, "衡阳县那边新盖的村部平均每个多少平米?").refused
    # the two named are masked: "xx、xx等15个乡镇(办事处)"
    assert ask(built_settings, "篇七讲话中,便民利民服务大厅已经建成的15个乡镇(办事处)中,讲话点名的"
                               "两个分别叫什么?").refused


def test_an_english_round_is_the_times_the_speech_counts(built_settings: Settings) -> None:
    first = ("Speech on the three-campaigns meeting: when were the first two work-style "
             "appraisals held?")
    a = ask(built_settings, "deadline for the third round?", history=[user(first)])
    assert not a.refused and "第三次作风建设民主评议" in a.text, a.text


def test_follow_ups_asking_what_for_or_naming_a_speech_by_its_kind_of_meeting(
        built_settings: Settings) -> None:
    first = "耒阳给乡镇干部改善条件,那个“五小”设施一共投了多少钱?"
    a = ask(built_settings, "那沙雅那篇里这个“五小”又是用来干嘛的?", history=[user(first)])
    assert not a.refused and "“五小工程”为重点" in a.text, a.text  # what for, not how much
    b = ask(built_settings, "那开推进会那篇,会议名字里那三项活动具体指哪三样?",
            history=[user("攀枝花那篇,村党组织的“三项权力”是哪三个?")])
    assert "四帮四促" in b.text and {c.passage.speech for c in b.citations} == {7}, b.text


def test_where_something_is_stuck_asks_no_place(built_settings: Settings) -> None:
    a = ask(built_settings, "安徽有些地方自己出钱修村部一直没动静,卡在哪儿?讲话怎么看这事?")
    assert not a.refused, a.text


def test_a_point_whose_number_the_scrape_lost_is_quoted_with_its_body(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇六讲话在“六规范”中对村级阵地建设的土地审批手续作出了什么规定?")
    assert a.citations[0].quote.startswith("()土地审批手续规范") and "严肃处理" in a.text, a.text


def test_the_same_few_asked_of_another_speech_is_its_list_not_a_count(
        built_settings: Settings) -> None:
    first = "耒阳那篇说发展党员搞了哪几项制度?"
    a = ask(built_settings, "安徽那篇是不是也这么几条?", history=[user(first)])
    assert not a.refused and "推荐制、公示制、票决制、责任追究制" in a.text, a.text


def test_a_township_the_speech_names_elsewhere_is_not_answered_by_another_ones_deed(
        built_settings: Settings) -> None:
    # 篇七 names 仙桥乡 (for its service centre), but the “115” layout is 谷汪乡's
    assert ask(built_settings, "仙桥乡是拿哪个工程当抓手,把“115”产业格局搭起来的?").refused
    a = ask(built_settings, "谷汪乡是拿哪个工程当抓手,把“115”产业格局搭起来的?")
    assert not a.refused and "“185”工程" in a.text, a.text


def test_a_year_the_scrape_masked_is_no_answer(built_settings: Settings) -> None:
    # "20xx年全面完成…任务,是…以及今年中央1号文件提出的要求": 今年 dates the document
    assert ask(built_settings, "安徽要求村级组织活动场所建设在哪一年全部完成?").refused


def test_a_question_naming_nothing_stays_with_the_speech_just_answered(
        built_settings: Settings) -> None:
    first = "第一篇讲话说要从我市实际出发做好哪几件事?"
    a = ask(built_settings, "最后落脚点是要开创个什么?", history=[user(first)])
    assert {c.passage.speech for c in a.citations} == {1} and "新局面" in a.text, a.text
    # one the speech just answered cannot answer goes where the answer is
    b = ask(built_settings, "村干部报酬由哪几部分组成?", history=[user(first)])
    assert b.citations[0].passage.speech == 7 and "基础报酬" in b.text, b.text
    c = ask(built_settings, "排在第三的那对,帮的是啥、促的是啥?",
            history=[user("篇七说乡镇领导下到联系点,主要帮什么、促什么?")])
    assert c.citations[0].quote == "帮助解决实际问题、促进增比进位", c.text


def test_a_series_the_question_names_is_quoted_where_it_stands_not_the_list_around_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八讲话说通过加强园区党的建设,要构建起园区的哪三个“新”?")
    assert "园区管理新模式、园区运行新机制、园区治理新格局" in a.citations[0].quote, a.text
    b = ask(built_settings, "篇八讲话要求推动重心、资源和工作分别怎样向基层转移?")
    assert "资源向基层倾斜、工作向基层聚焦" in b.citations[0].quote, b.text


def test_an_unnumbered_point_asked_how_is_quoted_with_its_body_and_the_next_one_after_it(
        built_settings: Settings) -> None:
    first = "篇二讲发展党内民主,底下提了哪几个“要”?"
    second = "扩大选举民主权利那条具体怎么做?"
    a = ask(built_settings, second, history=[user(first)])
    assert "进一步改进候选人提名制度" in a.text, a.text
    b = ask(built_settings, "再往下那个“要”讲的是啥?", history=[user(first), user(second)])
    assert b.citations[0].quote.startswith("要拓展民主参与的途径"), b.text


def test_how_a_problem_just_quoted_is_to_be_solved_is_the_points_after_it(
        built_settings: Settings) -> None:
    first = "沙雅那篇里,推行那个乡镇工作机制的地方真正转起来的多不多?"
    a = ask(built_settings, "那往后打算咋解决?", history=[user(first)])
    assert [c.quote[:2] for c in a.citations] == ["一要", "二要", "三要"], a.text


def test_a_zone_named_one_character_otherwise_than_the_speech_is_refused(
        built_settings: Settings) -> None:
    # 篇三 names the 皖南国际旅游文化示范区, no 皖北 one
    assert ask(built_settings, "安徽那篇里提到的皖北国际旅游文化示范区建设,要农村党组织怎么配合?"
               ).refused
    assert not ask(built_settings, "安徽那篇里提到的皖南国际旅游文化示范区建设,要农村党组织怎么"
                                   "配合?").refused


def test_an_item_by_its_place_is_counted_in_the_list_the_question_names_by_its_lead_in(
        built_settings: Settings) -> None:
    # "…下半年还有很多工作要做,…要着力抓好如下几项工作:" (一要…五要), though "一是加强思想
    # 政治建设" of another list fits "头一项" best
    first = "耒阳那篇说下半年要着力抓好几项工作,头一项是什么?"
    a = ask(built_settings, first)
    assert a.citations[0].quote.startswith("一要突出抓好管党责任制的落实"), a.text
    b = ask(built_settings, "排在最后的那一项是抓什么?按啥原则?", history=[user(first)])
    assert b.citations[0].quote.startswith("五要突出抓好党建阵地建设"), b.text


def test_a_round_the_speech_never_holds_is_refused_by_any_word_for_it(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇七那边排了1月、4月、7月三回作风评议,再往后第四回民主评议定在"
                               "啥时候?").refused


def test_a_level_given_after_another_ones_count_is_mentioned_and_a_day_by_its_numbers_is_not(
        built_settings: Settings) -> None:
    # "获省级“五好”党组织3个、州级12个"
    a = ask(built_settings, "篇七讲话说,在“五好”党组织创评中获得了几个省级、几个州级“五好”党组织?")
    assert not a.refused and "州级12个" in a.text, a.text
    # the city's count is no township's
    assert ask(built_settings, "牛场镇上半年自己拿到了几个州级“五好”党组织?").refused
    # "“七・一”前夕", not "“十一”前夕"
    assert ask(built_settings, "篇五讲话中,省委在“十一”前夕召开的全省会议提出要推进什么"
                               "工程?").refused


def test_where_a_speech_was_given_is_the_first_sentence_naming_its_own_place(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇四是哪个城市的讲话?")
    assert not a.refused and "耒阳市" in a.citations[0].quote, a.text
    b = ask(built_settings, "Which city is speech 6 from?")
    assert not b.refused and "沙雅" in b.citations[0].quote, b.text
    # 篇七 never names its city: nothing to quote; nor does 篇一, whatever place a sentence of
    # it names ("中国特色社会主义")
    assert ask(built_settings, "篇七是哪个城市的讲话?").refused
    assert ask(built_settings, "篇一是在哪里讲的?").refused


def test_a_series_a_clause_per_item_holding_the_quoted_term_is_quoted_where_it_stands(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅要建立的村干部工作机制包括哪三个“相”?")
    assert "“选、任、免”相衔接" in a.citations[0].quote, a.text


def test_two_asked_of_a_sentence_split_at_its_semicolon_alike_are_both_quoted(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇二讲用人导向时,哪两类闷头干活、不声张的干部要特别关照?")
    assert "不图虚名、埋头苦干" in a.text and "默默无闻、不事张扬" in a.text, a.text


def test_a_meeting_asked_which_it_was_is_answered_not_refused(built_settings: Settings) -> None:
    a = ask(built_settings, "篇六讲话在会议结束时,要求各乡镇场增强责任感和紧迫感,全面贯彻县委的"
                            "哪次全委会议精神?")
    assert not a.refused and "九届六次全委" in a.text, a.text


def test_a_batch_of_a_thing_the_speeches_give_only_another_of_is_refused(
        built_settings: Settings) -> None:
    # 篇三 says "第四批选派村"; its "第三批" is of another thing
    assert ask(built_settings, "安徽第三批选派村大多是什么样的村?").refused
    assert not ask(built_settings, "安徽第四批选派村大多是什么样的村?").refused
    assert not ask(built_settings, "篇六要办第三批村干部中专学历班,怎么招生?").refused


def test_which_of_the_townships_the_scrape_masked_is_refused(built_settings: Settings) -> None:
    # "xx、xx等15个乡镇(办事处)完成便民利民服务大厅的建设"
    a = ask(built_settings, "篇七完成便民服务大厅建设的15个乡镇里,点名的头两个是哪俩?")
    assert a.refused and "xx" in a.text, a.text


def test_which_way_a_comparison_goes_is_answered_in_words(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳的党员比例比全国高还是低?")
    assert not a.refused and "低于全国党员比例" in a.text, a.text


def test_a_point_just_quoted_asked_how_it_is_done_gets_its_body(
        built_settings: Settings) -> None:
    first = "篇二讲统筹兼顾,要统筹哪几方面的发展?"
    a = ask(built_settings, "统筹城乡这一条,落地靠哪些招数?", history=[user(first)])
    assert a.citations[0].quote == "要统筹城乡发展。", a.text
    assert "对口帮扶、结对共建" in a.text and "“两新”" not in a.text, a.text


def test_the_one_placed_in_the_middle_of_three_is_the_second(built_settings: Settings) -> None:
    first = "京口那篇说基层党员干部提高能力要突出哪“三个先”?"
    a = ask(built_settings, "排在中间的那个“先”是怎么讲的?", history=[user(first)])
    assert a.citations[0].quote.startswith("二要做发展中的先锋"), a.text


def test_what_the_question_places_before_a_passage_it_names_is_the_sentence_before_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇一讲话在提出以习近平新时代中国特色社会主义思想为指导之前,是怎样"
                            "评价加强和改进基层组织建设这项工作的?")
    assert "是一项长期的任务" in a.citations[0].quote, a.text
    # the passage it names holds what is asked: that one
    b = ask(built_settings, "篇三讲话要求在较好落实“三有”之后,把村党组织书记队伍建设的重点"
                            "转到哪里?")
    assert "较好落实“三有”" in b.citations[0].quote, b.text


def test_why_a_conclusion_is_drawn_quotes_the_sentence_it_is_drawn_from(
        built_settings: Settings) -> None:
    a = ask(built_settings, "为什么说搞基层党务的人,素质得比一般人高出一截?")
    assert a.citations[0].quote.startswith("在基层工作,直接面对的是广大群众"), a.text
    assert "就必须在思想境界和素质能力上高人一等" in a.text, a.text


def test_why_a_point_stated_in_a_few_words_quotes_what_follows_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇为什么说发展要目标化?")
    assert a.citations[0].quote == "发展要目标化。", a.text
    assert "有目标,才有明确的奋斗方向" in a.text, a.text


def test_which_ones_of_a_group_the_speech_only_counts_is_refused(
        built_settings: Settings) -> None:
    # "六个单位进行了交流发言": counted, never named
    assert ask(built_settings, "篇三讲话里昨天下午参观淮北市之后,交流发言的六个单位分别是"
                               "哪些?").refused


def test_a_term_with_another_number_than_the_speeches_is_unmentioned_however_short(
        built_settings: Settings) -> None:
    # "五联双化": its "双化", no "三化"
    assert ask(built_settings, "攀枝花园区“五联双化”治理里,那个“三化”指的是哪三化?").refused
    assert not ask(built_settings, "攀枝花园区“五联双化”治理里,“双化”指的是哪两化?").refused


def test_a_series_of_the_quoted_term_close_in_score_is_quoted_over_another_list(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇三讲落实工作要从当地实际出发,具体说要做到哪三个“实”?")
    assert "察实情、出实招、求实效" in a.citations[0].quote, a.text


def test_steps_counted_on_to_the_last_item_reach_the_last(built_settings: Settings) -> None:
    history = [user("篇七说整改作风突出问题要落实哪五项重点措施?"),
               user("第三项整改销号制是怎么操作的?")]
    a = ask(built_settings, "再往后数两项,也就是最后一项,说的是什么?", history=history)
    assert a.citations[0].quote.startswith("五是积极探索整治作风顽症的长效机制"), a.text


def test_a_meeting_described_by_whose_it_is_is_no_unmentioned_meeting(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口区委接到上面的会议和文件后,没有照本宣科,而是先干了些什么才出台"
                            "自己的意见?")
    assert not a.refused and "就会议贯彻会议" in a.text, a.text


def test_departments_asked_in_english_are_the_sentence_enumerating_them(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Shaya three-level joint creation final inspection: which departments "
                            "take part?")
    assert "纪检、政法、计生、团委、妇联等相关部门" in a.citations[0].quote, a.text


def test_an_english_follow_up_naming_a_position_and_asking_more_takes_that_item(
        built_settings: Settings) -> None:
    first = "What are the three powers of village Party organisations in Speech 8?"
    a = ask(built_settings, "OK, and the power listed in position two: who puts the proposals "
                            "forward, and how?", history=[user(first)])
    assert a.citations[0].quote.startswith("强化议事提名权"), a.text


def test_a_quoted_body_at_a_level_the_speeches_never_give_it_is_unmentioned(
        built_settings: Settings) -> None:
    # "成立了市委“两新”工委": the city's, no township's
    a = ask(built_settings, "耒阳各乡镇的“两新”工委是什么时候成立的?")
    assert a.refused and "乡镇“两新”工委" in a.text, a.text
    assert not ask(built_settings, "耒阳成立了哪一级的“两新”工委?").refused


def test_a_lead_in_running_into_its_first_item_counts_as_a_list_of_as_many(
        built_settings: Settings) -> None:
    # "…为贯彻落实好这次会议精神,一是要认真学习会议精神。" … "二是…" … "三是狠抓落实。"
    a = ask(built_settings, "沙雅那篇讲话收尾时,对与会同志贯彻这次会议提出的三条要求分别是什么?")
    assert "一是要认真学习会议精神" in a.text and "二是要及时制定贯彻意见" in a.text, a.text
    assert "三是狠抓落实" in a.text, a.text


def test_a_meeting_of_another_kind_the_speeches_never_mention_is_refused(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇七那个市在全省春节团拜会上还拿到了哪些表彰?").refused


def test_a_term_of_another_places_deed_listed_after_the_one_asked_is_no_answer(
        built_settings: Settings) -> None:
    # "永济镇的党员宣誓承诺、导子乡的无职党员…的“三亮三树”活动": 导子乡's
    assert ask(built_settings, "永济镇的无职党员搞的“三亮三树”,具体亮的是啥、树的是啥?").refused
    a = ask(built_settings, "导子乡的无职党员搞的“三亮三树”,具体亮的是啥?")
    assert not a.refused and "亮身份" in a.text, a.text


def test_two_things_asked_are_the_sentence_pairing_them_close_in_score(
        built_settings: Settings) -> None:
    # "既要防止少数人议事代替村民代表大会议事,又要破解…不易召集议事的难题", over the "三项
    # 权力" sentence scoring a little higher
    a = ask(built_settings, "Panzhihua villages: what two problems should local deliberation "
                            "rules avoid?")
    assert "既要防止少数人议事代替村民代表大会议事" in a.citations[0].quote, a.text


def test_things_of_the_kind_asked_enumerated_before_de_are_quoted_where_they_stand(
        built_settings: Settings) -> None:
    # "…政府包揽园区建设、单纯依靠经济手段粗放管理、产业同构和低水平重复建设的模式已经难以为继",
    # not the part's points around it
    a = ask(built_settings, "攀枝花那篇讲话认为产业园区过去的哪些建设管理模式已经难以为继?")
    assert "政府包揽园区建设" in a.citations[0].quote, a.text


def test_a_thing_the_speech_puts_at_another_township_is_no_answer_for_this_one(
        built_settings: Settings) -> None:
    # "…在亮源乡的日森源菇业、大市乡的新五丰、余庆乡的中达铁合金…"
    assert ask(built_settings, "余庆乡的新五丰公司成立了几个党组织?").refused


def test_a_zone_another_speech_names_is_unmentioned_in_the_speech_asked(
        built_settings: Settings) -> None:
    # 篇三's "皖南国际旅游文化示范区", asked of 攀枝花's speech (篇八)
    a = ask(built_settings, "攀枝花那篇说项目要围绕皖南国际旅游文化示范区来抓,具体抓哪些环节?")
    assert a.refused and "皖南国际旅游文化示范区" in a.text, a.text
    assert not ask(built_settings, "攀枝花那篇说项目要围绕国家现代农业示范区来抓,具体抓哪些"
                                   "环节?").refused


def test_items_each_repeating_a_longer_quoted_term_are_the_sentences_holding_them(
        built_settings: Settings) -> None:
    # one sentence per item ("要突出重点抓落实,…;" "要因地制宜抓落实,…;" …)
    b = ask(built_settings, "篇三讲推动工作落实,提出了哪四个“抓落实”?")
    for item in ("要突出重点抓落实", "要因地制宜抓落实", "要搞好试点抓落实", "要健全制度抓落实"):
        assert item in b.text, b.text


def test_the_final_one_in_english_is_the_last_item_just_listed(
        built_settings: Settings) -> None:
    history = [user("耒阳讲话里,抓村级班子建设要从哪四个方面入手?")]
    a = ask(built_settings, "OK, and the final one?", history=history)
    assert "四是创新体制机制" in a.citations[0].quote, a.text


def test_a_year_a_height_and_a_count_of_levels_are_answered_in_their_own_units(
        built_settings: Settings) -> None:
    # "执政71年的墨西哥革命制度党…丧失执政地位": a span of years, not the year asked
    assert ask(built_settings, "篇二里,墨西哥革命制度党是哪一年丢掉政权的?").refused
    assert ask(built_settings, "淮北的开放式活动场所,门口那盏高杆灯要立多高?").refused
    a = ask(built_settings, "攀枝花讲话说,今年的集中换届一共涉及几个层级?")
    assert not a.refused and "市县乡村四级" in a.text, a.text
    assert ask(built_settings, "Panzhihua health-tourism trip: best month to go and typical "
                               "hotel prices?").refused


def test_asked_whether_the_speeches_mention_what_they_never_name_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "这几篇讲话有没有谈到中小学落实“双减”的情况?")
    assert a.refused and "双减" in a.text, a.text
    assert not ask(built_settings, "这些讲话有没有提到流动党员?").refused
    assert not ask(built_settings, "哪一篇讲话谈到了大学生村官?").refused
    # or asked what they all say of it
    b = ask(built_settings, "这几篇讲话对基层党组织开展巡察是怎么安排的?")
    assert b.refused and "巡察" in b.text, b.text
    assert not ask(built_settings, "这些讲话对村干部的报酬有什么要求?").refused


def test_a_saying_asked_is_the_one_the_passage_quotes(built_settings: Settings) -> None:
    a = ask(built_settings, "讲苏共、墨西哥那些党倒台那一段,开头引的那句老话是啥?")
    assert a.citations and "以史为鉴,可以知兴替" in a.citations[0].quote, a.text
    b = ask(built_settings, "篇二说打牢基础的重要性时引了哪句古语?")
    assert b.citations and "九层之台,起于垒土" in b.citations[0].quote, b.text


def test_how_many_years_and_an_income_the_speeches_never_give_are_refused(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇一要开创全市基层组织建设新局面,定了几年完成?").refused
    assert ask(built_settings, "牛场镇那几个集体经济强村,一年集体收入有多少?").refused


def test_a_question_in_two_parts_needs_of_its_first_only_what_that_part_asks(
        built_settings: Settings) -> None:
    # the count is the second part's: the visit needs none
    a = ask(built_settings, "安徽那次农村党建会,头一天下午大伙实地看了啥?会上又有几家上台讲了做法?")
    assert not a.refused and "六个单位" in a.text, a.text


def test_which_village_in_a_condition_asks_for_no_name(built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅那篇讲,哪个村要是想评上最好的那档支部,档案没过关会怎么样?")
    assert not a.refused and "不予验收" in a.text, a.text


def test_an_english_follow_up_names_a_speech_by_its_place_with_a_word_before_it(
        built_settings: Settings) -> None:
    first = "What does speech 2 say should guide grassroots Party-building work?"
    earlier = ask(built_settings, first)
    history: list[dict[str, Any]] = [
        user(first), {"role": "assistant", "content": earlier.text, "answer": earlier}]
    a = ask(built_settings, "And the one-paragraph first speech?", history=history)
    assert a.citations and {c.passage.speech for c in a.citations} == {1}, a.text


def test_a_follow_up_asking_what_the_next_sentence_tells_is_answered_by_it(
        built_settings: Settings) -> None:
    history = [user("耒阳的创先争优活动哪天开始的?"), user("省里派人来检查过吗?")]
    a = ask(built_settings, "他们是怎么评价的?", history=history)
    assert not a.refused and "值得肯定" in a.text, a.text


def test_a_span_ahead_is_not_answered_by_another_span(built_settings: Settings) -> None:
    assert ask(built_settings, "京口区的“磐石计划”给社区未来五年的党建工作定了什么目标?").refused
    a = ask(built_settings, "京口区的“磐石计划”给社区近三年的党建工作定了什么目标?")
    assert not a.refused and "近三年" in a.text, a.text


def test_a_follow_up_asks_within_an_item_with_points_of_its_own(
        built_settings: Settings) -> None:
    # deep in the part: a sentence, not the part's points
    teams = [user("安徽那篇要抓好哪五支队伍?")]
    a = ask(built_settings, "第三支队伍那部分,省委书记专门去哪里调研了?", history=teams)
    assert not a.refused and "小岗村" in a.text, a.text
    # in the one point it names, what it asks there
    strands = [user("攀枝花那篇农村部分讲了哪三个“强化”?")]
    b = ask(built_settings, "第二个里头,集体经济要靠哪些路子壮大?", history=strands)
    assert not b.refused and "盘活集体资产资源" in b.text, b.text
    # how many points it has: its points
    c = ask(built_settings, "中间那个下面分了几项?", history=strands)
    assert _items(c) == ["第二", "一是", "二是", "三是"], c.text


def test_a_list_question_counting_what_an_item_is_one_of_gets_that_list(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那次农村党建会上说要重点抓的五拨人都是谁?")
    # (the scrape lost "第四," at a page break: that item opens "为重点,…大学生村官队伍建设")
    assert "五支队伍" in a.citations[0].quote, a.text
    assert _items(a) == ["第一", "第二", "第三", "第五"] and "大学生村官队伍建设" in a.text, a.text


def test_an_item_of_a_series_listed_in_a_sentence_is_named_by_its_place(
        built_settings: Settings) -> None:
    history = [user("安徽那篇讲农村党员队伍建设提了哪几项工作?"),
               user("第三项里的“五大载体”是哪五个?")]
    a = ask(built_settings, "参加第四个的党员能争当啥?", history=history)
    assert not a.refused and "代理表率" in a.text, a.text


def test_a_history_of_user_turns_is_read_as_the_conversation_went(
        built_settings: Settings) -> None:
    # the second question is answered from 篇四 because the first was about 耒阳 (asked
    # alone, it would be answered from another speech); a history without the answers (the
    # web chat keeps their texts only) must lead the third to the same answer
    questions = ["耒阳的创先争优活动哪天开始的?", "省里派人来检查过吗?"]
    replayed: list[dict[str, Any]] = []
    for question in questions:
        earlier = ask(built_settings, question, history=list(replayed))
        replayed += [user(question), {"role": "assistant", "content": earlier.text,
                                      "answer": earlier}]
    assert {c.passage.speech for c in earlier.citations} == {4}, earlier.text
    expected = ask(built_settings, "他们是怎么评价的?", history=replayed)
    assert "值得肯定" in expected.text, expected.text
    texts = [{"role": t["role"], "content": t["content"]} for t in replayed]
    for history in (texts, [user(q) for q in questions]):
        assert ask(built_settings, "他们是怎么评价的?", history=history).text == expected.text


def test_a_speech_described_by_its_place_its_length_or_its_order(
        built_settings: Settings) -> None:
    # the city of the speech about “三项活动”, and the speeches' word for an everyday one
    # (靠边站: 歇职)
    a = ask(built_settings,
            "那个搞“三项活动”的市,村干部不称职就让他先靠边站一阵子,这办法是让大家去学哪个镇?")
    assert not a.refused and "龙昌镇" in a.text, a.text
    # the speech of one short paragraph, the first
    b = ask(built_settings, "就一段话的那篇,说了半天最后想让全市这摊工作落到个啥结果上?")
    assert not b.refused and {c.passage.speech for c in b.citations} == {1}, b.text


def test_a_body_named_at_a_level_the_speeches_never_give_it_is_unmentioned(
        built_settings: Settings) -> None:
    a = ask(built_settings, "攀枝花要求乡镇建立的乡务监督委员会由谁组成?")
    assert a.refused and "乡务监督委员会" in a.text, a.text
    assert not ask(built_settings, "攀枝花要求建立的村务监督委员会主要监督什么?").refused


def test_an_english_count_of_another_thing_is_not_answered_by_this_things_figures(
        built_settings: Settings) -> None:
    # 篇四 gives the cut in cadres for its 623 villages' elections, none for its 53 communities'
    a = ask(built_settings, "How many cadres were trimmed in Leiyang's 53 community (residents') "
                            "committee elections?")
    assert a.refused and "number" in a.text, a.text
    b = ask(built_settings, "How many cadres were trimmed in Leiyang's 623 village two-committee "
                            "elections?")
    assert not b.refused and "197" in b.text, b.text


def test_how_often_is_answered_by_a_sentence_saying_how_often(built_settings: Settings) -> None:
    a = ask(built_settings,
            "安徽那篇说省里村、乡、县一起评比的那个老活动,多长时间考一回、多长时间奖一回?")
    assert not a.refused and "每年进行一次考核" in a.text, a.text
    # however far down those the question was let through for it scores, in a follow-up too
    b = ask(built_settings, "那安徽那篇讲三级联创,隔多久考一回、隔多久奖一回?",
            history=[user("沙雅搞“三级联创”申报的时候,哪些情况一律不批?")])
    assert not b.refused and "每年进行一次考核" in b.text, b.text


def test_a_follow_up_inherits_no_counted_term_to_ask_for_its_parts(
        built_settings: Settings) -> None:
    # "三项活动" is the question before's: the follow-up asks within what was just quoted
    a = ask(built_settings, "那承诺践诺评诺那一块,具体毛病在哪?",
            history=[user("篇七说上半年有些单位对“三项活动”思想认识不到位,体现在哪几块?")])
    assert not a.refused and "形式主义" in a.text, a.text


def test_a_detail_asked_of_an_item_by_its_place_is_found_in_its_body(
        built_settings: Settings) -> None:
    # "切身利益" is an idiom to jieba; the item's own words outweigh a word all its body says
    a = ask(built_settings, "第三个“先”里,点了哪些涉及群众切身利益的工作?",
            history=[user("京口那篇说基层党员干部要做到哪“三个先”?")])
    assert not a.refused and "土地征用" in a.text, a.text
    # a list asked of a thing its body names ("出路", which jieba tags a verb after 的)
    b = ask(built_settings, "第四支队伍将来的出路有哪几条?",
            history=[user("安徽那篇说要抓好哪五支队伍?")])
    assert not b.refused and "另行择业" in b.text, b.text


def test_which_two_places_is_answered_by_a_sentence_naming_two(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Which two townships in speech 7 still had not finished building "
                            "their convenience service centres?")
    assert not a.refused and "仙桥乡、道坪镇" in a.text, a.text


def test_a_question_of_everyday_words_and_this_year_is_off_topic(
        built_settings: Settings) -> None:
    # "今年" is far more common in the speeches (yearly reports) than in general Chinese
    a = ask(built_settings, "今年国庆节高速公路免费通行从哪天开始?")
    assert a.refused, a.text


def test_what_is_asked_of_deputies_is_not_what_a_speech_says_of_heads(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇里,离任的村副职干部每月能领多少生活补助?")
    assert a.refused, a.text
    b = ask(built_settings, "耒阳那篇里,离任的村主职干部每月能领多少生活补助?")
    assert not b.refused and "60元" in b.text, b.text


def test_a_figure_of_years_gone_is_no_one_years(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳今年上半年一共办了几期入党积极分子培训班?")
    assert a.refused, a.text
    b = ask(built_settings, "耒阳两年来一共办了几期入党积极分子培训班?")
    assert not b.refused and "70期" in b.text, b.text


def test_the_last_of_a_counted_list_is_no_count(built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那篇讲的五支队伍里,最后一支队伍建设以什么为重点?")
    assert not a.refused and "充分发挥作用" in a.text, a.text


def test_an_english_number_naming_a_programme_is_no_count(built_settings: Settings) -> None:
    # "185 project" is 篇七's “185”工程, beside "…等5个项目"
    a = ask(built_settings, "Guwang township 185 project introduced projects tea company pig farm")
    assert not a.refused and "瑞峰原生态茶叶" in a.text, a.text


def test_a_british_spelling_is_an_english_word(built_settings: Settings) -> None:
    a = ask(built_settings, "When Japan's LDP held its founding convention, what did its "
                            "'Organisational Activity Programme' say the party must do, "
                            "according to speech 2?")
    assert not a.refused and "经济团体" in a.text, a.text


def test_the_largest_of_a_set_is_not_its_average(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳建成的那164个村级组织活动场所里,面积最大的一个有多少平方米?")
    assert a.refused, a.text
    b = ask(built_settings, "耒阳建成的那164个村级组织活动场所,平均面积多大?")
    assert not b.refused and "161.6" in b.text, b.text


def test_more_after_a_modal_in_an_english_question_asks_no_count(
        built_settings: Settings) -> None:
    b = ask(built_settings, "In the Panzhihua speech, from which four kinds of people should more "
                            "township leadership members be picked?")
    assert not b.refused and "四类人员" in b.text, b.text


def test_the_meeting_a_named_speech_was_given_at_is_the_one_it_says_it_opens(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七开的是什么会?")
    assert not a.refused and "工作推进会" in a.text, a.text
    b = ask(built_settings, "耒阳那篇讲话是在啥会上讲的?")
    assert not b.refused and "现场经验交流会" in b.text, b.text
    c = ask(built_settings, "What was the occasion of speech 8?")
    assert not c.refused and "产业园区和农村基层党建工作会" in c.text, c.text


def test_a_list_whose_items_repeat_the_quoted_term_is_found_past_the_best_sentences(
        built_settings: Settings) -> None:
    # the park part's heading "着眼强化…" scores best; the rural part's items each open with 强化
    a = ask(built_settings, "产业园区那篇的农村部分提了哪几个“强化”?")
    assert not a.refused and "支部带村" in a.text and "依法治村" in a.text, a.text


def test_what_is_asked_of_township_secretaries_is_not_what_a_speech_says_of_village_cadres(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳市离任的乡镇党委书记每月生活补助是多少?")
    assert a.refused, a.text


def test_a_country_asked_is_not_given_by_countries_and_regions_counted(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Which country founded the first political party in 1679, "
                            "according to speech 2?")
    assert a.refused, a.text


def test_an_adverb_framing_a_follow_up_picks_no_sentence(built_settings: Settings) -> None:
    # "分别" frames the question; "…分别开展了两次作风建设民主评议" is no answer to it
    a = ask(built_settings, "这三项活动分别指什么?", history=[user("篇七开的是什么会?")])
    assert not a.refused and "创先争优、作风建设年、四帮四促" in a.text, a.text


def test_a_follow_up_opening_with_all_asks_about_what_was_just_said(
        built_settings: Settings) -> None:
    a = ask(built_settings, "都是在哪些企业里建的?",
            history=[user("耒阳那篇说在“两新”组织里建了多少个党组织?")])
    assert not a.refused and "日森源菇业" in a.text, a.text


def test_a_series_counted_as_aspects_answers_which_aspects_over_a_list_of_measures(
        built_settings: Settings) -> None:
    # "…围绕“转变职能”、…、“优化环境”五个方面深入查找突出问题", not "…以下五项重点措施:"
    a = ask(built_settings, "篇七里各乡镇查作风问题要从哪几个方面去查?")
    assert not a.refused and "转变职能" in best_quote(a), a.text


def test_a_count_asked_of_a_quoted_counted_name_is_a_figure_not_its_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "How many provincial 'Five Good' Party organisations did the city "
                            "win in speech 7?")
    assert not a.refused and "获省级“五好”党组织3个" in best_quote(a), a.text


def test_a_headcount_the_scrape_masked_is_not_given_by_another_figure_beside_it(
        built_settings: Settings) -> None:
    # "举办入党积极分子培训班70期,按标准、按程序发展党员20xx名"
    a = ask(built_settings, "耒阳两年来按程序发展党员的具体人数是多少?")
    assert a.refused, a.text


def test_a_part_of_a_code_quoted_in_straight_quotes_is_spelled_out_or_refused(
        built_settings: Settings) -> None:
    # 篇七 names its “6543” 工作思路 and never says what the 6 stands for
    a = ask(built_settings, "篇七'6543'工作思路中的'6'具体指哪六项?")
    assert a.refused, a.text


def test_things_counted_that_need_funds_are_counted_not_paid(built_settings: Settings) -> None:
    a = ask(built_settings, "How many village activity venues in the province were described as "
                            "old, dilapidated or cramped and needing locally raised funds?")
    assert not a.refused and "1140个活动场所" in a.text, a.text


def test_a_quoted_term_followed_by_a_phrase_of_its_own_is_asked_about(
        built_settings: Settings) -> None:
    # not the words naming 篇七's meeting ("…“三项活动”工作推进会"), dropped from the search
    a = ask(built_settings, "What are the 'three activities' the city in speech 7 is pushing?")
    assert not a.refused and "创先争优、作风建设年、四帮四促" in a.text, a.text


def test_a_speech_named_by_a_place_the_speeches_never_mention_is_a_near_miss(
        built_settings: Settings) -> None:
    a = ask(built_settings, "常宁那篇里,离任村主职干部的生活补助提到了每月多少?")
    assert a.refused and "常宁" in a.text, a.text


def test_what_a_masked_term_is_called_is_not_given(built_settings: Settings) -> None:
    a = ask(built_settings, "篇七说全市要深化一个“xxxx”工程创建,这个工程的名字到底叫什么?")
    assert a.refused, a.text


def test_a_month_asked_is_given_by_a_day_named_in_numerals(built_settings: Settings) -> None:
    # "“七・一”前夕,省委召开了全省党的基层组织建设工作会议,提出了紧紧围绕“两个率先”…"
    a = ask(built_settings, "According to the Jingkou district speech, what did the provincial "
                            "meeting held just before July 1 put forward?")
    assert not a.refused and "两个率先" in a.text, a.text


def test_a_code_quoted_is_given_with_what_its_figures_stand_for(built_settings: Settings) -> None:
    # "并按照“81145”的要求进行配置。" then "“8”是指…;两个“1”是指活动场所外要有…"
    a = ask(built_settings, "淮北搞的那种不砌院墙、敞开式的村部,院子外头还得立两样什么东西?")
    assert not a.refused and "一盏高杆灯和一根国旗杆" in a.text, a.text


def test_it_after_asking_a_speechs_meeting_asks_that_speechs_parts(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇八是个什么会?",
                 "它一共分几个部分讲?")
    assert not a.refused and a.citations[0].passage.speech == 8, a.text
    assert "三、强化组织领导" in a.text, a.text


def test_a_count_the_speech_gives_as_a_quoted_term_answers_how_many(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅县那篇说村级阵地建设要做到几个规范?")
    assert not a.refused and "“六规范”" in a.text, a.text


def test_an_item_named_by_what_it_is_about_in_english_follows_up_the_list(
        built_settings: Settings) -> None:
    a = converse(built_settings,
                 "In the Panzhihua speech, what talent programmes are mentioned for industrial "
                 "parks?",
                 "What's the name of the vanadium-titanium one?")
    assert not a.refused and "钒钛之光" in a.text, a.text


def test_a_point_of_an_item_of_the_list_just_quoted_is_that_point(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇八里农村那部分提了哪几个“强化”?",
                 "第三个强化里第一条措施是什么?")
    assert not a.refused and "一是建立健全村规民约" in a.text, a.text


def test_an_item_asked_by_number_is_the_one_labelled_so_where_the_scrape_lost_one(
        built_settings: Settings) -> None:
    # 篇六's second part runs (一)(二)(三)(五)(六)…: "第六条" is the one labelled (六)
    a = converse(built_settings, "沙雅那篇讲话第二部分“创新机制,狠抓落实”下面列了哪些条?",
                 "第六条讲的是啥?")
    assert not a.refused and a.text.startswith("据篇六：(六)加快村级阵地建设"), a.text


def test_one_in_charge_of_how_many_villages_is_answered_by_one_village(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "那个搞三项活动的推进会上,乡镇领导一人得包几个村?辖区里有厂子的又怎么办?")
    assert not a.refused and "每人必须联系辖区内的一个村" in a.text, a.text


def test_how_many_village_offices_counts_the_offices_not_villages(
        built_settings: Settings) -> None:
    a = ask(built_settings, "除了中央给钱盖的那批,省里还有多少个村部又破又小、得地方自己掏钱重建?")
    assert not a.refused and "1140个活动场所" in a.text, a.text


def test_a_quote_from_what_a_short_point_means_comes_under_that_point(
        built_settings: Settings) -> None:
    # "一要做学习上的先驱。在基层工作,直接面对的是…": the point says what its body is about
    a = ask(built_settings,
            "在京口区那次会上,讲话人说基层党员干部本事要过硬,头一条是要在哪方面带头?")
    assert not a.refused and "一要做学习上的先驱。" in a.text, a.text


def test_who_gave_praise_is_answered_by_the_bodies_that_did(built_settings: Settings) -> None:
    a = ask(built_settings, "Who gave high praise to the county's 'Five Major Projects' for rural "
                            "grassroots organisations?")
    assert not a.refused and "得到了地委、自治区党委的高度评价" in a.text, a.text


def test_a_detail_asked_of_an_item_is_quoted_where_the_item_gives_it(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇三说要着力抓好的五支队伍分别是哪些?",
                 "那第三支队伍现在一届干几年?")
    assert not a.refused and "任期缩短为两年" in a.text, a.text


def test_an_item_asked_by_number_of_a_list_the_best_sentence_is_deep_in(
        built_settings: Settings) -> None:
    # the best sentence is item four's body ("县委组织部在复查验收时…的不批"); its list's items
    # all end "…的不批。", as the question says
    a = ask(built_settings,
            "在新疆那个县开的现场会讲话里,评先进支部有几条卡死不批的规矩,头一条是啥?")
    assert not a.refused and a.text.startswith("据篇六：一是对申报对象不自查的不批。"), a.text


def test_the_examples_just_named_are_asked_in_a_follow_up(built_settings: Settings) -> None:
    a = converse(built_settings,
                 "耒阳在“两新”组织里建了多少个党组织?",
                 "举了哪几家企业?")
    assert not a.refused and "日森源菇业" in a.text, a.text


def test_places_asked_where_two_things_change_together_are_given(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Jingkou speech: which places are cited as examples where the lower "
                            "the level, the stronger the economy?")
    assert not a.refused and "在苏州、无锡等地" in a.text, a.text


def test_what_a_plan_is_called_is_answered_by_its_name(built_settings: Settings) -> None:
    a = ask(built_settings, "京口给社区、农村和私营企业党建定了三年奋斗目标的那个计划叫什么名字?")
    assert not a.refused and "“磐石计划”" in a.text, a.text


def test_he_and_there_follow_up_the_person_and_place_just_named(
        built_settings: Settings) -> None:
    a = converse(built_settings,
                 "篇三里讲选派干部时,省委书记专门去了哪里调研?",
                 "他在那里还做了什么?")
    assert not a.refused and "主持召开了部分选派干部座谈会" in a.text, a.text


def test_by_what_date_is_answered_by_the_deadline_set_after_the_task(
        built_settings: Settings) -> None:
    a = ask(built_settings, "In speech 7, by what date must the third work-style democratic "
                            "appraisal be completed?")
    assert not a.refused and "确保在7月30日前全面完成" in a.text, a.text
    # on what day something was done is not given by "今天"
    a = ask(built_settings, "On what exact date was the Leiyang on-site experience-exchange "
                            "meeting held?")
    assert a.refused, a.text


def test_the_meeting_of_another_speech_asked_next_is_that_speechs(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇五是谁召开的什么会?", "那篇六又是在什么会上?")
    assert not a.refused and "地区农村基层组织建设工作现场会议在我县成功召开" in a.text, a.text


def test_a_figure_of_a_code_is_answered_by_what_it_stands_for_or_refused(
        built_settings: Settings) -> None:
    # asked next, of the code just quoted: the sentence saying what the “8” stands for
    a = converse(built_settings, "淮北的村级活动场所“81145”是怎么配置的?",
                 "那个“8”具体是哪几间屋子?")
    assert not a.refused and a.text.count("是指") == 1 and "“8”是指" in a.text, a.text
    # 篇七 says how the “321” 模式 helps, never what its “3” stands for
    assert ask(built_settings, "篇七“321”帮扶模式里的“3”具体指什么?").refused


def test_the_first_few_items_are_asked_of_the_list_just_quoted(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇三说中央开展大学生村官选聘工作的目的主要有几个?", "头两个是啥?")
    assert not a.refused and "培养党政干部后备人才、为建设新农村培养骨干力量" in a.text, a.text


def test_places_listed_before_and_other_places_answer_which_cities(
        built_settings: Settings) -> None:
    # "城市" names no place (not 篇三, which says "城市"); "在苏州、无锡等地" names two
    a = ask(built_settings, "京口那篇拿哪两个城市举例,说越往下面越有钱是因为支部能带着干?")
    assert not a.refused and "在苏州、无锡等地" in a.text, a.text


def test_a_city_level_speech_is_not_the_one_speech_saying_city(
        built_settings: Settings) -> None:
    # "市里那篇": a city's speech, not 篇三 (the one that writes "市里"); "七十来年" is no
    # next year; the two parties counted are the two the best sentence names
    a = ask(built_settings, "市里那篇讲话拿国外的党做反面教材,说哪两个党执政七十来年一夜之间"
                            "丢了政权?")
    assert not a.refused and "苏联共产党和执政71年的墨西哥革命制度党" in a.text, a.text


def test_kinds_asked_of_a_quote_are_enumerated_right_after_it(
        built_settings: Settings) -> None:
    a = converse(built_settings, "第二篇说哪些外国老牌政党因为重视基层组织能长期执政?",
                 "那日本自民党在下面设了哪几种支部?")
    assert not a.refused and "市町村支部、行业支部、选举区支部" in a.text, a.text


def test_what_monthly_pay_asks_a_sum_the_speech_does_not_give(
        built_settings: Settings) -> None:
    a = ask(built_settings, "What monthly pay did Shaya county set for village Party branch "
                            "secretaries?")
    assert a.refused, a.text


def test_a_batch_is_the_round_of_a_thing_the_speech_counts_by_rounds(
        built_settings: Settings) -> None:
    # 篇三: "第二轮1989个村级组织活动场所"; its batches (批) are of dispatched cadres
    a = ask(built_settings, "安徽那次农村党建会上说,全省第二批要给多少个村盖村里开会办事的房子?")
    assert not a.refused and "1989个" in a.text, a.text
    assert ask(built_settings, "安徽第二批派下去驻村的干部,去的大多是啥样的村?").refused
    # the speech of the place asked, however its name is written ("安徽省": 篇三 says "安徽")
    a = ask(built_settings, "安徽省那篇讲村部建设的,眼下正在盖的第二批村里办公活动的地方一共有"
                            "多少个?")
    assert not a.refused and "1989个" in a.text, a.text


def test_an_english_classical_saying_is_the_saying_the_speech_quotes(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Which classical saying does speech two use to argue that the "
                            "foundation matters?")
    assert not a.refused and "九层之台,起于垒土" in a.text, a.text


def test_a_sum_in_millions_is_the_speeches_sum_in_ten_thousands(
        built_settings: Settings) -> None:
    # 篇四: "投入资金1714.3万元,完成了164个村级组织活动场所建设"
    a = ask(built_settings, "Leiyang village activity venues built with 17.14 million yuan "
                            "how many")
    assert "17.14" not in a.text, a.text  # not refused as a figure never given
    a = ask(built_settings, "Leiyang village activity venues built with 18.14 million yuan "
                            "how many")
    assert a.refused and "18.14" in a.text, a.text


def test_a_region_holding_the_places_a_speech_names_is_no_place_unmentioned(
        built_settings: Settings) -> None:
    # 篇五 never says "江苏"; its "在苏州、无锡等地" lie there (the dictionary says so)
    a = ask(built_settings, "京口区那篇讲话拿江苏哪两个地方当例子,说那里越往下经济越强?")
    assert not a.refused and "在苏州、无锡等地" in a.text, a.text
    a = ask(built_settings, "京口区那篇讲话拿浙江哪两个地方当例子,说那里越往下经济越强?")
    assert a.refused and "浙江" in a.text, a.text


def test_a_particle_joins_no_word_across_the_next_one(built_settings: Settings) -> None:
    # "评成了本市": no "成本市", a place no speech names
    a = ask(built_settings, "耒阳去年建的那些给党员放远程课的点里,有多少个被评成了本市的样板?")
    assert not a.refused and "创建市级示范站点105个" in a.text, a.text


def test_made_into_what_is_answered_by_what_it_is_to_be_built_into(
        built_settings: Settings) -> None:
    a = ask(built_settings, "区委开的那次基层组织会上,希望把区里的基层党组织打造成啥样,列了哪些"
                            "标准?")
    assert not a.refused and "经济富、机制健、手脚活" in a.text, a.text


def test_practices_to_be_borrowed_are_those_to_draw_on(built_settings: Settings) -> None:
    a = ask(built_settings, "Which townships' practices should be borrowed for widening training "
                            "channels for village cadres, according to the three-activities "
                            "meeting speech?")
    assert not a.refused and "借鉴兴隆乡、城厢镇的做法" in a.text, a.text


def test_a_meeting_held_at_a_level_names_the_one_speech_given_there(
        built_settings: Settings) -> None:
    # "省里开的那个…会": 篇三, the one provincial speech (not 篇四's "现场经验交流会")
    a = ask(built_settings, "省里开的那个农村党建会,看完现场后有几家单位上台讲了经验?")
    assert not a.refused and "六个单位进行了交流发言" in a.text, a.text


def test_a_speech_number_before_a_place_word_names_no_place(built_settings: Settings) -> None:
    # "篇二里头说": not 二里头, a place no speech names
    a = ask(built_settings, "篇二里头说,世界上靠党派来治国这种做法到现在大概有多少年了?")
    assert not a.refused and "政党政治已有300多年历史" in a.text, a.text


def test_another_speech_asked_a_question_of_its_own_is_answered_from_that_speech(
        built_settings: Settings) -> None:
    # the one sentence of 篇一 holding every word of the question's own part, weighed low by
    # a search led by the antecedent's words
    a = ask(built_settings, "那篇一呢?它说要开创什么局面?",
            history=[user("篇二结尾说要以优异成绩向什么献礼?")])
    assert not a.refused and "开创全市基层组织建设工作新局面" in a.text, a.text


def test_what_the_numbers_of_a_code_stand_for_in_english_is_refused_where_unsaid(
        built_settings: Settings) -> None:
    # 篇七 never says what "185" stands for (as "“185”工程三个数字分别代表什么?" is refused)
    a = ask(built_settings, "What precisely do the numbers of the '185' project in speech 7 "
                            "stand for?")
    assert a.refused, a.text


def test_a_kind_of_thing_asked_with_what_it_is_for_is_the_one_named_so(
        built_settings: Settings) -> None:
    # "什么样的删减原则": "按照“删繁就简就实”的原则", not "按照“小形式、大内容”的要求"
    a = ask(built_settings, "沙雅那篇讲话里,整理档案资料要按什么样的精简原则?")
    assert not a.refused and "删繁就简就实" in a.text, a.text


def test_the_parts_of_a_sum_are_the_parts_its_term_adds_up(built_settings: Settings) -> None:
    a = ask(built_settings, "那次农村党建加“三项活动”的推进会,村干部的工资按哪几块来发?")
    assert not a.refused and "基础报酬+绩效报酬+奖励报酬" in a.text, a.text


def test_kinds_asked_of_what_the_best_sentence_names_are_enumerated_after_it(
        built_settings: Settings) -> None:
    # "分支" as the speech calls them (支部), two sentences after the one naming the party
    a = ask(built_settings, "篇二里那个在日本长期执政的党,底下都有哪些分支?")
    assert not a.refused and "市町村支部、行业支部、选举区支部" in a.text, a.text


def test_an_average_age_asked_is_answered_in_years_or_refused(built_settings: Settings) -> None:
    # 篇五 gives no age: "两个座谈会" is no answer to it
    a = ask(built_settings, "What was the average age of village cadres in Jingkou district "
                            "after the election?")
    assert a.refused, a.text
    # 篇四 gives how much it fell, not what it is
    assert ask(built_settings, "耒阳换届以后,村干部的平均年龄是多少?").refused
    a = ask(built_settings, "耒阳换届以后,村干部的平均年龄降了几岁?")
    assert not a.refused and "平均年龄较上届降低5.4岁" in a.text, a.text


def test_a_later_item_of_a_series_announced_inline_is_answered_by_the_series(
        built_settings: Settings) -> None:
    # "重点是“三项权力”的确立和落实,即:强化规则制定权,…;强化议事提名权,…;强化执行监督权,…"
    # inside "二是…": the three, not the points around them
    a = ask(built_settings, "攀枝花那篇为了让村里支部说了算,具体给了哪几种权?")
    assert not a.refused, a.text
    for power in ("强化规则制定权", "强化议事提名权", "强化执行监督权"):
        assert power in a.text, a.text


def test_everyday_words_search_the_speeches_words_for_them(built_settings: Settings) -> None:
    # 挂钩: 联系
    a = ask(built_settings, "乡镇里当领导的,每个人要对口挂钩几个村子?")
    assert not a.refused and "每人必须联系辖区内的一个村" in a.text, a.text


def test_as_many_paragraphs_opening_alike_as_asked_answer_a_list_question(
        built_settings: Settings) -> None:
    a = ask(built_settings, "第二篇讲为什么要加强基层党建,给了哪三条理由?")
    assert not a.refused, a.text
    for head in ("这是历史的昭示", "这是时代的要求", "这是现实的选择"):
        assert head in a.text, a.text


def test_a_paragraph_opening_alike_asked_by_number_is_searched_for_the_follow_up(
        built_settings: Settings) -> None:
    first = user("第二篇讲为什么要加强基层党建,给了哪三条理由?")
    a = ask(built_settings, "第二条理由里引用了谁的话?", history=[first])
    assert not a.refused and "这是时代的要求" in a.text and "孙中山" in a.text, a.text
    a = ask(built_settings, "第二条理由里归纳了几个挑战?", history=[first])
    assert not a.refused and "概括起来有这么五个挑战" in a.text, a.text


def test_levels_run_together_are_no_place_never_mentioned(built_settings: Settings) -> None:
    # "村镇县三级": the levels of 篇三's "三级联创", no place
    a = ask(built_settings, "讲话里说村镇县三级一起评先进,多久考一回?")
    assert not a.refused and "每年进行一次考核" in a.text, a.text


def test_an_everyday_word_before_a_verb_is_no_name_never_mentioned(
        built_settings: Settings) -> None:
    # "路子走" (jieba: a name, 路 a surname): the way to go, 篇一's "明确思路"
    a = ask(built_settings, "第一篇说全市这块工作按什么路子走?")
    assert not a.refused and "明确思路" in a.text, a.text


def test_the_name_of_a_thing_asked_after_it_is_no_persons_name(
        built_settings: Settings) -> None:
    a = ask(built_settings, "那人才工程呢,叫什么名字?",
            history=[user("篇八园区人才方面要建立哪些制度?")])
    assert not a.refused and "千人计划" in a.text, a.text


def test_places_a_speech_is_described_by_are_not_where_the_answer_must_be(
        built_settings: Settings) -> None:
    # "提到谷汪乡、牛场镇的那篇" says which speech; the count is of any township's leaders
    a = ask(built_settings, "提到谷汪乡、牛场镇的那篇,乡镇班子成员每人要联系几个村?")
    assert not a.refused and "每人必须联系辖区内的一个村" in a.text, a.text


def test_a_masked_name_in_quotation_marks_hides_no_amount(built_settings: Settings) -> None:
    # "深化“xxxx”工程创建" in the best sentence: a project's name, not the count asked
    a = ask(built_settings, "推进“三项活动”的那个市,上半年各乡镇表彰了多少先进集体和个人?")
    assert not a.refused and "共表彰先进集体100个" in a.text, a.text


def test_a_list_of_as_many_as_asked_whose_item_holds_the_best_sentence_answers_it(
        built_settings: Settings) -> None:
    # the best sentence is in the body of "二要做发展中的先锋。", the second of the "三个先"
    a = ask(built_settings, "京口那篇说基层干部要在哪三方面走在前面?")
    assert not a.refused, a.text
    for item in ("一要做学习上的先驱", "二要做发展中的先锋", "三要做服务上的先进"):
        assert item in a.text, a.text


def test_a_percentage_asked_of_funds_is_a_share_not_a_sum(built_settings: Settings) -> None:
    a = ask(built_settings, "By what percentage did average operating funds per village "
                            "increase in Leiyang?")
    assert not a.refused and "增幅达43%" in a.text, a.text


def test_a_way_out_asked_in_everyday_words_is_the_speechs_channels(
        built_settings: Settings) -> None:
    # 去路: 出路, 通道 ("为大学生村官的出路提供了“五条通道”")
    a = ask(built_settings, "下到村里干活的大学毕业生,上面给安排了哪些去路?")
    assert not a.refused, a.text
    assert "考录国家公务员、留任村干部、自主创业、继续学习、另行择业" in a.text, a.text


def test_how_many_years_an_age_fell_is_counted_in_years_of_age(
        built_settings: Settings) -> None:
    a = ask(built_settings, "By how many years did the average age of Leiyang's new village "
                            "committees drop?")
    assert not a.refused and "平均年龄较上届降低5.4岁" in a.text, a.text


def test_kinds_asked_in_a_follow_up_are_enumerated_after_its_own_best_sentence(
        built_settings: Settings) -> None:
    # the answer before quoted no sentence naming the party: the follow-up's own best does
    a = ask(built_settings, "讲话里说日本那个党在基层都建了哪些支部?",
            history=[user("篇二说政党政治有多少年的历史?"),
                     user("那些长期执政的政党有什么共同规律?")])
    assert not a.refused and "市町村支部、行业支部、选举区支部" in a.text, a.text


def test_a_textbook_asked_in_english_is_the_speechs_teaching_material(
        built_settings: Settings) -> None:
    # the glossary: "textbook" is 教材, as the speeches call it
    a = ask(built_settings, "Which textbook do Party members' audio-visual education sessions "
                            "use in the Shaya county speech?")
    assert not a.refused and "新疆党员电教" in a.text, a.text


def test_a_named_kind_asked_prefers_a_close_sentence_naming_one_of_that_kind(
        built_settings: Settings) -> None:
    # "按照“删繁就简就实”的原则" over the best, "按照“小形式、大内容”的要求"
    a = ask(built_settings, "新疆那个县说整理存档材料要本着什么样的原则?")
    assert not a.refused and "删繁就简就实" in a.text, a.text


def test_the_name_of_a_document_asked_is_its_title(built_settings: Settings) -> None:
    a = ask(built_settings, "京口区委专门出了个文件来抓基层组织,文件起的是什么名字?")
    assert not a.refused and "《关于实施“磐石计划”" in a.text, a.text


def test_an_item_asked_by_number_and_the_lists_kind_is_that_item(
        built_settings: Settings) -> None:
    # "方面" is the lead-in's word ("…从以下四个方面来理解:一是…"), no description of item one
    a = ask(built_settings, "那第三个方面呢?",
            history=[user("安徽那篇讲开放式活动场所的作用,可以从哪几个方面理解?")])
    assert not a.refused and "三是进一步密切了党同人民群众的血肉联系" in a.text, a.text
    assert "一是进一步体现了" not in a.text, a.text


def test_a_question_of_another_field_is_refused_whatever_placeholder_it_asks_with(
        built_settings: Settings) -> None:
    # "内容" stands for whatever is asked: it ties the question to nothing the speeches say
    a = ask(built_settings, "今年全国高考语文作文考的是什么内容?")
    assert a.refused, a.text


def test_who_gave_a_speech_is_refused_where_no_sentence_names_the_speaker(
        built_settings: Settings) -> None:
    a = ask(built_settings, "全国农村基层党建工作座谈会上是谁作的讲话?")
    assert a.refused, a.text


def test_how_many_years_cadres_stay_in_the_village_is_their_term(
        built_settings: Settings) -> None:
    # 待几年: 任期 ("第四批选派干部任期缩短为两年")
    a = ask(built_settings, "省里选派下去的干部,这一批要在村里待几年?")
    assert not a.refused and "任期缩短为两年" in a.text, a.text


def test_years_describing_whom_a_question_asks_of_are_not_what_it_asks(
        built_settings: Settings) -> None:
    a = ask(built_settings, "在村里干几年的大学生,将来的出路有哪几条?")
    assert not a.refused and "考录国家公务员" in a.text, a.text


def test_whose_words_are_quoted_in_what_was_just_quoted_is_read_there(
        built_settings: Settings) -> None:
    a = ask(built_settings, "这里面引用了谁的话?",
            history=[user("篇二讲为什么要加强基层党建,给了哪三条理由?"),
                     user("第二条是时代的要求吗?")])
    assert not a.refused and "孙中山" in a.text, a.text


def test_whose_words_a_paragraph_named_by_its_opening_quotes(
        built_settings: Settings) -> None:
    # "改革要配套,增强凝聚力。胡锦涛指出,…": unquoted words, by whom the sentence opens with
    a = ask(built_settings, "篇五“改革要配套”这段引用了谁的话?")
    assert not a.refused and "胡锦涛指出" in a.text, a.text
    # naming someone the paragraph does not, it is not answered from it
    a = ask(built_settings, "篇五“改革要配套”这段引用了邓小平的哪句话?")
    assert "胡锦涛" not in a.text or a.refused, a.text


def test_an_item_asked_by_number_of_a_count_listed_inline_is_that_item(
        built_settings: Settings) -> None:
    # "…的目的主要有三个,即培养党政干部后备人才、为建设新农村培养骨干力量、…"
    a = ask(built_settings, "那第二个目的是啥?",
            history=[user("篇三说中央搞大学生村官选聘,主要为了什么?")])
    assert not a.refused and "为建设新农村培养骨干力量" in a.text, a.text
    assert "五支队伍" not in a.text, a.text


def test_a_principle_asked_in_english_prefers_a_sentence_naming_one(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Which principle does the Shaya county speech set for compiling "
                            "archive materials?")
    assert not a.refused and "删繁就简就实" in a.text, a.text


def test_parties_in_power_for_decades_are_asked_in_everyday_words(
        built_settings: Settings) -> None:
    # 掌权: 执政; 倒台: 丧失执政
    a = ask(built_settings, "篇二拿哪两个掌权几十年后又倒台的大党当反面例子?")
    assert not a.refused and "执政74年的苏联共产党" in a.text, a.text


def test_a_term_naming_the_meeting_that_describes_the_speech_is_not_asked_about(
        built_settings: Settings) -> None:
    # "“三项活动”推进会那个市" says which speech; the count is the commendations'
    a = ask(built_settings, "“三项活动”推进会那个市,上半年一共表扬了多少先进集体?")
    assert not a.refused and "先进集体100个" in a.text, a.text


def test_whom_a_question_names_to_say_which_speech_is_not_asked_about(
        built_settings: Settings) -> None:
    a = ask(built_settings, "In which year was the world's first political party founded, "
                            "according to the speech that quotes Sun Yat-sen?")
    assert not a.refused and "1679" in a.text, a.text


def test_a_full_name_asked_in_english_is_not_the_name_the_question_gives(
        built_settings: Settings) -> None:
    # "东明书记" is all speech 8 gives
    a = ask(built_settings, "What is Secretary Dongming's full name according to speech 8?")
    assert a.refused, a.text


def test_where_a_fault_lies_asks_its_cause_not_a_place(built_settings: Settings) -> None:
    a = ask(built_settings, "苏联共产党和墨西哥革命制度党丢掉执政地位,根子上出在哪儿?")
    assert not a.refused and "因循守旧" in a.text, a.text


def test_a_sentence_counting_as_many_as_asked_after_listing_them_is_the_list(
        built_settings: Settings) -> None:
    # "…围绕“转变职能”、…、“优化环境”五个方面深入查找…", not the numbered measures whose
    # first it is in ("…以下五项重点措施:一是继续深入查找作风突出问题。")
    a = ask(built_settings, "篇七中乡镇查找作风突出问题围绕的是哪五个方面?")
    assert not a.refused and "“转变职能”、“提高效率”" in a.text, a.text


def test_an_item_of_a_series_counted_inline_is_asked_by_its_place(
        built_settings: Settings) -> None:
    a = ask(built_settings, "那第二个方面呢?",
            history=[user("篇七说各乡镇要从哪五个方面去找作风上的毛病?")])
    assert not a.refused and "提高效率" in a.text, a.text


def test_a_saying_by_which_the_speech_is_described_is_not_what_is_asked(
        built_settings: Settings) -> None:
    a = ask(built_settings, "开篇引用“九层之台,起于垒土”的那篇,说世界上第一个政党哪年建立的?")
    assert not a.refused and "1679" in a.text, a.text


def test_the_meeting_asked_in_a_conversation_is_the_speech_just_quoted(
        built_settings: Settings) -> None:
    a = ask(built_settings, "这是在什么会上讲的?",
            history=[user("篇六说村级活动场所要建成什么样?")])
    assert not a.refused and "现场会议" in a.text, a.text


def test_whose_words_are_asked_a_close_sentence_quoting_someone_is_quoted(
        built_settings: Settings) -> None:
    # "胡锦涛指出,广大基层干部是党和国家的宝贵财富,…" over "我们的基层干部是京口…的宝贵财富"
    # (a probe's wording, `iz032`: the form arises from that conversation)
    a = ask(built_settings, "And which national leader does the speech quote on how valuable "
                            "grassroots cadres are?",
            history=[user("In the Jingkou district speech, what reforms are proposed to "
                          "improve incentives for grassroots cadres?")])
    assert not a.refused and "胡锦涛指出" in a.text, a.text


def test_a_follow_up_asking_how_long_of_another_speech_asks_a_length_of_time(
        built_settings: Settings) -> None:
    # not the count the question before asked ("规模有多大?"), again of 篇七
    a = ask(built_settings, "那篇七里,村干部到乡里跟班学习学多长时间?",
            history=[user("耒阳那篇里党员培训的规模有多大?")])
    assert not a.refused and "2至3个月" in a.text, a.text


def test_a_term_put_at_a_place_whose_speech_it_is_not_is_refused(
        built_settings: Settings) -> None:
    # 篇五 mentions 苏州 (where its cadres went to learn); the plan is 京口区's own
    a = ask(built_settings, "苏州那边搞的“磐石计划”给农村党建定了哪些目标?")
    assert a.refused, a.text
    a = ask(built_settings, "京口区的“磐石计划”给农村党建定了哪些目标?")
    assert not a.refused and "磐石计划" in a.text, a.text


def test_the_words_just_quoted_are_asked_whose_they_are(built_settings: Settings) -> None:
    a = ask(built_settings, "这句话是谁讲的?", history=[user("京口那篇怎么评价广大基层干部?")])
    assert not a.refused and "胡锦涛" in a.text, a.text


def test_a_follow_up_inside_the_item_just_quoted_is_not_its_numbered_point(
        built_settings: Settings) -> None:
    # "第二个是什么意思?" quoted the second "强化" with its points; "那里面" asks inside it,
    # not its "二是…"
    a = ask(built_settings, "那里面提到的“空壳村”,要在什么时候前消除?",
            history=[user("攀枝花那篇讲农村党组织领导核心作用,分了哪几个“强化”?"),
                     user("第二个是什么意思?")])
    assert not a.refused and "空壳村" in a.text, a.text


def test_a_model_asked_in_english_prefers_a_sentence_naming_one(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Under speech 7's four-helps-four-promotes work, what model were "
                            "helpers assigned by?")
    assert not a.refused and "“321”模式" in a.text, a.text


def test_a_point_announcing_a_count_is_answered_by_the_series_after_it(
        built_settings: Settings) -> None:
    # "二是确立和强化村党组织“三项权力”。" then "…即:强化规则制定权,…;强化议事提名权,…"
    a = ask(built_settings, "攀枝花那篇为了让村党支部当好主心骨,要确立哪三样权力?")
    assert not a.refused, a.text
    assert all(p in a.text for p in ("强化规则制定权", "强化议事提名权", "强化执行监督权")), a.text


def test_a_question_inside_an_item_named_by_its_place_is_asked_there(
        built_settings: Settings) -> None:
    # the third of "要统筹…" (党群一体化), though the second's opening says "组织"
    a = ask(built_settings, "第三个里头,哪些组织要跟党组织对应设置?",
            history=[user("篇二讲统筹兼顾要统筹哪几方面?")])
    assert not a.refused and "共青团" in a.text, a.text


def test_a_place_word_describing_a_mechanism_in_english_asks_no_place(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Which village democratic management mechanism does speech 7 "
                            "push forward?")
    assert not a.refused and "5+3" in a.text, a.text


def test_a_speech_named_by_the_kind_of_meeting_only_it_was_given_at(
        built_settings: Settings) -> None:
    # only 篇七 was given at a 推进会 ("…“三项活动”工作推进会"), and no speech tells of another
    a = ask(built_settings, "那次推进会上,乡里的领导每人得挂几个村?")
    assert not a.refused and "一个村(居)" in a.text, a.text


def test_a_word_jieba_tags_as_a_name_names_no_speaker(built_settings: Settings) -> None:
    # "市委将严格执行…": "严格执行" tagged a name, 严 a surname; the speaker is never named
    a = ask(built_settings, "推进会上讲话的那位领导叫什么名字?")
    assert a.refused, a.text


def test_a_point_named_by_its_heading_is_asked_more_of_in_its_paragraph(
        built_settings: Settings) -> None:
    # "工作要特色化。" alone does not say how far: its paragraph does
    a = ask(built_settings, "那工作要特色化呢,要做到什么程度?",
            history=[user("京口那篇讲话第二部分提出了哪几条要求?"),
                     user("发展要目标化是什么意思?")])
    assert not a.refused and "在全国有影响" in a.text, a.text


def test_a_day_asked_in_english_is_answered_where_the_speech_dates_it(
        built_settings: Settings) -> None:
    # "6月23日,省委创先争优活动督查组一行莅临耒阳,…", over sentences about the campaign
    # whose paragraphs are about no June
    a = ask(built_settings, "Leiyang speech: who came on June 23 to look at the "
                            "strive-for-excellence campaign?")
    assert not a.refused and "督查组" in a.text, a.text


def test_another_township_after_a_demonstrative_asks_the_question_before_of_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "那龙昌镇呢?",
            history=[user("篇七讲干部队伍建设时借鉴了哪些乡镇的做法?"),
                     user("兴隆乡、城厢镇那是什么做法?")])
    assert not a.refused and "歇职" in a.text, a.text


def test_cities_counted_by_zuo_are_the_places_asked(built_settings: Settings) -> None:
    # "江苏" is named nowhere; "在苏州、无锡等地" names cities in it
    a = ask(built_settings, "京口区那篇拿江苏哪两座城市作比较,说越往基层越有钱?")
    assert not a.refused and "苏州" in a.text, a.text


def test_townships_listed_before_the_rivers_they_lie_along_answer_which(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那次洪灾里,沿河哪些乡镇的党员干部带头抗洪?")
    assert not a.refused and "蔡子池" in a.text, a.text


def test_months_asked_of_each_are_answered_where_the_speech_gives_them(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七说让群众给干部作风打分的评议,上半年已经评过两回,分别是几月份?")
    assert not a.refused and "1月份和4月份" in a.text, a.text


def test_the_largest_asked_is_not_given_by_an_average(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那164个村级活动场所,面积最大的是多少平方米?")
    assert a.refused, a.text


def test_a_question_inside_a_yao_point_named_by_its_place_is_asked_there(
        built_settings: Settings) -> None:
    # "一要压实工作责任。…四要加强考核问责。…对履责不到位、措施不得力的,进行诫勉谈话"
    a = ask(built_settings, "第四要里,对没履行好责任的怎么处理?",
            history=[user("篇八第三部分强化组织领导讲了哪几个“要”?")])
    assert not a.refused and "诫勉谈话" in a.text, a.text


def test_reasons_asked_with_no_count_are_the_paragraphs_opening_alike(
        built_settings: Settings) -> None:
    # "这是历史的昭示:…" "这是时代的要求:…" "这是现实的选择:…"
    a = ask(built_settings, "篇二说为什么必须加强基层党建,是从哪几个方面论述的?")
    assert not a.refused, a.text
    assert all(r in a.text for r in ("这是历史的昭示", "这是时代的要求", "这是现实的选择")), a.text


def test_examples_asked_inside_what_was_just_quoted_are_where_it_gives_some(
        built_settings: Settings) -> None:
    a = ask(built_settings, "这里面举了哪些例子?",
            history=[user("耒阳那篇讲有的单位在党建上不愿创新,具体指什么?")])
    assert not a.refused and "比如村集体经济" in a.text, a.text


def test_an_old_saying_asked_of_a_reason_named_by_its_place_is_quoted(
        built_settings: Settings) -> None:
    # "这是历史的昭示:…" then "“以史为鉴,可以知兴替。”": "古话" asks what is quoted
    a = ask(built_settings, "第一条理由里用的是哪句古话?",
            history=[user("篇二讲必须加强基层党建的理由是哪三条?")])
    assert not a.refused and "以史为鉴" in a.text, a.text


def test_what_a_point_asks_to_strengthen_is_the_run_of_clauses_saying_it(
        built_settings: Settings) -> None:
    # "一要做学习上的先驱。…要加强思想理论的学习,…;加强经济工作…;加强民主政治…;加强工作方法…"
    a = ask(built_settings, "第一个先要加强哪些学习?",
            history=[user("篇五讲的“三个先”是哪三个?")])
    assert not a.refused, a.text
    assert all(s in a.text for s in ("加强思想理论的学习", "加强民主政治和法律法规的学习",
                                     "加强工作方法和办事艺术的学习")), a.text


def test_an_average_per_township_is_not_given_by_one_per_village(
        built_settings: Settings) -> None:
    # the speech gives "村均2.8万元…村均4万元" only
    a = ask(built_settings, "耒阳平均每个乡镇的运转经费有多少?")
    assert a.refused, a.text


def test_township_leaders_are_not_the_village_heads_a_figure_is_given_for(
        built_settings: Settings) -> None:
    # "全市离任村主职干部生活补助由每月30元提高到60元"
    a = ask(built_settings, "耒阳退下来的乡镇领导生活补助每月多少钱?")
    assert a.refused, a.text


def test_a_village_gone_to_that_jieba_takes_for_a_person_is_a_place_asked(
        built_settings: Settings) -> None:
    # 篇七's secretaries went to 华西村; 小岗村 is 篇三's
    a = ask(built_settings, "篇七组织村党组织书记到小岗村学习,去了多少名?")
    assert a.refused, a.text
    a = ask(built_settings, "篇七组织村党组织书记到华西村学习,去了多少名?")
    assert not a.refused and "67名" in a.text, a.text


def test_words_of_someone_the_speech_only_says_will_speak_are_refused(
        built_settings: Settings) -> None:
    # "等下,市委袁书记还将作重要讲话" gives none of his words; 李源潮's follow "批示指出:“…"
    a = ask(built_settings, "耒阳现场会上袁书记的讲话讲了什么内容?")
    assert a.refused, a.text
    a = ask(built_settings, "李源潮同志的批示讲了什么?")
    assert not a.refused and "开放村级组织活动场所很重要" in a.text, a.text


def test_a_person_put_at_a_village_no_paragraph_names_them_with_is_refused(
        built_settings: Settings) -> None:
    # the one who went to 小岗村 was 王金山
    a = ask(built_settings, "李源潮同志在小岗村调研时讲了什么?")
    assert a.refused, a.text
    a = ask(built_settings, "王金山到小岗村调研的是什么工作?")
    assert not a.refused and "调研选派工作" in a.text, a.text


def test_three_teams_asked_in_english_are_the_speechs_three_contingents(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Panzhihua: three teams to build in park enterprises?")
    assert not a.refused and "三支队伍" in a.text, a.text


def test_a_year_the_speech_writes_by_its_last_two_digits_is_mentioned(
        built_settings: Settings) -> None:
    # "不管是“98年的抗洪”、还是“03年的非典”、“08的汶川地震”"
    a = ask(built_settings, "篇二提到2003年的什么事?")
    assert not a.refused and "非典" in a.text, a.text


def test_examples_of_townships_asked_inside_what_was_quoted_are_where_it_names_them(
        built_settings: Settings) -> None:
    # "余庆乡坚持以制度管人理事,…;导子乡全面实施“村为主”工程,…;永济镇重拾…"
    a = ask(built_settings, "这里面举了哪些乡镇的例子?",
            history=[user("耒阳乡镇和村的党组织书记搞“双述双评”带来了哪些变化?")])
    assert not a.refused and "余庆乡坚持以制度管人理事" in a.text, a.text


def test_a_meeting_of_another_sector_than_the_one_the_speech_names_is_refused(
        built_settings: Settings) -> None:
    # 篇三 names the "全国农村基层党建工作座谈会" only
    a = ask(built_settings, "篇三说全国城市基层党建工作座谈会对党员培训提了什么要求?")
    assert a.refused, a.text
    a = ask(built_settings, "篇三说全国农村基层党建工作座谈会对党员培训提了什么要求?")
    assert not a.refused and "全国农村基层党建工作座谈会要求" in a.text, a.text


def test_a_season_asked_is_given_by_its_farming_season(built_settings: Settings) -> None:
    # "乡(镇)场要利用春播完毕农闲时期,举办“三支队伍”培训班"
    a = ask(built_settings, "沙雅春天忙完地里活以后要办什么培训班?")
    assert not a.refused and "春播完毕农闲时期" in a.text, a.text


def test_what_a_quotation_is_cited_to_show_is_the_claim_before_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "引这句话是要说明什么?",
            history=[user("篇二里孙中山先生的话是怎么说的?")])
    assert not a.refused and "这是时代的要求" in a.text, a.text


def test_a_city_a_provinces_speech_tells_another_citys_deed_of_is_refused(
        built_settings: Settings) -> None:
    # "淮北市积极探索建设开放式村级组织活动场所,…按照“81145”的要求进行配置"
    a = ask(built_settings, "合肥市的村级活动场所按什么标准配置?")
    assert a.refused, a.text


def test_what_someone_should_not_do_asked_in_english_is_what_is_not_to_be_done(
        built_settings: Settings) -> None:
    # "大学生村官不宜兼任村以外的职务,不宜经常开展…,不宜以县为单位…"
    a = ask(built_settings, "What shouldn't college-graduate village officials do in Anhui?")
    assert not a.refused and "不宜兼任村以外的职务" in a.text, a.text


def test_a_deadline_asked_in_english_keywords_is_the_day_set_after_the_task(
        built_settings: Settings) -> None:
    # "在7月份又要开展第三次作风建设民主评议。…确保在7月30日前全面完成。"
    a = ask(built_settings, "Speech 7: deadline of the third work-style appraisal")
    assert not a.refused and "7月30日前" in a.text, a.text


def test_a_suffix_after_a_character_that_opens_no_place_names_none(
        built_settings: Settings) -> None:
    # "评上市里示范": no place "上市"; "…创建市级示范站点105个"
    a = ask(built_settings, "耒阳去年建成的远程教育站点里,评上市里示范的有几个?")
    assert not a.refused and "105个" in a.text, a.text


def test_a_body_stated_before_the_question_turns_to_another_is_not_the_one_asked(
        built_settings: Settings) -> None:
    # "全市离任村主职干部生活补助由每月30元提高到60元": the village heads' only
    a = ask(built_settings, "耒阳离任村主职干部补助涨到了60元,那离任的乡镇干部涨到了多少?")
    assert a.refused, a.text


def test_a_count_of_marked_out_townships_is_not_given_by_one_of_villages(
        built_settings: Settings) -> None:
    # "在10月底前要完成对高坪镇英坪村等7个重点村专项督促、检查、审计工作"
    a = ask(built_settings, "篇七那个市十月底以前得审计完多少个重点乡镇?")
    assert a.refused, a.text
    a = ask(built_settings, "篇七那个市十月底以前得审计完多少个重点村?")
    assert not a.refused and "7个重点村" in a.text, a.text


def test_a_count_of_other_things_does_not_answer_how_many_of_what_is_asked(
        built_settings: Settings) -> None:
    # 篇五 counts "两个座谈会", no sites; the 449 sites are 耒阳's
    a = ask(built_settings, "京口区建了多少个远程教育站点?")
    assert a.refused, a.text


def test_a_name_the_scrape_left_blank_is_refused_when_asked(built_settings: Settings) -> None:
    # "推行“”工作机制的乡镇都有明确的月运行计划"
    a = ask(built_settings, "沙雅推行的那个“工作机制”叫什么名字?")
    assert a.refused and "具体内容" in a.text, a.text


def test_a_users_own_phrase_in_quotes_is_no_term_the_speeches_never_use(
        built_settings: Settings) -> None:
    # "要走在头里" is the user's way of saying the "三个先", not a coined term
    a = ask(built_settings, "京口区讲话对基层干部提了三个“要走在头里”的要求,分别是什么?")
    assert not a.refused and "篇五" in a.text, a.text


def test_an_english_everyday_question_naming_nothing_of_the_speeches_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "What's a sensible way for a grown-up beginner to learn the piano?")
    assert a.refused, a.text


def test_a_keyword_query_opening_with_an_ordinal_speech_names_that_speech(
        built_settings: Settings) -> None:
    a = ask(built_settings, "first speech: what does it want the whole city to build?")
    assert not a.refused and a.citations and a.citations[0].passage.speech == 1, a.text


def test_how_many_points_a_passage_sums_up_is_answered_by_its_points(
        built_settings: Settings) -> None:
    # "概括起来有这么五个挑战:一是…"
    a = ask(built_settings, "篇二说基层党组织面临的新挑战,一共概括成几条?")
    assert not a.refused and "五个挑战" in a.text, a.text


def test_a_few_asked_for_is_no_count(built_settings: Settings) -> None:
    # "…哪些旧习惯?举几个": "改变习惯于办事拖拉…;改变习惯于在“官本位”意识作用下…"
    a = ask(built_settings, "篇二要求干部改掉哪些旧习惯?举几个")
    assert not a.refused and "改变习惯于" in a.text, a.text


def test_a_name_asked_after_the_thing_it_names_is_no_persons(built_settings: Settings) -> None:
    a = ask(built_settings, "篇二说社区党建要开展个什么活动把驻区单位联起来?叫啥名?")
    assert not a.refused and "三联三增" in a.text, a.text


def test_the_name_of_a_thing_the_scrape_masked_is_refused_as_its_content(
        built_settings: Settings) -> None:
    # "深化“xxxx”工程创建": the name is masked, and no person's is asked
    a = ask(built_settings, "篇七上半年还在深化创建一个什么工程?叫啥名?")
    assert a.refused and "具体内容" in a.text, a.text


def test_a_townships_leading_team_is_not_the_village_two_committees_a_figure_is_given_for(
        built_settings: Settings) -> None:
    # "全面完成了全市623个行政村的村两委换届,共精减干部197名"
    a = ask(built_settings, "耒阳乡镇领导班子这次换届精简了几个人?")
    assert a.refused, a.text


def test_some_others_of_a_kind_are_no_count_asked(built_settings: Settings) -> None:
    # "其他几个组织": the others, not how many
    a = ask(built_settings, "攀枝花那篇讲话里,村里有大事时村党组织要怎么召集其他几个组织商量?")
    assert not a.refused and "篇八" in a.text, a.text


def test_a_thing_whose_name_the_scrape_left_blank_is_refused_when_its_name_is_asked(
        built_settings: Settings) -> None:
    # "推行“”工作机制", asked without quotes
    a = ask(built_settings, "沙雅持续推进的那个工作机制叫什么名字?")
    assert a.refused and "具体内容" in a.text, a.text


def test_people_a_title_names_counted_by_the_piece_are_counted_as_people(
        built_settings: Settings) -> None:
    # "从大学生村官中培养了“衡阳市劳动模范”1人"
    a = ask(built_settings, "耒阳的大学生村官里出了几个劳模?")
    assert not a.refused and "劳动模范”1人" in a.text, a.text


def test_city_leaders_are_not_the_township_teams_a_duty_is_set_for(
        built_settings: Settings) -> None:
    # "乡镇(办事处)党政领导班子成员每人必须联系辖区内的一个村(居)"
    a = ask(built_settings, "篇七说市级领导每人得挂钩几个村?")
    assert a.refused, a.text


def test_a_township_committees_election_is_not_the_village_two_committees(
        built_settings: Settings) -> None:
    # "全面完成了全市623个行政村的村两委换届,共精减干部197名"
    a = ask(built_settings, "耒阳的乡镇党委换完届,干部精简掉多少名?")
    assert a.refused, a.text
    a = ask(built_settings, "耒阳的村两委换完届,干部精简掉多少名?")
    assert not a.refused and "197名" in a.text, a.text


def test_a_plan_named_after_a_few_words_is_no_persons_name(built_settings: Settings) -> None:
    # "制定出台了《关于实施“磐石计划”,…的意见》"
    a = ask(built_settings, "京口区委出台的那份文件,起了个什么名字的计划?")
    assert not a.refused and "磐石计划" in a.text, a.text


def test_a_term_qualified_by_one_level_in_words_is_not_given_at_another(
        built_settings: Settings) -> None:
    # "完成了164个村级组织活动场所建设,平均面积达161.6平方米": the villages'
    a = ask(built_settings, "耒阳乡镇一级的活动场所平均多大面积?")
    assert a.refused, a.text


def test_a_list_asked_past_the_speechs_plan_is_one_close_in_score_of_its_own(
        built_settings: Settings) -> None:
    # "先讲三点意见:" is the speech's plan; "…取得了明显成效。主要体现在以下几个方面:" leads
    # into the achievements asked
    a = ask(built_settings, "耒阳讲话回顾了这几年农村党建的成绩,分了哪几条?")
    assert _items(a)[:3] == ["1、", "2、", "3、"], a.text
    assert "先讲三点意见" not in a.text, a.text


def test_a_step_from_an_item_asked_by_number_counts_on_in_its_list(
        built_settings: Settings) -> None:
    # the second team was quoted with its own points ("一要…" "二要…" "三要…"): the third
    # asked next is the third team, not its third point
    a = converse(built_settings, "安徽那篇要抓的五支队伍是哪些?", "第二支以什么为重点?",
                 "那第三支呢?")
    assert best_quote(a).startswith("第三,以高标准严要求为重点"), a.text


def test_words_quoted_cut_short_are_answered_by_the_sentences_saying_them(
        built_settings: Settings) -> None:
    # "二要以创新的载体来推动。" "三要以创新的途径来推进。" (the scrape lost the first)
    a = ask(built_settings, "篇二连用了几个“要以创新的……”来讲改革创新?")
    assert [c.quote for c in a.citations] == ["二要以创新的载体来推动。",
                                              "三要以创新的途径来推进。"]


def test_a_list_asked_of_a_kind_is_the_one_whose_lead_in_names_it(
        built_settings: Settings) -> None:
    # the best sentence is deep in the second problem's paragraph ("不少单位在农村党建工作中,
    # 总是按照习惯的思维定式…"): the list is "…新问题也随之出现,主要体现在:" and its five
    a = ask(built_settings, "耒阳讲话说农村党建存在哪些新问题?")
    assert _items(a) == ["第一", "第二", "第三", "第四", "第五"], a.text


def test_a_short_term_quoted_is_asked_of_the_list_whose_items_quote_it(
        built_settings: Settings) -> None:
    # "第一,强化“支部带村”…" "第二,强化“实业兴村”…" "第三,强化“依法治村”…", not a sentence
    # merely holding "村" in clauses
    a = ask(built_settings, "篇八强化了哪几个“村”?")
    assert _items(a) == ["第一", "第二", "第三"], a.text


def test_the_second_asked_alone_steps_on_from_the_paragraph_of_the_first(
        built_settings: Settings) -> None:
    # "The first one" was answered from inside "这是历史的昭示:…"'s paragraph
    a = converse(built_settings, "Speech 2 lists reasons why grassroots Party building matters.",
                 "The first one is history's lesson, isn't it?", "What about the second?")
    assert best_quote(a).startswith("这是时代的要求"), a.text


def test_a_term_quoted_in_number_words_is_the_one_written_in_figures(
        built_settings: Settings) -> None:
    # "省委组织部对大学生村官提出了“6+1”的岗位职责"
    a = ask(built_settings, "篇三大学生村官的“六加一”岗位职责是哪个部门提出的?")
    assert not a.refused and "省委组织部" in a.text, a.text


def test_parts_counted_are_the_parts_a_term_adds_up(built_settings: Settings) -> None:
    # "“基础报酬+绩效报酬+奖励报酬”": split into parts ("拆成"), close in score to a
    # sentence naming the pay alone
    a = ask(built_settings, "村干部的报酬拆成了几块?")
    assert not a.refused and "基础报酬+绩效报酬+奖励报酬" in a.text, a.text
    b = ask(built_settings, "村干部工资现在分几块算?")
    assert best_quote(b).startswith("认真落实村干部“基础报酬+绩效报酬+奖励报酬”制度"), b.text


def test_a_holiday_quoted_that_no_speech_names_is_not_mentioned(
        built_settings: Settings) -> None:
    # "在今年全省“七一”庆祝大会上命名表彰": not at a Spring Festival gathering
    a = ask(built_settings, "篇七那个市在全省“春节”团拜会上得了什么表彰?")
    assert a.refused and "春节" in a.text, a.text


def test_the_one_item_asked_by_number_counts_on_in_its_series(
        built_settings: Settings) -> None:
    # "Begin with the first." quotes "…即:强化规则制定权,…;" alone; the second of that
    # series is "强化议事提名权,…;"
    a = converse(built_settings, "Name the three powers of village Party organisations in "
                 "speech 8.", "Begin with the first.", "What about the second?")
    assert best_quote(a).startswith("强化议事提名权"), a.text


def test_a_day_asked_of_a_deed_dated_by_its_month_is_the_day_its_speech_gives(
        built_settings: Settings) -> None:
    # "今年5月,又全面启动了创先争优活动" scores best; "从今年5月19日我市启动这项活动以来"
    # gives the day, not "6月23日,省委…督查组一行莅临耒阳", which scores closer
    a = ask(built_settings, "耒阳的创先争优活动是几月几号启动的?")
    assert any(c.quote.startswith("从今年5月19日") for c in a.citations), a.text
    assert "6月23日" not in a.text, a.text


def test_a_figure_a_keyword_query_states_finds_the_sentence_giving_it(
        built_settings: Settings) -> None:
    # "…村级组织运转经费由20xx年村均2.8万元,提高到20xx年的村均4万元,增幅达43%"
    a = ask(built_settings, "village organization operating funds per village rose 43%")
    assert "增幅达43%" in best_quote(a), a.text


def test_a_list_named_by_examples_of_its_items_is_the_list_they_open(
        built_settings: Settings) -> None:
    # "(带村、治村之类)": "第一,强化“支部带村”…" "第二,强化“实业兴村”…" "第三,强化“依法治村”…"
    a = ask(built_settings, "攀枝花讲农村那部分,着力点分别叫啥(带村、治村之类)?")
    assert _items(a) == ["第一", "第二", "第三"], a.text


def test_a_step_counted_by_ge_goes_on_in_the_list_counted_by_another_unit(
        built_settings: Settings) -> None:
    # "第一支" then "第四个": the fourth team ("…为重点,全面加强大学生村官队伍建设。")
    a = converse(built_settings, "安徽讲话要抓的五支队伍里,第一支是哪支?", "那第四个呢?")
    assert "大学生村官队伍建设" in best_quote(a), a.text


def test_an_age_that_became_smaller_is_a_change_asked(built_settings: Settings) -> None:
    # "平均年龄较上届降低5.4岁" answers "小了几岁"
    a = ask(built_settings, "耒阳村两委换届后干部平均年纪小了几岁?")
    assert not a.refused and "5.4岁" in a.text, a.text


def test_an_ordinal_after_a_list_asked_counts_that_list_not_a_step_along_the_one_before(
        built_settings: Settings) -> None:
    # "第一个…下面分了哪几条?" lists its points ("一是…" "二是…" "三是…"): "第三条" is its third,
    # not the third "强化"
    a = converse(built_settings, "攀枝花讲话农村那部分提了哪几个“强化”?",
                 "第一个“支部带村”下面分了哪几条?", "第三条里说了什么?")
    assert best_quote(a).startswith("三是健全“三项制度”"), a.text


def test_an_item_named_by_its_words_is_counted_inside_by_the_ordinal(
        built_settings: Settings) -> None:
    # "“实业兴村”里头排第一的": that item's first point, not the first "强化"
    a = converse(built_settings, "攀枝花讲话农村那部分提了哪几个“强化”?",
                 "“实业兴村”里头排第一的是什么?")
    assert best_quote(a).startswith("一是要壮大村级集体经济"), a.text


def test_an_item_of_the_last_part_is_counted_in_that_part(built_settings: Settings) -> None:
    # "最后一部分的第一条": part three's "一要压实工作责任。", not part one's first point; so too
    # in a follow-up naming the speech
    a = ask(built_settings, "篇八最后一部分的第一条是什么?")
    assert best_quote(a).startswith("一要压实工作责任"), a.text
    b = converse(built_settings, "篇七讲了哪几个部分?", "那篇八最后一部分的第一条呢?")
    assert best_quote(b).startswith("一要压实工作责任"), b.text


def test_operating_funds_in_english_are_the_speeches_running_funds(
        built_settings: Settings) -> None:
    # "村级组织运转经费由20xx年村均2.8万元,提高到20xx年的村均4万元,增幅达43%"
    a = ask(built_settings, "In Leiyang, by how much did average operating funds per village "
            "rise, and by what percentage?")
    assert not a.refused and "增幅达43%" in a.text, a.text


def test_an_english_level_the_speech_gives_no_figure_at_is_refused(
        built_settings: Settings) -> None:
    # "创建市级示范站点105个,衡阳市级示范站点5个": none at the provincial level
    a = ask(built_settings, "How many provincial-level model remote-education sites did "
            "Leiyang build?")
    assert a.refused, a.text
    b = ask(built_settings, "How many city-level model remote-education sites did Leiyang build?")
    assert not b.refused and "105" in b.text, b.text


def test_a_village_put_in_another_township_than_the_speechs_is_refused(
        built_settings: Settings) -> None:
    # "牛场镇双龙等6个村被命名为州级集体经济强村": not 谷汪乡's
    a = ask(built_settings, "谷汪乡双龙村等六个村被命名为啥?")
    assert a.refused, a.text


def test_a_count_masked_in_the_sentence_giving_the_span_asked_is_refused(
        built_settings: Settings) -> None:
    # "两年来,…按标准、按程序发展党员20xx名。": the two years' count is masked; "新发展党员66
    # 名" scores as well but counts the "两新" organisations' only
    a = ask(built_settings, "两年里耒阳一共发展了多少名党员?")
    assert a.refused, a.text


def test_a_place_taken_for_a_person_opening_the_question_is_a_place_not_named(
        built_settings: Settings) -> None:
    # jieba tags 岳阳 as a name; the speeches name 耒阳's "两新" organisations only
    a = ask(built_settings, "岳阳在农村“两新”组织里建了多少个党组织?")
    assert a.refused and "岳阳" in a.text, a.text


def test_how_a_share_compares_is_answered_in_words(built_settings: Settings) -> None:
    # "目前,我市党员比例低于全国党员比例的平均水平。": no figure, which way
    a = ask(built_settings, "耒阳党员的比例和全国比起来怎么样?")
    assert not a.refused and "低于全国党员比例" in a.text, a.text


def test_aspects_of_a_kind_are_asked_of_the_list_announcing_that_kind(
        built_settings: Settings) -> None:
    # "哪几方面的问题": "…新问题也随之出现,主要体现在:" and its five; the third is "第三,…"
    a = converse(built_settings, "耒阳讲话说农村党建眼下有哪几方面的问题?", "第三个是什么?")
    assert best_quote(a).startswith("第三,班子的不团结"), a.text


def test_a_person_put_at_a_meeting_no_paragraph_names_them_with_is_refused(
        built_settings: Settings) -> None:
    # 东明书记 gave his instruction at the province's meeting on parks and villages
    a = ask(built_settings, "东明书记在全国农村基层党建工作座谈会上强调了什么?")
    assert a.refused and "东明书记与全国农村基层党建工作座谈会" in a.text, a.text


def test_a_person_put_in_a_city_no_paragraph_names_them_with_is_refused(
        built_settings: Settings) -> None:
    # 王金山 went to 凤阳县小岗村; 淮北市 is where the meeting's delegates went
    a = ask(built_settings, "王金山书记在淮北市看开放式村部时说了什么?")
    assert a.refused and "王金山与淮北市" in a.text, a.text


def test_a_surname_and_address_the_speech_writes_with_the_given_name_is_mentioned(
        built_settings: Settings) -> None:
    # "孙中山先生早就说过:“世界潮流,浩浩荡荡,顺之则昌,逆之则亡。”"
    a = ask(built_settings, "篇二里孙先生那句讲世界潮流的话原文是什么?")
    assert not a.refused and "顺之则昌" in a.text, a.text


def test_the_last_one_counted_by_the_same_unit_steps_along_the_list(
        built_settings: Settings) -> None:
    # "第一支…" then "最后那支": the fifth team, not the first team's last point
    a = converse(built_settings, "篇三说要抓好五支队伍,都是哪五支?", "第一支是哪个队伍?",
                 "最后那支呢")
    assert best_quote(a).startswith("第五,以充分发挥作用为重点"), a.text


def test_the_last_round_a_speech_reports_done_is_the_round_before_asked(
        built_settings: Settings) -> None:
    # "20xx年,…全面完成了全市623个行政村的村两委换届,…平均年龄较上届降低5.4岁": the last
    # round, which the question calls "上一轮"; one before another it names is still refused
    a = ask(built_settings, "耒阳那次推进会说上一轮村两委换届完成以后,干部平均年轻了几岁?")
    assert not a.refused and "5.4岁" in a.text, a.text
    assert ask(built_settings, "耒阳在623个村那轮换届之前的上一轮,村干部减了多少人?").refused


def test_whose_words_are_quoted_is_answered_by_the_sentence_giving_them(
        built_settings: Settings) -> None:
    # the question's paraphrase shares few words with "列宁说过,马克思主义政党和资产阶级政党…"
    a = ask(built_settings, "京口区讲话里拿哪位外国革命领袖的话,说明咱们党跟资本家的政党不同?")
    assert best_quote(a).startswith("列宁说过"), a.text
    # words the question quotes must be those the person says
    assert ask(built_settings, "篇二开头引的“九层之台,起于垒土”,讲话里说这话是谁讲的?").refused


def test_an_ordinal_calling_items_by_their_opening_word_counts_that_list(
        built_settings: Settings) -> None:
    # the answer before quotes item one's own points ("一是…" "二是确立和强化…"); "第二个强化"
    # counts the items opening with 强化
    a = converse(built_settings, "篇八讲的强化“支部带村”指什么?", "第二个强化呢?")
    assert best_quote(a).startswith("第二,强化“实业兴村”"), a.text


def test_a_list_asked_by_what_its_lead_in_and_the_sentence_before_call_it(
        built_settings: Settings) -> None:
    # "…取得了明显成效。" "主要体现在以下几个方面:" over "…新问题也随之出现,主要体现在:"
    a = converse(built_settings, "篇四讲耒阳这几年农村党建成效主要体现在哪几块?", "第三点是啥?")
    assert best_quote(a).startswith("3、活动阵地得到巩固"), a.text


def test_a_short_quoted_term_ending_each_item_asks_for_those_items(
        built_settings: Settings) -> None:
    # "发展要目标化。" "工作要特色化。" "活动要经常化。"
    a = ask(built_settings, "京口那篇想把党组织打造成“磐石”,工作上要做到哪几个“化”?")
    quotes = [c.quote for c in a.citations]
    assert {"发展要目标化。", "工作要特色化。", "活动要经常化。"} <= set(quotes), a.text


def test_a_round_of_a_thing_the_speeches_count_by_another_number_is_not_mentioned(
        built_settings: Settings) -> None:
    # they say "第二轮1989个村级组织活动场所建设"
    a = ask(built_settings, "我省第三轮村级组织活动场所建设要建多少个?")
    assert a.refused and "第三轮" in a.text, a.text


def test_the_means_asked_is_the_sentence_doing_it_by_that_means(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅那篇讲党员电化教育,主要靠什么手段?")
    assert best_quote(a).startswith("继续坚持党员电化教育以电视手段为主"), a.text


def test_places_asked_are_named_where_they_stand_over_a_list_close_by(
        built_settings: Settings) -> None:
    # "在苏州、无锡等地,…" over "二要做发展中的先锋。"; "越…越富" names no place
    for question in ("京口那个讲话说别的地方越往下越有钱,举了哪两个城市做例子?",
                     "京口那次讲话说,别处越往基层越富,举了哪两个城市的例子?"):
        a = ask(built_settings, question)
        assert best_quote(a).startswith("在苏州、无锡等地"), (question, a.text)


def test_an_operating_budget_is_the_speeches_operating_funds(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Leiyang village operating budget increase percentage")
    assert "增幅达43%" in a.text, a.text


def test_examples_asked_after_a_claim_are_the_places_right_after_it(
        built_settings: Settings) -> None:
    # "…创造了系列可推介传承的宝贵经验。" then "余庆乡坚持…;" "导子乡…;" "永济镇…。"
    a = converse(built_settings, "篇四里“双述双评”搞得怎么样?", "举了哪些例子?")
    quotes = [c.quote for c in a.citations]
    assert [q[:3] for q in quotes] == ["余庆乡", "导子乡", "永济镇"], a.text


def test_the_name_of_an_education_campaign_is_no_person_s_name(
        built_settings: Settings) -> None:
    # "…的教育,叫什么名字?" names a campaign: "中央将在全国范围内开展保持共产党员先进性教育活动"
    a = ask(built_settings, "京口那篇说明年要在全国开展一场保持党员先进样子的教育,叫什么名字?")
    assert not a.refused and "先进性教育活动" in a.text, a.text


def test_a_work_meeting_of_another_scope_is_not_the_one_the_speech_names(
        built_settings: Settings) -> None:
    # "年前,省委召开了产业园区和农村基层党的建设工作会,东明书记作出重要指示"
    a = ask(built_settings, "东明书记在全国产业园区党建工作会上作了什么指示?")
    assert a.refused and "全国产业园区党建工作会" in a.text, a.text
    a = ask(built_settings, "东明书记在省委产业园区和农村基层党建工作会上作了什么指示?")
    assert not a.refused and "东明书记作出重要指示" in a.text, a.text


def test_so_many_places_asked_in_english_are_the_sentence_naming_them(
        built_settings: Settings) -> None:
    # "借鉴兴隆乡、城厢镇的做法,拓宽村干部及后备干部的培养教育渠道" over the best scoring
    # "四是制定《村干部培训工作实施方案》…依托县乡两级党校阵地" ("县乡" names no township)
    a = ask(built_settings,
            "Which two townships should others learn from in training village cadres and "
            "reserve cadres?")
    assert "兴隆乡、城厢镇" in a.text, a.text


def test_an_example_asked_after_a_claim_is_the_places_named_just_after_it(
        built_settings: Settings) -> None:
    # "班子要配强,增强战斗力。基层发展富不富,关键有个好支部。在苏州、无锡等地,…"
    a = converse(built_settings, "京口那篇为什么说班子要配强?", "举了什么例子?")
    assert best_quote(a).startswith("在苏州、无锡等地"), a.text


def test_a_request_to_go_through_it_item_by_item_follows_the_answer_before(
        built_settings: Settings) -> None:
    # "能逐条列出来吗" names nothing of its own: the list just quoted, and "第五个" counts it
    a = converse(built_settings, "篇二讲基层党建遇到哪五个挑战?", "能逐条列出来吗", "第五个呢?")
    assert best_quote(a).startswith("五是单位党员"), a.text


def test_the_paragraphs_a_short_quoted_term_opens_are_what_each_says(
        built_settings: Settings) -> None:
    # "几个“这是”分别讲什么?" asks what each says, not how many: "这是历史的昭示:…" "这是时代
    # 的要求:…" "这是现实的选择:…"
    a = ask(built_settings, "篇二的几个“这是”分别讲什么?")
    assert [c.quote[:5] for c in a.citations] == ["这是历史的", "这是时代的", "这是现实的"], a.text


def test_the_previous_term_is_the_round_before_the_one_reported(
        built_settings: Settings) -> None:
    # the speech's "较上届" is the round before the one it reports: "上届" asks that one
    assert ask(built_settings, "耒阳上届村两委换届时有多少村有女干部?").refused


def test_a_meeting_named_with_its_convener_s_verb_is_compared_without_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八里省委开的城市基层党建工作会议上,东明书记强调了什么?")
    assert a.refused and "省委城市基层党建工作会议" in a.text, a.text


def test_an_english_word_beside_a_speech_named_in_english_is_no_name(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Speech 7 slogan 提速 升位 入强")
    assert not a.refused and "提速、升位、入强" in a.text, a.text


def test_a_follow_up_asking_another_speech_s_meeting_and_its_purpose(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇三讲的“一定三有”是什么?", "那篇八开的是个什么会,主要干嘛?")
    assert best_quote(a).startswith("今天我们召开全市产业园区和农村基层党建工作会"), a.text


def test_a_follow_up_naming_another_speech_s_part_by_place_is_that_part(
        built_settings: Settings) -> None:
    # "最后一部分呢?" of 篇七: its part three and the points under it
    a = converse(built_settings, "篇八最后讲抓落实提了哪几个“要”?", "那篇七最后一部分呢?")
    assert best_quote(a).startswith("三、加强领导,统筹兼顾"), a.text


def test_the_parts_a_whole_is_made_of_are_the_term_adding_them_up(
        built_settings: Settings) -> None:
    # "拿的钱" is their 报酬: "认真落实村干部“基础报酬+绩效报酬+奖励报酬”制度", however far down
    a = ask(built_settings, "村干部一个月拿的钱由哪几块组成?")
    assert best_quote(a).startswith("认真落实村干部“基础报酬+绩效报酬+奖励报酬”"), a.text


def test_several_places_asked_in_a_region_no_speech_names_are_the_ones_lying_in_it(
        built_settings: Settings) -> None:
    # 苏州 and 无锡 lie in 江苏, which 篇五 never names (篇七's 华西村 is one place, not several)
    a = ask(built_settings, "有篇讲话拿江苏哪两个城市举例,说越往基层经济越强?")
    assert best_quote(a).startswith("在苏州、无锡等地"), a.text


def test_an_item_of_a_series_the_list_after_it_tells_of_is_quoted_with_it(
        built_settings: Settings) -> None:
    # the fourth of "…选派干部、大学生村官和农村党员队伍这五支队伍" is told by the list after
    # it, whose fourth opening the scrape cut ("为重点,全面加强大学生村官队伍建设。")
    a = converse(built_settings, "篇三要抓好哪五支队伍?", "第四支是哪个?")
    assert [c.quote for c in a.citations] == ["大学生村官", "为重点,全面加强大学生村官队伍建设。"
                                              ], a.text


def test_a_quoted_programme_put_at_another_township_than_its_sentence_s_is_refused(
        built_settings: Settings) -> None:
    # "导子乡全面实施“村为主”工程,…": 导子乡's, not 余庆乡's
    assert ask(built_settings, "余庆乡全面实施的“村为主”工程具体怎么做?").refused
    a = ask(built_settings, "导子乡全面实施的“村为主”工程具体怎么做?")
    assert not a.refused and "导子乡全面实施“村为主”工程" in a.text, a.text


def test_everyday_words_for_pay_ask_for_the_parts_it_is_made_of(
        built_settings: Settings) -> None:
    a = ask(built_settings, "村干部的工钱由哪几块拼成?")
    assert "“基础报酬+绩效报酬+奖励报酬”" in best_quote(a), a.text


def test_an_item_asked_after_the_question_tells_the_ones_before_is_of_their_list(
        built_settings: Settings) -> None:
    # 篇八's three "强化" for the countryside ("第一,强化“支部带村”…"), not the points of the
    # second of them ("三是要狠抓贫困村脱贫攻坚")
    a = ask(built_settings, "篇八讲农村分了三条,头一条说支部,第二条说实业,第三条是什么?")
    assert best_quote(a).startswith("第三,强化“依法治村”"), a.text


def test_an_english_question_s_chinese_words_pick_the_clauses_of_a_long_sentence(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "Which provincial honour did speech 7's city get at the July 1 celebration?")
    assert "申报“全省基层组织建设先进县(市)”" in a.text and "命名表彰" in a.text, a.text


def test_english_words_no_suffix_rule_or_dictionary_entry_reads_are_found(
        built_settings: Settings) -> None:
    for question, words in (
            ("share of villages with women cadres in Leiyang", "82%的村至少有一名女性干部"),
            ("vanadium titanium talent project Panzhihua", "“钒钛之光”")):
        a = ask(built_settings, question)
        assert not a.refused and words in a.text, (question, a.text)


def test_an_item_s_points_said_in_parallel_sentences_are_quoted_with_it(
        built_settings: Settings) -> None:
    # "二要以创新的载体来推动。" states its points as "要创新…载体" sentences, the first after
    # the problem it answers ("针对…等问题,要创新党员教育载体,…")
    a = converse(built_settings, "篇二说改革创新要靠哪几个方面推动?", "第二个方面具体说了啥?")
    quotes = [c.quote for c in a.citations]
    assert quotes[0] == "二要以创新的载体来推动。", a.text
    for point in ("要创新党员教育载体", "要创新“三级联创”活动载体", "要创新培训工作载体",
                  "要创新社区党建载体"):
        assert any(point in q for q in quotes), (point, a.text)


def test_an_english_question_stating_a_day_the_best_sentence_holds_is_answered(
        built_settings: Settings) -> None:
    a = ask(built_settings, "What happened in Leiyang on June 20 according to speech 4?")
    assert not a.refused and best_quote(a).startswith("在今年6月20日我市发生的洪灾中"), a.text


def test_examples_asked_after_a_claim_are_the_things_named_by_example_after_it(
        built_settings: Settings) -> None:
    # "…实现长期执政的政党,绝大多数都十分重视基层组织建设,…" then "中国以及朝鲜、古巴、越南、
    # 老挝等一些老牌的社会主义国家,…"
    a = converse(built_settings, "篇二讲长期执政的政党有什么共同规律?", "里面拿哪些国家举例?")
    assert "朝鲜、古巴、越南、老挝等" in a.text, a.text


def test_a_yao_point_asked_for_in_detail_is_that_point_of_the_list_before(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇八最后从组织领导上提了哪几要?", "第三要具体讲了啥?")
    assert best_quote(a).startswith("三要强化基础保障"), a.text


def test_everyday_words_for_the_money_an_office_runs_on_find_its_operating_funds(
        built_settings: Settings) -> None:
    a = ask(built_settings, "村里办公的钱这几年涨了多少?")
    assert "村级组织运转经费由20xx年村均2.8万元" in a.text, a.text


def test_an_english_follow_up_steps_on_from_an_item_said_to_be_the_first(
        built_settings: Settings) -> None:
    # "The first is …" names item one as "The first one is …" does; the answer's first quote
    # is in "这是历史的昭示:…", whatever it quoted after
    a = converse(built_settings, "Speech 2 lists reasons to strengthen grassroots Party "
                 "building. The first is what history teaches, isn't it?", "And the second?")
    assert best_quote(a).startswith("这是时代的要求"), a.text


def test_an_english_count_of_ones_names_the_speech_s_n_ones_term(
        built_settings: Settings) -> None:
    # "four ones" is “四个一”, not the “四个一票否决” that starts alike
    a = ask(built_settings, "What are the 'four ones' for Party cadres in speech 4?")
    assert "“四个一”(同读一本书、同听一堂课、同看一场戏、同唱一首歌)" in a.text, a.text


def test_a_best_sentence_counting_the_things_asked_is_kept_over_a_list_around_it(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "Which three teams should enterprises in Panzhihua's industrial parks build?")
    assert "抓好企业党组织书记、党建指导员和党员三支队伍建设" in best_quote(a), a.text


def test_asked_whether_a_speech_mentions_something_its_time_words_need_no_mention(
        built_settings: Settings) -> None:
    # "最后" (at last) names nothing the speeches must say; "垮台" is their "丧失执政"
    a = ask(built_settings, "哪篇讲话说到了苏联共产党执政了多少年最后垮台?")
    assert not a.refused and "执政74年的苏联共产党" in a.text, a.text


def test_which_speech_asked_by_its_number_needs_no_figure(built_settings: Settings) -> None:
    a = ask(built_settings, "有篇讲话说要确保有人管事、有钱办事、有场所议事,是第几篇?")
    assert not a.refused and "确保有人管事、有钱办事、有场所议事" in a.text, a.text


def test_an_english_question_stating_a_month_is_answered_by_a_day_of_it(
        built_settings: Settings) -> None:
    # "June" of "在今年6月20日我市发生的洪灾中": the month asked, held by the best sentence
    a = ask(built_settings, "June flood riverside towns")
    assert not a.refused and "6月20日" in best_quote(a), a.text


def test_a_follow_up_with_a_counted_list_question_of_its_own_gets_that_list(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇二讲了哪些理由?", "那篇五呢?基层干部要当好哪三个“先”?")
    assert "“三个先”" in a.text and all(
        p in a.text for p in ("学习上的先驱", "发展中的先锋", "服务上的先进")), a.text


def test_a_head_of_government_named_in_english_must_be_mentioned(
        built_settings: Settings) -> None:
    # the speeches name 省委书记王金山, never a 省长
    a = ask(built_settings, "What did the governor of Anhui tell the village cadres at Xiaogang?")
    assert a.refused and "省长" in a.text, a.text


def test_a_rate_asked_by_a_name_no_speech_uses_is_refused(built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅党员电教的播放合格率是多少?")
    assert a.refused and "合格率" in a.text, a.text


def test_a_meeting_named_at_a_scope_it_was_not_held_at_is_refused(
        built_settings: Settings) -> None:
    # 篇七 was given at the city's (全市) 推进会
    a = ask(built_settings, "在全省推进会上,“185”工程是怎么布置的?")
    assert a.refused and "全省推进会" in a.text, a.text


def test_ways_asked_in_everyday_words_are_the_forms_a_sentence_enumerates(
        built_settings: Settings) -> None:
    # "放法": "通过集中播放与分散播放、…相结合等多种形式"
    a = ask(built_settings, "沙雅放党员教育片,哪几种放法结合着用?")
    assert "集中播放与分散播放" in best_quote(a), a.text


def test_an_example_after_the_question_asks_no_detail_of_its_own(
        built_settings: Settings) -> None:
    # "例如班子干几年之类的" gives the kind of change meant, no length of time asked
    a = ask(built_settings, "攀枝花园区的干部人事制度怎么改,例如班子干几年之类的?")
    assert not a.refused and "任期制" in best_quote(a), a.text


def test_an_item_quoted_before_the_ordinal_asked_picks_its_list(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八农村那部分,“实业兴村”之后第三条讲的是什么?")
    assert best_quote(a).startswith("第三,强化“依法治村”"), a.text
    a = converse(built_settings, "篇八关于农村的部分讲了几条?", "“支部带村”后面的第二条讲的是什么?")
    assert best_quote(a).startswith("第二,强化“实业兴村”"), a.text


def test_how_a_pay_is_made_up_is_answered_by_its_parts_added_up(
        built_settings: Settings) -> None:
    a = ask(built_settings, "村干部拿的钱怎么分块发?")
    assert "“基础报酬+绩效报酬+奖励报酬”" in best_quote(a), a.text


def test_a_deadline_asked_is_looked_for_after_the_sentence_naming_the_task(
        built_settings: Settings) -> None:
    # "在7月份又要开展第三次作风建设民主评议。" then, two sentences on, "…确保在7月30日前全面完成。"
    a = ask(built_settings, "篇七第三次作风建设民主评议最迟什么时候要完成?")
    assert "7月30日前" in a.text, a.text


def test_an_item_asked_by_its_place_is_quoted_with_its_body_not_a_word_calling_it(
        built_settings: Settings) -> None:
    # "问题" calls the items ("第五个问题"); it asks for nothing inside item five
    a = converse(built_settings, "篇四讲耒阳农村党建有哪些新问题?", "第五个问题是什么?")
    assert best_quote(a).startswith("第五,管理的不规范") and "两极分化" in a.text, a.text


def test_an_item_asked_by_its_number_in_numerals_is_that_numbered_item(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇七下半年围绕市、乡党委换届抓农村党建分了几项?", "那第4项呢?")
    assert best_quote(a).startswith("4、围绕拓展流动党员管理形式"), a.text


def test_a_first_question_naming_its_speech_is_not_taken_for_a_follow_up(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇四那个会是谁召开的?")
    assert not a.refused and "市委召开这次现场经验交流会" in a.text, a.text


def test_a_follow_up_naming_only_another_thing_asks_the_same_of_it(
        built_settings: Settings) -> None:
    a = converse(built_settings, "耒阳村两委换届完成了多少个村?", "那社区呢?")
    assert "53个社区" in best_quote(a), a.text


def test_things_enumerated_before_what_they_are_of_answer_which_ways(
        built_settings: Settings) -> None:
    # "…、发展农村物业等村集体经济发展模式": ways (路子, 模式) enumerated, over the part's outline
    a = ask(built_settings, "篇八让村里集体多赚钱,有哪些路子?")
    assert "盘活集体资产资源" in best_quote(a), a.text


def test_who_convened_the_speech_s_meeting_is_the_body_convening_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇五开的那个会是谁召开的?")
    assert "区委召开这次全区基层组织建设工作会议" in best_quote(a), a.text


def test_words_put_in_the_mouth_of_someone_the_speeches_do_not_quote_them_from_are_refused(
        built_settings: Settings) -> None:
    # 篇五: "胡锦涛指出,…要真正重视、真情关怀、真心爱护广大基层干部"
    a = ask(built_settings, "习近平同志说过要真心爱护基层干部,出自哪篇讲话?")
    assert a.refused, a.text
    a = ask(built_settings, "胡锦涛同志说过要真心爱护基层干部,出自哪篇讲话?")
    assert not a.refused and "胡锦涛指出" in a.text, a.text


def test_asked_what_meeting_that_time_was_is_the_speech_s_own_meeting(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七那次开的是个什么会?")
    assert "今天在这里召开全市农村基层党建暨“三项活动”工作推进会" in a.text, a.text


def test_a_count_asked_is_quoted_from_the_close_sentence_that_gives_it(
        built_settings: Settings) -> None:
    # "共表彰先进集体100个,先进个人537人" scores 0.16 below a best that holds no figure
    a = ask(built_settings, "篇七那个市上半年表扬了多少个集体和多少个人?")
    assert "先进个人537人" in best_quote(a), a.text


def test_where_people_look_when_judging_asks_what_they_judge_by_not_a_place(
        built_settings: Settings) -> None:
    a = ask(built_settings, "In the Jingkou speech, where do the masses start when they judge "
            "the Party's ability to govern?")
    assert not a.refused and "从身边的党组织和党员看起" in a.text, a.text


def test_people_counted_after_what_describes_them_are_counted_in_ming(
        built_settings: Settings) -> None:
    # "几个年轻的后备人选": people, whom "1至2名" counts
    a = ask(built_settings, "篇七要求每个村培养几个年轻的后备人选跟着村干部下农户?")
    assert not a.refused and "1至2名" in best_quote(a), a.text


def test_the_city_holding_the_speech_s_district_named_beside_it_is_that_district(
        built_settings: Settings) -> None:
    # 镇江 holds 京口区: named beside it, not a place no speech mentions
    a = ask(built_settings, "京口那篇里,镇江的基层干部待遇怎么样?")
    assert not a.refused and "篇五" in a.text, a.text


def test_an_instruction_put_to_someone_the_speeches_give_another_s_is_refused(
        built_settings: Settings) -> None:
    # "李源潮同志批示指出:“开放村级组织活动场所很重要。…”" (王金山 is named elsewhere)
    a = ask(built_settings, "王金山同志在批示里对村级活动场所开放是怎么要求的?")
    assert a.refused, a.text
    a = ask(built_settings, "李源潮同志在批示里对村级活动场所开放是怎么要求的?")
    assert not a.refused and "李源潮同志批示指出" in a.text, a.text


def test_a_rate_named_in_english_that_no_speech_gives_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "What was the voter turnout when Shaya elected its village committees?")
    assert a.refused and "投票率" in a.text, a.text


def test_an_english_follow_up_naming_another_thing_in_the_speeches_words_asks_the_same_of_it(
        built_settings: Settings) -> None:
    a = converse(built_settings, "Which bilingual class session did Shaya just open?",
                 "what about the 中专 class?")
    assert "第三批村干部中专学历班" in best_quote(a), a.text


def test_a_short_follow_up_with_a_modal_glued_to_its_word_stays_on_the_answer(
        built_settings: Settings) -> None:
    # jieba reads "村要" as one word, which no passage holds: still the speeches' words
    a = converse(built_settings, "篇七对村里年轻后备干部的培养有什么要求?", "每个村要有几名?")
    assert not a.refused and "1至2名" in a.text, a.text


def test_a_quarter_the_count_was_not_given_for_is_refused(built_settings: Settings) -> None:
    # "今年以来…共表彰先进集体100个,先进个人537人" in a paragraph naming "七一"
    a = ask(built_settings, "篇七讲话里,第三季度各乡镇一共表彰了多少名先进个人?")
    assert a.refused, a.text
    a = ask(built_settings, "篇七讲话里,今年以来各乡镇一共表彰了多少名先进个人?")
    assert not a.refused and "537人" in a.text, a.text


def test_things_counted_then_asked_each_are_listed_every_one(built_settings: Settings) -> None:
    a = ask(built_settings, "篇三抓的五支队伍,各自的重点是什么?")
    assert sum(m.startswith("第") for m in _items(a)) >= 4, a.text  # (the scrape lost 第四)
    assert "乡镇党委书记队伍" in a.text and "农村党员队伍建设" in a.text, a.text


def test_an_item_of_a_part_then_another_number_is_that_part_s_item_by_its_marker(
        built_settings: Settings) -> None:
    # the scrape lost "(四)": the sixth is the one marked "(六)", not the sixth found
    a = converse(built_settings, "篇六第二部分的第一项讲的是什么?", "那第六项呢?")
    assert best_quote(a).startswith("(六)加快村级阵地建设"), a.text
    a = converse(built_settings, "In its second part, what is the first item Speech 6 sets out?",
                 "And the sixth item?")
    assert best_quote(a).startswith("(六)加快村级阵地建设"), a.text


def test_a_coined_term_counting_deeds_is_spelled_out_when_they_are_asked(
        built_settings: Settings) -> None:
    # "四帮四促": four 帮助…, four 促进…, in a sentence after the one naming it
    a = ask(built_settings, "篇七提到的“四帮四促”,指的是什么?")
    assert "帮助学习领会精神、促进思想统一" in a.text, a.text
    a = converse(built_settings, "篇七讲的“四帮四促”活动怎么搞?", "到底帮哪些、促哪些?")
    assert "帮助化解矛盾纠纷、促进和谐稳定" in a.text, a.text
    a = converse(built_settings, "篇七里“四帮四促”的联系点怎么确定?", "下去了主要帮些什么?")
    assert "帮助化解矛盾纠纷、促进和谐稳定" in a.text, a.text


def test_a_follow_up_on_the_item_numbered_before_asks_within_that_item(
        built_settings: Settings) -> None:
    # the number is the question before's: the item's own points are not counted by it
    a = converse(built_settings, "沙雅那篇讲话第二部分讲了什么?", "第七条是什么?",
                 "它说档案材料照什么原则来收集?")
    assert not a.refused and "删繁就简就实" in a.text, a.text


def test_a_figure_another_speech_gives_put_to_the_one_asked_is_refused(
        built_settings: Settings) -> None:
    # "投入资金1714.3万元,完成了164个村级组织活动场所建设" is 耒阳's (篇四), not 京口's
    a = ask(built_settings, "京口花了1714.3万元建村级组织活动场所,建成了多少个?")
    assert a.refused, a.text
    a = ask(built_settings, "耒阳花了1714.3万元建村级组织活动场所,建成了多少个?")
    assert not a.refused and "164个" in a.text, a.text


def test_a_count_stated_of_a_quoted_kind_that_the_speeches_count_otherwise_is_refused(
        built_settings: Settings) -> None:
    # "永济镇6个“创业者”支部工作经验被省委…推介"
    for asked in ("耒阳有个镇搞了9个“创业者”支部,是哪个镇?",
                  "Which Leiyang township set up 9 'entrepreneur' Party branches?"):
        assert ask(built_settings, asked).refused, asked
    a = ask(built_settings, "耒阳有个镇搞了6个“创业者”支部,是哪个镇?")
    assert not a.refused and "永济镇" in a.text, a.text


def test_where_the_speech_just_quoted_comes_from_is_its_own_place(
        built_settings: Settings) -> None:
    a = converse(built_settings, "Which speech talks about Party building in industrial parks?",
                 "Which city does it come from?")
    assert not a.refused and "攀枝花" in a.text, a.text


def test_a_figure_of_a_code_the_question_before_quoted_is_what_the_speech_says_it_is(
        built_settings: Settings) -> None:
    # the answer before quoted "“8”是指…" alone; the code “81145” was the question's
    a = converse(built_settings, "淮北的“81145”里,“8”指的是哪些屋子?", "那个“5”又指的啥?")
    assert a.citations and a.citations[0].quote.startswith("“5”是指"), a.text
    assert "“8”是指" not in a.text, a.text


def test_an_item_of_a_series_the_answer_before_counted_inline_is_asked_by_its_kind(
        built_settings: Settings) -> None:
    # "围绕“转变职能”、“提高效率”、…、“优化环境”五个方面…": the second of the five
    a = converse(built_settings, "篇七里,各乡镇查找作风突出问题围绕的是哪几个方面?",
                 "第二个方面是啥?")
    assert best_quote(a) == "“提高效率”", a.text


def test_a_masked_year_asked_in_english_is_refused(built_settings: Settings) -> None:
    # "20xx年全面完成村级组织活动场所建设任务": the year is masked, "今年中央1号文件" is another
    a = ask(built_settings, "In which year must Anhui finish building all its village "
                            "activity venues?")
    assert a.refused, a.text


def test_meetings_counted_in_a_question_are_no_meeting_it_names(built_settings: Settings) -> None:
    # "接连召开全区农村、社区党组织书记代表两个座谈会,…制定出台了《关于实施“磐石计划”,…》"
    a = ask(built_settings, "京口区委接连开了两个座谈会以后,出台的意见叫什么计划?")
    assert not a.refused and "磐石计划" in a.text, a.text


def test_a_tally_of_the_year_so_far_answers_no_count_of_the_half_to_come(
        built_settings: Settings) -> None:
    # "今年以来,各乡镇(办事处)共表彰先进集体100个" (a mid-year speech)
    a = ask(built_settings, "篇七讲话里,下半年各乡镇表彰了几个先进集体?")
    assert a.refused, a.text
    a = ask(built_settings, "篇七讲话里,今年以来各乡镇表彰了几个先进集体?")
    assert not a.refused and "100个" in a.text, a.text


def test_someones_very_words_asked_again_are_the_sentence_quoting_them(
        built_settings: Settings) -> None:
    # "孙中山先生早就说过:“世界潮流,浩浩荡荡,顺之则昌,逆之则亡。”", not another saying
    a = converse(built_settings, "篇二那段讲时代要求的,引用了谁的话?", "他原话是怎么说的?")
    assert "世界潮流" in best_quote(a), a.text


def test_what_a_quotation_after_a_bare_heading_shows_is_said_after_it(
        built_settings: Settings) -> None:
    # "活动要经常化。列宁说过,…。组织生活是进行党性教育的课堂,…"
    a = converse(built_settings, "篇五引用列宁的话是哪句?", "这句话要说明什么?")
    assert not a.refused and "组织生活是进行党性教育的课堂" in a.text, a.text


def test_a_document_counted_by_copies_is_asked_by_title_not_a_persons_name(
        built_settings: Settings) -> None:
    # "按照《沙雅县村级组织规范化管理实施细则》的要求"
    a = ask(built_settings, "沙雅县管理村级组织,有没有一份成文的细则?叫什么名字?")
    assert not a.refused and "实施细则》" in a.text, a.text


def test_a_saying_asked_by_whose_it_is_is_the_sentence_giving_their_words(
        built_settings: Settings) -> None:
    # "孙中山先生早就说过:“世界潮流,…”", not "“以史为鉴,可以知兴替。”" a paragraph before
    a = ask(built_settings, "讲政党历史的那篇,孙中山的名言是哪句?")
    assert "世界潮流" in best_quote(a), a.text


def test_whose_speech_a_quoted_term_names_is_not_told_by_a_sentence_about_another(
        built_settings: Settings) -> None:
    # "在今年“6·21”就加强…讲话中深刻指出" names no one; "市委袁书记还将作重要讲话" is another
    a = ask(built_settings, "篇四的“6·21”讲话是哪位领导讲的?")
    assert a.refused, a.text


def test_what_a_masked_word_stands_for_is_refused(built_settings: Settings) -> None:
    # "是党的xx大和xx届三中、四中全会…提出的要求"
    a = ask(built_settings, "篇三里说的党的xx大到底是第几次?")
    assert a.refused, a.text
    a = ask(built_settings, "篇三说20xx年要全面完成什么任务?")
    assert not a.refused and "村级组织活动场所建设任务" in a.text, a.text


def test_a_point_asked_by_quoting_it_whole_is_quoted_with_what_follows(
        built_settings: Settings) -> None:
    # "工作要特色化。特色就是生命力、竞争力,更是京口的优势所在。…": not the echo alone
    a = ask(built_settings, "篇五提到的“工作要特色化”,具体怎么讲的?")
    assert "特色就是生命力" in a.text, a.text


def test_a_rank_asked_after_another_ranks_figure_is_stated_is_the_one_asked(
        built_settings: Settings) -> None:
    # "全市离任村主职干部生活补助由每月30元提高到60元": heads', no deputies' figure
    a = ask(built_settings, "耒阳离任的村主职干部补助涨到60元了,那离任的村副职干部涨到多少?")
    assert a.refused, a.text


def test_items_named_in_order_are_the_paragraphs_opening_with_them(
        built_settings: Settings) -> None:
    # 篇五: "班子要配强,增强战斗力。" "队伍要配优,增强生命力。" "改革要配套,增强凝聚力。",
    # three paragraphs in a row with no marker before them
    a = ask(built_settings, "篇五说的班子、队伍和改革,各自要做到什么?")
    for opening in ("班子要配强", "队伍要配优", "改革要配套"):
        assert opening in a.text, a.text


def test_what_is_said_right_after_the_words_just_quoted_is_the_next_sentence(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇二开头引的“基础不牢,地动山摇”在讲什么?",
                 "这句话后面接着又说了什么?")
    assert a.citations and a.citations[0].quote.startswith("伟大的事业需要伟大的工程"), a.text


def test_examples_asked_after_a_claim_are_the_cases_it_names_in_quotes(
        built_settings: Settings) -> None:
    # "…基层党组织始终担负着中流砥柱的作用。" then "不管是“98年的抗洪”、还是“03年的非典”…"
    a = converse(built_settings, "篇二说基层党组织在自然灾害和突发事件中担负什么作用?",
                 "举了哪些例子?")
    assert "98年的抗洪" in a.text, a.text


def test_a_list_asked_for_again_in_no_words_of_its_own_is_the_list_just_quoted(
        built_settings: Settings) -> None:
    a = converse(built_settings, "耒阳农村党建眼下存在哪些新问题?", "列一下")
    assert _items(a) == ["第一", "第二", "第三", "第四", "第五"], a.text
    a = converse(built_settings, "耒阳农村党建眼下存在哪些新问题?", "列一下", "第四个呢?")
    assert a.citations[0].quote.startswith("第四,作风的不扎实"), a.text


def test_a_name_masked_under_another_kind_of_thing_is_refused_when_its_deed_is_asked(
        built_settings: Settings) -> None:
    # "深化“xxxx”工程创建": asked as an activity, named by what was done with it
    a = ask(built_settings, "篇七说上半年深化创建的那个活动叫什么名字?")
    assert a.refused, a.text


def test_a_quoted_pattern_asks_the_terms_it_stands_for(built_settings: Settings) -> None:
    # "“X村”": “支部带村”, “实业兴村”, “依法治村”, not a term the speeches never use
    a = ask(built_settings, "攀枝花那篇讲农村的部分,提了哪几个“X村”?")
    assert not a.refused and all(t in a.text for t in ("支部带村", "实业兴村", "依法治村")), a.text


def test_a_follow_up_asking_the_kind_a_quote_just_given_enumerates_is_that_quote(
        built_settings: Settings) -> None:
    # "…围绕“转变职能”、…、“优化环境”五个方面深入查找突出问题", quoted in the answer before
    a = converse(built_settings, "篇七说“三项活动”开展的成效怎么样?",
                 "那作风突出问题是从哪几个方面去查找的?")
    assert "“转变职能”、“提高效率”" in a.citations[0].quote, a.text


def test_the_month_asked_after_months_stated_is_the_one_the_answer_must_be_of(
        built_settings: Settings) -> None:
    # "我们在1月份和4月份分别开展了两次…评议。在7月份又要开展第三次…": no September one
    a = ask(built_settings, "篇七的作风建设民主评议,1月和4月各开展了一次,那9月份那次评议怎么样?")
    assert a.refused, a.text
    a = ask(built_settings, "篇七的作风建设民主评议,1月和4月各开展了一次,那7月份那次是第几次?")
    assert not a.refused and "第三次作风建设民主评议" in a.text, a.text


def test_the_places_compared_with_after_a_claim_are_those_it_then_names(
        built_settings: Settings) -> None:
    # "基层发展富不富,关键有个好支部。" then "在苏州、无锡等地,越到基层,经济实力就越强,…"
    a = converse(built_settings, "篇五里“基层发展富不富”这句后面怎么说的?",
                 "他拿哪些地方来作对比?")
    assert "在苏州、无锡等地" in a.text, a.text


def test_a_follow_up_naming_the_word_a_nearby_paragraph_opens_with_is_that_paragraph(
        built_settings: Settings) -> None:
    # "班子要配强,…" "队伍要配优,…" "改革要配套,…", paragraphs in a row
    a = converse(built_settings, "篇五讲加强基层党组织提了哪几个“要配”?", "班子要配强是什么意思?",
                 "那队伍这块是怎么讲的?")
    assert a.citations[0].quote.startswith("队伍要配优"), a.text


def test_a_level_asked_after_a_series_of_levels_is_stated_is_refused_if_left_out(
        built_settings: Settings) -> None:
    # "今年市县乡村四级集中换届": no provincial round
    a = ask(built_settings, "篇八讲市县乡村四级集中换届,那省一级什么时候换届?")
    assert a.refused, a.text
    a = ask(built_settings, "篇八讲今年集中换届,那乡一级换届要选好哪些人?")
    assert not a.refused, a.text


def test_a_meeting_the_speech_of_the_place_asked_never_names_is_refused(
        built_settings: Settings) -> None:
    # "全国农村基层党建工作座谈会" is 篇三's (安徽); 篇四 (耒阳) never names it
    a = ask(built_settings, "耒阳那篇里,全国农村基层党建工作座谈会提了什么要求?")
    assert a.refused and "全国农村基层党建工作座谈会" in a.text, a.text
    a = ask(built_settings, "安徽那篇里,全国农村基层党建工作座谈会提了什么要求?")
    assert not a.refused, a.text


def test_a_run_of_clauses_opening_alike_is_quoted_whole_for_a_list(
        built_settings: Settings) -> None:
    # "…存在这样那样的议论;一些地方…比较薄弱;一些大学生村官…,等等。"
    a = ask(built_settings, "篇三说大学生村官工作还存在哪些问题?")
    assert "议论;" in a.text and "一些大学生村官思想不够稳定" in a.text, a.text


def test_a_count_asked_of_a_code_in_figures_quotes_what_its_parts_stand_for(
        built_settings: Settings) -> None:
    # "…按照“81145”的要求进行配置。" then "“8”是指…"
    a = ask(built_settings, "淮北那种不砌围墙的村部,屋里要分成几个房间?")
    assert "“8”是指" in a.text, a.text


def test_what_the_shortest_speech_calls_for_last_is_its_close(built_settings: Settings) -> None:
    a = ask(built_settings, "最短的那篇讲话,最后号召从哪儿出发?")
    assert not a.refused and "从我市实际出发" in a.text, a.text


def test_which_training_is_answered_by_the_one_the_speech_names(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那篇讲话里农村党员搞的是什么培训?")
    assert "“双技培训”" in a.text, a.text


def test_county_party_secretaries_in_english_are_searched_as_the_speech_writes_them(
        built_settings: Settings) -> None:
    a = ask(built_settings, "What role does speech 8 say county Party secretaries should play "
                            "in grassroots Party building?")
    assert "一线总指挥" in a.text, a.text


def test_a_list_asked_within_an_item_is_the_list_its_lead_in_announces(
        built_settings: Settings) -> None:
    # "三要突出抓好村级班子建设。…当前,重点要从四个方面抓好村级班子建设。一是…四是…"
    a = converse(built_settings, "耒阳那篇下阶段要抓好哪几项工作?", "第三项要从哪几个方面抓?")
    assert "一是加强思想政治建设" in a.text and "四是创新体制机制" in a.text, a.text


def test_a_speech_named_saying_in_official_words_what_is_asked_in_everyday_ones_answers(
        built_settings: Settings) -> None:
    # "在今年6月20日我市发生的洪灾中,…": 大水 is 洪灾; not a toll the speech never gives
    a = ask(built_settings, "耒阳发大水那回是几月几日?")
    assert not a.refused and "6月20日" in a.text, a.text
    assert ask(built_settings, "耒阳发大水那回死了几个人?").refused


def test_a_list_asked_by_count_and_kind_is_the_sentence_listing_that_many_of_it(
        built_settings: Settings) -> None:
    # "…围绕“转变职能”、…、“优化环境”五个方面深入查找突出问题" over "…以下五项重点措施:"
    a = ask(built_settings, "篇七要求乡镇查找作风上的突出问题,是从哪五个方面查?")
    assert "“简政放权”" in a.text and "五项重点措施" not in a.text, a.text


def test_an_ordinal_after_among_them_counts_the_series_just_quoted(
        built_settings: Settings) -> None:
    # "不断深化“双培双带”、…、为民服务全程代理和党员承诺制“五大载体”建设"
    a = converse(built_settings, "安徽那篇说的“五大载体”是哪五个?", "其中第四个是什么?")
    assert not a.refused and "为民服务全程代理" in a.text, a.text


def test_a_follow_up_naming_a_point_by_its_marker_gets_that_point(
        built_settings: Settings) -> None:
    # "一要压实工作责任。" "二要形成工作合力。" "三要…" "四要…"
    a = converse(built_settings, "篇八最后一部分强化组织领导提了哪几个要求?", "那二要呢?")
    assert a.citations[0].quote.startswith("二要形成工作合力"), a.text


def test_the_means_asked_is_found_in_the_best_sentences_paragraph(
        built_settings: Settings) -> None:
    # "继续坚持党员电化教育以电视手段为主": said once, in words the question does not share
    a = ask(built_settings, "沙雅那篇说党员电教片主要靠什么途径放?")
    assert "以电视手段为主" in a.text, a.text


def test_which_speech_brings_in_someone_named_is_the_one_giving_his_words(
        built_settings: Settings) -> None:
    # "列宁说过,马克思主义政党和资产阶级政党最大的区别就在于,…" (篇五)
    a = ask(built_settings, "有篇讲话把列宁请出来了,是哪篇?")
    assert not a.refused and a.citations[0].passage.speech == 5, a.text


def test_whose_words_a_passage_just_quoted_brings_in_are_found_in_its_paragraph(
        built_settings: Settings) -> None:
    # "这是时代的要求:…紧跟时代步伐。孙中山先生早就说过:“世界潮流,浩浩荡荡,…”"
    a = converse(built_settings, "篇二里“这是时代的要求”那部分讲了什么?",
                 "这段引用了哪位名人说的话?")
    assert not a.refused and "孙中山" in a.text, a.text


def test_which_speech_one_described_by_its_meeting_is_gets_that_speech(
        built_settings: Settings) -> None:
    a = ask(built_settings, "全市产业园区和农村基层党建工作会那篇是篇几")
    assert not a.refused and a.citations[0].passage.speech == 8, a.text


def test_the_same_round_as_the_question_before_follows_it(built_settings: Settings) -> None:
    # "…完成了全市623个行政村的村两委换届,共精减干部197名,…"
    a = converse(built_settings, "耒阳那次村两委换届一共换了多少个村?", "同一轮精简掉几个干部?")
    assert "精减干部197名" in a.citations[0].quote, a.text


def test_what_a_township_named_did_is_the_sentence_it_opens(built_settings: Settings) -> None:
    # "导子乡全面实施“村为主”工程,…", below "…参观了永济、导子两个乡镇的党建工作现场,…"
    a = converse(built_settings, "篇四里乡村两级书记“双述双评”搞得怎么样?", "那导子乡是怎么干的?")
    assert "导子乡全面实施" in a.text, a.text


def test_the_close_of_the_shortest_speech_is_what_it_finally_tells_everyone(
        built_settings: Settings) -> None:
    # 篇一, one paragraph: "…认清形势,明确思路,夯实基础,改革创新,不断开创…新局面!"
    a = ask(built_settings, "最短那篇,最后给大家指了哪几条往后的路子?")
    assert not a.refused and "认清形势" in a.text, a.text


def test_paragraphs_opening_in_one_frame_are_a_series_an_ordinal_counts(
        built_settings: Settings) -> None:
    # 篇五: "班子要配强,增强战斗力。" "队伍要配优,增强生命力。" "改革要配套,增强凝聚力。",
    # each opening its paragraph
    a = ask(built_settings, "篇五讲了班子要配强、队伍要配优,第三个是什么?")
    assert a.citations[0].quote.startswith("改革要配套"), a.text


def test_one_of_paragraphs_opening_alike_asked_in_detail_is_quoted_past_its_opening(
        built_settings: Settings) -> None:
    # 篇二: "这是时代的要求:只有加强基层党建工作,…。孙中山先生早就说过:…"
    a = converse(built_settings, "篇二为什么说必须加强基层党建,讲了哪三条理由?",
                 "第二条具体怎么说的?")
    assert a.text.count("这是") == 1 and "孙中山" in a.text, a.text


def test_the_words_quoted_of_someone_named_are_his_wherever_the_search_ranks_them(
        built_settings: Settings) -> None:
    # "孙中山先生早就说过:“世界潮流,浩浩荡荡,…”", below "“以史为鉴,可以知兴替。”"
    a = ask(built_settings,
            "The speech on the history of parties: what quote of Sun Yat-sen does it use?")
    assert "孙中山" in a.text and "以史为鉴" not in a.text, a.text


def test_a_word_with_a_spoken_locative_is_no_name_the_speeches_never_mention(
        built_settings: Settings) -> None:
    # "世界上头一个政党" (jieba: 世界/上头/一个): "自1679年世界上第一个政党建立至今,…"
    a = ask(built_settings, "哪篇讲话提到过世界上头一个政党是哪年成立的?")
    assert not a.refused and "1679" in a.text, a.text


def test_a_list_asked_by_a_quoted_word_its_items_open_with_is_that_list(
        built_settings: Settings) -> None:
    # 篇八 二、: "第一,强化“支部带村”,…" "第二,强化“实业兴村”,…" "第三,强化“依法治村”,…",
    # each leading points of its own ("一是…")
    a = ask(built_settings, "攀枝花讲话农村那块的三个“强化”是什么?")
    assert all(t in a.text for t in ("支部带村", "实业兴村", "依法治村")), a.text


def test_a_deadline_asked_of_a_task_named_is_the_sentence_after_that_sets_it(
        built_settings: Settings) -> None:
    # "在7月份又要开展第三次作风建设民主评议。…,确保在7月30日前全面完成。"
    a = converse(built_settings, "篇七的作风建设民主评议,今年开过几次?",
                 "第三次得在什么时候之前做完?")
    assert "7月30日前" in a.text, a.text


def test_a_saying_that_describes_the_speech_asked_about_is_not_what_is_asked(
        built_settings: Settings) -> None:
    # "…政党政治已有300多年历史。", not the saying "“以史为鉴,可以知兴替。”" nearby
    a = ask(built_settings, "In the speech which starts with the proverb about a nine-storey "
            "tower, how many years has party politics existed?")
    assert "300多年" in a.text, a.text


def test_a_list_asked_at_a_speechs_close_is_the_points_the_close_lists(
        built_settings: Settings) -> None:
    # "同志们,此次会议就要结束了,…一是要认真学习会议精神。…二是要及时制定…三是狠抓落实。",
    # not the last section's points; nor, from a sentence inside its first point, that one only
    for question in ("沙雅那篇会议快结束时,要大家回去抓哪几件事?",
                     "新疆那个县的讲话快散会时布置了哪几件回去要做的事?"):
        a = ask(built_settings, question)
        assert all(t in a.text for t in ("认真学习会议精神", "及时制定贯彻意见", "狠抓落实")), (
            question, a.text)


def test_aspects_asked_from_with_no_count_are_the_sentence_counting_them(
        built_settings: Settings) -> None:
    # "…围绕“转变职能”、…、“优化环境”五个方面深入查找突出问题", not the five measures
    # around the sentence scoring best
    a = ask(built_settings, "篇七各乡镇查找机关作风问题,是从哪几块去找的?")
    assert not a.refused and "转变职能" in best_quote(a), a.text


def test_a_point_whose_number_the_scrape_lost_is_explained_by_its_whole_numbered_run(
        built_settings: Settings) -> None:
    # "()工程竣工档案规范。" then "一是图片资料…;" … "五是…资产移交报告,…"
    a = ask(built_settings, "Shaya finished village venue files kept on record")
    assert all(t in a.text for t in ("图片资料", "工程验收报告", "资产移交报告")), a.text


def test_a_quoted_role_given_another_level_in_its_clause_is_not_the_level_asked(
        built_settings: Settings) -> None:
    # "…,县(区)委书记要当好“一线总指挥”,…,乡镇、园区党(工)委书记…要不折不扣抓好…"
    assert ask(built_settings, "篇八让乡镇党委书记当好“一线总指挥”,原话怎么说?").refused
    a = ask(built_settings, "篇八让县区委书记当好“一线总指挥”,原话怎么说?")
    assert not a.refused and "一线总指挥" in a.text, a.text


def test_a_document_titled_outline_is_looked_up_not_the_speechs_outline(
        built_settings: Settings) -> None:
    a = ask(built_settings, "LDP Organization Activity Outline in speech 2")
    assert not a.refused and "组织活动纲要" in a.text, a.text


def test_the_headings_of_all_a_speechs_parts_are_its_outline(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇讲话几个大标题分别是什么?")
    assert all(t in a.text for t in ("适应新形势", "明确新目标", "着眼新要求")), a.text


def test_a_part_named_by_what_it_is_about_gives_its_points_in_a_speech_named_by_place(
        built_settings: Settings) -> None:
    # 篇八 二、围绕推进农村改革发展…: "第一,强化“支部带村”…" "第二,…" "第三,…", not the
    # points of its first ("一是选好乡村党组织书记。")
    a = ask(built_settings, "攀枝花那篇讲到农村的那一块,分成哪几块来抓?")
    assert all(t in a.text for t in ("支部带村", "实业兴村", "依法治村")), a.text
    assert "选好乡村党组织书记" not in a.text, a.text


def test_what_all_the_speeches_say_of_something_none_mentions_is_refused(
        built_settings: Settings) -> None:
    assert ask(built_settings, "这几篇讲话里,对开展巡察是怎么部署的?").refused
    assert ask(built_settings, "讲话里有没有讲怎么搞巡察?").refused


def test_an_item_asked_of_a_list_by_a_short_word_its_slogans_share(
        built_settings: Settings) -> None:
    # "班子要配强,增强战斗力。" "队伍要配优,增强生命力。" "改革要配套,增强凝聚力。"
    a = converse(built_settings, "京口那篇讲加强基层组织,提了哪几个“配”?",
                 "第二个配是为了增强什么?")
    assert "增强生命力" in a.text, a.text


def test_what_a_meeting_was_held_to_do_is_said_where_the_speech_opens(
        built_settings: Settings) -> None:
    # "今天会议的主要内容是:传达贯彻…"
    a = converse(built_settings, "哪篇讲话说不能搞“胡子工程”?",
                 "那个县这次开会主要是要干啥?")
    assert "今天会议的主要内容是" in a.text, a.text


def test_a_sentence_in_the_body_of_one_of_as_many_points_as_asked_gives_those_points(
        built_settings: Settings) -> None:
    # under "随着社会改革的不断深入,当前我市农村党建工作中的新问题也随之出现,主要体现在:":
    # "第一,思想的不重视…" … "第五,管理的不规范…", though a sentence in the fourth's body
    # scores best
    a = ask(built_settings, "有个市的讲话把农村党建眼下的毛病概括成五条,分别是哪五条?")
    assert all(t in a.text for t in ("思想的不重视", "创新的不主动", "班子的不团结",
                                     "作风的不扎实", "管理的不规范")), a.text


def test_cases_a_speech_is_asked_to_have_named_are_the_sentence_naming_them_by_example(
        built_settings: Settings) -> None:
    # "不管是“98年的抗洪”、还是“03年的非典”、“08的汶川地震”,…", not the sentences on
    # disasters in general that score better
    a = ask(built_settings, "What past emergencies does the second speech list where "
                            "grassroots Party organisations were in front?")
    assert "98年的抗洪" in a.text, a.text


def test_a_follow_up_asking_for_examples_reads_the_answer_before(
        built_settings: Settings) -> None:
    # "…如xx1名村干部被“歇职”1个月,…"
    a = converse(built_settings, "篇七的村干部“歇职”制度执行得怎样?", "有没有具体的实例?")
    assert not a.refused and "歇职" in a.text, a.text


def test_a_speechs_first_big_block_gives_its_points(built_settings: Settings) -> None:
    # 篇五 一、: "班子要配强,增强战斗力。" "队伍要配优,增强生命力。" "改革要配套,增强凝聚力。"
    a = ask(built_settings, "篇五第一大块分成几小条,每条各讲的啥?")
    assert all(t in a.text for t in ("增强战斗力", "增强生命力", "增强凝聚力")), a.text


def test_points_asked_at_a_close_that_lists_none_are_the_last_parts(
        built_settings: Settings) -> None:
    # 篇七 三、加强领导,统筹兼顾…: "第一,进一步加强领导。" … "第三,进一步加强宣传。", not the
    # speech's three parts its opening announces
    a = ask(built_settings, "篇七讲到末了,要求在哪三个方面再加把劲?")
    assert all(t in a.text for t in ("进一步加强领导", "进一步加强统筹", "进一步加强宣传")), a.text


def test_a_speechs_last_big_block_gives_its_points(built_settings: Settings) -> None:
    # 篇八 三、强化组织领导…: "一要压实工作责任。" … "四要加强考核问责。"
    a = ask(built_settings, "篇八最后一大块里列了几条?各是什么?")
    assert all(t in a.text for t in ("压实工作责任", "形成工作合力", "强化基础保障",
                                     "加强考核问责")), a.text


def test_a_count_of_points_asked_with_which_they_are_is_answered_by_the_points(
        built_settings: Settings) -> None:
    # 篇三: "第三,处理好三个关系,…" "一要处理活动场所建设一步规划和分步实施的关系。" …
    a = ask(built_settings, "篇三说盖村级活动场所时有几对关系要摆正,是哪几对?")
    assert not a.refused and "办公室和服务室的关系" in a.text, a.text


def test_a_plenary_asked_of_another_committee_is_not_the_one_a_speech_names(
        built_settings: Settings) -> None:
    # 篇六 closes: "全面贯彻县委九届六次全委(扩大)会议精神"
    assert ask(built_settings, "篇六结尾让大家贯彻地委第几届第几次全委会议精神?").refused
    a = ask(built_settings, "篇六结尾让大家贯彻县委第几届第几次全委会议精神?")
    assert not a.refused and "九届六次" in a.text, a.text


def test_the_nth_of_a_series_of_quoted_names_asked_in_english_is_that_name(
        built_settings: Settings) -> None:
    # "深入开展“便民服务代理”、“进千村万户、记民情日记、建民情台账、促和谐发展”、“首问负责制”
    # 三项工作": the second item lists four things inside its quotes, and is one item
    a = converse(built_settings, "Which three tasks does Speech 7 give for running the "
                                 "convenience service centres well?", "And the third one?")
    assert "首问负责制" in a.text and "便民服务代理" not in a.text, a.text


def test_the_parts_an_english_question_says_a_speech_is_organised_around(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Which four themes is the Anhui speech on rural Party building "
                            "organised around?")
    assert all(t in a.text for t in ("全面完成村级组织活动场所建设任务", "着力抓好五支队伍建设",
                                     "结合深化和拓展三级联创活动",
                                     "主动适应新形势和新要求")), a.text


def test_a_saying_paraphrased_in_everyday_words_is_found(built_settings: Settings) -> None:
    # 篇四: "不抓经济工作要误大事,不抓党建工作要出大事"
    a = ask(built_settings, "哪篇讲话说光顾搞钱会误事、不管党建会出乱子?")
    assert "不抓党建工作要出大事" in a.text, a.text


def test_a_question_whose_everyday_words_the_best_sentence_says_officially_is_answered(
        built_settings: Settings) -> None:
    # 篇三: "如,经济发展落后村可以脱贫致富为主题,富裕村可以建设全面小康村为主题。"
    a = ask(built_settings, "创先争优时,富村跟穷村分别可以定个啥目标?")
    assert not a.refused and "富裕村" in a.text, a.text


def test_aspects_asked_of_a_sentence_opening_their_numbered_run_are_that_run(
        built_settings: Settings) -> None:
    # 篇三: "具体的可以从以下四个方面来理解:一是…;" "二是…;" "三是…;" "四是…。", below
    # sentences on 淮北's venues that score better
    a = ask(built_settings, "淮北那种院子敞开、不建围墙的村部,讲话让人从哪几方面去体会它的好处?")
    assert all(t in a.text for t in ("中心的作用", "搭建了平台", "血肉联系", "执政基础")), a.text


def test_how_a_speech_opens_is_its_first_sentences(built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇开头是怎么讲的?")
    assert a.text.startswith("据篇五：在全区上下奋战四季度"), a.text


def test_an_english_question_on_the_first_of_the_last_parts_points(
        built_settings: Settings) -> None:
    # 篇八 三、…: "一要压实工作责任。" (not the first part's first point)
    a = ask(built_settings, "In the Panzhihua speech the last part sets out four requirements. "
                            "What is the first?")
    assert "压实工作责任" in a.text, a.text


def test_how_many_points_a_speech_on_its_subject_makes_then_a_points_heading(
        built_settings: Settings) -> None:
    a = converse(built_settings, "How many points does the speaker make in the Jingkou speech "
                                 "on grassroots Party organisations?",
                 "What's the heading of the third point?")
    assert "三、着眼新要求,加快提高基层党员干部的素质" in a.text, a.text


def test_a_keyword_query_for_a_speechs_section_headings(built_settings: Settings) -> None:
    a = ask(built_settings, "Jingkou speech three main sections titles")
    assert all(t in a.text for t in ("一、适应新形势", "二、明确新目标", "三、着眼新要求")), a.text


def test_a_part_named_in_everyday_words_gives_its_points(built_settings: Settings) -> None:
    # 篇八 二、围绕推进农村改革发展…: 第一,强化“支部带村”… 第二,…“实业兴村”… 第三,…“依法治村”
    a = ask(built_settings, "攀枝花那篇讲话里讲村子的那部分,提了哪几点?都列出来")
    assert all(t in a.text for t in ("支部带村", "实业兴村", "依法治村")), a.text


def test_a_count_of_places_stated_at_another_level_than_the_speech_counts_is_refused(
        built_settings: Settings) -> None:
    # 篇四 counts 35 乡镇办事处 (their "五小" facilities), never 35 villages
    a = ask(built_settings, "耒阳35个村的“五小”设施建设是靠哪几条途径筹的钱?")
    assert a.refused, a.text


def test_which_batch_asked_of_a_point_is_answered_by_the_sentence_after_it(
        built_settings: Settings) -> None:
    # 篇六: "三是进一步搞好乡镇“双语”培训班。目前,…第七期“双语”培训班…已开课。", the
    # point scoring best
    a = converse(built_settings, "新疆那个县开地区现场会的讲话是哪篇?",
                 "那边乡镇的“双语”培训班办到第几期了?")
    assert not a.refused and "第七期" in a.text, a.text


def test_a_saying_is_quoted_with_the_sayings_after_it(built_settings: Settings) -> None:
    # 篇二: "九层之台,起于垒土。" "地基坚固,大厦稳固;" "基础不牢,地动山摇。"
    a = ask(built_settings, "篇二开头那段拿盖高楼打比方的古语,原文怎么说的?")
    assert "九层之台" in a.text and "地动山摇" in a.text, a.text


def test_points_asked_of_a_meeting_at_its_end_in_everyday_words_are_its_close(
        built_settings: Settings) -> None:
    # 篇六's close: "…一是要认真学习会议精神。" "二是要及时制定贯彻意见和具体措施。"
    # "三是狠抓落实。"
    a = ask(built_settings, "沙雅那次现场会开到最后,对与会的同志提了哪几条要求?")
    assert all(t in a.text for t in ("认真学习会议精神", "及时制定贯彻意见", "狠抓落实")), a.text


def test_the_means_asked_over_another_word_for_a_means_said_in_passing(
        built_settings: Settings) -> None:
    # 篇六: "继续坚持党员电化教育以电视手段为主,…", below "…等多种形式,深入开展党员电化教育。"
    a = converse(built_settings, "地区那次农村基层组织建设现场会在哪个县召开?",
                 "这个县党员电化教育主要靠什么手段?")
    assert "以电视手段为主" in a.text, a.text


def test_a_speech_said_to_have_said_it_is_no_one_quoted(built_settings: Settings) -> None:
    # 篇八: "…县(区)委书记要当好“一线总指挥”…", not 篇四's quote of a leader's words
    a = ask(built_settings, "县委书记抓党建该当什么角色?我印象里有篇讲话专门说过")
    assert "一线总指挥" in a.text, a.text


def test_a_figure_of_speech_asked_is_the_saying_its_speech_quotes(
        built_settings: Settings) -> None:
    a = ask(built_settings, "有篇讲话用盖大楼打地基来打比方讲基层的重要,出自哪篇?")
    assert "九层之台" in a.text and "篇二" in a.text, a.text


def test_who_gave_a_verdict_is_the_sentence_before_it(built_settings: Settings) -> None:
    # 篇四: "6月23日,省委创先争优活动督查组一行莅临耒阳,…" then "评价我市的…:“…”"
    a = ask(built_settings, "“行动快,工作实,质量好”这个评价是谁给耒阳的?")
    assert "督查组" in a.text and "行动快" in a.text, a.text


def test_a_run_of_unnumbered_items_after_a_lead_in_is_quoted_whole(
        built_settings: Settings) -> None:
    # 篇三: "抓好落实,既有责任心的问题,也有工作方法的问题。" then "要突出重点抓落实,…;" …
    a = ask(built_settings, "篇三里说落实不到位,既有责任心问题也有方法问题,那给了几种方法?")
    assert all(t in a.text for t in ("突出重点抓落实", "因地制宜抓落实", "搞好试点抓落实",
                                     "健全制度抓落实")), a.text


def test_what_to_do_with_something_the_quote_names_is_in_that_quote(
        built_settings: Settings) -> None:
    # 篇六: "…对一些没有必要上墙的,可以形成《制度汇编》装订成册。", not the points after it
    a = converse(built_settings, "沙雅县要把哪些制度办法做成公开栏?", "不用上墙的那部分咋办呢?")
    assert "制度汇编" in a.text, a.text


def test_disasters_a_speech_lists_are_named_by_example(built_settings: Settings) -> None:
    a = ask(built_settings, "篇二列举了哪几场灾害来说明基层党组织冲在前面?")
    assert "98年的抗洪" in a.text, a.text


def test_a_system_asked_by_whose_it_is_is_one_of_theirs(built_settings: Settings) -> None:
    # 篇七: "…要落实好领导干部月度工作记实制,…", not the village cadres' systems above it
    a = ask(built_settings, "篇七讲乡镇班子成员到村里帮扶,要落实领导干部的哪种制度?")
    assert "记实制" in a.text, a.text


def test_the_same_asked_in_turn_of_another_speech_is_answered_there(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇三里发展党员实行哪些制度?", "篇四里又是怎么讲的?")
    assert not a.refused and "预审制" in a.text, a.text
    a = converse(built_settings, "In Speech 6, how many points does the speaker make?",
                 "And what about Speech 4?")
    assert "三点意见" in a.text, a.text


def test_a_speechs_parts_asked_by_its_meeting_or_its_layout(built_settings: Settings) -> None:
    heads = ("一、适应新形势", "二、明确新目标", "三、着眼新要求")
    a = ask(built_settings, "京口开全区组织建设大会的那篇讲话,总共分了几个大部分?")
    assert all(h in a.text for h in heads), a.text
    a = ask(built_settings,
            "Is the Jingkou speech organised - what are the titles of its sections?")
    assert all(h in a.text for h in heads), a.text


def test_a_few_things_counted_then_asked_each_are_listed(built_settings: Settings) -> None:
    a = ask(built_settings, "篇四点出的农村党建新问题有几条,都是什么?")
    assert "第一,思想的不重视" in a.text and "第五,管理的不规范" in a.text, a.text
    a = ask(built_settings, "篇七整治干部作风给乡镇列了五条办法,都是什么?")
    assert "整改销号制" in a.text and "长效机制" in a.text, a.text


def test_who_speaks_in_a_while_in_everyday_words(built_settings: Settings) -> None:
    # 篇四: "等下,市委袁书记还将作重要讲话,…"
    a = ask(built_settings, "耒阳那篇讲话结尾前说待会儿谁还要讲话?")
    assert "袁书记" in a.text, a.text


def test_a_few_townships_who_did_more_asked_whom_is_no_count(built_settings: Settings) -> None:
    # 篇四: "蔡子池、水东江、余庆、遥田等乡镇、办事处还将“双述双评”活动范围扩大至各村两委
    # 班子成员,…"
    a = ask(built_settings, "篇四里有几个乡镇还把“双述双评”推到了谁那里?")
    assert not a.refused and "两委班子成员" in a.text, a.text


def test_young_successors_counted_by_ge_are_people(built_settings: Settings) -> None:
    # 篇七: "xx整合公益性岗位…确保每村有1至2名年轻后备干部…": the masked place is no count
    a = ask(built_settings, "篇七里每村留几个年轻苗子跟着村干部跑农户?")
    assert not a.refused and "1至2名" in a.text, a.text


def test_a_saying_asked_at_a_speechs_opening_is_quoted_though_unnamed(
        built_settings: Settings) -> None:
    a = ask(built_settings, "有篇讲话说根基不稳上面就晃,这是第几篇讲的?开头那句老话怎么说?")
    assert "九层之台" in a.text, a.text
    a = ask(built_settings, "speech 2 opening proverb")
    assert not a.refused and "九层之台" in a.text, a.text


def test_the_last_slogan_of_a_speech_is_its_close(built_settings: Settings) -> None:
    a = ask(built_settings, "第一篇最后喊的是什么口号?")
    assert not a.refused and "不断开创全市基层组织建设工作新局面" in a.text, a.text


def test_three_things_described_and_asked_each_are_the_paragraph_heads_framed_alike(
        built_settings: Settings) -> None:
    # 篇五: "班子要配强,增强战斗力。" "队伍要配优,增强生命力。" "改革要配套,增强凝聚力。"
    heads = ("班子要配强", "队伍要配优", "改革要配套")
    a = ask(built_settings, "有篇讲话讲把支部建强说了三条,一条管领导班子、一条管党员发展、"
                            "一条管干部待遇政策,各自为了增强什么?")
    assert all(h in a.text for h in heads), a.text
    a = ask(built_settings, "京口那篇第一部分,对带头人、党员、激励政策这三头各提了什么要求?")
    assert all(h in a.text for h in heads), a.text


def test_a_speech_named_by_number_with_hao_and_taking_the_whole_in_view(
        built_settings: Settings) -> None:
    a = ask(built_settings, "2号讲话说工作要一盘棋,具体讲了哪三样?")
    assert "统筹城乡发展" in a.text and "统筹党群一体化发展" in a.text, a.text


def test_a_sentence_listing_what_it_mainly_holds_answers_where_it_stands(
        built_settings: Settings) -> None:
    # 篇六: "公开内容主要以村级机动地增减变动栏、…等个公开监督栏为主。", not the part's
    # headings its neighbours fall under
    a = ask(built_settings, "沙雅村部门口的公示牌上主要挂哪几样内容?")
    assert "村级机动地增减变动栏" in a.text and "民主管理流程示意图" in a.text, a.text


def test_a_count_then_every_item_requested_is_the_list(built_settings: Settings) -> None:
    a = ask(built_settings, "篇四讲的农村党建新问题总共几条?请一一列出来")
    assert "第一,思想的不重视" in a.text and "第五,管理的不规范" in a.text, a.text


def test_a_few_asked_with_a_yes_or_no_counts_nothing(built_settings: Settings) -> None:
    # 篇六: "考核基层组织建设工作,不仅要看达到了“几有”、…,还要看反映在…的效果指标"
    a = ask(built_settings, "考核基层组织建设,只看几个达标项够不够?还要看什么?")
    assert not a.refused and "效果指标" in a.text, a.text


def test_a_speech_named_by_its_topic_is_asked_its_parts(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇农村党建的讲话分了几大块?")
    assert "三点意见" in a.text, a.text


def test_what_the_meeting_asked_at_its_end_is_the_speechs_close(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅县开的会最后提了哪几点要求?")
    assert "认真学习会议精神" in a.text and "狠抓落实" in a.text, a.text


def test_where_the_judges_of_a_quote_came_is_in_the_sentence_before(
        built_settings: Settings) -> None:
    # 篇四: "6月23日,省委创先争优活动督查组一行莅临耒阳,…" then "评价我市的…:“…”"
    a = ask(built_settings, "“书记亲自抓,行动快”这句评价出自谁之口?评的是什么地方?")
    assert not a.refused and "督查组" in a.text, a.text


def test_street_offices_asked_where_the_speech_says_villages_is_refused(
        built_settings: Settings) -> None:
    # 篇五: "…要求全区各村根据自身实际,编制了年度…发展计划": no street office's
    a = ask(built_settings, "京口那篇说全区各街道都编制了哪些年度计划?")
    assert a.refused, a.text


def test_items_each_a_short_sentence_before_one_of_body_are_listed(
        built_settings: Settings) -> None:
    # 篇二: "要扩大选举中的民主权利,为发展选好班子。" "进一步改进…" "要拓展民主参与的途径,…"
    a = ask(built_settings, "有篇讲话讲党内民主,给了哪三个办法?")
    assert all(t in a.text for t in ("扩大选举中的民主权利", "拓展民主参与的途径",
                                     "推行党务政务公开")), a.text


def test_people_asked_as_which_people_are_a_sentence_naming_them(
        built_settings: Settings) -> None:
    # 篇八: "…让致富带头人、大学生村官、务工经商人员、复员退伍军人等优秀人才到适当岗位锻炼,
    # 择优提拔为村支部书记", not the numbered points around it
    a = ask(built_settings, "攀枝花换届时打算提拔哪些人当村支书?")
    assert "致富带头人" in a.text and "复员退伍军人" in a.text, a.text


def test_the_parts_asked_with_what_each_says_are_the_speechs_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇讲话总共分成了几大块?每一块的大标题分别说了些什么?")
    assert "三点意见" in a.text, a.text


def test_the_last_part_of_a_speech_named_by_its_meeting_or_topic_lists_its_points(
        built_settings: Settings) -> None:
    a = ask(built_settings, "推进会那篇里,最后一部分提了哪几条?")
    assert "进一步加强领导" in a.text and "进一步加强宣传" in a.text, a.text
    a = ask(built_settings, "讲产业园区党建的那篇,最后一部分提了哪几条要求?")
    assert "压实工作责任" in a.text and "加强考核问责" in a.text, a.text


def test_a_speechs_last_sentence_asked_is_its_close(built_settings: Settings) -> None:
    a = ask(built_settings, "京口区那篇讲话的最后一句话说的是什么?")
    assert "生机和活力" in a.text, a.text


def test_a_close_asked_again_of_the_speech_named_by_its_length(
        built_settings: Settings) -> None:
    a = converse(built_settings, "耒阳那篇讲话最后是怎么收尾的?", "那最长的那篇呢?")
    assert not a.refused and a.citations[0].passage.speech == 3, a.text


def test_the_others_of_paragraphs_opening_alike_after_one_confirmed(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇二讲加强基层党建的理由有三个“这是”,头一个是历史的昭示对吧?",
                 "那另外两个呢?")
    assert "时代的要求" in a.text and "现实的选择" in a.text, a.text


def test_a_speech_described_before_that_district_is_not_what_is_asked(
        built_settings: Settings) -> None:
    a = ask(built_settings, "搞“磐石计划”的那个区,选支部书记要看重哪些能力?")
    assert "思想素质高" in a.text, a.text


def test_an_english_question_on_county_secretaries_quotes_a_sentence_naming_them(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Panzhihua speech: what should county Party secretaries be?")
    assert "一线总指挥" in a.text, a.text


def test_community_secretaries_asked_where_the_speech_says_villages_is_refused(
        built_settings: Settings) -> None:
    # 篇八: "一是选好乡村党组织书记。…" (no community's)
    assert ask(built_settings, "攀枝花那篇讲话对社区党组织书记的人选有哪些要求?").refused
    # 篇三: "省里拟于五月份…对全省乡镇党委书记进行为期一周的集中培训" (the province's)
    assert ask(built_settings, "安徽那篇说,县里给乡镇党委书记办的集中培训是哪个月?").refused


def test_a_meeting_held_in_the_speakers_own_county_is_where_it_was_held(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅那篇开头提到的地区现场会是在哪里召开的?")
    assert not a.refused and "在我县成功召开" in a.text, a.text


def test_a_count_then_which_they_are_is_answered_by_the_list(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇讲的农村党建新问题一共有几条?都是哪几条?")
    assert "第一,思想的不重视" in a.text and "第五,管理的不规范" in a.text, a.text


def test_the_first_item_of_a_part_asked_after_what_the_part_lists(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅那篇第二部分列的措施,头一条是什么?")
    assert "三级联创" in a.text, a.text


def test_the_one_paragraph_speech_named_in_english_is_the_shortest(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "In the one-paragraph speech, what kind of task is strengthening grassroots Party "
            "organisations?")
    assert "长期的任务" in a.text, a.text


def test_a_speech_named_by_who_called_its_meeting_is_summarised_by_its_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口区委召集的那次会,领导讲话分了几大块?")
    assert "一、适应新形势" in a.text and "三、着眼新要求" in a.text, a.text


def test_a_speech_of_one_sentence_answers_what_that_sentence_says(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇一讲话说要从哪个实际出发?")
    assert not a.refused and "从我市实际出发" in a.text, a.text


def test_a_point_number_a_part_skips_is_said_to_be_missing(built_settings: Settings) -> None:
    a = ask(built_settings, "篇六第二部分第(四)项讲什么?")
    assert a.refused and "没有一项标为第4项" in a.text, a.text


def test_where_a_speech_ends_up_asked_of_another_is_its_close(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇八讲话最后号召什么?", "换到篇五,它收尾落在哪儿?")
    assert not a.refused and "充满生机和活力" in a.text, a.text


def test_a_demonstrative_after_a_region_leaves_the_question_answered(
        built_settings: Settings) -> None:
    a = ask(built_settings, "除了沿淮那几个县,其他地方建村部的钱从哪儿来?")
    assert not a.refused and "立足自身力量" in a.text, a.text


def test_a_dish_in_a_provinces_style_is_off_topic(built_settings: Settings) -> None:
    assert ask(built_settings, "What's the best recipe for Hunan-style smoked pork?").refused


def test_a_speech_s_last_part_named_as_its_close_is_summarised(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇二收尾的那一大部分讲了什么?")
    assert "三、改革创新是时代潮流" in a.text, a.text


def test_a_code_of_digits_followed_by_other_lists_is_not_spelled_out(
        built_settings: Settings) -> None:
    # (four ways of helping follow “321”: not what 3, 2 and 1 are)
    assert ask(built_settings, "篇七讲帮扶时用的“321”模式,3、2、1分别指的是什么?").refused


def test_the_code_whose_digits_are_listed_is_the_term_asked(built_settings: Settings) -> None:
    a = ask(built_settings, "篇七搞“四帮四促”时按的“321”模式,3、2、1各是什么意思?")
    assert a.refused, a.text


def test_the_others_called_by_their_shared_words_are_quoted(built_settings: Settings) -> None:
    a = converse(built_settings, "篇七最后一大块列了哪几条?", "头一条具体讲什么?",
                 "那另外两个“进一步”是啥?")
    assert "第二,进一步加强统筹" in a.text and "第三,进一步加强宣传" in a.text, a.text


def test_who_gave_the_speech_itself_is_never_named(built_settings: Settings) -> None:
    # (篇八 names 东明书记, who gave instructions at the province's meeting, not this speech)
    assert ask(built_settings, "攀枝花这篇讲产业园区的讲话是哪位领导讲的?").refused
    assert ask(built_settings,
               "Who delivered the speech on the Panzhihua industrial parks?").refused
    assert not ask(built_settings, "园区和农村党建那篇,省委会上是谁作的重要指示?").refused


def test_the_rest_after_an_item_quoted_with_all_its_points_are_its_siblings(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇三要建好的五支队伍,第一支讲的是乡镇党委书记队伍吗?",
                 "剩下的几个呢?")
    assert "第二,以全面落实" in a.text and "第五,以充分发挥作用为重点" in a.text, a.text


def test_what_a_speech_s_meeting_is_for_is_said_in_its_opening(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅那次会议究竟是干啥的?")
    assert "今天会议的主要内容是" in a.text, a.text
    a = ask(built_settings, "What was the Shaya county meeting mainly for?")
    assert "今天会议的主要内容是" in a.text, a.text


def test_a_sentence_naming_another_township_is_about_that_one_whatever_came_before(
        built_settings: Settings) -> None:
    # (谷汪乡 opens the paragraph; the villages named strong are 牛场镇's)
    assert ask(built_settings, "篇七说谷汪乡有多少个村评上了州级集体经济强村?").refused


def test_a_village_the_speech_names_for_something_else_gets_no_quote_about_other_things(
        built_settings: Settings) -> None:
    # (篇三 names 小岗村 only where the province's secretary went to look at dispatched cadres)
    assert ask(built_settings, "凤阳县小岗村的活动场所对村民开放吗?").refused


def test_the_part_marked_three_is_the_third_where_earlier_markers_were_lost(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇二讲话第三部分讲了些什么?")
    assert "三、改革创新是时代潮流" in a.text and "要发展党内民主" not in a.text, a.text


def test_what_it_asks_of_everyone_at_the_end_is_quoted_from_its_close(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇六最后对大家提了哪几点要求?")
    assert "要认真学习会议精神" in a.text and "狠抓落实" in a.text, a.text


def test_a_follow_up_in_its_own_words_is_answered_within_the_item_not_by_the_part_number(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇七第三部分讲“加强统筹”,全市的目标是什么?",
                 "那它说党建和经济工作要怎样结合起来?")
    assert "同部署、同落实、同检查、同考核" in a.text, a.text


def test_a_word_another_speech_uses_in_passing_is_no_term_the_speech_lacks(
        built_settings: Settings) -> None:
    a = ask(built_settings, "为了让村党组织真正成为村里的“主心骨”,攀枝花那篇要求它握住哪几项权力?")
    assert not a.refused and "强化规则制定权" in a.text, a.text


def test_a_speech_described_by_its_close_is_asked_of_its_opening(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "那篇结尾说要以优异成绩向建党100周年献礼的讲话,开头讲加强基层党建为什么要紧,给了哪几条理由?")
    assert "这是历史的昭示" in a.text, a.text


def test_what_a_term_is_made_of_asked_of_a_speech_that_only_names_it_is_refused(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇一讲的“明确思路”,具体要明确哪些思路?").refused


def test_a_speech_named_by_the_clause_of_its_meeting_is_summarised(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳开的那次农村党建现场交流会上,讲话的人一共讲了几大块?")
    assert "先讲三点意见" in a.text, a.text
    a = ask(built_settings, "年中那个农村党建和“三项活动”推进会,领导的讲话一共分成几大块?")
    assert "下面,我讲三个方面的意见" in a.text, a.text


def test_a_keyword_query_counting_quoted_terms_after_speech_names_no_speech_number(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Jingkou speech three 'firsts' cadres should take")
    assert a.citations and a.citations[0].passage.speech == 5, a.text


def test_going_back_to_town_at_night_is_no_place_the_speeches_lack(
        built_settings: Settings) -> None:
    a = ask(built_settings, "有的乡镇干部下了班就回城住,耒阳是怎么把人留在乡里的?")
    assert not a.refused, a.text


def test_the_last_of_the_points_a_speech_counts_is_its_last_part(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇二讲了三点意见,压轴的第三点主要在谈什么?")
    assert "三、改革创新是时代潮流" in a.text, a.text


def test_a_speech_named_by_its_districts_meeting_is_that_speech(
        built_settings: Settings) -> None:
    a = ask(built_settings, "区里那次基层组织建设会上的讲话,结尾是怎么说的?")
    assert a.citations and a.citations[0].passage.speech == 5, a.text


def test_which_document_is_answered_by_the_sentence_naming_one(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口区这次会开之前那年九月,中央全会拿出了什么文件?")
    assert "《关于加强党的执政能力建设的决定》" in best_quote(a), a.text


def test_a_speech_described_then_one_by_one_is_that_speech(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇一条条列了这几年哪些方面的成效?")
    assert a.citations and a.citations[0].passage.speech == 4, a.text


def test_the_rest_called_by_their_kind_are_the_items_after_the_one_quoted(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇六讲提高村干部素质,头一项措施办的是什么班?",
                 "剩下那几项培训分别是啥?")
    assert "三支队伍" in a.text and "双语" in a.text, a.text


def test_a_lead_in_showing_how_something_shows_quotes_every_way_it_shows(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅的讲话承认工作上有哪些薄弱环节?")
    assert "只想着自己致富" in a.text, a.text


def test_weak_spots_asked_in_english_after_another_speech_are_the_ones_it_admits(
        built_settings: Settings) -> None:
    a = converse(built_settings, "What problems does the Leiyang speech list?",
                 "And the Shaya one, what weak spots does it own up to?")
    assert a.citations and a.citations[0].passage.speech == 6, a.text
    assert "薄弱环节" in a.text and "只想着自己致富" in a.text, a.text


def test_the_speaker_asked_after_the_speakers_place_is_not_given(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇四这篇讲话是耒阳哪位市领导作的?").refused


def test_a_speech_named_by_the_meeting_clause_before_that_speech_is_summarised(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳开现场交流会时那篇讲话,分成哪几块?")
    assert "三、突出重点" in a.text and "新问题" in a.text, a.text


def test_a_follow_up_of_short_asks_after_a_part_named_is_not_its_item_of_that_number(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇二第三部分要创新哪些工作载体?",
                 "社区那个呢?具体开展什么活动,要达到啥效果?")
    assert "三联三增" in a.text, a.text


def test_the_close_asked_for_points_where_it_lists_none_is_the_last_part(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇七那个推进会上,讲话收尾那部分要大家在哪些方面使劲?")
    assert _items(a) == ["第一", "第二", "第三"], a.text
    assert "加强宣传" in a.text, a.text


def test_which_of_a_term_a_shorter_list_follows_is_not_given(built_settings: Settings) -> None:
    assert ask(built_settings, "篇二讲要深化“四建”,到底是哪“四建”?").refused


def test_a_term_another_speech_spells_out_is_not_spelled_out_by_the_one_asked(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇七讲的流动党员“四个一”具体是指哪四个?").refused


def test_a_part_beyond_those_a_speech_has_is_refused_as_missing(built_settings: Settings) -> None:
    a = ask(built_settings, "篇一那篇讲话的第三部分都说了些什么?")
    assert a.refused and "没有第三部分" in a.text, a.text
    assert not ask(built_settings, "篇八的第三部分都说了些什么?").refused


def test_the_aspects_a_speech_is_built_around_are_its_parts(built_settings: Settings) -> None:
    a = ask(built_settings, "攀枝花那篇讲话,主要围绕哪几个方面展开?")
    assert "一、着眼强化" in a.text and "三、强化组织领导" in a.text, a.text


def test_which_of_a_count_another_speech_spells_out_asked_by_its_word_is_not_given(
        built_settings: Settings) -> None:
    assert ask(built_settings,
               "篇七说要建立流动党员联系服务卡,落实“四个一”,到底是哪四个“一”?").refused


def test_where_the_greatest_danger_lies_is_no_place_asked(built_settings: Settings) -> None:
    a = converse(built_settings, "篇二说我们党最大的优势是什么?", "那最大的危险究竟在哪里?")
    assert "最大的危险" in a.text, a.text


def test_village_rules_in_english_search_the_speeches_term(built_settings: Settings) -> None:
    a = ask(built_settings, "Panzhihua: what should village rules avoid?")
    assert "村规民约" in a.text, a.text


def test_the_ways_to_carry_out_an_item_just_quoted_are_its_points(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇二讲话里,第四点是什么?", "那具体得从哪几个方面去抓?")
    assert "扩大选举中的民主权利" in a.text and "推行党务政务公开" in a.text, a.text


def test_weak_spots_in_everyday_words_are_the_problems_listed(built_settings: Settings) -> None:
    a = ask(built_settings, "篇四觉得眼下农村党建都有哪些短板?")
    assert _items(a)[:2] == ["第一", "第二"] and "思想的不重视" in a.text, a.text


def test_a_person_pointed_at_whom_the_speech_does_not_name_is_not_given(
        built_settings: Settings) -> None:
    assert ask(built_settings, "篇七说有名村干部被“歇职”了一个月,那个村干部叫啥?").refused


def test_a_count_stated_with_a_thousands_separator_is_no_answer(built_settings: Settings) -> None:
    assert ask(built_settings,
               "Of Anhui's 1,989 village venues in the second round, how many were finished?"
               ).refused


def test_a_speech_named_by_that_meeting_is_summarised_by_its_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口区委开全区基层组织建设会那次,领导讲话分成了几大块?")
    assert "一、适应新形势" in a.text and "三、着眼新要求" in a.text, a.text


def test_the_angles_an_argument_is_made_from_are_the_paragraphs_opening_alike(
        built_settings: Settings) -> None:
    for question in ("篇二是从哪几个角度论证必须加强基层党建的?",
                     "讲苏联、墨西哥那些大党丢了政权的那篇讲话,从哪三个角度讲基层党建非抓不可?"):
        a = ask(built_settings, question)
        assert "这是历史的昭示" in a.text and "这是现实的选择" in a.text, (question, a.text)


def test_how_a_speech_is_laid_out_is_its_parts(built_settings: Settings) -> None:
    a = ask(built_settings, "攀枝花那篇讲话是怎么谋篇的?")
    assert "一、着眼强化" in a.text and "三、强化组织领导" in a.text, a.text


def test_a_place_the_speech_named_by_its_own_place_never_names_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇讲话对淮北的开放式活动场所怎么看?")
    assert a.refused and "淮北" in a.text, a.text
    assert not ask(built_settings, "淮北的开放式活动场所是怎么建的?").refused


def test_a_session_asked_that_the_scrape_masked_is_not_given(built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇讲话说“党要管党、从严治党”是党的哪一届四中全会概括的?")
    assert a.refused, a.text
    assert not ask(built_settings, "篇二要以党的哪一届五中全会精神为指导?").refused


def test_the_points_counted_at_the_end_reached_are_the_last_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "攀枝花那篇讲话到最后,为了抓落实一共列了哪几条?")
    assert _items(a)[:2] == ["一要", "二要"] and "压实工作责任" in a.text, a.text


def test_a_follow_up_asking_how_another_speech_ends_is_its_close(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇二在结尾处提出了什么希望?", "换个篇五呢?它最后是怎么收的?")
    assert "事关长远" in a.text, a.text


def test_a_year_the_scrape_masked_is_not_given_by_another_sentences_this_year(
        built_settings: Settings) -> None:
    a = ask(built_settings, "安徽那次会议上,全面完成村级组织活动场所建设任务定在哪一年?")
    assert a.refused, a.text


def test_the_rest_of_a_list_after_a_quote_from_inside_its_first_item_are_its_others(
        built_settings: Settings) -> None:
    a = converse(built_settings, "耒阳的讲话里,下阶段排第一的工作是什么?", "那其余几项呢?")
    assert not a.refused, a.text
    assert "二要突出抓好创先争优活动" in a.text and "五要突出抓好党建阵地建设" in a.text, a.text


def test_an_item_counted_in_the_list_whose_lead_in_calls_it_so_opens_that_item(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇四列举的农村党建新问题当中,第三条是啥?")
    assert best_quote(a).startswith("第三,班子的不团结"), a.text


def test_the_rest_of_a_series_listed_within_a_sentence_are_its_other_items(
        built_settings: Settings) -> None:
    a = converse(built_settings, "篇七靠开展哪三项工作让便民利民综合服务中心正常运转起来?",
                 "第一项是什么?", "其余两项呢?")
    assert "首问负责制" in a.text and "进千村万户" in a.text, a.text
    assert "便民服务代理" not in a.text, a.text


def test_a_body_the_speech_of_the_place_asked_never_names_is_refused(
        built_settings: Settings) -> None:
    a = ask(built_settings, "中央组织部对沙雅县村级阵地建设提出了什么要求?")
    assert a.refused and "中央组织部" in a.text, a.text
    assert not ask(built_settings, "自治区党委对沙雅县村级阵地建设有什么指示?").refused


def test_the_rest_after_an_item_quoted_with_its_points_are_that_items_siblings(
        built_settings: Settings) -> None:
    a = converse(built_settings, "安徽那篇讲话说的五支队伍,第一支乡镇党委书记重点抓什么?",
                 "另外四支呢?")
    assert "第二,以全面落实" in a.text and "第五," in a.text, a.text
    assert "一要研究乡镇党委书记" not in a.text, a.text


def test_the_whole_district_asked_is_the_district_a_speech_calls_its_own(
        built_settings: Settings) -> None:
    a = ask(built_settings, "京口那篇讲话收尾处,希望把全区基层党组织建设得怎么样?")
    assert not a.refused and "把我区基层党组织建设得更加坚实" in a.text, a.text


def test_a_meeting_named_short_of_one_word_names_the_speech_not_what_is_asked(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳开现场交流会时,讲话说这几年村干部报酬有什么变化?")
    assert "村级组织运转经费由" in best_quote(a), a.text
    assert "市委召开这次现场经验交流会" not in a.text, a.text


def test_shortcomings_asked_are_those_the_speech_owns_up_to(built_settings: Settings) -> None:
    a = ask(built_settings, "篇七上半年工作暴露出哪些问题?")
    assert "也存在一些不足,主要表现为" in a.text, a.text


def test_a_list_asked_of_a_close_listing_things_in_one_sentence_is_that_sentence(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳那篇讲话临结束时,要大家心里装着哪几样东西?")
    assert "牢固树立机遇意识、大局意识和责任意识" in best_quote(a), a.text


def test_a_count_asked_in_english_finds_the_sentence_quoting_as_many(
        built_settings: Settings) -> None:
    a = ask(built_settings, "Jingkou rock-solid Party organisations eight characteristics")
    assert "经济富、机制健、手脚活、制度好、保障实、能人多、党员爱、知名度高" in a.text, a.text


def test_a_meeting_named_without_its_work_word_is_answered_with_that_speechs_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "区里开基层组织建设会那次的讲话,一共分成几块?")
    quotes = [c.quote for c in a.citations]
    assert [q[:2] for q in quotes] == ["一、", "二、", "三、"], a.text
    assert all(c.passage.speech == 5 for c in a.citations), a.text


def test_a_bare_count_after_a_part_is_answered_from_that_part(built_settings: Settings) -> None:
    a = converse(built_settings, "篇八最后一部分讲了什么?", "有几条?")
    assert not a.refused and "四要加强考核问责" in a.text, a.text


def test_what_a_part_is_built_around_is_answered_by_that_part(built_settings: Settings) -> None:
    a = ask(built_settings, "篇二第三部分是围绕什么展开的?")
    assert "改革创新是时代潮流" in a.citations[0].quote, a.text


def test_prefectural_counts_asked_in_english_are_the_speechs_zhou_level(
        built_settings: Settings) -> None:
    a = ask(built_settings, "provincial and prefectural five-good organisations number")
    assert not a.refused and "州级12个" in a.text, a.text


def test_a_string_of_short_phrases_asked_for_is_the_sentence_quoting_them(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "京口那篇,区委指望全区的基层支部往后成个啥模样?讲话拿一串短语形容,统统列给我。")
    assert "经济富、机制健、手脚活" in best_quote(a), a.text


def test_shortcomings_owned_up_to_as_weak_links_answer_a_question_on_them(
        built_settings: Settings) -> None:
    a = ask(built_settings, "沙雅那篇讲完成绩,又说农村基层组织有哪些短板?")
    assert "也存在一些薄弱环节,主要表现在" in a.text, a.text


def test_a_change_since_the_last_round_is_answered_by_the_figure_compared_with_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "耒阳两委换届以后,新班子和上一届相比平均年轻了多少岁?")
    assert not a.refused and "5.4岁" in a.text, a.text


def test_a_speech_described_by_what_it_opens_with_is_that_speech_not_the_first(
        built_settings: Settings) -> None:
    a = ask(built_settings,
            "那篇一开头就提十九届五中全会的市里讲话,说为什么必须抓基层党建,讲了哪几条理由?")
    assert not a.refused and all(c.passage.speech == 2 for c in a.citations), a.text


def test_a_speech_named_by_a_province_wide_meeting_is_the_provincial_speech(
        built_settings: Settings) -> None:
    a = ask(built_settings, "全省农村基层党建会议上的那篇,结尾提了什么要求?")
    assert "农村基层党建工作的落实和创新任务都很繁重" in a.text, a.text


def test_parts_counted_and_the_last_ones_theme_asked_are_the_count_and_that_part(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇三一共分了几大块?最后那块讲的内容是什么?")
    quotes = [c.quote for c in a.citations]
    assert "讲四点意见" in quotes[0] and quotes[1].startswith("四、"), a.text


def test_the_name_of_a_thing_pointed_at_that_the_scrape_left_blank_is_refused(
        built_settings: Settings) -> None:
    # (the speech writes "推行“”工作机制": its name is lost)
    a = ask(built_settings, "沙雅讲话里说能增强乡镇执政能力的那个工作机制,全称是什么?")
    assert a.refused, a.text


def test_how_a_drafts_skeleton_is_built_is_answered_by_its_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇八这篇稿子的骨架是怎么搭的?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"], a.text


def test_pairs_to_set_straight_asked_in_everyday_words_are_the_relations_to_handle_well(
        built_settings: Settings) -> None:
    a = ask(built_settings, "修村部的时候,讲话说得摆平哪几对关系?")
    assert not a.refused and "处理好三个关系" in a.text, a.text


def test_a_wish_to_tell_colleagues_of_a_speechs_frame_asks_its_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "我打算给新来的同事介绍一下京口那篇讲话的框架,一共分几块?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"], a.text


def test_the_shortest_speech_asked_what_it_means_to_say_is_answered_from_it(
        built_settings: Settings) -> None:
    a = ask(built_settings, "篇幅最短的那篇,总共就一段话,它想表达个啥?")
    assert not a.refused and all(c.passage.speech == 1 for c in a.citations), a.text


def test_the_body_after_the_opening_remarks_is_answered_by_the_speechs_parts(
        built_settings: Settings) -> None:
    a = ask(built_settings, "我想捋一捋京口那篇讲话:开场白之后,正文分几部分来讲?")
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"], a.text
