"""Sustained writes into each store: enriched articles and alerts upserted in sink-sized batches,
the way the sink writes them, then the same rows again (redeliveries), then a search.

  python bench/store.py [--articles 5000] [--batch 200] [--postgres URL]

Without --postgres, the PostgreSQL store uses the server of `newsmon postgres start` (started here
if needed, in this NEWSMON_HOME).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from pipeline import postgres_server
from pipeline.enrich import Stages
from pipeline.settings import Settings
from pipeline.store import SearchQuery, Store
from pipeline.store_postgres import PostgresStore
from pipeline.store_sqlite import SqliteStore


def run(name: str, store: Store, enriched: list, alerts: list, batch: int) -> None:
    now = datetime.now(UTC)
    for label in ("first write", "redelivery"):
        start = time.perf_counter()
        for i in range(0, len(enriched), batch):
            store.upsert_articles(enriched[i : i + batch], now=now)
        articles_s = time.perf_counter() - start
        start = time.perf_counter()
        for i in range(0, len(alerts), batch):
            store.upsert_alerts(alerts[i : i + batch])
        alerts_s = time.perf_counter() - start
        print(
            f"{name:10} {label:11}: {len(enriched) / articles_s:7,.0f} articles/s "
            f"({articles_s / len(enriched) * 1000:.2f} ms each, batches of {batch}); "
            f"{len(alerts) / alerts_s:7,.0f} alerts/s"
        )
    start = time.perf_counter()
    for _ in range(20):
        store.search(SearchQuery(text="border", rule="troops", limit=20))
    per_query = (time.perf_counter() - start) / 20 * 1000
    print(f"{name:10} search     : {per_query:.1f} ms a query over {len(enriched):,} articles")
    assert len(store.article_ids()) == len(enriched)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--postgres", help="a PostgreSQL URL (the database is emptied of newsmon's tables)")
    args = parser.parse_args()
    settings = Settings.from_env()
    stages = dataclasses.replace(Stages.load(settings), ner_languages=frozenset())
    now = datetime.now(UTC)
    enriched, alerts = [], []
    for article in generate(args.articles, seed=5, now=now):
        record, fired = stages.enrich(article, now=now)
        enriched.append(record)
        alerts.extend(fired)
    print(f"{len(enriched):,} articles of ~2,100 characters, {len(alerts):,} alerts")
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = SqliteStore(Path(tmp) / "bench.sqlite3")
        run("sqlite", sqlite, enriched, alerts, args.batch)
        sqlite.close()
    url = args.postgres or postgres_server.start(settings)
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("DROP TABLE IF EXISTS articles, alerts, article_entities, schema_migrations")
    postgres = PostgresStore(url)
    run("postgresql", postgres, enriched, alerts, args.batch)
    postgres.close()


if __name__ == "__main__":
    main()
