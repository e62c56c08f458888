"""The embedded default store: one SQLite file, upserts by article id and alert id.

WAL mode lets readers (`newsmon stats`, analysts' tools) work while the sink writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import orjson

from pipeline import codec
from schemas.records import Alert, EnrichedArticle

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    published TEXT,
    record TEXT NOT NULL,
    first_stored_at TEXT NOT NULL,
    last_stored_at TEXT NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS alerts (
    alert_id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    article_id TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_by_article ON alerts (article_id);
CREATE INDEX IF NOT EXISTS alerts_by_rule ON alerts (rule, detected_at);
"""


class SqliteStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The sink calls us from a worker thread, one call at a time per connection.
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def upsert_articles(self, articles: Iterable[EnrichedArticle], *, now: datetime) -> None:
        stamp = now.isoformat()
        rows = [
            (
                a.id, a.source, a.url, a.title, a.language.code,
                a.published.isoformat() if a.published else None,
                codec.encode(a).decode("utf-8"), stamp, stamp,
            )
            for a in articles
        ]
        with self._transaction() as db:
            db.executemany(
                """INSERT INTO articles (id, source, url, title, language, published, record,
                                         first_stored_at, last_stored_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (id) DO UPDATE SET
                     source=excluded.source, url=excluded.url, title=excluded.title,
                     language=excluded.language, published=excluded.published, record=excluded.record,
                     last_stored_at=excluded.last_stored_at, deliveries=articles.deliveries + 1""",
                rows,
            )

    def upsert_alerts(self, alerts: Iterable[Alert]) -> None:
        rows = [
            (a.alert_id, a.rule, a.article_id, a.detected_at.isoformat(), codec.encode(a).decode("utf-8"))
            for a in alerts
        ]
        with self._transaction() as db:
            # The first detection of an alert is the one kept: a redelivery does not move detected_at.
            db.executemany(
                "INSERT INTO alerts (alert_id, rule, article_id, detected_at, record) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (alert_id) DO NOTHING",
                rows,
            )

    def article(self, article_id: str) -> EnrichedArticle | None:
        row = self._db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return EnrichedArticle.model_validate(orjson.loads(row[0])) if row else None

    def deliveries(self, article_id: str) -> int:
        row = self._db.execute("SELECT deliveries FROM articles WHERE id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else 0

    def alerts_for(self, article_id: str) -> list[Alert]:
        rows = self._db.execute(
            "SELECT record FROM alerts WHERE article_id = ? ORDER BY rule", (article_id,)
        ).fetchall()
        return [Alert.model_validate(orjson.loads(row[0])) for row in rows]

    def counts(self) -> dict[str, dict[str, int]]:
        """Articles per language and alerts per rule."""
        return {
            "articles_by_language": dict(
                self._db.execute("SELECT language, COUNT(*) FROM articles GROUP BY language ORDER BY 2 DESC")
            ),
            "alerts_by_rule": dict(
                self._db.execute("SELECT rule, COUNT(*) FROM alerts GROUP BY rule ORDER BY 2 DESC")
            ),
        }
