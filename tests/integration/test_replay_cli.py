"""`newsmon replay` against the real broker: bad files are named with their reason and skipped, the rest is sent."""

from __future__ import annotations

import shutil

import orjson
import pytest

from pipeline import codec, topics
from schemas.records import RawArticle
from tests.conftest import SEED, raw

pytestmark = pytest.mark.integration


async def test_replay_skips_bad_files_with_their_path_and_reason_and_sends_the_rest(pipeline, tmp_path):
    folder = tmp_path / "seeds"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(SEED, folder / "nested" / SEED.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (folder / "latin1.txt").write_bytes(" date 2024-11 Une dépêche\n\nCorps de l'article.".encode("latin-1"))
    article = raw("Treaty signed", "A treaty was signed today.")
    lines = [codec.encode(article), b"{oops", orjson.dumps({"source": "x", "title": "No body"})]
    (folder / "wire.jsonl").write_bytes(b"\n".join(lines) + b"\n")

    result = pipeline.newsmon("replay", str(folder))

    assert result.returncode == 1, "exit status 1: something was skipped"
    assert "sent 2 article(s)" in result.stdout
    assert "skipped 3 file(s) and 2 line(s)" in result.stdout
    assert f"skipped {folder / 'empty.txt'}: empty file" in result.stderr
    assert f"skipped {folder / 'binary.txt'}: binary file" in result.stderr
    assert f"skipped {folder / 'latin1.txt'}: not UTF-8" in result.stderr
    assert f"skipped {folder / 'wire.jsonl'}:2: not JSON" in result.stderr
    assert f"skipped {folder / 'wire.jsonl'}:3: not a valid RawArticle" in result.stderr

    sent = [RawArticle.model_validate_json(v) for v in await pipeline.read_all(topics.ARTICLES_RAW)]
    assert sorted(a.title for a in sent) == sorted([article.title, SEED_TITLE])
    assert next(a for a in sent if a.id == article.id) == article, "a JSONL article is sent as given"


SEED_TITLE = (
    "Les pays ont signé en juin un traité de partenariat stratégique qui promet un soutien militaire mutuel"
)
