"""Inflected forms of rule terms, so "troupes", "военной помощи" or "wojska" match without
lemmatizing the article.

Each term word is expanded once, when rules are compiled, to every word that simplemma's bundled
dictionary gives the same lemma (its paradigm). Matching an article is then a lookup of each
case-folded word: no per-article lemmatization and no per-language dictionaries held in memory.
"""

from __future__ import annotations

import re
from collections import defaultdict

import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from pipeline.gazetteer import fold

WORD = re.compile(r"\w+")


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
