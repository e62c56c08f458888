"""Evaluation of the alert rules on hand-labelled articles (each set's README says how it was made):
precision and recall per rule and per language, and the disagreements to read.

  python -m pipeline.alert_eval [--set round15|...|round3|final|holdout|evaluation|tuning] [--disagreements]

`round15` (120 articles) was read only after the last change to the rules and is the score; the
others were read to find the rules' gaps after they scored a round (holdout round 1, final round 2,
roundN round N), so they are development sets. `--set development` scores all of them together.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson

from pipeline import entities, resources
from pipeline.alerts import Rulebook
from pipeline.gazetteer import Gazetteer
from pipeline.rules import load_rules
from pipeline.settings import PROJECT_ROOT
from schemas.records import EnrichedArticle, Language

DATA = PROJECT_ROOT / "tests" / "data"
SCORE = "round15"  # the only set not yet read through the rules
SETS = {
    **{f"round{n}": DATA / f"alerts_round{n}" / "articles.jsonl" for n in range(15, 2, -1)},
    "final": DATA / "alerts_final" / "articles.jsonl",
    "holdout": DATA / "alerts_holdout" / "articles.jsonl",
    "evaluation": DATA / "alerts" / "articles.jsonl",
    "tuning": DATA / "alerts_tuning" / "articles.jsonl",
}
DEVELOPMENT = [name for name in SETS if name != SCORE]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path: Path = SETS[SCORE]) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def load_set(name: str) -> list[dict]:
    """One set by name, or every development set together ("development")."""
    names = DEVELOPMENT if name == "development" else [name]
    return [article for each in names for article in load(SETS[each])]


def fired(article: dict, rulebook: Rulebook, gazetteer: Gazetteer) -> set[str]:
    """The rules the article fires, its language taken from the label (this scores the rules, not
    language identification) and its entities from the gazetteer."""
    enriched = EnrichedArticle(
        id=article["id"],
        source="eval",
        title=article["title"],
        body=article["body"],
        fetched_at=datetime(2026, 11, 28, tzinfo=UTC),
        language=Language(code=article["language"], confidence=1.0),
    )
    enriched = entities.annotate(enriched, gazetteer)
    return {alert.rule for alert in rulebook.match(enriched)}


def evaluate(
    rulebook: Rulebook, gazetteer: Gazetteer, articles: list[dict]
) -> tuple[dict[str, Counts], dict[str, Counts], list[str]]:
    """Counts per rule, per language, and one line per disagreement."""
    by_rule: dict[str, Counts] = defaultdict(Counts)
    by_language: dict[str, Counts] = defaultdict(Counts)
    disagreements = []
    for article in articles:
        expected, got = set(article["rules"]), fired(article, rulebook, gazetteer)
        for rule in rulebook.rule_ids:
            outcome = "tp" if rule in expected and rule in got else "fn" if rule in expected else "fp"
            if rule not in expected and rule not in got:
                continue
            for counts in (by_rule[rule], by_language[article["language"]]):
                setattr(counts, outcome, getattr(counts, outcome) + 1)
            if outcome != "tp":
                verb = "missed" if outcome == "fn" else "false alarm"
                disagreements.append(f"{article['id']}: {verb} {rule} — {article['title']}")
    return dict(by_rule), dict(by_language), disagreements


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the alert rules on the hand-labelled set.")
    parser.add_argument("--rules", type=Path, default=PROJECT_ROOT / "rules")
    parser.add_argument("--set", choices=[*SETS, "development"], default=SCORE)
    parser.add_argument("--disagreements", action="store_true")
    args = parser.parse_args()
    rulebook = Rulebook.compile(load_rules(args.rules), resources.settings_cache_dir())
    by_rule, by_language, disagreements = evaluate(rulebook, resources.gazetteer(), load_set(args.set))
    for title, table in (("rule", by_rule), ("language", by_language)):
        print(f"{title:20} precision  recall   tp  fp  fn")
        for key, c in sorted(table.items()):
            print(f"{key:20} {c.precision:9.3f}  {c.recall:6.3f}  {c.tp:3}  {c.fp:2}  {c.fn:2}")
    if args.disagreements:
        print("\n".join(disagreements))


if __name__ == "__main__":
    main()
