"""The corrected commit-offset rule: never past a message that is still being processed."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

import pytest
from faust.transport.consumer import Consumer
from faust.types import TP
from intervaltree import IntervalTree

from pipeline import faust_fixes

PARTITION = TP("articles.lang", 0)


def consumer(committed: int | None, acked: list[int]) -> SimpleNamespace:
    return SimpleNamespace(
        _acked={PARTITION: list(acked)},
        _acked_index=defaultdict(set, {PARTITION: set(acked)}),
        _gap=defaultdict(IntervalTree),
        _committed_offset=defaultdict(lambda: None, {PARTITION: committed}),
    )


@pytest.mark.parametrize(
    ("committed", "acked", "expected"),
    [
        (10, [10, 11, 12], 13),  # all acknowledged in order
        (10, [10, 11, 13], 12),  # a gap after the head: up to the gap
        (10, [11, 12], None),  # offset 10 still in flight (a later one finished first): stay
        (0, [1, 2], None),  # the same at the very start of a partition
        (None, [5, 6], 7),  # nothing committed yet: from what was acknowledged
    ],
)
def test_the_committed_offset_never_passes_a_message_in_flight(committed, acked, expected):
    assert faust_fixes._new_offset(consumer(committed, acked), PARTITION) == expected


def test_the_original_rule_commits_past_a_message_in_flight():
    """Why the fix exists: faust-streaming 0.15.3 moves past offset 10 while it is unacknowledged."""
    assert faust_fixes.ORIGINAL is not faust_fixes._new_offset
    assert faust_fixes.ORIGINAL(consumer(10, [11, 12]), PARTITION) == 13


def test_the_app_applies_the_fix():
    import pipeline.app  # noqa: F401

    assert Consumer._new_offset is faust_fixes._new_offset
