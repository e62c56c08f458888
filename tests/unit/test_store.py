from __future__ import annotations

from datetime import timedelta

from pipeline.store import SqliteStore
from tests.conftest import NOW


def test_upserts_keep_one_row_per_article_and_alert(stages, seed_article, tmp_store_path):
    enriched, alerts = stages.enrich(seed_article, now=NOW)
    store = SqliteStore(tmp_store_path)
    store.upsert_articles([enriched], now=NOW)
    store.upsert_alerts(alerts)
    later = alerts[0].model_copy(update={"detected_at": NOW + timedelta(hours=1)})
    store.upsert_articles([enriched, enriched], now=NOW + timedelta(hours=1))
    store.upsert_alerts([later])
    assert store.counts() == {
        "articles_by_language": {"fr": 1},
        "alerts_by_rule": {"military_assistance": 1, "treaty": 1, "troops": 1},
    }
    assert store.deliveries(seed_article.id) == 3
    assert store.article(seed_article.id) == enriched
    kept = {a.rule: a.detected_at for a in store.alerts_for(seed_article.id)}
    assert kept[later.rule] == NOW, "the first detection time is kept"
    store.close()


def test_a_second_connection_sees_committed_rows(stages, seed_article, tmp_store_path):
    writer, reader = SqliteStore(tmp_store_path), SqliteStore(tmp_store_path)
    writer.upsert_articles([stages.enrich(seed_article, now=NOW)[0]], now=NOW)
    assert reader.article(seed_article.id) is not None
    writer.close()
    reader.close()
