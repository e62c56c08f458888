"""The PostgreSQL store (psycopg 3): the same interface and the same search as the SQLite store, on a
server several workers and analysts can share. Migrations are applied under an advisory lock, so
two workers starting together do not race."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import orjson
import psycopg
from psycopg.types.json import Jsonb

from pipeline import codec
from pipeline.errors import NewsmonError
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

MIGRATION_LOCK = 7_415_001  # pg_advisory_xact_lock key of newsmon's migrations


class StoreUnavailable(NewsmonError):
    reason = "store-unavailable"


class PostgresStore:
    def __init__(self, url: str) -> None:
        try:
            self._db = psycopg.connect(url, autocommit=False, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(f"cannot reach PostgreSQL: {str(exc).strip()}") from None
        self._migrate()

    def _migrate(self) -> None:
        with self._db.transaction(), self._db.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL)"
            )
            cur.execute("SELECT version FROM schema_migrations")
            applied = {row[0] for row in cur.fetchall()}
            for migration in migrations("postgres"):
                if migration.version not in applied:
                    cur.execute(migration.sql.encode())
                    cur.execute(
                        "INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                        (migration.version, migration.name, datetime.now(UTC)),
                    )
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def upsert_articles(self, articles: Iterable[EnrichedArticle], *, now: datetime) -> None:
        articles = list(articles)
        rows = [
            (
                a.id, a.source, a.url, a.title, a.language.code, a.published,
                Jsonb(orjson.loads(codec.encode(a))), now, now, search_tokens(a),
            )
            for a in articles
        ]
        with self._db.transaction(), self._db.cursor() as cur:
            cur.executemany(
                """INSERT INTO articles (id, source, url, title, language, published, record,
                                         first_stored_at, last_stored_at, tokens)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT (id) DO UPDATE SET
                     source=excluded.source, url=excluded.url, title=excluded.title,
                     language=excluded.language, published=excluded.published, record=excluded.record,
                     last_stored_at=excluded.last_stored_at, tokens=excluded.tokens,
                     deliveries=articles.deliveries + 1""",
                rows,
            )
            cur.execute("DELETE FROM article_entities WHERE article_id = ANY(%s)", ([a.id for a in articles],))
            cur.executemany(
                "INSERT INTO article_entities VALUES (%s, %s, %s, %s)",
                [row for article in articles for row in entity_rows(article)],
            )

    def upsert_alerts(self, alerts: Iterable[Alert]) -> None:
        rows = [(a.alert_id, a.rule, a.article_id, a.detected_at, Jsonb(orjson.loads(codec.encode(a)))) for a in alerts]
        with self._db.transaction(), self._db.cursor() as cur:
            cur.executemany(
                "INSERT INTO alerts (alert_id, rule, article_id, detected_at, record) VALUES (%s, %s, %s, %s, %s)"
                " ON CONFLICT (alert_id) DO NOTHING",
                rows,
            )

    def _one(self, sql: str, *params: object) -> tuple | None:
        with self._db.transaction(), self._db.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchone()

    def _all(self, sql: str, *params: object) -> list[tuple]:
        with self._db.transaction(), self._db.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def article(self, article_id: str) -> EnrichedArticle | None:
        row = self._one("SELECT record FROM articles WHERE id = %s", article_id)
        return EnrichedArticle.model_validate(row[0]) if row else None

    def deliveries(self, article_id: str) -> int:
        row = self._one("SELECT deliveries FROM articles WHERE id = %s", article_id)
        return int(row[0]) if row else 0

    def alerts_for(self, article_id: str) -> list[Alert]:
        rows = self._all("SELECT record FROM alerts WHERE article_id = %s ORDER BY rule", article_id)
        return [Alert.model_validate(row[0]) for row in rows]

    def article_ids(self) -> list[str]:
        return [row[0] for row in self._all("SELECT id FROM articles")]

    def alert_ids(self) -> list[str]:
        return [row[0] for row in self._all("SELECT alert_id FROM alerts")]

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            "articles_by_language": dict(
                self._all("SELECT language, COUNT(*) FROM articles GROUP BY language ORDER BY 2 DESC")
            ),
            "alerts_by_rule": dict(
                self._all("SELECT rule, COUNT(*) FROM alerts GROUP BY rule ORDER BY 2 DESC")
            ),
        }

    def search(self, query: SearchQuery) -> list[SearchHit]:
        where, params = filters(query, "%s", query.since)
        for group in query_groups(query.text):
            where.append("a.search @@ phraseto_tsquery('simple', %s)")
            params.append(" ".join(group))
        sql = (
            "SELECT a.id, a.published, a.language, a.source, a.title, a.url,"
            " ARRAY(SELECT DISTINCT rule FROM alerts WHERE article_id = a.id ORDER BY rule)"
            " FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY COALESCE(a.published, a.first_stored_at) DESC LIMIT %s"
        )
        rows = self._all(sql, *params, query.limit)
        return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], list(r[6])) for r in rows]

    def over_time(self, *, since: datetime | None, bucket: Bucket) -> list[CountRow]:
        pattern = "YYYY-MM-DD" if bucket == "day" else 'YYYY-MM-DD"T"HH24'
        when = f"to_char(COALESCE(a.published, a.first_stored_at) AT TIME ZONE 'UTC', '{pattern}')"
        cutoff = since or datetime(1, 1, 1, tzinfo=UTC)
        rows: list[CountRow] = []
        for dimension, column, table in COUNTED:
            sql = (
                f"SELECT {when}, {column}, COUNT(*) FROM {table}"
                " WHERE COALESCE(a.published, a.first_stored_at) >= %s GROUP BY 1, 2 ORDER BY 1, 3 DESC"
            )
            rows += [CountRow(b, dimension, key, n) for b, key, n in self._all(sql, cutoff)]
        return rows
