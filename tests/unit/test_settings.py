from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.settings import Settings, known_variables


def test_defaults_without_environment():
    settings = Settings.from_env({})
    assert settings.partitions >= 4
    assert settings.store_file == Path(".newsmon") / "newsmon.sqlite3"


def test_values_are_parsed_from_the_environment():
    settings = Settings.from_env(
        {"NEWSMON_PARTITIONS": "8", "NEWSMON_SINK_BATCH_SECONDS": "0.5", "NEWSMON_STORE_PATH": "/tmp/x.db",
         "NEWSMON_KAFKA_BOOTSTRAP": "k1:9092,k2:9092"}
    )
    assert (settings.partitions, settings.sink_batch_seconds) == (8, 0.5)
    assert settings.store_file == Path("/tmp/x.db")
    assert settings.bootstrap_servers() == "k1:9092,k2:9092"


@pytest.mark.parametrize(
    ("name", "value"),
    [("NEWSMON_PARTITIONS", "four"), ("NEWSMON_PARTITIONS", "0"), ("NEWSMON_SINK_BATCH_SECONDS", "soon"),
     ("NEWSMON_LOG_LEVEL", "loud")],
)
def test_malformed_values_are_refused_naming_the_variable(name, value):
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({name: value})
    assert name in str(caught.value)


def test_bootstrap_falls_back_to_the_local_broker_then_fails_clearly(tmp_path):
    settings = Settings.from_env({"NEWSMON_HOME": str(tmp_path)})
    with pytest.raises(ConfigError, match="newsmon broker start"):
        settings.bootstrap_servers()
    (tmp_path / "broker").mkdir()
    (tmp_path / "broker" / "bootstrap").write_text("127.0.0.1:5555\n")
    assert settings.bootstrap_servers() == "127.0.0.1:5555"


def test_every_variable_is_prefixed():
    assert all(name.startswith("NEWSMON_") for name in known_variables())
