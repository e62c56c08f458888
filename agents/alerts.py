"""articles.tagged -> articles.enriched, alerts and alerts.<rule> (each rule at most once per article)."""

from __future__ import annotations

from datetime import UTC, datetime

from faust.types import StreamT

from agents.dead_letters import send_dead_letter
from pipeline import alerts, codec, resources, topics
from pipeline.app import app, settings
from schemas.records import EnrichedArticle

STAGE = "alerts"


@app.agent(topics.articles_tagged, name="match_alerts")
async def match_alerts(stream: StreamT[bytes]) -> None:
    rulebook = resources.rulebook(settings)
    async for event in stream.events():
        try:
            article, found = alerts.annotate(
                codec.decode(EnrichedArticle, event.value), rulebook, now=datetime.now(UTC)
            )
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, STAGE, exc)
            continue
        key = article.id.encode()
        already = set(topics.alerted_rules.get(article.id, "").split())
        fresh = [alert for alert in found if alert.rule not in already]
        for alert in fresh:
            value = codec.encode(alert)
            await topics.alerts.send(key=key, value=value)
            await topics.alerts_by_rule[alert.rule].send(key=key, value=value)
        if fresh:
            topics.alerted_rules[article.id] = " ".join(sorted(already | {alert.rule for alert in fresh}))
        # Alerts go out first: they are what analysts wait for, and a stored record implies its alerts were sent.
        await topics.articles_enriched.send(key=key, value=codec.encode(article))
