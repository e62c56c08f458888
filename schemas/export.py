"""JSON Schema export, so downstream consumers can validate our topics without this code."""

from __future__ import annotations

from pathlib import Path

import orjson

from schemas.records import WIRE_RECORDS

SCHEMA_DIR = Path(__file__).resolve().parent


def schema_documents() -> dict[str, bytes]:
    """File name -> JSON Schema document, for every wire record."""
    documents = {}
    for record in WIRE_RECORDS:
        schema = record.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        documents[f"{record.__name__}.schema.json"] = orjson.dumps(
            schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
        ) + b"\n"
    return documents


def export(directory: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for name, document in schema_documents().items():
        path = directory / name
        path.write_bytes(document)
        written.append(path)
    return written
