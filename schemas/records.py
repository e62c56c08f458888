"""The wire records of newsmon, declared once. JSON Schema files beside this module are exported from here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_to_utc)]
Offset = Annotated[int, Field(ge=0)]
ArticleField = Literal["title", "body"]


class Record(BaseModel):
    # Unknown fields are ignored so that producers may add fields without breaking older consumers.
    model_config = ConfigDict(extra="ignore", frozen=True)


class RawArticle(Record):
    """An article as fetched or replayed, before any enrichment."""

    id: str = Field(min_length=1, description="hash of the canonical URL, else of source+title+published")
    url: str | None = None
    source: str = Field(min_length=1)
    title: str
    body: str
    published: UtcDatetime | None = Field(default=None, description="ISO 8601, UTC; null when unknown")
    fetched_at: UtcDatetime
    feed: str | None = None
    lang_hint: str | None = None


class Language(Record):
    code: str = Field(description="ISO 639-1, ISO 639-3 where no 639-1 exists, 'und' when undetermined")
    confidence: float = Field(ge=0.0, le=1.0)


class Entity(Record):
    """A name in the article, linked to one identity whatever the language or script it is written in."""

    text: str
    label: Literal["PER", "ORG", "LOC", "MISC"]
    field: ArticleField
    start: Offset
    end: Offset
    id: str | None = Field(
        description="Wikidata QID; 'geonames:N' for a city known only to GeoNames; null for a name found only "
        "by statistical NER and not in the gazetteer"
    )
    name: str = Field(description="canonical English name; for an unlinked NER name, the name normalised")
    country: str | None = Field(default=None, description="for places: QID of their country (a country: itself)")
    government: bool = Field(
        default=False, description="a country or capital standing for its state ('Moscow said'), not a location"
    )
    source: Literal["gazetteer", "ner"] = "gazetteer"


Severity = Literal["low", "medium", "high"]


class Match(Record):
    """Where a rule's term matched: the text as written in the article, and the term it matched."""

    text: str
    term: str | None = Field(default=None, description="the rule's term that matched, as written in the rule")
    field: ArticleField
    start: Offset = Field(description="Python string index into the field")
    end: Offset


class ArticleAlert(Record):
    rule: str
    score: float = Field(description="the rule's score times the strength of the evidence, in (0, 1]")
    severity: Severity = "medium"
    matches: list[Match]


class EnrichedArticle(RawArticle):
    """A RawArticle plus what the stages found. Stages fill it in order: language, entities, alerts."""

    language: Language
    entities: list[Entity] = []
    alerts: list[ArticleAlert] = []


class Alert(Record):
    """One rule firing on one article; `alert_id` is stable so a replayed article does not alert twice."""

    alert_id: str
    rule: str
    article_id: str
    title: str
    url: str | None
    source: str
    language: Language
    published: UtcDatetime | None
    matches: list[Match]
    snippet: str = Field(default="", description="the text around the first match, for reading")
    entities: list[Entity] = Field(description="the entities in the matched passage, else all of the article's")
    score: float
    severity: Severity = "medium"
    detected_at: UtcDatetime
    story_id: str | None = Field(
        default=None, description="alert_id of the first alert of this rule on the same story (itself if first)"
    )
    duplicate_of: str | None = Field(
        default=None, description="alert_id of the earlier alert whose article this one nearly repeats"
    )
    sketch: list[int] = Field(default=[], description="bottom-k hashes of the article's word pairs")


class DeadLetter(Record):
    """A message a stage could not process, with enough context to find, fix and replay it."""

    stage: str
    reason: str
    error: str
    topic: str | None
    partition: int | None
    offset: int | None
    key: str | None
    payload: str
    payload_encoding: Literal["utf-8", "base64"]
    failed_at: UtcDatetime


WIRE_RECORDS: tuple[type[Record], ...] = (RawArticle, EnrichedArticle, Alert, DeadLetter)
