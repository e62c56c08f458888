"""Stage resources (detector, gazetteer, rules), built once per process and shared read-only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.alerts import Rulebook
from pipeline.gazetteer import Gazetteer, build_gazetteer
from pipeline.language import FastTextDetector
from pipeline.rules import load_rules


@cache
def language_detector() -> FastTextDetector:
    return FastTextDetector()


@cache
def gazetteer() -> Gazetteer:
    return build_gazetteer()


@cache
def rulebook(path: Path) -> Rulebook:
    return Rulebook(load_rules(path))
