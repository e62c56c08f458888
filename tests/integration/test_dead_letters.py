"""Poison pills on every stage's input topic: each becomes one dead letter with its stage and reason,
the agents keep running, and the good articles around them are stored."""

from __future__ import annotations

import orjson
import pytest

from pipeline import codec, topics
from pipeline.store_sqlite import SqliteStore
from schemas.records import DeadLetter
from tests.conftest import raw

pytestmark = pytest.mark.integration

# (topic, payload, stage expected to refuse it, reason)
POISON = [
    (topics.ARTICLES_RAW, b"\xff\xfe\x00\x01 not utf-8", "language", "not-utf8"),
    (topics.ARTICLES_RAW, b'{"id": "x", "title": 42}', "language", "schema"),
    (topics.ARTICLES_LANG, b"[1, 2, 3]", "entities", "schema"),
    (topics.ARTICLES_TAGGED, b"{truncated", "alerts", "not-json"),
    (topics.ARTICLES_ENRICHED, b'{"id": "y"}', "sink", "schema"),
    (topics.ALERTS, b"", "sink", "not-json"),
]


async def test_poison_pills_are_dead_lettered_and_nothing_else_is_lost(pipeline):
    before = raw("Troops massed at the border", "Thousands of troops were seen near the border on Monday.")
    after = raw("Parliament ratifies the treaty", "The treaty was ratified by a large majority.")
    worker = pipeline.start_worker()

    await pipeline.produce(topics.ARTICLES_RAW, [(before.id.encode(), codec.encode(before))])
    for topic, payload, _, _ in POISON:
        await pipeline.produce(topic, [(b"poison", payload)])
    await pipeline.produce(topics.ARTICLES_RAW, [(after.id.encode(), codec.encode(after))])

    dead = await pipeline.read(topics.DEAD_LETTER, until=lambda v: len(v) >= len(POISON), timeout=180)
    letters = [DeadLetter.model_validate_json(v) for v in dead]
    assert sorted((d.stage, d.reason) for d in letters) == sorted((s, r) for _, _, s, r in POISON), (
        pipeline.worker_logs()
    )
    for letter in letters:
        assert letter.key == "poison"
        [topic] = {t for t, _, s, r in POISON if (s, r) == (letter.stage, letter.reason)}
        assert letter.topic == pipeline.topic(topic)
        assert letter.offset is not None and letter.partition is not None
        assert letter.error
    binary = next(d for d in letters if d.reason == "not-utf8")
    assert binary.payload_encoding == "base64"

    def both_stored(store: SqliteStore) -> bool:
        return all(store.article(a.id) is not None for a in (before, after)) and len(store.alerts_for(after.id)) == 1

    store = pipeline.wait_for_store(both_stored, timeout=120)
    assert [a.rule for a in store.alerts_for(before.id)] == ["troops"]
    assert [a.rule for a in store.alerts_for(after.id)] == ["treaty"]
    assert store.counts()["articles_by_language"] == {"en": 2}
    store.close()
    assert worker.poll() is None, "the worker is still running"
    assert len(await pipeline.read_all(topics.DEAD_LETTER)) == len(POISON), "one dead letter per poison pill"
    alerts = [v for v in await pipeline.read_all(topics.ALERTS) if v]  # the empty one is our poison pill
    assert sorted(orjson.loads(v)["rule"] for v in alerts) == ["treaty", "troops"]
