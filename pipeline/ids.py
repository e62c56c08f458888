"""Stable identifiers: the same article or alert always gets the same id, which makes replays idempotent."""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment, default ports and tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith(_TRACKING_PARAMS)]
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


def article_id(*, url: str | None, source: str, title: str, published: datetime | None, body: str = "") -> str:
    """Hash of the canonical URL, else of source+title+published; an untitled article is known by its body."""
    if url:
        return _digest("url", canonical_url(url))
    when = published.isoformat() if published else ""
    if title.strip():
        return _digest("article", source, title.strip(), when)
    return _digest("untitled", source, body.strip(), when)


def alert_id(article: str, rule: str) -> str:
    return _digest("alert", article, rule)
