"""Every topic of the pipeline, with the prefix from settings. Values and keys are raw bytes on the
wire (UTF-8 JSON and article ids): our own code decodes, so a bad message is dead-lettered, never fatal."""

from __future__ import annotations

from faust.types import TopicT

from pipeline import resources
from pipeline.app import app, settings

ARTICLES_RAW = "articles.raw"
ARTICLES_LANG = "articles.lang"
ARTICLES_TAGGED = "articles.tagged"
ARTICLES_ENRICHED = "articles.enriched"
ALERTS = "alerts"
DEAD_LETTER = "articles.dead-letter"


def alert_topic_name(rule_id: str) -> str:
    return f"{ALERTS}.{rule_id}"


def topic_names(prefix: str, rule_ids: list[str]) -> list[str]:
    """Every topic the pipeline reads or writes, as named on the cluster."""
    names = [ARTICLES_RAW, ARTICLES_LANG, ARTICLES_TAGGED, ARTICLES_ENRICHED, ALERTS, DEAD_LETTER]
    return [prefix + name for name in names + [alert_topic_name(rule) for rule in rule_ids]]


def _topic(name: str) -> TopicT:
    return app.topic(
        settings.topic_prefix + name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
        internal=False,
    )


RULE_IDS = resources.rule_ids(settings)

articles_raw = _topic(ARTICLES_RAW)
articles_lang = _topic(ARTICLES_LANG)
articles_tagged = _topic(ARTICLES_TAGGED)
articles_enriched = _topic(ARTICLES_ENRICHED)
alerts = _topic(ALERTS)
dead_letter = _topic(DEAD_LETTER)
alerts_by_rule = {rule: _topic(alert_topic_name(rule)) for rule in RULE_IDS}

# Rules already alerted per article id (space-separated rule ids), so a replayed or redelivered
# article does not alert twice. Keyed like the stream, so it is co-partitioned with it, and it
# survives restarts through its changelog topic.
alerted_rules = app.Table("alerted-rules", partitions=settings.partitions, key_type=str, value_type=str)
