"""alerts.candidates (keyed by rule) -> alerts and alerts.<rule>: an alert whose article nearly
repeats an earlier alerted article of the same rule is linked to that first alert. Keying by rule
puts every alert of a rule in one partition, so the first of a story is well defined."""

from __future__ import annotations

import time

import orjson
from faust.types import StreamT

from agents.dead_letters import send_dead_letter
from pipeline import codec, stories, topics
from pipeline.app import app
from schemas.records import Alert

STAGE = "stories"


@app.agent(topics.alert_candidates, name="deliver_alerts")
async def deliver_alerts(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        try:
            alert = codec.decode(Alert, event.value)
            known = [stories.Story(*row) for row in orjson.loads(topics.stories.get(alert.rule, "[]"))]
            earlier, known = stories.link(alert.sketch, alert.alert_id, time.time(), known)
        except Exception as exc:  # one bad message must not stop the stage: dead-letter it with its reason
            await send_dead_letter(event, STAGE, exc)
            continue
        if earlier is not None:
            alert = alert.model_copy(update={"story_id": earlier.story_id, "duplicate_of": earlier.story_id})
        else:
            alert = alert.model_copy(update={"story_id": alert.alert_id})
        value, key = codec.encode(alert), alert.article_id.encode()
        await topics.alerts.send(key=key, value=value)
        await topics.alert_topic(alert.rule).send(key=key, value=value)
        topics.stories[alert.rule] = orjson.dumps([[s.story_id, s.sketch, s.seen] for s in known]).decode()
