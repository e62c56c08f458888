"""Rule files edited under a running worker: a good edit replaces the rules, a broken one does not."""

from __future__ import annotations

import pytest

from pipeline.alerts import Rulebook
from pipeline.errors import RuleError
from pipeline.live_rules import LiveRules
from pipeline.rules import load_rules


def test_a_good_edit_is_loaded_and_a_broken_one_refused_once(tmp_path):
    (tmp_path / "a.yaml").write_text("rules: [{id: truce, terms: {en: [truce]}}]")
    live = LiveRules(tmp_path, Rulebook.compile(load_rules(tmp_path)), None)
    assert not live.changed()

    (tmp_path / "b.yaml").write_text("rules: [{id: ceasefire, terms: {en: [ceasefire]}}]")
    assert live.changed()
    live.use(live.load())
    assert live.rulebook.rule_ids == ["truce", "ceasefire"]

    (tmp_path / "b.yaml").write_text("rules: [{id: ceasefire, terms: {en: ['cease.*']}}]")
    assert live.changed()
    with pytest.raises(RuleError, match="regular expression"):
        live.load()
    assert live.rulebook.rule_ids == ["truce", "ceasefire"], "the rules in force stay active"
    assert not live.changed(), "a refused version is reported once, not at every check"
