"""A local HTTP server for the poller's tests: feeds, 304s, slow and huge answers, throttling,
errors and redirects, on its own thread and event loop (so a poller subprocess can use it too)."""

from __future__ import annotations

import asyncio
import gzip
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

FEEDS = Path(__file__).parent / "data" / "feeds"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0  # seconds before the first byte
    drip: float = 0.0  # seconds between chunks of 1 KB (a slow, never-ending answer)
    stream_bytes: int = 0  # this many bytes streamed without Content-Length (a huge answer)
    gzip: bool = False
    location: str | None = None  # redirect target


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self.requests: list[tuple[float, str, str]] = []  # (monotonic time, path, User-Agent)
        self.active = 0
        self.most_active = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def serve(self, path: str, route: Route | None = None, **fields: object) -> str:
        self.routes[path] = route or Route(**fields)  # type: ignore[arg-type]
        return self.url + path

    def serve_file(self, path: str, name: str, **fields: object) -> str:
        return self.serve(path, Route(body=(FEEDS / name).read_bytes(), **fields))  # type: ignore[arg-type]

    def start(self) -> FeedServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.user_agents.add(request.headers.get("User-Agent", ""))
        self.requests.append((time.monotonic(), request.path, request.headers.get("User-Agent", "")))
        self.active += 1
        self.most_active = max(self.most_active, self.active)
        try:
            return await self._answer(request)
        finally:
            self.active -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        route = self.routes.get(request.path)
        if route is None:
            return web.Response(status=404)
        await asyncio.sleep(route.delay)
        if route.location is not None:
            return web.Response(status=302, headers={"Location": route.location})
        modified = route.headers.get("Last-Modified")
        if modified and request.headers.get("If-Modified-Since") == modified:
            self.not_modified[request.path] += 1
            return web.Response(status=304)
        if route.etag and request.headers.get("If-None-Match") == route.etag:
            self.not_modified[request.path] += 1
            return web.Response(status=304, headers={"ETag": route.etag})
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.drip or route.stream_bytes:
            response = web.StreamResponse(status=route.status, headers=headers)
            response.content_type = route.content_type
            await response.prepare(request)
            sent = 0
            while route.drip or sent < route.stream_bytes:
                await response.write(b"x" * 1024)
                sent += 1024
                await asyncio.sleep(route.drip)
            await response.write_eof()
            return response
        body = route.body
        if route.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = route.content_type  # may carry a charset
        return web.Response(status=route.status, body=body, headers=headers)
