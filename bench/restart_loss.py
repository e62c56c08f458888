"""Delivery across worker restarts: restart a worker N times and, each time, publish a few articles
while it is starting; report articles that never came out of the pipeline.

  python bench/restart_loss.py [--rounds 10] [--delay 4.0]

This reproduces the loss described in README "Known limitations" (faust-streaming 0.15.3): on this
machine, with both cores busy, 1 article in 80 was lost in 10 rounds at a 4 s delay. Run it with
load on the machine (e.g. two `yes > /dev/null`) to widen the window. It prints figures and asserts
nothing; it uses NEWSMON_KAFKA_BOOTSTRAP or the local broker, which must be running.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from pipeline import replay, resources, topic_admin, topics
from pipeline.settings import Settings


async def run(rounds: int, delay: float, per_round: int) -> None:
    bootstrap = Settings.from_env().bootstrap_servers()
    prefix = f"restart{uuid.uuid4().hex[:8]}-"
    home = tempfile.mkdtemp(prefix="newsmon-restart-")
    env = {
        **os.environ,
        "NEWSMON_KAFKA_BOOTSTRAP": bootstrap,
        "NEWSMON_TOPIC_PREFIX": prefix,
        "NEWSMON_APP_ID": prefix.rstrip("-"),
        "NEWSMON_HOME": home,
    }
    settings = Settings.from_env(env)
    names = topics.topic_names(prefix, resources.rule_ids(settings))
    await topic_admin.ensure_topics(bootstrap, names, partitions=settings.partitions, replication_factor=1)
    sent: set[str] = set()
    losses = []
    for number in range(rounds):
        with (Path(home) / f"worker-{number}.log").open("wb") as log:
            worker = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "worker"], env=env, stdout=log, stderr=log)
        await asyncio.sleep(delay)
        articles = generate(per_round, seed=1000 + number, now=datetime.now(UTC))
        await replay.publish(bootstrap, prefix + topics.ARTICLES_RAW, articles)
        sent.update(a.id for a in articles)
        missing = await _missing(bootstrap, prefix + topics.ARTICLES_ENRICHED, sent, timeout=60)
        losses.append(len(missing))
        print(f"restart {number + 1}: {len(missing)} of {len(sent)} published articles never enriched", flush=True)
        worker.terminate()
        worker.wait(timeout=60)
    print(f"rounds with a loss: {sum(1 for n in losses if n)} of {rounds}; worker logs in {home}")


async def _missing(bootstrap: str, topic: str, wanted: set[str], timeout: float) -> set[str]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    seen: set[str] = set()
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not wanted <= seen:
            for messages in (await consumer.getmany(timeout_ms=500)).values():
                seen.update(m.key.decode() for m in messages if m.key)
    finally:
        await consumer.stop()
    return wanted - seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--delay", type=float, default=4.0, help="seconds between starting a worker and publishing")
    parser.add_argument("--per-round", type=int, default=8)
    args = parser.parse_args()
    asyncio.run(run(args.rounds, args.delay, args.per_round))


if __name__ == "__main__":
    main()
