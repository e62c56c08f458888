"""Both stores: upserts that never duplicate, search over title and body in any language with
filters, counts over time, and migrations applied once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline import entities
from pipeline.migrations import MIGRATIONS
from pipeline.resources import gazetteer
from pipeline.store import SearchQuery, Store, query_groups
from pipeline.store_sqlite import SqliteStore
from schemas.records import EnrichedArticle, Language
from tests.conftest import NOW, raw


def test_upserts_keep_one_row_per_article_and_alert(stages, seed_article, store: Store):
    enriched, alerts = stages.enrich(seed_article, now=NOW)
    store.upsert_articles([enriched], now=NOW)
    store.upsert_alerts(alerts)
    later = alerts[0].model_copy(update={"detected_at": NOW + timedelta(hours=1)})
    store.upsert_articles([enriched, enriched], now=NOW + timedelta(hours=1))
    store.upsert_alerts([later, *alerts])
    assert store.counts() == {
        "articles_by_language": {"fr": 1},
        "alerts_by_rule": {"military_assistance": 1, "treaty": 1, "troops": 1},
    }
    assert store.deliveries(seed_article.id) == 3
    assert store.article(seed_article.id) == enriched
    assert store.article_ids() == [seed_article.id] and len(store.alert_ids()) == 3
    kept = {a.rule: a.detected_at for a in store.alerts_for(seed_article.id)}
    assert kept[later.rule] == NOW, "the first detection time is kept"


def test_a_second_connection_sees_committed_rows(stages, seed_article, open_store):
    writer, reader = open_store(), open_store()
    writer.upsert_articles([stages.enrich(seed_article, now=NOW)[0]], now=NOW)
    assert reader.article(seed_article.id) is not None
    writer.close()
    reader.close()


def article(title: str, body: str, language: str, published: datetime, source: str = "wire") -> EnrichedArticle:
    enriched = EnrichedArticle(
        **raw(title, body, source=source, published=published).model_dump(),
        language=Language(code=language, confidence=1.0),
    )
    return entities.annotate(enriched, gazetteer())


DAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
ARTICLES = [
    article("Troops reach the border", "Russia deployed two battalions towards Narva overnight.", "en", DAY),
    article("Les troupes arrivent", "La Russie a déplacé deux bataillons vers Narva.", "fr", DAY + timedelta(1)),
    article("德国向乌克兰提供军事援助", "德国政府宣布新的军事援助计划。", "zh", DAY + timedelta(2), source="xinhua"),
    article("Harvest festival opens", "Farmers near Kyiv celebrate a record harvest.", "en", DAY + timedelta(3)),
]


def stored(stages, store: Store) -> Store:
    store.upsert_articles(ARTICLES, now=NOW)
    for enriched in ARTICLES:
        store.upsert_alerts(stages.enrich(enriched, now=NOW)[1])
    return store


def titles(store: Store, **query) -> list[str]:
    return [hit.title for hit in store.search(SearchQuery(**query))]


def test_search_words_in_any_language_newest_first(stages, store: Store):
    stored(stages, store)
    assert titles(store, text="narva") == ["Les troupes arrivent", "Troops reach the border"]
    assert titles(store, text="two battalions narva") == ["Troops reach the border"]  # every word must occur
    assert titles(store, text="BATAILLONS") == ["Les troupes arrivent"]  # case-folded
    assert titles(store, text="军事援助") == ["德国向乌克兰提供军事援助"]  # Chinese without spaces, as a phrase
    assert titles(store, text="援军") == []  # the same characters in another order are another word
    assert titles(store, text="submarine") == []
    assert titles(store, text='"quoted" OR nonsense AND (') == []  # query syntax is not interpreted


def test_search_filters(stages, store: Store):
    stored(stages, store)
    assert titles(store, language="fr") == ["Les troupes arrivent"]
    assert set(titles(store, rule="troops")) == {"Troops reach the border", "Les troupes arrivent"}
    assert titles(store, rule="military_assistance") == ["德国向乌克兰提供军事援助"]
    assert set(titles(store, entity="Q159")) == {"Troops reach the border", "Les troupes arrivent"}  # Russia
    assert set(titles(store, entity="russia")) == set(titles(store, entity="Q159"))  # or its name, any case
    assert titles(store, since=DAY + timedelta(days=2, hours=1)) == ["Harvest festival opens"]
    hit = store.search(SearchQuery(text="narva", language="en", rule="troops"))[0]
    assert (hit.language, hit.source, hit.published, hit.rules) == ("en", "wire", DAY, ["troops"])


def test_counts_over_time_by_language_source_and_rule(stages, store: Store):
    stored(stages, store)
    rows = {(r.bucket, r.dimension, r.key): r.count for r in store.over_time(since=None, bucket="day")}
    assert rows[("2026-11-20", "language", "en")] == 1
    assert rows[("2026-11-22", "source", "xinhua")] == 1
    assert rows[("2026-11-21", "rule", "troops")] == 1
    hourly = store.over_time(since=DAY + timedelta(days=3), bucket="hour")
    assert {(r.bucket, r.dimension, r.key) for r in hourly} == {
        ("2026-11-23T09", "language", "en"),
        ("2026-11-23T09", "source", "wire"),
    }


def test_migrations_are_applied_once(open_store):
    open_store().close()
    again = open_store()  # a restart: nothing to apply
    assert again.counts() == {"articles_by_language": {}, "alerts_by_rule": {}}
    again.close()


def test_a_store_from_before_migrations_is_migrated_and_indexed(tmp_path):
    """The walking skeleton's SQLite file: its tables, no schema_migrations, no search index."""
    import sqlite3

    from pipeline import codec

    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript((MIGRATIONS / "sqlite" / "001_articles_and_alerts.sql").read_text())
    enriched = ARTICLES[0]
    old.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (enriched.id, enriched.source, None, enriched.title, "en", None, codec.encode(enriched).decode(), "x", "x"),
    )
    old.commit()
    old.close()
    store = SqliteStore(path)
    assert titles(store, text="narva") == ["Troops reach the border"]
    assert titles(store, entity="Q159") == ["Troops reach the border"]
    store.close()


def test_query_groups():
    assert query_groups("Two  battalions") == [["two"], ["battalions"]]
    assert query_groups("军事援助 Narva 部隊") == [["军", "事", "援", "助"], ["narva"], ["部", "隊"]]
