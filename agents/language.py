"""articles.raw -> articles.lang"""

from __future__ import annotations

from faust.types import StreamT

from agents.relay import relay
from pipeline import codec, language, resources, topics
from pipeline.app import app
from schemas.records import RawArticle


@app.agent(topics.articles_raw, name="detect_language")
async def detect_language(stream: StreamT[bytes]) -> None:
    detector = resources.language_detector()
    await relay(
        stream, "language", lambda value: language.annotate(codec.decode(RawArticle, value), detector),
        topics.articles_lang,
    )
