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
from agents.stories import deliver_alerts
from pipeline import codec, stories, topics
from schemas.records import Alert, DeadLetter, EnrichedArticle, RawArticle
from tests.conftest import NOW, raw


class Sent:
    """What the agents sent, per topic name, as (key, value) pairs."""

    def __init__(self) -> None:
        self.by_topic: dict[str, list[tuple[bytes | None, bytes]]] = {}

    async def send(self, topic: TopicT, *, key: bytes | None = None, value: bytes) -> asyncio.Future[None]:
        """As Topic.send: the message is queued, and the future it returns is done once acknowledged."""
        self.by_topic.setdefault(topic.get_topic_name(), []).append((key, value))
        acknowledged: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        acknowledged.set_result(None)
        return acknowledged

    def values(self, topic: TopicT) -> list[bytes]:
        return [value for _, value in self.by_topic.get(topic.get_topic_name(), [])]


@pytest.fixture
def sent() -> Iterator[Sent]:
    """Captures Topic.send; the alert table becomes a plain dict, fresh for each test."""
    record = Sent()
    with (
        mock.patch.object(type(topics.alerts), "send", autospec=True, side_effect=record.send),
        mock.patch.object(topics, "alerted_rules", {}),
        mock.patch.object(topics, "stories", {}),
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
    handed_over = sent.by_topic[topics.alert_candidates.get_topic_name()]
    candidates = [(key, codec.decode(Alert, value)) for key, value in handed_over]
    assert sorted(a.rule for _, a in candidates) == ["military_assistance", "treaty", "troops"]
    for key, alert in candidates:
        assert key == alert.rule.encode(), "candidates are keyed by rule, for near-duplicate linking"
        assert len(alert.sketch) == 64
    assert orjson.loads(sent.values(topics.articles_enriched)[0])["alerts"]


async def test_a_near_duplicate_is_linked_to_the_first_alert_of_its_story(sent, stages, seed_article):
    """The same story from another outlet (another headline and source, a sentence added) continues
    the first alert's story; another article of the same rule starts its own."""

    def troops_candidate(article: RawArticle) -> Alert:  # as match_alerts hands it over
        [alert] = [a for a in stages.enrich(article, now=NOW)[1] if a.rule == "troops"]
        return alert.model_copy(update={"sketch": stories.sketch(article.title, article.body)})

    elsewhere = seed_article.model_copy(
        update={"id": "elsewhere", "source": "elsewhere", "title": "Une autre une", "body": seed_article.body + " Fin."}
    )
    other_story = raw("Troupes en Estonie", "Des troupes françaises arrivent en Estonie pour un exercice de l'OTAN.")
    first, repeat, unrelated = map(troops_candidate, [seed_article, elsewhere, other_story])
    async with deliver_alerts.test_context() as agent:
        for candidate in (first, repeat, unrelated):
            await agent.put(key=b"troops", value=codec.encode(candidate))
    delivered = [codec.decode(Alert, v) for v in sent.values(topics.alerts)]
    assert [(a.story_id, a.duplicate_of) for a in delivered] == [
        (first.alert_id, None),
        (first.alert_id, first.alert_id),
        (unrelated.alert_id, None),
    ]
    assert sent.values(topics.alert_topic("troops")) == sent.values(topics.alerts)


async def test_match_alerts_dead_letters_a_raw_article_missing_its_language(sent, seed_article):
    async with match_alerts.test_context() as agent:
        await agent.put(key=b"k", value=codec.encode(RawArticle.model_validate(seed_article.model_dump())))
    [dead] = [codec.decode(DeadLetter, v) for v in sent.values(topics.dead_letter)]
    assert (dead.stage, dead.reason) == ("alerts", "schema")
    assert "language" in dead.error
