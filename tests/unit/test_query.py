"""Reading a question without an index: speech numbers, language, ordinals."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from askspeech.query import (
    FROM_END,
    LAST,
    MIDDLE,
    Need,
    Query,
    anchored,
    asked_ordinal,
    asked_part,
    asks_its_occasion,
    asks_its_place,
    asks_which_speech,
    batch_variants,
    bodied_terms,
    bodies_named,
    body_mentions,
    compares,
    counted_before_each,
    counted_term_asked,
    counted_things_en,
    durations_in,
    first_items,
    halves_in,
    is_english,
    item_of_part,
    item_step,
    items_asked,
    joined_separable,
    kind_asked,
    levelled_terms,
    levels_en,
    list_named,
    meetings_named,
    months_in,
    names_item,
    names_quarter,
    needs,
    nth,
    occasion_by_kind,
    occasion_kinds,
    occasion_named,
    occasion_translated,
    parse_query,
    position_in_speech,
    relative_years,
    scoped_terms,
    second_part,
    spans_back_in,
    speech_by_level,
    speech_by_size,
    speech_described,
    speech_mentioned,
    speeches_mentioned,
    speeches_missing,
    stated_days,
    stated_list,
    told_items,
    topic_text,
    which_of_counted,
    with_item_named,
)
from askspeech.query import _homes_by_container as homes_by_container
from askspeech.retrieval.crosslingual import Translator
from askspeech.text.zh import chinese_number, colloquial_expansions, in_official_words


@pytest.mark.parametrize(("text", "n"), [("篇三", 3), ("第12篇", 12), ("十二", 12), ("十", 10)])
def test_chinese_numbers(text: str, n: int) -> None:
    assert chinese_number(text.strip("篇第")) == n


def test_a_speech_named_in_the_question_is_recognised() -> None:
    assert speech_mentioned("篇七讲话中,村干部报酬要落实什么制度?", range(1, 9)) == 7
    assert speech_mentioned("In Speech 2, what ...", range(1, 9)) == 2
    assert speech_mentioned("篇九说了什么", range(1, 9)) is None
    assert speeches_mentioned("篇三和第7篇、篇三分别怎么说?", range(1, 9)) == (3, 7)
    assert speeches_mentioned("Compare speech 3 and speech 9", range(1, 9)) == (3,)
    assert speeches_missing("篇九和Speech 12、篇三", range(1, 9)) == ("篇九", "Speech 12")
    # in words
    assert speech_mentioned("And in speech seven? When is it due?", range(1, 9)) == 7
    assert speech_mentioned("In the fifth speech, what did they do?", range(1, 9)) == 5
    assert speech_mentioned("头一篇讲话让大家先从哪儿出发?", range(1, 9)) == 1
    assert speeches_missing("What does speech nine say?", range(1, 9)) == ("speech nine",)
    assert speech_mentioned("first speech ultimate aim citywide work", range(1, 9)) == 1
    # a month right after it is no part of its number
    assert speech_mentioned("篇七十月底前要审计多少个村?", range(1, 9)) == 7


def test_a_speech_number_is_read_as_a_well_formed_numeral_only() -> None:
    # "篇二一上来讲…" is 篇二 "at the outset" (21 is written 二十一)
    assert speech_mentioned("篇二一上来讲为啥要抓基层党建?", range(1, 9)) == 2
    # "沙雅那篇一开头…" is that speech at its very start, not 篇一
    assert speech_mentioned("沙雅那篇一开头说开了个什么会?", range(1, 9)) is None
    assert speech_mentioned("篇一开头说了什么?", range(1, 9)) == 1
    assert speech_mentioned("那篇一开头是怎么说的?", range(1, 9)) == 1
    assert speeches_missing("篇二十一和篇十一", range(1, 9)) == ("篇二十一", "篇十一")


def test_english_detection() -> None:
    assert is_english("How many villages held elections?")
    assert not is_english("篇七讲话中 Speech 7 提到什么?")
    # English quoting a Chinese term is English; Chinese naming two English words is not
    assert is_english("On which day did Leiyang launch its campaign (创先争优)?")
    assert not is_english("篇三讲的大学生村官和machine learning有什么关系?")


def test_follow_up_ordinals_in_chinese_and_english() -> None:
    assert asked_ordinal("那第二点呢?") == 2 and asked_ordinal("what about the third point") == 3
    # pairs and teams are counted too ("处理好哪几对关系" → "那第二对呢?")
    assert asked_ordinal("那第二对呢?") == 2 and asked_ordinal("第五支队伍是什么?") == 5
    assert asked_ordinal("头一条具体啥意思?") == 1
    assert asked_ordinal("那第三拨呢?") == 3 and asked_ordinal("第四批选派干部") is None
    # an English ordinal standing alone at the end ("What about the second?")
    assert asked_ordinal("What about the second?") == 2
    assert asked_ordinal("Was the second meeting in May?") is None
    assert asked_ordinal("篇五讲话从哪几个方面讲了加强基层党组织建设?") is None
    assert asked_ordinal("第三件展开说说") == 3 and asked_ordinal("第二步怎么走?") == 2


def _no_translator() -> Translator:
    raise AssertionError("a Chinese question needs no translator")


def test_an_occasion_named_points_at_its_speech_and_a_generic_meeting_at_none() -> None:
    occasions = {4: "现场经验交流会", 5: "基层组织建设工作会议", 6: "农村基层组织建设工作现场会议",
                 7: "农村基层党建暨“三项活动”工作推进会", 8: "产业园区和农村基层党建工作会"}
    assert occasion_named("开“三项活动”推进会那篇,关键看啥?", occasions) == (7, "“三项活动”推进会")
    assert occasion_named("市里开的那个现场经验交流会上说了啥?", occasions) == (4, "现场经验交流会")
    # one word of a meeting ("推进会", "党建工作会") or two speeches' ("基层组织建设…会议")
    for generic in ("推进会上讲了啥?", "在党建工作会上讲了什么",
                    "全区基层组织建设工作会议上说了什么?"):
        assert occasion_named(generic, occasions) is None
    q = parse_query("开“三项活动”推进会那篇,最后一大块开头说村里党建能不能见成效,关键看啥?",
                    speeches=range(1, 9), translator=_no_translator, occasions=occasions)
    assert q.occasion_speech == 7 and "推进会" not in q.embedded_text


def test_a_question_pointing_at_a_speechs_opening_or_close_says_which() -> None:
    assert position_in_speech("第二篇开头拿盖高楼打比方那一段,说了什么?") == "opening"
    assert position_in_speech("篇六快散会的时候,交代大家回去怎么办?") == "closing"
    assert position_in_speech("京口那篇快讲完的时候,是怎么定性的?") == "closing"
    assert position_in_speech("第三篇最后给同志们交代了什么?") == "closing"
    assert position_in_speech("篇四讲到最后,要求大家怎么做?") == "closing"
    assert position_in_speech("那篇最后落脚到哪件事上?") == "closing"
    assert position_in_speech("面对这些,它最后落到个啥结论上?") is None  # the passage's
    # an English keyword query names the close after the speech
    assert position_in_speech("Shaya speech closing: a guarantee for what?") == "closing"
    assert position_in_speech("What does speech 2 say at the end about the age?") == "closing"
    assert position_in_speech("What does speech 8 say at the beginning?") == "opening"
    # the last item of a list, not the speech's close
    assert position_in_speech("排在末尾的那条,讲话让大家怎么干?") is None
    # a keyword query's "wrap-up" is the close
    assert position_in_speech("Panzhihua speech wrap-up: the four 'musts'?") == "closing"
    # the first words of a slogan, not of the speech
    assert position_in_speech("那个口号开头是要加快速度的,完整怎么说?") is None
    # the start of a part, not of the speech
    assert position_in_speech("最后一大块开头说村里党建能不能见成效,关键看啥?") is None


def test_a_question_about_the_meeting_itself_points_at_the_opening() -> None:
    for text in ("篇四那个会是在什么情况下开的?", "篇八攀枝花那个会,主要任务是什么?",
                 "What was the purpose of the meeting in Speech 6?"):
        assert position_in_speech(text) == "opening", text
    # (asked as what the meeting was held to do)
    assert position_in_speech("沙雅那次开会主要是要干什么?") == "opening"
    # a meeting the speech reports on, not the one it is given at
    assert position_in_speech("篇七说上半年开的推进会有什么成效?") is None
    assert position_in_speech("篇三对村干部报酬怎么说?") is None


def test_a_few_before_a_clause_asking_with_another_word_asks_no_count() -> None:
    def asks(text: str) -> tuple[Need, ...]:
        return parse_query(text, speeches=range(1, 9), translator=_no_translator).asks

    assert Need.NUMBER not in asks("有的单位班子里几个人面和心不和,具体都是些什么表现?")
    assert Need.NUMBER in asks("京口开了几个座谈会?")
    assert Need.NUMBER in asks("耒阳有几个乡镇,分别是哪几个?")
    # a yes-or-no question inside the question ends a clause too ("…吗?")
    assert Need.NUMBER not in asks("光看评上了几个“有”、几个“好”就够了吗?还得看啥?")
    assert Need.NUMBER in asks("有几个?具体是哪几个?")
    # nor a few that the clause goes on to say what they did, before "which ones"
    assert Need.NUMBER not in asks("有几个乡镇把这套办法推到了村里,是哪几个地方?")
    assert Need.NUMBER in asks("耒阳有几个乡镇,分别是哪几个?")


def test_a_word_jieba_takes_for_a_place_that_the_dictionary_defines_otherwise_is_none() -> None:
    def places(text: str) -> tuple[str, ...]:
        return parse_query(text, speeches=range(1, 9), translator=_no_translator,
                           known_places=("攀枝花",)).places

    assert places("想让能人往哪些行当和项目上扎堆?") == ()  # "to gather together"
    assert places("郴州的村干部报酬是怎么规定的?") == ("郴州",)  # "a city in Hunan"
    assert "兴隆" in places("兴隆乡以“185”工程为载体引进了哪几个项目?")  # 兴隆 + 乡
    # "镇里", "县里": the township or county spoken of, no name
    assert places("镇里班子的每个领导至少得对口挂钩几个村?") == ()


def test_a_count_of_places_reads_their_level_and_a_count_of_people_none() -> None:
    def level(text: str) -> str | None:
        return parse_query(text, speeches=range(1, 9), translator=_no_translator).counted_level

    assert level("耒阳完成了多少个村的“五小”设施建设?") == "村"
    assert level("全市有几个乡镇完成了换届?") == "乡镇"
    assert level("带了多少个村支书出去学习?") is None  # people of that level
    # places in villages, and village offices
    assert level("全省还有多少个村里开会办事的地方又旧又小?") is None
    assert level("省里还有多少个村部又破又小?") is None
    assert level("投入了多少钱?") is None
    # named before its count
    assert level("区里下辖的村和社区各有几个?") == "村"
    assert level("农村有几个?") is None  # (农村: the countryside, not a village)


def test_parse_query_reads_speech_quotes_needs_and_numbers_once() -> None:
    q = parse_query("篇三讲话提到的“双培双带”,第二轮1989个场所建成了多少个?",
                    speeches=range(1, 9), translator=_no_translator)
    assert q.speech == q.search_speech == 3 and q.speech_filter is None
    assert q.quoted == ("双培双带",) and q.asks == (Need.NUMBER,) and q.count_asked
    assert "1989" in q.stated_numbers and not q.english and q.lang == "zh"
    assert {"双培", "培双", "双带"} <= q.bigrams
    # one quoted character is the word a list's items open with, no term; a number is one
    assert parse_query("改革创新那部分分了哪几“要”?", speeches=range(1, 9),
                       translator=_no_translator).quoted == ()
    assert parse_query("“81145”里的“4”指什么?", speeches=range(1, 9),
                       translator=_no_translator).quoted == ("81145", "4")
    # a word said twice is speech quoted, not a term ("“敲打敲打”")
    assert parse_query("要把干得差的单位叫过来“敲打敲打”,开个啥会?", speeches=range(1, 9),
                       translator=_no_translator).quoted == ()
    # an attitude quoted in the user's words is no term ("驳“太忙顾不上”的借口")
    assert parse_query("沙雅那篇驳“太忙顾不上”的借口时,把四季各忙些啥都列了?",
                       speeches=range(1, 9), translator=_no_translator).quoted == ()
    assert parse_query("有人觉得“抓党建耽误挣钱”,讲话怎么驳的?", speeches=range(1, 9),
                       translator=_no_translator).quoted == ()


def test_the_kind_of_named_thing_asked_for_is_read() -> None:
    def asked(text: str) -> str | None:
        return parse_query(text, speeches=range(1, 9), translator=_no_translator).name_asked
    assert asked("想让老百姓觉得党组织贴心,点名要推的是个啥工程?") == "工程"
    assert asked("篇七讲话中,村干部报酬要落实什么制度?") == "制度"
    assert asked("这套是哪篇讲的,叫啥名堂?") == ""  # a name of any kind
    assert asked("播放收看要照着哪种教学法来?") == "教学法"
    assert asked("这个方法叫啥?") == ""
    assert asked("村支部抓党建得立起个啥观念?") == "观念"
    assert parse_query("What is the project Daozi started called?",
                       translator=lambda: Translator([])).name_asked == ""
    assert asked("村干部报酬怎么定?") is None


def test_the_words_describing_which_speech_are_told_from_what_is_asked() -> None:
    assert speech_described("十九届五中全会那篇里,点名要推的是个啥工程?") == "十九届五中全会"
    assert speech_described("那篇以建党一百周年献礼收尾的讲话,最后要达到个什么效果?") == (
        "以建党一百周年献礼收尾")
    assert speech_described("村支书年初许愿,这套是哪篇讲的?") == ""
    # the close it describes the speech by is no pointer to the close
    q = parse_query("那篇以建党一百周年献礼收尾的讲话,让基层敢想别人不敢想的,最后要达到个什么效果?",
                    speeches=range(1, 9), translator=_no_translator)
    assert q.position is None


def test_markup_around_a_question_is_shown_as_typed_but_not_read_as_names() -> None:
    typed = "<script>alert('x')</script><b>篇七</b>讲话中,村干部报酬要落实什么**制度**?"
    q = parse_query(typed, speeches=range(1, 9), translator=_no_translator)
    assert q.text == typed and q.speech == 7 and not q.english
    assert not {"script", "alert", "b"} & {t.lower() for t in q.specifics}
    assert "script" not in q.search_text and "alert" not in q.search_text


def test_a_follow_up_searches_with_its_antecedent_but_answers_as_typed() -> None:
    q = parse_query("那第二点呢?", search_text="篇五讲了哪几个方面? 那第二点呢?",
                    speeches=range(1, 9), translator=_no_translator, follow_up=True,
                    history=["篇五讲了哪几个方面?"])
    assert q.text == "那第二点呢?" and q.speech is None and q.search_speech == 5
    assert q.ordinal == 2 and q.follow_up and q.history == ("篇五讲了哪几个方面?",)


def test_an_english_question_gets_chinese_terms_from_the_translator() -> None:
    calls: list[int] = []

    def translator() -> Translator:
        calls.append(1)
        return Translator(["耒阳", "干部"])

    q = parse_query("How many cadres in Leiyang?", translator=translator)
    assert q.english and q.lang == "en" and calls
    assert {"耒阳", "干部"} <= set(q.tokens) and Need.NUMBER in q.asks
    # a plan named in English is searched the way the speeches write it, "“十三五”"
    assert parse_query("What challenges does speech 2 name?", translator=translator).asks_list
    assert not parse_query("What does speech 2 say?", translator=translator).asks_list
    plan = parse_query("pillars of the 13th Five-Year Plan", translator=translator)
    assert "十三五" in plan.words and {"十三", "三五"} <= set(plan.tokens)


def test_the_query_vector_is_computed_once_and_only_when_asked() -> None:
    seen: list[str] = []

    def embed(text: str) -> list[float]:
        seen.append(text)
        return [0.6, 0.8]

    q = parse_query("六个不批", translator=_no_translator, embed=embed)
    assert seen == []
    assert q.vector == (0.6, 0.8) and q.vector == (0.6, 0.8) and seen == ["六个不批"]
    with pytest.raises(ValueError, match="without an embedding function"):
        _ = parse_query("六个不批", translator=_no_translator).vector


def test_periods_plenums_and_code_are_named_things_the_speeches_must_mention() -> None:
    english = Translator(["攀枝花"])
    plan = parse_query("What did the Panzhihua speech say about the 14th Five-Year Plan?",
                       translator=lambda: english)
    assert "十四五" in plan.specifics
    plenum = parse_query("What does the Fifth Plenary Session of the 19th Central Committee say?",
                         translator=lambda: english)
    assert "十九届五中全会" in plenum.specifics
    code = parse_query("Write me a Python function to sort a list", translator=lambda: english)
    assert "Python" in code.specifics and "function" not in code.specifics
    assert "函数" in parse_query("用Python写一个排序函数", translator=_no_translator).specifics
    # a batch of a programme ("第四批选派干部"): another batch is another thing
    batch = parse_query("安徽第五批选派干部的任期定为几年?", translator=_no_translator)
    assert "第五批" in batch.specifics
    assert "第二批" in parse_query("Shaya: how was the second batch of the diploma class selected?",
                                translator=lambda: english).specifics
    # a Party congress ("党的二十大"), in either language; "十大工程" is no congress
    assert "二十大" in parse_query("篇二拿二十大报告里的哪些提法定方向?",
                                translator=_no_translator).specifics
    assert "二十大" in parse_query("What did the 20th Party Congress say about villages?",
                                translator=lambda: english).specifics
    assert "十大" not in "".join(parse_query("耒阳的十大工程是什么?",
                                            translator=_no_translator).specifics)
    # a price asked in English is an amount of money (the first kind of amount)
    assert parse_query("How much is the entrance ticket for Huaxi Village?",
                       translator=lambda: english).unit == 0
    # investment projects are things counted, not money
    assert parse_query("Guwang township industry Party building number of investment projects",
                       translator=lambda: english).unit is None
    # nor are venues counted that need funds, past an "and" that asks nothing again
    assert parse_query("How many village venues are old, cramped and needing locally raised "
                       "funds?", translator=lambda: english).unit is None
    # a head of government is a post the speeches must name; "城市长远" names none
    assert "副省长" in parse_query("攀枝花那篇里,分管的副省长交代了哪些话?",
                                translator=_no_translator).specifics
    assert not any(t.endswith("长") for t in parse_query(
        "耒阳的城市长远规划怎么说?", translator=_no_translator).specifics)
    # and so is another class of a course ("第七期“双语”培训班")
    assert "第八期" in parse_query("沙雅第八期“双语”培训班打算什么时候开班?",
                                 translator=_no_translator).specifics
    # a numbered document, written as the speeches write it ("中央1号文件")
    assert "2号文件" in parse_query("中央二号文件怎么要求的?", translator=_no_translator).specifics
    document = parse_query("What does the central No. 2 Document require?",
                           translator=lambda: english)
    assert "2号文件" in document.specifics
    # a title in book-title marks must be theirs
    assert "关于加强党的先进性建设的决定" in parse_query(
        "《关于加强党的先进性建设的决定》提出了什么?", translator=_no_translator).specifics
    # an organisation jieba knows by name must be theirs; a crew named by its work is none
    assert "越南共产党" in parse_query("越南共产党在基层怎么建组织?",
                                  translator=_no_translator).specifics
    assert "施工队" not in parse_query("沙雅新盖村部找施工队干活,怎么保证施工过程公开透明?",
                                     translator=_no_translator).specifics


def test_a_township_named_right_after_its_county_is_a_place_jieba_splits_or_not() -> None:
    def places(text: str) -> tuple[str, ...]:
        return parse_query(text, translator=_no_translator).places

    assert places("耒阳黄市镇把“双述双评”扩大到了哪些人?") == ("耒阳", "黄市镇")
    assert places("耒阳永济镇有什么经验?") == ("耒阳", "永济镇")
    # jieba joins the suffix to the word after it ("永济|镇有|多少"): still a township
    assert places("永济镇有多少个贫困家庭脱了贫?") == ("永济镇",)
    assert places("耒阳农村市场怎么样?") == ("耒阳",)  # "市场" is a word, not a suffix
    # or to its body ("丹徒|区委", jieba's "丹徒" a person)
    assert places("丹徒区委制定的意见有什么特色?") == ("丹徒区",)
    # a prefecture jieba takes for a person, before "地区"
    assert places("耒阳在邵阳地区率先成立了什么?") == ("耒阳", "邵阳")
    # a place starting as "内部" does, when the dictionary says it is one
    assert "内江" in places("内江那篇讲话说产业园区要当什么?")
    # a place jieba tags as another kind of word ("资兴" /b), the dictionary knows
    assert places("资兴搞乡镇“五小”那套设施,前后砸进去多少钱?") == ("资兴",)
    # or for a person ("常宁" /nr), spoken of as a place is
    assert places("常宁那边村两委换届,一共精减了多少干部?") == ("常宁",)
    # "乡里" is a word of its own ("in the township"), not a suffix run
    assert places("讲话里是怎么数落乡里四季都在忙啥的?") == ()
    # a preposition, a count: no names
    assert places("耒阳给乡镇补齐了配套设施后怎样?") == ("耒阳",)
    assert places("耒阳一些乡镇怎么样?") == ("耒阳",)


def test_a_township_jieba_takes_for_a_person_is_a_place() -> None:
    q = parse_query("谷汪乡上半年表彰了多少名先进个人?", translator=_no_translator)
    assert q.places == ("谷汪乡",)


def test_a_suffix_after_a_character_that_opens_no_place_is_none() -> None:
    assert "上市" not in parse_query("评上市里样板的站点有几个?", translator=_no_translator).places


def test_a_village_gone_to_that_jieba_takes_for_a_person_is_a_place() -> None:
    q = parse_query("篇七那批村支书去小岗村学了什么?", translator=_no_translator)
    assert q.places == ("小岗村",)
    q = parse_query("李源潮对凤阳小岗村的选派干部提过什么要求?", translator=_no_translator)
    assert "小岗村" in q.places  # after its county
    # a kind of village it tags so too, described rather than gone to, is none
    q = parse_query("他们参观的那个出了名的富裕村在哪个省?", translator=_no_translator)
    assert "富裕村" not in q.places


def test_a_place_naming_the_meeting_a_speech_was_given_at_is_not_asked() -> None:
    q = parse_query("提到淮北的那次全省会议上,第二轮要建多少个场所?", translator=_no_translator)
    assert "淮北" not in q.places


def test_what_a_quotation_is_cited_to_show_is_asked() -> None:
    history = ["篇二里孙中山先生的话是怎么说的?"]
    assert parse_query("引这句话是要说明什么?", history=history, follow_up=True,
                       translator=_no_translator).asks_point
    assert not parse_query("这句话是谁说的?", history=history, follow_up=True,
                           translator=_no_translator).asks_point


def test_the_time_of_day_asks_for_no_list() -> None:
    assert not parse_query("体检前一天晚上几点以后就不能吃东西了?",
                           translator=_no_translator).asks_list
    assert parse_query("篇七讲了几点?", translator=_no_translator).asks_list


def test_how_many_points_a_passage_makes_asks_for_the_points() -> None:
    q = parse_query("沙雅那篇讲把档案资料这摊事抓好,具体分了几条?", translator=_no_translator)
    assert q.asks_list and q.counts_items
    # or sums up into
    assert parse_query("那些新难处一共归成了几条?", translator=_no_translator).counts_items
    # a few asked for is no count, nor are some others
    q = parse_query("要改掉哪些老习惯?举几个", translator=_no_translator)
    assert Need.NUMBER not in q.asks and not q.count_asked
    q = parse_query("村党组织要怎么召集其他几个组织商量?", translator=_no_translator)
    assert Need.NUMBER not in q.asks and not q.count_asked
    # nor is a name asked after the thing it names a person's
    assert Need.PERSON not in parse_query("要搞个啥活动把驻区单位拉进来?叫啥名?",
                                          translator=_no_translator).asks
    # how many people or villages is a count
    q = parse_query("篇四讲了几个村完成了换届?", translator=_no_translator)
    assert Need.NUMBER in q.asks and not q.counts_items
    # pointed out, and which the several are: their points, not a number
    q = parse_query("篇四检讨问题那部分,一共点了几条?每条说的是啥毛病?", translator=_no_translator)
    assert q.asks_list and q.counts_items
    q = parse_query("篇七里改作风那块,乡镇要抓的几条措施都是啥?挨个说说", translator=_no_translator)
    assert Need.NUMBER not in q.asks
    # "给了几个…路子": the ways it gives
    q = parse_query("安徽那篇说有些政策落不了地,症结在哪?又给了几个抓落实的路子?",
                    translator=_no_translator)
    assert q.asks_list and q.counts_items


def test_what_something_consists_in_and_a_post_are_no_place_or_name_asked() -> None:
    assert Need.PLACE not in parse_query("这几年搞出成绩,诀窍在哪儿?",
                                         translator=_no_translator).asks
    assert Need.PLACE in parse_query("现场会在哪里开的?", translator=_no_translator).asks
    # where effort goes, and a mechanism of one level
    assert Need.PLACE not in parse_query("第二篇讲社区党建,工作重心到底放在哪儿?",
                                         translator=_no_translator).asks
    assert Need.PLACE not in parse_query("是拿它来配合推进哪个村级决策管理机制?",
                                         translator=_no_translator).asks
    assert parse_query("他当时担任什么职务?", translator=_no_translator).asks == (Need.POST,)
    # the name of a thing done in that county, not of a county
    assert Need.PLACE not in needs("那个县里让群众测评的年终考核叫啥?")
    assert Need.PLACE in needs("15个乡镇里,讲话点到的两个分别叫啥?")


def test_two_things_changing_together_compare_no_quantities() -> None:
    assert needs("Jingkou speech: which places are cited where the lower the level, the "
                 "stronger the economy?") == ()
    assert needs("Which township has more Party members, Yongji or Daozi?") == (Need.NUMBER,)


def test_a_growth_rate_asks_a_change() -> None:
    en = lambda: Translator([])  # noqa: E731
    assert parse_query("And what was the growth rate?", translator=en).asks_change


def test_what_a_plan_is_called_asks_no_persons_name() -> None:
    assert Need.PERSON not in needs("京口定了三年奋斗目标的那个计划叫什么名字?")
    assert Need.PERSON in needs("带队的那位领导叫什么名字?")


def test_who_gave_praise_asks_no_person_and_who_gave_the_speech_does() -> None:
    en = lambda: Translator([])  # noqa: E731
    assert Need.PERSON not in parse_query(
        "Who gave high praise to the county's 'Five Major Projects'?", translator=en).asks
    assert Need.PERSON in parse_query("Who gave the speech on industrial parks?",
                                      translator=en).asks


def test_how_a_thing_shows_or_stands_out_is_no_place_asked() -> None:
    for text in ("篇三说有的大学生村官心思不稳,具体表现在哪儿?", "这个做法的亮点在哪里?"):
        assert Need.PLACE not in parse_query(text, translator=_no_translator).asks, text
    assert Need.PLACE in parse_query("培训班在哪儿办的?", translator=_no_translator).asks


def test_what_n_things_in_english_asks_a_list() -> None:
    q = parse_query("What three approaches does speech 8 lay out for rural Party organisations?",
                    translator=lambda: Translator([]))
    assert q.asks_list and q.list_size == 3
    assert not parse_query("What does speech 8 say about village funds?",
                           translator=lambda: Translator([])).asks_list


def test_which_places_by_name_asks_for_places_of_that_level() -> None:
    q = parse_query("那15个乡镇(办事处)分别是哪些?", translator=_no_translator)
    assert Need.PLACE in q.asks and q.place_level == "乡"
    q = parse_query("参观的是哪些乡镇?", translator=_no_translator)
    assert Need.PLACE in q.asks and q.place_level == "乡"
    # "哪些地方做得不够" asks in which respects
    assert Need.PLACE not in parse_query("上半年还有哪些地方做得不够?",
                                         translator=_no_translator).asks


@pytest.mark.parametrize(("question", "summary"), [
    ("篇二的结构是怎样的?", True), ("攀枝花那篇讲话分几个部分?", True), ("耒阳的讲话讲了啥?", True),
    ("篇五第二部分讲了什么?", True), ("篇八的大纲", True), ("Outline of the Leiyang speech", True),
    ("篇二正文分了几大块,每块讲的啥?", True), ("篇五主要讲了哪几部分?", True),
    ("给我概括一下篇七", True), ("篇二的核心内容是什么?", True), ("篇一都说了些啥?", True),
    ("篇三分成哪几大部分来讲?", True), ("篇三分为几个部分?", True),
    # a topic beyond the speech asks about it, not for the outline
    ("篇七对村干部报酬说了什么?", False), ("篇五说要改善党员队伍的什么结构?", False),
    # one part of a named speech, by its place in it, for what it says or lists
    ("篇七最后一部分讲了什么?", True), ("What does the last part of Speech 7 say?", True),
    ("Speech 7, last part: which three things should be strengthened further?", True),
    ("耒阳那篇头一部分说要抓好哪几个方面?", True),  # the speech named by its place
    # its place does not count towards the length; its headings are its outline
    ("攀枝花那篇讲话正文分成了哪几大块?每块的标题是啥?", True),
    # how many points a speech makes is its parts, counted; about a topic, a list of its own
    ("How many points does speech 3 make?", True),
    ("How many points does speech 3 make about village venues?", False),
    # the meeting the speech was given at names it, in the user's words, and asks nothing
    ("攀枝花开的那个园区加农村党建会,讲话大体分了哪几大块?", True),
    ("安徽全省农村党建会那篇,通篇主要讲了些啥?", True),
    ("京口区委召开的全区基层组织建设工作会议上的讲话,共分为哪几个部分?", True),
    # a part "第二大部分", and how many points it makes
    ("京口讲话第二大部分底下列了几条?", True),
    # its framework, "the whole of it"; the parts counted with 个; two clauses asking alike
    ("攀枝花讲话的整体框架是怎样的?分别讲了哪几个部分?", True),
    ("篇五讲话的主要内容是什么?各部分的标题分别是什么?", True),
    ("攀枝花的讲话由哪几大部分构成?每部分的核心意思是什么?", True),
])
def test_a_summary_names_the_speech_and_nothing_else(question: str, summary: bool) -> None:
    places = tuple(p for p in ("攀枝花", "耒阳", "安徽", "京口") if p in question)
    q = parse_query(question, speeches=range(1, 9), translator=lambda: Translator(["耒阳"]),
                    known_places=places)
    assert q.asks_summary is summary


def test_a_which_speeches_question_names_its_subject_unquoted() -> None:
    q = parse_query("一定三有在哪几篇里出现?", speeches=range(1, 9), translator=_no_translator)
    assert q.asks_speeches and q.subject == "一定三有"
    assert parse_query("京口要在哪几个方面多学?", translator=_no_translator).subject is None
    # "在哪几方面" asks for a list, not for speeches
    asked = parse_query("京口那篇说具体要在哪几方面多学?", translator=_no_translator)
    assert not asked.asks_speeches


def test_a_follow_up_asking_for_the_rest_names_what_it_sets_aside() -> None:
    q = parse_query("除了学历班还有哪些培训?", translator=_no_translator, follow_up=True)
    assert q.asks_rest and q.excluded == "学历班"
    assert parse_query("What else?", translator=lambda: Translator([]), follow_up=True).asks_rest
    assert not parse_query("除了学历班还有哪些培训?", translator=_no_translator).asks_rest
    # a bare "还有呢?" / "Anything else?" asks for the rest too
    for text in ("还有呢?", "那还有吗?"):
        assert parse_query(text, translator=_no_translator, follow_up=True).asks_rest, text
    assert parse_query("Anything else besides the rooms?", translator=lambda: Translator([]),
                       follow_up=True).asks_rest



@pytest.mark.parametrize(("question", "whether"), [
    ("Speech 6: can a village apply for 'five good' status?", True),
    ("Does speech 3 mention Huaibei?", True),
    ("档案不合格的村能否申报“五好”支部?", True),
    ("篇三提到淮北了吗?", True),
    ("What are the 'five good' standards?", False),
    ("“三个先”是什么?", False),
    # a request put as a question
    ("“6+1”的六条职责能逐条列一下吗?", False),
    ("Can you list the five teams?", False),
    ("能不能说说篇三有没有提到淮北?", True),  # a whether-question inside the request
])
def test_a_yes_or_no_question_is_told_from_one_asking_what(question: str, whether: bool) -> None:
    assert parse_query(question, translator=lambda: Translator([])).asks_whether is whether


@pytest.mark.parametrize(("text", "bodies"), [
    ("篇三说安徽对县委书记的在线培训为期几天?", {("secretary", "县")}),
    ("对全省乡镇党委书记进行为期一周的集中培训", {("secretary", "乡")}),
    ("耒阳离任的乡镇干部生活补助每月多少钱?", {("cadres", "乡")}),
    ("篇四里乡镇离任干部的生活补助提到了多少?", {("cadres", "乡")}),  # in office or not
    ("全市离任村主职干部生活补助", {("cadres", "村")}),
    ("离任的乡镇主要领导", {("cadres", "乡")}),  # a level's leaders are its cadres
    ("乡镇(办事处)党政领导班子成员", {("team", "乡")}),  # with its street offices, its government
    ("县领导班子", {("team", "县")}),
    ("选拔县级领导班子成员", {("team", "县")}),
    ("乡村党组织书记", {("secretary", "乡"), ("secretary", "村")}),
    ("What three powers do township Party committees have?", {("organisation", "乡")}),
    ("county Party secretaries", {("secretary", "县")}),
    ("全面贯彻地委哪一次全委(扩大)会议的精神?", {("organisation", "地")}),
    ("村两委换届", {("team", "村")}),  # a village's two committees are its leading team
    ("全市党组织和各地干部", set()),  # the bodies of a whole area, or anywhere: no level
    # what every unit of one level does
    ("攀枝花要求各乡镇建的协调小组", {("each", "乡")}),
    ("各县(区)要建立完善基层党建工作协调小组", {("each", "县")}),
    ("各村级办公场所", set()),
    # a park's Party organisation is no district's; a community's is of its own level
    ("强化园区党组织的政治功能", set()), ("社区党委", {("organisation", "社区")}),
])
def test_bodies_are_read_with_the_level_they_belong_to(
        text: str, bodies: set[tuple[str, str]]) -> None:
    assert bodies_named(text) == bodies


def test_years_stated_relative_to_the_speech_are_read_in_either_language() -> None:
    assert relative_years("篇七去年一整年表彰了多少个先进集体?") == {"去年"}
    assert relative_years("今年以来,各乡镇共表彰先进集体100个") == {"今年"}
    assert relative_years("How many were commended last year?") == {"去年"}
    assert relative_years("Commendations handed out the year before: how many?") == {"去年"}
    assert relative_years("What was set for the previous year?") == {"去年"}
    assert relative_years("近年来,上半年") == set()  # no year named
    assert relative_years("上一年度表彰了多少?") == {"去年"} == relative_years("上年度的数字")
    assert relative_years("本年度") == {"今年"} and relative_years("下一年度的目标") == {"明年"}
    # a round before, not a comparison with it
    assert relative_years("那轮换届之前的上一轮,村干部减了多少?") == {"上届"}
    assert relative_years("平均年龄较上届降低5.4岁") == set()


def test_a_full_name_needs_no_title_to_be_a_person_the_speeches_must_mention() -> None:
    quoting = "京口那篇讲话引了江泽民关于基层干部的哪句话?"
    assert "江泽民" in parse_query(quoting, translator=lambda: Translator([])).specifics
    # two characters jieba tags as a name are a name only beside a title ("许诺" is a verb)
    assert "许诺" not in parse_query("年初许诺什么?", translator=lambda: Translator([])).specifics
    # the second half of a paired phrase ("有章有法") is no three-character name
    paired = parse_query("想让村里的组织管得有章有法,讲话说组织上得先把啥打牢?",
                         translator=lambda: Translator([]))
    assert "章有法" not in paired.specifics
    # a full name after a title that jieba cuts in two ("书记王德华" → 王 / 德华)
    split = parse_query("英坪村党支部书记王德华因为什么被点名?", translator=lambda: Translator([]))
    assert "王德华" in split.specifics
    # not a surname and the verb after it ("书记李明说了什么": 李 / 明说)
    assert "李明说" not in parse_query("市委书记李明说了什么?",
                                    translator=lambda: Translator([])).specifics


def test_the_first_items_of_a_list_are_asked_by_how_many() -> None:
    assert first_items("“六规范”,前两个是什么?") == 2 and first_items("just the first three") == 3
    assert first_items("前两年完成了多少?") is None and first_items("哪两个?") is None


@pytest.mark.parametrize(("text", "ordinal"), [
    ("最后那个具体怎么搞?", LAST), ("最后一条呢?", LAST), ("And the last one?", LAST),
    ("第三条呢?", 3), ("最后,要抓好落实", None),
    ("排在末尾的那条,讲话让大家怎么干?", LAST), ("最后的那一条呢?", LAST),
])
def test_the_last_item_is_an_ordinal_too(text: str, ordinal: int | None) -> None:
    assert asked_ordinal(text) == ordinal


def test_of_several_ordinals_the_one_asked_about_is_asked_and_the_rest_tell_their_items() -> None:
    text = "攀枝花讲农村那块分了三招,头一招靠支部领着,第二招靠产业,第三招是啥?"
    assert asked_ordinal(text) == 3 and names_item(text)
    assert told_items(text) == ((1, ("支部", "领着")), (2, ("产业",)))
    # one ordinal, or several all asked, tell no item
    assert told_items("第二点具体怎么做?") == ()
    assert asked_ordinal("第一条讲了啥,第二条呢?") == 1
    assert told_items("第一条讲了啥,第二条呢?") == ()
    # an item within an item is asked by the first ordinal, as before
    assert asked_ordinal("那第三个强化的第一条是什么?") == 3
    assert told_items("那第三个强化的第一条是什么?") == ()


def test_a_yao_point_asked_for_its_details_is_an_ordinal() -> None:
    assert asked_ordinal("第四要具体说了什么") == 4
    assert asked_ordinal("第二要是什么?") == 2
    assert asked_ordinal("第一要务是什么?") is None


def test_an_english_ordinal_before_what_the_item_is_said_to_be_names_it() -> None:
    assert asked_ordinal("The first is the lesson of history, right?") == 1
    assert asked_ordinal("What about the second?") == 2


def test_which_speech_asked_by_its_number_asks_no_figure() -> None:
    assert Need.NUMBER not in needs("这句话出自第几篇?")
    assert Need.NUMBER in needs("这是它列的第几条?")


def test_an_example_after_the_question_asks_no_detail_of_its_own() -> None:
    assert needs("班子制度怎么改,例如主任干几年之类的?") == ()
    assert needs("主任干几年?") == (Need.DURATION,)
    # (an example that is the question itself still asks)
    assert needs("比如说村里有多少党员?") == (Need.NUMBER,)


def test_an_ordinal_written_in_numerals_or_the_list_s_brackets_is_read() -> None:
    assert asked_ordinal("那第4项说的是啥?") == asked_ordinal("第(四)条呢?") == 4
    assert asked_ordinal("第2010年") is None


def test_an_item_quoted_before_the_ordinal_asked_is_told_by_its_place() -> None:
    assert told_items("“实业兴村”之后第三条讲的是什么?") == ((2, ("实业", "兴村")),)
    assert told_items("“实业兴村”讲的是什么?") == ()


def test_the_days_a_question_states_are_written_as_the_speeches_write_them() -> None:
    assert stated_days("What happened on June 20?", english=True) == ["6月20日"]
    assert stated_days("6月20号那天发生了什么?", english=False) == ["6月20日"]
    assert stated_days("6月份做了什么?", english=False) == []


def test_nth_counts_from_one_or_from_the_end() -> None:
    assert [nth("abc", n) for n in (1, 3, 4, LAST)] == ["a", "c", None, "c"]
    assert nth("", LAST) is None


def test_the_middle_one_is_the_middle_of_an_odd_number() -> None:
    assert asked_ordinal("中间那个权,具体怎么个提法?") == MIDDLE
    assert asked_ordinal("And the middle one?") == MIDDLE
    assert nth("abc", MIDDLE) == "b" and nth("abcde", MIDDLE) == "c"
    assert nth("abcd", MIDDLE) is None and nth("a", MIDDLE) is None  # no middle one


def test_a_local_committees_plenary_session_is_a_named_thing_in_either_language() -> None:
    def parse(q: str) -> tuple[str, ...]:
        return parse_query(q, translator=lambda: Translator([])).specifics

    assert "九届七次" in parse("沙雅要贯彻县委九届七次全委会议的什么精神?")
    assert "九届七次" in parse("main points of the 7th plenary session of the 9th county "
                               "Party committee")


@pytest.mark.parametrize(("question", "personal"), [
    ("Recommend a good hotel in Panzhihua", True),
    ("How do I renew my passport online?", True),
    ("帮我写一份年终总结", True),
    ("Can you help me renew my driver's licence online?", True),  # asked politely
    ("你能帮我订一张去耒阳的火车票吗?", True),
    ("Can you tell me what speech 3 says about venues?", False),
    ("How does speech 3 say venues should be built?", False),
    ("篇三推荐了哪些做法?", False),
    # a document of one's own to draft, in the speeches' words or not
    ("能帮我出一份村级活动场所的装修预算表吗?", True),
    ("帮我起草一份村级财务公开栏用的年度收支审计报告模板", True),
    ("Give me a template for a village party branch meeting notice", True),
])
def test_a_request_for_a_service_of_ones_own_is_told_from_a_question(
        question: str, personal: bool) -> None:
    assert parse_query(question, translator=lambda: Translator([])).personal is personal


def test_a_meeting_is_named_by_its_scope_and_a_term_by_its_level() -> None:
    # (the meeting a body convened, without the body: the speeches may name it either way)
    assert meetings_named("省委召开的全省党的基层组织建设工作会议提出了什么?") == (
        "全省党的基层组织建设工作会议",)
    assert meetings_named("京口区委召开的全区基层组织建设工作会议上的讲话分几部分?") == (
        "全区基层组织建设工作会议",)
    assert meetings_named("全国组织部长会议怎么说?") == ("全国组织部长会议",)
    assert meetings_named("这次会议的主要任务是什么?") == ()  # no scope: no particular meeting
    # a meeting pointed at, not named
    assert meetings_named("村里党员学本事这块,全国那个座谈会是怎么要求的?") == ()
    assert levelled_terms("有几个村被命名为省级集体经济强村?") == (("省", "集体经济"),)
    assert body_mentions("省委对乡镇党委书记提了什么要求?") == [
        ("省委", "organisation", "省"), ("乡镇党委书记", "secretary", "乡")]
    assert levelled_terms("获评省级、州级“五好”党组织各多少个?") == ()  # two levels listed
    assert levelled_terms("拿到了几个国家级的“五好”党组织?") == (("国家", "“五好”党组织"),)
    # a city's rank is no level asked
    assert levelled_terms("那个县级市换届后精减了多少干部?") == ()
    assert levelled_terms("乡镇一级的活动场所多大?") == (("镇", "活动场所"),)  # "一级" in words
    # not the particle after it
    assert levelled_terms("评上县级“五好”党组织的有多少个?") == (("县", "“五好”党组织"),)
    # in English, the level and the speeches' own term for what it quotes
    english = parse_query("Speech 7: how many city-level 'five good' Party organisations?",
                          translator=lambda: Translator([], coined=["五好"]))
    assert english.levelled == (("市", "“五好”"),)
    assert scoped_terms("被评为“全国基层组织建设先进县(市)”") == (("全国", "基层组织建设先进县"),)
    assert scoped_terms("全市党员有多少?") == ()  # too short to be a term


def test_the_number_of_items_a_list_question_asks_for() -> None:
    assert items_asked("讲话具体说了哪两种情况?") == 2
    assert items_asked("What are the six tasks listed in speech 7?") == 6
    assert items_asked("有哪几个方面?") is None
    assert items_asked("给了哪五招?") == 5 and items_asked("开了哪五剂方子?") == 5
    # the things counted, asked each
    assert items_asked("会上说要重点抓的五拨人都是谁?") == 5
    assert items_asked("那三条分别指啥?") == 3 and items_asked("三条意见很重要") is None
    assert items_asked("农村党建要抓的五支队伍是哪几支?") == 5  # which they are
    assert items_asked("农村那部分的三个“强化”是什么?") == 3
    assert items_asked("两个村是什么时候评上的?") is None
    assert items_asked("“三个先”中第二个是什么?") is None  # one of them
    # (a count stated before "分别" is no count of a list asked: "“三项活动”…分别有多少?")
    assert items_asked("从历史、时代和现实三个角度论述,分别得出了什么结论?") is None


def test_the_one_count_a_question_states_before_asking_each() -> None:
    assert counted_before_each("从历史、时代和现实三个角度论述,分别得出了什么结论?") == 3
    assert counted_before_each("前三个月和后两个季度分别做了什么?") is None
    assert counted_before_each("三个角度") is None


def test_a_speechs_place_named_by_the_place_it_lies_in_stands_for_it_only_beside_it() -> None:
    def parse(text: str) -> tuple[str, ...]:
        return parse_query(text, speeches=range(1, 9), translator=_no_translator,
                           known_places=("耒阳",), homes_in=lambda: {"湖南": "耒阳市"}).places

    assert parse("湖南那个县级市的讲话怎么说?") == ("耒阳",)
    assert parse("湖南耒阳那篇讲了什么?") == ("耒阳",)
    assert "湖南" in parse("湖南有多少个村?")
    # apart from the speech's place it is a level, not a way to name the speech
    assert "湖南" in parse("耒阳创建了多少个湖南省级示范站点?")


def test_a_list_question_names_the_kind_of_thing_it_asks_for() -> None:
    def kind(text: str) -> str | None:
        return parse_query(text, translator=lambda: Translator([])).kind_asked

    assert kind("县委组织部复查验收时会拉上哪些部门一起验?") == "部门"
    assert kind("要抓好哪几个方面?") == "方面"
    assert kind("讲话提了哪几条要求?") == "要求"
    assert kind("村干部报酬实行什么制度?") is None
    # (counted in 件: "哪几件大事", not "件大")
    assert kind("县里要抓好哪几件大事?") == "大事"


def test_spans_to_do_something_within_are_read_in_either_language() -> None:
    assert durations_in("三年内将村干部轮训一遍") == {(3, "年")}
    assert durations_in("五年之内、6个月以内") == {(5, "年"), (6, "月")}
    assert durations_in("to be trained within two years") == {(2, "年")}
    assert durations_in("今年以内") == frozenset() and durations_in("三年来") == frozenset()


def test_the_half_of_a_year_is_read_in_either_language() -> None:
    assert halves_in("下半年要让哪些人…上半年") == ("下", "上")
    assert halves_in("in the first half of the year") == ("上",)
    assert halves_in("半年一次") == ()


def test_spans_looked_back_over_are_read_in_either_language() -> None:
    assert spans_back_in("两年来,各乡镇") == {(2, "年")} == spans_back_in("这两年")
    assert spans_back_in("耒阳近五年来一共办了多少期") == {(5, "年")}
    assert spans_back_in("过去的三个月") == {(3, "月")}
    assert spans_back_in("How many classes in the past five years?") == {(5, "年")}
    # a year, "since this year" and a span ahead are not
    for text in ("2010年来", "今年以来", "三年内"):
        assert spans_back_in(text) == frozenset(), text


def test_a_follow_up_points_back_by_a_pronoun_or_a_demonstrative() -> None:
    def back(text: str) -> bool:
        return parse_query(text, translator=lambda: Translator([]), follow_up=True).points_back

    assert back("How did they raise the money for that?") and back("这笔钱从哪来?")
    assert back("那承诺践诺评诺那一块,具体毛病在哪?")  # a part of what was just quoted
    assert not back("What happens to those who don't fulfil their duties?")
    assert not back("那篇五呢?")
    assert not parse_query("How did they raise the money for that?",
                           translator=lambda: Translator([])).points_back  # no history


def test_a_follow_up_asking_what_the_thing_before_is_for_is_told_from_why() -> None:
    def purpose(text: str, follow_up: bool = True) -> bool:
        return parse_query(text, translator=lambda: Translator([]),
                           follow_up=follow_up).asks_purpose

    assert purpose("搞这几样是为了啥?") and purpose("那这些问题不解决会咋样?")
    assert purpose("What problem is that supposed to fix?")
    assert purpose("And what's the point of all that?")
    # why something is so asks for a reason, which the speech may give anywhere
    assert not purpose("为啥现在非得提高他们的素质能力?") and not purpose("那第二点呢?")
    assert not purpose("搞这几样是为了啥?", follow_up=False)  # nothing before it


def test_the_embedding_reads_what_is_asked_without_the_words_pointing_at_a_speech() -> None:
    own = ("耒阳", "沙雅")
    assert topic_text("耒阳那篇说村里的场子有啥毛病?", own) == "村里的场子有啥毛病?"
    assert topic_text("沙雅那篇讲话中,村干部报酬怎么定?", own) == "村干部报酬怎么定?"
    # a speech's number stays, and so does a place that is not a speech's own
    assert topic_text("篇七围绕换届要抓好哪几项工作?", own) == "篇七围绕换届要抓好哪几项工作?"
    assert topic_text("那篇四呢?那次会是干啥的?", own) == "那篇四呢?那次会是干啥的?"  # not "四呢"
    assert topic_text("衡阳全市有多少党员?", own) == "衡阳全市有多少党员?"
    assert topic_text("耒阳", own) == "耒阳"  # nothing else asked: kept as it is
    # in English, by the capitalised word naming a speech's own place
    english = parse_query("What did Leiyang's speech say about cadres?", known_places=("耒阳",),
                          translator=lambda: Translator(["耒阳", "干部"]))
    assert english.embedded_text == "What did speech say about cadres?"


def test_a_count_of_rooms_sets_or_machines_asks_for_a_number() -> None:
    for text, unit in (("村部要建几间配套组织办公室?", "间"), ("每个站点配了多少台电视机?", "台")):
        q = parse_query(text, translator=_no_translator)
        assert Need.NUMBER in q.asks and q.count_units == frozenset({unit}), text


def test_those_few_years_ask_no_count_of_years() -> None:
    # "那几年" / "近几年" are "those / recent years": the count asked is of the sites
    for text in ("耒阳那几年给村里盖了多少处场所?", "耒阳近几年给村里盖了多少处场所?"):
        assert parse_query(text, translator=_no_translator).count_units == frozenset(), text
    assert parse_query("换届用了几年?", translator=_no_translator).count_units == {"年"}
    # "几个人" counts people, as "几名" does, not things
    assert "名" in parse_query("单看永济镇这个示范点,摸清了几个人?",
                              translator=_no_translator).count_units
    assert "名" in parse_query("组织多少个村支书去华西村取经了?",
                              translator=_no_translator).count_units
    # and people a title names ("几个劳模" of "“…劳动模范”1人")
    assert "名" in parse_query("村官里出了几个劳模?", translator=_no_translator).count_units


def test_an_english_question_carries_its_chinese_terms_without_the_speechs_place() -> None:
    q = parse_query("Leiyang cadres", translator=lambda: Translator(["耒阳", "干部"]),
                    known_places=("耒阳",))
    assert q.translated_text == "干部"  # searched as Chinese beside the question
    assert parse_query("耒阳的干部", translator=_no_translator,
                       known_places=("耒阳",)).translated_text == ""


def test_everyday_words_for_the_others_are_searched_as_the_speeches_write_them() -> None:
    q = parse_query("那别的地方呢?", translator=_no_translator)
    assert "其他" in q.words and "其他" in q.text_words  # the speeches say "其他地方"


def test_who_asks_for_a_name_after_a_post_and_for_anyone_after_a_role() -> None:
    def asks(text: str) -> tuple[Need, ...]:
        return parse_query(text, translator=_no_translator).asks

    assert Need.PERSON in asks("篇三讲话中,安徽省委组织部部长是谁?")
    assert Need.PERSON in asks("那篇讲话的讲话人是谁?")
    assert Need.PERSON not in asks("说基层这摊活儿真正挑大梁的是谁?")  # a group answers it


def test_how_many_points_in_english_asks_for_the_points_not_a_figure() -> None:
    q = parse_query("How many points does speech 3 make about village venues?",
                    translator=lambda: Translator([]))
    assert q.counts_items and q.asks_list
    assert not parse_query("How many Party members did speech 4 count?",
                           translator=lambda: Translator([])).counts_items


def test_how_big_an_area_is_asks_for_a_number() -> None:
    def asks(text: str) -> tuple[Need, ...]:
        return parse_query(text, translator=lambda: Translator([])).asks

    assert asks("图书室至少建多大面积?") == (Need.NUMBER,)
    assert asks("绿化面积要达到多大?") == (Need.NUMBER,)
    assert asks("篮球场建多大?") == ()  # "as the space allows" answers it too


def test_rate_as_a_verb_asks_for_no_figure() -> None:
    def asks(text: str) -> tuple[Need, ...]:
        return parse_query(text, translator=lambda: Translator([])).asks

    assert asks("How does speech 7 rate publicity work in the first half of the year?") == ()
    assert asks("Leiyang village election completion rate") == (Need.NUMBER,)
    assert asks("What is the completion rate of village elections?") == (Need.NUMBER,)
    # a percentage is a figure asked for
    assert asks("Shaya: minimum green coverage in front of village offices, what percent?") == (
        Need.NUMBER,)


def test_people_counted_without_a_measure_word_are_counted_in_ming() -> None:
    q = parse_query("这期中专班最后挑了多少学员?", translator=_no_translator)
    assert q.count_asked and q.count_units == frozenset({"名"})
    # not an amount of money given to people
    assert parse_query("给村干部发了多少钱?", translator=_no_translator).count_units == frozenset()


def test_a_keyword_query_naming_a_unit_asks_for_an_amount_in_it() -> None:
    english = parse_query("new large villages: office room size in square metres",
                          translator=lambda: Translator(["办公室"]))
    assert Need.NUMBER in english.asks


def test_a_year_set_aside_is_not_the_year_asked() -> None:
    assert relative_years("in the current year (not last year), how many classes?") == {"今年"}
    assert relative_years("不是去年,是今年办了几期?") == {"今年"}


def test_an_ordinal_names_a_lists_item_only_as_an_item_not_a_time() -> None:
    assert names_item("“强化组织领导”部分的第二项要求是什么?")
    assert names_item("四项要求中,最后一项是什么?")
    assert names_item("What is the third point?")
    assert not names_item("驻村干部头一个月要先做什么?")
    assert not names_item("刚到岗,头一件事干啥?")


def test_a_quoted_opener_of_numbered_points_names_the_run_of_them() -> None:
    q = parse_query("耒阳讲话里“五要突出抓好”分别是什么?", translator=_no_translator)
    assert q.quoted == ("突出抓好",) and q.asks_list and q.list_size == 5


def test_a_speechs_nth_opinion_is_its_nth_part() -> None:
    q = parse_query("篇三讲话的第四点意见包含哪几条具体要求?", speeches=range(1, 9),
                    translator=_no_translator)
    assert q.asks_summary and q.ordinal == 4


def test_everyday_words_are_searched_as_the_speeches_official_ones() -> None:
    q = parse_query("安徽那篇为啥不让村里借钱盖村部?", translator=_no_translator)
    assert {"举债", "活动场所"} <= set(q.official) and {"举债", "活动场所"} <= set(q.tokens)
    # not counted as the question's own words (the refusal model's features read those)
    assert "举债" not in q.words


def test_an_english_keyword_query_counting_points_asks_for_the_list() -> None:
    q = parse_query("Five challenges facing grassroots party building — just the first two",
                    translator=lambda: Translator(["挑战"]))
    assert q.asks_list and q.first_items == 2


def test_a_follow_up_describing_one_item_of_the_list_just_quoted() -> None:
    q = parse_query("其中批地那一条是怎么要求的?", follow_up=True, translator=_no_translator)
    assert q.item_described and "土地" in q.official
    assert not parse_query("其中批地那一条是怎么要求的?",
                           translator=_no_translator).item_described  # no list before it


def test_the_list_an_ordinal_picks_from_as_the_question_counts_and_names_it() -> None:
    assert list_named("篇四讲话列举的五个新问题中,第四个是什么?") == (5, "新问题")
    assert list_named("篇五的“三个先”中第二个是什么?") == (3, "先")
    assert list_named("概括为六个挑战,其中第六个挑战是什么?") == (6, "挑战")
    assert item_of_part("篇六讲话第二部分第(七)项讲的是什么?") == 7
    assert item_of_part("篇三第二部分的第三点讲的是什么?") == 3
    assert item_of_part("篇三第二部分讲的是什么?") is None
    # a point of an item named by its place
    assert item_of_part("第三个强化里第一条措施是什么?") == 1
    assert item_of_part("第三个强化讲的是什么?") is None


def test_a_speechs_parts_asked_as_what_it_is_made_of_is_a_summary() -> None:
    for text in ("攀枝花市产业园区和农村基层党建工作会讲话由哪几部分组成?",
                 "全市农村基层党建暨“三项活动”工作推进会上的讲话分哪三个方面展开?"):
        q = parse_query(text, translator=_no_translator, known_places=("攀枝花",))
        assert q.asks_summary, text


def test_the_headings_of_all_a_speechs_parts_asked_is_a_summary() -> None:
    for text in ("篇四的几个大标题分别是什么?", "京口那篇每部分的小标题是啥?"):
        q = parse_query(text, translator=_no_translator, known_places=("京口",))
        assert q.asks_summary, text
    # a document titled "… Outline" is no outline of a speech
    def english(text: str) -> bool:
        return parse_query(text, translator=lambda: Translator([])).asks_summary

    assert not english("Japan LDP Organization Activity Outline in speech 2")
    assert english("Speech 2 outline") and english("an outline of Speech 2")


def test_what_each_of_several_is_called_asks_for_the_list() -> None:
    assert parse_query("那部分分了三招,每招都叫什么?", translator=_no_translator).asks_list
    # (not "各自" alone: "穷村和富村各自拿啥当目标?" asks one thing of each)
    assert not parse_query("穷村和富村各自拿啥当目标?", translator=_no_translator).asks_list
    assert parse_query("每条各讲的是啥?", translator=_no_translator).asks_list


def test_a_speechs_first_big_block_is_a_part_named_by_its_place() -> None:
    q = parse_query("篇五第一大块分成几小条,每条各讲的啥?", speeches=range(1, 9),
                    translator=_no_translator)
    assert q.asks_summary and q.ordinal == 1


def test_a_part_named_by_its_place_alone_is_that_part_summarised() -> None:
    for text in ("那篇七最后一部分呢?", "篇三第二部分讲了啥?"):
        q = parse_query(text, translator=_no_translator)
        assert q.asks_summary, text
    assert not parse_query("最后一部分的第一条是什么?", translator=_no_translator).asks_summary


def test_it_after_asking_a_speechs_meeting_is_that_speech_summarised() -> None:
    after = parse_query("它一共分几个部分讲?", translator=_no_translator, follow_up=True,
                        history=("篇八是个什么会?",))
    assert after.speech_back and after.asks_summary
    # "它" after any other question is what that answer said
    other = parse_query("它一共分几个部分讲?", translator=_no_translator, follow_up=True,
                        history=("篇八说的“四区驱动”是什么?",))
    assert not other.speech_back and not other.asks_summary


def test_an_item_named_by_its_place_with_a_demonstrative() -> None:
    assert asked_ordinal("那排第二的那项权呢?") == 2
    assert asked_ordinal("第一书记要干啥?") is None


def test_a_follow_up_asking_the_item_after_or_before() -> None:
    assert item_step("下一条呢?") == 1 and item_step("它前头那条呢?") == -1
    assert item_step("And the next one?") == 1 and item_step("what about the one before?") == -1
    assert item_step("下一步怎么做?") == 0
    assert item_step("紧挨着的下一对呢,怎么摆?") == 1  # of pairs of relations
    assert list_named("沙雅建村部的“六规范”里,第三条讲的是啥?") == (6, "六规范")


def test_an_item_counted_from_the_end_or_named_as_the_head_of_its_list() -> None:
    assert asked_ordinal("那倒数第二个是什么情况?") == FROM_END - 2
    assert nth(["一", "二", "三", "四", "五", "六"], FROM_END - 2) == "五"
    assert nth(["一"], FROM_END - 2) is None
    assert asked_ordinal("倒数第一条呢?") == LAST
    assert asked_ordinal("and the second to last one?") == FROM_END - 2
    assert asked_ordinal("打头那条讲的啥?") == 1 and names_item("打头那条讲的啥?")
    assert asked_ordinal("排头那支,挑人的时候看重啥?") == 1  # of five teams
    assert names_item("列举的几种方法中,第三种是什么?")
    assert item_step("再往前一条呢?") == -1 and item_step("往后一条呢?") == 1


def test_an_item_of_a_part_named_by_the_place_it_ranks_in() -> None:
    text = "京口区讲话第一部分提出的三项要求里,排在第二位的是哪一项?"
    assert item_of_part(text) == 2 and asked_ordinal(text) == 1
    assert item_of_part("第二部分中的第三条讲什么?") == 3
    last = "第三部分提出压实责任、形成合力等组织领导要求,排在最后的一项是什么?"
    assert item_of_part(last) == LAST
    assert asked_ordinal("把党建工作放在第一位") is None  # a priority, not an item


def test_a_list_named_before_the_ordinal_picking_from_it() -> None:
    assert list_named("沙雅那六条不给批的规矩,打头那条说的啥?") == (6, "不给批的规矩")


def test_a_quarter_is_the_three_months_it_spans() -> None:
    assert months_in("全市第一季度表彰了多少人?") == {1, 2, 3}
    assert months_in("在全区上下奋战四季度的关键时刻") == {10, 11, 12}
    assert months_in("Q3 results") == {7, 8, 9} == months_in("in the third quarter")
    assert months_in("每季度进行一次考核评估") == frozenset()  # every quarter names none


def test_a_farming_season_is_the_months_of_its_season() -> None:
    assert months_in("要利用春播完毕农闲时期") == {3, 4, 5} == months_in("春天")
    assert months_in("秋收以后") == {9, 10, 11}
    # the seasons a speech runs through name their months too
    assert months_in("冬有“科技之冬”活动和基层干部培训任务") == {12, 1, 2}
    assert months_in("春有备耕春耕,夏有田间管理") == {3, 4, 5, 6, 7, 8}


def test_the_round_before_is_some_year_past_never_next_year() -> None:
    assert relative_years("安徽上回村两委换届是哪一年?") == {"上届"}
    assert relative_years("in the previous round of elections") == {"上届"}
    assert "上届" not in relative_years("明年初,我省村“两委”将要换届")


def test_counts_an_english_question_states_and_what_they_count() -> None:
    assert counted_things_en("Which 12 key villages were to be audited?") == [
        (12, "key villages", "12 key villages")]
    assert counted_things_en("speech 2 theme education slogan") == []  # a speech's number
    assert counted_things_en("the visit on June 23 and 23 June") == []  # days


def test_a_counted_term_quoted_by_its_last_character_is_the_speeches_term() -> None:
    coined = lambda: Translator(["先驱"], coined=["三个先"])  # noqa: E731
    q = parse_query("京口讲话里对基层干部提了三个‘先’,都是啥?", translator=coined)
    assert "三个先" in q.quoted
    # a count the speeches never coin stays the user's words
    q = parse_query("说身上有五个“不”字头的毛病,都是哪五个?", translator=coined)
    assert "五个不" not in q.quoted


class _Terms:
    """A translator knowing one coined term and its English."""

    def coined(self, text: str) -> list[str]:
        return ["三项活动"] if "three-activities" in text or "three campaigns" in text else []

    def terms(self, text: str) -> list[str]:
        return []


def test_an_english_question_naming_a_speech_by_its_meeting() -> None:
    occasions = {5: "基层组织建设工作会议", 7: "农村基层党建暨“三项活动”工作推进会"}
    found = occasion_translated("village cadre pay three-activities meeting", ["三项活动"],
                                occasions, _Terms())  # type: ignore[arg-type]
    assert found == (7, "三项活动", "village cadre pay")
    found = occasion_translated("And the three campaigns push meeting?", ["三项活动"], occasions,
                                _Terms())  # type: ignore[arg-type]
    assert found is not None and found[0] == 7
    # the term asked about, not naming the meeting
    assert occasion_translated("what did the three campaigns achieve?", ["三项活动"], occasions,
                               _Terms()) is None  # type: ignore[arg-type]
    # nor when a phrase of its own comes between ("… the city in speech 7 is pushing")
    assert occasion_translated("What are the three campaigns the city in speech 7 is pushing?",
                               ["三项活动"], occasions, _Terms()) is None  # type: ignore[arg-type]


def test_the_first_item_named_as_the_one_at_the_head_of_a_quoted_list() -> None:
    text = "沙雅评三级联创那‘六个不批’,头一条是啥?"
    assert names_item(text) and list_named(text) == (6, "六个不批")
    assert not names_item("驻村干部头一个月要先做什么?")


def test_a_step_follow_up_knows_the_place_the_question_before_named() -> None:
    q = parse_query("那接下来那条呢?", follow_up=True, translator=_no_translator,
                    history=["沙雅评先进那“六个不批”,头一条是啥?"])
    assert q.step == 1 and q.step_from == 1


def test_an_item_remarked_on_beside_a_list_asked_is_no_step_to_count_from() -> None:
    def step_from(before: str) -> int | None:
        return parse_query("And the second one?", follow_up=True, translator=lambda: Translator([]),
                           history=[before]).step_from

    assert step_from("Speech 2 gives several reasons. The first is the lesson of history, "
                     "right?") == 1
    assert step_from("What are the three 'must' points? The first is about the leadership "
                     "team, right?") is None


def test_everyday_words_for_a_pattern_staff_quitting_and_a_deputy_search_official_ones() -> None:
    for everyday, official in (("套路", "模式"), ("人手", "人员"), ("不干了", "离任"),
                               ("副手", "副书记"), ("发钱", "报酬")):
        assert official in colloquial_expansions(everyday), everyday


def test_the_second_of_a_questions_two_asking_parts() -> None:
    assert second_part("篇二对默默无闻的干部持什么态度?随后又要求树立哪两种导向?") == (
        "随后又要求树立哪两种导向?")
    assert second_part("帮扶手段主要靠什么,又有什么毛病?") == "又有什么毛病?"
    assert second_part("普通党员能不能列席?有讲话提过吗?") is None  # no second question word
    assert second_part("篇三讲了什么?") is None


def test_an_english_keyword_query_naming_a_total_asks_for_a_number_of_what_it_counts() -> None:
    def parsed(text: str) -> Query:
        return parse_query(text, translator=lambda: Translator(["衡阳", "耒阳", "党员"]))

    q = parsed("Hengyang prefecture-wide total of migrant Party members tallied")
    assert Need.NUMBER in q.asks and "名" in q.count_units
    assert Need.NUMBER in parsed("Anhui shabby village offices outside central plan count").asks
    assert Need.NUMBER not in parsed("What does the speech say about migrant members?").asks


def test_the_places_an_english_question_asks_of_as_a_whole_are_read() -> None:
    def wholes(text: str) -> tuple[str, ...]:
        return parse_query(text, translator=lambda: Translator(["衡阳", "耒阳", "湖南"])
                           ).whole_places

    assert wholes("share of villages across the whole Hengyang prefecture") == ("衡阳",)
    assert wholes("Hengyang prefecture-wide total of migrant members") == ("衡阳",)
    assert wholes("Hengyang-wide total of graduates, not just Leiyang") == ("衡阳",)
    assert wholes("Hengyang whole city: total number of townships") == ("衡阳",)
    assert wholes("organisations set up across Hunan province") == ("湖南",)
    assert wholes("How many migrant members did Leiyang tally?") == ()


def test_a_list_the_question_takes_as_given_is_read_with_its_count() -> None:
    assert stated_list("篇四讲话围绕村级班子建设提出的六个方面工作中,最后两个方面是什么?") == (
        6, "方面")
    assert stated_list("讲话提出的三项要求里,第二项是什么?") == (3, "要求")
    assert stated_list("讲话提出了哪六个方面的要求?") is None  # asked, not given
    assert stated_list("前三项要求中哪一项最重要?") is None  # the first few


def test_a_count_and_kind_asked_is_read_as_the_speeches_would_coin_it() -> None:
    q = parse_query("攀枝花那篇说要在村里健全哪三项制度?", translator=_no_translator,
                    known_places=("攀枝花",))
    assert q.counted_kinds == ("三项制度",)
    assert parse_query("有哪些制度?", translator=_no_translator).counted_kinds == ()



def test_a_surname_with_a_leaders_title_names_a_person_the_speeches_must_mention() -> None:
    q = parse_query("献礼建党百年那篇,讲党建得跟上时代那段,引的毛主席原话是啥?",
                    translator=_no_translator)
    assert "毛主席" in q.specifics


def test_a_teams_count_stated_before_an_item_picked_from_it() -> None:
    text = "安徽那篇说要抓好六支队伍,第六支是啥?"
    assert stated_list(text) == (6, "队伍") and list_named(text) == (6, "队伍")
    assert asked_ordinal(text) == 6 and names_item(text)


def test_an_english_ordinal_of_a_rule_names_an_item_and_a_keyword_number_asks_one() -> None:
    assert asked_ordinal("Shaya seventh no-approval rule three-level campaign") == 7
    assert asked_ordinal("the first secretary of the village") is None
    assert needs("Leiyang secretaries trained in the current year number") == (Need.NUMBER,)


def test_a_township_read_as_a_phrase_is_a_place_and_within_how_many_years_a_length() -> None:
    q = parse_query("耒阳的讲话中,遥田乡全面实施“村为主”工程取得了什么成效?",
                    translator=_no_translator, known_places=("耒阳",))
    assert "遥田乡" in q.places
    assert parse_query("背井离乡的党员怎么管?", translator=_no_translator).places == ()
    assert needs("在几年内将村干部轮训一遍?") == (Need.DURATION,)
    assert Need.PLACE in needs("已经建成的15个乡镇中,讲话点名的两个分别叫什么?")
    assert Need.PLACE not in needs("一直没动静,卡在哪儿?讲话怎么看这事?")
    assert Need.NUMBER not in needs("安徽那篇是不是也这么几条?")  # those few, not how many



def test_a_township_jieba_splits_inside_its_name_is_a_place() -> None:
    q = parse_query("遥田镇搞的党员宣誓承诺,具体是怎么个做法?", translator=_no_translator)
    assert q.places == ("遥田镇",)
    assert parse_query("各乡镇要怎么做?", translator=_no_translator).places == ()


def test_asking_what_someone_is_called_asks_for_a_person_not_a_names_thing() -> None:
    def asks(text: str) -> tuple[Need, ...]:
        return parse_query(text, translator=_no_translator).asks

    assert Need.PERSON in asks("京口那次全区会上讲话的区委书记叫啥名?")
    assert Need.PERSON not in asks("这套做法是哪篇讲的,叫啥名堂?")
    assert Need.PERSON in asks("有一名村干部被暂停职务一个月,这名干部姓甚名谁?")


def test_stepping_down_the_list_and_counting_groups() -> None:
    assert item_step("再往下那个“要”讲的是啥?") == 1 and item_step("往上那条呢?") == -1
    assert item_step("往后打算咋解决?") == 0
    assert items_asked("要把哪三组内容紧密联系起来?") == 3


def test_where_asks_a_place_only_when_it_asks() -> None:
    assert Need.PLACE in needs("Where did the Anhui secretary go?")
    assert Need.PLACE in needs("Shaya: where were the training classes held?")
    assert Need.PLACE not in needs("Speech 2 slogan about daring to break through where others "
                                   "dare not")


def test_a_fourth_round_counted_by_hui_is_a_specific_the_speech_must_give() -> None:
    q = parse_query("篇七第四回民主评议定在啥时候?", translator=_no_translator)
    assert "第四回" in q.specifics


def test_a_meeting_asked_which_it_was_names_none() -> None:
    assert meetings_named("全面贯彻县委的哪次全委会议精神?") == ()
    assert meetings_named("全国组织部长会议提出了什么?") == ("全国组织部长会议",)


def test_the_middle_one_by_its_place_in_the_row() -> None:
    assert asked_ordinal("排在中间的那个“先”是怎么讲的?") == MIDDLE


def test_which_way_a_comparison_goes_asks_no_figure() -> None:
    assert Need.NUMBER not in needs("Is Leiyang's share of Party members higher or lower than "
                                    "the country's?")
    assert Need.NUMBER not in needs("耒阳的党员比例比全国高还是低?")
    assert Need.NUMBER in needs("What share of villages has a woman cadre?")


def test_which_of_the_townships_counted_asks_their_names() -> None:
    assert Need.PLACE in needs("完成便民服务大厅建设的15个乡镇里,点名的头两个是哪俩?")
    assert Need.PLACE not in needs("15个乡镇里,存在的问题是哪些方面?")


def test_how_a_point_is_put_into_practice_asks_how() -> None:
    q = parse_query("统筹城乡这一条,落地靠哪些招数?", translator=_no_translator)
    assert q.asks_how


def test_what_a_question_places_before_or_after_a_passage_it_names() -> None:
    assert anchored("篇一讲话在提出以习近平新时代中国特色社会主义思想为指导之前,是怎样评价的?") == (
        "以习近平新时代中国特色社会主义思想为指导", -1)
    assert anchored("在“从我市实际出发”之后,提出了哪几点要求?") == ("从我市实际出发", 1)
    assert anchored("要求在什么时间之前完成?") is None


def test_a_reason_is_asked_in_either_language() -> None:
    assert parse_query("为啥说素质得高出一截?", translator=_no_translator).asks_why
    assert not parse_query("素质要达到什么要求?", translator=_no_translator).asks_why


def test_what_is_not_to_be_done_is_asked_in_either_language() -> None:
    def prohibited(text: str) -> bool:
        return parse_query(text, translator=_no_translator).asks_prohibited

    assert prohibited("那平时管他们,有哪几件事是不让干的?")
    assert prohibited("碰到拆房子这种事,最忌讳干部用啥法子?")
    assert not prohibited("大学生村官的岗位职责是什么?")
    assert prohibited("大学生当村干部,有哪些事他们最好别掺和?")
    assert not prohibited("篇三和篇七分别做了什么?")  # "别" of 分别
    assert prohibited("下村任职的大学毕业生不适合干哪些事?")
    assert not prohibited("这些做法适合干部去学吗?")


def test_which_ones_of_a_group_it_counts() -> None:
    assert which_of_counted("交流发言的六个单位分别是哪些?") == (6, "单位")
    assert which_of_counted("六个单位进行了交流发言,讲了什么?") is None
    # an approximate count, and words describing the group before its kind
    assert which_of_counted("有20多个国家和地区不搞政党政治,都是哪些国家?") == (20, "国家")
    assert which_of_counted("二十多个不实行政党政治的国家和地区,是哪些国家?") == (20, "国家")


def test_a_meeting_described_by_whose_it_is_names_none() -> None:
    assert meetings_named("京口区委接到上面的会议和文件后,没有照本宣科") == ()
    assert meetings_named("省委召开的全省党的基层组织建设工作会议提出了什么?") == (
        "全省党的基层组织建设工作会议",)


def test_steps_counted_and_an_item_named_by_its_place_in_a_follow_up() -> None:
    assert item_step("再往后数两项呢?") == 2 and item_step("往前数两条呢?") == -2
    # the place it names wins over the steps that reach it
    assert item_step("再往后数两项,也就是最后一项,说的是什么?") == 0
    assert asked_ordinal("再往后数两项,也就是最后一项,说的是什么?") == LAST
    assert asked_ordinal("and the power listed in position two?") == 2


def test_the_kind_a_list_question_asks_for_in_either_language() -> None:
    assert kind_asked("验收时有哪些部门参加?") == "部门"
    assert kind_asked("final inspection: which departments take part?") == "部门"
    assert kind_asked("what happened at the inspection?") is None
    # the noun a longer name of the kind ends in
    assert kind_asked("过去的哪些建设管理模式已经难以为继?") == "模式"
    assert kind_asked("是从哪几个方面提要求的?") == "方面"  # a noun already, not 要求


def test_a_quoted_term_given_a_levels_body() -> None:
    assert bodied_terms("耒阳各乡镇的“两新”工委是什么时候成立的?") == (("乡镇", "“两新”工委是"),)
    assert bodied_terms("两新组织怎么建?") == ()
    assert bodied_terms("哪个乡镇率先成立了乡镇一级的“两新”工委?") == (("乡镇", "“两新”工委"),)


def test_a_new_years_reception_is_a_meeting_named() -> None:
    assert meetings_named("在全省春节团拜会上还拿到了哪些表彰?") == ("全省春节团拜会",)


def test_a_verb_split_by_an_aspect_particle_is_searched_whole() -> None:
    assert joined_separable("最后帮出来多少人脱了贫?") == "最后帮出来多少人脱贫?"
    assert joined_separable("他入过党吗") == "他入党吗"
    # no word across the particle: left as typed
    assert joined_separable("一共结成了多少对?") == "一共结成了多少对?"
    assert joined_separable("看完了效果咋检查?") == "看完了效果咋检查?"
    assert joined_separable("搞这几样是为了啥?") == "搞这几样是为了啥?"  # 为了 is a word


def test_amounts_and_counts_asked_in_everyday_words() -> None:
    def parsed(text: str) -> Query:
        return parse_query(text, translator=lambda: Translator([]))

    # a sum asked as "how big", and a dividend, are money
    sized = parsed("那家公司的投资规模和年产值有多大?")
    assert sized.asks == (Need.NUMBER,) and sized.unit == 0
    assert parsed("一年能给村里分多少红利?").unit == 0
    # boards counted in 块
    boards = parsed("公开监督栏一共要立几块?")
    assert boards.count_asked and boards.count_units == frozenset({"块"})
    # an English count stays a count past commas between adjectives
    assert parsed("How many shabby, undersized village meeting places must be rebuilt with "
                  "local funds?").unit is None
    # and so does a keyword query's "number of", whatever words describe what it counts
    assert parsed("Anhui number of dilapidated village venues needing self-funded "
                  "rebuilding").unit is None
    # "how far" is a distance only when it asks one
    assert Need.NUMBER not in parsed("How far beyond the district should its work be known?").asks
    assert Need.NUMBER in parsed("How far is the village from the county seat?").asks


def test_a_coded_terms_parts_asked_one_by_one_ask_its_content() -> None:
    assert Need.CONTENT in needs("“6543”这个思路拆开讲讲,每个数字啥意思?")
    assert Need.CONTENT in needs("“6+1”里头那个“1”,讲话交代是哪条职责了吗?")
    assert Need.CONTENT not in needs("6543这个思路拆开讲讲?")  # nothing quoted
    assert parse_query("“6+1”的六条职责能逐条列一下吗?",
                       translator=lambda: Translator([])).asks_list


def test_a_speech_named_by_its_length() -> None:
    sizes = {1: 104, 2: 5517, 3: 9712}
    assert speech_by_size("就几句话那篇最短的,说要从哪儿出发?", sizes) == (1, "那篇最短的")
    assert speech_by_size("最长的那篇讲了什么?", sizes) == (3, "最长的那篇")
    assert speech_by_size("What is the longest speech about?", sizes) == (3, "the longest speech")
    assert speech_by_size("任期最短的是哪一批?", sizes) is None
    assert speech_by_size("这篇最长的一段讲了什么?", sizes) is None
    assert speech_by_size("最短的那篇", {1: 104}) is None  # one speech: no choice to make
    # one paragraph is the shortest
    assert speech_by_size("就一小段话的那篇,最后想落到啥结果上?", sizes) == (1, "就一小段话的那篇")
    assert speech_by_size("最短的那一篇讲话拿什么当指导?", sizes) == (1, "最短的那一篇讲话")
    assert speech_by_size("那篇只有短短一段,它叫大家立足哪儿?", sizes) == (1, "那篇只有短短一段")
    assert speech_by_size("这一段讲了什么?", sizes) is None


def test_a_speech_named_by_the_level_it_was_given_at() -> None:
    levels = {3: "省", 4: "市", 5: "区", 6: "县", 8: "市"}
    assert speech_by_level("区里开会那篇讲话叮嘱干部什么?", levels) == (5, "区里开会那篇讲话")
    assert speech_by_level("县里的那篇说了啥?", levels) == (6, "县里的那篇")
    assert speech_by_level("省里那篇讲话说大学生村官不宜干什么?", levels) == (3, "省里那篇讲话")
    assert speech_by_level("市里那篇讲了什么?", levels) is None  # two given at 市
    assert speech_by_level("区里开会那篇", {5: "区", 9: "区"}) is None
    assert speech_by_level("说园区的那篇,扶贫时有啥要求?", levels) is None
    assert speech_by_level("园区里那篇讲了啥?", levels) is None
    # and in English
    assert speech_by_level("What does the district speech say about cadres?", levels) == (
        5, "district speech")
    assert speech_by_level("TV education in the county-level speech", levels) == (
        6, "county-level speech")
    assert speech_by_level("What does the city speech say?", levels) is None  # two


def test_a_place_asked_by_its_name_and_a_size_asked_of_what_is_built() -> None:
    named = parse_query("效果好的那个村叫啥?", translator=lambda: Translator([]))
    assert Need.PLACE in named.asks and named.place_level == "村"
    built = parse_query("新盖的村卫生室总共要建多大?", translator=lambda: Translator([]))
    assert built.asks == (Need.NUMBER,) and built.unit == 2  # an area
    assert Need.NUMBER not in needs("这对党建工作有多大作用?")


def test_a_speech_named_by_its_place_in_english_with_words_describing_it() -> None:
    assert speech_mentioned("And the one-paragraph first speech?", range(1, 9)) == 1
    assert speech_mentioned("What about the short second speech?", range(1, 9)) == 2
    assert speech_mentioned("the first point of the second speech", range(1, 9)) == 2
    assert speech_mentioned("What does the speech say?", range(1, 9)) is None


def test_a_few_in_a_clause_asking_whether_is_no_count() -> None:
    assert Need.NUMBER not in needs(asked_part("村里几个头头能不能一人占一间屋?"))
    assert Need.NUMBER in needs(asked_part("能不能说说耒阳有几个乡镇?"))


def test_an_occasion_asked_is_one_something_was_said_or_given_at() -> None:
    assert Need.MEETING in needs("篇七说那个市拿了个啥牌子,是在什么场合授的?")
    assert Need.MEETING in needs("它是在哪个场合拿出来的?")
    # the situations something is done in are no meeting
    assert Need.MEETING not in needs("说要在什么场合考察识别书记?还要听谁的评价?")


def test_where_a_thing_is_shown_asks_no_place() -> None:
    assert Need.PLACE not in needs("Shaya attendance assessment: how often, and where are "
                                   "results shown")
    assert Need.PLACE not in needs("where are the results of the appraisal posted?")
    assert Need.PLACE not in needs("考核结果在哪儿公示?")
    assert Need.PLACE in needs("Where was the meeting held?")
    assert Need.PLACE in needs("会是在哪儿开的?")


def test_which_village_in_a_condition_asks_no_place() -> None:
    def parsed(text: str) -> Query:
        return parse_query(text, translator=lambda: Translator([]))

    whichever = parsed("哪个村要是想评上“五好”支部,档案没弄好会怎样?")
    assert Need.PLACE not in whichever.asks and whichever.place_level is None
    asked = parsed("哪个村的档案工作做得最好?")
    assert Need.PLACE in asked.asks and asked.place_level == "村"
    # a village wanting something is whichever village; one that came up with something is one
    wanting = parsed("哪个乡村想报评五好支部,在保管资料这一块有什么硬门槛?")
    assert Need.PLACE not in wanting.asks and wanting.place_level is None
    assert Need.PLACE in parsed("哪个县想出了这个办法?").asks


def test_spans_ahead_are_spans_set() -> None:
    assert durations_in("给非公有制企业定的未来五年党建目标") == {(5, "年")}
    assert durations_in("今后三年、接下来的6个月") == {(3, "年"), (6, "月")}
    assert durations_in("对…近三年的党建工作都提出了明确的奋斗目标") == {(3, "年")}
    assert durations_in("goals for the next five years") == {(5, "年")}
    # looking back is not a span set ahead
    assert durations_in("近五年来办了多少期") == frozenset()
    assert durations_in("最近三年") == frozenset()


def test_an_item_named_by_its_place_is_replaced_by_the_item() -> None:
    assert with_item_named("参加第四个的党员能争当什么?", "为民服务全程代理") == (
        "参加为民服务全程代理的党员能争当什么?")
    assert with_item_named("最后那个呢?", "党员承诺制") == "党员承诺制 最后那个呢?"


def test_a_speech_named_as_the_first_in_everyday_words() -> None:
    assert speech_mentioned("最前面那篇只有短短一段,它讲了啥?", range(1, 9)) == 1
    assert speech_mentioned("最前面那段讲了啥?", range(1, 9)) is None


def test_a_speech_described_by_the_place_whose_it_is() -> None:
    assert speech_described("那个搞“三项活动”的市,村干部不称职怎么办?") == "搞“三项活动”"
    assert speech_described("那个镇的书记叫什么?") == ""


def test_a_documents_full_name_is_no_persons() -> None:
    assert Need.PERSON not in needs("最后弄出来的那个文件全名叫啥?")
    assert Need.PERSON not in needs("这个活动的全名是什么?")
    assert Need.PERSON in needs("那位书记的全名叫啥?")


def test_which_points_to_work_from_are_no_places() -> None:
    assert Need.PLACE not in needs("具体得从哪几个地方找接口?")
    assert Need.PLACE not in needs("要从哪几个地方入手?")
    assert Need.PLACE in needs("干部是从哪几个地方选派来的?")


def test_how_a_thing_is_funded_asks_no_amount() -> None:
    english = Translator(["安徽"])
    how = parse_query("How many village venues were run-down, and how are they to be funded?",
                      translator=lambda: english)
    assert how.unit is None
    much = parse_query("How many village venues were run-down, and how much funding do they get?",
                       translator=lambda: english)
    assert much.unit == 0


def test_a_head_of_government_jieba_cuts_from_the_province_is_named() -> None:
    q = parse_query("篇三里安徽省长专程去哪个村调研选派工作的?", translator=_no_translator)
    assert "省长" in q.specifics
    assert "省长" not in parse_query("篇三里省委书记专程去哪个村调研选派工作的?",
                                   translator=_no_translator).specifics


def test_more_after_a_modal_compares_nothing() -> None:
    assert Need.NUMBER not in needs("In the Panzhihua speech, from which four kinds of people "
                                    "should more township leadership members be picked?")
    assert Need.NUMBER in needs("Which county has more villages?")


def test_a_saying_the_user_glosses_is_no_term_of_theirs() -> None:
    assert parse_query("有句“不干这个误事、不干那个出事”的话,原话咋说的?",
                       translator=_no_translator).quoted == ()
    assert parse_query("脑子里要从“关起门就村论村”改成个啥想法?",
                       translator=_no_translator).quoted == ()
    assert parse_query("“不抓经济工作要误大事”这句话是什么意思?",
                       translator=_no_translator).quoted == ("不抓经济工作要误大事",)


def test_a_place_in_a_list_said_by_its_verb_is_an_ordinal() -> None:
    assert asked_ordinal("Which one is listed third?") == 3
    assert asked_ordinal("What comes second?") == 2
    assert asked_ordinal("the first time he came") is None


def test_where_money_comes_from_asks_no_place() -> None:
    assert Need.PLACE not in needs("And where's the money supposed to come from?")
    assert Need.PLACE not in needs("Where does the funding come from?")
    assert Need.PLACE in needs("Where did the delegation go?")


def test_a_speechs_place_described_within_the_one_it_lies_in_stands_for_it() -> None:
    homes = {"四川": "攀枝花市", "镇江": "京口区"}
    assert homes_by_container("四川那个出钒钛的城市,点名要上马哪些工程?", ("四川",),
                               homes) == ("攀枝花",)
    assert homes_by_container("镇江那个城区出台的文件全称是啥?", ("镇江",), homes) == ("京口",)
    assert homes_by_container("四川的园区有多少个?", ("四川",), homes) == ("四川",)


def test_what_a_name_means_in_the_users_words_is_no_term() -> None:
    assert parse_query("自己弄了个名字取“像大石头一样稳”的计划,出台的文件全称是啥?",
                       translator=_no_translator).quoted == ()


def test_a_verb_and_its_complement_is_no_persons_name() -> None:
    assert "管得松" not in parse_query("篇七吐槽对外出打工党员管得松,举了个多离谱的情况?",
                                     translator=_no_translator).specifics


def test_a_part_of_a_quoted_term_asked_by_its_character_and_count_asks_its_content() -> None:
    assert Need.CONTENT in needs("篇二说的社区“三联三增”活动,具体联哪三方面、增哪三方面?")
    assert Need.CONTENT in needs("篇二说培训要搞“双学双用”,到底是学哪两样、用哪两样?")
    # a count of the term's items asked by another word asks for them where they are listed
    assert Need.CONTENT not in needs("要求深化的农村党员“五大载体”,其中的“双培双带”要培哪些人?")


def test_a_speech_named_by_the_city_its_place_lies_in_stands_for_it() -> None:
    assert homes_by_container("镇江那篇讲话引了哪位革命导师的话?", ("镇江",),
                              {"镇江": "京口区"}) == ("京口",)


def test_a_documents_name_and_a_place_word_in_a_phrase_ask_no_person() -> None:
    assert Need.PERSON not in needs("区里自己琢磨出台的那份文件叫啥名?")
    assert Need.PERSON in needs("那位同志叫啥名?")
    assert "文里举" not in parse_query("那个办法,文里举的例子停了多长时间?",
                                     translator=_no_translator).specifics


def test_a_place_in_a_list_said_with_its_rank_is_an_ordinal() -> None:
    assert asked_ordinal("排第四的是哪支?") == 4


def test_in_the_end_alone_is_ultimately_not_a_speechs_close() -> None:
    assert position_in_speech("And what is all that supposed to guarantee in the end?") is None
    assert position_in_speech("What does speech 3 call for at the end?") == "closing"
    assert position_in_speech("In the end of speech 3, what is asked?") == "closing"


def test_parts_asked_by_the_piece_are_aspects() -> None:
    assert kind_asked("各乡镇自己挑毛病是从哪几块去挑的?") == "方面"
    assert kind_asked("验收时有哪些部门参加?") == "部门"


def test_a_count_asked_of_things_a_quoted_name_counts_asks_no_list() -> None:
    assert items_asked("How many provincial 'Five Good' Party organisations did it win?") is None
    assert items_asked("What are the 'six no-approvals' in the Shaya speech?") == 6
    assert items_asked("How many of the six tasks are about cadres?") == 6


def test_a_headcount_asked_is_counted_in_people() -> None:
    q = parse_query("耒阳两年来按程序发展党员的具体人数是多少?", translator=_no_translator)
    assert Need.NUMBER in q.asks and q.count_units == frozenset({"名"})


def test_a_chinese_question_quoting_in_straight_single_quotes_quotes_a_term() -> None:
    q = parse_query("篇七'6543'工作思路中的'6'具体指哪六项?", translator=_no_translator)
    assert q.quoted == ("6543", "6")
    # an apostrophe in English is no quote
    assert "s" not in parse_query("What is Leiyang's plan?",
                                  translator=lambda: Translator([])).quoted


def test_the_users_words_for_what_is_not_to_be_done_are_no_term() -> None:
    for text in ("安徽那次会上,对大学生村官列了哪几件'最好别干'的事?",
                 "安徽那次会上,对大学生村官列了哪几件“最好别干”的事?"):
        q = parse_query(text, translator=_no_translator)
        assert q.quoted == () and q.asks_prohibited, text


def test_a_speechs_city_named_by_the_city_above_it_stands_for_it() -> None:
    assert homes_by_container("衡阳下面那个县级市,离任老支书每月补多少?", ("衡阳",),
                              {"衡阳": "耒阳市"}) == ("耒阳",)


def test_a_likeness_the_user_draws_in_quotes_is_no_term() -> None:
    assert parse_query("京口区推出的那个拿“坚固大石头”打比方的计划叫啥?",
                       translator=_no_translator).quoted == ()


def test_a_speech_named_by_a_place_jieba_takes_for_a_person_names_that_place() -> None:
    # "常宁" (nr to jieba) is a city the dictionary knows; no speech mentions it
    assert "常宁" in parse_query("常宁那篇里,离任村主职干部的生活补助每月多少?",
                               translator=_no_translator).places


def test_a_day_named_by_its_numerals_is_in_its_month() -> None:
    assert months_in("“七・一”前夕,省委召开了全省党的基层组织建设工作会议") == {7}
    assert months_in("结合月工作例会、庆“七一”大会等") == {7}
    assert months_in("全市十一个乡镇") == frozenset()


def test_some_seventy_years_is_no_next_year() -> None:
    # "七十来年": about seventy years; "来年" alone is next year
    assert relative_years("说哪两个党执政七十来年一夜之间丢了政权?") == frozenset()
    assert relative_years("来年要建多少个活动场所?") == {"明年"}


def test_a_level_alone_describes_no_speech_by_its_words() -> None:
    # "市里那篇": several speeches were given by a city; "市里" is no words of one of them
    assert speech_described("市里那篇讲话拿国外的党做反面教材,说了什么?") == ""
    assert speech_described("提到1679年第一个政党的那篇讲的什么?") == "提到1679年第一个政党"


def test_what_pay_asks_a_sum_and_what_pay_system_a_way_of_paying() -> None:
    en = parse_query("What monthly pay did Shaya county set for village Party branch secretaries?",
                     translator=lambda: Translator([]))
    assert Need.NUMBER in en.asks
    assert Need.NUMBER not in parse_query("What pay system does speech 7 set for village cadres?",
                                          translator=lambda: Translator([])).asks


def test_a_batch_is_searched_by_either_word_for_it() -> None:
    assert batch_variants("全省第二批要给多少个村盖房子?") == ["第二轮"]
    assert batch_variants("第四轮选派干部任期几年?") == ["第四批"]
    parsed = parse_query("全省第二批要给多少个村盖房子?", translator=_no_translator)
    assert "第二轮" in parsed.tokens


def test_cities_unnamed_are_no_place_named() -> None:
    assert parse_query("京口那篇拿哪两个城市举例?", translator=_no_translator).places == ("京口",)


def test_who_chaired_and_a_post_then_who_ask_a_person() -> None:
    assert Need.PERSON in parse_query("京口区这次会议是区委书记谁主持召开的?",
                                      translator=_no_translator).asks
    assert Need.PERSON in parse_query("这次会议是谁主持的?", translator=_no_translator).asks


def test_how_long_the_time_is_asks_a_duration() -> None:
    assert Need.DURATION in parse_query("“三支队伍”培训班每期时间多长?",
                                        translator=_no_translator).asks


def test_wanting_more_of_something_compares_nothing() -> None:
    en = parse_query("From which four categories of people does the industrial-park speech want "
                     "more township leadership members selected?",
                     translator=lambda: Translator([]))
    assert not en.compares and en.asks_list and Need.NUMBER not in en.asks
    assert parse_query("Which county has more villages, Shaya or Leiyang?",
                       translator=lambda: Translator([])).compares


def test_who_spoke_highly_of_it_asks_no_persons_name() -> None:
    en = parse_query("Who spoke highly of the county's 'five major projects'?",
                     translator=lambda: Translator([]))
    assert Need.PERSON not in en.asks


def test_what_kinds_of_a_thing_asks_a_list_of_that_kind() -> None:
    assert kind_asked("What kinds of grassroots branches did Japan's party set up?") == "支部"
    assert kind_asked("Which departments should work together?") == "部门"
    assert parse_query("What kinds of grassroots branches did Japan's party set up?",
                       translator=lambda: Translator([])).asks_list
    assert not parse_query("What kind of village is a 'difficult village'?",
                           translator=lambda: Translator([])).asks_list
    # kinds the speeches give in points, not bodies of a kind they name
    assert not parse_query("Which kinds of carriers does it want to innovate?",
                           translator=lambda: Translator([])).asks_list


def test_made_into_is_searched_as_the_speeches_build_into() -> None:
    q = parse_query("希望把区里的基层党组织打造成啥样?", translator=_no_translator)
    assert "建设成为" in q.official


def test_a_particle_before_a_word_of_its_own_joins_no_verb() -> None:
    # "评成了本市的样板": "本市" is a word; "成本" (cost) is no verb split by 了
    assert joined_separable("有多少个被评成了本市的样板?") == "有多少个被评成了本市的样板?"
    assert joined_separable("有多少人脱了贫?") == "有多少人脱贫?"
    assert "成本市" not in parse_query("耒阳有多少个站点被评成了本市的样板?",
                                     translator=_no_translator).places



def test_a_speech_named_by_the_meeting_held_at_its_level() -> None:
    levels = {1: "市", 2: "市", 3: "省", 4: "市", 5: "区", 6: "县"}
    assert speech_by_level("省里开的那个农村党建会,有几家单位上台讲了经验?", levels) == (
        3, "省里开的那个农村党建会")
    assert speech_by_level("县里召开的那次现场会上,提了哪些要求?", levels) == (
        6, "县里召开的那次现场会")
    assert speech_by_level("市里开的那次会上提了哪些要求?", levels) is None  # several


def test_a_speechs_number_is_no_part_of_a_name() -> None:
    q = parse_query("篇二里头说,世界上靠党派来治国这种做法到现在大概有多少年了?",
                    translator=_no_translator)
    assert q.places == () and q.named == () and "二里头" not in q.specifics
    assert "二连" not in parse_query("篇二连用了三个“什么时候都……”的说法,强调什么?",
                                   translator=_no_translator).places
    assert "龙昌镇" in parse_query("篇七里龙昌镇搞产业党建,都引进了哪些项目?",
                                translator=_no_translator).places


def test_what_counts_more_compares_no_quantities() -> None:
    en = parse_query("Which saying does speech 2 quote about the public's word counting more "
                     "than trophies?", translator=lambda: Translator([]))
    assert not en.compares and Need.NUMBER not in en.asks


def test_an_age_asked_is_counted_in_years() -> None:
    for question in ("京口区换届后村两委的平均年龄是多少?", "村干部年龄多大?",
                     "What was the average age of the new village committees?"):
        q = parse_query(question, translator=lambda: Translator([]))
        assert q.count_units == {"岁"}, question
    # how it changed may be asked after a count: no unit of its own
    en = parse_query("and the average age?", translator=lambda: Translator([]))
    assert en.count_units == set()


def test_a_named_kind_asked_with_a_word_of_what_it_is_for_is_that_kind() -> None:
    q = parse_query("整理档案要按什么样的删减原则?", translator=_no_translator)
    assert q.name_asked == "原则"


def test_what_the_parts_of_a_code_stand_for_asks_its_content_in_english() -> None:
    q = parse_query("In speech 7, what exactly do the three numbers in the '185' project "
                    "stand for?", translator=lambda: Translator([]))
    assert Need.CONTENT in q.asks


def test_levels_run_together_name_no_place() -> None:
    q = parse_query("安徽农村那篇里,村镇县三级一起评先进这个事,多久考一回?",
                    translator=_no_translator)
    assert "村镇县" not in q.places and "村镇县" not in q.specifics


def test_an_everyday_word_and_a_verb_are_no_name() -> None:
    q = parse_query("第一篇说全市这块工作按什么路子走?", translator=_no_translator)
    assert q.named == () and "路子走" not in q.specifics
    assert "王浩" in parse_query("王浩同志讲了什么?", translator=_no_translator).named


def test_a_things_name_asked_right_after_it_is_no_persons() -> None:
    q = parse_query("那人才工程呢,叫什么名字?", translator=_no_translator)
    assert Need.PERSON not in q.asks
    assert Need.PERSON in parse_query("那个书记叫什么名字?", translator=_no_translator).asks


def test_places_describing_the_speech_are_not_asked_about() -> None:
    q = parse_query("提到谷汪乡、牛场镇的那篇,乡镇班子成员每人要联系几个村?",
                    translator=_no_translator)
    assert q.places == () and "谷汪乡" in q.specifics
    assert parse_query("谷汪乡引进了哪些项目?", translator=_no_translator).places == ("谷汪乡",)
    # two characters ending in 村 name a slogan's part, not a village ("实业兴村")
    assert "兴村" not in parse_query("攀枝花农村的着力点叫什么(带村、兴村那些)?",
                                   translator=_no_translator).places


def test_a_share_asked_outright_is_a_percentage_whatever_it_is_of() -> None:
    en = parse_query("By what percentage did Leiyang's average per-village operating funds "
                     "increase?", translator=lambda: Translator([]))
    zh = parse_query("村均运转经费增长了百分之多少?", translator=_no_translator)
    assert en.unit == zh.unit == 1
    assert parse_query("运转经费有多少?", translator=_no_translator).unit == 0
    # a rise asked as "how big" is a rise in percent, not an area ("涨幅多大")
    assert parse_query("运转经费每个村涨幅多大?", translator=_no_translator).unit == 1
    # an English level things are asked at, not one bounding them
    assert levels_en("How many provincial-level model sites were built?") == ("省",)
    assert levels_en("How many were recognised above county level?") == ()
    # an age asked as how much smaller it got is a change ("平均年纪小了几岁")
    assert parse_query("干部平均年纪小了几岁?", translator=_no_translator).asks_change


def test_an_organisation_cut_out_of_the_word_before_it_is_no_name() -> None:
    # jieba: 外 / 国大党 (the Indian National Congress) in "外国大党"
    q = parse_query("篇二拿哪两个下台的外国大党当反面教材?", translator=_no_translator)
    assert "国大党" not in q.specifics
    assert "越南共产党" in parse_query("越南共产党是怎么做的?",
                                  translator=_no_translator).specifics


def test_a_name_asked_as_a_title_asks_any_name() -> None:
    q = parse_query("京口区委给那个三年打算起了个什么名号?", translator=_no_translator)
    assert q.name_asked == ""


def test_a_name_asked_of_a_document_a_few_words_before_is_no_persons() -> None:
    q = parse_query("区委专门出了个文件来抓基层组织,文件起的是什么名字?", translator=_no_translator)
    assert Need.PERSON not in q.asks
    assert Need.PERSON in parse_query("主持座谈会的省委书记叫什么名字?",
                                      translator=_no_translator).asks
    assert Need.PERSON in parse_query("带队去参观活动场所的领导叫什么名字?",
                                      translator=_no_translator).asks


def test_who_gave_a_speech_or_report_asks_a_person() -> None:
    for asked in ("那次座谈会上是谁作的重要讲话?", "会上是谁作了报告?", "谁发表的讲话?"):
        assert Need.PERSON in parse_query(asked, translator=_no_translator).asks, asked
    assert Need.PERSON not in parse_query("会上作了什么讲话?", translator=_no_translator).asks


def test_years_describing_whom_a_question_asks_of_ask_no_length_of_time() -> None:
    q = parse_query("在村里干几年的大学生,将来的出路有哪几条?", translator=_no_translator)
    assert Need.DURATION not in q.asks
    for asked in ("要用几年的时间完成?", "这批干部要在村里干几年?"):
        assert Need.DURATION in parse_query(asked, translator=_no_translator).asks, asked


def test_a_principle_asked_in_english_is_a_named_principle() -> None:
    q = parse_query("What principle should guide the archive work in the Shaya speech?",
                    translator=lambda: Translator([]))
    assert q.name_asked == "原则"


def test_where_a_fault_lies_is_no_place() -> None:
    q = parse_query("两个老党一夕之间下台,根子上出在哪儿?", translator=_no_translator)
    assert Need.PLACE not in q.asks
    assert Need.PLACE in parse_query("会是在哪儿开的?", translator=_no_translator).asks


def test_whom_a_question_names_only_to_say_which_speech_it_does_not_ask_about() -> None:
    q = parse_query("引用了孙中山名言的那篇,世界上第一个政党是哪一年建立的?",
                    translator=_no_translator)
    assert "孙中山" not in q.named and "孙中山" not in q.specifics
    q = parse_query("孙中山说过什么?", translator=_no_translator)
    assert "孙中山" in q.named


def test_a_follow_up_pointing_into_what_was_just_quoted_is_read_there() -> None:
    q = parse_query("那里面引用了谁的话?", translator=_no_translator, follow_up=True)
    assert q.within_said and not q.within_previous
    # (not one quoting a term of its own, spelled out wherever the speech does)
    q = parse_query("那里面说的“三项活动”是哪三项?", translator=_no_translator, follow_up=True)
    assert not q.within_said


def test_the_meeting_of_the_speech_in_hand_is_its_occasion_asked() -> None:
    for asked in ("这次开的是什么会?", "这是在什么会上讲的?", "篇七开的是什么会?",
                  "那篇八开的是个什么会,主要干嘛?", "那篇六那次又是什么会,在哪开的?"):
        assert asks_its_occasion(asked), asked
    assert not asks_its_occasion("这次会上讲了什么?")
    assert not asks_its_occasion("那篇六那次又是什么会,会上表彰了谁?")


def test_a_place_word_describing_a_thing_in_english_asks_no_place() -> None:
    q = parse_query("Which village democratic management mechanism does speech 7 push?",
                    translator=lambda: Translator([]))
    assert Need.PLACE not in q.asks
    q = parse_query("Which village did the inspectors visit first?",
                    translator=lambda: Translator([]))
    assert Need.PLACE in q.asks


def test_a_model_asked_in_english_is_a_named_model() -> None:
    q = parse_query("What model were the helpers assigned by?", translator=lambda: Translator([]))
    assert q.name_asked == "模式"
    q = parse_query("Which operating model suits farming parks?",
                    translator=lambda: Translator([]))
    assert q.name_asked == "模式"
    q = parse_query("What pattern did most places follow?", translator=lambda: Translator([]))
    assert q.name_asked == "模式"
    # (a role model is someone to follow, no way of running things)
    q = parse_query("What role model do cadres look up to?", translator=lambda: Translator([]))
    assert q.name_asked is None


def test_a_follow_up_pointing_into_what_was_quoted_keeps_no_earlier_ordinal() -> None:
    # "第二个是什么意思?" was answered by item two: "那里面" is inside it, not its item two
    q = parse_query("那里面说的“空壳村”要什么时候消除?", translator=_no_translator,
                    search_text="第二个是什么意思? 那里面说的“空壳村”要什么时候消除?",
                    follow_up=True)
    assert q.ordinal is None
    q = parse_query("具体怎么做?", translator=_no_translator,
                    search_text="第二个是什么意思? 具体怎么做?", follow_up=True)
    assert q.ordinal == 2


def test_a_kind_of_meeting_only_one_speech_was_given_at_names_that_speech() -> None:
    occasions = {4: "现场经验交流会", 6: "农村基层组织建设工作现场会议",
                 7: "农村基层党建暨“三项活动”工作推进会"}
    texts = {4: "…召开这次现场经验交流会…", 6: "…工作现场会…", 7: "…工作推进会…"}
    # (not "现场会": the "现场经验交流会" may be called so too)
    assert occasion_kinds(occasions, texts) == {"推进会": 7, "交流会": 4}
    # (nor a kind another speech tells of: "例会交流会")
    assert occasion_kinds(occasions, {**texts, 3: "召开选派干部工作例会交流会"}) == {"推进会": 7}
    assert occasion_by_kind("那次年中推进会上,村干部报酬怎么定?", {"推进会": 7}) == (7, "推进会")
    assert occasion_by_kind("那次会上讲了什么?", {"推进会": 7}) is None
    q = parse_query("年中那次推进会上,村干部报酬怎么定?", speeches=range(1, 9),
                    translator=_no_translator, occasions=occasions,
                    kinds_in=lambda: {"推进会": 7})
    assert q.occasion_speech == 7


def test_a_township_after_a_demonstrative_jieba_glues_on_is_a_place() -> None:
    # jieba reads "那龙昌" as one name, then "镇"
    assert parse_query("那龙昌镇呢?", translator=_no_translator).places == ("龙昌镇",)


def test_cities_counted_by_zuo_are_places_asked() -> None:
    q = parse_query("京口那篇拿江苏哪两座城市举例?", translator=_no_translator)
    assert Need.PLACE in q.asks and q.place_level == "市"


def test_a_detail_asked_of_each_is_no_list() -> None:
    for asked in ("上半年搞过两回,分别是几月份?", "受表扬的集体和个人分别有多少?"):
        assert not parse_query(asked, translator=_no_translator).asks_list, asked
    assert parse_query("三项活动分别是哪三项?", translator=_no_translator).asks_list


def test_a_day_asked_in_english_is_searched_as_the_speeches_write_it() -> None:
    for asked in ("Who came on June 23 to check the campaign?",
                  "Who came on 23rd June to check the campaign?"):
        q = parse_query(asked, translator=lambda: Translator([]))
        assert "6月23日" in q.words, asked


def test_a_full_name_asked_of_a_document_past_a_comma_is_no_persons() -> None:
    q = parse_query("区委出台的那份抓支部的文件,全名叫什么?", translator=_no_translator)
    assert Need.PERSON not in q.asks
    assert Need.PERSON in parse_query("袁书记的全名叫什么?", translator=_no_translator).asks


def test_years_after_which_something_is_asked_ask_no_length_of_time() -> None:
    q = parse_query("大学生到村里干几年以后,有哪几条路可以走?", translator=_no_translator)
    assert Need.DURATION not in q.asks
    assert Need.DURATION in parse_query("大学生要在村里干几年?", translator=_no_translator).asks


def test_money_asked_in_everyday_words_is_asked_in_yuan() -> None:
    q = parse_query("卸任的村支书每月补贴涨到了几块钱?", translator=_no_translator)
    assert q.unit == 0 and "块" not in q.count_units  # 0: money, the first unit asked
    # (a count of pieces is still one: "几块地")
    assert "块" in parse_query("村里一共有几块地?", translator=_no_translator).count_units


def test_an_item_called_by_the_lists_kind_in_english_is_asked_by_its_place() -> None:
    assert asked_ordinal("And the second challenge?") == 2
    assert asked_ordinal("What is the third problem it names?") == 3


def test_the_parts_a_whole_is_made_of_count_its_items() -> None:
    for text in ("村干部每月拿的钱是由哪几块凑起来的?", "工资按哪几块拼起来发?"):
        assert parse_query(text, translator=_no_translator).counts_items, text


def test_a_verb_of_going_home_is_no_township() -> None:
    # ("人" + "回乡": a township jieba splits inside reads so, "遥" + "田镇")
    q = parse_query("谷汪乡有多少人回乡创业?", translator=_no_translator)
    assert q.places == ("谷汪乡",)


def test_a_quarter_asked_is_not_met_by_a_holiday_in_it() -> None:
    # "七一" is a day of July; asked of the third quarter, it dates no count
    said = "结合庆“七一”大会等开展月总结讲评。"
    assert 7 in months_in(said)
    assert not months_in(said, holidays=False)
    assert names_quarter("今年第三季度表彰了多少人?")
    assert not names_quarter("每季度考核一次吗?")


def test_things_counted_then_asked_each_in_a_clause_of_their_own_are_a_list() -> None:
    assert items_asked("篇三抓的五支队伍,各自的重点是什么?") == 5
    assert items_asked("那三项措施,各自要做到啥?") == 3
    assert items_asked("五支队伍里各自的人数多少?") is None


def test_an_item_asked_within_a_part_in_english_is_read() -> None:
    assert item_of_part("In its second part, what is the first item?") == 1
    assert item_of_part("In the third section, what is the last measure?") == LAST
    assert item_of_part("What is the first item?") is None


def test_a_higher_level_body_compares_nothing() -> None:
    q = parse_query("Which higher-level bodies praised the county's work?",
                    translator=lambda: Translator([]))
    assert not q.compares
    assert parse_query("Which county had a higher turnout?",
                       translator=lambda: Translator([])).compares


def test_rural_grassroots_organisations_are_rural_organisations() -> None:
    assert [(k, lv) for _, k, lv in body_mentions("全市农村基层党组织要紧扣换届这个中心")] == [
        ("organisation", "村")]


def test_a_kind_quoted_after_an_english_count_is_counted_up_to_its_close() -> None:
    assert counted_things_en("Which township had 8 'entrepreneur' Party branches?") == [
        (8, "'entrepreneur", "8 'entrepreneur")]


def test_up_or_down_asks_a_change_only_of_an_amount_moving() -> None:
    def change(text: str) -> bool:
        return parse_query(text, translator=lambda: Translator([])).asks_change
    assert not change("How many migrant Party members did they track down?")
    assert not change("How many sites were set up?")
    assert change("By how much did the allowance go up?")
    assert change("Was it up by 5 yuan?")


def test_a_speech_named_by_a_hyphenated_english_number_is_that_speech() -> None:
    assert speech_mentioned("What did the speech-seven townships do?", range(1, 9)) == 7


def test_what_is_gained_compares_nothing_unless_against_something() -> None:
    def compares(text: str) -> bool:
        return parse_query(text, translator=lambda: Translator([])).compares
    assert not compares("Which groups helped farmers earn more?")
    assert compares("Which township earned more than the others?")


def test_meetings_counted_name_no_meeting() -> None:
    assert meetings_named("区委开了两个座谈会后出了个文件") == ()
    assert meetings_named("县委十届三次全委会议提出了什么?") != ()


def test_figures_asked_for_as_such_ask_a_number_not_a_code_called_so() -> None:
    assert Need.NUMBER in needs("那党员管理那块有啥数字?")
    assert Need.NUMBER in needs("这一块有哪些数据?")
    assert Need.NUMBER not in needs("帮扶照着一个什么数字模式来排?")


def test_a_document_counted_by_copies_asks_its_title_not_a_persons_name() -> None:
    assert Need.PERSON not in needs("有没有一份成文的规矩可以照着办?叫什么名字?")
    assert Need.PERSON in needs("那位书记叫什么名字?")


def test_what_the_sentence_just_quoted_is_used_to_show_is_asked_without_naming_a_quote() -> None:
    history = ["篇二讲话引用了孙中山的哪句话?"]
    assert parse_query("他这句话是用来说明啥的?", history=history, follow_up=True,
                       translator=_no_translator).asks_point
    assert parse_query("这句话放在讲话里是想说明什么?", history=history, follow_up=True,
                       translator=_no_translator).asks_point
    assert not parse_query("这句话出自哪里?", history=history, follow_up=True,
                           translator=_no_translator).asks_point



def test_where_the_meeting_was_held_asks_the_speechs_own_place() -> None:
    assert asks_its_place("那篇五的开会地点是哪个区?")
    assert asks_its_place("篇六的会议地点在哪里?")
    assert not asks_its_place("篇三的活动场所建设地点是哪个市?")


def test_the_speakers_own_city_after_a_verb_is_no_city_named() -> None:
    # "评成 / 本市", not a city "成本市"
    places = parse_query("被评成本市样板的站点又有几个?", translator=_no_translator).places
    assert "成本市" not in places
    assert "永济镇" in parse_query("永济镇有几个支部?", translator=_no_translator).places


def test_what_one_is_told_and_a_span_describing_the_thing_asked_are_no_list_or_date() -> None:
    en = lambda: Translator([])  # noqa: E731
    told = parse_query("What are village branches told to treat as their main task?",
                       translator=en)
    assert not told.asks_list
    assert parse_query("What are the main tasks for village branches?", translator=en).asks_list
    span = parse_query("What month-long campaign did the cadres start?", translator=en)
    assert Need.DATE not in span.asks
    assert Need.DATE in parse_query("What month did the cadres start?", translator=en).asks


def test_everyday_words_for_new_things_and_doubting_search_official_ones() -> None:
    assert "新事物" in colloquial_expansions("新玩意儿")
    assert "怀疑" in colloquial_expansions("犯嘀咕")


def test_more_wanted_in_a_clause_before_the_question_compares_nothing() -> None:
    wanted = parse_query("为了让村里干部本事更大,准备搞哪两个工程?", translator=_no_translator)
    assert not wanted.compares and Need.NUMBER not in wanted.asks
    assert parse_query("面积更大的是哪个村?", translator=_no_translator).compares


def test_an_english_amount_in_millions_is_searched_as_the_speeches_write_it() -> None:
    q = parse_query("What did Leiyang build with the 17.143 million yuan?",
                    translator=lambda: Translator([]))
    assert "1714.3" in q.words
    assert "900" in parse_query("Where did the 9 million yuan go?",
                                translator=lambda: Translator([])).words


def test_caring_more_about_one_thing_than_another_compares_no_quantities() -> None:
    assert Need.NUMBER not in needs("Which attitude makes cadres caring more about posts than "
                                    "about the economy?")
    assert Need.NUMBER in needs("Which township has more members than Yongji?")


def test_before_ending_a_word_is_no_year_before_last() -> None:
    assert parse_query("换届以后,岁数比以前年轻了多少?", translator=_no_translator).years == (
        frozenset())
    assert "前年" in parse_query("前年发展了多少党员?", translator=_no_translator).years


def test_everyday_word_for_model_workers_searches_the_official_one() -> None:
    assert "劳动模范" in colloquial_expansions("评上劳模的有几个?")


def test_a_quoted_pattern_is_no_term_and_younger_by_years_is_a_change() -> None:
    assert parse_query("攀枝花提了哪几个“X村”?", translator=_no_translator).quoted == ()
    assert parse_query("提了哪几个“支部带村”?", translator=_no_translator).quoted == ("支部带村",)
    assert parse_query("干部平均年纪轻了几岁?", translator=_no_translator).asks_change


def test_a_keyword_query_ending_on_an_average_asks_an_amount() -> None:
    assert Need.NUMBER in needs("Leiyang village activity venues average floor area")
    assert Need.NUMBER not in needs("Leiyang village activity venues")


def test_graduates_counted_with_the_general_measure_word_are_people() -> None:
    q = parse_query("给多少个下村的大学毕业生打分评级了?", translator=_no_translator)
    assert "名" in q.count_units


def test_people_counted_with_ge_after_a_two_character_description_are_people() -> None:
    q = parse_query("每个村至少得备着几个年轻接班人?", translator=_no_translator)
    assert "名" in q.count_units


def test_a_few_set_aside_asks_no_count() -> None:
    q = parse_query("除了几个示范村还要建什么?", translator=_no_translator)
    assert Need.NUMBER not in q.asks and not q.count_asked
    assert Need.NUMBER in parse_query("村部要建几间屋子?", translator=_no_translator).asks


def test_what_a_speech_calls_for_last_points_at_its_close() -> None:
    def position(question: str) -> str | None:
        return parse_query(question, translator=_no_translator).position

    assert position("那篇讲话,最后号召大家干什么?") == "closing"
    assert position("那篇讲话最后说,工作要往哪边使劲?") is None
    assert position("放教育片子最后想达到个啥效果?") is None
    assert position("最后一条讲的是什么?") is None


def test_the_father_of_the_nation_searches_the_name_the_speeches_give() -> None:
    assert "孙中山" in colloquial_expansions("国父说过什么?")


def test_which_training_asks_for_a_named_one() -> None:
    assert parse_query("搞的是啥培训?", translator=_no_translator).name_asked == "培训"
    assert parse_query("上面有啥培训安排?", translator=_no_translator).name_asked is None


def test_everyday_words_for_lower_levels_online_classes_and_falling_from_power() -> None:
    assert "越到基层" in colloquial_expansions("为什么越往下越有钱?")
    assert "远程教育" in colloquial_expansions("看网课的屋子要配什么?")
    assert "丧失执政" in colloquial_expansions("哪两个党下台了?")


def test_heads_counted_with_the_general_measure_word_are_people() -> None:
    q = parse_query("组织了多少个村里的一把手去考察?", translator=_no_translator)
    assert "名" in q.count_units


def test_a_clause_saying_what_is_gained_compares_nothing() -> None:
    assert Need.NUMBER not in needs("Which organisations should be strengthened, to give new "
                                    "economic organisations more vitality?")
    assert Need.NUMBER in needs("Which township has more Party members?")


def test_everyday_words_for_epidemics_and_floods_search_the_speeches_ones() -> None:
    assert "疫情" in colloquial_expansions("哪几次传染病?")
    assert "抗洪" in colloquial_expansions("那次发大水党员干了啥?")


def test_a_point_named_by_its_own_marker_is_asked_by_its_number() -> None:
    assert asked_ordinal("那二要是什么") == 2 and asked_ordinal("三要呢?") == 3
    assert asked_ordinal("一要做学习上的先驱") is None


def test_the_speech_at_the_very_start_is_the_first() -> None:
    assert speech_mentioned("最开头那篇讲话说了什么?", range(1, 9)) == 1


def test_which_meeting_with_the_meeting_described_between_asks_a_meeting() -> None:
    assert Need.MEETING in needs("这个做法是在哪次全国座谈会上推广的?")


def test_the_speech_quoting_someone_does_not_point_back_at_the_quote() -> None:
    def back(question: str) -> bool:
        return parse_query(question, translator=_no_translator, follow_up=True).points_back

    assert not back("那它引用了谁的话?")
    assert back("它是怎么落实的?")


def test_factories_are_industry_in_the_speeches_words() -> None:
    assert "工业" in colloquial_expansions("工厂那种园子怎么管?")


def test_where_a_difference_lies_asks_no_place() -> None:
    assert Need.PLACE not in needs("这种党跟别的党最大差别在哪儿?")
    assert Need.PLACE in needs("篇四说的试点在哪儿?")


def test_building_a_tower_searches_the_speeches_building_and_foundation() -> None:
    assert {"大厦", "地基"} <= set(colloquial_expansions("盖楼得先把底打牢,用的哪句老话?"))


def test_the_speech_named_shortest_after_its_measure_word_is_by_size() -> None:
    assert speech_by_size("那篇最短的讲话,结尾号召什么?", {1: 100, 2: 900}) == (1, "那篇最短的讲话")


def test_a_question_speaking_of_a_speech_unnamed_is_about_the_speeches() -> None:
    def speaks(text: str) -> bool:
        return parse_query(text, speeches=range(1, 9),
                           translator=_no_translator).speaks_of_speeches

    assert speaks("有篇讲话拿发大水、闹非典这些事举例子,分别是哪几年的?")
    assert speaks("哪篇把列宁搬出来了?")
    assert not speaks("开会前一天大伙儿去哪个地方参观了?")
    assert not speaks("个人所得税专项附加扣除在手机上怎么申报?")


def test_asking_which_speech_one_described_is_is_told() -> None:
    assert asks_which_speech("全市产业园区和农村基层党建工作会那篇是篇几")
    assert asks_which_speech("在安徽开的那个会上讲的,算第几篇?")
    assert asks_which_speech("讲磐石计划的那篇讲话是哪一篇？")
    assert not asks_which_speech("篇几讲了磐石计划?")
    assert not asks_which_speech("哪篇讲话提到了磐石计划,它是怎么说的?")


def test_a_parts_heading_asked_is_a_summary_of_that_part() -> None:
    def summary(text: str, history: tuple[str, ...] = ()) -> bool:
        return parse_query(text, speeches=range(1, 9), translator=_no_translator,
                           history=history, follow_up=bool(history)).asks_summary

    assert summary("篇八第二部分的标题是什么?")
    assert summary("篇五第三部分小标题叫啥?")
    # "它" after asking which speech one described is: that speech
    assert summary("它的第二部分标题是什么", ("园区党建工作会那篇讲话是篇几?",))
    assert not summary("它的第二部分标题是什么", ("园区党建搞得怎么样?",))


def test_people_a_thing_counted_is_for_are_not_what_an_english_count_asks() -> None:
    def units(text: str) -> frozenset[str]:
        return parse_query(text, translator=lambda: Translator(["培训班", "党员"])).count_units

    assert "名" not in units("How many training classes for people joining the Party were held?")
    assert units("How many Party members were trained?") == {"名"}


def test_the_last_big_block_of_a_speech_is_its_last_part() -> None:
    q = parse_query("那篇最后一大块一共提了几条要求?", speeches=range(1, 9),
                    translator=_no_translator)
    assert q.ordinal == LAST


def test_a_count_of_points_asked_with_which_they_are_asks_the_points_not_a_number() -> None:
    assert Need.NUMBER not in needs(asked_part("建活动场所有几对关系要摆正,是哪几对?"))
    assert Need.NUMBER not in needs(asked_part("一共有几条原则,分别是哪几条?"))
    # a count of places is asked as well as which they are
    assert Need.NUMBER in needs(asked_part("耒阳有几个乡镇,分别是哪几个?"))


def test_the_points_an_english_question_says_a_speech_is_organised_around_are_its_parts(
) -> None:
    def summary(text: str) -> bool:
        return parse_query(text, speeches=range(1, 9),
                           translator=lambda: Translator([])).asks_summary

    assert summary("Which three themes is the long Jingkou district Party-building speech "
                   "structured around?")
    assert not summary("Which three themes did the Jingkou district speech stress for "
                       "village venues, and why?")


def test_everyday_words_for_trouble_walls_and_making_money_search_official_ones() -> None:
    for everyday, official in (("麻烦", "挑战"), ("院墙", "围墙"),
                               ("搞钱", "经济工作"), ("出乱子", "出大事"), ("富村", "富裕村"),
                               ("穷村", "落后村")):
        assert official in colloquial_expansions(everyday), everyday


def test_a_plenary_asked_by_its_session_number_names_no_meeting() -> None:
    assert meetings_named("要贯彻县委第几届第几次全委会议精神?") == ()
    assert meetings_named("县委几届几次全会提了什么?") == ()


def test_at_the_end_of_a_speech_said_in_everyday_words_is_its_close() -> None:
    assert position_in_speech("篇六讲到末了,提了什么要求?") == "closing"


def test_a_count_after_speech_in_a_keyword_query_names_no_speech() -> None:
    assert speech_mentioned("Jingkou district speech three main sections headings",
                            range(1, 9)) is None
    assert speech_mentioned("speech seven village cadres pay", range(1, 9)) == 7


def test_how_a_speech_opens_points_at_its_opening() -> None:
    assert position_in_speech("京口那篇开头是怎么讲的?") == "opening"
    assert position_in_speech("How does it open, and who called the meeting?") == "opening"
    # (a slogan's first words describe it: "开头是要加快速度…")
    assert position_in_speech("开头是要加快速度的那句口号出自哪篇?") is None


def test_the_first_of_an_english_last_part_asked_without_a_noun() -> None:
    assert item_of_part("Panzhihua speech: its last part sets four requirements. What is the "
                        "first?") == 1


def test_how_many_points_a_speech_on_a_subject_makes_asks_its_parts() -> None:
    def summary(text: str) -> bool:
        return parse_query(text, speeches=range(1, 9),
                           translator=lambda: Translator([])).asks_summary

    assert summary("How many points does the speaker make in the Jingkou speech on grassroots "
                   "Party organisations?")
    assert summary("Shaya speech: what are its main section headings?")
    assert not summary("How many points does the Jingkou speech make about Party members' "
                       "education?")


def test_a_count_of_points_after_speech_in_words_names_no_speech() -> None:
    assert speech_mentioned("Shaya rural speech five tasks summary", range(1, 9)) is None
    assert speech_mentioned("the Huaibei part of speech three", range(1, 9)) == 3


def test_a_speech_named_by_its_level_after_that_speech() -> None:
    levels = {3: "省", 4: "市", 5: "区", 6: "县"}
    assert speech_by_level("这篇县委开的讲话提了哪些要求?", levels) == (6, "这篇县委开的讲话")


def test_a_speechs_outline_headings_in_a_keyword_query_ask_its_parts() -> None:
    q = parse_query("Huaibei Party venues Anhui provincial speech full outline headings list",
                    speeches=range(1, 9), translator=lambda: Translator([]))
    assert q.asks_summary


def test_everyday_words_said_in_the_official_words_they_stand_for() -> None:
    assert "管农村的部分" in in_official_words("管村子的部分")
    assert in_official_words("讲党员那部分") == []


def test_an_english_part_or_item_named_by_its_marked_number() -> None:
    assert asked_ordinal("Then explain section (4), please.") == 4
    q = parse_query("Give me the title of part three in the Panzhihua speech",
                    speeches=range(1, 9), translator=lambda: Translator([]))
    assert q.asks_summary and q.ordinal == 3


def test_everyday_words_for_suspension_and_for_working_apart_search_official_ones() -> None:
    for everyday, official in (("停职", "歇职"), ("停岗", "歇职"), ("村子", "农村"),
                               ("各搞各的", "分割"), ("互不来往", "封闭")):
        assert official in colloquial_expansions(everyday), everyday


def test_a_meeting_held_to_its_end_or_what_a_speech_lands_on_is_its_close() -> None:
    assert position_in_speech("京口那次大会开到最后,区委书记号召了什么?") == "closing"
    assert position_in_speech("篇五最后落在哪一句上?") == "closing"
    # (not what a mechanism aims at in the end)
    assert position_in_speech("这套机制推下去,最后落在哪?") is None


def _parsed(text: str, *, search_text: str | None = None, follow_up: bool = False,
            same_question: bool = False, history: Sequence[str] = ()) -> Query:
    return parse_query(text, search_text=search_text, follow_up=follow_up,
                       same_question=same_question, history=history, speeches=range(1, 9),
                       translator=lambda: Translator([]))


def test_a_speech_named_by_its_meeting_before_which_speech_still_asks_its_parts() -> None:
    # (the meeting's words say which speech; "几个大部分" counts its parts)
    assert _parsed("京口开全区组织建设大会的那篇讲话,总共分了几个大部分?").asks_summary
    assert not _parsed("京口那篇讲话里关于班子配强是怎么说的?").asks_summary


def test_english_questions_on_how_a_speech_is_laid_out_ask_its_parts() -> None:
    assert _parsed("Is the Shaya speech organised - what are the titles of its sections?"
                   ).asks_summary
    assert _parsed("How many points does the Leiyang speaker make, and what is the last "
                   "one about?").asks_summary
    assert _parsed("How many sections does Speech 6 say it will focus on?").asks_summary
    # (a count of points made on a topic is a list of its own)
    assert not _parsed("How many points does Speech 6 make about archive rooms?").asks_summary


def test_the_same_question_of_another_speech_asks_that_speechs_parts() -> None:
    q = _parsed("And what about Speech 4?",
                search_text="In , how many points does the speaker make? Speech 4",
                follow_up=True, same_question=True,
                history=["In Speech 6, how many points does the speaker make?"])
    assert q.asks_summary
    # (a question of its own about the other speech is not)
    q = _parsed("Speech 4 on cadre pay?", search_text="cadre pay Speech 4", follow_up=True,
                history=["In Speech 6, how many points does the speaker make?"])
    assert not q.asks_summary


def test_a_few_things_counted_then_asked_each_after_a_comma_are_a_list() -> None:
    assert _parsed("篇六给村级阵地建设定了几项规矩,都是啥?").asks_list
    assert _parsed("篇六提了几种培训办法?").asks_list
    assert _parsed("篇二讲了四条硬杠杠,分别是什么?").list_size == 4


def test_a_template_the_question_quotes_is_no_term_the_speeches_must_hold() -> None:
    q = _parsed("那五条毛病都写成“某某的不某某”的样子,具体是哪五条?")
    assert q.quoted == ()
    assert _parsed("“三级联创”是指哪三级?").quoted == ("三级联创",)


def test_everyday_words_for_the_top_man_a_wall_display_and_in_a_while() -> None:
    for everyday, official in (("头号人物", "书记"), ("挂墙上", "上墙"), ("待会儿", "等下")):
        assert official in colloquial_expansions(everyday), everyday


def test_a_few_who_did_something_asked_with_another_word_asks_no_count() -> None:
    assert "几" not in asked_part("有几个村还把这个办法用到了谁身上?")
    assert "几" in asked_part("有几个村把这个办法推开了?")
    assert Need.NUMBER not in _parsed("有几个村还把这个办法用到了谁身上?").asks


def test_people_counted_by_the_general_measure_word_are_counted_in_ming_too() -> None:
    assert "名" in _parsed("每村留几个年轻苗子?").count_units
    assert "名" in _parsed("一个乡要配几个骨干?").count_units


def test_a_speech_named_by_its_number_with_hao() -> None:
    assert speeches_mentioned("2号讲话怎么讲统筹?", range(1, 9)) == (2,)
    assert speeches_mentioned("中央1号文件讲了什么?", range(1, 9)) == ()


def test_a_last_slogan_and_an_english_keyword_opening_point_at_a_speechs_ends() -> None:
    assert position_in_speech("篇三最后喊的是哪句口号?") == "closing"
    assert position_in_speech("speech 6 opening lines") == "opening"
    assert position_in_speech("speech 4 closing slogan") == "closing"


def test_things_described_then_asked_each_are_a_list_of_that_many() -> None:
    assert items_asked("篇五对班子、队伍、政策这三头各提了什么要求?") == 3
    assert items_asked("讲了三条:干部怎样、党员怎样、制度怎样,各自为了什么?") == 3


def test_everyday_words_for_taking_the_whole_in_view_and_for_young_successors() -> None:
    for everyday, official in (("一盘棋", "统筹"), ("苗子", "后备"), ("闷头", "埋头"),
                               ("不声不响", "默默无闻"), ("头等大事", "中心")):
        assert official in colloquial_expansions(everyday), everyday


def test_a_few_asked_before_a_yes_or_no_put_as_a_not_a_counts_nothing() -> None:
    assert "几" not in asked_part("只看几个指标达没达标行不行?还要看什么?")
    assert Need.NUMBER not in _parsed("光查几项台账够不够?还得查啥?").asks


def test_a_count_then_the_list_requested_is_a_list_question() -> None:
    q = _parsed("篇四的新问题一共几条?麻烦都列出来")
    assert q.asks_list and Need.NUMBER not in q.asks


def test_a_speech_named_by_its_topic_after_that_piece_still_asks_its_parts() -> None:
    assert _parsed("沙雅那篇基层组织建设的讲话分了几大块?").asks_summary


def test_the_meetings_last_words_point_at_a_speechs_close() -> None:
    assert position_in_speech("京口区委开的会最后提了哪些希望?") == "closing"
    assert position_in_speech("市里开大会最后发了个什么文件?") is None


def test_street_offices_are_of_a_townships_level() -> None:
    assert bodies_named("各街道要抓好落实") == frozenset({("each", "乡")})


def test_everyday_words_for_dawdling() -> None:
    assert "拖拉" in colloquial_expansions("磨磨蹭蹭")


def test_which_people_asks_for_people_whatever_verb_follows() -> None:
    assert kind_asked("哪些人参加了培训?") == "人"
    assert kind_asked("哪些人下去锻炼?") == "人"
    assert kind_asked("哪些人员") == "人员"


def test_a_second_part_asking_what_each_part_says_is_still_the_speechs_parts() -> None:
    assert _parsed("耒阳那篇讲话总共分成了几大块?每一块的大标题分别说了些什么?").asks_summary
    # (a speech named by what it is about before "的那篇", and its speaker, ask nothing)
    assert _parsed("说沙雅基层组织建设的那篇,讲话人一共分了几块?").asks_summary


def test_a_part_of_a_speech_named_by_what_it_is_about_asks_that_part() -> None:
    assert _parsed("讲产业园区党建的那篇,最后一部分提了哪几条要求?").asks_summary


def test_a_speechs_last_sentence_or_paragraph_points_at_its_close() -> None:
    assert position_in_speech("京口区那篇讲话的最后一句话说的是什么?") == "closing"
    assert position_in_speech(" 的最后一段讲了什么?") == "closing"
    assert position_in_speech("这一条的最后一句是什么意思?") is None


def test_communities_street_offices_and_a_county_acting_are_bodies_of_their_level() -> None:
    assert bodies_named("城市社区党组织书记") == frozenset({("secretary", "社区")})
    assert bodies_named("街道党工委书记") == frozenset({("secretary", "乡")})
    assert ("organisation", "县") in bodies_named("县里给乡镇干部办培训")
    assert not bodies_named("村里要建哪些制度")


def test_the_other_few_after_the_one_just_quoted_are_the_rest() -> None:
    assert _parsed("那另外两个呢?", follow_up=True).asks_rest
    assert _parsed("后面三条是什么?", follow_up=True).asks_rest


def test_a_speech_described_before_that_district_is_named_by_it() -> None:
    assert speech_described("搞“强基工程”的那个区,支书怎么选?") == "搞“强基工程”"


def test_everyday_words_for_being_transferred() -> None:
    assert "异动" in colloquial_expansions("调走")


def test_a_count_then_which_they_are_asked_again_is_a_list_question() -> None:
    q = _parsed("耒阳那篇讲的农村党建新问题一共有几条?都是哪几条?")
    assert q.asks_list and Need.NUMBER not in q.asks


def test_the_first_item_of_a_part_asked_after_what_the_part_does() -> None:
    assert item_of_part("第三部分讲了几项措施,头一条是什么?") == 1
    assert item_of_part("第二部分列了一串要求,第二条呢?") == 2


def test_a_speech_of_one_paragraph_in_english_is_the_shortest() -> None:
    sizes = {1: 104, 2: 5517, 3: 9712}
    assert speech_by_size("In the one-paragraph speech, what is the task?", sizes) == (
        1, "one-paragraph")
    assert speech_by_size("Which speech is just a single paragraph long?", sizes) is not None


def test_where_a_speech_ends_up_is_no_place() -> None:
    assert Need.PLACE not in needs("那它的收尾落在哪儿?")
    assert Need.PLACE in needs("这个示范点建在哪儿?")


def test_where_a_danger_lies_asks_for_no_place_in_english() -> None:
    assert Need.PLACE not in needs("Where does the biggest risk for the Party lie?")
    assert Need.PLACE in needs("Where was the training held?")


def test_a_city_wide_goal_asks_for_no_city() -> None:
    assert Need.PLACE not in needs("Which city-wide target must the work serve?")
    assert Need.PLACE in needs("Which city hosted the meeting?")


def test_who_heads_a_party_is_asked_for_a_person() -> None:
    assert Need.PERSON in needs("那个政党当时的总裁是谁?")


def test_the_last_part_named_with_a_demonstrative_is_read_off_the_outline() -> None:
    assert _parsed("篇八说到最后那一大块,提了哪几项要求?").asks_summary


def test_a_demonstrative_after_a_one_character_place_is_no_part_of_a_name() -> None:
    assert not any(p.endswith("那") for p in _parsed("沿淮那几个县的村部钱从哪来?").places)


def test_a_coined_terms_parts_asked_by_count_and_character() -> None:
    assert Need.CONTENT in needs("“五联五促”说的是哪五联、哪五促?")
    assert Need.CONTENT not in needs("“双培双带”要抓好哪两个方面?")


def test_what_a_quoted_term_deploys_asks_its_content() -> None:
    assert Need.CONTENT in needs("“强基工程”具体部署了哪些工作?")


def test_a_speech_s_last_part_named_as_its_close_is_that_part() -> None:
    q = _parsed("篇二收尾的那一大块讲了几点?")
    assert q.asks_summary and q.ordinal == LAST and q.position is None
    assert _parsed("篇二结尾号召了什么?").position == "closing"


def test_a_places_population_asks_for_a_number() -> None:
    assert Need.NUMBER in needs("What is the population of that county?")
    assert Need.NUMBER not in needs("How are the floating population's Party members managed?")


def test_a_span_after_a_demonstrative_names_no_one() -> None:
    assert not _parsed("那段时间县委都做了哪些准备?").named


def test_a_speech_s_big_questions_counted_are_its_parts() -> None:
    assert _parsed("篇六一共讲了几个大问题?").asks_summary


def test_a_speech_named_again_in_brackets_is_an_aside() -> None:
    assert _parsed("讲园区和农村党建工作的那篇讲话(攀枝花那篇),总共分了几大块?").asks_summary


def test_the_others_called_by_the_words_they_share_are_the_rest() -> None:
    q = _parsed("那另外两个“加强”呢?", follow_up=True, history=["篇七最后一部分有哪几条?"])
    assert q.asks_rest


def test_pairs_asked_for_are_of_the_kind_named_after_them() -> None:
    assert kind_asked("建的时候要处理好哪几对关系?") == "关系"


def test_what_a_part_is_mainly_about_asks_its_summary() -> None:
    assert _parsed("篇三最后那一大部分主要在讲什么?").asks_summary


def test_the_other_two_called_by_their_kind_are_the_rest() -> None:
    q = _parsed("那另外两个原因呢?", follow_up=True, history=["篇二第一部分讲了哪些原因?"])
    assert q.asks_rest


def test_the_part_that_ends_the_show_is_the_last_part() -> None:
    q = _parsed("篇五压轴的那一部分讲了哪些内容?")
    assert q.asks_summary and q.ordinal == LAST


def test_what_is_said_to_everyone_last_or_before_the_meeting_ends_is_the_close() -> None:
    assert _parsed("篇三最后对同志们提了什么希望?").position == "closing"
    assert _parsed("篇五会议开完前对大家有哪些要求?").position == "closing"
    assert _parsed("篇五最后一部分有哪些要求?").position is None


def test_a_follow_up_in_its_own_words_leaves_the_part_number_its_antecedent_named() -> None:
    history = ["篇五第二部分讲“加强教育”时,提了哪些做法?"]
    q = _parsed("那它说党员的作用要怎么才能发挥出来?", follow_up=True, history=history,
                search_text=f"{history[0]} 那它说党员的作用要怎么才能发挥出来?")
    assert q.ordinal is None
    kept = _parsed("那第三条呢?", follow_up=True, history=history,
                   search_text=f"{history[0]} 那第三条呢?")
    assert kept.ordinal == 3


def test_words_saying_what_a_speech_says_at_its_end_are_not_what_its_opening_is_asked() -> None:
    q = _parsed("那篇结尾号召向建党一百周年献礼的讲话,开头讲了哪些道理?")
    assert "献礼" not in q.embedded_text and q.position == "opening"


def test_a_township_whose_name_jieba_splits_into_characters_is_a_place() -> None:
    assert parse_query("讲话说谷汪乡有什么做法?", translator=_no_translator).places == (
        "谷汪乡",)
    assert not parse_query("年轻人都要去乡里干什么?", translator=_no_translator).places


def test_going_back_to_town_names_no_place() -> None:
    assert not parse_query("干部下班就回城,讲话怎么说?", translator=_no_translator).places


def test_a_number_before_a_quoted_term_after_speech_counts_the_term() -> None:
    assert speech_mentioned("Jingkou speech three 'musts' for cadres", range(1, 9)) is None
    assert speech_mentioned("speech three main idea", range(1, 9)) == 3


def test_what_a_part_mainly_talks_about_and_its_points_counted_ask_its_summary() -> None:
    q = _parsed("篇四一共讲了三点意见,压轴的第三点主要在谈什么?")
    assert q.asks_summary and q.ordinal == 3


def test_a_speech_named_by_the_level_of_the_meeting_it_was_given_at() -> None:
    levels = {3: "省", 4: "市", 5: "区", 6: "县", 8: "市"}
    assert speech_by_level("县里那次会上的讲话提了几点要求?", levels) == (6, "县里那次会上的讲话")
    assert speech_by_level("县里那次会上,乡镇要做什么?", levels) is None


def test_which_document_asks_a_documents_name() -> None:
    assert _parsed("那次会议出台了哪份文件?").name_asked == "文件"
    assert _parsed("村级组织规范化管理照的是哪个文件?").name_asked == "文件"


def test_one_by_one_after_a_speech_described_names_no_speech_one() -> None:
    assert speech_mentioned("沙雅那篇一条条列了哪些要求?", range(1, 9)) is None
    assert speech_mentioned("篇一讲了什么?", range(1, 9)) == 1


def test_the_rest_called_by_their_kind_after_a_count_are_asked() -> None:
    q = _parsed("剩下那几项措施都是什么?", follow_up=True, history=["篇三第一项措施是什么?"])
    assert q.asks_rest


def test_a_speech_named_by_the_meeting_it_was_given_at_then_that_speech_asks_its_parts() -> None:
    # ("…会时那篇讲话", "…会上那篇讲话": the meeting's clause runs into the speech it names)
    assert _parsed("京口开组织工作会时那篇讲话,总共分为几大块?").asks_summary
    assert _parsed("全区基层组织建设工作会议上那篇讲话,分成了几个部分?").asks_summary
    assert not _parsed("京口开组织工作会时那篇讲话里,党员教育怎么搞?").asks_summary


def test_the_speaker_asked_after_the_speakers_place_is_the_speaker() -> None:
    assert _parsed("那篇讲话是沙雅哪位县领导作的?").asks_speaker
    assert not _parsed("那篇讲话说沙雅哪些村做得好?").asks_speaker


def test_when_the_meeting_is_almost_over_is_its_close() -> None:
    assert _parsed("会快开完的时候,县里要求大家做什么?").position == "closing"
    assert _parsed("会要开完之前,讲话提了哪些要求?").position == "closing"


def test_what_a_meeting_named_by_the_clause_before_is_for_asks_its_task() -> None:
    assert _parsed("镇江开的那个组织工作会,说白了主要是来干啥的?").asks_meeting_task
    assert _parsed("那个推进会,到底是干什么的?").asks_meeting_task
    assert not _parsed("那个推进会上,村干部要干什么?").asks_meeting_task


def test_kinds_of_weakness_in_english_ask_a_list() -> None:
    assert _parsed("What weak spots does the Jingkou speech own up to?").asks_list
    assert _parsed("Which gaps does speech 4 point to?").asks_list


def test_a_follow_up_of_several_short_asks_leaves_the_part_its_antecedent_named() -> None:
    history = ["篇三第二部分讲了哪些队伍?"]
    q = _parsed("村官那个呢?平时干什么,能起啥作用?", follow_up=True, history=history,
                search_text=f"{history[0]} 村官那个呢?平时干什么,能起啥作用?")
    assert q.ordinal is None


def test_recognition_in_everyday_words_searches_commendation() -> None:
    assert {"表彰", "肯定"} <= set(colloquial_expansions("认可"))


def test_which_of_a_quoted_term_asks_what_it_consists_of() -> None:
    assert Need.CONTENT in needs("篇六要推行的“三联”制度,是哪“三联”?")
    assert Need.CONTENT not in needs("篇六要推行的“三联”制度,是哪年提出的?")


def test_the_very_short_speech_is_the_shortest() -> None:
    sizes = {1: 104, 2: 5517, 3: 9712}
    assert speech_by_size("那篇特别短的讲话,结尾落在哪儿?", sizes) == (1, "那篇特别短的讲话")
    assert speech_by_size("那篇讲话里很短的一段说了什么?", sizes) is None


def test_who_spoke_at_the_meeting_asked_by_name_is_the_speaker() -> None:
    assert _parsed("在沙雅那次党建工作会上讲话的县领导叫什么名字?").asks_speaker
    assert not _parsed("会上讲话的领导提到了哪些村?").asks_speaker


def test_which_of_the_things_a_counted_term_counts_asks_what_it_consists_of() -> None:
    assert Need.CONTENT in needs("讲话提到的“三区联动”,究竟是哪三个区?")
    assert Need.CONTENT not in needs("讲话提到的“三区联动”,在哪三个县推行?")


def test_what_a_meeting_is_held_to_achieve_asks_its_task() -> None:
    assert _parsed("全区组织工作会这个会,召开主要想达到什么目的?").asks_meeting_task


def test_each_of_the_parts_just_counted_asked_after_them_asks_the_summary() -> None:
    assert _parsed("县委开的那次组织工作会,讲话一共分了几大块?各讲什么?").asks_summary


def test_where_a_danger_lies_past_an_adverb_asks_no_place() -> None:
    assert Need.PLACE not in needs("党面临的最大风险究竟在哪里?")
    assert Need.PLACE not in needs("那最大的隐患又在哪儿?")
    assert Need.PLACE in needs("那次座谈会究竟在哪里开的?")


def test_where_to_find_the_money_asks_no_place() -> None:
    assert Need.PLACE not in needs("So where is each poorer county expected to find the funds?")
    assert Need.PLACE in needs("So where is each poorer county expected to send its trainees?")


def test_the_aspects_a_speech_is_built_around_ask_its_summary() -> None:
    assert _parsed("区委那次组织工作会的讲话,主要围绕哪几个方面展开?").asks_summary
    assert not _parsed("区委那次组织工作会上,村干部培训围绕哪几个方面展开?").asks_summary


def test_a_part_of_a_speech_is_asked_by_its_number() -> None:
    assert _parsed("篇三第四大块讲的啥?").part_number == 4
    assert _parsed("What does the second part of speech 6 say?").part_number == 2
    assert _parsed("篇三第四点讲的啥?").part_number is None


def test_which_of_a_count_asked_with_its_counted_word_quoted_is_of_that_count() -> None:
    assert counted_term_asked("三个一", "篇四提到的“三个一”,分别是哪三个“一”?")
    assert not counted_term_asked("三个一", "篇四提到的“三个一”,是哪一年开始搞的?")


def test_a_speech_named_by_that_meeting_or_that_talk_on_a_topic_still_asks_its_parts() -> None:
    assert _parsed("区委开全区组织工作会那次,区里领导的讲话分成几大块?").asks_summary
    assert _parsed("沙雅那回讲村级阵地的讲话,总共分成几个部分?").asks_summary
    assert not _parsed("京口那篇讲话讲了哪些措施?").asks_summary


def test_a_number_written_with_thousands_separators_is_stated_as_one() -> None:
    assert _parsed("How many of the 1,989 venues were finished?").stated_numbers == {"1989"}


def test_one_person_pointed_at_asked_what_they_are_called_asks_a_name() -> None:
    assert Need.PERSON in needs("那个被处分的村干部叫啥?")
    assert Need.PERSON not in needs("这类干部叫什么?")


def test_weak_spots_in_everyday_words_search_the_problems_named() -> None:
    assert {"问题", "不足"} <= set(colloquial_expansions("短板"))


def test_the_words_describing_which_speech_name_no_series_asked() -> None:
    assert _parsed("讲到苏联、墨西哥那些老党的那篇,是从哪三个角度论证的?").named_series == ()
    assert _parsed("讲苏联和墨西哥的教训时,那篇讲话怎么说苏联、墨西哥?").named_series != ()


def test_how_a_speech_is_laid_out_asks_its_parts() -> None:
    assert _parsed("沙雅那篇讲话是怎么谋篇的?").asks_summary
    assert _parsed("沙雅那篇讲话怎么谋篇的?分成几个部分,每部分讲什么?").asks_summary


def test_what_falls_short_asked_where_it_lies_asks_no_place() -> None:
    assert Need.PLACE not in needs("这项活动做得不够的地方究竟在哪里?")
    assert Need.PLACE in needs("这项活动究竟在哪里搞的?")


def test_the_parts_a_speech_is_laid_out_by_ask_its_summary() -> None:
    assert _parsed("区委那次会上的讲话,主体内容按哪几个部分展开?").asks_summary


def test_how_a_speech_ends_and_its_end_reached_are_its_close() -> None:
    assert _parsed("篇八最后是怎么收的?").position == "closing"
    assert _parsed("沙雅那篇讲话到最后提了什么要求?").position == "closing"
    assert _parsed("沙雅那篇讲话最后一部分提了什么要求?").position != "closing"


def test_a_speech_the_question_names_before_it_is_what_it_asks_about() -> None:
    assert _parsed("那篇一讲话只有一段话,它讲了什么?").asks_summary
    assert not _parsed("它讲了什么?").asks_summary


def test_how_a_speech_is_framed_asks_its_parts() -> None:
    assert _parsed("篇五的讲话,大的结构是如何安排的?").asks_summary
    assert not _parsed("党员队伍大的结构是如何安排的?").asks_summary


def test_handling_well_in_everyday_words_searches_what_the_speeches_handle() -> None:
    assert "处理" in colloquial_expansions("这几对关系要拿捏好")


def test_what_a_speech_means_to_say_asks_its_summary() -> None:
    assert _parsed("篇三想说明什么?").asks_summary
    assert _parsed("第三篇就这么几句话,它想表达什么?").asks_summary
    assert not _parsed("篇三对选派干部想说明什么?").asks_summary


def test_weighing_things_together_in_everyday_words_searches_what_the_speeches_coordinate(
        ) -> None:
    assert "统筹" in colloquial_expansions("哪几方面要通盘考虑?")


def test_an_item_asked_after_a_long_description_of_its_part_is_that_parts_item() -> None:
    assert item_of_part("篇七第三部分讲加强领导和统筹兼顾的重要性,第二条讲的是什么?") == 2


def test_wishing_to_get_a_speech_straight_asks_nothing_of_its_own() -> None:
    assert _parsed("想捋一下篇五的结构:一共分几大块?").asks_summary


def test_why_a_meeting_was_held_asks_what_it_is_for() -> None:
    assert _parsed("攀枝花为什么要召开这次会?").asks_meeting_task
    assert _parsed("京口开的这次会,说白了是为了干什么?").asks_meeting_task


def test_two_things_changing_together_said_the_other_way_round_compare_no_quantities() -> None:
    assert not compares("Which cities does it say do better the lower down one looks?")
    assert compares("Which township has more Party members?")


def test_helping_each_other_in_everyday_words_searches_pairing_and_support() -> None:
    assert "帮扶" in colloquial_expansions("城乡党组织怎么互相帮衬?")


def test_a_speech_named_by_its_place_in_the_order_is_that_speech() -> None:
    assert _parsed("排在第三的那篇讲话讲了什么?").speech == 3
    assert _parsed("打头的那篇讲话讲了什么?").speech == 1


def test_what_a_meeting_was_held_for_asked_plainly_asks_its_task() -> None:
    assert _parsed("篇五那次会说白了是开来干什么的?").asks_meeting_task


def test_the_other_teams_counted_after_one_ask_the_rest() -> None:
    assert _parsed("那另外三支呢?", follow_up=True, history=("五支队伍里第一支是什么?",)).asks_rest


def test_where_something_falls_short_asks_no_place() -> None:
    assert Need.PLACE not in needs("这项工作做得不够好,主要差在哪儿?")
    assert Need.PLACE in needs("这项工作主要在哪儿开展?")


def test_a_meeting_named_with_one_word_of_its_name_left_out_names_its_speech() -> None:
    occasions = {4: "现场经验交流会", 5: "基层组织建设工作会议", 6: "农村基层组织建设工作现场会议",
                 7: "农村基层党建暨“三项活动”工作推进会", 8: "产业园区和农村基层党建工作会"}
    assert occasion_named("那个市开现场交流会时讲到了哪些经验?", occasions) == (4, "现场交流会")
    assert occasion_named("区委那次基层组织工作会上强调了什么?", occasions) == (5, "基层组织工作会")
    # (a longer gap is another meeting: the national one 篇八 tells of)
    assert occasion_named("全国产业园区党建工作会议提出了什么?", occasions) is None
    q = parse_query("那个市开现场交流会时,讲到村干部的待遇有哪些提高?", speeches=range(1, 9),
                    translator=_no_translator, occasions=occasions)
    assert q.occasion_speech == 4 and "交流会" not in q.embedded_text


def test_a_speech_named_by_its_work_meeting_still_asks_its_parts() -> None:
    occasions = {4: "现场经验交流会", 5: "基层组织建设工作会议"}
    for text in ("区委那次基层组织工作会上的讲话,一共分了几大块?",
                 "市委那次现场交流会上的讲话,主要讲了些什么?"):
        q = parse_query(text, speeches=range(1, 9), translator=_no_translator,
                        occasions=occasions)
        assert q.occasion_speech is not None and q.asks_summary, text


def test_what_holding_this_meeting_was_for_asks_its_task() -> None:
    assert _parsed("那个县这次开会主要是为了什么?").asks_meeting_task
    assert _parsed("沙雅那边这次开会,究竟想达到什么目的?").asks_meeting_task
    assert not _parsed("沙雅那边开会前,村干部要达到什么标准?").asks_meeting_task


def test_how_a_figure_compares_said_in_the_third_person_asks_which_way() -> None:
    assert needs("How does the Shaya speech say the county's share of young cadres compares "
                 "to the region's?") == ()
    assert needs("What does the Shaya speech say the county's share of young cadres is?"
                 ) == (Need.NUMBER,)


def test_the_last_block_of_a_speech_is_its_last_part() -> None:
    for text in ("篇五最后那一块讲了哪些要求?", "篇三压轴的那一块提了哪几条?"):
        q = _parsed(text)
        assert q.asks_summary and q.ordinal == LAST, text


def test_a_speech_described_in_brackets_asks_nothing_of_what_describes_it() -> None:
    q = _parsed("安徽那篇(头天大家去淮北市看过村部的)要求各地建好哪几支队伍?")
    assert "淮北市" not in q.places and "村部" not in q.words, q.words
    assert "队伍" in q.words


def test_shortcomings_asked_in_everyday_or_plain_words() -> None:
    for text in ("这项活动上半年暴露出什么问题?", "耒阳眼下农村党建主要有哪几方面毛病?",
                 "那篇讲话说的不足有哪些?", "What shortcomings does the Shaya speech admit to?"):
        assert _parsed(text).asks_failings, text
    assert not _parsed("这项活动上半年取得了哪些成效?").asks_failings
    # (one thing's, or the problem a rule is for)
    assert not _parsed("村干部光送钱送物,这么干有啥毛病?").asks_failings
    assert not _parsed("这项制度是针对哪些问题出台的?").asks_failings


def test_where_a_speech_comes_to_rest_asks_no_place() -> None:
    assert Need.PLACE not in needs("篇三收尾那段最终落脚在哪里?")
    assert Need.PLACE in needs("篇三说的那个现场会在哪里开的?")


def test_the_parts_a_speech_is_arranged_in_ask_its_outline() -> None:
    assert _parsed("篇八这篇讲话是按哪几个部分来安排的?").asks_summary


def test_a_meeting_named_without_its_work_word_names_the_speech_whose_name_it_shortens(
) -> None:
    occasions = {4: "现场经验交流会", 5: "基层组织建设工作会议", 6: "农村基层组织建设工作现场会议",
                 7: "农村基层党建暨“三项活动”工作推进会", 8: "产业园区和农村基层党建工作会"}
    # (its pairs are 篇五's and 篇六's alike; 篇五's name it is, with "工作" left out)
    assert occasion_named("京口开基层组织建设会时提了哪些目标?", occasions) == (5, "基层组织建设会")
    q = parse_query("区里开基层组织建设会那次的讲话,一共分成几块?", speeches=range(1, 9),
                    translator=_no_translator, occasions=occasions)
    assert q.occasion_speech == 5 and q.asks_summary


def test_a_speech_called_a_few_short_lines_asks_what_it_says_as_a_whole() -> None:
    assert _parsed("篇一就短短几句话,它到底说了什么?").asks_summary


def test_what_a_part_is_built_around_asks_that_part() -> None:
    q = _parsed("篇六第二部分是围绕什么展开的?")
    assert q.asks_summary and q.part_number == 2


def test_a_number_joined_to_a_word_names_a_kind_not_how_many_are_asked() -> None:
    assert items_asked("two-committee members trained count") is None
    assert items_asked("five-good branches awarded") is None
    assert items_asked("the five measures for village cadres") == 5


def test_a_string_of_short_words_asked_for_is_the_speechs_own_wording() -> None:
    assert _parsed("讲话拿一串短语形容过理想的支部,都有哪些?").asks_wording
    assert _parsed("篇五用了哪几个词来概括目标?").asks_wording
    # (a string of measures is a list, not words)
    assert not _parsed("沙雅那篇列了一串措施,头一条是什么?").asks_wording


def test_a_comparison_with_the_last_round_names_no_year_of_it() -> None:
    assert "上届" not in _parsed("新一届两委跟上一届比平均年龄小了几岁?").years
    assert "上届" in _parsed("上一届换届时精简了多少人?").years


def test_a_speech_described_by_what_it_opens_with_is_not_the_first_speech() -> None:
    text = "那篇一开头就引“起于垒土”的市里讲话,收尾号召了什么?"
    assert speech_mentioned(text, range(1, 9)) is None
    assert "起于垒土" in speech_described(text)
    assert speech_mentioned("那篇一开头讲了什么?", range(1, 9)) == 1


def test_a_speech_named_by_a_province_wide_meeting_is_the_provincial_one() -> None:
    levels = {2: "市", 3: "省", 5: "区", 6: "县"}
    named = speech_by_level("全省农村党建会那篇,最后提了啥要求?", levels)
    assert named == (3, "全省农村党建会那篇")


def test_what_someone_failed_on_asks_no_place() -> None:
    assert Need.PLACE not in needs("那些丢了政权的老党是栽在哪儿?")
    assert Need.PLACE in needs("那个党支部建在哪儿?")


def test_a_part_counted_by_its_block_and_asked_its_theme_asks_that_part() -> None:
    q = _parsed("篇四一共分成几块?最后一块讲的主题是什么?")
    assert q.asks_summary and q.ordinal == LAST


def test_what_a_speech_says_right_at_the_outset_is_its_opening() -> None:
    assert position_in_speech("篇五一上来讲了什么形势?") == "opening"


def test_a_drafts_skeleton_asks_how_the_speech_is_organised() -> None:
    assert _parsed("篇四那篇稿子,骨架是怎么搭的?").asks_summary


def test_setting_things_straight_searches_the_speeches_handling_well() -> None:
    assert "处理好" in colloquial_expansions("摆平")


def test_a_wish_to_tell_others_of_a_speech_asks_nothing_of_its_own() -> None:
    assert _parsed("我打算给新来的同事介绍一下篇四的框架,一共分几块,每块讲啥?").asks_summary


def test_what_a_speech_of_a_few_lines_means_to_say_asks_what_it_says_as_a_whole() -> None:
    assert _parsed("篇一就几句话,它想说明个啥?").asks_summary
    assert _parsed("篇一那篇,总共就一段话,它想表达个啥?").asks_summary


def test_the_body_after_the_opening_remarks_asked_in_parts_is_the_speechs_parts() -> None:
    assert _parsed("篇五开场白之后,正文分哪几部分?").asks_summary
