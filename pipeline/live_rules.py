"""The rules in force in a running worker, replaced while it runs when the rule files change.

A change is loaded and compiled aside; only a rule set that loads and compiles without error
replaces the one in force, so a broken edit is refused with its message and alerting goes on with
the previous rules. Nothing restarts, so no stream position is lost.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.alerts import Rulebook
from pipeline.rules import load_rules, rule_files


def fingerprint(path: Path) -> str:
    """Changes when any rule file is added, removed or edited."""
    digest = hashlib.sha256()
    for file in rule_files(path) if path.exists() else []:
        digest.update(file.name.encode())
        digest.update(file.read_bytes() if file.exists() else b"")
    return digest.hexdigest()


class LiveRules:
    def __init__(self, path: Path, rulebook: Rulebook, cache_dir: Path | None) -> None:
        self.path, self.rulebook, self.cache_dir = path, rulebook, cache_dir
        self._seen = fingerprint(path)

    def changed(self) -> bool:
        return fingerprint(self.path) != self._seen

    def load(self) -> Rulebook:
        """The new rule set, compiled; raises RuleError (and remembers the refused version, so it is
        reported once) when it is broken. Does not put it in force: see `use`."""
        self._seen = fingerprint(self.path)
        return Rulebook.compile(load_rules(self.path), self.cache_dir)

    def use(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
