"""Alerts as a downstream subscriber sees them, through the real broker: read with Kafka's own Java
client (no Faust, no Python, no newsmon), and the same story from another outlet linked to the
first alert instead of standing alone."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pipeline import broker, topics
from pipeline.settings import Settings
from tests.conftest import SEED

pytestmark = pytest.mark.integration
JAVA_CONSUMER = Path(__file__).parent / "java" / "PlainConsumer.java"


def plain_consumer(pipeline, topic: str, count: int) -> list[dict]:
    """Values of `topic` read by Kafka's Java client, parsed with nothing but the json module."""
    classpath = f"{broker.jar_dir(Settings.from_env(pipeline.env))}/*"
    done = subprocess.run(
        ["java", "-cp", classpath, str(JAVA_CONSUMER), pipeline.bootstrap, pipeline.topic(topic), str(count), "60"],
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, f"the Java consumer read fewer than {count} records\n{done.stdout}\n{done.stderr}"
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


async def test_a_plain_java_consumer_reads_alerts_and_a_repeated_story_is_linked(pipeline, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (seeds / "first.txt").write_text(text, encoding="utf-8")
    # The same story from another outlet: its own headline, a sentence added at the end.
    body = text.split("\n", 1)[1]
    headline = " date 2024-11 Un autre titre pour la même dépêche\n"
    (seeds / "second.txt").write_text(headline + body + "\nFin de la dépêche.\n", encoding="utf-8")
    pipeline.start_worker()
    assert pipeline.newsmon("replay", str(seeds / "first.txt")).returncode == 0
    await pipeline.read(topics.alert_topic_name("troops"), until=bool, timeout=180)
    assert pipeline.newsmon("replay", str(seeds / "second.txt")).returncode == 0

    alerts = plain_consumer(pipeline, topics.alert_topic_name("troops"), 2)
    # The two alerts sit in different partitions (keyed by article), so they may be read in any order.
    [second] = [a for a in alerts if a["title"] == "Un autre titre pour la même dépêche"]
    [first] = [a for a in alerts if a is not second]
    assert first["rule"] == second["rule"] == "troops"
    assert first["article_id"] != second["article_id"]
    assert first["story_id"] == first["alert_id"] and first["duplicate_of"] is None
    assert second["story_id"] == second["duplicate_of"] == first["alert_id"]
    assert second["matches"] and second["snippet"] and second["severity"] == "high"
