"""The entity gazetteer: countries in every CLDR language (babel) plus a curated list of people,
organisations and capitals, all linked to one canonical identity (Wikidata QID, English name).

Built once per machine and cached on disk (about two seconds to build, under one to load); lookups
are one Aho-Corasick pass over case-folded text. Names are matched in their inflected forms too:
case endings of the language the name comes from ("в Пхеньяне", "с Россией", "do Rosji",
"Russlands"), Arabic proclitics ("وروسيا"), Korean particles ("북한은"); a name whose last letter
changes in declension is also indexed by its stem.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import astuple, dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import ahocorasick_rs
import babel
from babel import Locale, localedata

from pipeline.folding import fold

Label = Literal["PER", "ORG", "LOC", "MISC"]
DATA_FILES = ("countries.tsv", "people_orgs.tsv")
SHORT_ALIAS = 3  # upper-case aliases this short ("UK", "UN", "USA", "РФ", "ООН") match only in that case


@dataclass(frozen=True)
class Identity:
    id: str | None
    name: str
    label: Label


# Case endings a name may take in the language its alias comes from (a superset: a name takes only
# some of them, but any other word that starts with a full name and ends so is rare).
_CYRILLIC = frozenset(
    "а я у ю ы и і ї е є ой ей ою ею єю ом ем ём ам ям ах ях ами ями ии ия ию ией ію ією ії".split()  # noqa: SIM905
)
_SLAVIC_LATIN = frozenset("a u y i e ie ę ą em om ach ami ii ię ią ji ją ję ě ou ů iu ij ijo".split())  # noqa: SIM905
ENDINGS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["ru", "uk", "be"], _CYRILLIC),
    "sr": _CYRILLIC | _SLAVIC_LATIN,
    **dict.fromkeys(["pl", "cs", "sk", "sl", "hr", "bs"], _SLAVIC_LATIN),
    "de": frozenset({"s", "es"}),
}
# Names from these languages' CLDR data apply to text in any language; names from other locales only
# to text in their own language: several East African locales call Israel "Israeli" and Oman
# "Omani", which in English are adjectives.
GLOBAL_LANGUAGES = frozenset(
    "en fr de es it pt nl ru uk pl ar zh ja ko tr fa he hi ur bn vi id th be ka hy "  # noqa: SIM905
    "bg hr cs da et fi el hu ga lv lt mt ro sk sl sv no nb".split()
)
STEM_LAST = frozenset("аяоеьйыиaeoy")  # a name ending so loses that letter in declension: Россия -> России
MIN_STEM = 4
# Places that are also given names: next to another capitalised word ("Michael Jordan", "Chad Morris",
# "Jordan Bardella") they are taken for a person's name and not reported.
ALSO_GIVEN_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Чад"})
# Arabic proclitics glued to a name: and, with/in, to/for, so, like, and the article with them.
ARABIC_PREFIXES = frozenset("و ب ل ف ك وب ول فب فل ال وال بال لل فال كال".split())  # noqa: SIM905
MAX_PREFIX = max(map(len, ARABIC_PREFIXES))
MAX_ENDING = max(len(ending) for endings in ENDINGS.values() for ending in endings)


@dataclass(frozen=True)
class Alias:
    identity: int
    text: str
    exact_case: bool
    endings: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()  # texts in these languages may inflect the name
    scope: str = ""  # the one language whose texts may use this alias; "" for all
    stem: bool = False  # `text` is a stem: it matches only with one of `endings` after it


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


def _beside_capitalised_word(text: str, mention: Mention) -> bool:
    """A capitalised word right before or after, separated by one space only."""
    after = text[mention.end : mention.end + 2]
    before = text[max(0, mention.start - 2) : mention.start]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return True
    return len(before) == 2 and before[1] == " " and _previous_word_capitalised(text, mention.start - 1)


def _previous_word_capitalised(text: str, space: int) -> bool:
    start = space
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < space and text[start].isupper() and not _sentence_start(text, start)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n"


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
        # Overlapping matches: a candidate that fails its checks (case, scope, boundary) must not hide
        # a longer or later one that passes; overlaps are resolved after the checks.
        self._automaton = ahocorasick_rs.AhoCorasick(self._patterns, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def __len__(self) -> int:
        return len(self._patterns)

    def find(self, text: str, language: str = "und") -> Iterator[Mention]:
        """Mentions in `text`; inflected forms only where `language` inflects the name that way.
        Where valid candidates overlap, the one starting first wins, then the longest."""
        candidates = sorted(self._candidates(text, language), key=lambda m: (m.start, m.start - m.end))
        taken_until = 0
        for mention in candidates:
            surface = text[mention.start : mention.end]
            if surface in ALSO_GIVEN_NAMES and _beside_capitalised_word(text, mention):
                continue
            if mention.start >= taken_until:
                taken_until = mention.end
                yield mention

    def _candidates(self, text: str, language: str) -> Iterator[Mention]:
        for index, start, end in self._automaton.find_matches_as_indexes(fold(text), overlapping=True):
            mention_start = self._word_start(text, start)
            if mention_start is None:
                continue
            mention_end = end
            if end < len(text) and not _no_space_script(text[end - 1]):
                limit = min(len(text), end + MAX_ENDING + 1)  # a longer tail is no ending: stop looking
                while mention_end < limit and _is_word(text[mention_end]):
                    mention_end += 1
            suffix = text[end:mention_end].lower()
            for alias in self._aliases[index]:
                if alias.scope and language not in (alias.scope, "und"):
                    continue
                inflects = language in alias.languages
                fits_suffix = (not suffix and not alias.stem) or (inflects and suffix in alias.endings)
                if fits_suffix and self._case_fits(alias, text[start:end]):
                    yield Mention(self.identities[alias.identity], mention_start, mention_end)
                    break

    @staticmethod
    def _word_start(text: str, start: int) -> int | None:
        """Where the mention starts: the match itself, or before an Arabic proclitic; None if the
        match begins inside another word. Looks back a few characters at most, so a huge token
        costs no more than a normal one."""
        if start == 0 or not _is_word(text[start - 1]) or _no_space_script(text[start]):
            return start
        for length in range(1, MAX_PREFIX + 1):
            word_start = start - length
            if word_start < 0:
                return None
            if (word_start == 0 or not _is_word(text[word_start - 1])) and text[word_start:start] in ARABIC_PREFIXES:
                return word_start
        return None

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


def _aliases(identity: int, text: str, language: str = "") -> Iterator[Alias]:
    """An alias, and its stem where its language declines it."""
    text = text.strip()
    languages = frozenset({language} if language else ())
    if not language and any("\u0400" <= ch <= "\u04ff" for ch in text):
        languages, language = frozenset({"ru", "uk", "be"}), "ru"  # curated Cyrillic names decline so
    endings = ENDINGS.get(language, frozenset())
    scope = "" if not language or language in GLOBAL_LANGUAGES else language
    exact = len(text) <= SHORT_ALIAS and (text.isascii() or text.isupper())
    yield Alias(identity, text, exact, endings, languages, scope)
    if text.startswith("ال"):  # li- + al- contracts: "الأمم المتحدة" -> "للأمم المتحدة" (to the UN)
        yield Alias(identity, "لل" + text[2:], False, endings, languages, scope)
    if endings and text[-1].lower() in STEM_LAST and len(text) - 1 >= MIN_STEM:
        yield Alias(identity, text[:-1], False, endings, languages, scope, stem=True)


def build_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, from the on-disk cache when this code, its data files and babel are unchanged."""
    if cache_dir is None:
        return Gazetteer(*_collect())
    sources = [Path(__file__).read_bytes(), babel.__version__.encode()]
    sources += [resources.files("pipeline.data").joinpath(name).read_bytes() for name in DATA_FILES]
    path = cache_dir / "gazetteer" / f"{hashlib.sha256(b''.join(sources)).hexdigest()[:24]}.pickle"
    if path.exists():
        identity_rows, alias_rows = pickle.loads(path.read_bytes())
        return Gazetteer([Identity(*row) for row in identity_rows], [Alias(*row) for row in alias_rows])
    identities, aliases = _collect()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(([astuple(i) for i in identities], [astuple(a) for a in aliases])))
    partial.replace(path)
    return Gazetteer(identities, aliases)


def _collect() -> tuple[list[Identity], list[Alias]]:
    identities: list[Identity] = []
    aliases: list[Alias] = []
    country_index: dict[str, int] = {}
    for code, qid, name, extra in _data_rows("countries.tsv"):
        country_index[code] = len(identities)
        identities.append(Identity(qid or None, name, "LOC"))
        for alias in [name, *extra.split("|")]:
            if alias.strip():
                aliases.extend(_aliases(country_index[code], alias))
    for locale_id in localedata.locale_identifiers():
        if "_" in locale_id:
            continue
        for code, local_name in Locale.parse(locale_id).territories.items():
            if code in country_index and len(local_name) >= 2:
                aliases.extend(_aliases(country_index[code], local_name, locale_id))
    for label, qid, name, extra in _data_rows("people_orgs.tsv"):
        identities.append(Identity(qid or None, name, label))  # type: ignore[arg-type]
        for alias in [name, *extra.split("|")]:
            if alias.strip():
                aliases.extend(_aliases(len(identities) - 1, alias))
    return identities, aliases
