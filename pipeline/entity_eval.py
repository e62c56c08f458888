"""Evaluation of entity tagging on the hand-labelled sets in tests/data (see their READMEs): mention
precision and recall (exact field and span), linking accuracy and, where labelled, whether a place
stands for its state; per language.

Two sets, labelled differently:
- `entities/` (development): only mentions of the catalogue as it was when the set was written are
  labelled (`scope.txt`), so it is scored with the gazetteer restricted to that catalogue.
- `entities_holdout/`: every name of a person, organisation or place is labelled, known or not, so
  every found entity counts; recall is over the names the gazetteer knows, and separately over all
  names (what statistical NER adds).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson

from pipeline.entities import tag_entities
from pipeline.gazetteer import Gazetteer
from pipeline.ner import NerSpan
from pipeline.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "data"
DEVELOPMENT = DATA / "entities" / "articles.jsonl"
HOLDOUT = DATA / "entities_holdout" / "articles.jsonl"


@dataclass
class Counts:
    gold: int = 0  # gold mentions of entities the gazetteer knows
    gold_all: int = 0  # every gold mention
    found: int = 0
    matched: int = 0  # found with the same field and span as a gold mention of a known entity
    matched_all: int = 0  # found with the span of any gold mention
    linked: int = 0  # matched, and the same identity
    government: dict[str, int] | None = None  # tp/fp/fn of "stands for its state", where labelled

    @property
    def precision(self) -> float:
        return self.matched_all / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def recall_all(self) -> float:
        return self.matched_all / self.gold_all if self.gold_all else 1.0

    @property
    def linking(self) -> float:
        return self.linked / self.matched if self.matched else 1.0


def load(path: Path = DEVELOPMENT) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


SCOPE = DEVELOPMENT.with_name("scope.txt")


def load_scope(path: Path = SCOPE) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


Spans = Callable[[dict], Iterable[NerSpan]]


def evaluate(
    gazetteer: Gazetteer, articles: list[dict], ner: Spans | None = None
) -> tuple[dict[str, Counts], list[str]]:
    """Counts per language, and one line per disagreement for reading; `ner`: NER spans of an article."""
    identities = [gazetteer.identities[a.identity] for a in gazetteer.aliases]
    known = {i.name for i in identities} | {i.id for i in identities if i.id}
    counts: dict[str, Counts] = defaultdict(Counts)
    disagreements = []
    for article in articles:
        language = article["language"]
        spans = ner(article) if ner else ()
        tagged = tag_entities(article["title"], article["body"], gazetteer, language, spans)
        found = {(e.field, e.start, e.end): e for e in tagged}
        gold = {(m["field"], m["start"], m["end"]): m for m in article["mentions"]}
        c = counts[language]
        c.found += len(found)
        for span, mention in gold.items():
            is_known = mention["name"] in known or mention.get("id") in known
            c.gold_all += 1
            c.gold += is_known
            entity = found.get(span)
            if entity is None:
                if is_known:
                    disagreements.append(f"{article['id']}: missed {mention['text']!r} ({mention['name']})")
                continue
            c.matched_all += 1
            if "government" in mention:
                tally = c.government = c.government or {"tp": 0, "fp": 0, "fn": 0}
                if entity.government != mention["government"]:
                    tally["fp" if entity.government else "fn"] += 1
                    disagreements.append(f"{article['id']}: {mention['text']!r} government={entity.government}")
                elif entity.government:
                    tally["tp"] += 1
            if not is_known:
                continue
            c.matched += 1
            if _same_identity(mention, entity.id, entity.name):
                c.linked += 1
            else:
                disagreements.append(f"{article['id']}: {mention['text']!r} linked to {entity.name}")
        disagreements.extend(
            f"{article['id']}: spurious {entity.text!r} ({entity.name}, {entity.source})"
            for span, entity in found.items()
            if span not in gold
        )
    return dict(counts), disagreements


def _same_identity(mention: dict, entity_id: str | None, entity_name: str) -> bool:
    if mention.get("id") and entity_id:
        return bool(mention["id"] == entity_id)
    return bool(mention["name"] == entity_name)


def report(counts: dict[str, Counts]) -> str:
    """A table per language and overall, as BENCHMARKS.md shows it."""
    labelled = any(c.government for c in counts.values())
    total = Counts(government={"tp": 0, "fp": 0, "fn": 0} if labelled else None)
    lines = ["lang  precision  recall(known)  recall(all)  linking  government P/R"]
    for language, c in [*sorted(counts.items()), ("all", total)]:
        if language != "all":
            for name in ("gold", "gold_all", "found", "matched", "matched_all", "linked"):
                setattr(total, name, getattr(total, name) + getattr(c, name))
            for key, value in (c.government or {}).items():
                total.government[key] += value  # type: ignore[index]  # labelled, so not None
        g = c.government or {"tp": 0, "fp": 0, "fn": 0}
        gov_p = g["tp"] / (g["tp"] + g["fp"]) if g["tp"] + g["fp"] else 1.0
        gov_r = g["tp"] / (g["tp"] + g["fn"]) if g["tp"] + g["fn"] else 1.0
        government = f"{gov_p:.3f}/{gov_r:.3f}" if c.government else "-"
        lines.append(
            f"{language:4}  {c.precision:9.3f}  {c.recall:13.3f}  {c.recall_all:11.3f}  {c.linking:7.3f}  {government}"
        )
    return "\n".join(lines)


def main() -> None:
    import argparse
    import time

    from pipeline import ner, resources

    parser = argparse.ArgumentParser(description="Score entity tagging on a hand-labelled set.")
    parser.add_argument("--set", choices=["development", "holdout"], default="holdout")
    parser.add_argument("--ner", default="", help="languages to run statistical NER on, e.g. fr,ru")
    parser.add_argument("--disagreements", action="store_true", help="print every disagreement too")
    args = parser.parse_args()
    gazetteer = resources.gazetteer()
    path = HOLDOUT
    if args.set == "development":
        gazetteer, path = gazetteer.restricted(load_scope()), DEVELOPMENT
    languages = {code for code in args.ner.split(",") if code}

    def spans(article: dict) -> list[NerSpan]:
        if article["language"] not in languages:
            return []
        return ner.recognise(article["title"], article["body"], article["language"], 1000)

    started = time.perf_counter()
    counts, disagreements = evaluate(gazetteer, load(path), spans if languages else None)
    print(report(counts))
    print(f"{len(load(path))} articles in {time.perf_counter() - started:.1f} s (NER: {args.ner or 'off'})")
    if args.disagreements:
        print("\n".join(disagreements))


if __name__ == "__main__":
    main()
