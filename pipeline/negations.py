"""Words that deny what follows them ("no troops", "keine Waffen", "en aucun cas d'une aide militaire",
"geen militaire steun"), for rules with `ignore_negated: true`.

Each word reaches a few words ahead: a word of negation up to four ("en aucun cas d'une aide
militaire"), a preposition of lack only two, as it is as often about something else ("fournira sans
délai une assistance militaire" is assistance given at once). Chinese, Japanese and Korean are left
out: 不, 无 and 非 begin too many ordinary words (不断, 无人机), and Japanese and Korean deny after
the verb. Turkish denies after the word too ("askeri yardım değil"): NEGATIONS_AFTER, two words; and
"herhangi bir" ("any") mostly opens a denial.
"""

from __future__ import annotations

NEGATION_REACH = 4
LACK_REACH = 2

_NEGATIONS = {
    "en": ("no not never nor t", "without"),  # t: "won't", "don't" split at the apostrophe
    "fr": ("pas aucun aucune ni jamais", "sans ne n"),  # "ne céderons pas", "n'envoie"
    "de": ("kein keine keinen keiner keinem keines nicht nie", "ohne"),
    "es": ("no ningún ninguna ninguno ni nunca", "sin"),
    "it": ("non nessun nessuna nessuno né mai", "senza"),
    "pt": ("não nenhum nenhuma nem nunca", "sem"),
    "pl": ("nie żadnych żadnej żadnego żaden żadna żadne", "bez"),
    "nl": ("geen niet nooit", "zonder"),
    "ru": ("не нет никаких никакой никакого ни", "без"),
    "uk": ("не немає жодних жодної жодного жодна ні", "без"),
    "ar": ("لا ليس ليست لن لم", "دون بدون"),
    "tr": ("herhangi hiçbir", ""),
}
# language -> folded word -> how many words ahead it denies
NEGATIONS: dict[str, dict[str, int]] = {
    language: {word: NEGATION_REACH for word in negations.split()} | {word: LACK_REACH for word in lack.split()}
    for language, (negations, lack) in _NEGATIONS.items()
}
NEGATIONS_AFTER: dict[str, frozenset[str]] = {"tr": frozenset({"değil", "değildir", "yok"})}
AFTER_REACH = 2
