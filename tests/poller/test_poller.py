"""The poller's logic against a local HTTP server and a real state file: what is published, what is
remembered across restarts, and how failing feeds are retried. The publisher here is a list; the
same rounds through Kafka are in tests/integration/test_poller.py."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.feed_config import Feed
from pipeline.feed_fetch import Fetcher
from pipeline.poller import Backoff, Poller
from pipeline.poller_state import PollerState
from schemas.records import DeadLetter, RawArticle
from tests.feed_server import FEEDS, FeedServer, Route
from tests.poller.test_fetch import POLICY

START = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
BACKOFF = Backoff(first=60, longest=3600, unhealthy_after=3)


class Collected:
    def __init__(self) -> None:
        self.sent: list[RawArticle] = []
        self.dead: list[DeadLetter] = []

    async def articles(self, articles: list[RawArticle]) -> None:
        self.sent.extend(articles)

    async def dead_letter(self, record: DeadLetter) -> None:
        self.dead.append(record)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


async def rounds(path: Path, feeds: list[Feed], times: int, clock: Clock, out: Collected, *, only_due: bool = False):
    """`times` rounds of a freshly started poller (a restart each call)."""
    state = PollerState(path)
    try:
        async with Fetcher(POLICY) as fetcher:
            poller = Poller(state, fetcher, out, BACKOFF, clock=clock, rng=random.Random(1))
            return [await poller.round(feeds, only_due=only_due) for _ in range(times)]
    finally:
        state.close()


async def test_new_entries_once_across_rounds_and_restarts(server: FeedServer, tmp_path):
    feed = Feed(url=server.serve_file("/es", "rss2_es.xml"), source="Diario")
    out, clock, path = Collected(), Clock(), tmp_path / "poller.sqlite3"
    await rounds(path, [feed], 2, clock, out)
    assert len(out.sent) == 3
    await rounds(path, [feed], 1, clock, out)  # restarted
    assert len(out.sent) == 3
    server.serve_file("/es", "rss2_es_updated.xml")
    [[outcome]] = await rounds(path, [feed], 1, clock, out)
    assert outcome.published == 2 and len(out.sent) == 5 and len({a.id for a in out.sent}) == 5
    assert PollerState(path).feed(feed.url).published == 5


async def test_a_304_costs_no_parse_and_keeps_the_validators(server: FeedServer, tmp_path):
    feed = Feed(url=server.serve_file("/fr", "rss2_fr.xml", etag='"abc"'), source="Le Quotidien")
    out, clock = Collected(), Clock()
    [[first], [second]] = await rounds(tmp_path / "s.sqlite3", [feed], 2, clock, out)
    assert (first.status, first.published, second.status) == ("new", 3, "not-modified")
    assert server.not_modified["/fr"] == 1
    assert PollerState(tmp_path / "s.sqlite3").feed(feed.url).etag == '"abc"'


async def test_last_modified_is_sent_back_as_if_modified_since(server: FeedServer, tmp_path):
    stamp = "Sat, 28 Nov 2026 11:00:00 GMT"
    feed = Feed(url=server.serve_file("/lm", "rss2_ja.xml", headers={"Last-Modified": stamp}), source="lm")
    [[first], [second]] = await rounds(tmp_path / "s.sqlite3", [feed], 2, Clock(), Collected())
    assert (first.status, second.status) == ("new", "not-modified") and server.not_modified["/lm"] == 1


async def test_interval_and_cache_hints_decide_when_a_feed_is_due(server: FeedServer, tmp_path):
    cached = Feed(url=server.serve_file("/c", "rss2_es.xml", headers={"Cache-Control": "max-age=1800"}), source="c")
    plain = Feed(url=server.serve_file("/p", "rss2_ja.xml"), source="p", interval=300)
    out, clock, path = Collected(), Clock(), tmp_path / "s.sqlite3"
    await rounds(path, [cached, plain], 1, clock, out)
    state = PollerState(path)
    assert state.feed(cached.url).next_due == START + timedelta(seconds=1800)  # longer than its 900 s interval
    assert state.feed(plain.url).next_due == START + timedelta(seconds=300)
    clock.now = START + timedelta(seconds=600)
    [due] = await rounds(path, [cached, plain], 1, clock, out, only_due=True)
    assert [outcome.feed for outcome in due] == [plain.url]


async def test_a_failing_feed_backs_off_turns_unhealthy_and_is_still_retried(server: FeedServer, tmp_path):
    feed = Feed(url=server.serve("/down", Route(status=500)), source="down")
    out, clock, path = Collected(), Clock(), tmp_path / "s.sqlite3"
    waits = []
    for _ in range(5):
        [[outcome]] = await rounds(path, [feed], 1, clock, out)
        assert outcome.status == "failed" and "HTTP 500" in (outcome.error or "")
        state = PollerState(path).feed(feed.url)
        waits.append((state.next_due - clock.now).total_seconds())
        clock.now = state.next_due
    assert state.failures == 5 and not state.healthy and state.last_error == "HTTP 500"
    assert 30 <= waits[0] <= 90 and waits[1] > waits[0] and max(waits) <= BACKOFF.longest  # doubling, jittered, capped
    server.serve_file("/down", "rss2_es.xml")
    [[outcome]] = await rounds(path, [feed], 1, clock, out, only_due=True)  # still retried when due
    state = PollerState(path).feed(feed.url)
    assert outcome.published == 3 and state.healthy and state.failures == 0


async def test_retry_after_is_honoured(server: FeedServer, tmp_path):
    feed = Feed(url=server.serve("/busy", Route(status=503, headers={"Retry-After": "1200"})), source="busy")
    clock, path = Clock(), tmp_path / "s.sqlite3"
    await rounds(path, [feed], 1, clock, Collected())
    assert PollerState(path).feed(feed.url).next_due == START + timedelta(seconds=1200)


async def test_a_response_that_is_not_a_feed_is_dead_lettered_and_the_feed_kept(server: FeedServer, tmp_path):
    good = Feed(url=server.serve_file("/ok", "rss2_es.xml"), source="ok")
    bad = Feed(url=server.serve_file("/html", "not_a_feed.html", content_type="text/html"), source="bad")
    out, clock, path = Collected(), Clock(), tmp_path / "s.sqlite3"
    outcomes = {o.feed: o for [*round_] in await rounds(path, [good, bad], 1, clock, out) for o in round_}
    assert outcomes[good.url].published == 3 and outcomes[bad.url].status == "failed"
    [dead] = out.dead
    assert (dead.stage, dead.reason, dead.key) == ("poll", "bad-feed", bad.url)
    assert dead.payload.startswith("<!DOCTYPE html>") and "not a usable feed" in dead.error
    assert PollerState(path).feed(bad.url).failures == 1


async def test_full_text_replaces_the_summary_with_the_page_text(server: FeedServer, tmp_path):
    page = (FEEDS / "article_page.html").read_bytes()
    body = (FEEDS / "rss2_es.xml").read_text(encoding="utf-8")
    links = sorted(set(part.split("</link>")[0] for part in body.split("<link>")[2:]))
    for link in links:
        server.serve(link.split(".example", 1)[1], Route(body=page, content_type="text/html; charset=utf-8"))
    feed_xml = body.replace("https://diariodelsur.example", server.url)
    feed = Feed(url=server.serve("/es", Route(body=feed_xml.encode())), source="Diario", full_text=True)
    out = Collected()
    await rounds(tmp_path / "s.sqlite3", [feed], 1, Clock(), out)
    assert len(out.sent) == 3
    assert all("contingente de 200 soldados" in article.body for article in out.sent)
    plain = replace(feed, url=server.serve("/es2", Route(body=feed_xml.encode())), full_text=False)
    out2 = Collected()
    await rounds(tmp_path / "t.sqlite3", [plain], 1, Clock(), out2)
    assert all("contingente de 200 soldados" not in article.body for article in out2.sent)
