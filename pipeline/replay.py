"""Operators' replay: seed files and JSON Lines of RawArticle onto `articles.raw`."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from aiokafka import AIOKafkaProducer

from pipeline import codec, inputs
from pipeline.errors import SeedError
from schemas.records import RawArticle


@dataclass
class ReplayReport:
    sent: int = 0
    skipped_files: list[tuple[Path, str]] = field(default_factory=list)
    skipped_lines: list[tuple[Path, int, str]] = field(default_factory=list)


def read_articles(paths: Iterable[Path], report: ReplayReport, *, now: datetime) -> Iterator[RawArticle]:
    """Articles from every file; unreadable files and bad lines are recorded in the report and skipped."""
    for path in inputs.expand_paths(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.skipped_files.append((path, f"cannot read: {exc.strerror or exc}"))
            continue
        if path.suffix in inputs.JSONL_SUFFIXES:
            yield from _jsonl_articles(path, data, report, now=now)
            continue
        try:
            yield inputs.parse_seed(data, now=now)
        except SeedError as exc:
            report.skipped_files.append((path, str(exc)))


def _jsonl_articles(path: Path, data: bytes, report: ReplayReport, *, now: datetime) -> Iterator[RawArticle]:
    if not data.strip():
        report.skipped_files.append((path, "empty file"))
        return
    for item in inputs.read_jsonl(data.splitlines(), now=now):
        if isinstance(item, inputs.LineError):
            report.skipped_lines.append((path, item.line, str(item.error)))
        else:
            yield item


async def publish(bootstrap: str, topic: str, articles: Iterable[RawArticle]) -> list[tuple[str, int]]:
    """Send articles keyed by id; returns (article id, broker timestamp in ms) once all are acknowledged."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5, request_timeout_ms=30000
    )
    await producer.start()
    try:
        ids, pending = [], []
        for article in articles:
            ids.append(article.id)
            pending.append(await producer.send(topic, value=codec.encode(article), key=article.id.encode()))
        sent = await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return [(article_id, metadata.timestamp) for article_id, metadata in zip(ids, sent, strict=True)]

