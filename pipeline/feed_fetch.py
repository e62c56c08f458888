"""Polite, bounded HTTP fetching for the poller (feedparser never fetches URLs itself).

Every request: a clear User-Agent, connect/read/total timeouts, a cap on the decompressed size, a
bounded number of redirects followed by hand (each hop checked again), a per-host concurrency limit,
conditional GET. By default private, loopback and link-local addresses are refused, for IP literals
and for every address a name resolves to, at every redirect hop: a feed list or a redirect must not
make the poller probe the machine's own network (SSRF).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections import defaultdict
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import ResolveResult
from aiohttp.resolver import ThreadedResolver

from pipeline.errors import NewsmonError
from pipeline.settings import Settings

REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
)


class FetchError(NewsmonError):
    """A fetch that gave no usable response; `retry_after` when the server said when to come back."""

    reason = "fetch"

    def __init__(self, message: str, reason: str | None = None, *, retry_after: float | None = None) -> None:
        super().__init__(message, reason)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Fetched:
    status: int  # 200-299, or 304 (not modified: no body)
    url: str  # after redirects
    headers: Mapping[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_bytes: int
    max_redirects: int
    per_host: int
    allow_private: bool

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(
            user_agent=settings.fetch_user_agent,
            connect_timeout=settings.fetch_connect_timeout,
            read_timeout=settings.fetch_read_timeout,
            total_timeout=settings.fetch_total_timeout,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
            per_host=settings.fetch_per_host,
            allow_private=settings.fetch_allow_private,
        )


def public_address(address: str) -> bool:
    return ipaddress.ip_address(address.split("%")[0]).is_global


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class GuardedResolver(ThreadedResolver):
    """Resolves as usual, then refuses the name if any of its addresses is not public."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        private = [result["host"] for result in results if not public_address(result["host"])]
        if private:
            raise OSError(f"refused: {host} resolves to a non-public address ({', '.join(private)})")
        return results


class Fetcher:
    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(policy.per_host))
        connector = aiohttp.TCPConnector(
            limit=0, ttl_dns_cache=300, resolver=None if policy.allow_private else GuardedResolver()
        )
        self.session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(
                total=policy.total_timeout, sock_connect=policy.connect_timeout, sock_read=policy.read_timeout
            ),
            headers={"User-Agent": policy.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
            auto_decompress=True,
        )

    async def close(self) -> None:
        await self.session.close()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The response to a (conditional) GET, following at most `max_redirects` redirects."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.policy.max_redirects + 1):
            host = self._check(current)
            async with self._slot(host):
                try:
                    async with self.session.get(current, headers=headers, allow_redirects=False) as response:
                        if response.status in REDIRECTS:
                            location = response.headers.get("Location")
                            if not location:
                                raise FetchError(f"HTTP {response.status} without a Location", "http")
                            current = urljoin(current, location)
                            continue
                        return await self._finish(current, response)
                except TimeoutError:
                    raise FetchError(f"timed out fetching {current}", "timeout") from None
                except aiohttp.ClientError as exc:
                    raise FetchError(f"{type(exc).__name__}: {exc}", "network") from None
        raise FetchError(f"more than {self.policy.max_redirects} redirects (last: {current})", "redirects")

    def _check(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise FetchError(f"refused: only http and https URLs are fetched, not {url!r}", "refused")
        host = parts.hostname
        if not self.policy.allow_private and _is_ip(host) and not public_address(host):
            raise FetchError(f"refused: {host} is not a public address", "refused")
        return host

    @asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        async with self._hosts[host]:
            yield

    async def _finish(self, url: str, response: aiohttp.ClientResponse) -> Fetched:
        headers = {name.lower(): value for name, value in response.headers.items()}
        if response.status == 304:
            return Fetched(304, url, headers, b"")
        if response.status in {429, 503}:
            wait = retry_after(headers.get("retry-after"), datetime.now(UTC))
            raise FetchError(f"HTTP {response.status} (retry after {wait} s)", "throttled", retry_after=wait)
        if response.status >= 400 or response.status < 200:
            raise FetchError(f"HTTP {response.status}", "http")
        declared = response.content_length
        if declared is not None and declared > self.policy.max_bytes and "content-encoding" not in headers:
            raise FetchError(f"{declared:,} bytes declared; the cap is {self.policy.max_bytes:,}", "too-large")
        body = bytearray()
        async for chunk in response.content.iter_chunked(CHUNK):
            body += chunk
            if len(body) > self.policy.max_bytes:
                raise FetchError(f"more than {self.policy.max_bytes:,} bytes (after decompression)", "too-large")
        return Fetched(response.status, url, headers, bytes(body))


def retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def freshness(headers: Mapping[str, str], now: datetime) -> float | None:
    """How long the server says the response stays fresh: Cache-Control max-age, else Expires."""
    control = headers.get("cache-control", "")
    match = re.search(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", control)
    if match:
        return float(match.group(1))
    expires = headers.get("expires")
    if expires:
        seconds = retry_after(expires, now)
        return seconds if seconds is not None else None
    return None

