"""The whole chain in one process: the same stage functions the agents call, in the same order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pipeline import alerts, entities, language, ner, resources
from pipeline.alerts import Rulebook
from pipeline.gazetteer import Gazetteer
from pipeline.language import Detector
from pipeline.settings import Settings
from schemas.records import Alert, EnrichedArticle, RawArticle


@dataclass(frozen=True)
class Stages:
    detector: Detector
    gazetteer: Gazetteer
    rulebook: Rulebook
    ner_languages: frozenset[str] = frozenset()
    ner_lead_chars: int = 1000

    @classmethod
    def load(cls, settings: Settings) -> Stages:
        """The stages with this process's shared resources."""
        gazetteer = resources.gazetteer(settings.cache_dir)
        return cls(
            resources.language_detector(),
            gazetteer,
            resources.rulebook(settings),
            settings.ner_languages,
            settings.ner_lead_chars,
        )

    def enrich(self, article: RawArticle, *, now: datetime) -> tuple[EnrichedArticle, list[Alert]]:
        enriched = language.annotate(article, self.detector)
        spans = []
        if enriched.language.code in self.ner_languages:
            spans = ner.recognise(enriched.title, enriched.body, enriched.language.code, self.ner_lead_chars)
        enriched = entities.annotate(enriched, self.gazetteer, spans)
        return alerts.annotate(enriched, self.rulebook, now=now)
