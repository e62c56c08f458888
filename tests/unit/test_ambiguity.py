"""Names with two meanings, and places standing for their state (issue 4, "ambiguity")."""

from __future__ import annotations

import pytest

from pipeline import resources
from pipeline.entities import tag_entities


def names(text: str, language: str = "en") -> list[str]:
    return [e.name for e in tag_entities("", text, resources.gazetteer(), language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The company moved to Atlanta, Georgia last year.", "en"),
        ("Voters in the state of Georgia went to the polls.", "en"),
        ("Der Gouverneur des Bundesstaates Georgia sprach.", "de"),
        ("Les électeurs de l'État américain de Géorgie ont voté.", "fr"),
        ("Georgia State won the game.", "en"),
    ],
)
def test_georgia_the_us_state_is_not_the_country(text, language):
    assert "Georgia" not in names(text, language)


def test_georgia_the_country_is_still_found():
    assert names("Georgia and Armenia signed the accord in Tbilisi.") == ["Georgia", "Armenia", "Tbilisi"]


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Niamey lies on the banks of the River Niger.", "en", "Niger"),
        ("Am Ufer des Flusses Niger feierten sie.", "de", "Niger"),
        ("Pilgrims were baptised in the Jordan River.", "en", "Jordan"),
        ("Fans cheered Michael Jordan at the gala.", "en", "Jordan"),
        ("They served chicken Kiev at the gala.", "en", "Kyiv"),
        ("Le missile est tombé en mer du Japon.", "fr", "Japan"),
        ("北朝鮮は日本海に弾道ミサイルを発射した。", "ja", "Japan"),
        ("모든 수단으로 지원하기로 했다.", "ko", "Sudan"),
        ("조선업 수주가 늘었다.", "ko", "North Korea"),  # shipbuilding, not the North's self-name
        ("Officials from Washington state met in Seattle.", "en", "Washington, D.C."),
        ("The Washington Post reported the talks.", "en", "Washington, D.C."),
    ],
)
def test_other_senses_of_a_name_are_not_reported(text, language, absent):
    assert absent not in names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Turkey and Türkiye are one country; Turkiye too.", "en"), ("La Turquie a répondu.", "fr")],
)
def test_turkey_and_turkiye_are_one_identity(text, language):
    found = names(text, language)
    assert found and set(found) == {"Turkey"}


def test_lower_case_turkey_is_the_bird():
    assert names("We ate turkey at the embassy.") == []


def government(text: str, language: str) -> dict[str, bool]:
    return {e.text: e.government for e in tag_entities("", text, resources.gazetteer(), language)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Moscow dismissed the criticism; the talks were held in Moscow.", "en", None),
        ("Moscow and Beijing rejected the plan at a meeting in Seoul.", "en",
         {"Moscow": True, "Beijing": True, "Seoul": False}),
        ("Sanctions against Pyongyang stay; diplomats in Pyongyang say little.", "en", None),
        ("Pékin a dénoncé la visite, selon des diplomates à Pékin.", "fr", None),
        ("Москва заявила о переговорах в Москве.", "ru", {"Москва": True, "Москве": False}),
        ("Russia's envoy arrived in Kyiv.", "en", {"Russia": True, "Kyiv": False}),
        ("قالت روسيا إن المحادثات في موسكو انتهت.", "ar", {"روسيا": True, "موسكو": False}),
        ("북한은 평양에서 열병식을 했다.", "ko", {"북한": True, "평양": False}),
        ("وقعت الأردن اتفاقية مع العراق قرب الحدود مع سوريا.", "ar", {"الأردن": True, "العراق": True, "سوريا": False}),
        ("الدوحة وأنقرة تمددان الاتفاقية.", "ar", {"الدوحة": True, "وأنقرة": True}),
        ("Brasil e Angola assinam um acordo em Luanda.", "pt", {"Brasil": True, "Angola": True, "Luanda": False}),
        ("België en Roemenië sluiten een akkoord; de top was in Boekarest.", "nl",
         {"België": True, "Roemenië": True, "Boekarest": False}),
        ("Türkiye ile Irak arasında anlaşma imzalandı, tören Ankara'da yapıldı.", "tr",
         {"Türkiye": True, "Irak": True, "Ankara": False}),
        ("Bakü açıkladı: Ankara'yla görüşme İstanbul'da olacak; Brezilya'nın takımı kazandı.", "tr",
         {"Bakü": True, "Ankara": True, "İstanbul": False, "Brezilya": False}),
    ],
)
def test_a_place_standing_for_its_state_is_marked(text, language, expected):
    found = government(text, language)
    if expected is None:  # the same name twice: first as the state, then as the place
        entities = tag_entities("", text, resources.gazetteer(), language)
        assert [e.government for e in entities] == [True, False]
    else:
        assert found == expected


def test_only_countries_and_capitals_stand_for_a_state():
    text = "Kharkiv said nothing; Ukraine said more."
    found = {e.name: e for e in tag_entities("", text, resources.gazetteer(), "en")}
    assert found["Kharkiv"].government is False
    assert found["Ukraine"].government is True
    assert found["Kharkiv"].country == found["Ukraine"].id == "Q212"
