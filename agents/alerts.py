"""articles.tagged -> articles.enriched and alerts.candidates (each rule at most once per article);
the rule files are watched, and an edit that loads and compiles takes effect without a restart."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from faust.types import StreamT

from agents.dead_letters import send_dead_letter
from pipeline import alerts, codec, resources, stories, topic_admin, topics
from pipeline.app import app, settings
from pipeline.errors import RuleError
from pipeline.live_rules import LiveRules
from schemas.records import EnrichedArticle

STAGE = "alerts"
log = logging.getLogger("newsmon.rules")
live = LiveRules(settings.rules_path, resources.rulebook(settings), settings.cache_dir)


@app.agent(topics.articles_tagged, name="match_alerts")
async def match_alerts(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        try:
            article, found = alerts.annotate(
                codec.decode(EnrichedArticle, event.value), live.rulebook, now=datetime.now(UTC)
            )
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, STAGE, exc)
            continue
        key = article.id.encode()
        already = set(topics.alerted_rules.get(article.id, "").split())
        fresh = [alert for alert in found if alert.rule not in already]
        if fresh:
            fingerprint = stories.sketch(article.title, article.body)
            sent = [
                await topics.alert_candidates.send(
                    key=alert.rule.encode(), value=codec.encode(alert.model_copy(update={"sketch": fingerprint}))
                )
                for alert in fresh
            ]
            # Marked as alerted only once Kafka has the candidates: the table's changelog and the
            # candidates are separate writes, and a worker killed between them must not come back
            # believing it alerted when the alert never left.
            await asyncio.gather(*sent)
            topics.alerted_rules[article.id] = " ".join(sorted(already | {alert.rule for alert in fresh}))
        # Alerts go out first: they are what analysts wait for, and a stored record implies its alerts
        # were handed to delivery (agents/stories.py, which links near-duplicates).
        await topics.articles_enriched.send(key=key, value=codec.encode(article))


if settings.rules_reload_seconds > 0:

    @app.timer(interval=settings.rules_reload_seconds)
    async def reload_rules() -> None:
        if not live.changed():
            return
        try:
            rulebook = await asyncio.get_running_loop().run_in_executor(None, live.load)
        except RuleError as exc:
            log.error("rules NOT reloaded, the %d rules in force stay active: %s", len(live.rulebook.rules), exc)
            return
        added = [rule for rule in rulebook.rule_ids if rule not in live.rulebook.rule_ids]
        if added:
            names = [settings.topic_prefix + topics.alert_topic_name(rule) for rule in added]
            await topic_admin.ensure_topics(
                settings.bootstrap_servers(),
                names,
                partitions=settings.partitions,
                replication_factor=settings.replication_factor,
            )
        live.use(rulebook)
        log.warning("rules reloaded: %s (new: %s)", ", ".join(rulebook.rule_ids), ", ".join(added) or "none")
