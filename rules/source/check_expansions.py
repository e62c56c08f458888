"""Prints, per language, every term word whose simplemma lemma differs from itself, with the forms it
will match, so a wrong lemma (a noun read as a verb form, ...) can be seen. Run from the newsmon
checkout: .venv/bin/python /work/scratch/rules/check_expansions.py [founding.yaml]"""
import sys
from collections import defaultdict
from pathlib import Path

import simplemma

from pipeline.folding import fold
from pipeline.inflections import paradigms, words
from pipeline.rules import load_rules

path = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/scratch/rules/founding.yaml")
by_lang: dict[str, set[str]] = defaultdict(set)
for rule in load_rules(path):
    for leaf in [*rule.leaves(), rule.exclude]:
        for lang, terms in leaf.by_language.items():
            for term in terms:
                if not term.startswith("="):
                    by_lang[lang].update(words(term))
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES
for lang, ws in sorted(by_lang.items()):
    if lang not in SUPPORTED_LANGUAGES:
        continue
    forms = paradigms(ws, lang)
    for w in sorted(ws):
        lemma = simplemma.lemmatize(w, lang=lang)
        f = forms[w]
        if fold(lemma) != fold(w) or len(f) > 12:
            print(f"{lang}\t{w}\t->{lemma}\t{len(f)}\t{' '.join(sorted(f)[:25])}")
