"""The fetcher against a local HTTP server: conditional GET, timeouts, size caps, redirects,
throttling, compression, politeness, and the SSRF guard."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from pipeline import feed_fetch
from pipeline.feed_fetch import Fetcher, FetchError, FetchPolicy, GuardedResolver, freshness, retry_after
from tests.feed_server import FeedServer, Route

POLICY = FetchPolicy(
    user_agent="newsmon-test/1 (tests)",
    connect_timeout=2,
    read_timeout=1,
    total_timeout=5,
    max_bytes=100_000,
    max_redirects=3,
    per_host=2,
    allow_private=True,  # the test server is on loopback
)


async def fetch(url: str, policy: FetchPolicy = POLICY, **conditional: str | None) -> feed_fetch.Fetched:
    async with Fetcher(policy) as fetcher:
        return await fetcher.get(url, **conditional)


async def test_conditional_get_gives_304_without_a_body(server: FeedServer):
    url = server.serve_file("/es.xml", "rss2_es.xml", etag='"v1"')
    first = await fetch(url)
    assert first.status == 200 and first.headers["etag"] == '"v1"' and first.body.startswith(b"<?xml")
    second = await fetch(url, etag='"v1"')
    assert (second.status, second.body) == (304, b"") and server.not_modified["/es.xml"] == 1
    assert server.user_agents == {"newsmon-test/1 (tests)"}


async def test_gzip_is_decompressed(server: FeedServer):
    url = server.serve_file("/gz.xml", "rss2_fr.xml", gzip=True)
    assert (await fetch(url)).body == (server.routes["/gz.xml"].body)


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (Route(delay=3), "timeout"),  # no answer within the read timeout
        (Route(drip=0.5), "timeout"),  # a trickle that never ends: the total timeout
        (Route(stream_bytes=300_000), "too-large"),  # no Content-Length, more than the cap
        (Route(body=b"x" * 300_000), "too-large"),  # Content-Length over the cap
        (Route(status=500), "http"),
        (Route(status=404), "http"),
    ],
)
async def test_bad_answers_are_errors_with_a_reason(server: FeedServer, route: Route, reason: str):
    url = server.serve("/bad", route)
    with pytest.raises(FetchError) as caught:
        await fetch(url)
    assert caught.value.reason == reason


async def test_a_gzip_bomb_is_capped_after_decompression(server: FeedServer):
    url = server.serve("/bomb", Route(body=b"\0" * 5_000_000, gzip=True))  # ~5 KB on the wire
    with pytest.raises(FetchError, match="after decompression"):
        await fetch(url)


@pytest.mark.parametrize(("header", "seconds"), [("120", 120.0), (None, None)])
async def test_throttling_carries_retry_after(server: FeedServer, header, seconds):
    url = server.serve("/busy", Route(status=429, headers={"Retry-After": header} if header else {}))
    with pytest.raises(FetchError) as caught:
        await fetch(url)
    assert caught.value.reason == "throttled" and caught.value.retry_after == seconds


async def test_redirects_are_followed_and_bounded(server: FeedServer):
    server.serve_file("/feed", "rss2_es.xml")
    url = server.serve("/moved", location="/feed")
    assert (await fetch(url)).url == server.url + "/feed"
    loop = server.serve("/a", location="/b")
    server.serve("/b", location="/a")
    with pytest.raises(FetchError) as caught:
        await fetch(loop)
    assert caught.value.reason == "redirects" and server.hits["/a"] + server.hits["/b"] == 4  # 1 + 3 redirects


async def test_one_host_gets_at_most_per_host_requests_at_once(server: FeedServer):
    urls = [server.serve(f"/slow{n}", Route(body=b"<rss/>", delay=0.3)) for n in range(6)]
    async with Fetcher(POLICY) as fetcher:
        await asyncio.gather(*(fetcher.get(url) for url in urls))
    assert server.most_active == POLICY.per_host


async def test_only_http_and_https(server: FeedServer):
    for url in ("file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/"):
        with pytest.raises(FetchError, match="only http and https"):
            await fetch(url)


async def test_private_addresses_are_refused_by_default(server: FeedServer):
    url = server.serve_file("/es.xml", "rss2_es.xml")
    strict = replace(POLICY, allow_private=False)
    for target in (url, "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/"):
        with pytest.raises(FetchError, match="refused"):
            await fetch(target, strict)
    assert server.hits["/es.xml"] == 0
    with pytest.raises(OSError, match="non-public"):  # a name resolving to loopback
        await GuardedResolver().resolve("localhost", 80, socket.AF_INET)


async def test_a_redirect_to_a_private_address_is_refused(server: FeedServer, monkeypatch):
    """The test server is on 127.0.0.1; let only that address count as public, then redirect to
    127.0.0.2: the second hop is checked again and refused."""
    monkeypatch.setattr(feed_fetch, "public_address", lambda address: address == "127.0.0.1")
    url = server.serve("/hop", location=f"http://127.0.0.2:{server.port}/internal")
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.2"):
        await fetch(url, replace(POLICY, allow_private=False))
    assert server.hits["/hop"] == 1


def test_retry_after_and_freshness_headers():
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert retry_after("Sat, 28 Nov 2026 12:02:00 GMT", now) == 120.0
    assert retry_after("soon", now) is None
    assert freshness({"cache-control": "public, max-age=1800"}, now) == 1800.0
    assert freshness({"expires": "Sat, 28 Nov 2026 13:00:00 GMT"}, now) == 3600.0
    assert freshness({}, now) is None
