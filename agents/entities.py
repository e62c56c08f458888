"""articles.lang -> articles.tagged"""

from __future__ import annotations

from faust.types import StreamT

from agents.dead_letters import send_dead_letter
from pipeline import codec, entities, resources, topics
from pipeline.app import app
from schemas.records import EnrichedArticle

STAGE = "entities"


@app.agent(topics.articles_lang, name="tag_entities")
async def tag_entities(stream: StreamT[bytes]) -> None:
    gazetteer = resources.gazetteer()
    async for event in stream.events():
        try:
            article = entities.annotate(codec.decode(EnrichedArticle, event.value), gazetteer)
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, STAGE, exc)
            continue
        await topics.articles_tagged.send(key=article.id.encode(), value=codec.encode(article))
