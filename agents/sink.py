"""articles.enriched and alerts -> the store, in batches, with the consumer position moved only
after a batch is committed.

Faust acknowledges a `take_events` batch when the agent asks for the next one, so a batch is
written (and committed by the store) before its offsets can be committed; a worker killed in
between sees the batch again, and upserts by id make that harmless. A store that is down (PostgreSQL
restarting, SQLite locked) is retried with exponential backoff and a fresh connection, never
skipped; a record the store refuses for itself (not for being unreachable) is dead-lettered alone.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from faust.types import EventT, StreamT

from agents.dead_letters import send_dead_letter
from pipeline import codec, topics
from pipeline.app import app, settings
from pipeline.errors import NewsmonError
from pipeline.store import Store, open_store
from schemas.records import Alert, EnrichedArticle, Record

STAGE = "sink"
R = TypeVar("R", bound=Record)
log = logging.getLogger("newsmon.sink")
RETRY_FIRST, RETRY_LONGEST = 0.5, 30.0


def _transient() -> tuple[type[BaseException], ...]:
    """Errors that say the store is unreachable for now, not that the record is bad."""
    import psycopg

    from pipeline.store_postgres import StoreUnavailable

    return (StoreUnavailable, psycopg.OperationalError, psycopg.InterfaceError, sqlite3.OperationalError, OSError)


class StoreSession:
    """One store connection, reopened after a failure."""

    def __init__(self) -> None:
        self.store: Store | None = None

    def call(self, write: Callable[[Store], None]) -> None:
        if self.store is None:
            self.store = open_store(settings)
        try:
            write(self.store)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.store is not None:
            try:
                self.store.close()
            except Exception:  # closing a broken connection may fail too; it is dropped either way
                log.debug("closing a failed store connection", exc_info=True)
            self.store = None


async def _durably(session: StoreSession, write: Callable[[Store], None], what: str) -> None:
    """Returns once `write` committed. Waits out an unreachable store; if the worker is stopped
    meanwhile, it exits without acknowledging the batch (Faust would otherwise commit its offsets)."""
    delay = RETRY_FIRST
    try:
        while True:
            try:
                await asyncio.to_thread(session.call, write)
                if delay > RETRY_FIRST:
                    log.info("store reachable again; %s written", what)
                return
            except _transient() as exc:
                log.warning("store unavailable (%s: %s); retrying %s in %.1fs", type(exc).__name__, exc, what, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_LONGEST)
    except asyncio.CancelledError:
        log.error("stopped before %s were committed: exiting without acknowledging them", what)
        os._exit(1)


async def _write_batches(
    stream: StreamT[bytes], record_type: type[R], write: Callable[..., None]
) -> None:
    """`write(store, batch=records)` commits a batch."""
    session = StoreSession()
    try:
        batches = stream.take_events(settings.sink_batch_size, within=settings.sink_batch_seconds)  # type: ignore[attr-defined]
        async for events in batches:
            decoded: list[tuple[EventT, R]] = []
            for event in events:
                try:
                    decoded.append((event, codec.decode(record_type, event.value)))
                except NewsmonError as exc:  # a bad record must not block the batch: dead-letter it
                    await send_dead_letter(event, STAGE, exc)
            if not decoded:
                continue
            records = [record for _, record in decoded]
            try:
                await _durably(session, partial(write, batch=records), f"{len(records)} records")
            except Exception as exc:  # the store refused the batch itself: find the record(s) and dead-letter
                log.warning("store refused a batch of %d (%s); writing one by one", len(records), exc)
                for event, record in decoded:
                    try:
                        await _durably(session, partial(write, batch=[record]), "1 record")
                    except Exception as refused:
                        await send_dead_letter(event, STAGE, refused)
    finally:
        session.close()


@app.agent(topics.articles_enriched, name="store_articles")
async def store_articles(stream: StreamT[bytes]) -> None:
    await _write_batches(stream, EnrichedArticle, _write_articles)


@app.agent(topics.alerts, name="store_alerts")
async def store_alerts(stream: StreamT[bytes]) -> None:
    await _write_batches(stream, Alert, _write_alerts)


def _write_articles(store: Store, *, batch: list[EnrichedArticle]) -> None:
    store.upsert_articles(batch, now=datetime.now(UTC))


def _write_alerts(store: Store, *, batch: list[Alert]) -> None:
    store.upsert_alerts(batch)

