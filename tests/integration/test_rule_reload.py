"""Rules edited under a running worker, through the real broker: a broken edit is refused and the
rules in force keep alerting; a good edit, with a new rule, takes effect without a restart."""

from __future__ import annotations

import time

import orjson
import pytest

from pipeline import topics

pytestmark = pytest.mark.integration


def wait_for_log(pipeline, text: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while text not in pipeline.worker_logs():
        assert time.monotonic() < deadline, f"{text!r} not in the worker's log\n{pipeline.worker_logs()}"
        time.sleep(0.5)


async def test_rule_edits_take_effect_in_a_running_worker(pipeline, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "watch.yaml").write_text("rules: [{id: truce, terms: {en: [truce]}}]\n")
    pipeline.env.update(NEWSMON_RULES_PATH=str(rules), NEWSMON_RULES_RELOAD_SECONDS="1", NEWSMON_NER="off")
    wire = tmp_path / "wire.jsonl"

    def replay(*titles: str) -> None:
        lines = [orjson.dumps({"source": "t", "title": t, "body": t, "lang_hint": "en"}) for t in titles]
        wire.write_bytes(b"\n".join(lines) + b"\n")
        assert pipeline.newsmon("replay", str(wire)).returncode == 0

    process = pipeline.start_worker()
    (rules / "watch.yaml").write_text("rules: [{id: truce, terms: {en: ['truce|ceasefire']}}]\n")
    wait_for_log(pipeline, "rules NOT reloaded")
    assert "watch.yaml:1: rule 'truce'" in pipeline.worker_logs(), "the refusal names file, line and rule"
    replay("A truce holds in the north")
    [alert] = await pipeline.read(topics.ALERTS, until=bool, timeout=120)
    assert orjson.loads(alert)["rule"] == "truce", "the rules in force still alert"

    (rules / "watch.yaml").write_text(
        "rules:\n  - {id: truce, terms: {en: [truce]}}\n  - {id: ceasefire, terms: {en: [ceasefire]}}\n"
    )
    wait_for_log(pipeline, "rules reloaded: truce, ceasefire (new: ceasefire)")
    replay("Ceasefire talks resume")
    [alert] = await pipeline.read(topics.alert_topic_name("ceasefire"), until=bool, timeout=120)
    assert orjson.loads(alert)["title"] == "Ceasefire talks resume"
    assert process.poll() is None and len(pipeline.workers) == 1, "no restart was needed"
