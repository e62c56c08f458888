"""Near-duplicate articles: the same story from another outlet, or an updated version of it.

An article is summed up by a bottom-k sketch: the k smallest 64-bit hashes of its word pairs. Two
sketches estimate the Jaccard similarity of the articles' word-pair sets; a rewritten headline, an
added paragraph or a byline leave most pairs in place (0.6–0.8 in the tests), another story on the
same subject shares few (under 0.1). An alert whose article is near an earlier alert of the same
rule continues that story (`story_id`, `duplicate_of`) instead of standing alone.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass

from pipeline.alerts import tokens, word

K = 64
SAME_STORY = 0.35  # estimated Jaccard similarity of word pairs
MEMORY = 100  # recent stories kept per rule (the whole list is one table value, ~130 KB as JSON)
MEMORY_SECONDS = 7 * 86400


def sketch(title: str, body: str) -> list[int]:
    words = [word(token) for token in tokens(f"{title} {body}")]
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)} or set(words)
    hashes = {int.from_bytes(hashlib.blake2b(pair.encode(), digest_size=8).digest(), "big") for pair in pairs}
    return sorted(hashes)[:K]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two sets the sketches were taken from."""
    union = sorted(set(a) | set(b))[:K]
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(value in both for value in union) / len(union)


@dataclass(frozen=True)
class Story:
    story_id: str  # the alert id of the story's first alert
    sketch: list[int]
    seen: float  # epoch seconds of its latest alert


def link(sketch_: list[int], alert_id: str, now: float, stories: list[Story]) -> tuple[Story | None, list[Story]]:
    """The earlier story this alert continues (None: it starts one), and the rule's stories after it."""
    recent = [story for story in stories if now - story.seen <= MEMORY_SECONDS]
    best = max(recent, key=lambda story: similarity(story.sketch, sketch_), default=None)
    if best is not None and similarity(best.sketch, sketch_) >= SAME_STORY:
        others = [story for story in recent if story is not best]
        return best, [*others, Story(best.story_id, best.sketch, now)][-MEMORY:]
    return None, [*recent, Story(alert_id, sketch_, now)][-MEMORY:]
