"""Evaluation of entity tagging on the hand-labelled articles in tests/data/entities (see its README):
mention precision and recall (exact field and span) and linking accuracy, per language."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import orjson

from pipeline.entities import tag_entities
from pipeline.gazetteer import Gazetteer
from pipeline.settings import PROJECT_ROOT

ARTICLES = PROJECT_ROOT / "tests" / "data" / "entities" / "articles.jsonl"


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    matched: int = 0  # same field and span
    linked: int = 0  # matched, and the same canonical identity

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def linking(self) -> float:
        return self.linked / self.matched if self.matched else 1.0


def load(path: Path = ARTICLES) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def evaluate(gazetteer: Gazetteer, articles: list[dict]) -> tuple[dict[str, Counts], list[str]]:
    """Counts per language, and one line per disagreement for reading."""
    counts: dict[str, Counts] = defaultdict(Counts)
    disagreements = []
    for article in articles:
        language = article["language"]
        gold = {(m["field"], m["start"], m["end"]): m for m in article["mentions"]}
        found = {
            (e.field, e.start, e.end): e
            for e in tag_entities(article["title"], article["body"], gazetteer, language)
        }
        c = counts[language]
        c.gold += len(gold)
        c.found += len(found)
        for span, mention in gold.items():
            entity = found.get(span)
            if entity is None:
                disagreements.append(f"{article['id']}: missed {mention['text']!r} ({mention['name']})")
                continue
            c.matched += 1
            if (entity.id, entity.name) == (mention["id"], mention["name"]):
                c.linked += 1
            else:
                disagreements.append(f"{article['id']}: {mention['text']!r} linked to {entity.name}")
        disagreements.extend(
            f"{article['id']}: spurious {entity.text!r} ({entity.name})"
            for span, entity in found.items()
            if span not in gold
        )
    return dict(counts), disagreements
