"""Per-stage benchmark: in-process throughput of each pure stage function on the generated corpus,
one core, plus what each costs to load. No Kafka.

  python bench/stages.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from pipeline import alerts, codec, entities, language, resources
from pipeline.settings import Settings
from schemas.records import EnrichedArticle


def timed(label: str, count: int, step):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = step()
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {count / elapsed:9.0f} articles/s  ({elapsed * 1e6 / count:7.0f} µs each)")
    return result


def loaded(label: str, load):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = load()
    print(f"{label:<44} {time.perf_counter() - start:9.3f} s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    settings = Settings.from_env()

    detector = loaded("load: language detector (first call)", lambda: _first_call(resources.language_detector()))
    gazetteer = loaded("load: gazetteer (from its cache)", lambda: resources.gazetteer(settings.cache_dir))
    rulebook = loaded("load: rulebook (compiled terms from cache)", lambda: resources.rulebook(settings))
    print(f"gazetteer: {len(gazetteer)} aliases for {len(gazetteer.identities)} identities")

    articles = generate(args.articles)
    n, now = len(articles), datetime.now(UTC)
    print(f"corpus: {n} generated articles, 8 languages, "
          f"{sum(len(a.title) + len(a.body) for a in articles) / n:.0f} chars each")
    lang = timed("language (detect_language)", n, lambda: [language.annotate(a, detector) for a in articles])
    tagged = timed("entities (gazetteer)", n, lambda: [entities.annotate(a, gazetteer) for a in lang])
    timed("alerts (rule matching)", n, lambda: [alerts.annotate(a, rulebook, now=now) for a in tagged])
    encoded = [codec.encode(a) for a in tagged]
    timed("codec: decode + encode one EnrichedArticle", n,
          lambda: [codec.encode(codec.decode(EnrichedArticle, b)) for b in encoded])


def _first_call(detector: language.HybridDetector) -> language.HybridDetector:
    detector.detect("warm up")
    return detector


if __name__ == "__main__":
    main()
