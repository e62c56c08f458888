"""The poller's feed list: YAML or TOML written by an operator, or an OPML export from a feed reader.

Every feed is checked when the file is read (an http(s) URL, a positive interval, a known key), and
an error names the file and the feed, so a typo stops the poller before it fetches anything.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import yaml

from pipeline.errors import ConfigError

DEFAULT_INTERVAL = 900.0  # seconds; a feed's own TTL or Cache-Control may ask for longer
KEYS = {"url", "source", "interval", "language", "enabled", "full_text"}


@dataclass(frozen=True)
class Feed:
    url: str
    source: str
    interval: float = DEFAULT_INTERVAL
    language: str | None = None  # a hint for language detection
    enabled: bool = True
    full_text: bool = False  # fetch each new entry's page and extract its text


def check_url(url: str) -> str:
    """Only http and https: a feed list must not make the poller read files or other schemes."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigError(f"not an http(s) URL: {url!r}")
    return url.strip()


def load_feeds(path: Path) -> list[Feed]:
    """Feeds from a .yaml/.yml, .toml or .opml file; a duplicate URL is an error (it would be polled twice)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the feed list {path}: {exc.strerror}") from None
    suffix = path.suffix.lower()
    if suffix == ".opml":
        feeds = read_opml(data, path)
    elif suffix in {".yaml", ".yml", ".toml"}:
        feeds = _read_table(data, path)
    else:
        raise ConfigError(f"{path}: a feed list is .yaml, .yml, .toml or .opml")
    seen: set[str] = set()
    for feed in feeds:
        if feed.url in seen:
            raise ConfigError(f"{path}: feed {feed.url} is listed twice")
        seen.add(feed.url)
    return feeds


def _read_table(data: bytes, path: Path) -> list[Feed]:
    try:
        text = data.decode("utf-8")
        document = tomllib.loads(text) if path.suffix.lower() == ".toml" else yaml.safe_load(text)
    except (UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("feeds"), list):
        raise ConfigError(f"{path}: expected a top-level 'feeds' list (and optional 'defaults')")
    defaults = document.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise ConfigError(f"{path}: 'defaults' must be a mapping")
    return [_feed({**defaults, **entry} if isinstance(entry, dict) else entry, path, n) for n, entry in
            enumerate(document["feeds"], 1)]


def _feed(entry: object, path: Path, number: int) -> Feed:
    where = f"{path}: feed #{number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping with at least 'url'")
    unknown = set(entry) - KEYS
    if unknown:
        names = ", ".join(sorted(map(str, unknown)))
        raise ConfigError(f"{where}: unknown key(s) {names}; known: {', '.join(sorted(KEYS))}")
    url = entry.get("url")
    if not isinstance(url, str):
        raise ConfigError(f"{where}: 'url' is missing")
    try:
        url = check_url(url)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    interval = entry.get("interval", DEFAULT_INTERVAL)
    if isinstance(interval, bool) or not isinstance(interval, int | float) or interval <= 0:
        raise ConfigError(f"{where} ({url}): interval must be a positive number of seconds, got {interval!r}")
    for key in ("enabled", "full_text"):
        if key in entry and not isinstance(entry[key], bool):
            raise ConfigError(f"{where} ({url}): {key} must be true or false, got {entry[key]!r}")
    language = entry.get("language")
    if language is not None and (not isinstance(language, str) or not language.isalpha()):
        raise ConfigError(f"{where} ({url}): language must be a language code such as 'fr', got {language!r}")
    source = entry.get("source") or urlsplit(url).hostname or url
    return Feed(
        url=url,
        source=str(source),
        interval=float(interval),
        language=language.lower() if language else None,
        enabled=entry.get("enabled", True),
        full_text=entry.get("full_text", False),
    )


def read_opml(data: bytes, path: Path | str = "<opml>") -> list[Feed]:
    """Every outline with an xmlUrl, nested folders included; title (else text) becomes the source."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ConfigError(f"{path}: not OPML: {exc}") from None
    feeds = []
    for number, outline in enumerate(root.iter("outline"), 1):
        url = outline.get("xmlUrl")
        if not url:
            continue
        entry: dict[str, object] = {"url": url, "source": outline.get("title") or outline.get("text") or ""}
        if outline.get("language"):
            entry["language"] = outline.get("language", "").split("-")[0]
        feeds.append(_feed(entry, Path(str(path)), number))
    return feeds


def to_yaml(feeds: list[Feed]) -> str:
    """A feed list as the YAML the poller reads (for `newsmon feeds import`)."""
    entries = []
    for feed in feeds:
        entry: dict[str, object] = {"url": feed.url, "source": feed.source, "interval": feed.interval}
        if feed.language:
            entry["language"] = feed.language
        entries.append(entry)
    return yaml.safe_dump({"feeds": entries}, allow_unicode=True, sort_keys=False)
