"""articles.lang -> articles.tagged"""

from __future__ import annotations

from faust.types import StreamT

from agents.relay import relay
from pipeline import codec, entities, resources, topics
from pipeline.app import app, settings
from schemas.records import EnrichedArticle


@app.agent(topics.articles_lang, name="tag_entities")
async def tag_entities(stream: StreamT[bytes]) -> None:
    gazetteer = resources.gazetteer(settings.cache_dir)
    await relay(
        stream, "entities", lambda value: entities.annotate(codec.decode(EnrichedArticle, value), gazetteer),
        topics.articles_tagged,
    )
