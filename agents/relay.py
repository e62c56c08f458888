"""The loop shared by the one-in, one-out stages: decode and transform each message, send the
result on keyed by article id, dead-letter what fails."""

from __future__ import annotations

from collections.abc import Callable

from faust.types import StreamT, TopicT

from agents.dead_letters import send_dead_letter
from pipeline import codec
from schemas.records import EnrichedArticle


async def relay(
    stream: StreamT[bytes], stage: str, transform: Callable[[bytes], EnrichedArticle], out: TopicT
) -> None:
    async for event in stream.events():
        try:
            article = transform(event.value)
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, stage, exc)
            continue
        await out.send(key=article.id.encode(), value=codec.encode(article))
