"""One poller round over N feeds served locally: wall time, requests/s, CPU time and memory.

The feeds (RSS 2.0, 20 items of ~600 characters each, distinct per feed) are served by a separate
process, spread over `--hosts` loopback addresses (127.0.x.y), so the per-host limit applies as it
would on the web. The poller runs in this process with its real fetcher, parser and SQLite state;
articles go to a counting publisher (what sending to Kafka costs is measured by bench/e2e.py).
The server answers If-None-Match with 304, so the second round shows what an unchanged feed costs.

  python bench/poller.py [--feeds 1000] [--hosts 100] [--per-host 2]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

from aiohttp import web

from pipeline.feed_config import Feed
from pipeline.feed_fetch import Fetcher, FetchPolicy
from pipeline.poller import Backoff, Poller
from pipeline.poller_state import PollerState
from schemas.records import DeadLetter, RawArticle

ITEMS = 20
PARAGRAPH = "The delegations met again on Friday to discuss the accord. "


def feed_xml(n: int) -> bytes:
    items = "".join(
        f"<item><title>Feed {n} item {i}: ministers meet on the border accord</title>"
        f"<link>https://news{n}.example/{i}</link><guid>feed-{n}-item-{i}</guid>"
        f"<pubDate>Sat, 28 Nov 2026 {i % 24:02d}:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{PARAGRAPH * 10}&lt;/p&gt;</description>"
        "</item>"
        for i in range(ITEMS)
    )
    channel = f"<channel><title>Feed {n}</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


def serve(port: multiprocessing.Value, feeds: int) -> None:  # type: ignore[valid-type]
    bodies = {f"/feed{n}": feed_xml(n) for n in range(feeds)}

    async def handle(request: web.Request) -> web.Response:
        etag = f'"{request.path}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=bodies[request.path], content_type="application/rss+xml", headers={"ETag": etag})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{name}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "0.0.0.0", 0, backlog=2048)
        await site.start()
        port.value = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


class Counting:
    def __init__(self) -> None:
        self.count = 0

    async def articles(self, articles: list[RawArticle]) -> None:
        self.count += len(articles)

    async def dead_letter(self, record: DeadLetter) -> None:
        raise AssertionError(record.error)


async def one_round(feeds: list[Feed], policy: FetchPolicy, state_path: Path) -> tuple[int, int]:
    state = PollerState(state_path)
    publisher = Counting()
    try:
        async with Fetcher(policy) as fetcher:
            poller = Poller(state, fetcher, publisher, Backoff(60, 3600, 5))
            outcomes = await poller.round(feeds, only_due=False)
    finally:
        state.close()
    failed = [o for o in outcomes if o.status == "failed"]
    assert not failed, failed[:3]
    return len(outcomes), publisher.count


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--per-host", type=int, default=2)
    args = parser.parse_args()

    port = multiprocessing.Value("i", 0)
    server = multiprocessing.Process(target=serve, args=(port, args.feeds), daemon=True)
    server.start()
    while not port.value:
        time.sleep(0.05)
    feeds = [
        Feed(url=f"http://127.0.{1 + h // 250}.{1 + h % 250}:{port.value}/feed{n}", source=f"s{n}")
        for n in range(args.feeds)
        for h in [n % args.hosts]
    ]
    policy = FetchPolicy("newsmon-bench/1", 10, 30, 120, 5_000_000, 5, args.per_host, allow_private=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for label in ("first round (all new)", "second round (304 Not Modified)"):
                rss_before = rss_mb()
                cpu_before = resource.getrusage(resource.RUSAGE_SELF)
                start = time.perf_counter()
                polled, published = asyncio.run(one_round(feeds, policy, Path(tmp) / "state.sqlite3"))
                wall = time.perf_counter() - start
                cpu_after = resource.getrusage(resource.RUSAGE_SELF)
                cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
                print(
                    f"{label}: {polled} feeds over {args.hosts} hosts (≤{args.per_host} each) in {wall:.2f} s "
                    f"= {polled / wall:,.0f} requests/s; {published:,} articles published; "
                    f"CPU {cpu:.2f} s ({cpu / polled * 1000:.2f} ms a feed); "
                    f"RSS {rss_before:.0f} -> {rss_mb():.0f} MB (peak {cpu_after.ru_maxrss / 1024:.0f} MB)"
                )
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
