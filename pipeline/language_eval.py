"""Evaluation of language identification on the test sentences in tests/data/langid (see its README
for the split): sentence accuracy per language, and accuracy on article-length texts built from
sentences the sentence evaluation does not use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import PROJECT_ROOT

SENTENCES = PROJECT_ROOT / "tests" / "data" / "langid" / "sentences"
FOCUS = ["en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "zh", "ja", "ko", "tr"]
EVAL_PARTS = frozenset(range(6))
TUNING_PARTS = frozenset({6})
ARTICLE_PARTS = frozenset({7, 8, 9})
ARTICLES_PER_LANGUAGE = 10
ARTICLE_CHARS = 2000


def languages(directory: Path = SENTENCES) -> list[str]:
    return sorted(path.stem for path in directory.glob("*.txt"))


def sentences(code: str, parts: frozenset[int], directory: Path = SENTENCES) -> list[str]:
    lines = [line.strip() for line in (directory / f"{code}.txt").read_text(encoding="utf-8").splitlines()]
    return [line for number, line in enumerate(x for x in lines if x) if number % 10 in parts]


def articles(code: str, directory: Path = SENTENCES) -> list[str]:
    """Up to ten texts of about 2,000 characters, each of consecutive article-part sentences."""
    pool = sentences(code, ARTICLE_PARTS, directory)
    share = max(1, len(pool) // ARTICLES_PER_LANGUAGE)
    texts = []
    for start in range(0, share * ARTICLES_PER_LANGUAGE, share):
        text = ""
        for sentence in pool[start : start + share]:
            if len(text) >= ARTICLE_CHARS:
                break
            text = f"{text} {sentence}".strip()
        if text:
            texts.append(text)
    return texts


@dataclass(frozen=True)
class Score:
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score(detect: Callable[[str], str], samples: dict[str, list[str]]) -> dict[str, Score]:
    """Per language: how many samples `detect` labels with that language."""
    return {code: Score(sum(detect(text) == code for text in texts), len(texts)) for code, texts in samples.items()}


def overall(scores: dict[str, Score]) -> Score:
    return Score(sum(s.correct for s in scores.values()), sum(s.total for s in scores.values()))
