"""Statistical NER (spaCy French, natasha Russian) and its linking to the gazetteer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import ner, resources
from pipeline.entities import tag_entities
from pipeline.errors import ConfigError
from pipeline.ner import NerSpan
from pipeline.settings import PROJECT_ROOT, Settings


def test_french_names_the_gazetteer_lacks_are_found_unlinked():
    body = "Le général Jean-Baptiste Courvoisier a rencontré à Pyongyang des responsables nord-coréens."
    spans = ner.recognise("", body, "fr", 1000)
    entities = tag_entities("", body, resources.gazetteer(), "fr", spans)
    by_name = {e.name: e for e in entities}
    assert by_name["Jean-Baptiste Courvoisier"].id is None
    assert by_name["Jean-Baptiste Courvoisier"].source == "ner"
    assert by_name["Jean-Baptiste Courvoisier"].label == "PER"
    assert by_name["Pyongyang"].source == "gazetteer", "where both find a name, the gazetteer's link wins"


def test_russian_names_are_normalised_to_the_nominative():
    body = "Генерал встретился с Аркадием Степановичем Воронцовым в Пхеньяне."
    spans = ner.recognise("", body, "ru", 1000)
    entities = tag_entities("", body, resources.gazetteer(), "ru", spans)
    names = {(e.text, e.name, e.id, e.source) for e in entities}
    assert ("Аркадием Степановичем Воронцовым", "Аркадий Степанович Воронцов", None, "ner") in names
    assert ("Пхеньяне", "Pyongyang", "Q18808", "gazetteer") in names


def test_a_normalised_name_the_gazetteer_knows_is_linked():
    text = "Ким Чен Ыну"
    span = NerSpan("body", 0, len(text), "PER", "Ким Чен Ын")
    [entity] = ner.link_spans(text, "body", [span], [], resources.gazetteer(), "ru")
    assert (entity.id, entity.name, entity.source) == ("Q56226", "Kim Jong Un", "ner")


def test_only_the_lead_is_read_and_languages_without_a_model_get_nothing():
    body = "Rien. " * 400 + "Jean-Baptiste Courvoisier est arrivé."
    assert ner.recognise("", body, "fr", 1000) == []
    assert ner.recognise("", "Angela Merkel sprach in Berlin.", "de", 1000) == []


def test_pathological_text_is_cut_to_the_lead():
    spans = ner.recognise("Paris " * 200_000, "Пхеньян" * 150_000, "ru", 1000)
    assert all(span.end <= 1000 for span in spans)


@pytest.mark.parametrize(("value", "languages"), [("off", set()), ("fr, ru", {"fr", "ru"}), ("", set())])
def test_ner_setting(value, languages):
    assert Settings.from_env({"NEWSMON_NER": value}).ner_languages == languages


def test_ner_setting_refuses_a_language_without_a_model():
    with pytest.raises(ConfigError, match="no NER model for de"):
        Settings.from_env({"NEWSMON_NER": "fr,de"})


def test_ner_processes_exit_when_their_worker_is_killed():
    script = (
        "import os, signal\n"
        "from pipeline.ner import NerPool\n"
        "if __name__ == '__main__':\n"
        "    pool = NerPool(frozenset({'ru'}), 1, 1000)\n"
        "    pool.warm_up()\n"
        "    print(*pool._executor._processes, flush=True)\n"  # the pool's process ids
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT)
    assert done.returncode == -signal.SIGKILL, done.stderr
    children = [int(pid) for pid in done.stdout.split()]
    assert children
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in children), "orphaned NER processes kept running"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").exists() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
