"""English questions → Chinese search terms and corpus coverage (CC-CEDICT, pinyin names)."""

from __future__ import annotations

import pytest

from askspeech.retrieval.crosslingual import Translator


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


def test_british_spellings_find_the_dictionarys_american_ones() -> None:
    translator = Translator(["组织", "中心", "劳动"])
    for british, american in (("organisation", "organization"), ("centres", "centers"),
                              ("labour", "labor")):
        assert translator.terms(british) == translator.terms(american) != [], british
        assert translator.coverage(british) == 1.0, british


def test_a_name_written_in_two_words_is_found_whole() -> None:
    translator = Translator(["王金山", "金山", "村庄"])
    assert translator.names("Which village did Wang Jinshan visit?") == ["王金山"]
    assert translator.names("Jinshan and Wang") == ["金山"]  # words of no one name stay apart
