"""Stage resources (detector, gazetteer, rules), built once per process and shared read-only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.alerts import Rulebook
from pipeline.gazetteer import Gazetteer, build_gazetteer
from pipeline.language import HybridDetector
from pipeline.rules import load_rules
from pipeline.settings import Settings


@cache
def language_detector() -> HybridDetector:
    return HybridDetector()


@cache
def gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    return build_gazetteer(cache_dir)


@cache
def rulebook(settings: Settings) -> Rulebook:
    return Rulebook.compile(load_rules(settings.rules_path), settings.cache_dir)


def rule_ids(settings: Settings) -> list[str]:
    """The ids alone, without compiling: for naming topics."""
    return [rule.id for rule in load_rules(settings.rules_path)]
