"""Routing what a stage cannot process to the dead-letter topic, with the reason and the payload."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime

from faust.types import EventT

from pipeline import codec, topics
from pipeline.errors import NewsmonError
from schemas.records import DeadLetter

log = logging.getLogger("newsmon.dead_letter")


def dead_letter_record(event: EventT, stage: str, exc: BaseException, *, now: datetime) -> DeadLetter:
    payload = event.message.value if isinstance(event.message.value, bytes) else b""
    try:
        text, encoding = payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(payload).decode("ascii"), "base64"
    key = event.message.key
    return DeadLetter(
        stage=stage,
        reason=exc.reason if isinstance(exc, NewsmonError) else "unexpected-error",
        error=f"{type(exc).__name__}: {exc}"[:2000],
        topic=event.message.topic,
        partition=event.message.partition,
        offset=event.message.offset,
        key=key.decode("utf-8", "replace") if isinstance(key, bytes) else key,
        payload=text,
        payload_encoding=encoding,  # type: ignore[arg-type]
        failed_at=now,
    )


async def send_dead_letter(event: EventT, stage: str, exc: BaseException) -> None:
    record = dead_letter_record(event, stage, exc, now=datetime.now(UTC))
    if isinstance(exc, NewsmonError):
        log.warning(
            "dead-letter stage=%s reason=%s key=%s topic=%s partition=%s offset=%s error=%s",
            stage, record.reason, record.key, record.topic, record.partition, record.offset, exc,
        )
    else:
        log.exception(
            "dead-letter stage=%s reason=%s key=%s topic=%s partition=%s offset=%s",
            stage, record.reason, record.key, record.topic, record.partition, record.offset, exc_info=exc,
        )
    await topics.dead_letter.send(key=event.message.key, value=codec.encode(record))
