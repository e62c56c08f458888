"""Entity tagging stage: gazetteer mentions in title and body, each linked to its canonical identity,
plus, where a recogniser is given, the names statistical NER finds that the gazetteer does not know."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.gazetteer import Gazetteer, Mention
from pipeline.metonymy import joined_by_and, stands_for_state
from pipeline.ner import NerSpan, link_spans
from schemas.records import ArticleField, EnrichedArticle, Entity


def tag_entities(
    title: str,
    body: str,
    gazetteer: Gazetteer,
    language: str = "und",
    ner_spans: Iterable[NerSpan] = (),
) -> list[Entity]:
    """Gazetteer mentions first; an NER span is added only where it overlaps none of them."""
    entities: list[Entity] = []
    spans = list(ner_spans)
    fields: tuple[tuple[ArticleField, str], ...] = (("title", title), ("body", body))
    for field, text in fields:
        mentions = list(gazetteer.find(text, language))
        seats = {(m.start, m.end) for m in mentions if m.identity.seat}
        found = [_entity(text, field, m, language) for m in mentions]
        taken = [(e.start, e.end) for e in found]
        found += link_spans(text, field, [s for s in spans if s.field == field], taken, gazetteer, language)
        found.sort(key=lambda e: e.start)
        entities += _spread_government(text, found, seats)
    return entities


def annotate(article: EnrichedArticle, gazetteer: Gazetteer, ner_spans: Iterable[NerSpan] = ()) -> EnrichedArticle:
    entities = tag_entities(article.title, article.body, gazetteer, article.language.code, ner_spans)
    return article.model_copy(update={"entities": entities})


def _entity(text: str, field: ArticleField, mention: Mention, language: str) -> Entity:
    identity = mention.identity
    government = identity.seat and stands_for_state(text, mention.start, mention.end, language)
    return Entity(
        text=text[mention.start : mention.end],
        label=identity.label,
        field=field,
        start=mention.start,
        end=mention.end,
        id=identity.id,
        name=identity.name,
        country=identity.country,
        government=government,
    )


def _spread_government(text: str, entities: list[Entity], seats: set[tuple[int, int]]) -> list[Entity]:
    """A seat joined by "and" to one standing for its state does too: "talks with Moscow and
    Beijing" (rightwards), "Moscow and Beijing rejected…" (leftwards)."""
    result = list(entities)

    def spread(source: int, target: int) -> None:
        a, b = sorted((source, target))
        if (
            result[source].government
            and not result[target].government
            and (result[target].start, result[target].end) in seats
            and joined_by_and(text, result[a].end, result[b].start)
        ):
            result[target] = result[target].model_copy(update={"government": True})

    for i in range(1, len(result)):
        spread(i - 1, i)
    for i in range(len(result) - 1, 0, -1):
        spread(i, i - 1)
    return result
