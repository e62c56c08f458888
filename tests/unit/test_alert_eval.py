"""Quality floors of the founding rules on the hand-labelled round-15 set in tests/data/alerts_round15
(120 articles, 15 languages, positives and near-misses, read only after the last rule change; see
its README), and on all the development sets together (1,680 articles, each read to change the
rules, so they flatter them).
Floors are the figures recorded in BENCHMARKS.md, rounded down; they may only go up for a set. Issue
5's target (precision >= 0.95 and recall >= 0.90 for each rule) is not met on round 15 (recall of
troops and military_assistance): see BENCHMARKS.md for the rounds and what still goes wrong."""

from __future__ import annotations

import pytest

from pipeline import alert_eval as ev
from pipeline import resources

# rule: (precision, recall)
FLOORS = {"treaty": (0.94, 0.91), "troops": (0.97, 0.85), "military_assistance": (0.99, 0.86)}
DEVELOPMENT_FLOORS = {"treaty": (0.98, 0.95), "troops": (0.96, 0.96), "military_assistance": (0.97, 0.97)}


@pytest.fixture(scope="module")
def counts(stages) -> dict[str, ev.Counts]:
    return ev.evaluate(stages.rulebook, resources.gazetteer(), ev.load())[0]


def test_the_set_has_positives_for_every_rule_in_at_least_ten_languages():
    articles = ev.load()
    assert len(articles) >= 60
    assert len({a["language"] for a in articles}) >= 10
    for rule in FLOORS:
        assert len({a["language"] for a in articles if rule in a["rules"]}) >= 10


@pytest.mark.parametrize("rule", sorted(FLOORS))
def test_precision_and_recall_per_rule(counts, rule):
    precision, recall = FLOORS[rule]
    assert counts[rule].precision >= precision
    assert counts[rule].recall >= recall


@pytest.fixture(scope="module")
def development_counts(stages) -> dict[str, ev.Counts]:
    return ev.evaluate(stages.rulebook, resources.gazetteer(), ev.load_set("development"))[0]


@pytest.mark.parametrize("rule", sorted(DEVELOPMENT_FLOORS))
def test_precision_and_recall_per_rule_on_the_development_sets(development_counts, rule):
    precision, recall = DEVELOPMENT_FLOORS[rule]
    assert development_counts[rule].precision >= precision
    assert development_counts[rule].recall >= recall
