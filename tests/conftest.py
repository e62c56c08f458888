from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline import inputs
from pipeline.enrich import Stages
from pipeline.settings import PROJECT_ROOT, Settings
from schemas.records import RawArticle

SEED = PROJECT_ROOT / "seeds" / "000_d0a46c9abb1717b1.txt"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def stages() -> Stages:
    return Stages.load(Settings.from_env())


@pytest.fixture(scope="session")
def seed_article() -> RawArticle:
    return inputs.parse_seed(SEED.read_bytes(), now=NOW)


def raw(title: str, body: str = "", **extra: object) -> RawArticle:
    fields: dict[str, object] = {
        "id": f"test-{abs(hash((title, body))):x}",
        "source": "test",
        "title": title,
        "body": body,
        "published": None,
        "fetched_at": NOW,
    }
    fields.update(extra)
    return RawArticle.model_validate(fields)

