"""The loop shared by the one-in, one-out stages: decode and transform each message, send the
result on keyed by article id, dead-letter what fails."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

from faust.types import StreamT, TopicT

from agents.dead_letters import send_dead_letter
from pipeline import codec
from schemas.records import EnrichedArticle


async def relay(
    stream: StreamT[bytes],
    stage: str,
    transform: Callable[[bytes], EnrichedArticle | Awaitable[EnrichedArticle]],
    out: TopicT,
) -> None:
    async for event in stream.events():
        try:
            result = transform(event.value)
            article = await result if inspect.isawaitable(result) else result
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, stage, exc)
            continue
        await out.send(key=article.id.encode(), value=codec.encode(article))
