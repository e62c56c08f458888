from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from pipeline import inputs
from pipeline.errors import SeedError
from tests.conftest import NOW, SEED


def test_seed_header_gives_headline_and_month_date(seed_article):
    assert seed_article.title.startswith("Les pays ont signé en juin un traité de partenariat stratégique")
    assert seed_article.title.endswith("soutien militaire mutuel")
    assert seed_article.published == datetime(2024, 11, 1, tzinfo=UTC)
    assert seed_article.source == inputs.SEED_SOURCE
    assert seed_article.url is None


def test_seed_body_keeps_paragraphs_and_drops_stray_blank_lines(seed_article):
    paragraphs = seed_article.body.split("\n\n")
    assert paragraphs[0].startswith("La Corée du Nord soutiendra la Russie")
    assert paragraphs[-1].endswith("ne regardent personne.")
    assert all(p.strip() == p and p for p in paragraphs)
    assert len(paragraphs) == 7  # the file has 7 paragraphs and a run of empty lines between two of them


def test_seed_id_is_stable_across_replays():
    later = datetime(2030, 1, 1, tzinfo=UTC)
    assert inputs.parse_seed(SEED.read_bytes(), now=NOW).id == inputs.parse_seed(SEED.read_bytes(), now=later).id


def test_seed_without_header_is_all_body():
    article = inputs.parse_seed(b"Premier paragraphe.\n\n\n\nSecond   paragraphe.\n", now=NOW)
    assert article.title == ""
    assert article.published is None
    assert article.body == "Premier paragraphe.\n\nSecond paragraphe."


def test_seed_with_full_date():
    article = inputs.parse_seed(b" date 2025-02-14 Headline here\n\nBody.", now=NOW)
    assert article.published == datetime(2025, 2, 14, tzinfo=UTC)
    assert article.title == "Headline here"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n \t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Une dépêche en Latin-1".encode("latin-1"), "not-utf8"),
        (b" date 2024-13 Bad month\n\nBody", "bad-date"),
    ],
)
def test_bad_seed_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(SeedError) as caught:
        inputs.parse_seed(data, now=NOW)
    assert caught.value.reason == reason


def test_jsonl_fills_missing_id_and_ignores_extra_fields():
    lines = [
        orjson.dumps({"url": "https://Example.com/a?utm_source=x#top", "source": "ex", "title": "T", "body": "B",
                      "published": "2024-11-02T10:00:00+02:00", "extra": 1}),
        b"",
        b"{not json",
        orjson.dumps({"source": "ex", "title": "T2"}),
        orjson.dumps([1, 2]),
    ]
    items = list(inputs.read_jsonl(lines, now=NOW))
    article = items[0]
    assert not isinstance(article, inputs.LineError)
    assert article.published == datetime(2024, 11, 2, 8, 0, tzinfo=UTC)
    assert article.fetched_at == NOW
    assert article.id == inputs.raw_article_from_json(
        {"url": "https://example.com/a", "source": "other", "title": "x", "body": ""}, now=NOW
    ).id, "the id is the canonical URL's hash"
    errors = [(i.line, i.error.reason) for i in items[1:] if isinstance(i, inputs.LineError)]
    assert errors == [(3, "not-json"), (4, "schema"), (5, "schema")]


def test_expand_paths_recurses_in_name_order_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden").write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in inputs.expand_paths([tmp_path])] == ["a.txt", "b/2.txt"]
