from __future__ import annotations

import tracemalloc

import pytest

from pipeline import resources
from pipeline.entities import tag_entities
from pipeline.folding import fold

NORTH_KOREA, RUSSIA = "Q423", "Q159"

# Each phrase names North Korea; written for this test in the script a reader of that language uses.
NORTH_KOREA_NAMES = [
    "La Corée du Nord a signé",
    "North Korea signed",
    "Nordkorea hat unterzeichnet",
    "Corea del Norte firmó",
    "КНДР подписала",
    "Северная Корея подписала",
    "Північна Корея підписала",
    "북한은 서명했다",
    "朝鲜签署了",
    "وقعت كوريا الشمالية",
]


@pytest.mark.parametrize("text", NORTH_KOREA_NAMES)
def test_north_korea_has_one_identity_in_every_language(text):
    found = tag_entities("", text, resources.gazetteer())
    assert [(e.id, e.name, e.label) for e in found] == [(NORTH_KOREA, "North Korea", "LOC")]
    entity = found[0]
    assert text[entity.start : entity.end] == entity.text


def test_seed_entities_include_russia_and_north_korea_in_both_fields(stages, seed_article):
    enriched, _ = stages.enrich(seed_article, now=seed_article.fetched_at)
    ids = {(e.id, e.field) for e in enriched.entities}
    assert (NORTH_KOREA, "body") in ids
    assert (RUSSIA, "body") in ids
    for entity in enriched.entities:
        text = enriched.title if entity.field == "title" else enriched.body
        assert text[entity.start : entity.end] == entity.text


def test_curated_people_and_organisations_are_linked():
    text = "Vladimir Poutine a reçu Kim Jong-un ; l'OTAN s'inquiète."
    found = {(e.name, e.label, e.id) for e in tag_entities("", text, resources.gazetteer())}
    assert found == {("Vladimir Putin", "PER", "Q7747"), ("Kim Jong Un", "PER", "Q56226"), ("NATO", "ORG", "Q7184")}


@pytest.mark.parametrize(
    "text",
    [
        "mali grad je blizu",  # Croatian "small town": not Mali
        "they told us the truth",  # "us" is not the United States
        "Russians and Koreans",  # adjectives and demonyms are not the countries
        "Prussia",  # a name inside a longer word
    ],
)
def test_no_mention_where_there_is_none(text):
    assert tag_entities("", text, resources.gazetteer()) == []


def test_folding_keeps_offsets_even_where_lowercasing_changes_length():
    text = "İSTANBUL and Türkiye"  # "İ".lower() is two code points
    assert len(fold(text)) == len(text)
    found = tag_entities("", text, resources.gazetteer())
    assert [(e.text, e.name) for e in found] == [("İSTANBUL", "Istanbul"), ("Türkiye", "Turkey")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Делегация прибыла в Пхеньяне, а затем встретилась с Россией", "ru", ["Пхеньяне", "Россией"]),
        ("Переговоры Украины и Северной Кореи", "ru", ["Украины", "Северной Кореи"]),
        ("Зустріч у Києві з Росією", "uk", ["Києві", "Росією"]),
        ("Rozmowy Rosji i Ukrainy z Koreą Północną", "pl", ["Rosji", "Ukrainy", "Koreą Północną"]),
        ("Russlands Angriff auf die Ukraine", "de", ["Russlands", "Ukraine"]),
        ("اجتماع بين كوريا الشمالية وروسيا بشأن أوكرانيا", "ar", ["كوريا الشمالية", "وروسيا", "أوكرانيا"]),
        ("북한은 러시아와 협력했다", "ko", ["북한", "러시아"]),
        ("Le soutien de l'OTAN à l'Iran et d'Ukraine", "fr", ["OTAN", "Iran", "Ukraine"]),
    ],
)
def test_inflected_elided_prefixed_and_particled_forms_are_found(text, language, expected):
    assert [e.text for e in tag_entities("", text, resources.gazetteer(), language)] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Israeli and Omani officials met Iranian diplomats", "en"),  # adjectives, not the countries
        ("Россиянин и российский", "ru"),  # a Russian person and the adjective
        ("Prussia and Russians", "en"),
        ("Iranu", "en"),  # a Polish case ending means nothing in English
    ],
)
def test_endings_and_other_languages_names_do_not_overreach(text, language):
    assert tag_entities("", text, resources.gazetteer(), language) == []


@pytest.mark.parametrize(
    "text",
    [
        "oman" * 250_000,  # a 1 MB single token made of a country's name
        "Russia" + "x" * 1_000_000,
        " ".join(["Alpha"] * 100_000),  # 100k capitalised words
        "Rus\u200bsia and Ukr\u200daine",  # zero-width characters inside names
        "Россия Russia 俄罗斯 روسيا" * 10_000,  # mixed scripts
    ],
)
def test_pathological_text_completes_in_bounded_memory(text):
    gazetteer = resources.gazetteer()
    tracemalloc.start()
    try:
        found = tag_entities("", text, gazetteer, "en")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(found) <= len(text)
    assert all(text[e.start : e.end] == e.text for e in found[:100])
    # Matching works window by window: what it holds does not grow with the text, only the entities
    # it returns do (the mixed-script case returns 20,000 of them, ~30 MB).
    assert peak < 8_000_000 + 2_000 * len(found)


def test_zero_width_characters_do_not_glue_a_name_to_a_word():
    found = tag_entities("", "Russia\u200b and \u2060Ukraine", resources.gazetteer(), "en")
    assert [e.text for e in found] == ["Russia", "Ukraine"]
