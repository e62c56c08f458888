"""Keyword alert stage: one pass over an article's tokens finds every term of every rule.

Each term is a sequence of token form-sets; a text token matches a term token when its folded word
or lemma is among the term token's forms. Candidates come from a hash of first-token forms, so the
cost grows with the text, not with the number of rules.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from pipeline import ids
from pipeline.lemmas import Token, tokenize
from pipeline.rules import Rule
from schemas.records import Alert, ArticleAlert, EnrichedArticle, Entity, Match

PASSAGE_CHARS = 300  # entities this close to a match are "in the matched passage"
ANY_LANGUAGE = "*"


@dataclass(frozen=True)
class Term:
    rule: int
    tokens: tuple[frozenset[str], ...]


class Rulebook:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.languages = frozenset(language for rule in rules for language in rule.terms)
        # language -> first-token form -> terms, built on first use: loading a language's lemma
        # dictionary takes up to seconds, so a worker pays only for the languages it sees.
        self._indexes: dict[str, dict[str, list[Term]]] = {}

    @property
    def rule_ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    def _index(self, language: str) -> dict[str, list[Term]]:
        key = language if language in self.languages else ANY_LANGUAGE
        if key not in self._indexes:
            index: dict[str, list[Term]] = defaultdict(list)
            for number, rule in enumerate(self.rules):
                for term_language, phrases in rule.terms.items():
                    if key not in (ANY_LANGUAGE, term_language):
                        continue
                    for phrase in phrases:
                        tokens = tuple(frozenset((t.word, t.lemma)) for t in tokenize(phrase, term_language))
                        term = Term(number, tokens)
                        for form in tokens[0]:
                            index[form].append(term)
            self._indexes[key] = dict(index)
        return self._indexes[key]

    def find(self, text: str, language: str) -> dict[int, list[tuple[int, int]]]:
        """Rule number -> (start, end) spans of its terms in `text`."""
        index = self._index(language)
        tokens = tokenize(text, language)
        found: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for position, token in enumerate(tokens):
            by_word = index.get(token.word)
            by_lemma = index.get(token.lemma) if token.lemma != token.word else None
            if by_word is None and by_lemma is None:
                continue
            for term in {*(by_word or ()), *(by_lemma or ())}:
                end = _match_at(tokens, position, term)
                if end is not None:
                    found[term.rule].add((token.start, end))
        return {rule: sorted(spans) for rule, spans in found.items()}


def _match_at(tokens: list[Token], position: int, term: Term) -> int | None:
    if position + len(term.tokens) > len(tokens):
        return None
    for offset, forms in enumerate(term.tokens):
        token = tokens[position + offset]
        if token.word not in forms and token.lemma not in forms:
            return None
    return tokens[position + len(term.tokens) - 1].end


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
