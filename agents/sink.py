"""articles.enriched and alerts -> the store, in batches; a batch is written before the next is read."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from faust.types import StreamT

from agents.dead_letters import send_dead_letter
from pipeline import codec, topics
from pipeline.app import app, settings
from pipeline.store import SqliteStore
from schemas.records import Alert, EnrichedArticle, Record

STAGE = "sink"
R = TypeVar("R", bound=Record)


async def _write_batches(stream: StreamT[bytes], record_type: type[R], write: Callable[[list[R]], None]) -> None:
    batches = stream.take_events(settings.sink_batch_size, within=settings.sink_batch_seconds)  # type: ignore[attr-defined]
    async for events in batches:
        batch = []
        for event in events:
            try:
                batch.append(codec.decode(record_type, event.value))
            except Exception as exc:  # a bad record must not block the batch: dead-letter it
                await send_dead_letter(event, STAGE, exc)
        if batch:
            await asyncio.to_thread(write, batch)  # SQLite commits off the event loop


@app.agent(topics.articles_enriched, name="store_articles")
async def store_articles(stream: StreamT[bytes]) -> None:
    store = SqliteStore(settings.store_file)
    try:
        await _write_batches(stream, EnrichedArticle, lambda batch: store.upsert_articles(batch, now=datetime.now(UTC)))
    finally:
        store.close()


@app.agent(topics.alerts, name="store_alerts")
async def store_alerts(stream: StreamT[bytes]) -> None:
    store = SqliteStore(settings.store_file)
    try:
        await _write_batches(stream, Alert, store.upsert_alerts)
    finally:
        store.close()
