"""What each packaged source adds to the gazetteer, and what it must not."""

from __future__ import annotations

import pytest

from pipeline import resources
from pipeline.entities import tag_entities


def found(text: str, language: str = "und") -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.id, e.country) for e in tag_entities("", text, resources.gazetteer(), language)]


def test_cities_come_from_geonames_with_their_country_and_alternate_names():
    assert found("Кабул", "ru") == [("Kabul", "geonames:1138958", "Q889")]
    assert found("Explosions were heard in Kharkiv and Харків.", "en") == [
        ("Kharkiv", "geonames:706483", "Q212"),
        ("Kharkiv", "geonames:706483", "Q212"),
    ]


def test_a_curated_place_gets_the_geonames_names_and_keeps_its_qid():
    assert found("Pjöngjang und P'yŏngyang", "de") == [("Pyongyang", "Q18808", "Q423")] * 2


def test_formal_state_names_come_from_countrynames():
    assert found("Republik Kasachstan", "de")[0][:2] == ("Kazakhstan", "Q232")


@pytest.mark.parametrize(
    "text",
    [
        "He moved to Delaware.",  # countrynames files US states under the US
        "A Russian diplomat spoke.",  # and adjectives under their country
        "The Paris talks ended.",  # and capitals under their country: Paris is a city, not France
    ],
)
def test_countrynames_noise_is_not_taken_for_a_country(text):
    assert all(name not in {"United States", "Russia", "France"} for name, _, _ in found(text, "en"))


def test_a_bigger_city_keeps_a_shared_name():
    assert found("Paris", "en") == [("Paris", "geonames:2988507", "Q142")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("spotkanie z Kim Dzong Unem", "pl", "Kim Dzong Unem"),
        ("rozmowa z Merzem", "pl", "Merzem"),
        ("Merz' Partei", "de", "Merz"),
        ("Putins Rede", "de", "Putins"),
    ],
)
def test_curated_latin_names_decline_in_languages_that_decline_names(text, language, expected):
    entities = tag_entities("", text, resources.gazetteer(), language)
    assert [e.text for e in entities] == [expected]


def test_curated_office_holders_have_verified_ids_or_none():
    gazetteer = resources.gazetteer()
    people = [i for i in gazetteer.identities if i.label == "PER"]
    assert len(people) >= 90
    assert all(i.id is None or (i.id.startswith("Q") and i.id[1:].isdigit()) for i in people)
    assert len({i.name for i in people}) == len(people), "one row per person"
