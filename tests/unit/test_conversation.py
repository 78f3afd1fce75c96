"""Follow-up questions: what of the conversation a question is searched with."""

from __future__ import annotations

from askspeech.answer.conversation import (
    History,
    asked_again,
    asks_count_of_it,
    asks_own,
    asks_total_of_it,
    is_dangling,
    is_elliptical,
    is_follow_up,
    previous_questions,
    search_query,
    topic_words,
)
from askspeech.query import asked_ordinal


def test_previous_questions_reads_pairs_and_role_messages() -> None:
    history: History = [("篇二讲了哪三点意见?", "…"), {"role": "user", "content": "第二个问题"},
                        {"role": "assistant", "content": "回答"}]
    assert previous_questions(history) == ["篇二讲了哪三点意见?", "第二个问题"]
    assert previous_questions(None) == [] and previous_questions([]) == []


def test_short_pointing_questions_are_follow_ups_and_full_questions_are_not() -> None:
    assert is_follow_up("那第二点呢?") and is_follow_up("What about the second point?")
    assert is_follow_up("都是在哪些企业里建的?")  # all of what was just said
    # a topic opening with "那边呢", then a question of its own
    assert is_follow_up("社区那边呢?换了多少个?")
    assert not is_follow_up("耒阳那边每个村一年用来维持日常运转的钱,平均涨到了多少?")
    assert not is_follow_up("沙雅开展“三级联创”时实行的“六个不批”制度,分别是哪六种情况不批?")
    # "第三件" counts things as "第三点" does; "这是…" points back at the answer
    assert is_follow_up("第三件展开说说") and is_follow_up("这是第几批?")
    assert is_follow_up("头一条具体啥意思?")  # item one, as "第一条"
    # the last item, however said; the place just named ("there", not "Is there…")
    assert is_follow_up("最后一条具体怎么要求的?")
    assert is_follow_up("排在末尾的那条,讲话让大家怎么干?")
    assert is_follow_up("What happened to the review results there?")
    assert is_follow_up("其余几个呢?") and is_follow_up("剩下的呢?")  # the rest of a list
    assert not is_follow_up("Is there a rule for village cadres' pay?")
    # items counted by the measure word their list was asked by ("哪几种抓法", "哪三层意思")
    assert is_follow_up("第二种具体要怎么做?") and is_follow_up("第一层是什么意思?")
    # people named by a pronoun, and an English follow-up opening with "So"
    assert is_follow_up("为啥现在非得提高他们的素质能力?")
    assert is_follow_up("So what should the organisation department people do first?")
    # "thinking so", "guarding both ends like this": the answer before
    assert is_follow_up("这么想会带来啥后果?") and is_follow_up("这样做是为了什么?")
    # a part named with its speech refers to nothing earlier
    assert not is_follow_up("What does the last part of Speech 7 say?")
    assert not is_follow_up("篇七最后一部分讲了什么?")
    assert not is_dangling("篇七最后一部分讲了什么?")
    # a speech named with a question of its own is no dangling first question; "那篇五呢?" is
    assert not is_dangling("篇五那个会是谁召开的?") and is_dangling("那篇五呢?")
    # a demonstrative with a measure word points back; "安徽那篇" names a speech
    assert is_follow_up("派下去的那批人要守哪些规定?") and is_follow_up("这项制度怎么落实?")
    assert not is_follow_up("安徽那篇讲话说了什么?")
    assert is_follow_up("城乡那一块具体怎么搞?") and is_follow_up("这方面还有什么要求?")
    # a passage pointed at ("讲这段之前…"), not a period ("这段时间")
    assert is_follow_up("讲这段之前,他引了哪位中央领导对基层干部的说法?")
    assert not is_follow_up("这段时间党建工作怎么样?")
    # too short to say what it is about: about what was just asked (if in the speeches' words)
    assert is_elliptical("要学多长时间?") and is_elliptical("不能卡哪些条件?")
    assert not is_elliptical("篇三讲了什么?") and not is_elliptical("“五有”是什么?")


def test_things_counted_before_and_a_person_named_before_are_pointed_back_at() -> None:
    # "这两回选举" counts elections the answer before spoke of; "这两年" is a period
    assert is_follow_up("这两回选举都挺难弄的,最后咋都顺顺当当办完了?")
    assert is_follow_up("帮的那三样又是啥?")  # the three things just named
    assert is_follow_up("搞这几样是为了啥?")
    assert not is_follow_up("耒阳这两年发展了多少党员?")
    assert is_follow_up("What else did he do while he was there?")
    # "这一圈准备", "这一套": what was just listed; "为了啥": what it was for
    assert is_follow_up("忙活这一圈准备,最后是为了啥?") and is_follow_up("这一套做法哪来的?")
    # what if, of what was just said
    assert is_follow_up("要是自查查出毛病来呢?") and is_follow_up("如果明年还完不成呢?")
    assert not is_follow_up("如果村里没钱,活动场所怎么建?")
    assert not is_follow_up("What else did the county do while the team was there?")


def test_a_follow_up_opening_with_and_may_run_long() -> None:
    long = ("And how should local measures be designed so they don't pull those graduates "
            "away from the villages?")
    assert len(long) > 90 and is_follow_up(long)
    # long, pointing back, but not opening as a continuation: a question of its own
    assert not is_follow_up("How should local measures be designed so that they do not pull "
                            "those graduates away from the villages they were sent to?")
    # nor opening so, but asked of someone it does not name: it follows
    assert is_follow_up("What are they warned not to substitute for that work, and what has to "
                        "be recorded about their visits?")


def test_what_a_short_question_is_about_is_read_without_the_words_that_ask() -> None:
    # whether it is in the speeches' words is judged on "要学", not on "多长时间"
    assert topic_words("要学多长时间?").split() == ["要学", "?"]
    assert topic_words("明天天气怎么样?").split() == ["明天天气", "?"]


def test_a_follow_up_is_searched_with_the_question_before_it() -> None:
    history: History = [("篇二讲了哪三点意见?", "…"), {"role": "user", "content": "第二个问题"}]
    assert search_query("那第二点呢?", history) == "第二个问题 那第二点呢?"
    fresh = "全新的问题,与前文无关的长长的提问内容在这里"
    assert search_query(fresh, history) == fresh
    assert search_query("那第二点呢?", []) == "那第二点呢?"


def test_a_part_named_with_its_speech_leans_on_nothing_earlier() -> None:
    own_parts = ("篇五第二部分讲了什么?", "第三篇的第二点是什么?", "篇三的第二种做法是什么?",
                 "What is speech 5's second part?")
    for own in own_parts:
        assert not is_dangling(own) and not is_follow_up(own)
    assert is_dangling("那第二点呢?") and is_follow_up("篇三的呢?那第二点呢?")


def test_the_same_round_or_year_as_before_points_back() -> None:
    assert is_follow_up("同一轮精简掉几个干部?")
    assert is_follow_up("同一年里又培训了多少人?")
    assert not is_follow_up("同样是村干部,离任的补贴多少?")


def test_a_bare_topic_with_ne_follows_the_question_before_it() -> None:
    assert is_follow_up("平均年龄呢?") and is_follow_up("农村呢") and is_dangling("平均年龄呢?")
    assert not is_follow_up("村干部报酬怎么定呢?")  # a question of its own


def test_a_follow_up_asking_its_own_question_is_told_from_one_asking_the_last_again() -> None:
    assert asks_own("那篇三对离任村干部怎么说的?") and asks_own("And how is it done?")
    assert not asks_own("那篇三呢?") and not asks_own("What about Speech 5?")
    assert asks_own("那安徽那篇对这些不干了的村干部是咋说的?")  # "咋" is "怎么"


def test_a_manner_or_degree_pointing_back_follows_only_in_a_conversation() -> None:
    # "这么紧" is how tight the deadline just quoted is; alone, a question is no leaning back
    assert is_follow_up("为啥要赶得这么紧?")
    assert is_follow_up("这样定图个啥?")
    assert is_follow_up("要是图省事粗暴地干了,会闹出什么后果?")
    assert not is_dangling("为什么党建这么重要?")


def test_asking_for_an_example_follows_the_answer_before() -> None:
    assert is_follow_up("引进的都是些啥项目?能举个例子吗?")
    assert is_follow_up("Any examples?") and is_follow_up("比如说呢?")
    assert is_follow_up("有没有具体的实例?") and is_follow_up("有啥例子吗?")
    assert not is_dangling("引进的都是些啥项目?能举个例子吗?")  # long enough to stand alone


def test_a_short_total_asked_of_nothing_named_is_of_what_was_just_asked() -> None:
    assert asks_total_of_it("一共砸进去多少钱?")
    # a question naming its own subject at length, or naming its speech, says what it is about
    assert not asks_total_of_it("篇四一共讲了几个方面?")
    assert not asks_total_of_it("耒阳全市一共建成了多少个远程教育站点?")


def test_an_english_keyword_query_naming_its_topic_is_no_dangling_follow_up() -> None:
    assert not is_dangling("Shaya six vetoes: the first three")
    assert is_dangling("And the second one?")
    assert is_dangling("What about the third?")


def test_an_item_named_by_its_number_follows_the_list_just_quoted() -> None:
    assert is_follow_up("explain number three") and is_dangling("explain number three")
    assert asked_ordinal("explain number three") == 3 and asked_ordinal("and point 2?") == 2


def test_a_question_switching_to_another_speech_is_a_follow_up() -> None:
    assert is_follow_up("换成篇七那边怎么说?") and is_follow_up("轮到攀枝花呢?")


def test_a_follow_up_asking_the_same_question_again_searches_none_of_the_words_saying_so(
) -> None:
    assert is_follow_up("Same question for Anhui?") and is_follow_up("同样的问题,耒阳呢?")
    assert not asks_own("Same question for Anhui?")
    assert "question" not in asked_again("Same question for Anhui?")
    again = asked_again("同样的问题,耒阳呢?")
    assert "问题" not in again and "耒阳" in again


def test_the_person_or_place_just_named_pointed_at_is_a_follow_up() -> None:
    assert is_follow_up("他在那里还做了什么?") and is_follow_up("那儿的村干部报酬多少?")
    assert not is_follow_up("其他乡镇怎么做的?")


def test_the_examples_just_named_asked_for_are_a_follow_up() -> None:
    assert is_follow_up("举了哪几家企业?") and is_follow_up("举了些什么例子?")
    assert not is_follow_up("举报电话是多少?")


def test_an_item_named_by_what_it_is_about_in_english_is_a_follow_up() -> None:
    assert is_follow_up("What's the name of the vanadium-titanium one?")
    assert is_follow_up("Tell me about the one on industry.")
    assert not is_follow_up("What does speech 6 say about the one-vote veto?")


def test_the_item_beside_the_one_just_quoted_is_a_follow_up() -> None:
    assert is_follow_up("紧挨着的下一对呢,怎么摆?") and is_follow_up("前一条讲的啥?")
    assert not is_follow_up("下一步工作怎么安排?")


def test_what_for_asks_a_question_of_its_own() -> None:
    assert asks_own("那沙雅那篇里这个“五小”又是用来干嘛的?")
    assert not asks_own("那沙雅那篇呢?")


def test_a_pair_pointed_at_by_its_place_is_a_follow_up() -> None:
    assert is_follow_up("排在第三的那对,帮的是啥、促的是啥?")
    assert is_follow_up("那拨人后来怎么安排?")


def test_a_long_english_follow_up_opening_ok_and_naming_a_position_follows() -> None:
    assert is_follow_up("OK, and the power listed in position two: who puts the proposals "
                        "forward, and how?")
    assert is_follow_up("好的,那第二项由谁提出?")


def test_among_what_was_just_said_is_a_follow_up() -> None:
    assert is_follow_up("这里面点了哪几家企业的名?") and is_follow_up("那当中有几个是女的?")


def test_two_short_questions_in_one_are_elliptical() -> None:
    assert is_elliptical("钱从哪儿来的?一共投了多少?")
    assert not is_elliptical("钱从哪儿来的?乡镇五小设施建设一共投了多少?")


def test_details_asked_or_a_place_in_the_list_are_follow_ups() -> None:
    assert is_follow_up("具体亮哪三样、树哪三样?")
    assert is_follow_up("Which one is listed third?")


def test_the_first_few_items_follow_the_list_just_quoted() -> None:
    assert is_follow_up("头两个是啥?") and is_follow_up("前三条具体说说?")
    assert is_dangling("头两个是啥?")  # asked first, it refers to nothing said
    assert not is_follow_up("篇三讲了哪三个目的?")


def test_a_placeholder_asked_for_is_no_word_of_the_topic() -> None:
    # "哪些东西" asks, as "什么" does: "要学" is what the follow-up is about
    assert topic_words("要学哪些东西?").split() == ["要学", "?"]
    assert topic_words("都讲了什么内容?").split() == ["都讲了", "?"]


def test_how_long_or_how_large_asks_a_question_of_its_own() -> None:
    # "多长时间", "多大" ask as "多少" does: not the question before again of another speech
    assert asks_own("那篇七里,村干部跟班学习要多长时间?") and asks_own("规模有多大?")
    assert not asks_own("那篇七呢?")


def test_the_words_just_quoted_pointed_at_make_a_follow_up() -> None:
    for asked in ("这话是谁说的?", "这句话出自哪里?", "那番话是在什么场合讲的?"):
        assert is_follow_up(asked), asked
    assert not is_follow_up("篇五讲话的话题有哪些?")


def test_a_point_of_yi_yao_er_yao_named_by_its_place_makes_a_follow_up() -> None:
    # points made "一要…二要…": "第四要" is the fourth; "第一要务" is no point
    assert is_follow_up("第四要里,对没履行好责任的怎么处理?") and is_follow_up("第四要呢?")
    assert asked_ordinal("第四要里,对没履行好责任的怎么处理?") == 4
    assert not is_follow_up("发展是第一要务吗?") and asked_ordinal("发展是第一要务吗?") is None


def test_a_request_to_go_through_it_item_by_item_follows_up() -> None:
    for question in ("能一条条列一下吗", "能逐条列出来吗", "Can you list them one by one?"):
        assert is_follow_up(question), question


def test_the_same_asked_in_turn_of_another_speech_follows() -> None:
    assert is_follow_up("篇六里又是怎么要求的?")
    assert is_follow_up("那沙雅又是咋规定的?")
    assert not is_follow_up("篇六里对村干部报酬是怎么要求的?")


def test_that_line_points_back_at_the_words_just_quoted() -> None:
    assert is_follow_up("那句出自哪里?") and is_follow_up("这句是谁讲的?")


def test_a_bare_count_of_items_asks_how_many_of_what_was_just_said() -> None:
    assert asks_count_of_it("一共分了几点?") and asks_count_of_it("有几条?")
    assert not asks_count_of_it("篇三分了几点?") and not asks_count_of_it("村干部有几个?")
