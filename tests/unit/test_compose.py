"""docker-compose.yml cannot be run here (no Docker engine); check what can be checked without one."""

from __future__ import annotations

import yaml

from pipeline.settings import PROJECT_ROOT, known_variables


def compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())


def test_compose_file_has_kafka_in_kraft_mode_and_the_worker():
    services = compose()["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert "controller" in services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"]
    assert services["worker"]["build"] == "."
    assert (PROJECT_ROOT / "Dockerfile").exists()


def test_every_newsmon_variable_in_compose_is_a_known_setting():
    used = {
        name
        for service in compose()["services"].values()
        for name in (service.get("environment") or {})
        if name.startswith("NEWSMON_")
    }
    assert used, "the worker is configured through NEWSMON_* variables"
    assert used <= known_variables(), f"unknown settings: {sorted(used - known_variables())}"


def test_dockerfile_variables_are_known_settings():
    text = (PROJECT_ROOT / "Dockerfile").read_text()
    names = {word.split("=")[0] for word in text.replace("\\", " ").split() if word.startswith("NEWSMON_")}
    assert names and names <= known_variables()
