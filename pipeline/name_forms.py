"""Inflected forms of place and organisation names, from simplemma's bundled dictionaries.

Case endings alone miss the forms where the stem changes: Polska -> w Polsce, Kijów -> do Kijowa,
Білорусь -> з Білоруссю, Damaszek -> w Damaszku, Ниамей -> Ниамея. The dictionaries of the
languages that decline names list those forms under the name as lemma, so each name is expanded
once, when the gazetteer is built, into the forms its language uses. Multi-word names are expanded
word by word ("Parlament Europejski" -> "Parlamentu Europejskiego"); combinations no text uses are
harmless, as they never match.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

# Languages whose names decline, by the script their names are written in.
DECLINING = {
    "ru": "CYRILLIC",
    "uk": "CYRILLIC",
    "pl": "LATIN",
    "cs": "LATIN",
    "sk": "LATIN",
    "sl": "LATIN",
    "hbs": "LATIN",  # Serbo-Croatian in simplemma: hr, bs, sr (Latin)
    "lt": "LATIN",
    "lv": "LATIN",
    "fi": "LATIN",
    "hu": "LATIN",
    "el": "GREEK",
}
SCOPES = {"hbs": ("hr", "bs", "sr")}  # article languages a dictionary's forms apply to
MAX_WORDS = 3
MAX_COMBINATIONS = 200
MIN_COMMON = 6


def script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "").split(" ")[0]
    return ""


def declined_forms(names: Iterable[str], language: str) -> dict[str, set[str]]:
    """Each name (written in the language's script, capitalised) -> its other forms in `language`."""
    wanted = {
        name: name.split()
        for name in names
        if script(name) == DECLINING[language] and len(name.split()) <= MAX_WORDS and name[:1].isupper()
    }
    words = {word for parts in wanted.values() for word in parts}
    lowered = {word.lower() for word in words}
    forms: dict[str, set[str]] = defaultdict(set)
    common: dict[str, set[str]] = defaultdict(set)  # a name listed only in lower case: "damaszek"
    for form, lemma in DefaultDictionaryFactory(cache_max_size=0).get_dictionary(language).items():
        if lemma in words and form != lemma and form[:1].isupper():
            forms[lemma].add(form)
        elif lemma in lowered and form != lemma and form.islower():
            common[lemma].add(form[:1].upper() + form[1:])
    result = {}
    for name, parts in wanted.items():
        # A name the dictionary lists only in lower case declines like that word ("damaszek", the
        # "союз" of "Європейський союз"), but a short one-word name is more likely the word itself:
        # "mali" (small) is not Mali.
        options = [
            [
                part,
                *sorted(forms.get(part) or (common[part.lower()] if len(parts) > 1 or len(part) >= MIN_COMMON else ())),
            ]
            for part in parts
        ]
        combinations = {" ".join(c) for c in itertools.islice(itertools.product(*options), MAX_COMBINATIONS)}
        combinations.discard(name)
        if combinations:
            result[name] = combinations
    return result
