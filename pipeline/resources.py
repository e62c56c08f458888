"""Stage resources (detector, gazetteer, rules), built once per process and shared read-only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.alerts import Rulebook
from pipeline.gazetteer import Gazetteer
from pipeline.gazetteer_build import build_gazetteer
from pipeline.language import HybridDetector
from pipeline.ner import NerPool
from pipeline.rules import load_rules
from pipeline.settings import Settings


@cache
def language_detector() -> HybridDetector:
    return HybridDetector()


def settings_cache_dir() -> Path:
    return Settings.from_env().cache_dir


@cache
def gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer from its on-disk cache (the settings' cache folder unless one is given)."""
    return build_gazetteer(cache_dir or settings_cache_dir())


@cache
def ner_pool(settings: Settings) -> NerPool | None:
    """The NER processes, models loaded; None when NER is off."""
    if not settings.ner_languages:
        return None
    pool = NerPool(settings.ner_languages, settings.ner_processes, settings.ner_lead_chars)
    pool.warm_up()
    return pool


@cache
def rulebook(settings: Settings) -> Rulebook:
    return Rulebook.compile(load_rules(settings.rules_path), settings.cache_dir)


def rule_ids(settings: Settings) -> list[str]:
    """The ids alone, without compiling: for naming topics."""
    return [rule.id for rule in load_rules(settings.rules_path)]
