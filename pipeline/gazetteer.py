"""The entity gazetteer: names of countries, cities, people and organisations, each linked to one
canonical identity (Wikidata QID or GeoNames id, English name); `gazetteer_build` collects them.

Lookups are one Aho-Corasick pass over case-folded text. Names are matched in their inflected forms too:
case endings of the language the name comes from ("в Пхеньяне", "с Россией", "do Rosji",
"Russlands"), Arabic proclitics ("وروسيا"), Korean particles ("북한은"); a name whose last letter
changes in declension is also indexed by its stem.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import ahocorasick_rs

from pipeline.folding import fold

Label = Literal["PER", "ORG", "LOC", "MISC"]
SHORT_ALIAS = 3  # upper-case aliases this short ("UK", "UN", "USA", "РФ", "ООН") match only in that case


@dataclass(frozen=True)
class Identity:
    id: str | None  # Wikidata QID, or "geonames:N" for a city known only to GeoNames
    name: str
    label: Label
    country: str | None = None  # for places: the QID of the country they belong to (a country: itself)
    seat: bool = False  # a country or a capital: a name that may stand for a government ("Moscow said")


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
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be"})
# Curated names in Latin letters take the endings of the Latin-script languages that decline names.
_LATIN_INFLECTING = frozenset({"pl", "cs", "sk", "sl", "hr", "bs", "de"})
_LATIN_ENDINGS = _SLAVIC_LATIN | ENDINGS["de"]
# Names from these languages' CLDR data apply to text in any language; names from other locales only
# to text in their own language: several East African locales call Israel "Israeli" and Oman
# "Omani", which in English are adjectives.
GLOBAL_LANGUAGES = frozenset(
    "en fr de es it pt nl ru uk pl ar zh ja ko tr fa he hi ur bn vi id th be ka hy "  # noqa: SIM905
    "bg hr cs da et fi el hu ga lv lt mt ro sk sl sv no nb".split()
)
STEM_LAST = frozenset("аяоеьйыиaeoy")  # a name ending so loses that letter in declension: Россия -> России
MIN_STEM = 4
# Places that are also people's names: next to another capitalised word ("Michael Jordan", "Chad Morris",
# "Jordan Bardella", "George Washington", "Washington Post") they are taken for part of a longer name.
ALSO_GIVEN_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Washington", "Чад"})
# Arabic proclitics glued to a name: and, with/in, to/for, so, like, and the article with them.
ARABIC_PREFIXES = frozenset("و ب ل ف ك وب ول فب فل ال وال بال لل فال كال".split())  # noqa: SIM905
# What may follow a Korean name inside its word: case particles and a few bound nouns ("러시아측").
KOREAN_PARTICLES = frozenset(
    "은 는 이 가 을 를 의 에 에서 에게 와 과 와의 과의 에서의 로 으로 로의 으로의 도 만 서 께 까지 부터 보다 처럼 "  # noqa: SIM905
    "이나 나 랑 이랑 하고 측 측은 측이 측의 측과 측도 쪽 이다 였다 이었다 에도 과도 와도 에는 은커녕".split()
)
MAX_PARTICLE = max(map(len, KOREAN_PARTICLES))
MAX_PREFIX = max(map(len, ARABIC_PREFIXES))
WINDOW = 20_000  # characters matched at a time
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
    rank: int = 0  # where two sources name different identities alike, the lower rank wins


@dataclass(frozen=True)
class Mention:
    identity: Identity
    start: int
    end: int


def _no_space_script(ch: str) -> bool:
    """Han, kana and Thai: words are not separated, so a name may start or end anywhere."""
    return unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI"))


def hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


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


@dataclass(frozen=True)
class OtherSense:
    """A cue that a name means something else here: "Atlanta, " before "Georgia", " River" after "Niger"."""

    identity: int
    where: Literal["before", "after"]
    cue: str


class Gazetteer:
    def __init__(self, identities: list[Identity], aliases: list[Alias], other_senses: list[OtherSense]) -> None:
        self.identities = identities
        self.aliases = aliases
        self.other_senses = other_senses
        self._cues: dict[Identity, list[OtherSense]] = defaultdict(list)
        for sense in other_senses:
            self._cues[identities[sense.identity]].append(sense)
        by_pattern: dict[str, list[Alias]] = defaultdict(list)
        for alias in aliases:
            by_pattern[fold(alias.text)].append(alias)
        # The most trusted source decides what a name means (a curated "Georgia" over a GeoNames
        # alternate name); an alias naming two identities in that source is ambiguous ("Congo") and left out.
        self._patterns: list[str] = []
        self._aliases: list[list[Alias]] = []
        self.ambiguous: list[str] = []
        for pattern, candidates in by_pattern.items():
            best = min(a.rank for a in candidates)
            meanings = {a.identity for a in candidates if a.rank == best}
            candidates = [a for a in candidates if a.identity in meanings]
            if len(meanings) > 1:
                self.ambiguous.append(pattern)
                continue
            self._patterns.append(pattern)
            self._aliases.append(candidates)
        # Overlapping matches: a candidate that fails its checks (case, scope, boundary) must not hide
        # a longer or later one that passes; overlaps are resolved after the checks.
        self._automaton = self._compile(self._patterns)
        self._longest = max(map(len, self._patterns), default=0)

    @staticmethod
    def _compile(patterns: list[str]) -> ahocorasick_rs.AhoCorasick:
        return ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the automaton (not picklable), which is rebuilt from the patterns."""
        return {key: value for key, value in self.__dict__.items() if key != "_automaton"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._automaton = self._compile(self._patterns)

    def restricted(self, names: set[str]) -> Gazetteer:
        """The same gazetteer knowing only the identities with these canonical names."""
        aliases = [a for a in self.aliases if self.identities[a.identity].name in names]
        return Gazetteer(self.identities, aliases, self.other_senses)

    def __len__(self) -> int:
        return len(self._patterns)

    def find(self, text: str, language: str = "und") -> Iterator[Mention]:
        """Mentions in `text`; inflected forms only where `language` inflects the name that way.
        Where valid candidates overlap, the one starting first wins, then the longest."""
        taken_until = 0
        # Window by window, so that memory stays bounded whatever the text (a 1 MB run of "oman"
        # has a candidate every four characters); a window overlaps the next by the longest name.
        for window in range(0, len(text), WINDOW):
            candidates = sorted(self._candidates(text, language, window), key=lambda m: (m.start, m.start - m.end))
            for mention in candidates:
                surface = text[mention.start : mention.end]
                if surface in ALSO_GIVEN_NAMES and _beside_capitalised_word(text, mention):
                    continue
                if self._other_sense(text, mention):
                    continue
                if mention.start >= taken_until:
                    taken_until = mention.end
                    yield mention

    def _candidates(self, text: str, language: str, window: int) -> Iterator[Mention]:
        """Candidates whose match starts in text[window : window + WINDOW]."""
        folded = fold(text[window : window + WINDOW + self._longest])
        for index, start, end in self._automaton.find_matches_as_indexes(folded, overlapping=True):
            if start >= WINDOW:
                continue
            start, end = start + window, end + window
            mention_start = self._word_start(text, start)
            if mention_start is None:
                continue
            mention_end = end
            if hangul(text[end - 1]) and not self._particle_follows(text, end):
                continue
            if end < len(text) and not _no_space_script(text[end - 1]) and not hangul(text[end - 1]):
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

    def _other_sense(self, text: str, mention: Mention) -> bool:
        for sense in self._cues.get(mention.identity, ()):
            if sense.where == "before" and text.startswith(sense.cue, mention.start - len(sense.cue)):
                return mention.start >= len(sense.cue)
            if sense.where == "after" and text.startswith(sense.cue, mention.end):
                return True
        return False

    @staticmethod
    def _particle_follows(text: str, end: int) -> bool:
        """A Korean name ends its word or is followed by a particle: 북한은, not 조선업 (shipbuilding)."""
        tail = end
        while tail < len(text) and tail - end <= MAX_PARTICLE and hangul(text[tail]):
            tail += 1
        return tail == end or text[end:tail] in KOREAN_PARTICLES

    @staticmethod
    def _word_start(text: str, start: int) -> int | None:
        """Where the mention starts: the match itself, or before an Arabic proclitic; None if the
        match begins inside another word. Looks back a few characters at most, so a huge token
        costs no more than a normal one."""
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before == "_") or _no_space_script(text[start]):
            return start
        if not "\u0600" <= before <= "\u06ff":  # only an Arabic letter can end a proclitic
            return None
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
        # In cased scripts a name is capitalised: "Mali" the country, not "mali" (small, in hr/sl),
        # unless a curated name itself starts in lower case: "al-Qaïda".
        first = surface[0]
        return first.isupper() or first.lower() == first.upper() or (alias.rank == 0 and alias.text[:1].islower())


def aliases_of(identity: int, text: str, language: str = "", rank: int = 0, stems: bool = True) -> Iterator[Alias]:
    """An alias, and its stem where its language declines it."""
    text = text.strip()
    exact = len(text) <= SHORT_ALIAS and (text.isascii() or text.isupper())
    languages = frozenset({language} if language else ())
    endings = ENDINGS.get(language, frozenset())
    scope = "" if not language or language in GLOBAL_LANGUAGES else language
    if not language and any("\u0400" <= ch <= "\u04ff" for ch in text):
        languages, endings = _CYRILLIC_LANGUAGES, ENDINGS["ru"]  # curated Cyrillic names decline so
    elif not language and stems and not exact and text.isascii():
        languages, endings = _LATIN_INFLECTING, _LATIN_ENDINGS  # "z Kim Dzong Unem", "Merz' Partei"
    yield Alias(identity, text, exact, endings, languages, scope, rank=rank)
    if text.startswith("ال"):  # li- + al- contracts: "الأمم المتحدة" -> "للأمم المتحدة" (to the UN)
        yield Alias(identity, "لل" + text[2:], False, endings, languages, scope, rank=rank)
    if stems and endings and text[-1].lower() in STEM_LAST and len(text) - 1 >= MIN_STEM:
        yield Alias(identity, text[:-1], False, endings, languages, scope, stem=True, rank=rank)
