"""Feed bytes to RawArticles, checked against tests/data/feeds/expected.json (written by reading the
feeds, see its README), and the malformed and oddly encoded feeds of feedparser's own test suite."""

from __future__ import annotations

import json

import pytest

from pipeline.feed_config import Feed
from pipeline.feed_entries import FeedError, parse_feed, strip_markup
from pipeline.ids import article_id
from tests.conftest import NOW
from tests.feed_server import FEEDS

EXPECTED = json.loads((FEEDS / "expected.json").read_text(encoding="utf-8"))
XML = {"content-type": "application/xml"}


def parse(name: str, headers: dict[str, str] = XML, feed: Feed | None = None):
    feed = feed or Feed(url=f"https://x.example/{name}", source="t")
    return parse_feed((FEEDS / name).read_bytes(), headers, feed, now=NOW)


@pytest.mark.parametrize("name", sorted(name for name, e in EXPECTED.items() if e["entries"]))
def test_entries_match_what_reading_the_feed_gives(name):
    expected = EXPECTED[name]
    articles = [entry.article for entry in parse(name).entries]
    assert [a.title for a in articles] == expected["titles"]
    published = [a.published.isoformat() if a.published else None for a in articles]
    assert published == expected["published_utc"]
    links = expected.get("canonical_links") or expected["links"]
    assert [a.url for a in articles] == links
    for article in articles:
        assert article.body and "<" not in article.body and "&amp;" not in article.body
        assert article.fetched_at == NOW and article.feed == f"https://x.example/{name}"


@pytest.mark.parametrize("name", ["not_a_feed.html", "binary.bin"])
def test_what_is_not_a_feed_is_an_error_with_a_reason(name):
    with pytest.raises(FeedError, match=r"not a usable feed|not a feed") as caught:
        parse(name)
    assert caught.value.reason == "bad-feed"


def test_dedup_keys_are_guid_else_canonical_link_else_title_and_date():
    by_guid = parse("rss2_es.xml").entries
    assert all(entry.key.startswith("guid:") for entry in by_guid)
    japanese = parse("rss2_ja.xml").entries
    assert japanese[0].key == "url:" + EXPECTED["rss2_ja.xml"]["links"][0]
    assert japanese[1].key.startswith("hash:") and japanese[1].article.url is None
    # the article id follows design.md: canonical URL, else source + title + published
    assert japanese[1].article.id == article_id(
        url=None, source="t", title=japanese[1].article.title, published=japanese[1].article.published
    )


def test_the_updated_feed_lists_the_old_entries_under_the_same_keys():
    old = {entry.key for entry in parse("rss2_es.xml").entries}
    new = [entry for entry in parse("rss2_es_updated.xml").entries if entry.key not in old]
    assert [entry.key for entry in new] == ["guid:diariodelsur-2026-04-15-0327", "guid:diariodelsur-2026-04-15-0319"]


def test_the_feed_settings_reach_the_article():
    feed = Feed(url="https://x.example/fr", source="Le Quotidien", language="fr")
    article = parse("rss2_fr.xml", feed=feed).entries[0].article
    assert (article.source, article.lang_hint, article.feed) == ("Le Quotidien", "fr", "https://x.example/fr")


def test_windows_1256_arabic_is_decoded():
    titles = [entry.article.title for entry in parse("rss2_ar_windows1256.xml").entries]
    assert titles == EXPECTED["rss2_ar_windows1256.xml"]["titles"]
    assert all("\ufffd" not in title for title in titles)


# feedparser's malformed and oddly encoded files (tests/data/feeds/shared, BSD-2-Clause): what each
# yields, from its Description/Expect comment and from reading it (tests/data/feeds/README.md).
@pytest.mark.parametrize(
    ("name", "entries"),
    [
        ("bozo_double-encoded-html.xml", 1),  # undefined entities, one usable entry
        ("bozo_linenoise.xml", 1),  # invalid UTF-8 in a CDATA summary
        ("rss_item_link_corrupted_ampersands.xml", 1),  # not well-formed, one entry with a link only
        ("koi8r.xml", 1),
        ("euc-kr-item.xml", 1),
        ("rss_incomplete_cdata.xml", 0),  # cut inside CDATA: nothing complete, and no hang
        ("utf-16le-bom.xml", 0),  # a valid empty channel
    ],
)
def test_malformed_feeds_that_still_have_entries_are_used(name, entries):
    parsed = parse(f"shared/{name}")
    assert len(parsed.entries) == entries


def test_a_bozo_feed_keeps_its_entry_and_reports_the_problem():
    parsed = parse("shared/rss_item_link_corrupted_ampersands.xml")
    [entry] = parsed.entries
    assert entry.article.url == "http://link/get?a=1&b=2" and entry.key == "url:http://link/get?a=1&b=2"
    assert parsed.problem and "SAXParseException" in parsed.problem


@pytest.mark.parametrize(
    "name",
    ["aaa_illformed.xml", "bozo_bogus_encoding.xml", "bozo_invalid-bytes-with-bom.xml", "rss_empty_document.xml",
     "undeclared_namespace.xml"],
)
def test_malformed_feeds_without_entries_are_errors_with_feedparsers_reason(name):
    with pytest.raises(FeedError, match="not a usable feed: "):
        parse(f"shared/{name}")


def test_the_charset_of_the_response_header_decides_the_decoding():
    """The file declares iso-8859-1 but is windows-1252; feedparser's harness sends the header."""
    name = "shared/http_text_xml_charset_overrides_encoding_2.xml"
    with_header = parse(name, {"content-type": "text/xml; charset=windows-1252"})
    assert with_header.problem is None and len(with_header.entries) == 1


def test_strip_markup_keeps_paragraphs_and_drops_scripts():
    html = "<p>Les troupes &amp; l&#8217;armée</p><script>alert(1)</script><p>Deuxième<br>ligne</p>"
    assert strip_markup(html) == "Les troupes & l’armée\n\nDeuxième ligne"  # <br> breaks a line, not a paragraph
