"""Domain errors. Each carries a short machine-readable `reason` that ends up in dead letters and logs."""

from __future__ import annotations


class NewsmonError(Exception):
    reason = "error"

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class ConfigError(NewsmonError):
    reason = "bad-config"


class DecodeError(NewsmonError):
    """A message or input line that is not a valid record (encoding, JSON or schema)."""

    reason = "undecodable"


class SeedError(NewsmonError):
    """A seed file that cannot be turned into an article."""

    reason = "bad-seed"


class RuleError(NewsmonError):
    """A rule file that cannot be loaded; the message names the file and the rule."""

    reason = "bad-rule"


class BrokerError(NewsmonError):
    reason = "broker"
