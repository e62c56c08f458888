"""The feed list: YAML, TOML and OPML, and errors that name the file and the feed."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.feed_config import DEFAULT_INTERVAL, Feed, load_feeds, to_yaml


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_with_defaults_and_per_feed_settings(tmp_path):
    path = write(tmp_path, "feeds.yaml", """
defaults: {interval: 600}
feeds:
  - url: https://a.example/rss
    source: A
    language: fr
    full_text: true
  - url: https://b.example/atom
    interval: 60
    enabled: false
""")
    assert load_feeds(path) == [
        Feed("https://a.example/rss", "A", 600.0, "fr", True, True),
        Feed("https://b.example/atom", "b.example", 60.0, None, False, False),
    ]


def test_toml(tmp_path):
    path = write(tmp_path, "feeds.toml", '[[feeds]]\nurl = "https://a.example/rss"\nsource = "A"\n')
    assert load_feeds(path) == [Feed("https://a.example/rss", "A", DEFAULT_INTERVAL)]


def test_opml_import_nested_folders_and_back_to_yaml(tmp_path):
    path = write(tmp_path, "subs.opml", """<?xml version="1.0"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="World">
    <outline type="rss" text="Le Monde" xmlUrl="https://lemonde.example/rss.xml" language="fr-FR"/>
    <outline type="rss" title="Der Spiegel" text="spiegel" xmlUrl="https://spiegel.example/index.rss"/>
  </outline>
  <outline text="a folder without feeds"/>
</body></opml>""")
    feeds = load_feeds(path)
    assert [(f.url, f.source, f.language) for f in feeds] == [
        ("https://lemonde.example/rss.xml", "Le Monde", "fr"),
        ("https://spiegel.example/index.rss", "Der Spiegel", None),
    ]
    assert load_feeds(write(tmp_path, "back.yaml", to_yaml(feeds))) == feeds


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds:\n  - url: file:///etc/passwd\n", "feed #1: not an http(s) URL"),
        ("feeds:\n  - url: ftp://a.example/x\n", "not an http(s) URL"),
        ("feeds:\n  - source: A\n", "'url' is missing"),
        ("feeds:\n  - url: https://a.example/\n    interval: 0\n", "interval must be a positive number"),
        ("feeds:\n  - url: https://a.example/\n    enabled: 'yes'\n", "enabled must be true or false"),
        ("feeds:\n  - url: https://a.example/\n    colour: red\n", "unknown key(s) colour"),
        ("feeds:\n  - url: https://a.example/\n  - url: https://a.example/\n", "listed twice"),
        ("feeds: [\n", "feeds.yaml"),
        ("urls: []\n", "expected a top-level 'feeds' list"),
    ],
)
def test_bad_feed_lists_are_refused_with_the_file_and_feed(tmp_path, text, message):
    path = write(tmp_path, "feeds.yaml", text)
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_the_example_feed_list_in_the_repository_loads():
    from pipeline.settings import PROJECT_ROOT

    assert load_feeds(PROJECT_ROOT / "feeds.yaml")
