"""Agents through Faust's test_context(): no broker; what they send is captured on the outgoing topics."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from unittest import mock

import orjson
import pytest
from faust.types import TopicT

from agents.alerts import match_alerts
from agents.entities import tag_entities
from agents.language import detect_language
from pipeline import codec, topics
from schemas.records import Alert, DeadLetter, EnrichedArticle, RawArticle
from tests.conftest import NOW


class Sent:
    """What the agents sent, per topic name, as (key, value) pairs."""

    def __init__(self) -> None:
        self.by_topic: dict[str, list[tuple[bytes | None, bytes]]] = {}

    async def send(self, topic: TopicT, *, key: bytes | None = None, value: bytes) -> None:
        self.by_topic.setdefault(topic.get_topic_name(), []).append((key, value))

    def values(self, topic: TopicT) -> list[bytes]:
        return [value for _, value in self.by_topic.get(topic.get_topic_name(), [])]


@pytest.fixture
def sent() -> Iterator[Sent]:
    """Captures Topic.send; the alert table becomes a plain dict, fresh for each test."""
    record = Sent()
    with (
        mock.patch.object(type(topics.alerts), "send", autospec=True, side_effect=record.send),
        mock.patch.object(topics, "alerted_rules", {}),
    ):
        yield record


async def test_detect_language_sends_the_article_on_with_its_language(sent, seed_article):
    async with detect_language.test_context() as agent:
        await agent.put(key=seed_article.id.encode(), value=codec.encode(seed_article))
    [(key, value)] = sent.by_topic[topics.articles_lang.get_topic_name()]
    assert key == seed_article.id.encode()
    article = codec.decode(EnrichedArticle, value)
    assert article.language.code == "fr"
    assert article.body == seed_article.body


@pytest.mark.parametrize(
    ("payload", "reason", "encoding"),
    [
        (b"\xff\xfe\x00garbage", "not-utf8", "base64"),
        (b"{not json", "not-json", "utf-8"),
        (b'{"title": "no id, no body"}', "schema", "utf-8"),
        (b"[1, 2, 3]", "schema", "utf-8"),
    ],
)
async def test_poison_pills_are_dead_lettered_and_the_agent_goes_on(sent, seed_article, payload, reason, encoding):
    async with detect_language.test_context() as agent:
        await agent.put(key=b"poison", value=payload)
        await agent.put(key=seed_article.id.encode(), value=codec.encode(seed_article))
    [dead] = [codec.decode(DeadLetter, v) for v in sent.values(topics.dead_letter)]
    assert (dead.stage, dead.reason, dead.key, dead.payload_encoding) == ("language", reason, "poison", encoding)
    assert dead.error
    assert len(sent.values(topics.articles_lang)) == 1, "the good article after the poison pill still flows"


async def test_tag_entities_links_countries(sent, stages, seed_article):
    lang = stages.enrich(seed_article, now=NOW)[0].model_copy(update={"entities": [], "alerts": []})
    async with tag_entities.test_context() as agent:
        await agent.put(key=lang.id.encode(), value=codec.encode(lang))
        # With NER on (the default) the agent awaits the NER processes, so the send comes later.
        deadline = time.monotonic() + 120
        while not sent.values(topics.articles_tagged) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
    [value] = sent.values(topics.articles_tagged)
    entities = codec.decode(EnrichedArticle, value).entities
    assert {"Q159", "Q423"} <= {e.id for e in entities}
    assert {e.source for e in entities} == {"gazetteer", "ner"}, "the seed is French: NER adds names"


async def test_match_alerts_publishes_each_rule_once_per_article(sent, stages, seed_article):
    tagged = stages.enrich(seed_article, now=NOW)[0].model_copy(update={"alerts": []})
    async with match_alerts.test_context() as agent:
        await agent.put(key=tagged.id.encode(), value=codec.encode(tagged))
        await agent.put(key=tagged.id.encode(), value=codec.encode(tagged))  # a replay
    assert len(sent.values(topics.articles_enriched)) == 2, "the record is updated on every delivery"
    alerts = [codec.decode(Alert, v) for v in sent.values(topics.alerts)]
    assert sorted(a.rule for a in alerts) == ["military_assistance", "treaty", "troops"]
    for alert in alerts:
        assert sent.values(topics.alerts_by_rule[alert.rule]) == [codec.encode(alert)]
    assert orjson.loads(sent.values(topics.articles_enriched)[0])["alerts"]


async def test_match_alerts_dead_letters_a_raw_article_missing_its_language(sent, seed_article):
    async with match_alerts.test_context() as agent:
        await agent.put(key=b"k", value=codec.encode(RawArticle.model_validate(seed_article.model_dump())))
    [dead] = [codec.decode(DeadLetter, v) for v in sent.values(topics.dead_letter)]
    assert (dead.stage, dead.reason) == ("alerts", "schema")
    assert "language" in dead.error
