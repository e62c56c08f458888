"""The store: enriched articles and alerts, upserted by id so that redeliveries never duplicate, and
searchable. Two implementations behind one interface: embedded SQLite (the default) and PostgreSQL
(`NEWSMON_STORE_URL=postgresql://...`); both apply the versioned migrations in `migrations/` when
opened.

Search works on the text as newsmon tokenises it (case-folded words; Chinese and Japanese one
character a word), identically in both stores: every word of the query must occur, and a run of
Chinese or Japanese characters must occur as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from pipeline.alerts import IDEOGRAPHS, tokens, word
from pipeline.settings import Settings
from schemas.records import Alert, EnrichedArticle

Bucket = Literal["day", "hour"]
IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    language: str | None = None
    rule: str | None = None
    entity: str | None = None  # a QID, or a name as tagged (any case)
    since: datetime | None = None
    limit: int = 20


@dataclass(frozen=True)
class SearchHit:
    id: str
    published: datetime | None
    language: str
    source: str
    title: str
    url: str | None
    rules: list[str]


@dataclass(frozen=True)
class CountRow:
    bucket: str  # the day (YYYY-MM-DD) or hour (YYYY-MM-DDTHH) of publication, else of storage
    dimension: Literal["language", "source", "rule"]
    key: str
    count: int


class Store(Protocol):
    def upsert_articles(self, articles: Iterable[EnrichedArticle], *, now: datetime) -> None: ...
    def upsert_alerts(self, alerts: Iterable[Alert]) -> None: ...
    def article(self, article_id: str) -> EnrichedArticle | None: ...
    def deliveries(self, article_id: str) -> int: ...
    def alerts_for(self, article_id: str) -> list[Alert]: ...
    def article_ids(self) -> list[str]: ...
    def alert_ids(self) -> list[str]: ...
    def counts(self) -> dict[str, dict[str, int]]: ...
    def search(self, query: SearchQuery) -> list[SearchHit]: ...
    def over_time(self, *, since: datetime | None, bucket: Bucket) -> list[CountRow]: ...
    def close(self) -> None: ...


def open_store(settings: Settings) -> Store:
    if settings.store_url:
        from pipeline.store_postgres import PostgresStore

        return PostgresStore(settings.store_url)
    from pipeline.store_sqlite import SqliteStore

    return SqliteStore(settings.store_file)


def search_tokens(article: EnrichedArticle) -> str:
    """What the full-text index holds for an article."""
    return " ".join(word(token) for text in (article.title, article.body) for token in tokens(text))


def query_groups(text: str) -> list[list[str]]:
    """The query as groups of tokens that must each occur in sequence: one group per word, one per
    run of Chinese/Japanese characters."""
    groups: list[list[str]] = []
    previous_end = -1
    for token in tokens(text):
        text_of = word(token)
        if _ideograph(text_of) and groups and previous_end == token.start() and _ideograph(groups[-1][-1]):
            groups[-1].append(text_of)
        else:
            groups.append([text_of])
        previous_end = token.end()
    return groups


def _ideograph(char: str) -> bool:
    return bool(IDEOGRAPH.fullmatch(char))


def filters(query: SearchQuery, mark: str, since: object) -> tuple[list[str], list[object]]:
    """The SQL conditions (placeholder `mark`) of a search's language, rule, entity and date
    filters, shared by both stores; `since` is the date as the store's driver takes it."""
    where: list[str] = []
    params: list[object] = []
    if query.language:
        where.append(f"a.language = {mark}")
        params.append(query.language)
    if query.rule:
        where.append(f"EXISTS (SELECT 1 FROM alerts r WHERE r.article_id = a.id AND r.rule = {mark})")
        params.append(query.rule)
    if query.entity:
        where.append(
            "EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id"
            f" AND (e.entity_id = {mark} OR e.name = {mark}))"
        )
        params += [query.entity, query.entity.casefold()]
    if query.since:
        where.append(f"COALESCE(a.published, a.first_stored_at) >= {mark}")
        params.append(since)
    return where, params


# What `over_time` counts: (dimension, column, rows counted)
COUNTED: tuple[tuple[Literal["language", "source", "rule"], str, str], ...] = (
    ("language", "a.language", "articles a"),
    ("source", "a.source", "articles a"),
    ("rule", "r.rule", "alerts r JOIN articles a ON a.id = r.article_id"),
)


def entity_rows(article: EnrichedArticle) -> list[tuple[str, str | None, str, str]]:
    """(article id, entity id, folded name, label), once per distinct entity of the article."""
    seen = {(e.id, (e.name or e.text).casefold(), e.label) for e in article.entities}
    return [(article.id, entity_id, name, label) for entity_id, name, label in sorted(seen, key=str)]
