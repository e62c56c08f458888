from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.alerts import Rulebook, annotate
from pipeline.errors import RuleError
from pipeline.rules import load_rules
from schemas.records import EnrichedArticle, Language
from tests.conftest import NOW, raw


def rules_hit(stages, title: str, body: str = "", language: str | None = None) -> dict[str, list[str]]:
    article = raw(title, body)
    if language is None:
        _, alerts = stages.enrich(article, now=NOW)
    else:
        enriched = EnrichedArticle(**article.model_dump(), language=Language(code=language, confidence=1.0))
        _, alerts = annotate(enriched, stages.rulebook, now=NOW)
    return {alert.rule: [m.text for m in alert.matches] for alert in alerts}


def test_seed_article_fires_all_three_founding_rules(stages, seed_article):
    enriched, alerts = stages.enrich(seed_article, now=NOW)
    by_rule = {alert.rule: alert for alert in alerts}
    assert set(by_rule) == {"treaty", "troops", "military_assistance"}
    # French "traité" is also "treated": the pack matches it with its article ("le traité", "du traité").
    treaty = {m.text.lower() for m in by_rule["treaty"].matches}
    assert treaty == {"le traité", "du traité", "un traité", "ratifié", "accord"}
    assert [m.text for m in by_rule["troops"].matches] == ["envoyer", "troupes"]  # "d'envoyer des troupes"
    assert {m.text for m in by_rule["military_assistance"].matches} == {"soutien militaire", "assistance militaire"}
    for alert in alerts:
        for match in alert.matches:
            text = enriched.title if match.field == "title" else enriched.body
            assert text[match.start : match.end] == match.text
        assert alert.article_id == seed_article.id
        assert alert.detected_at == NOW
    assert {a.rule for a in enriched.alerts} == set(by_rule)
    assert "Q423" in {e.id for e in by_rule["troops"].entities}, "North Korea is in the troops passage"


@pytest.mark.parametrize(
    ("title", "rule", "matched"),
    [
        ("Les traités signés à Moscou", "treaty", "Les traités"),
        ("Les troupes nord-coréennes se massent à la frontière", "troops", "troupes"),
        ("Нова військова допомога для України", "military_assistance", "військова допомога"),
        ("미국, 우크라이나에 추가 군사 지원 발표", "military_assistance", "군사 지원"),
        ("美国宣布新的军事援助", "military_assistance", "军事援助"),
        ("Senate ratifies the treaties", "treaty", "treaties"),
        ("Des troupes nord-coréennes envoyées en Russie", "troops", "troupes"),
        ("More troops sent to the border", "troops", "troops"),
        ("Kyiv asks for more military aid", "military_assistance", "military aid"),
        ("Washington approves new military assistance package", "military_assistance", "military assistance"),
        ("Paris annonce une aide militaire à Kiev", "military_assistance", "aide militaire"),
        ("Berlin promet des aides militaires supplémentaires", "military_assistance", "aides militaires"),
        ("Nouvelles livraisons d’armes à l'Ukraine", "military_assistance", "livraisons d’armes"),
        ("Deutschland kündigt neue Militärhilfe an", "military_assistance", "Militärhilfe"),
        ("США объявили о новой военной помощи Украине", "military_assistance", "военной помощи"),
    ],
)
def test_inflected_and_phrasal_forms_fire(stages, title, rule, matched):
    hits = rules_hit(stages, title)
    assert matched in hits.get(rule, []), hits


@pytest.mark.parametrize(
    "title",
    [
        "Local bakery wins regional award",
        "La météo sera ensoleillée ce week-end à Lyon",
        "Humanitarian assistance reaches the flooded region",
        "Assistance technique pour les agriculteurs",
        "Une troupe de théâtre en tournée au Québec",
        "The striker signed a new four-year contract with the club",
        "Le blessé a été traité à l'hôpital",
    ],
)
def test_unrelated_news_stays_silent(stages, title):
    assert rules_hit(stages, title) == {}


def test_undetermined_language_matches_every_languages_terms(stages):
    assert "troops" in rules_hit(stages, "des troupes déployées", language="und")


def test_terms_of_the_articles_language_only(stages):
    # "Pakt" is a treaty term in German and Polish, not in English.
    assert rules_hit(stages, "pakt pakt", language="en") == {}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules: [{id: Bad-Id, terms: {en: [x1]}}]", "id must match"),
        ("rules: [{id: r, terms: {en: [a]}}]", "at least two letters"),
        ("rules: [{id: r, terms: {en: ['']}}]", "at least two letters"),
        ("rules: [{id: r, terms: {en: []}}]", "non-empty list"),
        ("rules: [{id: r, terms: {en: [ab]}}, {id: r, terms: {en: [cd]}}]", "already defined"),
        ("rules: [{id: r, score: 7, terms: {en: [ab]}}]", "score"),
        ("rules: {id: r}", "'rules' list"),
        ("rules: [\n  - id: r\n   bad", "not valid YAML"),
    ],
)
def test_broken_rule_files_are_refused_with_the_file_and_rule(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_rule_file_loads_into_a_rulebook(tmp_path):
    path = write(tmp_path, "rules: [{id: ceasefire, terms: {en: [ceasefire, truce]}}]")
    book = Rulebook.compile(load_rules(path))
    assert book.rule_ids == ["ceasefire"]
    found = [(term.text, hit.start, hit.end) for term, hit in book.find("A truce and a ceasefire", "en")]
    assert found == [("truce", 2, 7), ("ceasefire", 14, 23)]
