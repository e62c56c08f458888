"""Every setting of newsmon, read once from `NEWSMON_*` environment variables.

Parsing is strict: a malformed value stops the process with the variable's name rather than
silently falling back to a default that hides a typo.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from pipeline.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PREFIX = "NEWSMON_"


def _env(name: str, help_text: str) -> dict[str, str]:
    return {"env": PREFIX + name, "help": help_text}


@dataclass(frozen=True)
class Settings:
    kafka_bootstrap: str = field(
        default="",
        metadata=_env(
            "KAFKA_BOOTSTRAP",
            "host:port[,host:port]; empty means the local broker started by `newsmon broker start`",
        ),
    )
    home: Path = field(
        default=Path(".newsmon"),
        metadata=_env("HOME", "state folder: local broker data, worker data, default store"),
    )
    cache_dir: Path = field(
        default=Path.home() / ".cache" / "newsmon",
        metadata=_env("CACHE", "cache of the local broker's jars and of compiled rules"),
    )
    kafka_version: str = field(default="4.1.1", metadata=_env("KAFKA_VERSION", "local broker version"))
    app_id: str = field(default="newsmon", metadata=_env("APP_ID", "Faust app id (consumer group prefix)"))
    topic_prefix: str = field(default="", metadata=_env("TOPIC_PREFIX", "prefix of every topic name"))
    partitions: int = field(default=4, metadata=_env("PARTITIONS", "partitions of each topic we create"))
    replication_factor: int = field(
        default=1, metadata=_env("REPLICATION_FACTOR", "replication factor of topics we create")
    )
    store_url: str = field(
        default="",
        metadata=_env("STORE_URL", "postgresql://user@host:port/db for the PostgreSQL store; empty: SQLite"),
    )
    store_path: Path | None = field(
        default=None, metadata=_env("STORE_PATH", "SQLite file of the sink; default <home>/newsmon.sqlite3")
    )
    rules_path: Path = field(
        default=PROJECT_ROOT / "rules",
        metadata=_env("RULES_PATH", "alert rule file, or folder of *.yaml rule files"),
    )
    rules_reload_seconds: float = field(
        default=10.0, metadata=_env("RULES_RELOAD_SECONDS", "how often a worker looks for rule file edits; 0: never")
    )
    sink_batch_size: int = field(default=200, metadata=_env("SINK_BATCH_SIZE", "rows per store write"))
    sink_batch_seconds: float = field(
        default=0.2, metadata=_env("SINK_BATCH_SECONDS", "longest wait to fill a store batch")
    )
    ner: str = field(
        default="fr,ru",
        metadata=_env("NER", "statistical NER: the languages to run it on (comma-separated), or off"),
    )
    ner_processes: int = field(default=1, metadata=_env("NER_PROCESSES", "worker processes running NER"))
    ner_lead_chars: int = field(
        default=1000, metadata=_env("NER_CHARS", "NER reads the title and this many characters of the body")
    )
    feeds_path: Path = field(
        default=PROJECT_ROOT / "feeds.yaml", metadata=_env("FEEDS", "feed list of the poller: .yaml, .toml or .opml")
    )
    poller_state_path: Path | None = field(
        default=None,
        metadata=_env("POLLER_STATE", "SQLite file of the poller's state; default <home>/poller.sqlite3"),
    )
    fetch_connect_timeout: float = field(default=10.0, metadata=_env("FETCH_CONNECT_TIMEOUT", "seconds to connect"))
    fetch_read_timeout: float = field(
        default=20.0, metadata=_env("FETCH_READ_TIMEOUT", "seconds without a byte before a fetch fails")
    )
    fetch_total_timeout: float = field(
        default=60.0, metadata=_env("FETCH_TOTAL_TIMEOUT", "seconds a whole fetch may take (slow drips included)")
    )
    fetch_max_bytes: int = field(
        default=5_000_000, metadata=_env("FETCH_MAX_BYTES", "largest response accepted, after decompression")
    )
    fetch_max_redirects: int = field(default=5, metadata=_env("FETCH_MAX_REDIRECTS", "redirects followed per fetch"))
    fetch_per_host: int = field(default=2, metadata=_env("FETCH_PER_HOST", "concurrent requests to one host"))
    fetch_user_agent: str = field(
        default="newsmon/0.1 (news monitor; RSS/Atom poller)", metadata=_env("FETCH_USER_AGENT", "User-Agent header")
    )
    fetch_allow_private: bool = field(
        default=False,
        metadata=_env("FETCH_ALLOW_PRIVATE", "allow private, loopback and link-local addresses (SSRF guard off)"),
    )
    poll_unhealthy_after: int = field(
        default=5, metadata=_env("POLL_UNHEALTHY_AFTER", "failures in a row that mark a feed unhealthy")
    )
    poll_backoff_seconds: float = field(
        default=60.0, metadata=_env("POLL_BACKOFF_SECONDS", "first retry delay after a failure; doubles per failure")
    )
    poll_backoff_max_seconds: float = field(
        default=6 * 3600.0, metadata=_env("POLL_BACKOFF_MAX_SECONDS", "longest retry delay and longest TTL honoured")
    )
    log_level: str = field(default="info", metadata=_env("LOG_LEVEL", "debug, info, warning or error"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None:
                continue
            values[f.name] = _parse(f.metadata["env"], str(f.type), raw)
        settings = cls(**values)  # type: ignore[arg-type]
        settings._validate()
        return settings

    def _validate(self) -> None:
        if self.partitions < 1:
            raise ConfigError(f"{PREFIX}PARTITIONS must be >= 1, got {self.partitions}")
        if self.replication_factor < 1:
            raise ConfigError(f"{PREFIX}REPLICATION_FACTOR must be >= 1, got {self.replication_factor}")
        if self.sink_batch_size < 1 or self.sink_batch_seconds <= 0:
            raise ConfigError(f"{PREFIX}SINK_BATCH_SIZE and {PREFIX}SINK_BATCH_SECONDS must be positive")
        from pipeline.ner import AVAILABLE

        unknown = self.ner_languages - set(AVAILABLE)
        if unknown:
            raise ConfigError(
                f"{PREFIX}NER: no NER model for {', '.join(sorted(unknown))}; use off or some of {','.join(AVAILABLE)}"
            )
        if self.ner_processes < 1 or self.ner_lead_chars < 1:
            raise ConfigError(f"{PREFIX}NER_PROCESSES and {PREFIX}NER_CHARS must be >= 1")
        positive = {
            "FETCH_CONNECT_TIMEOUT": self.fetch_connect_timeout,
            "FETCH_READ_TIMEOUT": self.fetch_read_timeout,
            "FETCH_TOTAL_TIMEOUT": self.fetch_total_timeout,
            "FETCH_MAX_BYTES": self.fetch_max_bytes,
            "FETCH_PER_HOST": self.fetch_per_host,
            "POLL_UNHEALTHY_AFTER": self.poll_unhealthy_after,
            "POLL_BACKOFF_SECONDS": self.poll_backoff_seconds,
            "POLL_BACKOFF_MAX_SECONDS": self.poll_backoff_max_seconds,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ConfigError(f"{PREFIX}{name} must be > 0, got {value}")
        if self.fetch_max_redirects < 0:
            raise ConfigError(f"{PREFIX}FETCH_MAX_REDIRECTS must be >= 0, got {self.fetch_max_redirects}")
        if self.log_level not in {"debug", "info", "warning", "error"}:
            raise ConfigError(f"{PREFIX}LOG_LEVEL must be debug, info, warning or error")

    @property
    def ner_languages(self) -> frozenset[str]:
        if self.ner.strip().lower() in {"", "off", "none", "false", "0"}:
            return frozenset()
        return frozenset(code.strip() for code in self.ner.split(",") if code.strip())

    @property
    def broker_dir(self) -> Path:
        return self.home / "broker"

    @property
    def store_file(self) -> Path:
        return self.store_path if self.store_path is not None else self.home / "newsmon.sqlite3"

    @property
    def poller_state_file(self) -> Path:
        return self.poller_state_path if self.poller_state_path is not None else self.home / "poller.sqlite3"

    @property
    def worker_dir(self) -> Path:
        return self.home / "worker" / self.app_id

    def bootstrap_servers(self) -> str:
        """The cluster to use: the configured one, else the local broker if it was started."""
        if self.kafka_bootstrap:
            return self.kafka_bootstrap
        local = self.broker_dir / "bootstrap"
        if local.exists():
            return local.read_text().strip()
        raise ConfigError(
            f"no Kafka cluster: set {PREFIX}KAFKA_BOOTSTRAP or start the local broker with `newsmon broker start`"
        )


def known_variables() -> set[str]:
    return {f.metadata["env"] for f in fields(Settings)}


def _parse(name: str, type_name: str, raw: str) -> object:
    try:
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
        if type_name == "bool":
            lowered = raw.strip().lower()
            if lowered in {"true", "1", "yes"}:
                return True
            if lowered in {"false", "0", "no"}:
                return False
            raise ValueError(raw)
        if type_name in {"Path", "Path | None"}:
            return Path(raw).expanduser() if raw else None
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a valid {type_name}") from None
    return raw.strip()
