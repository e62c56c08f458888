"""The poller through the real broker: exactly the new entries reach articles.raw, across rounds and
restarts; a response that is not a feed reaches the dead-letter topic; two poller processes share
the feeds so that each feed is polled by one of them."""

from __future__ import annotations

import asyncio
import re
import subprocess
import time
from pathlib import Path

import orjson
import pytest

from pipeline import topic_names
from tests.feed_server import FEEDS, FeedServer, Route
from tests.integration.conftest import NEWSMON, Pipeline

pytestmark = pytest.mark.integration


@pytest.fixture
def server():
    running = FeedServer().start()
    yield running
    running.stop()


def without_ttl(name: str) -> Route:
    """The fixture without its <ttl> (ten minutes), which the poller would honour."""
    return Route(body=re.sub(rb"<ttl>\d+</ttl>", b"", (FEEDS / name).read_bytes()))


def feed_list(path: Path, feeds: list[tuple[str, str]], interval: float) -> Path:
    lines = [f"  - url: {url}\n    source: {source}\n    interval: {interval}\n" for url, source in feeds]
    path.write_text("feeds:\n" + "".join(lines), encoding="utf-8")
    return path


def poller_env(pipeline: Pipeline, agent: str = "newsmon-test-poller") -> dict[str, str]:
    return {**pipeline.env, "NEWSMON_FETCH_ALLOW_PRIVATE": "true", "NEWSMON_FETCH_USER_AGENT": agent}


def start_poller(pipeline: Pipeline, feeds: Path, name: str) -> tuple[subprocess.Popen[bytes], Path]:
    log = pipeline.home / f"{name}.log"
    with log.open("wb") as out:
        command = [NEWSMON, "poll", "--feeds", str(feeds)]
        process = subprocess.Popen(command, env=poller_env(pipeline, name), stdout=out, stderr=subprocess.STDOUT)
    pipeline.workers.append(process)  # stopped by the fixture if the test fails
    return process, log


def wait_for(check, timeout: float, what: str, logs: list[Path] = ()) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        text = "\n".join(p.read_text(errors="replace")[-3000:] for p in logs if p.exists())
        assert time.monotonic() < deadline, f"{what} did not happen in {timeout}s\n{text}"
        time.sleep(0.2)


def raw_titles(pipeline: Pipeline) -> list[str]:
    return [orjson.loads(v)["title"] for v in asyncio.run(pipeline.read_all(topic_names.ARTICLES_RAW))]


def test_new_entries_once_across_rounds_restarts_and_updates(pipeline: Pipeline, server: FeedServer):
    url = server.serve("/es", without_ttl("rss2_es.xml"))
    bad = server.serve_file("/moved", "not_a_feed.html", content_type="text/html")
    feeds = feed_list(pipeline.home / "feeds.yaml", [(url, "Diario del Sur"), (bad, "Moved")], interval=1)

    once = subprocess.run(
        [NEWSMON, "poll", "--once", "--feeds", str(feeds)], env=poller_env(pipeline), capture_output=True, text=True,
        timeout=120,
    )
    assert once.returncode == 1, once.stderr  # one feed failed
    assert "polled 2 feed(s): 3 new article(s), 1 failed" in once.stdout
    assert f"failed {bad}: bad-feed" in once.stderr
    assert len(raw_titles(pipeline)) == 3

    poller, log = start_poller(pipeline, feeds, "poller-a")  # a restart, then rounds every second
    wait_for(lambda: server.hits["/es"] >= 4, 60, "two more rounds", [log])
    pipeline.stop_worker(poller)
    assert len(raw_titles(pipeline)) == 3

    server.serve("/es", without_ttl("rss2_es_updated.xml"))
    poller, log = start_poller(pipeline, feeds, "poller-b")
    wait_for(lambda: len(raw_titles(pipeline)) >= 5, 60, "the two new entries", [log])
    wait_for(lambda: server.hits["/es"] >= 7, 60, "one more round", [log])
    pipeline.stop_worker(poller)
    titles = raw_titles(pipeline)
    assert len(titles) == 5 and len(set(titles)) == 5

    dead = [orjson.loads(v) for v in asyncio.run(pipeline.read_all(topic_names.DEAD_LETTER))]
    assert dead and {(d["stage"], d["reason"], d["key"]) for d in dead} == {("poll", "bad-feed", bad)}
    status = pipeline.newsmon("feeds", "status", str(feeds))
    assert url in status.stdout and "healthy" in status.stdout and "failed (bad-feed)" in status.stdout


def test_two_pollers_share_the_feeds(pipeline: Pipeline, server: FeedServer):
    urls = [server.serve_file(f"/f{n}", "rss2_ja.xml") for n in range(16)]
    feeds = feed_list(pipeline.home / "feeds.yaml", [(u, f"s{n}") for n, u in enumerate(urls)], interval=1)
    first, first_log = start_poller(pipeline, feeds, "poller-one")
    wait_for(lambda: all(server.hits[f"/f{n}"] for n in range(16)), 60, "the first poller's round", [first_log])
    second, second_log = start_poller(pipeline, feeds, "poller-two")
    wait_for(lambda: "poller owns partitions [" in second_log.read_text(), 60, "the second poller's share",
             [first_log, second_log])
    time.sleep(3)  # the rebalance settles: the first poller has given up what the second took
    settled = time.monotonic()
    time.sleep(5)
    pipeline.stop_worker(second)
    pipeline.stop_worker(first)
    pollers_by_feed: dict[str, set[str]] = {}
    for at, path, agent in server.requests:
        if at > settled and path.startswith("/f"):
            pollers_by_feed.setdefault(path, set()).add(agent)
    assert all(len(agents) == 1 for agents in pollers_by_feed.values()), pollers_by_feed
    assert set().union(*pollers_by_feed.values()) == {"poller-one", "poller-two"}
    assert len(pollers_by_feed) == 16  # every feed is still polled
