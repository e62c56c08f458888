"""Versioned schema migrations: `migrations/<backend>/NNN_name.sql`, applied in order on start,
each once, each in the transaction that records it in `schema_migrations`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.settings import PROJECT_ROOT

MIGRATIONS = PROJECT_ROOT / "migrations"
NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(backend: str, folder: Path = MIGRATIONS) -> list[Migration]:
    """The backend's migrations in version order; a misnamed file or a repeated number is an error."""
    found: dict[int, Migration] = {}
    for path in sorted((folder / backend).iterdir()):
        match = NAME.match(path.name)
        if not match:
            raise ConfigError(f"{path}: a migration is named NNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise ConfigError(f"{path}: migration {version} exists twice")
        found[version] = Migration(version, path.stem, path.read_text(encoding="utf-8"))
    return [found[version] for version in sorted(found)]
