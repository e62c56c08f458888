"""The feed poller: for each due feed, a conditional fetch, a parse, the entries not seen before
published to articles.raw, then the feed's state recorded.

Order matters for "never lose, never repeat": entries are marked seen only after the publisher
returned (Kafka acknowledged them). A failing feed backs off exponentially with jitter, honours
Retry-After, is marked unhealthy after `poll_unhealthy_after` failures in a row and keeps being
retried at the longest backoff; it is never dropped. A response that is not a usable feed goes to
the dead-letter topic with feedparser's reason.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from pipeline.feed_config import Feed
from pipeline.feed_entries import Entry, FeedError, parse_feed
from pipeline.feed_fetch import Fetched, Fetcher, FetchError, freshness
from pipeline.poller_state import FeedState, PollerState
from pipeline.settings import Settings
from schemas.records import DeadLetter, RawArticle

log = logging.getLogger("newsmon.poller")
ROUND_CONCURRENCY = 64  # feeds fetched at once (the fetcher also limits each host)
DEAD_LETTER_BYTES = 64 * 1024  # of a bad response kept in its dead letter


class Publisher(Protocol):
    async def articles(self, articles: list[RawArticle]) -> None:
        """Returns once every article is durably accepted."""

    async def dead_letter(self, record: DeadLetter) -> None: ...


@dataclass(frozen=True)
class Outcome:
    feed: str
    status: str  # "new", "unchanged", "not-modified", "failed"
    published: int = 0
    error: str | None = None


@dataclass(frozen=True)
class Backoff:
    first: float
    longest: float
    unhealthy_after: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Backoff:
        return cls(settings.poll_backoff_seconds, settings.poll_backoff_max_seconds, settings.poll_unhealthy_after)

    def delay(self, failures: int, rng: random.Random) -> float:
        """Exponential with full-range jitter (0.5x-1.5x), so feeds failing together spread out."""
        base = min(self.longest, self.first * 2 ** min(failures - 1, 30))
        return min(self.longest, base * rng.uniform(0.5, 1.5))


class Poller:
    def __init__(
        self,
        state: PollerState,
        fetcher: Fetcher,
        publisher: Publisher,
        backoff: Backoff,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
    ) -> None:
        self.state = state
        self.fetcher = fetcher
        self.publisher = publisher
        self.backoff = backoff
        self.clock = clock
        self.rng = rng or random.Random()

    async def round(self, feeds: list[Feed], *, only_due: bool = True) -> list[Outcome]:
        """Polls the enabled feeds (only those due, unless `only_due` is false) concurrently."""
        now = self.clock()
        chosen = [f for f in feeds if f.enabled and (not only_due or self.state.feed(f.url).next_due <= now)]
        limit = asyncio.Semaphore(ROUND_CONCURRENCY)

        async def one(feed: Feed) -> Outcome:
            async with limit:
                return await self.poll(feed)

        results = await asyncio.gather(*(one(feed) for feed in chosen), return_exceptions=True)
        for result in results:  # a publisher failure (Kafka down) after every feed had its chance
            if isinstance(result, BaseException):
                raise result
        return [result for result in results if isinstance(result, Outcome)]

    async def poll(self, feed: Feed) -> Outcome:
        now = self.clock()
        state = replace(self.state.feed(feed.url), last_attempt=now)
        try:
            fetched = await self.fetcher.get(feed.url, etag=state.etag, last_modified=state.last_modified)
        except FetchError as exc:
            return self._failed(feed, state, exc, now)
        if fetched.status == 304:
            self.state.record(self._succeeded(feed, state, fetched, None, "not modified", now), listed={}, now=now)
            log.info("feed=%s status=304 new=0", feed.url)
            return Outcome(feed.url, "not-modified")
        try:
            parsed = parse_feed(fetched.body, fetched.headers, feed, now=now)
        except FeedError as exc:
            await self.publisher.dead_letter(_dead_letter(feed, exc, fetched.body, now))
            return self._failed(feed, state, exc, now)
        keys = {entry.key: entry for entry in parsed.entries}  # a feed listing an entry twice sends it once
        unseen = self.state.unseen(feed.url, keys)
        new = [entry for key, entry in keys.items() if key in unseen]
        if feed.full_text:
            new = [await self._with_full_text(entry) for entry in new]
        await self.publisher.articles([entry.article for entry in new])
        note = f"{fetched.status}, {len(new)} new of {len(keys)}"
        if parsed.problem:
            note += f"; malformed but used: {parsed.problem}"
            log.warning("feed=%s malformed but used (%d entries): %s", feed.url, len(keys), parsed.problem)
        done = self._succeeded(feed, state, fetched, parsed.ttl_seconds, note, now)
        self.state.record(
            replace(done, published=state.published + len(new)),
            listed={key: entry.article.id for key, entry in keys.items()},
            now=now,
        )
        log.info("feed=%s status=%d entries=%d new=%d", feed.url, fetched.status, len(keys), len(new))
        return Outcome(feed.url, "new" if new else "unchanged", published=len(new))

    def _succeeded(
        self, feed: Feed, state: FeedState, fetched: Fetched, ttl: float | None, note: str, now: datetime
    ) -> FeedState:
        """Validators kept from the response (a 304 keeps the old ones); next visit after the feed's
        interval, or later if the server's Cache-Control/Expires or the feed's <ttl> asks for it."""
        hints = [hint for hint in (freshness(fetched.headers, now), ttl) if hint is not None]
        wait = max([feed.interval, *(min(hint, self.backoff.longest) for hint in hints)])
        return replace(
            state,
            etag=fetched.headers.get("etag", state.etag if fetched.status == 304 else None),
            last_modified=fetched.headers.get("last-modified", state.last_modified if fetched.status == 304 else None),
            next_due=now + timedelta(seconds=wait),
            failures=0,
            healthy=True,
            last_status=note,
            last_error=None,
            last_success=now,
        )

    def _failed(self, feed: Feed, state: FeedState, exc: FetchError | FeedError, now: datetime) -> Outcome:
        failures = state.failures + 1
        wait = self.backoff.delay(failures, self.rng)
        if isinstance(exc, FetchError) and exc.retry_after is not None:
            wait = max(wait if failures > 1 else 0.0, min(exc.retry_after, self.backoff.longest))
        healthy = failures < self.backoff.unhealthy_after
        failed = replace(
            state,
            next_due=now + timedelta(seconds=wait),
            failures=failures,
            healthy=healthy,
            last_status=f"failed ({exc.reason})",
            last_error=str(exc),
        )
        self.state.record(failed, listed={}, now=now)
        log.warning(
            "feed=%s failed reason=%s failures=%d healthy=%s retry_in=%.0fs: %s",
            feed.url, exc.reason, failures, healthy, wait, exc,
        )
        return Outcome(feed.url, "failed", error=f"{exc.reason}: {exc}")

    async def _with_full_text(self, entry: Entry) -> Entry:
        """The entry with its page's main text as body, when the page can be fetched and read;
        otherwise the feed's own text (logged), never nothing."""
        url = entry.article.url
        if not url:
            return entry
        try:
            page = await self.fetcher.get(url)
            text = await asyncio.to_thread(extract_text, page.body, url)
        except FetchError as exc:
            log.warning("article=%s full text not fetched (%s): %s", entry.article.id, exc.reason, exc)
            return entry
        if not text or len(text) <= len(entry.article.body):
            return entry
        return Entry(entry.key, entry.article.model_copy(update={"body": text}))


def extract_text(page: bytes, url: str) -> str | None:
    import trafilatura

    return trafilatura.extract(page, url=url, include_comments=False, include_tables=False, favor_precision=True)


def _dead_letter(feed: Feed, exc: FeedError, body: bytes, now: datetime) -> DeadLetter:
    payload = body[:DEAD_LETTER_BYTES]
    try:
        text, encoding = payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(payload).decode("ascii"), "base64"
    return DeadLetter(
        stage="poll",
        reason=exc.reason,
        error=str(exc),
        topic=None,
        partition=None,
        offset=None,
        key=feed.url,
        payload=text,
        payload_encoding=encoding,  # type: ignore[arg-type]
        failed_at=now,
    )


async def run_forever(
    poller: Poller, feeds: list[Feed], owns: Callable[[Feed], bool], *, stop: asyncio.Event, busy: asyncio.Lock
) -> None:
    """Rounds over the feeds this process owns until `stop` is set, sleeping until the next is due.
    `busy` is held during a round, so ownership cannot move in the middle of one."""
    while not stop.is_set():
        async with busy:
            mine = [feed for feed in feeds if owns(feed)]
            try:
                await poller.round(mine)
            except Exception:  # the publisher (Kafka) failed: nothing was marked seen; try again later
                log.exception("round failed; feeds will be polled again")
        now = poller.clock()
        dues = [poller.state.feed(feed.url).next_due for feed in mine if feed.enabled]
        wait = min([(due - now).total_seconds() for due in dues] + [5.0])
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=max(0.2, wait))
