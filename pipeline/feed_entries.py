"""Feed bytes to RawArticles: feedparser on the fetched bytes and response headers (it never fetches
anything itself), markup stripped, URLs made canonical, dates in UTC.

A malformed feed that still yields entries is used (feedparser's "bozo" flag is reported, not fatal);
one that yields nothing raises FeedError with feedparser's reason, so the poller can record it.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import feedparser

from pipeline.errors import NewsmonError
from pipeline.feed_config import Feed
from pipeline.ids import article_id, canonical_url
from schemas.records import RawArticle

BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
SKIPPED = {"script", "style", "noscript", "template"}


class FeedError(NewsmonError):
    """A response that is not a usable feed."""

    reason = "bad-feed"


@dataclass(frozen=True)
class Entry:
    key: str  # what makes the entry "seen": its guid, else its canonical link, else a hash of title+date
    article: RawArticle


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[Entry]
    problem: str | None  # feedparser's complaint about a malformed feed that still had entries
    ttl_seconds: float | None  # the feed's own <ttl>
    empty: int = 0  # entries with no title, text or link: nothing to publish, counted for the log


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_markup(markup: str) -> str:
    """Plain text of an HTML fragment: tags and scripts gone, entities decoded, paragraphs kept as
    blank-line-separated blocks and runs of spaces collapsed."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in text.split("\n")]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def parse_feed(body: bytes, headers: Mapping[str, str], feed: Feed, *, now: datetime) -> ParsedFeed:
    """The entries of a fetched feed; `headers` (Content-Type's charset above all) guide decoding."""
    parsed = feedparser.parse(body, response_headers={k.lower(): v for k, v in headers.items()})
    problem = _bozo_reason(parsed) if parsed.get("bozo") else None
    if not parsed.entries:
        if problem:
            raise FeedError(f"not a usable feed: {problem}")
        if not parsed.get("version") and not parsed.feed:
            raise FeedError("not a feed: no RSS, Atom or RDF document found")
    entries = [_entry(raw, feed, now) for raw in parsed.entries]
    ttl = parsed.feed.get("ttl")
    ttl_seconds = float(ttl) * 60 if isinstance(ttl, str) and ttl.strip().isdigit() else None
    kept = [entry for entry in entries if entry is not None]
    return ParsedFeed(kept, problem, ttl_seconds, empty=len(entries) - len(kept))


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}" if exc is not None else "malformed feed"


def _entry(raw: Any, feed: Feed, now: datetime) -> Entry | None:
    title = strip_markup(raw.get("title", "") or "")
    body = _body(raw)
    link = raw.get("link") or None
    url = canonical_url(link) if link and link.startswith(("http://", "https://")) else None
    published = _when(raw.get("published_parsed") or raw.get("updated_parsed"))
    if not (title or body or url):
        return None
    guid = (raw.get("id") or "").strip()
    if guid:
        key = "guid:" + guid
    elif url:
        key = "url:" + url
    else:
        key = "hash:" + hashlib.sha256(f"{title}\x1f{published.isoformat() if published else ''}".encode()).hexdigest()
    article = RawArticle(
        id=article_id(url=url, source=feed.source, title=title, published=published, body=body),
        url=url,
        source=feed.source,
        title=title,
        body=body,
        published=published,
        fetched_at=now,
        feed=feed.url,
        lang_hint=feed.language,
    )
    return Entry(key, article)


def _body(raw: Any) -> str:
    """The longest of the entry's content blocks and its summary, as text."""
    candidates = [block.get("value", "") for block in raw.get("content", []) or []]
    candidates.append(raw.get("summary", "") or "")
    texts = [strip_markup(candidate) for candidate in candidates if candidate]
    return max(texts, key=len, default="")


def _when(parsed_time: Any) -> datetime | None:
    """feedparser gives UTC struct_times; a date it could not read is None, not "now"."""
    if not parsed_time:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed_time), tz=UTC)
