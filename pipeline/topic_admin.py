"""Explicit topic creation: the pipeline never relies on the broker auto-creating topics."""

from __future__ import annotations

import asyncio
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from pipeline.errors import BrokerError

log = logging.getLogger(__name__)


async def ensure_topics(bootstrap: str, names: list[str], *, partitions: int, replication_factor: int) -> list[str]:
    """Create the topics that do not exist yet; returns the names created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    try:
        await admin.start()
    except KafkaConnectionError as exc:
        raise BrokerError(f"cannot reach Kafka at {bootstrap}: {exc}") from None
    try:
        existing = set(await admin.list_topics())
        missing = [name for name in names if name not in existing]
        if missing:
            response = await admin.create_topics(
                [NewTopic(name, partitions, replication_factor) for name in missing], timeout_ms=15000
            )
            for name, code, message in _errors(response):
                if code != TopicAlreadyExistsError.errno:
                    raise BrokerError(f"cannot create topic {name}: error {code} {message}")
            log.info("created topics %s", missing)
            await _wait_for_leaders(admin, missing)
        return missing
    finally:
        await admin.close()


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], timeout: float = 30.0) -> None:
    """New partitions take a moment to elect a leader; producing before that only earns retries."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        described = await admin.describe_topics(names)
        if all(
            topic["error_code"] == 0 and topic["partitions"] and all(p["leader"] >= 0 for p in topic["partitions"])
            for topic in described
        ):
            return
        await asyncio.sleep(0.1)
    raise BrokerError(f"topics {names} have no leader after {timeout:.0f}s")


def _errors(response: object) -> list[tuple[str, int, str]]:
    errors = []
    for entry in getattr(response, "topic_errors", []):
        name, code = entry[0], entry[1]
        message = entry[2] if len(entry) > 2 else ""
        if code:
            errors.append((name, code, message or ""))
    return errors
