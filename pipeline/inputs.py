"""Reading articles from files: seed text files (design.md §3) and JSON Lines of RawArticle."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson

from pipeline import codec, ids
from pipeline.errors import DecodeError, SeedError
from schemas.records import RawArticle

SEED_SOURCE = "seed"
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+(.*))?$")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class LineError:
    line: int
    error: DecodeError


def parse_seed(data: bytes, *, now: datetime) -> RawArticle:
    """A seed file: optional ` date YYYY-MM[-DD] <headline>` line, blank line, body paragraphs."""
    if b"\x00" in data:
        raise SeedError("binary file (contains NUL bytes)", reason="binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SeedError(f"not UTF-8 (invalid byte at offset {exc.start})", reason="not-utf8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SeedError("empty file", reason="empty")
    title, published = "", None
    first, _, rest = text.partition("\n")
    header = _DATE_LINE.match(first)
    if header:
        year, month, day, headline = header.groups()
        try:
            # A month-only date is stored as the first of that month: the earliest instant it can mean.
            published = datetime(int(year), int(month), int(day or 1), tzinfo=UTC)
        except ValueError:
            raise SeedError(f"invalid date in header line: {first.strip()!r}", reason="bad-date") from None
        title = (headline or "").strip()
        text = rest
    paragraphs = [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text)]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body and not title:
        raise SeedError("no headline and no body", reason="empty")
    return RawArticle(
        id=ids.article_id(url=None, source=SEED_SOURCE, title=title, published=published, body=body),
        url=None,
        source=SEED_SOURCE,
        title=title,
        body=body,
        published=published,
        fetched_at=now,
    )


def raw_article_from_json(obj: object, *, now: datetime) -> RawArticle:
    """A RawArticle from a JSON object; a missing `id` or `fetched_at` is filled in, extra fields ignored."""
    if isinstance(obj, dict) and ("id" not in obj or "fetched_at" not in obj):
        obj = dict(obj)
        obj.setdefault("fetched_at", now.isoformat())
        if "id" not in obj:
            draft = codec.validate(RawArticle, {**obj, "id": "pending"})
            obj["id"] = ids.article_id(
                url=draft.url, source=draft.source, title=draft.title, published=draft.published, body=draft.body
            )
    return codec.validate(RawArticle, obj)


def read_jsonl(lines: Iterable[bytes], *, now: datetime) -> Iterator[RawArticle | LineError]:
    """Each line becomes an article or a LineError naming the line; blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield LineError(number, DecodeError(f"not JSON: {exc}", reason="not-json"))
            continue
        try:
            yield raw_article_from_json(obj, now=now)
        except DecodeError as exc:
            yield LineError(number, exc)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expanded recursively in name order, hidden entries left out."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield child
        else:
            yield path
