from __future__ import annotations

import pytest

from pipeline import resources
from pipeline.language import detect_language, language_sample

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
    "title", ["", "   ", "12345 678", "https://example.com/a/b?c=d", "<p></p>&nbsp;", "!!! ??? ..."]
)
def test_nothing_to_judge_is_undetermined(title):
    language = detect_language(title, "", resources.language_detector())
    assert (language.code, language.confidence) == ("und", 0.0)


def test_sample_strips_markup_and_urls_and_is_bounded():
    sample = language_sample("<b>Titre</b>", "Voir https://example.com/x " + "mot " * 10_000)
    assert "<b>" not in sample and "https" not in sample
    assert sample.startswith("Titre Voir mot")
    assert len(sample) <= 600


def test_seed_article_is_french(stages, seed_article):
    enriched, _ = stages.enrich(seed_article, now=seed_article.fetched_at)
    assert enriched.language.code == "fr"
    assert enriched.language.confidence > 0.9
