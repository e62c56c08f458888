"""articles.raw -> articles.lang"""

from __future__ import annotations

from faust.types import StreamT

from agents.dead_letters import send_dead_letter
from pipeline import codec, language, resources, topics
from pipeline.app import app
from schemas.records import RawArticle

STAGE = "language"


@app.agent(topics.articles_raw, name="detect_language")
async def detect_language(stream: StreamT[bytes]) -> None:
    detector = resources.language_detector()
    async for event in stream.events():
        try:
            article = language.annotate(codec.decode(RawArticle, event.value), detector)
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, STAGE, exc)
            continue
        await topics.articles_lang.send(key=article.id.encode(), value=codec.encode(article))
