"""Inflected forms of rule terms, so "troupes", "военной помощи" or "wojska" match without
lemmatizing the article.

Each term word is expanded once, when rules are compiled, to every word that simplemma's bundled
dictionary gives the same lemma (its paradigm). Matching an article is then a lookup of each
case-folded word: no per-article lemmatization and no per-language dictionaries held in memory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from collections import defaultdict
from pathlib import Path

import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from pipeline.folding import fold

WORD = re.compile(r"\w+")
CACHE_FORMAT = 2  # bump when the expansion of words into forms changes (2: apostrophes folded)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def paradigms(words: set[str], language: str) -> dict[str, frozenset[str]]:
    """Each word -> the folded forms sharing its lemma in `language` (the word itself at least)."""
    if language not in SUPPORTED_LANGUAGES:
        return {word: frozenset({fold(word)}) for word in words}
    lemma_of = {word: simplemma.lemmatize(word, lang=language) for word in words}
    wanted = {fold(lemma) for lemma in lemma_of.values()}
    forms: dict[str, set[str]] = defaultdict(set)
    # One pass over the dictionary (up to a few million entries) collects every form of every wanted lemma.
    for form, lemma in DefaultDictionaryFactory(cache_max_size=0).get_dictionary(language).items():
        folded_lemma = fold(lemma)
        if folded_lemma in wanted:
            forms[folded_lemma].add(fold(form))
    return {
        word: frozenset({fold(word), fold(lemma), *forms.get(fold(lemma), ())}) for word, lemma in lemma_of.items()
    }


def cached_paradigms(words: set[str], language: str, cache_dir: Path | None) -> dict[str, frozenset[str]]:
    """paradigms(), cached on disk per language and word set: expanding takes seconds per language
    (one pass over its dictionary), so an edit to one language's terms recompiles that language only."""
    if cache_dir is None:
        return paradigms(words, language)
    key = hashlib.sha256(repr((CACHE_FORMAT, simplemma.__version__, language, sorted(words))).encode())
    path = cache_dir / "paradigms" / f"{language}-{key.hexdigest()[:24]}.pickle"
    if path.exists():
        cached: dict[str, frozenset[str]] = pickle.loads(path.read_bytes())
        return cached
    forms = paradigms(words, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(forms))
    partial.replace(path)
    return forms
