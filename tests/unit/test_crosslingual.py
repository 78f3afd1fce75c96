"""English questions → Chinese search terms and corpus coverage (CC-CEDICT, pinyin names)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from askspeech.retrieval import crosslingual
from askspeech.retrieval.crosslingual import Translator, dictionary_name, people


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(["基层", "干部", "耒阳", "金山", "实施", "工程"])


def test_names_and_words_become_corpus_terms(translator: Translator) -> None:
    terms = translator.terms("Which projects did Leiyang implement for grassroots cadres?")
    assert {"耒阳", "实施", "工程", "基层", "干部"} <= set(terms)


def test_coverage_counts_only_close_translations(translator: Translator) -> None:
    assert translator.coverage("Grassroots cadres in Leiyang's projects") == 1.0
    # 金山 is glossed "Jinshan district of Shanghai": a word of a gloss is no translation
    assert "金山" in translator.terms("weather in Shanghai")
    assert translator.coverage("What's the weather in Shanghai?") == 0.0


def test_a_code_the_speeches_use_counts_as_covered_in_a_keyword_query() -> None:
    translator = Translator(["基层", "干部", "81145"])
    assert translator.coverage("81145 cadres") == 1.0
    assert translator.coverage("90210 cadres") == 0.5  # a code they never use is not theirs


def test_a_code_the_speeches_quote_is_quoted_in_an_english_question() -> None:
    # the speeches' quoted terms may come as a one-pass iterator (read once, kept)
    translator = Translator(["基层", "干部", "81145", "2356"], iter(["81145", "三个先"]))
    assert translator.quoted_codes("What does 81145 mean?") == ["81145"]
    assert translator.is_coined("三个先")
    # a figure they write but never quote is no term of theirs
    assert translator.quoted_codes("2356 members") == []


def test_british_spellings_find_the_dictionarys_american_ones() -> None:
    translator = Translator(["组织", "中心", "劳动"])
    # of a plural or a derived word too ("organisations": the plural's lemma, then American)
    for british, american in (("organisation", "organization"), ("centres", "centers"),
                              ("labour", "labor"), ("organisations", "organizations")):
        assert translator.terms(british) == translator.terms(american) != [], british
        assert translator.coverage(british) == 1.0, british


def test_a_name_written_in_two_words_is_found_whole() -> None:
    translator = Translator(["王金山", "金山", "村庄"])
    assert translator.names("Which village did Wang Jinshan visit?") == ["王金山"]
    assert translator.names("Jinshan and Wang") == ["金山"]  # words of no one name stay apart


def test_names_run_together_in_a_keyword_query_are_found_each_whole() -> None:
    translator = Translator(["李源潮", "源潮", "攀枝花"])
    assert translator.names("Li Yuanchao Panzhihua park instruction") == ["李源潮", "攀枝花"]


def test_a_full_chinese_name_is_a_person_and_a_place_name_is_not() -> None:
    translator = Translator(["李源潮", "攀枝花", "胡锦涛"])
    def persons(question: str) -> list[str]:
        return people(translator.names(question))

    assert persons("What did Li Yuanchao say in the Panzhihua speech?") == ["李源潮"]
    assert persons("Hu Jintao on grassroots cadres") == ["胡锦涛"]
    assert persons("Panzhihua industrial parks") == []


def test_someone_the_dictionary_names_and_the_speeches_never_do_is_an_unknown_name() -> None:
    translator = Translator(["党建", "时代"])
    assert translator.unknown_names("In speech 2, which saying of Lu Xun is quoted?") == [
        "Lu Xun"]
    # (a name the speeches do use is known, though the dictionary has it too)
    assert Translator(["鲁迅", "时代"]).unknown_names("Which saying of Lu Xun is quoted?") == []
    # a reply's opening word is no name
    assert translator.unknown_names("Okay, the last group - what's wrong with it?") == []


@pytest.fixture(scope="module")
def coining() -> Translator:
    return Translator([], coined=["三个先", "一诺双评", "三项活动", "两新", "五小", "四个一票否决",
                                  "四室两场", "五大工程", "“不是术语”"])


@pytest.mark.parametrize(("question", "terms"), [
    ("Jingkou three firsts for cadres", ["三个先"]),
    ("one promise two evaluations system Anhui", ["一诺双评"]),
    ("speech 7 three activities", ["三项活动"]),
    ("Shaya four one-vote veto items", ["四个一票否决"]),
    # the term spanning most numbers wins over one of its parts
    ("Under Shaya's four rooms and two fields standard", ["四室两场"]),
    # 大 is counted with its number, as 个 is, and its word may stand ("five major projects")
    ("Who praised the county's 'five major projects'?", ["五大工程"]),
    ("the five projects of the county", ["五大工程"]),
])
def test_an_english_phrase_names_a_counted_term_the_speeches_coined(
        coining: Translator, question: str, terms: list[str]) -> None:
    assert coining.coined(question) == terms


def test_a_negation_and_a_gloss_after_a_semicolon_name_a_coined_term() -> None:
    # 批准 is "to approve; to ratify"; "no" is 不
    assert Translator([], coined=["六个不批"]).coined("the six 'no approval' rules") == [
        "六个不批"]


@pytest.mark.parametrize(("question", "terms"), [
    ("mentoring pairs formed over two years", []),  # "New Year" makes no 新 of "year"
    ("the first three points", []),  # a number with nothing it names after it
    # each number names only what follows it: no 三个先 from "three … five small"
    ("three activities and five small groups", ["三项活动", "五小"]),
])
def test_a_number_names_only_a_term_whose_other_characters_follow_it(
        coining: Translator, question: str, terms: list[str]) -> None:
    assert coining.coined(question) == terms


def test_a_place_the_dictionary_knows_is_not_a_corpus_word_that_reads_the_same() -> None:
    translator = Translator(["习常", "小岗", "马克思主义", "耒阳"])
    # 西昌 is Xichang; the 习常 of 学习常态化 only reads so. 小岗 shares a character with the
    # dictionary's 小港: it is the name asked about
    assert translator.unknown_names("What model do industrial parks in Xichang use?") == [
        "Xichang"]
    assert translator.unknown_names("What did Wang do in Xiaogang and Leiyang?") == []
    assert translator.unknown_names("Which Marx quote is in speech 5?") == []
    assert translator.unknown_names("How many were graded in April in Leiyang?") == []
    # 启动 ("start") reads as Qidong and shares a character with 启东, but is an everyday word
    everyday = Translator(["启动", "小岗"])
    assert everyday.unknown_names("Qidong county village elections") == ["Qidong"]
    assert everyday.unknown_names("Xiaogang village reform") == []


def test_the_dictionary_tables_are_derived_once_and_read_back_while_current(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASKSPEECH_CACHE_DIR", str(tmp_path))
    path, key = crosslingual.tables_location()
    assert path.parent == tmp_path
    crosslingual._tables.cache_clear()
    try:
        derived = crosslingual._tables()
        assert path.is_file()
        crosslingual._tables.cache_clear()
        assert crosslingual._tables() == derived  # read back
        # a file for another dictionary or table version is derived again, not trusted
        with path.open("wb") as fh:
            pickle.dump(("stale", ((), None, {})), fh)
        crosslingual._tables.cache_clear()
        assert crosslingual._tables()[0] == derived[0]
        with path.open("rb") as fh:
            assert pickle.load(fh)[0] == key
    finally:
        crosslingual._tables.cache_clear()


def test_what_an_index_vocabulary_makes_of_the_dictionary_is_kept_per_vocabulary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASKSPEECH_CACHE_DIR", str(tmp_path))
    first = Translator(["沙雅", "干部"])
    (stored,) = tmp_path.glob("cedict-vocabulary-*.pickle")
    assert first.names("Shaya cadres") == ["沙雅"]
    with stored.open("rb") as fh:
        key, _ = pickle.load(fh)
    assert Translator(["干部", "沙雅"]).terms("Shaya cadres") == first.terms("Shaya cadres")
    with stored.open("rb") as fh:
        assert pickle.load(fh)[0] == key  # the same words: read back, not derived again
    # another index's words are derived afresh, into a file of their own
    assert Translator(["耒阳"]).names("Shaya cadres") == []
    assert Translator(["耒阳"]).names("Leiyang") == ["耒阳"]
    assert len(list(tmp_path.glob("cedict-vocabulary-*.pickle"))) == 2 and stored.is_file()


def test_a_persons_surname_finds_the_name_the_dictionary_writes_in_full() -> None:
    # CC-CEDICT: 列宁 "Vladimir Ilyich Lenin (1870-1924), …"
    translator = Translator(["列宁", "党员"])
    assert "列宁" in translator.terms("Lenin quote speech 5")
    assert translator.coverage("Lenin quote speech 5") == 1.0  # "quote" asks, it is no content
    # a capitalised English word is no name ("Party" opens "Party Central Committee" too)
    assert Translator(["党中央"]).names("Party members") == []


def test_an_adjective_or_a_noun_finds_the_word_the_dictionary_defines() -> None:
    translator = Translator(["组织", "装修", "标准"])
    for word, chinese in (("organizational", "组织"), ("renovation", "装修"),
                          ("criteria", "标准")):
        assert chinese in translator.terms(word), word


def test_a_plural_finds_its_singulars_close_word_before_a_longer_glosss_one() -> None:
    # "exams" itself is only a word of 高发's long gloss; "exam" is 考试's own definition
    translator = Translator(["考试", "高发"])
    assert translator.terms("exams")[0] == "考试"
    assert "高发" not in translator.terms("exams")


def test_the_dictionary_gives_the_places_a_place_lies_in_but_not_its_capital() -> None:
    # the city by its headword, the province by its English name ("…, Jiangsu")
    assert crosslingual.containing_places("京口区") == ["镇江市", "江苏"]
    assert crosslingual.containing_places("耒阳市") == ["衡阳", "湖南"]
    assert crosslingual.containing_places("攀枝花市") == ["四川"]  # "… in south Sichuan"
    assert crosslingual.containing_places("沙雅县") == ["阿克苏地区", "新疆"]  # "west Xinjiang"
    assert crosslingual.containing_places("安徽省") == []  # "…, capital Hefei 合肥"


def test_the_partys_english_acronym_is_no_unknown_name() -> None:
    # CC-CEDICT writes "CCP"; the Party's own English acronym is "CPC"
    t = Translator(["安徽"])
    assert t.unknown_names("Which opinions did the CPC Central Committee forward?") == []


def test_a_coined_term_may_take_three_words_each_glossing_a_character() -> None:
    t = Translator([], coined=["五星党员", "三项制度"])
    assert t.coined("speech 7 five-star Party member campaigns") == ["五星党员"]
    # "joint" glosses neither 制 nor 度: "three-level joint creation" is no 三项制度
    assert t.coined("the three-level joint creation activity") == []


def test_a_run_of_words_a_definition_gives_whole_finds_its_word() -> None:
    t = Translator(["年终", "党员", "上半年"])
    assert "年终" in t.terms("what should they do at the end of the year")
    assert "党员" in t.terms("migrant party members")
    assert "上半年" not in t.terms("the year's end")  # no run of its definition's words


def test_the_places_the_speeches_places_lie_in_are_asked_of_the_dictionary_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASKSPEECH_CACHE_DIR", str(tmp_path))
    assert crosslingual.places_containing(["京口区", "耒阳市"]) == {
        "京口区": ["镇江市", "江苏"], "耒阳市": ["衡阳", "湖南"]}

    def no_dictionary(place: str) -> list[str]:
        raise AssertionError("read back from the cache folder, not asked again")

    monkeypatch.setattr(crosslingual, "containing_places", no_dictionary)
    assert crosslingual.places_containing(["耒阳市", "京口区"])["京口区"] == ["镇江市", "江苏"]


def test_the_dictionary_tells_a_foreign_name_from_words_jieba_tags_as_names() -> None:
    assert dictionary_name("斯大林") and dictionary_name("列宁")
    assert not dictionary_name("老一套") and not dictionary_name("盖起来")


def test_the_official_english_of_party_building_finds_the_speeches_words() -> None:
    translator = Translator(["一线", "歇职", "先进性", "承诺", "议事", "协商", "不足", "短板",
                             "重点", "聚焦", "基础", "基地", "保证", "拆迁", "征用", "申报"])
    for english, chinese in (("frontline role", "一线"), ("suspended from duty", "歇职"),
                             ("vanguard nature", "先进性"), ("one pledge", "承诺"),
                             ("consultation rules", "议事"), ("shortcomings", "不足"),
                             ("the focus", "重点"), ("the base", "基础"),
                             ("demolitions", "拆迁"), ("land acquisition", "征用"),
                             ("applicants", "申报")):
        assert chinese in translator.terms(english), english
    # a word the glossary gives means its terms, not the dictionary's other senses
    assert translator.terms("pledge") == ["承诺"]


def test_party_building_terms_the_dictionary_lacks_come_from_the_glossary() -> None:
    translator = Translator(["村规民约", "村官", "组织部", "规则"])
    assert "村规民约" in translator.terms("village rules and regulations Panzhihua requirements")
    assert "村官" in translator.terms("college-graduate village officials")
    assert "组织部" in translator.terms("the organisation department people")


def test_a_word_the_glossary_gives_whole_means_its_term_not_the_dictionarys_other_senses(
) -> None:
    # CC-CEDICT's "money" is 信贷, 举债, 开支; the speeches' is 资金 and 经费
    translator = Translator(["资金", "经费", "信贷", "举债", "开支", "表彰", "授予"])
    assert translator.terms("money") == ["资金", "经费"]
    assert translator.terms("award") == ["表彰"]
    assert translator.coverage("money award") == 1.0
    # parties that rule are the speeches' 执政 政党, not a court's 规则 or a dispute's 各方
    ruling = Translator(["执政", "政党", "规则", "各方"])
    assert ruling.terms("long-ruling parties") == ["执政", "政党"]
    # one of one character (镇) is no search word: "town" finds none of 城市, 小城, 进城
    assert Translator(["城市", "小城", "进城"]).terms("Yongji town") == []


def test_words_too_general_to_search_for_count_as_understood_but_find_nothing() -> None:
    translator = Translator(["远程", "不久", "只要", "持续", "密切"])
    assert translator.terms("How long will it last until the closing?") == []
    assert translator.coverage("How long will it last?") == 1.0


def test_a_glossary_term_the_vocabulary_holds_in_pieces_is_found_as_those_pieces() -> None:
    translator = Translator(["流动", "党员", "选派", "干部"])
    assert {"流动", "党员"} <= set(translator.terms("migrant Party members goal"))
    assert {"选派", "干部"} <= set(translator.terms("Anhui dispatched cadres"))


def test_an_acronym_after_a_name_of_theirs_is_that_places_body_not_an_unknown_name() -> None:
    translator = Translator(["墨西哥", "执政"])
    assert translator.unknown_names("Why did Mexico's PRI lose power?") == []
    assert translator.unknown_names("Mexico PRI years in power") == []  # keyword style
    assert translator.unknown_names("Why did the PRI lose power?") == ["PRI"]


def test_the_speeches_words_for_teams_a_compound_and_mushrooms_come_from_the_glossary() -> None:
    translator = Translator(["五支", "队伍", "院落", "菇业", "团队"])
    assert {"五支", "队伍"} <= set(translator.terms("Which five teams does Anhui build?"))
    assert "院落" in translator.terms("old compound around the village office")
    assert "菇业" in translator.terms("mushroom industry")


def test_an_irregular_past_form_finds_what_its_verb_does() -> None:
    translator = Translator(["待遇", "借鉴"])
    for past, verb in (("paid", "pay"), ("drawn", "draw")):
        assert translator.terms(past) == translator.terms(verb) != [], past


def test_an_irregular_plural_finds_what_its_singular_does() -> None:
    translator = Translator(["女性", "儿童"])
    assert "女性" in translator.terms("women cadres")
    assert translator.terms("women") == translator.terms("woman") != []


def test_a_count_of_ones_is_a_coined_term_of_that_many_ones() -> None:
    translator = Translator(["四个一"], coined=["四个一", "四个一票否决"])
    assert translator.coined("the four ones") == ["四个一"]


def test_the_pair_of_metals_a_city_is_known_for_is_one_term_of_the_glossary() -> None:
    # (jieba splits "钒钛之光" into its metals; the vocabulary holds the pair as the term)
    assert "钒钛" in Translator(["钒钛", "人才"]).terms("vanadium titanium talent")


def test_a_name_is_read_as_the_words_that_sound_like_it_not_pieces_of_longer_ones() -> None:
    # "和非" is what jieba leaves of "和非公有制": it sounds like Hefei but names nothing
    translator = Translator(["合肥", "和非", "基层"])
    assert translator.names("Hefei") == ["合肥"]


def test_solid_rock_is_the_speeches_bedrock() -> None:
    assert "磐石" in Translator(["磐石", "岩石"]).terms('the "solid rock" Party organisation')


def test_a_countrys_adjective_is_the_country_they_name() -> None:
    translator = Translator(["日本", "自民党", "组织"])
    assert "Japanese" not in translator.unknown_names("Japanese LDP founding congress document")
    assert "Peruvian" in Translator(["组织"]).unknown_names("Peruvian party founding congress")


def test_a_british_spelling_is_a_word_the_dictionary_knows() -> None:
    translator = Translator(["纲要", "组织"])
    assert translator.unknown_names("what did its 'Organisational Activity Programme' say") == []


def test_borrowing_a_practice_is_drawing_on_it_as_well_as_a_loan() -> None:
    # "Which townships' practices should be borrowed…": 借鉴, not only CC-CEDICT's 举债
    translator = Translator(["借鉴", "举债", "做法"])
    assert {"借鉴", "举债"} <= set(translator.terms("Which practices should be borrowed?"))
    assert {"借鉴", "举债"} <= set(translator.terms("Should others borrow it?"))


def test_a_corpus_word_written_as_a_places_name_is_the_place_asked() -> None:
    # "亮源乡" in the corpus: "Liangyuan" is 亮源, not the 梁园 the dictionary knows
    question = "What did the mushroom company in Liangyuan township set up?"
    assert Translator(["亮源", "乡"]).unknown_names(question) == ["Liangyuan"]
    named = Translator(["亮源", "乡"], place_words=crosslingual.words_before_places(["在亮源乡的"]))
    assert named.unknown_names(question) == []
    assert "亮源" in crosslingual.words_before_places(["在亮源乡的日森源菇业"])


def test_an_adjective_of_a_country_ending_in_ican_is_that_country() -> None:
    # "Mexican": 墨西哥, which the speeches name
    assert Translator(["墨西哥", "政党"]).unknown_names("Which speech brings up the Mexican party?"
                                                   ) == []
    assert Translator(["政党"]).unknown_names("Which speech brings up the Mexican party?") == [
        "Mexican"]


def test_supervision_in_english_finds_the_speeches_word() -> None:
    translator = Translator(["监督", "监理", "规则"])
    assert translator.terms("public supervision boards")[:1] == ["监督"]


def test_prefecture_level_is_the_speeches_zhou_level() -> None:
    assert "州级" in Translator(["州级", "地委"]).terms("prefectural model branches")
