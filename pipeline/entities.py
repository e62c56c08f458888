"""Entity tagging stage: gazetteer mentions in title and body, each linked to its canonical identity."""

from __future__ import annotations

from pipeline.gazetteer import Gazetteer
from schemas.records import EnrichedArticle, Entity


def tag_entities(title: str, body: str, gazetteer: Gazetteer, language: str = "und") -> list[Entity]:
    entities = []
    for field, text in (("title", title), ("body", body)):
        for mention in gazetteer.find(text, language):
            identity = mention.identity
            entities.append(
                Entity(
                    text=text[mention.start : mention.end],
                    label=identity.label,
                    field=field,  # type: ignore[arg-type]
                    start=mention.start,
                    end=mention.end,
                    id=identity.id,
                    name=identity.name,
                )
            )
    return entities


def annotate(article: EnrichedArticle, gazetteer: Gazetteer) -> EnrichedArticle:
    entities = tag_entities(article.title, article.body, gazetteer, article.language.code)
    return article.model_copy(update={"entities": entities})
