"""Answer-type checks and the calibrated refusal model."""

from __future__ import annotations

import dataclasses
import json
import math
from importlib import resources

import pytest

from askspeech import calibration
from askspeech.answer.answerability import (
    RefusalModel,
    asks_deadline,
    explains,
    gives_date,
    has_place,
    missing_detail,
    quotes_person,
)
from askspeech.answer.extractive import (
    _alike_from,
    _clauses_alike,
    _continues_previous,
    _is_saying,
    _parallel_items,
    _series_asked,
    counted_inline,
    inline_series,
)
from askspeech.ingest.chunking import Passage
from askspeech.query import (
    _ASKS_ITS_PLACE,
    Need,
    Query,
    _place_level,
    months_in,
    needs,
    parse_query,
)
from askspeech.retrieval.crosslingual import Translator
from askspeech.retrieval.search import FusionParams


def q(text: str) -> Query:
    """A Chinese question parsed without an index (no translation needed)."""
    def no_translator() -> Translator:
        raise AssertionError("a Chinese question needs no translator")

    return parse_query(text, translator=no_translator)


@pytest.mark.parametrize(("question", "need"), [
    ("沙雅精选了多少名学员?", Need.NUMBER),
    ("哪一年全面完成换届?", Need.DATE),
    ("省委组织部部长是谁?", Need.PERSON),
    ("作工作报告的市委组织部同志叫什么?", Need.PERSON),
    ("篇二引用的这句话出自哪位皇帝?", Need.PERSON),
    ("篇二引的那句话出自哪部古典小说?", Need.WORK),
    ("Which novel does the saying in speech 2 come from?", Need.WORK),
    ("京口那篇引用列宁的话,出自列宁的哪篇著作?", Need.WORK),
    ("推进会是在哪个市召开的?", Need.PLACE),
    ("参观了哪两个乡镇的党建现场?", Need.PLACE),
    ("“4+2”工作法具体是什么内容?", Need.CONTENT),
])
def test_question_types(question: str, need: Need) -> None:
    assert need in needs(question)
    assert needs("篇二认为党员的哪几项权利还没有兑现?") == ()


def test_who_with_whom_and_comparisons_ask_no_name_or_place() -> None:
    # "谁带谁" asks how groups pair up; "哪个地方…更大" compares the places' figures
    assert Need.PERSON not in needs("那个“三带三帮”到底是谁带谁、谁帮谁?")
    assert needs("沙雅和耒阳相比,哪个地方新建场所的平均面积更大?") == (Need.NUMBER,)
    assert q("沙雅和耒阳相比,哪个地方的面积更大?").compares
    assert not q("怎样吸引更多年轻人入党?").compares
    assert not q("以后评党建,要更多看谁满不满意?").compares  # 更多 says how
    assert needs("哪个乡镇最先完成换届?") == (Need.PLACE,)  # a superlative names a place


def test_months_stated_in_either_language() -> None:
    assert months_in("省里准备在十月份培训,从5月19日起") == {10, 5}
    assert months_in("launched in May, reviewed in October") == {5, 10}
    # a season is its three months; "fall short" and 春节 are none
    assert months_in("去年冬天组织的调研") == months_in("a survey last winter") == {12, 1, 2}
    assert months_in("where does it still fall short?") == months_in("春节期间") == frozenset()
    assert months_in("一个月内完成; it may rain") == frozenset()
    assert q("十二月底前完成了什么?").months == {12}


def test_organisations_named_must_be_mentioned_like_places() -> None:
    assert "越南共产党" in q("篇二提到的越南共产党执政了多少年?").specifics
    # named by its place: the place is what is checked (and the post, which they never name)
    assert q("篇三讲话中,安徽省委组织部部长是谁?").specifics == ("安徽省", "部长")


def test_asked_by_what_means_names_no_kind_of_thing() -> None:
    # "用什么办法" asks how it is done; "落实什么办法" asks which named one
    assert q("具体用什么办法?").name_asked is None
    assert q("要落实什么办法?").name_asked == "办法"
    assert q("篇二用哪句俗话说明这一点?").name_asked is not None


def test_a_rate_named_must_be_mentioned() -> None:
    assert "合格率" in q("换届后村干部的合格率有多高?").specifics
    # (efficiency is no figure asked by name)
    assert not any(t.endswith("率") for t in q("怎么提高机关的工作效率?").specifics)


def test_people_named_by_title_must_be_mentioned() -> None:
    assert "李明" in q("省委书记李明专程到哪里调研选派工作?").specifics
    assert "张书记" in q("篇八里张书记作了什么指示?").specifics
    assert "王浩" in q("篇三要求向王浩同志学习什么?").specifics
    # jieba tags "许诺" as a name; away from a title it is a word
    assert "许诺" not in q("村支书年初在党员大会上当众许诺,这个制度叫什么?").specifics


def test_words_made_of_directions_are_no_places() -> None:
    assert q("淮北村部门口要立哪两样东西?").places == ("淮北",)


def _sentence(text: str) -> Passage:
    return Passage("s1", 1, "t", 1, 0, len(text), text)


def test_missing_detail_checks() -> None:
    asked = "精选了多少名学员?"
    assert missing_detail(q(asked), [_sentence("精选出名学员参加培训。")], {}) is Need.NUMBER
    assert missing_detail(q(asked), [_sentence("精选出30名学员参加培训。")], {}) is None
    # a number that the question itself contains is not an answer
    assert missing_detail(q("第二轮1989个场所建成多少个?"),
                          [_sentence("推进第二轮1989个场所建设。")], {}) is Need.NUMBER
    assert missing_detail(q("投入了多少资金?"), [_sentence("建成164个场所。")], {}) is Need.NUMBER
    assert missing_detail(q("投入了多少资金?"), [_sentence("投入资金1714.3万元。")], {}) is None
    # a price asked is an amount of money, not a count of people
    visit = _sentence("组织了67名村党组织书记赴华西村考察学习。")
    assert missing_detail(q("华西村门票多少?"), [visit], {}) is Need.NUMBER
    assert missing_detail(q("参观华西村的费用是多少?"), [visit], {}) is Need.NUMBER
    assert missing_detail(q("哪一年完成?"), [_sentence("20xx年完成了换届。")], {}) is Need.DATE
    explained = _sentence("做到“五个好”,即领导班子好、党员队伍好。")
    assert missing_detail(q("“五个好”具体是什么?"), [explained], {}) is None
    assert missing_detail(q("“6543”具体指什么?"), [_sentence("紧扣党建“6543”工作思路。")],
                          {}) is Need.CONTENT
    # a post asked is answered by a title, not by the name alone
    post = q("他担任什么职务?")
    assert missing_detail(post, [_sentence("李源潮同志批示指出。")], {}) is Need.POST
    assert missing_detail(post, [_sentence("省委书记王金山到小岗村。")], {}) is None
    # a quoted code is no amount; a quoted count of things is one
    assert missing_detail(q("有多少个?"), [_sentence("紧扣党建“6543”工作思路。")],
                          {}) is Need.NUMBER
    assert missing_detail(q("留了几条出路?"), [_sentence("为出路提供了“五条通道”。")],
                          {}) is None
    assert missing_detail(q("解决了多少个问题?"),
                          [_sentence("推出了“四个一”等载体,解决问题20xx多个。")], {}) is Need.NUMBER
    # a quoted count with no unit counts in the plain unit asked ("几条规矩"), not a code
    # counting twice ("“三通一平”")
    six = [_sentence("要努力做到“六规范”,即:工程技术规范。")]
    assert missing_detail(q("盖办公用房得守几条规矩?"), six, {}) is None
    assert missing_detail(q("要做到几个规范?"), six, {}) is None
    assert missing_detail(q("要做到几个规范?"), [_sentence("按照“三通一平”进行。")],
                          {}) is Need.NUMBER
    assert missing_detail(q("投了多少万元?"), six, {}) is Need.NUMBER
    # a figure the question states in one unit may answer it in another ("一人…几个村")
    one = [_sentence("领导班子成员每人必须联系辖区内的一个村(居)。")]
    assert missing_detail(q("乡镇领导一人得包几个村?"), one, {}) is None
    assert missing_detail(q("除了那一个村,还包了几个村?"), one, {}) is Need.NUMBER
    # (nor the term counted by: "“两新”组织" are no two organisations)
    assert missing_detail(q("有多少个“两新”组织建了党组织?"),
                          [_sentence("要统筹“两新”组织发展。")], {}) is Need.NUMBER


def test_an_amount_given_as_a_change_does_not_give_the_level_asked() -> None:
    change = [_sentence("平均年龄较上届降低5.4岁,增幅达43%。")]
    assert missing_detail(q("现在村干部平均多大岁数?"), change, {}) is Need.NUMBER
    assert missing_detail(q("村干部平均年龄降了多少岁?"), change, {}) is None
    # raised to a level gives that level
    assert missing_detail(q("每个村的运转经费有多少?"),
                          [_sentence("村均2.8万元,提高到村均4万元。")], {}) is None
    assert missing_detail(q("村干部平均年龄有多大?"), [_sentence("平均年龄为45岁。")], {}) is None


def test_a_question_stating_a_date_asks_another() -> None:
    asked = q("安徽那篇说明年初村“两委”要换届,那上一次全省村“两委”换届是哪一年?")
    coming = [_sentence("明年初,我省村“两委”将要换届。")]
    assert missing_detail(asked, coming, {}) is Need.DATE
    assert missing_detail(asked, [_sentence("2008年,全省完成村“两委”换届。")], {}) is None


def test_a_count_asked_at_the_end_is_of_what_the_question_names_before() -> None:
    asked = q("攀枝花那篇要求每个村每年实施重点项目,具体规定每村每年几个?")
    vague = [_sentence("每个乡镇、每个村每年要实施几个重点项目,一步一个台阶,一年一个面貌。")]
    assert missing_detail(asked, vague, {}) is Need.NUMBER
    # a count in pieces ("一套") is a count
    pieces = q("对放教育片的点,起码要求每个点手上有多少片子?")
    assert missing_detail(pieces, [_sentence("保证每个基层播放站室有一套电教片。")], {}) is None


def test_a_span_of_time_an_english_question_counts_is_given_in_its_unit() -> None:
    asked = parse_query("Panzhihua: how many years is one term for park leadership teams?",
                        translator=lambda: Translator([]))
    assert asked.count_units == frozenset({"年"})
    talent = [_sentence("推行园区领导班子任期制,支持园区加快引进培养一批行业领军人才。")]
    assert missing_detail(asked, talent, {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("园区领导班子每届任期3年。")], {}) is None


def test_a_session_asked_in_english_keywords_is_given_by_its_ordinal() -> None:
    asked = parse_query("Shaya cadre training class session number",
                        translator=lambda: Translator([]))
    opened = [_sentence("目前,第七期“双语”培训班名学员以全部到位,并已开课。")]
    assert missing_detail(asked, opened, {}) is None
    assert missing_detail(asked, [_sentence("培训班学员已全部到位。")], {}) is Need.NUMBER


def test_pairs_are_counted_in_pairs() -> None:
    asked = q("篇二说要开展“三带三帮”活动,全市目前一共结成了多少对强村带弱村的帮扶对子?")
    named = [_sentence("在广泛开展“四个培养”活动的同时,开展“三带三帮”活动,即通过强村带弱村。")]
    assert missing_detail(asked, named, {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("全市共结成帮扶对子120对。")], {}) is None


def test_whether_many_is_said_in_words() -> None:
    assert needs("能在全市出名的带头人多不多?") == ()
    assert Need.WORK not in needs("这句话出自哪篇讲话?")  # which of the speeches
    assert Need.DURATION in needs("How often does Anhui assess the three-level activity?")


def test_a_change_asked_beside_one_stated_is_given_by_another_change_in_its_unit() -> None:
    # the question states the villages' change in age and asks the townships': the sentence's
    # other figures (a count of villages, an increase in cadres) give no change in age
    villages = [_sentence("完成了全市623个行政村的村两委换届,平均年龄较上届降低5.4岁,"
                          "高中学历以上干部增加421名。")]
    asked = q("村两委换届平均年龄降了5.4岁,那乡镇党委换届班子平均年龄降了多少?")
    assert missing_detail(asked, villages, {}) is Need.NUMBER
    townships = [_sentence("乡镇党委班子平均年龄较上届降低3.2岁。")]
    assert missing_detail(asked, townships, {}) is None
    # a change asked with none stated is given as before
    assert missing_detail(q("村两委换届后平均年龄降了多少?"), villages, {}) is None
    # (stated with "达": "增幅达43%,那乡镇一级的办公经费涨了多少?")
    funds = q("村级组织运转经费村均增幅达43%,那乡镇一级的办公经费涨了多少?")
    assert missing_detail(funds, [_sentence("村均2.8万元,提高到村均4万元,增幅达43%。")],
                          {}) is Need.NUMBER
    # (and "涨了百分之多少" states no change)
    assert missing_detail(q("从几万块提到了几万块,涨了百分之多少?"),
                          [_sentence("由村均2.8万元,提高到村均4万元,增幅达43%。")], {}) is None


def test_an_amount_asked_after_a_count_that_describes_is_of_its_own_unit() -> None:
    asked = q("英坪村等几个重点村搞了专项审计,查出多少违规资金?")
    assert missing_detail(asked, [_sentence("完成对英坪村等7个重点村专项审计工作。")],
                          {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("查出违规资金12万元。")], {}) is None
    # an allowance is money; a quoted programme's number is no amount
    assert missing_detail(q("每人能拿多少安家补贴?"),
                          [_sentence("实施高层次人才引进“千人计划”。")], {}) is Need.NUMBER


def test_places_listed_before_their_count_answer_which_ones_unless_masked() -> None:
    asked = q("参观了哪两个乡镇的党建工作现场?")
    visited = _sentence("今天,我们实地参观了永济、导子两个乡镇的党建工作现场。")
    assert missing_detail(asked, [visited], {}) is None
    assert missing_detail(asked, [_sentence("xx、xx等15个乡镇完成便民利民服务大厅的建设。")],
                          {}) is Need.PLACE
    # or before their level alone ("…等乡镇"), not before people of it ("…等村民")
    which = q("具体是哪几个乡镇?")
    listed = _sentence("蔡子池、水东江、余庆、遥田等乡镇、办事处还将“双述双评”活动范围扩大。")
    assert missing_detail(which, [listed], {}) is None
    assert missing_detail(q("具体是哪几个村?"), [_sentence("组织党员、群众等村民代表参加。")],
                          {}) is Need.PLACE


def test_a_sentence_giving_both_the_place_and_the_count_asked_answers_past_a_masked_one(
) -> None:
    asked = q("去的是哪个村、一共去了几个人?")
    masked = _sentence("xx实行村干部到乡跟班学习制度,通过2至3个月的学习,转变了作风。")
    visit = _sentence("组织了67名村党组织书记赴华西村考察学习。")
    assert missing_detail(asked, [masked, visit], {}) is None
    assert missing_detail(asked, [masked], {}) is not None


def test_households_asked_are_counted_as_families_too() -> None:
    asked = q("最后有多少户贫困家庭翻了身?")
    assert missing_detail(asked, [_sentence("有3866个贫困家庭实现了脱贫致富。")], {}) is None
    assert missing_detail(asked, [_sentence("结成党员帮带对子8000多对。")], {}) is Need.NUMBER


def test_a_masked_year_in_the_best_sentence_is_no_answer_from_a_lesser_one() -> None:
    asked = q("那40名大学生村官是哪两年选聘的?")
    masked = _sentence("注重发挥20xx、20xx年选聘至我市的40名大学生村官的作用。")
    dated = _sentence("去年落实了大学生村官的各项保障性政策。")
    assert missing_detail(asked, [masked, dated], {}) is Need.DATE
    assert missing_detail(asked, [dated, masked], {}) is None


def test_a_year_asked_needs_a_year_not_half_of_one() -> None:
    asked = q("“三项活动”是哪一年开始的?")
    assert missing_detail(asked, [_sentence("切实抓好下半年的三项活动工作。")], {}) is Need.DATE
    assert missing_detail(asked, [_sentence("去年开展了三项活动。")], {}) is None
    # other dates may be half-years
    assert missing_detail(q("三项活动什么时候总结?"), [_sentence("下半年总结。")], {}) is None


def test_a_day_asked_needs_a_day_not_a_month() -> None:
    asked = q("创先争优活动是哪一天启动的?")
    assert missing_detail(asked, [_sentence("今年5月,全面启动了创先争优活动。")], {}) is Need.DATE
    assert missing_detail(asked, [_sentence("从今年5月19日启动这项活动以来。")], {}) is None
    assert missing_detail(asked, [_sentence("从20xx年5月xx日启动。")], {}) is Need.DATE


def test_a_place_masked_in_the_best_sentence_is_not_answered_by_a_lesser_one() -> None:
    asked = q("哪个镇对村干部“歇职”制度进行了补充完善?")
    masked = _sentence("xx对村干部“歇职”制度进行补充完善,新增细化了11条歇职规定。")
    other = _sentence("学习借鉴龙昌镇等村干部“歇职”的做法。")
    assert missing_detail(asked, [masked, other], {}) is Need.PLACE
    assert missing_detail(asked, [other, masked], {}) is None
    # a masked year or congress is no masked name
    assert missing_detail(asked, [_sentence("党的xx大以来。"), other], {}) is None


def test_a_quoted_code_is_not_an_amount() -> None:
    asked = "“81145”工程建成了多少个村级场所?"
    assert missing_detail(q(asked), [_sentence("实施“81145”工程,成效明显。")], {}) is Need.NUMBER
    assert missing_detail(q(asked), [_sentence("实施“81145”工程,建成场所120个。")], {}) is None


def test_a_term_spelled_out_anywhere_in_the_corpus_is_not_missing() -> None:
    asked = "“三亮三树”活动具体内容是什么?"
    best = _sentence("开展无职党员“三亮三树”活动,效果很好。")
    elsewhere = Passage("s9", 2, "t", 4, 0, 30, "亮身份、树形象;亮承诺、树宗旨的“三亮三树”活动。")
    assert missing_detail(q(asked), [best], {}) is Need.CONTENT
    assert missing_detail(q(asked), [best], {}, mentions=[elsewhere]) is None
    # mentions that do not spell it out either leave it missing
    assert missing_detail(q(asked), [best], {}, mentions=[best]) is Need.CONTENT


def test_a_part_of_a_term_is_explained_only_where_its_whole_is_or_right_after() -> None:
    asked = q("“5+3”机制里的“5”和“3”分别代表什么?")
    assert Need.CONTENT in asked.asks
    whole = _sentence("“5+3”基层民主管理机制得到有效推行和落实。")
    # a "“5”是指…" of another term is no explanation of this one's "5"
    other = Passage("s8", 3, "t", 5, 0, 30, "“5”是指要把活动场所建设成为五个中心。")
    assert missing_detail(asked, [whole, other], {}) is Need.CONTENT
    # right after the whole, it is
    assert missing_detail(asked, [whole], {whole.passage_id: [other]}) is None


def test_refusal_model_reads_its_calibration() -> None:
    data = json.loads(resources.files("askspeech").joinpath("calibration.json").read_text())
    data = data["refusal"]
    model = RefusalModel.load()
    assert model.names == tuple(data["names"]) and model.weights == tuple(data["weights"])
    assert (model.bias, model.threshold) == (data["bias"], data["threshold"])
    assert model.vocabulary_floor == data["vocabulary_floor"] > 0
    # at the calibration means every standardised feature is 0: p = sigmoid(bias)
    at_mean = dict(zip(model.names, model.mean, strict=True))
    assert model.probability(at_mean) == pytest.approx(1 / (1 + math.exp(-model.bias)))
    assert RefusalModel.neutral(["dense_top"]).answers({"dense_top": 0.1})


def test_every_fitted_value_lives_in_the_one_file_that_says_what_it_was_fitted_on() -> None:
    data = json.loads(resources.files("askspeech").joinpath("calibration.json").read_text())
    for name in ("refusal", "fusion", "sentence_score", "selection"):
        assert data[name]["fitted_on"], name
    assert dataclasses.asdict(FusionParams.fitted()) == calibration.section("fusion")


def test_vocabulary_floor_is_per_language() -> None:
    model = RefusalModel(("dense_top",), (0.0,), 10.0, (0.0,), (1.0,), 0.5,
                         vocabulary_floor=0.3, vocabulary_floor_english=0.6)
    assert model.answers({"dense_top": 0.9, "vocabulary": 0.5, "english": 0.0})
    assert not model.answers({"dense_top": 0.9, "vocabulary": 0.5, "english": 1.0})
    assert not model.answers({"dense_top": 0.9, "vocabulary": 0.2, "english": 0.0})
    assert RefusalModel.load().vocabulary_floor_english > RefusalModel.load().vocabulary_floor


def test_an_english_question_naming_nothing_of_the_speeches_needs_more_of_their_words() -> None:
    model = RefusalModel(("dense_top",), (0.0,), 10.0, (0.0,), (1.0,), 0.5,
                         vocabulary_floor=0.3, vocabulary_floor_english=0.6,
                         vocabulary_floor_english_unanchored=0.7)
    loose = {"dense_top": 0.8, "vocabulary": 0.67, "english": 1.0}
    assert not model.answers({**loose, "anchored": 0.0})  # "learn guitar as an adult beginner"
    assert model.answers({**loose, "anchored": 1.0})  # it names a speech, place or person
    assert model.answers({**loose, "english": 0.0, "anchored": 0.0})  # English only
    assert RefusalModel.load().vocabulary_floor_english_unanchored > (
        RefusalModel.load().vocabulary_floor_english)


def test_a_chinese_question_naming_nothing_of_the_speeches_needs_a_close_passage() -> None:
    model = RefusalModel(("dense_top",), (0.0,), 10.0, (0.0,), (1.0,), 0.5,
                         dense_floor_chinese_unanchored=0.88)
    far = {"dense_top": 0.87, "vocabulary": 0.6, "english": 0.0, "anchored": 0.0}
    assert not model.answers(far)  # "个税专项附加扣除怎么填?"
    assert model.answers({**far, "dense_top": 0.89})
    assert model.answers({**far, "anchored": 1.0})  # it names a speech, place or person
    assert model.answers({**far, "speaks_of_speeches": 1.0})  # "有篇讲话…"
    assert model.answers({**far, "scoped": 1.0})  # in a conversation, or kept to a speech
    assert model.answers({**far, "english": 1.0})  # Chinese only
    assert 0.85 < RefusalModel.load().dense_floor_chinese_unanchored < (
        RefusalModel.load().floor_exempt_dense)


def test_a_chinese_question_close_to_a_passage_is_not_refused_for_its_everyday_words() -> None:
    model = RefusalModel(("dense_top",), (0.0,), 10.0, (0.0,), (1.0,), 0.5,
                         vocabulary_floor=0.3, vocabulary_floor_english=0.6,
                         floor_exempt_dense=0.9)
    assert model.answers({"dense_top": 0.91, "vocabulary": 0.2, "english": 0.0})
    assert not model.answers({"dense_top": 0.88, "vocabulary": 0.2, "english": 0.0})
    # not in English, where off-topic questions come as close
    assert not model.answers({"dense_top": 0.91, "vocabulary": 0.2, "english": 1.0})


def test_a_question_of_everyday_words_only_is_refused_whatever_its_similarity() -> None:
    model = RefusalModel.neutral(["dense_top"])  # would answer anything
    assert model.answers({"dense_top": 0.9, "keyness": 0.3})
    assert not model.answers({"dense_top": 0.9, "keyness": -0.7})
    assert model.answers({"dense_top": 0.9})  # no keyness read: not judged by it


@pytest.mark.parametrize(("question", "expected"), [
    ("On what exact date was the meeting held?", [Need.DATE]),
    ("京口的讲话在这几个环节上分别怎样对待老百姓?", []),  # "这几个" points, it does not count
    ("Which county Party committee meeting does the speech ask everyone to implement?", []),
    ("Which county held the meeting?", [Need.PLACE]),
    ("Who is the Party secretary of the county?", [Need.PERSON]),
    ("Who delivered the Jingkou speech?", [Need.PERSON]),
    ("What happens to officials who neglect Party building?", []),  # a clause, not a question
    ("Who is supposed to visit the villages?", []),  # answered by a role, not a name
])
def test_question_types_not_fooled_by_look_alikes(question: str, expected: list[Need]) -> None:
    assert list(needs(question)) == expected


def test_a_name_needs_a_surname_or_a_title() -> None:
    asked = "作重要指示的领导叫什么名字?"
    # jieba tags "宝贵" / "党执政" as names; they are not
    for text in ("创造了系列可推介传承的宝贵经验。", "把它作为党执政后的一项根本建设。"):
        assert missing_detail(q(asked), [_sentence(text)], {}) is Need.PERSON
    said = _sentence("胡锦涛指出,广大基层干部是宝贵财富。")
    assert missing_detail(q(asked), [said], {}) is None
    assert missing_detail(q(asked), [_sentence("东明书记作出重要指示。")], {}) is None
    # nor a four-character word opening with a one-character surname ("严格执行": 严)
    strict = _sentence("市委将严格执行党建工作问责办法。")
    assert missing_detail(q(asked), [strict], {}) is Need.PERSON
    assert missing_detail(q(asked), [_sentence("欧阳修指出,要以民为本。")], {}) is None


def test_a_masked_count_in_the_best_sentence_is_no_answer_even_if_a_weaker_one_counts() -> None:
    asked = q("两年来发展了多少名党员?")
    masked = _sentence("两年来,按程序发展党员20xx名。")
    other = _sentence("有862名困难党员实现了脱贫致富。")
    assert missing_detail(asked, [masked, other], {}) is Need.NUMBER  # best first
    plain = q("一共发展了多少名党员?")
    assert missing_detail(plain, [other, masked], {}) is None
    # unless the masked one gives the span the question states ("两年来"): that is the count
    # asked, whatever counts score better
    assert missing_detail(asked, [other, masked], {}) is Need.NUMBER
    # a masked amount in another unit, or a masked year, does not hide a count
    assert missing_detail(asked, [_sentence("20xx年发展党员30名。")], {}) is None
    money = [_sentence("投入资金xx万元。"), _sentence("投入资金1714.3万元。")]
    assert missing_detail(q("投入了多少资金?"), money, {}) is Need.NUMBER


def test_a_count_in_days_is_a_number_question() -> None:
    asked = q("对申报对象要公示几天?")
    assert Need.NUMBER in asked.asks and asked.count_units == {"天"}
    assert missing_detail(asked, [_sentence("要在乡镇范围内进行天以上的公示。")], {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("要在乡镇范围内进行7天以上的公示。")], {}) is None
    assert Need.NUMBER not in q("这几天开了什么会?").asks
    # a week is a count of days
    assert missing_detail(asked, [_sentence("进行为期一周的集中培训。")], {}) is None


def test_a_question_for_a_village_is_answered_only_by_a_village() -> None:
    asked = q("获评的州级党建综合示范点是哪个村?")
    assert asked.place_level == "村"
    assert missing_detail(asked, [_sentence("州级党建综合示范点1个。")], {}) is Need.PLACE
    assert missing_detail(asked, [_sentence("双龙村被评为州级党建综合示范点。")], {}) is None
    assert _place_level("Which village was named a model site?") == "村"
    assert q("哪个县委组织部牵头?").place_level is None


def test_an_english_keyword_query_naming_a_rate_asks_for_a_percentage() -> None:
    assert Need.NUMBER in needs("Panzhihua village election completion rate")
    assert Need.NUMBER not in needs("Panzhihua village election")


def test_unnumbered_items_in_parallel_form_follow_their_lead_in() -> None:
    lead = "重点是“三项权力”的确立和落实,即:强化规则制定权,由村党组织牵头制定;"
    after = [_sentence("强化议事提名权,由村党组织提出;"),
             _sentence("强化执行监督权,保障公正执行。"), _sentence("三是健全“三项制度”。")]
    assert [s.text[:4] for s in _parallel_items(lead, after)] == ["强化议事", "强化执行"]
    closing = [_sentence("要抓好班子。"), _sentence("要抓好队伍。"), _sentence("会议结束。")]
    assert len(_parallel_items("要做到以下两点:", closing)) == 2
    assert _parallel_items("村党组织要加强领导。", after) == []  # no lead-in, no items
    assert q("攀枝花要落实村党组织的哪“三项权力”?").asks_list


def test_a_term_is_spelled_out_strictly_only_where_a_cue_says_so() -> None:
    led = _sentence("要做到“四有一为”(有人管、有制度、有装具)的要求。")
    loose = _sentence("坚持统筹兼顾,关键要用发展的、联系的、全面的观点看问题。")
    assert explains("四有一为", led, [], strict=True)
    assert explains("统筹兼顾", loose, []) and not explains("统筹兼顾", loose, [], strict=True)
    assert explains("三个先", loose, [], strict=True) is None  # not mentioned at all


def test_a_list_after_another_quoted_term_spells_out_that_one_only() -> None:
    both = _sentence("在广泛开展“四个培养”、“双学双用”活动的同时,开展“三带三帮”活动,即通过"
                     "强村带弱村、党员带群众、富裕户带贫困户。")
    assert not explains("四个培养", both, [])
    assert explains("三带三帮", both, [])
    # nor does a term before it make a pair it counts ("“四个培养”、“双学双用”")
    assert not explains("双学双用", both, [])


def test_a_term_is_spelled_out_by_a_list_before_it_or_one_starting_after_it() -> None:
    listed = _sentence("对出现党风廉政、社会稳定、计划生育、安全生产“四个一票否决”现象的不批。")
    assert explains("四个一票否决", listed, [], strict=True)
    named = _sentence("指导大学生村官逐人落实好“6+1”的职责,强化乡镇责任的落实。")
    assert explains("6+1", named, [_sentence("一是选好人。")], strict=True)
    # the next point of another list ("三要…") spells nothing out, nor a list of what a
    # sentence going on past the term asks
    assert not explains("6+1", named, [_sentence("三要不断强化教育管理。")])
    asked = _sentence("要把三级联创活动拓展到城市基层,做到工作谋划相互协调、工作部署相互衔接、"
                      "工作推进同步展开。")
    assert not explains("三级联创", asked, [])


def test_an_english_question_quotes_in_single_quotes_but_not_in_possessives() -> None:
    asked = parse_query("Anhui '6+1' duties for college-graduate officials: list the six",
                        translator=lambda: Translator([]))
    assert asked.quoted == ("6+1",) and Need.CONTENT in asked.asks
    possessive = parse_query("Leiyang's and Shaya's plans", translator=lambda: Translator([]))
    assert possessive.quoted == ()


def test_an_english_count_of_people_is_answered_only_by_a_count_of_people() -> None:
    asked = parse_query("How many party members did Leiyang admit?",
                        translator=lambda: Translator([]))
    assert asked.count_units == {"名"}
    masked = _sentence("举办入党积极分子培训班70期,按程序发展党员20xx名。")
    assert missing_detail(asked, [masked], {}) is Need.NUMBER  # 70 classes are not members
    assert missing_detail(asked, [_sentence("发展党员66名。")], {}) is None


def test_a_surname_with_a_title_names_a_person_unless_the_question_did() -> None:
    said = _sentence("等下,市委袁书记还将作重要讲话。")
    assert missing_detail(q("还有哪位领导要讲话?"), [said], {}) is None
    assert missing_detail(q("袁书记的全名叫什么?"), [said], {}) is Need.PERSON
    # a committee's secretary is a post, not a person
    assert missing_detail(q("还有哪位领导要讲话?"), [_sentence("由乡镇党委书记讲话。")],
                          {}) is Need.PERSON


def test_a_bare_count_of_ge_is_answered_by_people_or_things() -> None:
    # "几个" with no noun after it is the general measure word: "1至2名" answers it
    bare = q("村里年轻的后备干部怎么带出来?每个村起码得有几个?")
    assert bare.count_units == {"个", "名"}
    assert missing_detail(bare, [_sentence("确保每村有1至2名年轻后备干部。")], {}) is None
    # nor with a verb after it ("有几个考上了?": "有5人考上了选调生")
    passed = q("那批大学毕业生今年参加省里的招考,有几个考上了?")
    assert passed.count_units == {"个", "名"}
    assert missing_detail(passed, [_sentence("有5人考上了选调生,12人入围公务员面试。")],
                          {}) is None
    # a noun (quoted or not) after 个 is what is counted, in 个
    assert q("京口区有多少个“明星村”?").count_units == {"个"}
    assert q("一共建了多少个站点?").count_units == {"个"}


def test_several_and_a_few_ask_no_count() -> None:
    # "好几个“抓”字" is "several"; in an either-or question "先弄几个点" is "a few"
    assert Need.NUMBER not in q("连着用了好几个“抓”字,原话是哪几个?").asks
    either = q("是一下子全铺开,还是先弄几个点再慢慢推开的?")
    assert Need.NUMBER not in either.asks and not either.count_asked
    assert Need.NUMBER in q("先弄了几个点?").asks


def test_how_long_is_answered_by_a_length_of_time_or_how_often() -> None:
    asked = q("那67名村支书去华西村考察,一共学了多长时间?")
    assert asked.asks == (Need.DURATION,)
    visit = _sentence("组织了67名村党组织书记赴华西村考察学习,增强村干部的意识和能力。")
    assert missing_detail(asked, [visit], {}) is Need.DURATION
    for text in ("对全省乡镇党委书记进行为期一周的集中培训。", "通过2至3个月的学习。",
                 "坚持每年进行一次考核、每两年进行一次表彰。", "乡镇都有明确的月运行计划。"):
        assert missing_detail(q("多久考核一次?"), [_sentence(text)], {}) is None, text
    assert needs("How long did the training last?") == (Need.DURATION,)


def test_a_total_is_not_answered_by_a_figure_for_each_one() -> None:
    each = _sentence("领导班子成员每人必须联系辖区内的一个村(居),有企业的必须联系一个企业。")
    assert missing_detail(q("班子成员加起来一共联系了多少个村?"), [each], {}) is Need.NUMBER
    # asked without a total, the figure for each one answers
    assert missing_detail(q("班子成员要联系几个村?"), [each], {}) is None
    assert missing_detail(q("全市一共联系了多少个村?"),
                          [_sentence("全市共联系了120个村。")], {}) is None
    # nor by one thing for each one
    each_one = _sentence("要压缩办公用房面积,更不能搞一个村干部一间办公室。")
    assert missing_detail(q("全省总共要盖多少处活动场所?"), [each_one], {}) is Need.NUMBER
    assert missing_detail(q("全省总共要盖多少处活动场所?"),
                          [_sentence("我省正在推进第二轮1989个村级组织活动场所建设。")], {}) is None


def test_a_count_asked_at_a_level_is_given_by_a_clause_naming_it_not_a_whole_area() -> None:
    asked = q("耒阳乡镇一级的远程教育站点有多少个?")
    city = _sentence("去年,全市共完成449个远程教育站点建设,创建市级示范站点105个。")
    assert missing_detail(asked, [city], {}) is Need.NUMBER
    town = _sentence("去年,每个乡镇都建成了3个远程教育站点。")
    assert missing_detail(asked, [town], {}) is None
    # asked of no level, the city's count answers
    assert missing_detail(q("耒阳的远程教育站点有多少个?"), [city], {}) is None


def test_a_change_asked_from_one_figure_is_not_given_by_a_change_from_another() -> None:
    raised = _sentence("全市离任村主职干部生活补助由每月30元提高到60元。")
    assert missing_detail(q("离任村干部补助从每月60元提高到多少?"), [raised], {}) is Need.NUMBER
    assert missing_detail(q("离任村干部补助从每月30元提高到多少?"), [raised], {}) is None


def test_clauses_in_a_row_ending_alike_are_counted_from_three() -> None:
    assert _clauses_alike("切实做到决策问计于群众,大事商量于群众,工作通报到群众,"
                          "监督权交还给群众,为群众办实事。") == 4
    assert _clauses_alike("要压实责任,要强化保障。") == 0


def test_who_led_a_team_needs_a_name_and_a_street_office_is_none() -> None:
    asked = q("6月23号来检查的那个省委督查组,带队的是谁?")
    assert Need.PERSON in asked.asks
    visit = _sentence("6月23日,省委督查组一行莅临耒阳,检查了蔡子池街道办事处、大金村。")
    assert missing_detail(asked, [visit], {}) is Need.PERSON
    assert missing_detail(asked, [_sentence("督查组由省委组织部王浩同志带队。")], {}) is None
    # a township jieba takes for a person names no one ("龙昌镇" /nr)
    named = q("被“歇职”一个月的那位村干部叫什么名字?")
    deed = _sentence("学习借鉴龙昌镇等村干部“歇职”的做法,解决少数村干部不称职的问题。")
    assert missing_detail(named, [deed], {}) is Need.PERSON


def test_the_work_a_saying_comes_from_is_given_by_its_title_only() -> None:
    asked = q("篇二引的那句“神仙下凡问土地”,讲话里说它出自哪部古典小说?")
    assert missing_detail(asked, [_sentence("“神仙下凡问土地。”")], {}) is Need.WORK
    titled = _sentence("《西游记》里说:“神仙下凡问土地。”")
    assert missing_detail(asked, [titled], {}) is None


def test_a_person_quoted_is_named_whatever_the_names_origin() -> None:
    asked = q("讲党员都得待在一个组织里那段,引的是哪位名人的话?")
    quoted = _sentence("列宁说过,马克思主义政党和资产阶级政党最大的区别就在于,每一名马克思主义"
                       "政党的党员都生活在一个特定的组织中。")
    assert missing_detail(asked, [quoted], {}) is None
    assert missing_detail(asked, [_sentence("每一名党员都生活在一个特定的组织中。")],
                          {}) is Need.PERSON


def test_a_term_heading_a_point_is_spelled_out_by_the_rest_of_its_paragraph() -> None:
    heading = _sentence("三是健全“三项制度”。")
    body = [_sentence("要推行村委会定期向村党组织报告工作制度。")]
    assert explains("三项制度", heading, body) is True
    assert explains("三项制度", heading, []) is False  # nothing follows it
    # not where the term goes on inside its sentence ("紧扣党建“6543”工作思路。")
    assert explains("6543", _sentence("紧扣党建“6543”工作思路。"), body) is False


def test_the_words_a_numbered_point_opens_with_are_no_term_to_spell_out() -> None:
    point = _sentence("五要突出抓好党建阵地建设。")
    assert explains("突出抓好", point, []) is None
    assert missing_detail(q("耒阳讲话里“五要突出抓好”分别是什么?"), [point], {}) is None


def test_the_day_a_task_must_be_done_by_may_come_a_sentence_or_two_later() -> None:
    named = Passage("s1", 7, "t", 1, 0, 20, "在7月份又要开展第三次作风建设民主评议。")
    later = [_sentence("此次评议工作涉及面广。"), _sentence("确保在7月30日前全面完成。")]
    asked = q("7月份的民主评议要在哪一天前完成?")
    assert missing_detail(asked, [named], {named.passage_id: later}) is None
    assert missing_detail(asked, [named], {named.passage_id: later[:1]}) is Need.DATE
    # a day is asked; a month alone does not answer it
    assert missing_detail(asked, [named], {}) is Need.DATE
    # "by what date" asks a day too, in English
    english = parse_query("In speech 7, by what date must the third appraisal be completed?",
                          translator=lambda: Translator([]))
    assert missing_detail(english, [named], {named.passage_id: later}) is None
    assert missing_detail(english, [named], {}) is Need.DATE


def test_phrases_jieba_takes_for_organisations_are_no_names_to_check() -> None:
    assert "远程教学" not in q("耒阳那篇为啥说个别村的远程教学点等于白建了?").specifics
    assert "中组部" in q("中组部对选派干部提了什么要求?").specifics


def test_a_place_jieba_runs_into_its_bodys_name_is_a_place() -> None:
    # "永济" + "镇党委": the township is named though jieba joins 镇 to 党委
    asked = "各乡镇办事处借鉴哪个镇党委的做法?"
    assert has_place("各乡镇办事处要借鉴永济镇党委的成功经验", asked, "镇")
    assert not has_place("各乡镇办事处要借鉴先进党委的成功经验", asked, "镇")


def test_the_first_of_a_counted_group_named_alone_is_a_place() -> None:
    # "牛场镇双龙等6个村": 双龙 village leads the six, named after its town
    asked = "被命名为集体经济强村的一共几个,打头的是哪个村?"
    assert has_place("牛场镇双龙等6个村被命名为州级集体经济强村。", asked, "村")
    assert not has_place("全镇等6个村被命名为州级集体经济强村。", asked, "村")


def test_a_code_is_spelled_out_by_its_parts_after_it() -> None:
    asked = q("“81145”具体指什么?")
    used = _sentence("将院落改建成村民活动广场,并按照“81145”的要求进行配置。")
    part = Passage("s8", 3, "t", 5, 40, 70, "“8”是指活动场所内设村干部办公室、党员活动室;")
    other = Passage("s8", 3, "t", 5, 40, 70, "“6”是指六个中心;")
    assert missing_detail(asked, [used], {used.passage_id: [part]}) is None
    # a part the code does not have explains nothing of it
    assert missing_detail(asked, [used], {used.passage_id: [other]}) is Need.CONTENT


@pytest.mark.parametrize(("question", "need"), [
    ("集中培训定在哪个月份?", Need.DATE),
    ("培训持续多少时间?", Need.DURATION),
    ("培训了多少人?", Need.NUMBER),
])
def test_which_month_asks_a_date_and_how_much_time_a_length(question: str, need: Need) -> None:
    assert needs(question) == (need,)


def test_a_masked_name_of_another_level_hides_no_place_asked() -> None:
    masked = _sentence("部分乡镇将其贯穿于项目实施过程中,如xxx村项目运作效果比较好。")
    named = Passage("s2", 7, "t", 5, 40, 80, "谷汪乡以“185”工程为载体,着力构建产业格局。")
    assert missing_detail(q("以“185”工程为载体的是哪个乡?"), [masked, named], {}) is None
    # asked for the village, the masked one may be it
    assert missing_detail(q("运作效果比较好的是哪个村?"), [masked, named], {}) is Need.PLACE


def test_which_month_is_answered_by_a_month_not_a_year() -> None:
    asked = "省一级领导班子是哪个月换?"
    assert missing_detail(q(asked), [_sentence("今年市县乡村四级集中换届。")], {}) is Need.DATE
    assert missing_detail(q(asked), [_sentence("省里拟于五月份集中换届。")], {}) is None


def test_a_masked_date_of_what_is_asked_is_no_answer_though_the_sentence_dates_another() -> None:
    task = _sentence("20xx年全面完成村级组织活动场所建设任务,是以及今年中央1号文件提出的要求。")
    assert missing_detail(q("在哪一年全部完成?"), [task], {}) is Need.DATE
    # a masked date of something else leaves the year the sentence gives
    other = _sentence("20xx年以来,我们今年完成了村级组织活动场所建设任务。")
    assert missing_detail(q("哪一年完成了活动场所建设?"), [other], {}) is None


def test_a_series_inside_the_sentence_answers_what_the_question_names_or_quotes() -> None:
    new = _sentence("构建起园区管理新模式、园区运行新机制、园区治理新格局,加快发展。")
    # (parsed unquoted: a quoted count's kind is looked up among the corpus's coined terms)
    three = dataclasses.replace(q("要构建起园区的哪三个新?"), text="要构建起园区的哪三个“新”?")
    assert _series_asked(three, new)
    assert not _series_asked(dataclasses.replace(three, list_size=4), new)  # three of them
    moved = _sentence("推动重心向基层下沉、资源向基层倾斜、工作向基层聚焦,把各项工作抓细抓实。")
    assert _series_asked(q("要求推动重心、资源和工作分别怎样向基层转移?"), moved)
    assert not _series_asked(q("要求推动人才、资金和技术分别怎样向基层流动?"), moved)


def test_a_city_asked_for_is_a_name_ending_in_its_level() -> None:
    assert _place_level("这里的“我市”具体是哪个城市?") == "市"
    mine = _sentence("从我市实际出发,认清形势,夯实中国特色社会主义基础。")
    assert missing_detail(q("这里的“我市”具体是哪个城市?"), [mine], {}) is Need.PLACE


def test_a_count_the_speech_leaves_vague_is_no_answer() -> None:
    vague = _sentence("每个村每年要实施几个重点项目,一步一个台阶,一年一个面貌。")
    assert missing_detail(q("每个村每年要实施多少个重点项目?"), [vague], {}) is Need.NUMBER
    said = _sentence("每个村每年要实施3个重点项目,一步一个台阶。")
    assert missing_detail(q("每个村每年要实施多少个重点项目?"), [said], {}) is None
    about = _sentence("两年来发展300多名党员。")  # "300多名" is a figure, not a vague count
    assert missing_detail(q("两年来发展了多少名党员?"), [about], {}) is None


def test_a_sentence_repeating_the_questions_words_once_per_item_answers_it() -> None:
    three = _sentence("要把发展党内民主与党的事业兴衰成败紧密联系起来,把保障党员民主权利与增强"
                      "党的生机活力紧密联系起来,把发展党内民主与全面从严治党紧密联系起来,切实增强"
                      "自觉性。")
    assert _series_asked(q("要把哪三组内容紧密联系起来?"), three)
    # a term it happens to use as often is no frame of items
    terms = _sentence("村党组织要领导村党组织书记,村党组织成员要带头。")
    assert not _series_asked(q("村党组织的职责是哪三项?"), terms)


def test_things_named_three_in_a_row_may_be_answered_one_clause_each() -> None:
    clauses = _sentence("就必须以鲜明的奋斗目标鼓舞人心,以鲜明的工作特色振奋人心,"
                        "以丰富的支部活动凝聚人心,加快提高水平。")
    assert _series_asked(q("应分别用什么来鼓舞人心、振奋人心和凝聚人心?"), clauses)
    # two named in a row are a lead-in's, not a series the sentence answers clause by clause
    two = _sentence("要加强督查,推广经验,确保落实。")
    assert not _series_asked(q("最后一条讲督查、推广经验,提了哪几点?"), two)


def test_a_question_asking_only_where_a_speech_was_given() -> None:
    assert _ASKS_ITS_PLACE.fullmatch("是哪个城市的讲话?")
    assert _ASKS_ITS_PLACE.fullmatch("Which city is from?")
    assert not _ASKS_ITS_PLACE.fullmatch("中,永济镇是哪个市的?")


def test_a_series_named_with_its_last_item_two_words_is_asked_clause_by_clause() -> None:
    held = _sentence("要进一步完善村干部“选、任、免”相衔接,“责、权、利”相结合,“绩、奖、惩”相统一的"
                     "工作机制,解决好村干部的后顾之忧。")
    assert _series_asked(q("要求完善村干部哪三个方面相衔接、相结合、相统一的工作机制?"), held)
    # a clause per item holding the quoted term, as many in a row as asked
    quoted = dataclasses.replace(q("村干部工作机制包括哪三个相?"),
                                 text="村干部工作机制包括哪三个“相”?")
    assert _series_asked(quoted, held)
    assert not _series_asked(dataclasses.replace(quoted, list_size=2), held)


def test_levels_counted_are_answered_in_levels() -> None:
    asked = q("今年的集中换届涉及几个层级?")
    assert asked.count_units == {"级"}
    assert missing_detail(asked, [_sentence("今年市县乡村四级集中换届。")], {}) is None
    assert missing_detail(asked, [_sentence("今年集中换届,选优配强两个班子。")], {}) is Need.NUMBER


def test_a_height_asked_is_answered_only_by_a_length() -> None:
    asked = q("活动场所外面的高杆灯要立多高?")
    assert Need.NUMBER in asked.asks
    lamp = _sentence("两个“1”是指活动场所外要有一盏高杆灯和一根国旗杆。")
    assert missing_detail(asked, [lamp], {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("高杆灯高12米。")], {}) is None


def test_a_span_of_years_is_no_year() -> None:
    asked = q("墨西哥革命制度党是哪一年丢掉政权的?")
    ruled = _sentence("执政71年的墨西哥革命制度党之所以一夕之间丧失执政地位。")
    assert missing_detail(asked, [ruled], {}) is Need.DATE
    assert missing_detail(asked, [_sentence("2000年,墨西哥革命制度党丧失执政地位。")], {}) is None


def test_travel_keywords_in_english_ask_a_date_and_a_price() -> None:
    assert Need.DATE in needs("Panzhihua trip: best month to go?")
    assert Need.NUMBER in needs("typical hotel prices?")
    assert Need.DATE in needs("喀纳斯什么季节去最好?")


def test_a_pair_named_right_before_a_term_counting_two_spells_it_out() -> None:
    pair = _sentence("着力抓好实用技术和职业技能“双技培训”。")
    assert explains("双技培训", pair, [], strict=True)
    # not a term counting two, nor one the sentence does not quote there
    assert not explains("技能培训", _sentence("着力抓好实用技术和职业技能培训。"), [], strict=True)
    assert not explains("两委", _sentence("扩大至各村两委班子成员和党员。"), [], strict=True)


def test_a_series_repeating_a_longer_quoted_term_is_asked_when_counted() -> None:
    asked = q("要以哪三种“改革创新”推动基层党建工作?")
    assert _series_asked(asked, _sentence(
        "要以改革创新的精神状态、改革创新的思想作风、改革创新的工作方法,推动基层党建工作。"))
    parts = _sentence("要突出重点抓落实,抓住问题;要因地制宜抓落实,深入调研;"
                      "要搞好试点抓落实,推广经验;要健全制度抓落实,落到实处。")
    assert _series_asked(q("提出了哪四个“抓落实”?"), parts)
    assert not _series_asked(q("提出了哪三个“抓落实”?"), parts)
    # a longer term in two clauses in a row is no series of two: it is what they are about
    told = _sentence("中央办公厅转发了中组部、中宣部关于开展创先争优活动的意见,中组部、中宣部召开了"
                     "创先争优工作部署会议。")
    assert not _series_asked(q("“创先争优”到底是要干哪两件事?"), told)


def test_a_meeting_asked_is_answered_only_by_one_named() -> None:
    asked = q("胡锦涛这句话是在哪次会议上讲的?")
    assert Need.MEETING in asked.asks
    said = _sentence("胡锦涛指出,广大基层干部是党和国家的宝贵财富。")
    assert missing_detail(asked, [said], {}) is Need.MEETING
    held = _sentence("年前,省委召开了产业园区和农村基层党的建设工作会,东明书记作出重要指示。")
    assert missing_detail(q("省里领导是在什么场合发的话?"), [held], {}) is None
    # the speech's own meeting is its title's
    titled = Passage("s1", 4, "在全市农村党建工作现场经验交流会议上的讲话", 1, 0, 6, "同志们:今天…")
    assert missing_detail(q("篇四那次讲话是在什么会上讲的?"), [titled], {}) is None
    assert missing_detail(asked, [titled], {}) is Need.MEETING


def test_which_official_asks_a_name() -> None:
    assert Need.PERSON in needs("“185”工程是由谷汪乡哪位党委书记提出来的?")
    asked = q("这项工程是哪位乡党委书记提出的?")
    assert missing_detail(asked, [_sentence("谷汪乡以“185”工程为载体,着力构建产业格局。")],
                          {}) is Need.PERSON


def test_how_many_years_asks_a_length_of_time_and_an_income_asks_money() -> None:
    assert Need.DURATION in needs("要开创新局面,给了几年完成的时间表?")
    assert needs("近几年党建有什么成绩?") == () and needs("这几年干了什么?") == ()
    assert q("一年村集体收入有多少?").unit == 0  # money
    assert q("把优秀青年吸收入党的有多少人?").unit is None  # 吸收入党: no income
    assert q("农民收入增长了百分之多少?").unit == 1  # a percentage


def test_a_saying_is_a_few_short_clauses_quoted_or_standing_alone() -> None:
    assert _is_saying("九层之台,起于垒土。")
    assert _is_saying("“以史为鉴,可以知兴替。”")
    assert _is_saying("“世界潮流,浩浩荡荡,顺之则昌,逆之则亡。”")
    assert not _is_saying("“领导非常重视,部署周密,书记亲自抓,行动快,工作实,质量好,值得肯定。”")
    assert not _is_saying("要加强督查,推广经验,确保落实到位,不走过场。")
    assert not _is_saying("一要深刻认识重大意义。")


def test_one_as_an_article_counts_nothing() -> None:
    asked = q("苏联共产党在基层一共有多少个党支部?")
    described = _sentence("一个很重要的原因就是基层党建工作因循守旧,僵化老化。")
    assert missing_detail(asked, [described], {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("全党共有一个党支部。")], {}) is None


def test_a_series_listed_in_a_sentence_is_read_by_the_term_counting_it() -> None:
    text = ("不断深化“双培双带”、无职党员设岗定责、流动党员“双向带动”、为民服务全程代理和党员"
            "承诺制“五大载体”建设,为农村党员干事创业提供舞台")
    items = inline_series(text, "五大载体")
    assert len(items) == 5 and items[3] == "为民服务全程代理" and items[4] == "党员承诺制"
    # as many as it counts, or none
    assert inline_series(text, "四大载体") == []
    assert inline_series("抓好党建、发展经济这“两件事”", "两件事") == ["抓好党建", "发展经济"]
    assert inline_series(text, "三支队伍") == []  # not in the sentence


def test_a_quoted_part_of_a_quoted_term_is_spelled_out_only_where_the_term_is() -> None:
    asked = q("沙雅那篇拿“三级联创”当总抓手,这“三级”分别是哪三级?")
    elsewhere = _sentence("通过村评、乡评、市评三级考评方式,完成了考核定级工作。")
    named = _sentence("要以“三级联创”为总抓手,切实加强基层组织建设。")
    assert missing_detail(asked, [named], {}, [named, elsewhere]) is Need.CONTENT


def test_what_a_quoted_term_abbreviates_asks_its_content() -> None:
    assert Need.CONTENT in q("这“小学教”到底是哪几个字的简称?").asks
    assert Need.CONTENT not in q("这个活动到底是哪几个字的简称?").asks  # nothing quoted


def test_a_surname_asked_is_a_persons() -> None:
    asked = q("第二篇开会时作工作报告的那位市委组织部同志姓什么?")
    assert Need.PERSON in asked.asks
    masked = _sentence("刚才,市委组织部xx同志作了一个很好的工作报告。")
    assert missing_detail(asked, [masked], {}) is Need.PERSON


def test_a_list_before_a_counted_term_counts_as_many_as_it_does() -> None:
    three = _sentence("每个远程教育室要有专人负责、要有播放计划、要有通过教育促进“双培双带”的"
                      "目标任务。")
    assert not explains("双培双带", three, [])
    listed = _sentence("不断深化“双培双带”、无职党员设岗定责、流动党员“双向带动”、为民服务全程"
                       "代理和党员承诺制“五大载体”建设。")
    assert explains("五大载体", listed, [])
    # nor is the first of a series spelled out by the items after it
    assert not explains("双培双带", listed, [])


def test_a_full_name_is_not_given_by_a_surname_and_a_title() -> None:
    asked = q("耒阳那篇说等下要作重要讲话的市委袁书记,全名叫什么?")
    assert Need.PERSON in asked.asks
    said = _sentence("等下,市委袁书记还将作重要讲话,请大家认真领会,抓好贯彻落实。")
    assert missing_detail(asked, [said], {}) is Need.PERSON
    assert missing_detail(q("等下要作重要讲话的是市委哪位书记?"), [said], {}) is None


def test_who_said_a_saying_asks_a_person() -> None:
    asked = q("篇二开头引的“九层之台,起于垒土”,讲话里说这话是谁讲的?")
    assert Need.PERSON in asked.asks and asked.places == ()
    assert missing_detail(asked, [_sentence("九层之台,起于垒土。")], {}) is Need.PERSON


def test_a_place_in_a_list_is_given_by_the_items_number() -> None:
    asked = q("讲到党员到处跑、两头都没人管的现象,这是它列的第几条新难题?")
    item = _sentence("二是经济快速发展和城乡一体化使党员流动性空前加大。")
    assert missing_detail(asked, [item], {}) is None
    assert missing_detail(asked, [_sentence("党员流动性空前加大。")], {}) is Need.NUMBER


def test_a_part_of_a_quoted_term_is_spelled_out_by_a_list_after_the_term() -> None:
    said = _sentence("要推行园区“五联双化”治理模式,探索园区各领域组织联设、队伍联建、活动联办、"
                     "阵地联用、事务联商。")
    assert explains("五联", said, [])


def test_a_country_asked_is_a_place_a_countrys_name_gives() -> None:
    asked = q("篇二说1679年世界上第一个政党是在哪个国家建立的?")
    assert Need.PLACE in asked.asks and asked.place_level == "国"
    assert _place_level("Which country founded the first political party?") == "国"
    assert _place_level("国内外的经验有哪些?") is None
    assert _place_level("评上了哪个国家级示范点?") is None
    # "国家和地区" names no country; "新加坡" does
    said = "目前全世界200多个国家和地区,除20多个国家和地区外,均实行政党政治。"
    assert not has_place(said, asked.text, "国")
    assert has_place("还有日本自民党和新加坡人民等世界老牌政党。", asked.text, "国")


def test_the_meeting_a_named_speech_was_given_at_is_asked_only_by_its_forms() -> None:
    assert q("篇七开的是什么会?").asks_its_occasion
    assert Need.MEETING in q("篇七开的是什么会?").asks
    assert q("耒阳那篇讲话是在啥会上讲的?").asks_its_occasion
    assert q("篇七讲话是在一个什么会议上作的?").asks_its_occasion
    assert q("篇八是个什么会?").asks_its_occasion
    assert q("篇八讲的是一个什么会?").asks_its_occasion
    assert q("那篇六又是在什么会上?").asks_its_occasion  # the same of another speech
    en = parse_query("What meeting was speech 7 given at?", translator=lambda: Translator([]))
    assert en.asks_its_occasion and Need.MEETING in en.asks
    assert parse_query("What was the occasion of the Leiyang speech?",
                       translator=lambda: Translator([])).asks_its_occasion
    # another meeting the speech mentions, or "为什么会…" (why)
    assert not q("篇七说市委近期要针对后进单位召开什么会议?").asks_its_occasion
    assert Need.MEETING not in q("篇二为什么会说基层党建非抓不可?").asks


def test_which_places_in_the_plural_asks_places() -> None:
    en = parse_query("Which cities does the Jingkou speech cite as examples?",
                     translator=lambda: Translator([]))
    assert Need.PLACE in en.asks and en.place_level is None
    assert Need.PLACE not in parse_query("Which townships Party committees reported?",
                                         translator=lambda: Translator([])).asks


def test_places_listed_before_and_other_places_are_places() -> None:
    # "在苏州、无锡等地": named as places, at no level the sentence says
    asked = "京口那篇拿哪两个城市举例,说越往下面越有钱?"
    assert has_place("在苏州、无锡等地,越到基层,经济实力就越强。", asked, "市")
    assert not has_place("在这些、那些等地位上,越到基层,经济实力就越强。", asked, "市")


def test_things_counted_by_a_noun_are_a_series_ending_in_it() -> None:
    parties = _sentence("反之,执政74年的苏联共产党和执政71年的墨西哥革命制度党之所以一夕之间丧失"
                        "执政地位,一个很重要的原因就是基层党建工作因循守旧。")
    assert _series_asked(q("说哪两个党执政几十年一夜之间丢了政权?"), parties)
    assert not _series_asked(q("说哪三个党执政几十年一夜之间丢了政权?"), parties)
    assert not _series_asked(q("说哪两个国家执政几十年一夜之间丢了政权?"), parties)


def test_this_year_does_not_say_which_calendar_year() -> None:
    ballot = _sentence("今年市县乡村四级集中换届,各县(区)要以换届为契机,选优配强乡镇党委和"
                       "村党支部书记。")
    assert missing_detail(q("篇八说的市县乡村四级集中换届具体是哪一年?"), [ballot], {}) is Need.DATE
    assert missing_detail(q("篇八说的市县乡村四级集中换届是哪一年?"), [ballot], {}) is None
    founded = _sentence("自1679年世界上第一个政党建立至今,政党政治已有300多年历史。")
    assert missing_detail(q("世界上第一个政党具体是哪一年建立的?"), [founded], {}) is None


def test_which_session_is_answered_by_a_batch_by_any_word_for_it() -> None:
    third = _sentence("一是继续办好第三批村干部中专学历班,通过个人报名,乡镇推荐,组织部面试的程序。")
    assert missing_detail(q("沙雅给村干部读中专的班,这回办到第几期了?"), [third], {}) is None
    plain = _sentence("一是继续办好村干部中专学历班,通过个人报名,乡镇推荐,组织部面试的程序。")
    assert missing_detail(q("沙雅给村干部读中专的班,这回办到第几期了?"), [plain], {}) is Need.NUMBER


def test_a_chinese_question_naming_a_speech_is_not_refused_for_its_everyday_words() -> None:
    model = RefusalModel(("dense_top",), (0.0,), 10.0, (0.0,), (1.0,), 0.5,
                         vocabulary_floor=0.3, vocabulary_floor_english=0.6,
                         floor_exempt_dense=0.9)
    assert model.answers({"dense_top": 0.88, "vocabulary": 0.2, "speech_named": 1.0})
    assert not model.answers({"dense_top": 0.88, "vocabulary": 0.2, "speech_named": 0.0})
    assert not model.answers({"dense_top": 0.88, "vocabulary": 0.2, "english": 1.0,
                              "speech_named": 1.0})


def test_a_count_then_its_items_inline_are_the_items_of_that_kind() -> None:
    s = _sentence("中央提出,开展这项工作的目的主要有三个,即培养后备人才、为新农村培养骨干、"
                  "引导毕业生到基层就业。为此还出台了政策。")
    items = counted_inline(s, "目的")
    assert [i.text for i in items] == ["培养后备人才", "为新农村培养骨干", "引导毕业生到基层就业"]
    assert all(s.text[i.start:i.end] == i.text for i in items)  # verbatim spans
    assert counted_inline(s, "原因") == []
    # a count that is not the count listed lists nothing
    assert counted_inline(_sentence("目的主要有两个,即甲、乙、丙。"), "目的") == []


def test_townships_listed_before_what_they_lie_along_are_places() -> None:
    said = "洪灾中,蔡子池、灶市、大和等耒水、舂陵江沿河乡镇,乡村两级党员干部带领群众抗洪。"
    assert has_place(said, "哪些乡镇的党员干部带头抗洪了?", "乡")
    # (not bodies listed before what they do in townships)
    assert not has_place("组织、宣传等部门干部深入乡镇。", "哪些乡镇去了干部?", "乡")


def test_the_largest_asked_as_what_it_is_is_no_average() -> None:
    said = _sentence("完成了164个村级组织活动场所建设,平均面积达161.6平方米。")
    assert missing_detail(q("164个场所里面积最大的是多少平方米?"), [said], {}) is Need.NUMBER
    assert missing_detail(q("164个场所平均面积是多少平方米?"), [said], {}) is None


def test_whose_words_and_the_means_asked_are_read_once_into_the_query() -> None:
    assert q("京口那篇引了哪位革命导师的话?").asks_whose_words
    assert q("这话是谁说的?").asks_whose_words
    # who gave a speech is no one's words it quotes
    assert not q("地委是哪位领导到会讲的话?").asks_whose_words
    assert q("主要靠的是哪种手段?").means_asked == "手段"
    assert q("通过什么方式推进?").means_asked == "方式"
    assert q("村里办事要配几间屋子?").means_asked is None


def test_a_person_quoted_is_a_name_before_saying() -> None:
    assert quotes_person("列宁说过,马克思主义政党和资产阶级政党最大的区别就在于", "")
    assert quotes_person("孙中山先生早就说过:“世界潮流,浩浩荡荡”", "")
    assert not quotes_person("东明书记作出重要指示", "")
    # the person the question names is no one it asks about
    assert not quotes_person("列宁说过,…", "列宁说了什么?")


def test_a_correlative_run_names_no_place() -> None:
    assert "越富" not in q("别处越往基层越富,举了哪两个城市的例子?").places


def test_so_many_places_asked_in_english_ask_places_of_that_level() -> None:
    question = "Which two townships does the speech suggest others learn from?"
    assert Need.PLACE in needs(question) and _place_level(question) == "乡"
    assert _place_level("Which county party committee met?") is None


def test_a_work_meeting_is_a_meeting_named() -> None:
    asked = q("东明书记在全国产业园区党建工作会上作了什么指示?")
    assert asked.meetings == ("全国产业园区党建工作会",)


def test_how_many_is_not_asked_of_what_each_of_them_says() -> None:
    assert Need.NUMBER not in needs("篇二的几个“这是”分别讲什么?")
    assert Need.NUMBER in needs("篇二讲了几个“这是”?")


def test_a_count_masked_right_after_the_words_asked_is_no_answer_whatever_else_is_counted(
) -> None:
    # asked in no unit: the masked count of what it asks, not the classes beside it
    said = [_sentence("两年来,举办入党积极分子培训班70期,按标准、按程序发展党员20xx名。")]
    assert missing_detail(q("耒阳发展党员的具体数字是多少?"), said, {}) is Need.NUMBER
    assert missing_detail(q("耒阳入党积极分子培训班办了多少期?"), said, {}) is None


def test_where_a_speech_comes_from_is_asked_of_the_speech_itself() -> None:
    assert _ASKS_ITS_PLACE.fullmatch("讲的是哪个市?")
    assert _ASKS_ITS_PLACE.fullmatch("Which city does it come from?")
    assert not _ASKS_ITS_PLACE.fullmatch("Which city does its funding come from?")


def test_a_masked_date_is_the_one_asked_by_an_english_question_s_translated_words() -> None:
    said = "20xx年全面完成村级组织活动场所建设任务,是今年中央1号文件提出的要求。"
    asked = "Which year must the village activity venues be finished?"
    assert gives_date(said, asked)  # ("今年" read as the year, the question's words unread)
    assert not gives_date(said, asked, "村级 活动 场所 完毕")


def test_the_month_and_day_asked_are_not_given_by_today() -> None:
    asked = "那次推进会是几月几号开的?"
    assert not gives_date("经市委研究决定,今天在这里召开推进会。", asked)
    assert gives_date("在今年6月20日我市发生的洪灾中", asked)
    assert gives_date("经市委研究决定,今天在这里召开推进会。", "推进会是哪一天开的?")


def test_a_figure_counted_to_one_months_end_is_not_one_counted_to_anothers() -> None:
    from askspeech.answer.constraints import cutoff_months

    assert cutoff_months("到今年6月底,各乡镇一共清理了多少?") == {6}
    assert cutoff_months("至今年5月底,全市35个乡镇办事处共澄清…2356人") == {5}
    assert cutoff_months("How many had been found by the end of June?") == {6}
    assert cutoff_months("今年5月,又全面启动了创先争优活动") == set()  # a month, no cut-off


def test_what_a_masked_word_stands_for_is_asked_only_of_it() -> None:
    from askspeech.answer.extractive import _ASKS_MASKED

    assert _ASKS_MASKED.search("党的xx大具体是第几次代表大会?")
    assert _ASKS_MASKED.search("篇六里那个××县到底是哪个县?")
    assert not _ASKS_MASKED.search("篇三说20xx年要全面完成什么任务?")


def test_an_ordinal_counts_nothing() -> None:
    asked = q("这两年一共办了多少期培训班?")
    assert missing_detail(asked, [_sentence("第七期培训班学员已全部到位。")], {}) is Need.NUMBER
    assert missing_detail(asked, [_sentence("两年来共举办培训班7期。")], {}) is None


def test_points_and_classes_are_counted_in_any_of_their_measure_words() -> None:
    points = q("篇二说抓基层遇到的难处一共几条?")
    assert missing_detail(points, [_sentence("概括起来有这么五个挑战:")], {}) is None
    classes = q("两年里一共开了多少次学习班?")
    assert missing_detail(classes, [_sentence("举办入党积极分子培训班70期。")], {}) is None
    assert missing_detail(classes, [_sentence("培训农民工6800余人。")], {}) is Need.NUMBER


def test_which_batch_is_asked_in_everyday_words_too() -> None:
    asked = q("那个中专班现在办到第几拨了?")
    assert missing_detail(asked, [_sentence("继续办好第三批村干部中专学历班。")], {}) is None


def test_by_when_a_task_is_to_be_done_asks_a_deadline() -> None:
    assert asks_deadline("第三次要在什么时候之前搞完?")
    assert asks_deadline("最晚啥时候得弄完?")
    assert not asks_deadline("第三次是什么时候开展的?")  # when it was, not by when


def test_an_item_in_quotes_listing_things_itself_is_one_item_of_its_series() -> None:
    text = ("扎实推进“联系群众”、“走村入户、察民情、解民忧”、“限时办结”三项制度,确保服务"
            "中心运转正常")
    assert inline_series(text, "三项制度") == [
        "扎实推进“联系群众”", "“走村入户、察民情、解民忧”", "“限时办结”"]


def test_a_follow_up_is_answered_by_a_sentence_between_two_quotes_of_the_answer_before(
) -> None:
    before = "哪座城市的活动场所外面不建围墙?"
    follow = dataclasses.replace(
        parse_query("这种做法得到了谁的认可?", follow_up=True, history=[before],
                    translator=lambda: Translator([])),
        history=(before,),
        previous=(Passage("a", 3, "t", 5, 0, 20, "淮北市的活动场所外不建围墙,其做法是腾院于民。"),
                  Passage("b", 3, "t", 5, 80, 100, "开放式活动场所不仅在于不建围墙。")))
    between = Passage("c", 3, "t", 5, 40, 60, "淮北市的做法得到了中央和省委领导的肯定。")
    assert _continues_previous(follow, between)
    # (nor one after the answer's last quote, or in another paragraph)
    assert not _continues_previous(follow, dataclasses.replace(between, start=120, end=140))
    assert not _continues_previous(follow, dataclasses.replace(between, paragraph=6))


def test_an_unnumbered_run_of_items_opens_alike_and_shares_words() -> None:
    texts = ["工作要想做实,还得讲方法。", "要抓住重点促整改,先解决群众最不满意的问题;",
             "要结合实际促整改,多做调查研究;", "要建立台账促整改,一件一件销号。",
             "此外,还要加强宣传。"]
    para = [Passage(f"s{i}", 1, "t", 1, i * 40, i * 40 + len(t), t) for i, t in enumerate(texts)]
    assert [p.text for p in _alike_from(para, 1)] == texts[1:4]
    # (a sentence whose first clause is long or opens otherwise ends it; none starts at one)
    assert len(_alike_from(para, 0)) == 1


def test_a_code_of_digits_asked_digit_by_digit_needs_as_many_items() -> None:
    # four ways of helping after “532”: a list, but not what 5, 3 and 2 stand for
    helping = _sentence("各村按照“532”模式,采取送物资、送技术、送资金、理思路等形式开展帮扶。")
    assert explains("532", helping, [])
    assert not explains("532", helping, [], digits=True)
    three = _sentence("各村按照“532”模式,做到访贫困户、帮产业户、联种养户。")
    assert explains("532", three, [], digits=True)


def test_a_city_a_district_names_only_as_an_example_is_named_as_an_example() -> None:
    from askspeech.answer.constraints import named_as_example
    from askspeech.store import SpeechText

    paragraphs = ("在常州、扬州等地,村集体经济发展得快。",
                  "我区要学习常州的经验,也要比扬州做得更好。")
    district = SpeechText(2, "讲话", "src.txt", paragraphs, level="区")
    assert named_as_example("常州", district)
    assert not named_as_example("扬州", district)  # (compared with as well)
    province = SpeechText(3, "讲话", "src.txt", paragraphs, level="省")
    assert not named_as_example("常州", province)  # (a province's speech tells of its cities)


def test_a_list_of_fewer_things_than_a_term_counts_does_not_spell_it_out() -> None:
    three = _sentence("要深化“四联”工作,做到党组织和工会、共青团、妇联组织上对应设置。")
    four = _sentence("要深化“四联”工作,做到党组织、工会、共青团、妇联组织上对应设置。")
    assert not explains("四联", three, [])
    assert explains("四联", four, [])
