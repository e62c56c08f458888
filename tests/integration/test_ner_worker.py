"""Statistical NER switched on in a real worker: names the gazetteer lacks arrive in the store
unlinked, known names stay linked, and the NER processes do not hold the chain up."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from pipeline.inputs import raw_article_from_json

pytestmark = pytest.mark.integration


async def test_worker_with_ner_stores_unlinked_names_beside_gazetteer_entities(pipeline, tmp_path):
    pipeline.env.update(NEWSMON_NER="fr,ru", NEWSMON_NER_PROCESSES="1")
    articles = [
        {
            "source": "test",
            "title": "Visite à Pyongyang",
            "body": "Le général Jean-Baptiste Courvoisier a rencontré à Pyongyang des responsables nord-coréens.",
            "lang_hint": "fr",
        },
        {
            "source": "test",
            "title": "Визит в Пхеньян",
            "body": "Генерал Аркадий Степанович Воронцов прибыл в Пхеньян для переговоров.",
            "lang_hint": "ru",
        },
    ]
    wire = tmp_path / "wire.jsonl"
    wire.write_bytes(b"\n".join(orjson.dumps(a) for a in articles) + b"\n")
    pipeline.start_worker(timeout=240)
    assert pipeline.newsmon("replay", str(wire)).returncode == 0

    ids = [raw_article_from_json(a, now=datetime.now(UTC)).id for a in articles]
    store = pipeline.wait_for_store(lambda s: all(s.article(i) is not None for i in ids), 180)
    stored = [store.article(i) for i in ids]
    store.close()
    by_language = {a.language.code: a for a in stored if a is not None}
    french = {(e.name, e.id, e.source) for e in by_language["fr"].entities}
    assert ("Pyongyang", "Q18808", "gazetteer") in french
    assert ("Jean-Baptiste Courvoisier", None, "ner") in french
    russian = {(e.name, e.id, e.source) for e in by_language["ru"].entities}
    assert ("Pyongyang", "Q18808", "gazetteer") in russian
    assert ("Аркадий Степанович Воронцов", None, "ner") in russian, "the NER name is normalised to the nominative"
