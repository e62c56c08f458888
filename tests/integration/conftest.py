"""Integration fixtures: the real broker (started by scripts/test.sh or `newsmon broker start`), a unique
topic prefix and consumer group per test, and the worker as a subprocess."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from pipeline import resources, topic_admin, topics
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.store_sqlite import SqliteStore

NEWSMON = str(Path(sys.executable).with_name("newsmon"))


@pytest.fixture(scope="session")
def bootstrap() -> str:
    """The broker's address; a test that needs it and cannot reach it fails, it never skips."""
    servers = Settings.from_env().bootstrap_servers()

    async def ping() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=servers, request_timeout_ms=10000)
        await admin.start()
        try:
            await admin.list_topics()
        finally:
            await admin.close()

    try:
        asyncio.run(ping())
    except Exception as exc:
        pytest.fail(f"Kafka broker at {servers} is not reachable ({exc}); start it with `newsmon broker start`")
    return servers


class Pipeline:
    """One isolated deployment: its own topic prefix, consumer group, store and worker processes."""

    def __init__(self, bootstrap: str, home: Path) -> None:
        self.bootstrap = bootstrap
        self.prefix = f"t{uuid.uuid4().hex[:10]}-"
        self.home = home
        self.store_path = home / "store.sqlite3"
        self.env = {
            **os.environ,
            "NEWSMON_KAFKA_BOOTSTRAP": bootstrap,
            "NEWSMON_TOPIC_PREFIX": self.prefix,
            "NEWSMON_APP_ID": f"newsmon-{self.prefix.rstrip('-')}",
            "NEWSMON_HOME": str(home),
            "NEWSMON_STORE_PATH": str(self.store_path),
            "NEWSMON_SINK_BATCH_SECONDS": "0.1",
        }
        self.workers: list[subprocess.Popen[bytes]] = []

    def topic(self, name: str) -> str:
        return self.prefix + name

    def newsmon(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [NEWSMON, *args], env=self.env, capture_output=True, text=True, timeout=timeout, cwd=PROJECT_ROOT
        )

    def start_worker(self, timeout: float = 120) -> subprocess.Popen[bytes]:
        """Start a worker and wait until it has joined its group and is consuming.

        Messages produced while a Faust worker is still joining its group can be skipped by it when
        its partitions already have committed offsets (seen with faust-streaming 0.15.3 under CPU
        load; see the note on issue 2), so tests produce only once the worker says it is ready.
        """
        path = self.home / f"worker-{len(self.workers)}.log"
        with path.open("wb") as log:
            process = subprocess.Popen([NEWSMON, "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.workers.append(process)
        deadline = time.monotonic() + timeout
        while b"[^Worker]: Ready" not in path.read_bytes():
            assert process.poll() is None, f"the worker exited with {process.returncode}\n{self.worker_logs()}"
            assert time.monotonic() < deadline, f"the worker was not ready in {timeout}s\n{self.worker_logs()}"
            time.sleep(0.2)
        return process

    def stop_worker(self, process: subprocess.Popen[bytes]) -> int:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return process.returncode

    def worker_logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-5000:] for p in sorted(self.home.glob("worker-*.log")))

    async def produce(self, topic: str, messages: list[tuple[bytes | None, bytes]]) -> None:
        settings = Settings.from_env(self.env)
        names = topics.topic_names(self.prefix, resources.rule_ids(settings))
        await topic_admin.ensure_topics(self.bootstrap, names, partitions=settings.partitions, replication_factor=1)
        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all")
        await producer.start()
        try:
            for key, value in messages:
                await producer.send_and_wait(self.topic(topic), value=value, key=key)
        finally:
            await producer.stop()

    async def read(
        self, topic: str, *, until: Callable[[list[bytes]], bool], timeout: float
    ) -> list[bytes]:
        """Values from the start of a topic until `until(values)` holds or the time is up."""
        consumer = AIOKafkaConsumer(
            self.topic(topic), bootstrap_servers=self.bootstrap, group_id=None, auto_offset_reset="earliest"
        )
        await consumer.start()
        values: list[bytes] = []
        deadline = time.monotonic() + timeout
        try:
            while not until(values) and time.monotonic() < deadline:
                batches = await consumer.getmany(timeout_ms=500)
                values.extend(m.value for messages in batches.values() for m in messages if m.value is not None)
        finally:
            await consumer.stop()
        return values

    async def partitions(self, name: str) -> list[int]:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            [description] = await admin.describe_topics([name])
        finally:
            await admin.close()
        assert description["error_code"] == 0, f"topic {name}: {description}"
        return [p["partition"] for p in description["partitions"]]

    async def read_all(self, topic: str) -> list[bytes]:
        """Every value in a topic now: reads each partition to its end offset."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False)
        await consumer.start()
        try:
            name = self.topic(topic)
            partitions = [TopicPartition(name, p) for p in await self.partitions(name)]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            values: list[bytes] = []
            while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
                batches = await consumer.getmany(timeout_ms=1000)
                values.extend(m.value for messages in batches.values() for m in messages if m.value is not None)
            return values
        finally:
            await consumer.stop()

    def wait_for_store(self, check: Callable[[SqliteStore], bool], timeout: float) -> SqliteStore:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.store_path.exists():
                store = SqliteStore(self.store_path)
                if check(store):
                    return store
                store.close()
            time.sleep(0.5)
        raise AssertionError(f"the store did not reach the expected state in {timeout}s\n{self.worker_logs()}")


@pytest.fixture
def pipeline(bootstrap: str, tmp_path: Path) -> Iterator[Pipeline]:
    deployment = Pipeline(bootstrap, tmp_path)
    yield deployment
    for process in deployment.workers:
        deployment.stop_worker(process)
