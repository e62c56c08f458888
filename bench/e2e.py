"""End-to-end benchmark: generated articles through a real broker and a running worker.

Prints, for the same articles:
  - the in-process throughput of the stage functions (language -> entities -> alerts), the compute ceiling;
  - the end-to-end throughput from the first publish to the last enriched record out of the worker;
  - publish -> alert latency (p50, p99) behind the burst, and for a steady flow after it,
    from Kafka record timestamps on this one machine's clock;
  - the ratio end-to-end / ceiling.

  python bench/e2e.py [--articles 10000] [--paced-articles 600 --paced-rate 20]

Uses NEWSMON_KAFKA_BOOTSTRAP, else starts (and afterwards stops) the local broker.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import GroupCoordinatorNotAvailableError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from pipeline import broker, codec, replay, resources, topic_admin, topics
from pipeline.enrich import Stages
from pipeline.settings import Settings


def in_process(articles: list, settings: Settings) -> tuple[float, set[str]]:
    """The stage functions' rate on one core, and the ids of the articles that alert."""
    stages = Stages.load(settings)
    for article in articles[:200]:  # warm lemma dictionaries and caches, as a running worker has them
        stages.enrich(article, now=datetime.now(UTC))
    alerting = set()
    start = time.perf_counter()
    for article in articles:
        _, found = stages.enrich(article, now=datetime.now(UTC))
        if found:
            alerting.add(article.id)
    return len(articles) / (time.perf_counter() - start), alerting


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


async def through_kafka(
    articles: list,
    alerting: set[str],
    paced_articles: list,
    paced_alerting: set[str],
    bootstrap: str,
    prefix: str,
    env: dict[str, str],
    *,
    worker_count: int,
    paced_rate: float,
) -> dict[str, float]:
    settings = Settings.from_env(env)
    names = topics.topic_names(prefix, resources.rule_ids(settings))
    await topic_admin.ensure_topics(bootstrap, names, partitions=settings.partitions, replication_factor=1)
    home = Path(env["NEWSMON_HOME"])
    workers = []
    for number in range(worker_count):
        log = (home / f"worker-{number}.log").open("wb")
        worker_env = {**env, "NEWSMON_HOME": str(home / f"worker-{number}")}  # each its own data folder
        workers.append(
            subprocess.Popen([sys.executable, "-m", "pipeline.cli", "worker"], env=worker_env, stdout=log, stderr=log)
        )
    await _wait_for_group(bootstrap, settings.app_id, worker_count)
    consumer = AIOKafkaConsumer(
        prefix + topics.ARTICLES_ENRICHED, prefix + topics.ALERTS,
        bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", max_poll_records=2000,
    )
    await consumer.start()
    try:
        # Warm-up: the worker is ready once one article has come out the other end.
        warm = generate(1, seed=99)[0]
        await replay.publish(bootstrap, prefix + topics.ARTICLES_RAW, [warm])
        await _drain(consumer, {warm.id}, timeout=180)
        # Burst: everything at once, the pipeline's sustained throughput.
        published = dict(await replay.publish(bootstrap, prefix + topics.ARTICLES_RAW, articles))
        first_publish = min(published.values())
        enriched_at, alert_at = await _drain(consumer, set(published), timeout=1800, alerting=alerting)
        burst = [alert_at[i] - published[i] for i in alert_at if i in published]
        # Paced: a steady flow well above the world's news volume, the latency an analyst sees.
        paced = dict(await _publish_paced(bootstrap, prefix + topics.ARTICLES_RAW, paced_articles, paced_rate))
        _, paced_alert_at = await _drain(consumer, set(paced), timeout=600, alerting=paced_alerting)
        steady = [paced_alert_at[i] - paced[i] for i in paced_alert_at if i in paced]
    finally:
        await consumer.stop()
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=120)
    return {
        "e2e_rate": len(articles) / ((max(enriched_at.values()) - first_publish) / 1000),
        "publish_rate": len(articles) / ((max(published.values()) - first_publish) / 1000 or 1),
        "alerting": len(burst),
        "burst_p50": percentile(burst, 50),
        "burst_p99": percentile(burst, 99),
        "paced_alerting": len(steady),
        "paced_p50": percentile(steady, 50),
        "paced_p99": percentile(steady, 99),
    }


async def _wait_for_group(bootstrap: str, group: str, members: int, timeout: float = 240) -> None:
    """Until every worker has joined the consumer group, so the burst is not measured across a rebalance."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                [response] = await admin.describe_consumer_groups([group])
            except GroupCoordinatorNotAvailableError:  # a fresh broker creates __consumer_offsets first
                await asyncio.sleep(0.5)
                continue
            _, _, state, _, _, joined = response.groups[0][:6]
            if state == "Stable" and len(joined) == members:
                return
            await asyncio.sleep(0.5)
        raise SystemExit(f"the {members} worker(s) did not form a stable group within {timeout:.0f}s")
    finally:
        await admin.close()


async def _publish_paced(bootstrap: str, topic: str, articles: list, rate: float) -> list[tuple[str, int]]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    await producer.start()
    sent = []
    try:
        start = time.monotonic()
        for number, article in enumerate(articles):
            await asyncio.sleep(max(0.0, start + number / rate - time.monotonic()))
            metadata = await producer.send_and_wait(topic, codec.encode(article), key=article.id.encode())
            sent.append((article.id, metadata.timestamp))
    finally:
        await producer.stop()
    return sent


async def _drain(
    consumer: AIOKafkaConsumer, wanted: set[str], timeout: float, alerting: set[str] = frozenset()  # type: ignore[assignment]
) -> tuple[dict[str, int], dict[str, int]]:
    """Broker timestamps (ms) of each wanted article's enriched record and of its first alert; waits
    for the alerts of `alerting` too, as they take one more hop than the enriched records."""
    enriched: dict[str, int] = {}
    alerts: dict[str, int] = {}
    deadline = time.monotonic() + timeout
    while not (wanted <= enriched.keys() and alerting <= alerts.keys()):
        if time.monotonic() > deadline:
            raise SystemExit(
                f"timed out: {len(wanted - enriched.keys())} articles never came out of the pipeline, "
                f"{len(alerting - alerts.keys())} alerting articles never alerted"
            )
        for partition, messages in (await consumer.getmany(timeout_ms=500)).items():
            for message in messages:
                article_id = message.key.decode()
                target = alerts if partition.topic.endswith(topics.ALERTS) else enriched
                target.setdefault(article_id, message.timestamp)
    return enriched, alerts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="burst size")
    parser.add_argument("--workers", type=int, default=1, help="worker processes sharing the partitions")
    parser.add_argument("--paced-articles", type=int, default=600, help="articles sent at a steady rate")
    parser.add_argument("--paced-rate", type=float, default=20.0, help="articles/s of the steady flow")
    args = parser.parse_args()

    settings = Settings.from_env()
    articles = generate(args.articles)
    ceiling, alerting = in_process(articles, settings)
    paced_articles = generate(args.paced_articles, seed=11)
    _, paced_alerting = in_process(paced_articles, settings)

    started_broker = False
    if settings.kafka_bootstrap:
        bootstrap = settings.kafka_bootstrap
    else:
        started_broker = broker.status(settings) is None
        bootstrap = broker.start(settings)
    prefix = f"bench{uuid.uuid4().hex[:8]}-"
    with tempfile.TemporaryDirectory(prefix="newsmon-bench-") as home:
        env = {
            **os.environ,
            "NEWSMON_KAFKA_BOOTSTRAP": bootstrap,
            "NEWSMON_TOPIC_PREFIX": prefix,
            "NEWSMON_APP_ID": prefix.rstrip("-"),
            "NEWSMON_HOME": home,
            "NEWSMON_LOG_LEVEL": "warning",
        }
        try:
            result = asyncio.run(
                through_kafka(
                    articles, alerting, paced_articles, paced_alerting, bootstrap, prefix, env,
                    worker_count=args.workers, paced_rate=args.paced_rate,
                )
            )
        finally:
            if started_broker:
                broker.stop(settings)

    size = sum(len(a.title) + len(a.body) for a in articles) / len(articles)
    encoded = sum(len(codec.encode(a)) for a in articles[:100]) / 100
    print(f"articles: {len(articles)} in 8 languages, {size:.0f} chars each on average ({encoded:.0f} bytes as JSON)")
    print(f"articles that alert: {len(alerting)} in process, {result['alerting']} through Kafka")
    print(f"in-process stage functions (one core, the ceiling): {ceiling:8.0f} articles/s")
    print(f"end to end through Kafka, {args.workers} worker process(es):      {result['e2e_rate']:8.0f} articles/s")
    print(f"publish rate of the replay itself:                  {result['publish_rate']:8.0f} articles/s")
    print(f"ratio end-to-end / ceiling:                         {result['e2e_rate'] / ceiling:8.2f}")
    print(
        f"publish -> alert latency, burst of {len(articles)}:  "
        f"p50 {result['burst_p50']:.0f} ms, p99 {result['burst_p99']:.0f} ms (queueing behind the burst)"
    )
    print(
        f"publish -> alert latency, steady {args.paced_rate:.0f} articles/s: "
        f"p50 {result['paced_p50']:.0f} ms, p99 {result['paced_p99']:.0f} ms "
        f"({result['paced_alerting']:.0f} alerting articles of {args.paced_articles})"
    )


if __name__ == "__main__":
    main()
