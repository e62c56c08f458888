"""Case folding that keeps string offsets, so a match found in folded text points into the original."""

from __future__ import annotations

# Apostrophes news text writes in several ways: "Об’єднані", "Обʼєднані", "Об'єднані", "d’Iran".
_MARKS = ("\u2019", "\u02bc", "\u2018", "`", "\u00b4")
_APOSTROPHES = str.maketrans(dict.fromkeys(_MARKS, "'"))


def fold(text: str) -> str:
    """Lower-case without changing length, so offsets in the folded text are offsets in the original;
    apostrophes are made one."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
    if any(mark in lowered for mark in _MARKS):  # a scan per mark is much cheaper than translate()
        lowered = lowered.translate(_APOSTROPHES)
    return lowered
