"""A fix to faust-streaming 0.15.3 that newsmon's no-loss guarantee depends on.

`Consumer._new_offset` decides how far a partition's committed offset may move: up to the first
message not yet acknowledged. It detects an unacknowledged message at the head of the queue with
`min(acked) - committed > 1`, but `committed` is the next offset to read, so a single message in
flight at the head (offset == committed) goes unnoticed and the offset is committed past it; with
`committed == 0` the check is skipped altogether. That happens whenever an agent runs with
`concurrency > 1` (tag_entities, with NER on) and a later message finishes first: a worker killed
right after that commit loses the message. (faust-streaming issue #606 reports the symptom.)
The replacement below is the original with the head check corrected.
"""

from __future__ import annotations

from typing import Any

from faust.transport.consumer import Consumer
from faust.types import TP
from faust.utils.functional import consecutive_numbers

ORIGINAL = Consumer._new_offset  # kept for the test that shows the flaw


def _new_offset(self: Any, tp: TP) -> int | None:
    acked = self._acked[tp]
    if not acked:
        return None
    max_offset = max(acked)
    gap_for_tp = self._gap[tp]
    if gap_for_tp:  # offsets that will never come (compaction, transaction markers) count as acked
        candidates = sorted(gap_for_tp.overlap(0, max_offset), key=lambda interval: interval.begin)
        if candidates:
            filled: list[int] = []
            for interval in candidates:
                filled.extend(range(interval.begin, interval.end))
            acked.extend(filled)
            gap_for_tp.chop(0, max(filled[-1], max_offset + 1))
    acked.sort()
    committed = self._committed_offset[tp]
    if committed is not None and min(acked) > committed:
        return None  # the message at `committed` is still being processed
    batch = next(consecutive_numbers(acked))
    acked[: len(batch)] = []
    self._acked_index[tp].difference_update(batch)
    return int(batch[-1]) + 1


def apply() -> None:
    Consumer._new_offset = _new_offset  # type: ignore[method-assign]
