"""The embedded default store: one SQLite file in WAL mode (readers such as `newsmon search` work
while the sink writes), FTS5 for search, synchronous commits so that a committed batch survives a
crash of the machine, not only of the process."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

import orjson

from pipeline import codec, sqlite_files
from pipeline.migrations import migrations
from pipeline.store import (
    COUNTED,
    Bucket,
    CountRow,
    SearchHit,
    SearchQuery,
    entity_rows,
    filters,
    query_groups,
    search_tokens,
)
from schemas.records import Alert, EnrichedArticle

SEARCH_MIGRATION = 2


class SqliteStore:
    def __init__(self, path: Path) -> None:
        self._db = sqlite_files.connect(path)
        self._migrate()

    def _migrate(self) -> None:
        with self._transaction() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL)"
            )
            applied = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
            for migration in migrations("sqlite"):
                if migration.version in applied:
                    continue
                for statement in _statements(migration.sql):
                    db.execute(statement)
                db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat()),
                )
                if migration.version == SEARCH_MIGRATION:  # index what a store from before search holds
                    for (record,) in db.execute("SELECT record FROM articles").fetchall():
                        self._index(db, EnrichedArticle.model_validate(orjson.loads(record)))

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return sqlite_files.transaction(self._db)

    def upsert_articles(self, articles: Iterable[EnrichedArticle], *, now: datetime) -> None:
        stamp = now.isoformat()
        articles = list(articles)
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
            for article in articles:
                self._index(db, article)

    @staticmethod
    def _index(db: sqlite3.Connection, article: EnrichedArticle) -> None:
        (rowid,) = db.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        db.execute("INSERT INTO articles_fts (rowid, tokens) VALUES (?, ?)", (rowid, search_tokens(article)))
        db.execute("DELETE FROM article_entities WHERE article_id = ?", (article.id,))
        db.executemany("INSERT INTO article_entities VALUES (?, ?, ?, ?)", entity_rows(article))

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

    def article_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM articles")]

    def alert_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT alert_id FROM alerts")]

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

    def search(self, query: SearchQuery) -> list[SearchHit]:
        where, params = filters(query, "?", query.since.isoformat() if query.since else None)
        groups = query_groups(query.text)
        if groups:
            match = " ".join('"' + " ".join(group).replace('"', '""') + '"' for group in groups)
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(match)
        sql = (
            "SELECT a.id, a.published, a.language, a.source, a.title, a.url,"
            " (SELECT group_concat(rule, ',') FROM"
            "  (SELECT DISTINCT rule FROM alerts WHERE article_id = a.id ORDER BY rule))"
            " FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY COALESCE(a.published, a.first_stored_at) DESC LIMIT ?"
        )
        rows = self._db.execute(sql, (*params, query.limit)).fetchall()
        return [
            SearchHit(
                id=row[0],
                published=datetime.fromisoformat(row[1]) if row[1] else None,
                language=row[2],
                source=row[3],
                title=row[4],
                url=row[5],
                rules=row[6].split(",") if row[6] else [],
            )
            for row in rows
        ]

    def over_time(self, *, since: datetime | None, bucket: Bucket) -> list[CountRow]:
        width = 10 if bucket == "day" else 13
        when = f"substr(COALESCE(a.published, a.first_stored_at), 1, {width})"
        cutoff = since.isoformat() if since else ""
        rows: list[CountRow] = []
        for dimension, column, table in COUNTED:
            sql = (
                f"SELECT {when}, {column}, COUNT(*) FROM {table}"
                f" WHERE COALESCE(a.published, a.first_stored_at) >= ? GROUP BY 1, 2 ORDER BY 1, 3 DESC"
            )
            rows += [CountRow(b, dimension, key, n) for b, key, n in self._db.execute(sql, (cutoff,))]
        return rows


def _statements(sql: str) -> list[str]:
    """A migration's statements (sqlite3 runs one at a time inside our transaction)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
