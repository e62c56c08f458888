"""Keyword alert stage: one pass over an article's words finds every term of every rule; each
rule's boolean tree (any / all / none / near), exclusions and entity conditions are then decided on
those hits.

A term is a sequence of words, each expanded to its inflected forms when the rules are compiled; a
word of the article matches when its case-folded form is one of them. Candidates come from a hash
of first-word forms (and second-word forms for longer terms), so the cost grows with the text, not
with the number of rules. Chinese and Japanese are split into characters, Korean words may carry a
particle. The same pass finds nationality adjectives, which count as countries the article names,
and marks a hit negated when a negation stands just before it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from pipeline import ids
from pipeline.demonyms import demonyms
from pipeline.folding import fold
from pipeline.gazetteer import KOREAN_PARTICLES
from pipeline.inflections import cached_paradigms
from pipeline.negations import AFTER_REACH, NEGATION_REACH, NEGATIONS, NEGATIONS_AFTER
from pipeline.rules import AllOf, AnyOf, Countries, Node, NoneOf, Rule, Terms
from schemas.records import Alert, ArticleAlert, ArticleField, EnrichedArticle, Entity, Match

PASSAGE_CHARS = 300  # entities this close to a match are "in the matched passage"
SNIPPET_CHARS = 120  # on each side of the first match
ANY_LANGUAGE = "*"
EXCLUDE = -1  # the leaf number of a rule's exclusions
DEMONYM = -1  # the rule number of nationality adjectives: they count countries for every rule
IDEOGRAPHS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A Han or kana character is a word of its own; other words are runs of word characters.
TOKEN = re.compile(rf"[{IDEOGRAPHS}]|[^\W{IDEOGRAPHS}]+")
# Hebrew points and Arabic harakat (shadda, tanwin...) are written or not as the outlet pleases.
# They are not word characters, so they would split a word; tokens() turns them into the Arabic
# tatweel (a word character that only stretches a letter), which a word's text then drops:
# تسلّم is تسلم, and a decorative كـتـيبة is كتيبة. Same length, so offsets still hold.
_POINTS = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
FIELD_GAP = 10_000  # token positions between title and body, so that `near` never spans both
QUOTES = "«»“”„‚‘’‹›「」『』\"'"
TITLE_REACH = 80  # characters from a match to the quotes of the title it is in
TITLE_WORDS = 6


def tokens(text: str) -> list[re.Match[str]]:
    folded = fold(text)  # fold keeps offsets, so spans index `text` too
    if _POINTS.search(folded):
        folded = _POINTS.sub(TATWEEL, folded)
    return list(TOKEN.finditer(folded))


def word(token: re.Match[str]) -> str:
    """A token's text as terms are matched: folded, without vowel points or tatweel."""
    text = token.group()
    return text.replace(TATWEEL, "") if TATWEEL in text else text


def words_of(found: list[re.Match[str]]) -> list[str]:
    """word() of every token, fast when the text has no tatweel (almost all text)."""
    if found and TATWEEL in found[0].string:
        return [word(token) for token in found]
    return [token.group() for token in found]


@dataclass(frozen=True)
class Term:
    rule: int
    leaf: int  # index into the rule's leaves, or EXCLUDE
    language: str
    text: str  # as written in the rule
    tokens: tuple[frozenset[str], ...]  # per word of the phrase, its accepted folded forms


@dataclass(frozen=True)
class Hit:
    field: ArticleField
    first: int  # token positions, body after title + FIELD_GAP
    last: int
    start: int  # character offsets in the field
    end: int
    term: str
    negated: bool = False  # a word of NEGATIONS shortly before it (or of NEGATIONS_AFTER after it)


def compile_terms(rules: list[Rule], cache_dir: Path | None = None) -> list[Term]:
    """Every phrase of every rule, each word expanded to its inflected forms."""
    wanted: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for number, rule in enumerate(rules):
        leaves = [*enumerate(rule.leaves()), (EXCLUDE, rule.exclude)]
        for leaf, terms in leaves:
            for language, phrases in terms.by_language.items():
                wanted[language].extend((number, leaf, phrase) for phrase in phrases)
    compiled: list[Term] = []
    for language, entries in wanted.items():
        inflected = {word(t) for _, _, phrase in entries if not phrase.startswith("=") for t in tokens(phrase)}
        forms = cached_paradigms(inflected, language, cache_dir) if language not in ("zh", "ja") else {}
        for number, leaf, phrase in entries:
            words = [word(t) for t in tokens(phrase.lstrip("="))]
            per_word = [_forms(w, language, forms, exact=phrase.startswith("=")) for w in words]
            compiled.append(Term(number, leaf, language, phrase.lstrip("="), tuple(per_word)))
    return compiled


def _forms(word: str, language: str, paradigms: dict[str, frozenset[str]], *, exact: bool) -> frozenset[str]:
    forms = {word} if exact else set(paradigms.get(word, {word}))
    if language == "ko":  # 지원 also as 지원을, 지원은, 지원의...
        forms |= {form + particle for form in list(forms) for particle in KOREAN_PARTICLES}
    return frozenset(forms)


@cache
def demonym_terms() -> tuple[tuple[str, ...], tuple[Term, ...]]:
    """Every nationality adjective as a term of the pseudo-rule DEMONYM, its leaf the country's
    number in the tuple returned with them. Built once per process: rule reloads reuse it."""
    numbers: dict[str, int] = {}
    terms = []
    for language, forms in demonyms().items():
        for form, qid in forms.items():
            number = numbers.setdefault(qid, len(numbers))
            words = tuple(frozenset({word(token)}) for token in tokens(form))
            terms.append(Term(DEMONYM, number, language, form, words))
    return tuple(numbers), tuple(terms)


# A word's entry in the index: the one-word terms it is, and the longer terms it begins, by the form
# of their second word (so a common first word, "military", costs one lookup, not a phrase check
# for each of its hundreds of phrases).
IndexEntry = tuple[list[Term], dict[str, list[Term]]]


class Rulebook:
    def __init__(self, rules: list[Rule], terms: list[Term]) -> None:
        self.rules = rules
        self.languages = frozenset(term.language for term in terms)
        self._demonym_countries, demonym_index_terms = demonym_terms()
        # language -> form of a term's first word -> entry; ANY_LANGUAGE holds every language's terms.
        index: dict[str, dict[str, IndexEntry]] = defaultdict(dict)
        for term in (*terms, *demonym_index_terms):
            for language in (term.language, ANY_LANGUAGE):
                for first in term.tokens[0]:
                    singles, longer = index[language].setdefault(first, ([], {}))
                    if len(term.tokens) == 1:
                        singles.append(term)
                    else:
                        for second in term.tokens[1]:
                            longer.setdefault(second, []).append(term)
        self._index = dict(index)
        self._leaf_numbers = [{id(leaf): n for n, leaf in enumerate(rule.leaves())} for rule in rules]

    @classmethod
    def compile(cls, rules: list[Rule], cache_dir: Path | None = None) -> Rulebook:
        return cls(rules, compile_terms(rules, cache_dir))

    @property
    def rule_ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    def find(self, text: str, language: str, field: ArticleField = "body", offset: int = 0) -> list[tuple[Term, Hit]]:
        """Every term occurrence in `text`, with the term it matched.

        An article is matched with its own language's terms, or with every language's terms when
        its language is undetermined or has none of its own.
        """
        index = self._index.get(language) or self._index.get(ANY_LANGUAGE, {})
        words = tokens(text)
        texts = words_of(words)
        negations, after = NEGATIONS.get(language), NEGATIONS_AFTER.get(language)
        denied = {n: negations[t] for n, t in enumerate(texts) if t in negations} if negations else {}
        denied_after = {n for n, t in enumerate(texts) if t in after} if after else set()
        found = []
        count = len(texts)
        for position, entry in enumerate(map(index.get, texts)):
            if entry is None:
                continue
            candidates, longer = entry
            if longer and position + 1 < count and (more := longer.get(texts[position + 1])):
                candidates = candidates + more if candidates else more
            if not candidates:
                continue
            negated = bool(denied) and any(denied.get(position - n, 0) >= n for n in range(1, NEGATION_REACH + 1))
            for term in candidates:
                last = position + len(term.tokens) - 1
                if last > position + 1 and (
                    last >= count or not all(texts[position + n] in term.tokens[n] for n in range(2, len(term.tokens)))
                ):
                    continue
                denied_here = negated or (
                    bool(denied_after) and any(last + n in denied_after for n in range(1, AFTER_REACH + 1))
                )
                start = words[position].start()
                hit = Hit(field, offset + position, offset + last, start, words[last].end(), term.text, denied_here)
                found.append((term, hit))
        return found

    def match(self, article: EnrichedArticle) -> list[ArticleAlert]:
        """The rules the article fires, each with the evidence that decided it."""
        hits: dict[int, dict[int, list[Hit]]] = defaultdict(lambda: defaultdict(list))
        offset = 0
        for field, text in (("title", article.title), ("body", article.body)):
            for term, hit in self.find(text, article.language.code, field, offset):  # type: ignore[arg-type]
                hits[term.rule][term.leaf].append(hit)
            offset = FIELD_GAP + len(text)  # past the title's last word, whatever its length
        labels = {entity.label for entity in article.entities}
        entity_ids = {entity.id for entity in article.entities if entity.id}
        named = {self._demonym_countries[hit_leaf] for hit_leaf in hits.pop(DEMONYM, {})}
        countries = (
            len(named | {entity.country for entity in article.entities if entity.country}),
            len({entity.country for entity in article.entities if entity.country and entity.government}),
        )
        fields = {"title": article.title, "body": article.body}
        fired = []
        for number in sorted(hits):
            rule, by_leaf = self.rules[number], hits[number]
            excluded = by_leaf.pop(EXCLUDE, [])
            for leaf, leaf_hits in list(by_leaf.items()):
                by_leaf[leaf] = [
                    hit
                    for hit in leaf_hits
                    if not any(_overlap(hit, x) for x in excluded)
                    and not (rule.ignore_quoted_titles and in_quoted_title(fields[hit.field], hit.start, hit.end))
                    and not (rule.ignore_negated and hit.negated)
                ]
            evidence = self._decide(rule.match, by_leaf, self._leaf_numbers[number], countries)
            if not evidence:
                continue
            if rule.entity_labels and not rule.entity_labels & labels:
                continue
            if rule.entity_ids and not rule.entity_ids & entity_ids:
                continue
            fired.append(_alert(rule, evidence, fields))
        return fired

    def _decide(
        self, node: Node, hits: dict[int, list[Hit]], leaves: dict[int, int], countries: tuple[int, int]
    ) -> list[Hit] | None:
        """The hits that make `node` true, or None when it is false (a true `none` or `countries`
        gives []: a condition with no words of its own)."""
        if isinstance(node, Terms):
            return hits.get(leaves[id(node)]) or None
        if isinstance(node, Countries):
            return [] if countries[node.acting] >= node.least else None
        results = [self._decide(child, hits, leaves, countries) for child in node.children]
        if isinstance(node, NoneOf):
            return None if any(result is not None for result in results) else []
        matched = [result for result in results if result is not None]
        if isinstance(node, AnyOf):
            return [hit for result in matched for hit in result] if matched else None
        if len(matched) < len(results):
            return None
        if isinstance(node, AllOf):
            return [hit for result in matched for hit in result]
        groups = [result for result in matched if result]
        return _near(groups, node.within) if groups else []


def _near(groups: list[list[Hit]], within: int) -> list[Hit] | None:
    """One hit of each group with at most `within` words between any two of them, or None. The hits
    must not overlap: 輸送 (transport) inside 輸送機 (transport aircraft) is one word, not two."""
    for anchor in groups[0]:
        chosen = [anchor]
        for group in groups[1:]:
            apart = [hit for hit in group if not any(_overlap(hit, other) for other in chosen)]
            if not apart:
                break
            chosen.append(min(apart, key=lambda hit: abs(hit.first - anchor.first)))
        else:
            if max(hit.first for hit in chosen) - min(hit.last for hit in chosen) - 1 <= within:
                return chosen
    return None


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a short quoted name that opens on a capital letter, as
    the titles of books, plays and shows are written («Tratado de la pintura», 'The Winter Treaty',
    『条約論』). Scare quotes around a lower-case phrase do not count, nor do quoted statements
    (longer, or with punctuation inside: "The treaty is dead," she said)."""
    opening = closing = -1
    for i in range(end - 1, max(-1, start - TITLE_REACH - 1), -1):
        if text[i] in QUOTES and _closes(text, i):
            return False
        if text[i] in QUOTES and _opens(text, i):
            opening = i
            break
    for i in range(end, min(len(text), end + TITLE_REACH)):
        if text[i] in QUOTES and _closes(text, i):
            closing = i
            break
    if opening < 0 or closing < 0 or text[opening] == "「":
        return False
    title = text[opening + 1 : closing].strip()
    capital = title[:1].isupper() or text[opening] == "『"
    return capital and len(title.split()) <= TITLE_WORDS and not any(mark in title for mark in ".,;:!?\n")


def _opens(text: str, i: int) -> bool:
    if text[i] in "«„‚‹「『":
        return True
    return (
        text[i] not in "»›」』"
        and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-")
        and not text[i + 1 : i + 2].isspace()
    )


def _closes(text: str, i: int) -> bool:
    if text[i] in "»›」』":
        return True
    return text[i] not in "«„‚‹「『" and i > 0 and not text[i - 1].isspace() and not text[i + 1 : i + 2].isalnum()


def _overlap(a: Hit, b: Hit) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _alert(rule: Rule, evidence: list[Hit], fields: dict[str, str]) -> ArticleAlert:
    unique = sorted({(hit.field, hit.start, hit.end): hit for hit in evidence}.values(), key=lambda h: h.first)
    matches = [
        Match(text=fields[h.field][h.start : h.end], term=h.term, field=h.field, start=h.start, end=h.end)
        for h in unique
    ]
    return ArticleAlert(
        rule=rule.id, score=round(rule.score * _strength(unique), 3), severity=rule.severity, matches=matches
    )


def _strength(hits: list[Hit]) -> float:
    """How strongly the text supports the rule: one term 0.6, each other distinct term +0.2, and
    +0.2 when the title matches; at most 1."""
    distinct = len({hit.term for hit in hits})
    title = any(hit.field == "title" for hit in hits)
    return min(1.0, 0.6 + 0.2 * (distinct - 1) + 0.2 * title)


def passage_entities(entities: list[Entity], matches: list[Match]) -> list[Entity]:
    """Entities near the matches, else all of the article's: the alert says who and where."""
    near = [
        entity
        for entity in entities
        if any(
            entity.field == match.field
            and entity.end >= match.start - PASSAGE_CHARS
            and entity.start <= match.end + PASSAGE_CHARS
            for match in matches
        )
    ]
    return near or list(entities)


def snippet(article: EnrichedArticle, match: Match) -> str:
    """The text around a match, cut at word boundaries: what an analyst reads first."""
    text = article.title if match.field == "title" else article.body
    start = max(0, match.start - SNIPPET_CHARS)
    end = min(len(text), match.end + SNIPPET_CHARS)
    if start > 0:
        start = text.find(" ", start, match.start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", match.end, end) if text.rfind(" ", match.end, end) > 0 else end
    return ("…" if start > 0 else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def annotate(article: EnrichedArticle, rulebook: Rulebook, *, now: datetime) -> tuple[EnrichedArticle, list[Alert]]:
    found = rulebook.match(article)
    alerts = [
        Alert(
            alert_id=ids.alert_id(article.id, hit.rule),
            rule=hit.rule,
            article_id=article.id,
            title=article.title,
            url=article.url,
            source=article.source,
            language=article.language,
            published=article.published,
            matches=hit.matches,
            snippet=snippet(article, _first_in_body(hit.matches)),
            entities=passage_entities(article.entities, hit.matches),
            score=hit.score,
            severity=hit.severity,
            detected_at=now,
        )
        for hit in found
    ]
    return article.model_copy(update={"alerts": found}), alerts


def _first_in_body(matches: list[Match]) -> Match:
    """The body's first match shows more context than the title's."""
    return next((m for m in matches if m.field == "body"), matches[0])
