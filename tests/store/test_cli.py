"""`newsmon search` and `newsmon stats` over a store (SQLite here; the queries are the stores' own,
tested on both in test_store.py)."""

from __future__ import annotations

import orjson

from pipeline.cli import main
from pipeline.store_sqlite import SqliteStore
from tests.store.test_store import stored


def test_search_and_stats_commands(stages, tmp_path, monkeypatch, capsys):
    path = tmp_path / "store.sqlite3"
    stored(stages, SqliteStore(path)).close()
    monkeypatch.setenv("NEWSMON_STORE_PATH", str(path))

    assert main(["search", "narva", "--rule", "troops", "--since", "2026-11-21"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "Les troupes arrivent  [troops]" in lines[0] and lines[0].startswith("2026-11-21 09:00")

    assert main(["search", "--entity", "Q159", "--json"]) == 0
    hits = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {hit["language"] for hit in hits} == {"en", "fr"} and all(hit["rules"] == ["troops"] for hit in hits)

    assert main(["search", "submarine"]) == 1
    assert "no match" in capsys.readouterr().err

    assert main(["stats", "--json"]) == 0
    stats = orjson.loads(capsys.readouterr().out)
    assert stats["articles_by_language"] == {"en": 2, "fr": 1, "zh": 1}
    assert {"bucket": "2026-11-22", "dimension": "source", "key": "xinhua", "count": 1} in stats["over_time"]
    assert main(["stats", "--by", "hour", "--since", "2026-11-23"]) == 0
    text = capsys.readouterr().out
    assert "2026-11-23T09  en 1" in text and "2026-11-20" not in text


def test_stats_without_a_store_says_where_it_looked(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSMON_STORE_PATH", str(tmp_path / "none.sqlite3"))
    assert main(["stats"]) == 3
    assert "no store at" in capsys.readouterr().err
