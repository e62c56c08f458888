"""The whole chain in one process: the same stage functions the agents call, in the same order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pipeline import alerts, entities, language, resources
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

    @classmethod
    def load(cls, settings: Settings) -> Stages:
        """The stages with this process's shared resources."""
        gazetteer = resources.gazetteer(settings.cache_dir)
        return cls(resources.language_detector(), gazetteer, resources.rulebook(settings))

    def enrich(self, article: RawArticle, *, now: datetime) -> tuple[EnrichedArticle, list[Alert]]:
        enriched = language.annotate(article, self.detector)
        enriched = entities.annotate(enriched, self.gazetteer)
        return alerts.annotate(enriched, self.rulebook, now=now)
