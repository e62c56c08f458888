"""Keyword alert stage: one pass over an article's words finds every term of every rule.

A term is a sequence of words, each expanded to its inflected forms when the rules are compiled; a
word of the article matches when its case-folded form is one of them. Candidates come from a hash
of first-word forms, so the cost grows with the text, not with the number of rules.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline import ids
from pipeline.folding import fold
from pipeline.inflections import WORD, cached_paradigms, words
from pipeline.rules import Rule
from schemas.records import Alert, ArticleAlert, EnrichedArticle, Entity, Match

PASSAGE_CHARS = 300  # entities this close to a match are "in the matched passage"
ANY_LANGUAGE = "*"


@dataclass(frozen=True)
class Term:
    rule: int
    language: str
    tokens: tuple[frozenset[str], ...]  # per word of the phrase, its accepted folded forms


def compile_terms(rules: list[Rule], cache_dir: Path | None = None) -> list[Term]:
    """Every phrase of every rule, each word expanded to its inflected forms."""
    by_language: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for number, rule in enumerate(rules):
        for language, terms_of_language in rule.terms.items():
            by_language[language].extend((number, words(term)) for term in terms_of_language)
    terms: list[Term] = []
    for language, phrases in by_language.items():
        forms = cached_paradigms({word for _, phrase in phrases for word in phrase}, language, cache_dir)
        terms.extend(Term(number, language, tuple(forms[w] for w in phrase)) for number, phrase in phrases)
    return terms


class Rulebook:
    def __init__(self, rules: list[Rule], terms: list[Term]) -> None:
        self.rules = rules
        self.languages = frozenset(term.language for term in terms)
        # language -> form of a term's first word -> terms; ANY_LANGUAGE holds every language's terms.
        index: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        for term in terms:
            for form in term.tokens[0]:
                index[term.language][form].append(term)
                index[ANY_LANGUAGE][form].append(term)
        self._index = {language: dict(forms) for language, forms in index.items()}

    @classmethod
    def compile(cls, rules: list[Rule], cache_dir: Path | None = None) -> Rulebook:
        return cls(rules, compile_terms(rules, cache_dir))

    @property
    def rule_ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    def find(self, text: str, language: str) -> dict[int, list[tuple[int, int]]]:
        """Rule number -> (start, end) spans of its terms in `text`.

        An article is matched with its own language's terms, or with every language's terms when
        its language is undetermined or has none of its own.
        """
        index = self._index.get(language) or self._index.get(ANY_LANGUAGE, {})
        words = list(WORD.finditer(fold(text)))  # fold keeps offsets, so spans index `text` too
        found: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for position, word in enumerate(words):
            for term in index.get(word.group(), ()):
                last = position + len(term.tokens) - 1
                if last < len(words) and all(
                    words[position + offset].group() in forms for offset, forms in enumerate(term.tokens[1:], 1)
                ):
                    found[term.rule].add((word.start(), words[last].end()))
        return {rule: sorted(spans) for rule, spans in found.items()}


def match_rules(article: EnrichedArticle, rulebook: Rulebook) -> list[ArticleAlert]:
    by_rule: dict[int, list[Match]] = defaultdict(list)
    for field, text in (("title", article.title), ("body", article.body)):
        for rule, spans in rulebook.find(text, article.language.code).items():
            by_rule[rule].extend(
                Match(text=text[start:end], field=field, start=start, end=end)  # type: ignore[arg-type]
                for start, end in spans
            )
    return [
        ArticleAlert(rule=rulebook.rules[rule].id, score=rulebook.rules[rule].score, matches=matches)
        for rule, matches in sorted(by_rule.items())
    ]


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


def annotate(
    article: EnrichedArticle, rulebook: Rulebook, *, now: datetime
) -> tuple[EnrichedArticle, list[Alert]]:
    found = match_rules(article, rulebook)
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
            entities=passage_entities(article.entities, hit.matches),
            score=hit.score,
            detected_at=now,
        )
        for hit in found
    ]
    return article.model_copy(update={"alerts": found}), alerts
