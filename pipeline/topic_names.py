"""The names of the pipeline's topics, without the Faust app: for commands that only produce or
read (replay, tail) and must not load the rules or the app to do so."""

from __future__ import annotations

ARTICLES_RAW = "articles.raw"
ARTICLES_LANG = "articles.lang"
ARTICLES_TAGGED = "articles.tagged"
ARTICLES_ENRICHED = "articles.enriched"
ALERTS = "alerts"
ALERT_CANDIDATES = "alert-candidates"  # alerts before near-duplicate linking, keyed by rule
DEAD_LETTER = "articles.dead-letter"
POLLER_FEEDS = "poller.feeds"  # never written: poller processes join its consumer group to share out the feeds


def alert_topic_name(rule_id: str) -> str:
    return f"{ALERTS}.{rule_id}"


def topic_names(prefix: str, rule_ids: list[str]) -> list[str]:
    """Every topic the pipeline reads or writes, as named on the cluster."""
    names = [ARTICLES_RAW, ARTICLES_LANG, ARTICLES_TAGGED, ARTICLES_ENRICHED, ALERT_CANDIDATES, ALERTS, DEAD_LETTER]
    names.append(POLLER_FEEDS)
    return [prefix + name for name in names + [alert_topic_name(rule) for rule in rule_ids]]
