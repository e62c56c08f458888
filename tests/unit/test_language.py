from __future__ import annotations

import pytest

from pipeline import resources
from pipeline.language import detect_language, language_sample, normalise_hint
from tests.conftest import raw

# Headlines written for this test; the expected language is what a reader of each sees.
LABELLED = [
    ("fr", "La Corée du Nord soutiendra la Russie aussi longtemps qu'il le faudra"),
    ("en", "North Korea will support Russia for as long as it takes, minister says"),
    ("de", "Nordkorea wird Russland so lange unterstützen, wie es nötig ist"),
    ("es", "Corea del Norte apoyará a Rusia todo el tiempo que sea necesario"),
    ("it", "La Corea del Nord sosterrà la Russia per tutto il tempo necessario"),
    ("ru", "КНДР будет поддерживать Россию столько, сколько потребуется"),
    ("uk", "Північна Корея підтримуватиме Росію стільки, скільки буде потрібно"),
    ("pl", "Korea Północna będzie wspierać Rosję tak długo, jak będzie trzeba"),
    ("ar", "كوريا الشمالية ستدعم روسيا طالما كان ذلك ضروريا"),
    ("zh", "朝鲜将在必要时一直支持俄罗斯"),
    ("ja", "北朝鮮は必要な限りロシアを支援すると外相が述べた"),
    ("ko", "북한은 필요한 만큼 러시아를 지원할 것이라고 외무상이 말했다"),
    ("tr", "Kuzey Kore, gerektiği sürece Rusya'yı destekleyecek"),
]


@pytest.mark.parametrize(("code", "title"), LABELLED)
def test_headlines_get_their_language(code, title):
    language = detect_language(title, "", resources.language_detector())
    assert language.code == code
    assert 0.3 <= language.confidence <= 1.0


@pytest.mark.parametrize(
    "title",
    [
        "",
        "   ",
        "12345 678 -- 3.14",
        "https://example.com/a/b?c=d",
        "<p></p>&nbsp;",
        "!!! ??? ...",
        "🙂🔥🚀 👍👍",
        "aaaaaaaaaaaaaaaaaaaaaaaa",
        "ハハハハハハハ",
        "\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd",  # invalid UTF-8 that slipped through as replacement characters
    ],
)
def test_nothing_to_judge_is_undetermined(title):
    language = detect_language(title, "", resources.language_detector())
    assert (language.code, language.confidence) == ("und", 0.0)


def test_sample_strips_markup_urls_and_addresses_and_is_bounded():
    body = "Voir https://example.com/x et écrire à redaction@example.org &nbsp; " + "mot " * 10_000
    sample = language_sample("<b>Titre</b>", body)
    assert "<b>" not in sample and "https" not in sample and "@" not in sample and "&nbsp;" not in sample
    assert sample.startswith("Titre Voir et écrire à mot")
    assert len(sample) <= 600


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("北京今天宣布了新的经济政策", "zh"),  # Han only: Chinese, although lid.176 often says Japanese
        ("東京で新しい経済政策が発表された", "ja"),  # kana: Japanese
        ("서울에서 새로운 경제 정책이 발표되었다", "ko"),
    ],
)
def test_writing_system_settles_chinese_japanese_korean(title, expected):
    assert detect_language(title, "", resources.language_detector()).code == expected


@pytest.mark.parametrize(
    ("title", "hint", "expected"),
    [
        # Each is good Afrikaans / Malay / Croatian; without a hint fastText says Dutch / Indonesian / Serbian.
        ("Die Regering het besluit", "af", "af"),
        ("Kapal itu besar", "ms", "ms"),
        ("Ahmed je otišao kući", "hr-HR", "hr"),
        # A hint that is not among the candidates does not overrule the text.
        ("Le gouvernement a décidé de relever les impôts", "de", "fr"),
    ],
)
def test_a_feed_hint_breaks_ties_but_does_not_overrule_the_text(title, hint, expected):
    assert detect_language(title, "", resources.language_detector(), hint).code == expected


@pytest.mark.parametrize(
    ("hint", "expected"), [("fr-FR", "fr"), ("EN_us", "en"), (" de ", "de"), ("", None), ("12", None), (None, None)]
)
def test_hints_are_normalised_to_the_primary_subtag(hint, expected):
    assert normalise_hint(hint) == expected


def test_seed_article_is_french(stages, seed_article):
    enriched, _ = stages.enrich(seed_article, now=seed_article.fetched_at)
    assert enriched.language.code == "fr"
    assert enriched.language.confidence > 0.9


def test_binary_garbage_is_undetermined_or_unconfident():
    garbage = bytes(range(256)).decode("latin-1") * 40
    language = detect_language("", garbage, resources.language_detector())
    assert language.code == "und" or language.confidence < 0.9


def test_a_ten_megabyte_body_is_judged_on_its_start():
    body = "La Corée du Nord soutiendra la Russie aussi longtemps qu'il le faudra. " * 150_000  # ~10 MB
    assert len(body) > 10_000_000
    assert detect_language("", body, resources.language_detector()).code == "fr"


def test_a_language_without_rules_or_models_still_flows_through(stages):
    # Swahili: no rule terms, no lemma dictionary; the gazetteer still knows "Urusi" (Russia).
    enriched, alerts = stages.enrich(raw("Urusi yatangaza mpango mpya wa kiuchumi leo", ""), now=raw("x").fetched_at)
    assert enriched.language.code == "sw"
    assert [e.id for e in enriched.entities] == ["Q159"]
    assert alerts == []


def test_an_undetermined_article_can_still_alert(stages):
    enriched, alerts = stages.enrich(raw("NATO troops deployed", ""), now=raw("x").fetched_at)
    assert enriched.language.code in {"und", "en"}
    assert [a.rule for a in alerts] == ["troops"]
