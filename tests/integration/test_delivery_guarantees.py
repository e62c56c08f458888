"""Nothing lost, nothing duplicated, whatever fails: the worker killed with SIGKILL in the middle of a
replay, the broker stopped and started mid-stream, the PostgreSQL store down for a while; and one
poison pill among 10,000 articles costs one dead letter and nothing else.

The expected articles and alerts are computed in this process with the same stage functions (alert
ids are a hash of article id and rule), never written down by hand."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from bench.corpus import generate
from pipeline import codec, postgres_server, topics
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store_postgres import PostgresStore
from pipeline.store_sqlite import SqliteStore
from tests.conftest import NOW
from tests.integration.conftest import NEWSMON, Pipeline

pytestmark = pytest.mark.integration


def expected_alerts(stages, articles) -> set[str]:
    """Alert ids do not depend on NER, which the workers here run without (for speed)."""
    plain = dataclasses.replace(stages, ner_languages=frozenset())
    return {alert.alert_id for article in articles for alert in plain.enrich(article, now=NOW)[1]}


def publish(pipeline: Pipeline, payloads: list[tuple[bytes, bytes]]) -> None:
    async def send() -> None:
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(bootstrap_servers=pipeline.bootstrap, acks="all", linger_ms=20)
        await producer.start()
        try:
            pending = [await producer.send(pipeline.topic(topics.ARTICLES_RAW), value=v, key=k) for k, v in payloads]
            await asyncio.gather(*pending)
        finally:
            await producer.stop()

    asyncio.run(send())


def articles_payloads(articles) -> list[tuple[bytes, bytes]]:
    return [(a.id.encode(), codec.encode(a)) for a in articles]


def wait_until(open_store: Callable[[], Store], check: Callable[[Store], bool], timeout: float, what: str,
               pipeline: Pipeline) -> None:
    deadline = time.monotonic() + timeout
    while True:
        store = open_store()
        try:
            if check(store):
                return
            counts = (len(store.article_ids()), len(store.alert_ids()))
        finally:
            store.close()
        assert time.monotonic() < deadline, f"{what}: not after {timeout}s (articles, alerts = {counts})\n" + (
            pipeline.worker_logs()[-4000:]
        )
        time.sleep(1)


def full_logs(pipeline: Pipeline) -> str:
    return "".join(path.read_text(errors="replace") for path in sorted(pipeline.home.glob("worker-*.log")))


def assert_exactly_once(store: Store, articles, alert_ids: set[str]) -> None:
    stored = store.article_ids()
    assert len(stored) == len(set(stored)) == len(articles)
    assert set(stored) == {a.id for a in articles}
    alerts = store.alert_ids()
    assert len(alerts) == len(set(alerts)) and set(alerts) == alert_ids


def test_sigkill_in_the_middle_of_a_5000_article_replay(pipeline: Pipeline, stages):
    # NER for Russian only: tag_entities then runs two articles at a time (acknowledged out of
    # order, see pipeline/faust_fixes.py) while most articles skip the slow model.
    pipeline.env["NEWSMON_NER"] = "ru"
    articles = generate(5000, seed=21, now=NOW)
    alert_ids = expected_alerts(stages, articles)
    open_store = lambda: SqliteStore(pipeline.store_path)  # noqa: E731
    worker = pipeline.start_worker()
    publish(pipeline, articles_payloads(articles))
    wait_until(open_store, lambda s: len(s.article_ids()) >= 1000, 300, "1,000 articles stored", pipeline)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    killed_at = len(open_store().article_ids())
    assert killed_at < len(articles), "the worker was killed after the replay had finished"
    pipeline.start_worker()
    wait_until(
        open_store, lambda s: len(s.article_ids()) == 5000 and set(s.alert_ids()) >= alert_ids, 600,
        "every article and alert stored after the restart", pipeline,
    )
    time.sleep(3)  # let any redelivery of the batch in flight at the kill land too
    store = open_store()
    assert_exactly_once(store, articles, alert_ids)
    assert max(store.deliveries(a.id) for a in articles[:2000]) >= 1


def test_broker_stopped_mid_stream_and_one_poison_pill_in_10000(tmp_path: Path, stages):
    """A private broker (stopping the shared one would break other tests)."""
    broker_env = {**os.environ, "NEWSMON_HOME": str(tmp_path / "broker-home")}
    broker_env.pop("NEWSMON_KAFKA_BOOTSTRAP", None)

    def broker(action: str) -> str:
        done = subprocess.run([NEWSMON, "broker", action], env=broker_env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    bootstrap = broker("start")
    pipeline = Pipeline(bootstrap, tmp_path / "worker-home")
    pipeline.home.mkdir()
    pipeline.env["NEWSMON_NER"] = "off"
    try:
        articles = generate(10_000, seed=22, now=NOW)
        alert_ids = expected_alerts(stages, articles)
        payloads = articles_payloads(articles)
        payloads.insert(5000, (b"poison", b"\xff\xfe not a record"))
        open_store = lambda: SqliteStore(pipeline.store_path)  # noqa: E731
        pipeline.start_worker()
        publish(pipeline, payloads)
        wait_until(open_store, lambda s: len(s.article_ids()) >= 2000, 300, "2,000 articles stored", pipeline)
        broker("stop")
        time.sleep(5)
        assert broker("start") == bootstrap  # same ports, same data: the topics and offsets are back
        wait_until(
            open_store, lambda s: len(s.article_ids()) == 10_000 and set(s.alert_ids()) >= alert_ids, 600,
            "every article and alert stored after the broker restart", pipeline,
        )
        time.sleep(3)
        assert_exactly_once(open_store(), articles, alert_ids)
        dead = [orjson.loads(v) for v in asyncio.run(pipeline.read_all(topics.DEAD_LETTER))]
        assert [(d["stage"], d["reason"], d["key"]) for d in dead] == [("language", "not-utf8", "poison")]
        for process in pipeline.workers:
            assert process.poll() is None, "the worker died\n" + pipeline.worker_logs()[-4000:]
    finally:
        for process in pipeline.workers:
            pipeline.stop_worker(process)
        broker("stop")


def test_postgresql_down_for_a_while(tmp_path: Path, bootstrap: str, stages):
    """A private PostgreSQL cluster, stopped while the sink writes: the sink waits with backoff,
    the worker stays up, and everything is stored once the server is back."""
    pg_settings = Settings.from_env({"NEWSMON_HOME": str(tmp_path / "pg-home")})
    url = postgres_server.start(pg_settings)
    pipeline = Pipeline(bootstrap, tmp_path / "worker-home")
    pipeline.home.mkdir()
    pipeline.env.update({"NEWSMON_NER": "off", "NEWSMON_STORE_URL": url})
    try:
        articles = generate(3000, seed=23, now=NOW)
        alert_ids = expected_alerts(stages, articles)
        open_store = lambda: PostgresStore(url)  # noqa: E731
        worker = pipeline.start_worker()
        publish(pipeline, articles_payloads(articles))
        wait_until(open_store, lambda s: len(s.article_ids()) >= 500, 300, "500 articles stored", pipeline)
        postgres_server.stop(pg_settings)
        deadline = time.monotonic() + 60
        while "store unavailable" not in full_logs(pipeline) and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(8)  # several retries while the server is down
        assert worker.poll() is None, "the worker exited while the store was down\n" + pipeline.worker_logs()[-4000:]
        assert postgres_server.start(pg_settings) == url
        wait_until(
            open_store, lambda s: len(s.article_ids()) == 3000 and set(s.alert_ids()) >= alert_ids, 300,
            "every article and alert stored once PostgreSQL is back", pipeline,
        )
        store = open_store()
        assert_exactly_once(store, articles, alert_ids)
        store.close()
        logs = full_logs(pipeline)
        assert "store unavailable" in logs and "store reachable again" in logs
        assert worker.poll() is None and len(pipeline.workers) == 1  # one worker process all along
    finally:
        for process in pipeline.workers:
            pipeline.stop_worker(process)
        postgres_server.stop(pg_settings)
