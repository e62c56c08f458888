"""articles.lang -> articles.tagged"""

from __future__ import annotations

from faust.types import StreamT

from agents.relay import relay
from pipeline import codec, entities, resources, topics
from pipeline.app import app, settings
from schemas.records import EnrichedArticle

# With NER on, several articles wait on the NER processes at once, so they all stay busy.
CONCURRENCY = 2 * settings.ner_processes if settings.ner_languages else 1


@app.agent(topics.articles_lang, name="tag_entities", concurrency=CONCURRENCY)
async def tag_entities(stream: StreamT[bytes]) -> None:
    gazetteer = resources.gazetteer(settings.cache_dir)
    pool = resources.ner_pool(settings)

    async def transform(value: bytes) -> EnrichedArticle:
        article = codec.decode(EnrichedArticle, value)
        spans = await pool.spans(article.title, article.body, article.language.code) if pool else []
        return entities.annotate(article, gazetteer, spans)

    await relay(stream, "entities", transform, topics.articles_tagged)
