"""The seed article through the real broker and worker: alerts on the alert topics, one stored record."""

from __future__ import annotations

import orjson
import pytest

from pipeline import topics
from pipeline.store_sqlite import SqliteStore
from schemas.records import Alert
from tests.conftest import SEED

pytestmark = pytest.mark.integration
FOUNDING = {"treaty", "troops", "military_assistance"}


def rules_in(values: list[bytes]) -> set[str]:
    return {orjson.loads(v)["rule"] for v in values}


async def test_seed_article_alerts_and_is_stored_once_even_when_replayed(pipeline, seed_article):
    pipeline.start_worker()
    replay = pipeline.newsmon("replay", str(SEED.parent))
    assert replay.returncode == 0, replay.stderr
    assert "sent 1 article(s)" in replay.stdout

    alerts = await pipeline.read(topics.ALERTS, until=lambda v: rules_in(v) >= FOUNDING, timeout=180)
    assert sorted(orjson.loads(v)["rule"] for v in alerts) == sorted(FOUNDING), pipeline.worker_logs()
    for value in alerts:
        alert = Alert.model_validate_json(value)
        assert alert.article_id == seed_article.id
        assert alert.language.code == "fr"
        assert alert.matches
        by_rule = await pipeline.read(topics.alert_topic_name(alert.rule), until=bool, timeout=30)
        assert [Alert.model_validate_json(v).alert_id for v in by_rule] == [alert.alert_id]

    store = pipeline.wait_for_store(
        lambda s: s.article(seed_article.id) is not None and len(s.alerts_for(seed_article.id)) == 3, timeout=60
    )
    article = store.article(seed_article.id)
    assert article is not None
    assert article.language.code == "fr"
    entity_ids = {e.name: e.id for e in article.entities}
    assert entity_ids["Russia"] == "Q159"
    assert entity_ids["North Korea"] == "Q423"
    assert {a.rule for a in article.alerts} == FOUNDING
    assert {a.rule for a in store.alerts_for(seed_article.id)} == FOUNDING
    assert store.counts()["articles_by_language"] == {"fr": 1}
    store.close()

    # Replay after a worker restart: the record is updated in place and no rule alerts a second time.
    pipeline.stop_worker(pipeline.workers[0])
    pipeline.start_worker()
    assert pipeline.newsmon("replay", str(SEED)).returncode == 0
    first_fetch = article.fetched_at

    def replayed(store: SqliteStore) -> bool:
        stored = store.article(seed_article.id)
        return stored is not None and stored.fetched_at > first_fetch

    # A restart may redeliver what was not yet committed (at-least-once): the count of deliveries is >= 2.
    store = pipeline.wait_for_store(replayed, timeout=180)
    assert store.deliveries(seed_article.id) >= 2
    assert store.counts() == {"articles_by_language": {"fr": 1}, "alerts_by_rule": dict.fromkeys(FOUNDING, 1)}
    store.close()
    assert sorted(rules_in(await pipeline.read_all(topics.ALERTS))) == sorted(FOUNDING)
    assert len(await pipeline.read_all(topics.ALERTS)) == 3


async def test_tail_prints_alerts_of_one_rule_as_json_lines(pipeline, seed_article):
    pipeline.start_worker()
    assert pipeline.newsmon("replay", str(SEED)).returncode == 0
    tail = pipeline.newsmon(
        "tail", "--rule", "troops", "--from-beginning", "--max", "1", "--timeout", "150", timeout=200
    )
    assert tail.returncode == 0, tail.stderr
    [line] = tail.stdout.splitlines()
    alert = Alert.model_validate_json(line)
    assert (alert.rule, alert.article_id) == ("troops", seed_article.id)
    assert [m.text for m in alert.matches] == ["envoyer", "troupes"]  # "d’envoyer des troupes"

    unknown = pipeline.newsmon("tail", "--rule", "nope", "--max", "1")
    assert unknown.returncode == 2
    assert "unknown rule 'nope'" in unknown.stderr
