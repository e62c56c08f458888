"""Every store test runs against both stores: SQLite in a temporary file, and PostgreSQL on the
real server that scripts/test.sh starts (`newsmon postgres start`), in a database of its own. A
PostgreSQL test that cannot reach the server fails; it never skips."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from pipeline import postgres_server
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store_postgres import PostgresStore
from pipeline.store_sqlite import SqliteStore


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("NEWSMON_TEST_POSTGRES") or postgres_server.status(Settings.from_env())
    if not url:
        pytest.fail("no PostgreSQL server: run the tests with scripts/test.sh, or `newsmon postgres start`")
    return url


@pytest.fixture
def fresh_database(postgres_url: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = postgres_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    yield postgres_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def open_store(request, tmp_path: Path):
    """A function opening a (new or existing) store of the test's kind: several connections, restarts."""
    if request.param == "sqlite":
        return lambda: SqliteStore(tmp_path / "store.sqlite3")
    url = request.getfixturevalue("fresh_database")
    return lambda: PostgresStore(url)


@pytest.fixture
def store(open_store) -> Iterator[Store]:
    opened = open_store()
    yield opened
    opened.close()
