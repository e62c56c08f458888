"""What the poller remembers across restarts: per feed its validators (ETag, Last-Modified), when it
is due, its health, and the entries already published.

SQLite in WAL mode, one transaction per feed outcome, so a crash loses at most the round in flight;
entries are marked seen only after Kafka acknowledged them, so a crash between the two repeats an
article (same id: the pipeline's dedup absorbs it) and never loses one. Several poller processes on
one machine share the file; across machines they would need a shared store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline import sqlite_files

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    next_due TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    healthy INTEGER NOT NULL DEFAULT 1,
    last_status TEXT,
    last_error TEXT,
    last_success TEXT,
    last_attempt TEXT,
    published INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS seen (
    feed TEXT NOT NULL,
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    last_listed TEXT NOT NULL,
    PRIMARY KEY (feed, key)
);
"""
FORGET_AFTER = timedelta(days=30)  # an entry gone from its feed this long is forgotten
NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    next_due: datetime = NEVER  # due at once
    failures: int = 0
    healthy: bool = True
    last_status: str | None = None
    last_error: str | None = None
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    published: int = 0


class PollerState:
    def __init__(self, path: Path) -> None:
        self._db = sqlite_files.connect(path)
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return sqlite_files.transaction(self._db)

    def feed(self, url: str) -> FeedState:
        row = self._db.execute(
            "SELECT url, etag, last_modified, next_due, failures, healthy, last_status, last_error, last_success,"
            " last_attempt, published FROM feeds WHERE url = ?",
            (url,),
        ).fetchone()
        return _state(row) if row else FeedState(url)

    def feeds(self) -> list[FeedState]:
        rows = self._db.execute(
            "SELECT url, etag, last_modified, next_due, failures, healthy, last_status, last_error, last_success,"
            " last_attempt, published FROM feeds ORDER BY url"
        ).fetchall()
        return [_state(row) for row in rows]

    def unseen(self, url: str, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        seen: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key FROM seen WHERE feed = ? AND key IN ({marks})", (url, *chunk))
            seen.update(row[0] for row in rows)
        return set(keys) - seen

    def record(self, state: FeedState, *, listed: dict[str, str], now: datetime) -> None:
        """One feed's outcome, with the entries its response listed (key -> article id): new ones
        become seen, old ones stay remembered while the feed still lists them."""
        stamp = now.isoformat()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO feeds (url, etag, last_modified, next_due, failures, healthy, last_status, last_error,"
                " last_success, last_attempt, published) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified,"
                " next_due=excluded.next_due, failures=excluded.failures, healthy=excluded.healthy,"
                " last_status=excluded.last_status, last_error=excluded.last_error,"
                " last_success=excluded.last_success, last_attempt=excluded.last_attempt,"
                " published=excluded.published",
                (
                    state.url,
                    state.etag,
                    state.last_modified,
                    state.next_due.isoformat(),
                    state.failures,
                    int(state.healthy),
                    state.last_status,
                    state.last_error,
                    state.last_success.isoformat() if state.last_success else None,
                    state.last_attempt.isoformat() if state.last_attempt else None,
                    state.published,
                ),
            )
            db.executemany(
                "INSERT INTO seen (feed, key, article_id, last_listed) VALUES (?,?,?,?)"
                " ON CONFLICT(feed, key) DO UPDATE SET last_listed=excluded.last_listed",
                [(state.url, key, article, stamp) for key, article in listed.items()],
            )
            if listed:
                forget = (now - FORGET_AFTER).isoformat()
                db.execute("DELETE FROM seen WHERE feed = ? AND last_listed < ?", (state.url, forget))


def _state(row: tuple) -> FeedState:
    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return FeedState(
        url=row[0],
        etag=row[1],
        last_modified=row[2],
        next_due=datetime.fromisoformat(row[3]),
        failures=row[4],
        healthy=bool(row[5]),
        last_status=row[6],
        last_error=row[7],
        last_success=when(row[8]),
        last_attempt=when(row[9]),
        published=row[10],
    )
