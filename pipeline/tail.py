"""A downstream consumer of the alert topics, as any subscriber would write one: plain aiokafka."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from aiokafka import AIOKafkaConsumer


async def tail(
    bootstrap: str, topic: str, *, from_beginning: bool, max_messages: int | None, idle_timeout: float | None
) -> AsyncIterator[bytes]:
    """Alert payloads as they arrive; stops after `max_messages`, or after `idle_timeout` seconds without one."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
    )
    try:
        await consumer.start()
        count = 0
        while max_messages is None or count < max_messages:
            try:
                message = await asyncio.wait_for(consumer.getone(), timeout=idle_timeout)
            except TimeoutError:
                return
            if message.value is None:
                continue
            count += 1
            yield message.value
    finally:
        await consumer.stop()
