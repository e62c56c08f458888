"""Bytes <-> records. Stages read raw bytes and decode here, so a bad message becomes a DecodeError
with a reason instead of a Faust decode failure that kills the agent."""

from __future__ import annotations

from typing import TypeVar

import orjson
from pydantic import ValidationError

from pipeline.errors import DecodeError
from schemas.records import Record

R = TypeVar("R", bound=Record)


def encode(record: Record) -> bytes:
    return orjson.dumps(record.model_dump(mode="python"), option=orjson.OPT_UTC_Z)


def decode(record_type: type[R], data: bytes | None) -> R:
    if data is None:
        raise DecodeError("message has no value", reason="empty")
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        reason = "not-utf8" if "utf-8" in str(exc).lower() else "not-json"
        raise DecodeError(f"not a JSON document: {exc}", reason=reason) from None
    return validate(record_type, obj)


def validate(record_type: type[R], obj: object) -> R:
    if not isinstance(obj, dict):
        raise DecodeError(f"expected a JSON object, got {type(obj).__name__}", reason="schema")
    try:
        return record_type.model_validate(obj)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise DecodeError(f"not a valid {record_type.__name__}: {problems}", reason="schema") from None
