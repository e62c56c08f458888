"""Tokens with their lemmas, so that rule terms match inflected forms (troupes -> troupe, помощи -> помощь)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import simplemma

from pipeline.gazetteer import fold

_WORD = re.compile(r"\w+")
# simplemma's bundled dictionaries; other languages fall back to the folded word itself.
LEMMA_LANGUAGES = frozenset(
    ["ar", "ast", "bg", "ca", "cs", "cy", "da", "de", "el", "en", "enm", "eo", "es", "et", "fa", "fi", "fr", "ga", "gd", "gl", "grc", "gv", "hbs", "he", "hi", "hu", "hy", "id", "is", "it", "ka", "la", "lb", "lt", "lv", "mk", "ml", "ms", "nb", "nl", "nn", "pl", "pt", "ro", "ru", "se", "sk", "sl", "sq", "sv", "sw", "tl", "tr", "uk"]
)


class Token(NamedTuple):
    start: int
    end: int
    word: str  # folded
    lemma: str  # folded


@lru_cache(maxsize=500_000)
def lemma(word: str, language: str) -> str:
    if language not in LEMMA_LANGUAGES:
        return fold(word)
    return fold(simplemma.lemmatize(word, lang=language))


def tokenize(text: str, language: str) -> list[Token]:
    folded = fold(text)
    tokens = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        tokens.append(Token(start, end, folded[start:end], lemma(match.group(), language)))
    return tokens
