"""Case folding that keeps string offsets, so a match found in folded text points into the original."""

from __future__ import annotations


def fold(text: str) -> str:
    """Lower-case without changing length, so offsets in the folded text are offsets in the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
