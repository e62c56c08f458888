"""The poller's Kafka side: publishing articles and dead letters, and sharing feeds between poller
processes.

Sharing uses Kafka's own group membership: every `newsmon poll` process joins one consumer group on
the (never written) `poller.feeds` topic, and a feed belongs to the process that holds partition
crc32(url) mod partitions. When a process joins or leaves, the group rebalances; a process finishes
the round in flight before it gives its partitions up, so no feed is polled by two processes at
once. There are at most as many active pollers as partitions (NEWSMON_PARTITIONS).
"""

from __future__ import annotations

import asyncio
import logging
import zlib

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener

from pipeline import codec
from pipeline.feed_config import Feed
from pipeline.feed_fetch import Fetcher, FetchPolicy
from pipeline.poller import Backoff, Outcome, Poller, run_forever
from pipeline.poller_state import PollerState
from pipeline.settings import Settings
from schemas.records import DeadLetter, RawArticle

log = logging.getLogger("newsmon.poller")


class KafkaPublisher:
    """Articles to articles.raw keyed by id (idempotent producer, acks from all replicas)."""

    def __init__(self, bootstrap: str, articles_topic: str, dead_letter_topic: str) -> None:
        self.articles_topic = articles_topic
        self.dead_letter_topic = dead_letter_topic
        self.producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5, request_timeout_ms=30000
        )

    async def start(self) -> None:
        await self.producer.start()

    async def stop(self) -> None:
        await self.producer.stop()

    async def articles(self, articles: list[RawArticle]) -> None:
        pending = [
            await self.producer.send(self.articles_topic, value=codec.encode(a), key=a.id.encode()) for a in articles
        ]
        await asyncio.gather(*pending)

    async def dead_letter(self, record: DeadLetter) -> None:
        key = record.key.encode() if record.key else None
        await (await self.producer.send(self.dead_letter_topic, value=codec.encode(record), key=key))


def feed_partition(feed: Feed, partitions: int) -> int:
    return zlib.crc32(feed.url.encode("utf-8")) % partitions


class FeedOwnership(ConsumerRebalanceListener):
    """Which feeds this process polls, from the partitions the group gave it."""

    def __init__(self, bootstrap: str, topic: str, group: str) -> None:
        self.topic = topic
        self.owned: set[int] = set()
        self.partitions = 1
        self.busy = asyncio.Lock()  # held during a round; a revocation waits for it
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            group_id=group,
            enable_auto_commit=False,
            session_timeout_ms=10000,
            heartbeat_interval_ms=1000,
        )
        self._poll_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.consumer.start()
        self.consumer.subscribe([self.topic], listener=self)
        self.partitions = len(self.consumer.partitions_for_topic(self.topic) or {0})
        self._poll_task = asyncio.create_task(self._keep_membership())

    async def stop(self) -> None:
        if self._poll_task:
            self._poll_task.cancel()
        await self.consumer.stop()

    async def _keep_membership(self) -> None:
        """The group only counts a member that keeps asking for messages (there are none)."""
        while True:
            await self.consumer.getmany(timeout_ms=1000)

    def owns(self, feed: Feed) -> bool:
        return feed_partition(feed, self.partitions) in self.owned

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        async with self.busy:  # let the round in flight finish before another process may poll its feeds
            self.owned -= {tp.partition for tp in revoked}

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self.partitions = len(self.consumer.partitions_for_topic(self.topic) or {0})
        self.owned |= {tp.partition for tp in assigned}
        log.info("poller owns partitions %s of %d", sorted(self.owned), self.partitions)


async def run_poller(settings: Settings, feeds: list[Feed], *, once: bool, stop: asyncio.Event) -> list[Outcome]:
    """`newsmon poll`: one round over every enabled feed (`once`), or rounds over this process's
    share of the feeds until `stop`."""
    from pipeline import topic_names

    bootstrap = settings.bootstrap_servers()
    prefix = settings.topic_prefix
    publisher = KafkaPublisher(bootstrap, prefix + topic_names.ARTICLES_RAW, prefix + topic_names.DEAD_LETTER)
    state = PollerState(settings.poller_state_file)
    await publisher.start()
    try:
        async with Fetcher(FetchPolicy.from_settings(settings)) as fetcher:
            poller = Poller(state, fetcher, publisher, Backoff.from_settings(settings))
            if once:
                return await poller.round(feeds, only_due=False)
            ownership = FeedOwnership(bootstrap, prefix + topic_names.POLLER_FEEDS, prefix + "newsmon-poller")
            await ownership.start()
            try:
                await run_forever(poller, feeds, ownership.owns, stop=stop, busy=ownership.busy)
            finally:
                await ownership.stop()
            return []
    finally:
        await publisher.stop()
        state.close()
