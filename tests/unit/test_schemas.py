from __future__ import annotations

import jsonschema
import orjson
import pytest

from pipeline import codec
from pipeline.errors import DecodeError
from schemas import export
from schemas.records import Alert, EnrichedArticle, RawArticle
from tests.conftest import NOW


@pytest.mark.parametrize("name", sorted(export.schema_documents()))
def test_exported_json_schema_matches_the_records(name):
    committed = (export.SCHEMA_DIR / name).read_bytes()
    assert committed == export.schema_documents()[name], f"{name} is stale: run `newsmon schemas` and commit"


def test_wire_records_validate_against_their_exported_schemas(stages, seed_article):
    enriched, alerts = stages.enrich(seed_article, now=NOW)
    for record in (seed_article, enriched, alerts[0]):
        schema = orjson.loads((export.SCHEMA_DIR / f"{type(record).__name__}.schema.json").read_bytes())
        jsonschema.validate(orjson.loads(codec.encode(record)), schema)


def test_round_trip_is_lossless_and_utc(stages, seed_article):
    enriched, alerts = stages.enrich(seed_article, now=NOW)
    assert codec.decode(EnrichedArticle, codec.encode(enriched)) == enriched
    assert codec.decode(Alert, codec.encode(alerts[0])) == alerts[0]
    assert b'"published":"2024-11-01T00:00:00Z"' in codec.encode(seed_article)


def test_naive_datetimes_are_refused():
    with pytest.raises(DecodeError) as caught:
        naive = {"id": "a", "source": "s", "title": "t", "body": "", "fetched_at": "2024-01-01T00:00"}
        codec.validate(RawArticle, naive)
    assert caught.value.reason == "schema"
    assert "fetched_at" in str(caught.value)


def test_other_timezones_are_normalised_to_utc():
    article = codec.validate(
        RawArticle,
        {"id": "a", "source": "s", "title": "t", "body": "", "fetched_at": "2024-01-01T03:00:00+03:00"},
    )
    assert article.fetched_at.isoformat() == "2024-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(None, "empty"), (b"", "not-json"), (b"\xc3\x28", "not-utf8"), (b"[]", "schema"), (b'{"id": ""}', "schema")],
)
def test_undecodable_messages_get_a_reason(data, reason):
    with pytest.raises(DecodeError) as caught:
        codec.decode(RawArticle, data)
    assert caught.value.reason == reason
