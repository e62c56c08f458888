"""The one Faust app. Settings come from the environment when this module is first imported."""

from __future__ import annotations

import faust

from pipeline import faust_fixes
from pipeline.errors import ConfigError
from pipeline.settings import Settings

settings = Settings.from_env()
faust_fixes.apply()


def _broker_urls() -> list[str]:
    try:
        servers = settings.bootstrap_servers()
    except ConfigError:
        # Importing the app (agent tests, `newsmon enrich`) must not need a cluster; the worker
        # resolves the cluster again before it starts and fails there with the reason.
        servers = "127.0.0.1:9092"
    return [f"kafka://{server.strip()}" for server in servers.split(",") if server.strip()]


app = faust.App(
    settings.app_id,
    broker=_broker_urls(),
    datadir=str(settings.worker_dir),
    store="memory://",
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    topic_allow_declare=True,
    consumer_auto_offset_reset="earliest",
    web_enabled=False,
    autodiscover=False,
    producer_acks=-1,
)
