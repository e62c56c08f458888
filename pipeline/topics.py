"""Every topic of the pipeline, with the prefix from settings. Values and keys are raw bytes on the
wire (UTF-8 JSON and article ids): our own code decodes, so a bad message is dead-lettered, never fatal."""

from __future__ import annotations

from faust.types import TopicT

from pipeline import resources
from pipeline.app import app, settings
from pipeline.topic_names import (
    ALERT_CANDIDATES,
    ALERTS,
    ARTICLES_ENRICHED,
    ARTICLES_LANG,
    ARTICLES_RAW,
    ARTICLES_TAGGED,
    DEAD_LETTER,
    alert_topic_name,
    topic_names,
)

# The names are re-exported: agents and tests say topics.ALERTS, topics.alert_topic_name(...).
__all__ = [
    "ALERTS",
    "ALERT_CANDIDATES",
    "ARTICLES_ENRICHED",
    "ARTICLES_LANG",
    "ARTICLES_RAW",
    "ARTICLES_TAGGED",
    "DEAD_LETTER",
    "alert_topic_name",
    "topic_names",
]


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
alert_candidates = _topic(ALERT_CANDIDATES)
alerts = _topic(ALERTS)
dead_letter = _topic(DEAD_LETTER)
alerts_by_rule = {rule: _topic(alert_topic_name(rule)) for rule in RULE_IDS}


def alert_topic(rule_id: str) -> TopicT:
    """The topic of one rule's alerts; a rule added while the worker runs gets its topic on first use."""
    if rule_id not in alerts_by_rule:
        alerts_by_rule[rule_id] = _topic(alert_topic_name(rule_id))
    return alerts_by_rule[rule_id]


# Rules already alerted per article id (space-separated rule ids), so a replayed or redelivered
# article does not alert twice. Keyed like the stream, so it is co-partitioned with it, and it
# survives restarts through its changelog topic.
alerted_rules = app.Table("alerted-rules", partitions=settings.partitions, key_type=str, value_type=str)

# Recent stories per rule (JSON list of pipeline.stories.Story), so that a near-duplicate of an
# alerted article is linked to the first alert. Keyed by rule like alerts.candidates.
stories = app.Table("alert-stories", partitions=settings.partitions, key_type=str, value_type=str)
