"""The entity gazetteer: countries in every CLDR language (babel) plus a curated list of people,
organisations and capitals, all linked to one canonical identity (Wikidata QID, English name).

Built once per process (about a second); lookups are one Aho-Corasick pass over case-folded text.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import ahocorasick_rs
from babel import Locale, localedata

from pipeline.folding import fold

Label = Literal["PER", "ORG", "LOC", "MISC"]
SHORT_ALIAS = 3  # Latin aliases this short ("UK", "UN", "USA") match only in their exact case.


@dataclass(frozen=True)
class Identity:
    id: str | None
    name: str
    label: Label


@dataclass(frozen=True)
class Alias:
    identity: int
    text: str
    exact_case: bool


@dataclass(frozen=True)
class Mention:
    identity: Identity
    start: int
    end: int


def _no_space_script(ch: str) -> bool:
    """Han, kana, Hangul and Thai: a name may be glued to the next word or particle."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"))


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Gazetteer:
    def __init__(self, identities: list[Identity], aliases: list[Alias]) -> None:
        self.identities = identities
        by_pattern: dict[str, list[Alias]] = defaultdict(list)
        for alias in aliases:
            by_pattern[fold(alias.text)].append(alias)
        # An alias naming two different identities is ambiguous (e.g. "Congo"): it is left out.
        self._patterns: list[str] = []
        self._aliases: list[list[Alias]] = []
        self.ambiguous: list[str] = []
        for pattern, candidates in by_pattern.items():
            if len({a.identity for a in candidates}) > 1:
                self.ambiguous.append(pattern)
                continue
            self._patterns.append(pattern)
            self._aliases.append(candidates)
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._patterns, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST
        )

    def __len__(self) -> int:
        return len(self._patterns)

    def find(self, text: str) -> Iterator[Mention]:
        for index, start, end in self._automaton.find_matches_as_indexes(fold(text)):
            if not self._at_boundaries(text, start, end):
                continue
            surface = text[start:end]
            for alias in self._aliases[index]:
                if self._case_fits(alias, surface):
                    yield Mention(self.identities[alias.identity], start, end)
                    break

    @staticmethod
    def _at_boundaries(text: str, start: int, end: int) -> bool:
        if start > 0 and _is_word(text[start - 1]) and not _no_space_script(text[start]):
            return False
        return not (end < len(text) and _is_word(text[end]) and not _no_space_script(text[end - 1]))

    @staticmethod
    def _case_fits(alias: Alias, surface: str) -> bool:
        if alias.exact_case:
            return surface == alias.text
        # In cased scripts a name is capitalised: "Mali" the country, not "mali" (small, in hr/sl).
        first = surface[0]
        return first.isupper() or first.lower() == first.upper()


def _data_rows(name: str) -> Iterator[list[str]]:
    with resources.files("pipeline.data").joinpath(name).open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and not row[0].startswith("#"):
                yield row + [""] * (4 - len(row))


def _alias(identity: int, text: str) -> Alias:
    text = text.strip()
    exact = len(text) <= SHORT_ALIAS and text.isascii()
    return Alias(identity, text, exact)


def build_gazetteer() -> Gazetteer:
    identities: list[Identity] = []
    aliases: list[Alias] = []
    country_index: dict[str, int] = {}
    for code, qid, name, extra in _data_rows("countries.tsv"):
        country_index[code] = len(identities)
        identities.append(Identity(qid or None, name, "LOC"))
        aliases.extend(_alias(country_index[code], a) for a in [name, *extra.split("|")] if a.strip())
    for locale_id in localedata.locale_identifiers():
        if "_" in locale_id:
            continue
        for code, local_name in Locale.parse(locale_id).territories.items():
            if code in country_index and len(local_name) >= 2:
                aliases.append(_alias(country_index[code], local_name))
    for label, qid, name, extra in _data_rows("people_orgs.tsv"):
        identities.append(Identity(qid or None, name, label))  # type: ignore[arg-type]
        aliases.extend(_alias(len(identities) - 1, a) for a in [name, *extra.split("|")] if a.strip())
    return Gazetteer(identities, aliases)
