"""`newsmon enrich` as a user runs it: a subprocess, JSON Lines in, JSON Lines out, no Kafka."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from pipeline import codec
from schemas.records import EnrichedArticle

NEWSMON = str(Path(sys.executable).with_name("newsmon"))


def run(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([NEWSMON, "enrich", *args], input=stdin, capture_output=True, timeout=120)


def test_enrich_reads_stdin_and_reports_bad_lines_by_number(seed_article):
    good = codec.encode(seed_article)
    minimal = orjson.dumps({"source": "wire", "title": "Russia sends troops", "body": "", "ignored": True})
    result = run(b"\n".join([good, b"{broken", minimal, b'{"title": 1}']) + b"\n")
    assert result.returncode == 1, "exit status 1 says that lines were skipped"
    out = [EnrichedArticle.model_validate_json(line) for line in result.stdout.splitlines()]
    assert out[0].id == seed_article.id
    assert out[0].language.code == "fr"
    assert {a.rule for a in out[0].alerts} == {"treaty", "troops", "military_assistance"}
    assert [a.rule for a in out[1].alerts] == ["troops"]
    assert out[1].published is None
    stderr = result.stderr.decode()
    assert "line 2: skipped (not-json)" in stderr
    assert "line 4: skipped (schema)" in stderr
    assert "2 line(s) skipped" in stderr


def test_enrich_reads_a_file_and_exits_zero_when_all_lines_are_good(tmp_path, seed_article):
    path = tmp_path / "in.jsonl"
    path.write_bytes(codec.encode(seed_article) + b"\n")
    result = run(b"", str(path))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_enrich_names_a_missing_file(tmp_path):
    result = run(b"", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 3
    assert b"cannot read" in result.stderr and b"nope.jsonl" in result.stderr
