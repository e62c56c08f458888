"""Alert rules as data: loaded from YAML rule files and checked before anything uses them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.errors import RuleError

RULE_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    score: float
    terms: dict[str, tuple[str, ...]]  # language code -> words and phrases


def rule_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
    return [path]


def load_rules(path: Path) -> list[Rule]:
    """Every rule in a file or a folder of files; a duplicate id across files is an error."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for file in rule_files(path):
        for rule in _load_file(file):
            if rule.id in seen:
                raise RuleError(f"{file}: rule {rule.id!r} is already defined in {seen[rule.id]}")
            seen[rule.id] = file
            rules.append(rule)
    if not rules:
        raise RuleError(f"{path}: no rules found")
    return rules


def _load_file(file: Path) -> list[Rule]:
    try:
        document = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{file}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"{file}: not valid YAML: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        raise RuleError(f"{file}: expected a mapping with a 'rules' list")
    return [_parse_rule(file, n, entry) for n, entry in enumerate(document["rules"], start=1)]


def _parse_rule(file: Path, number: int, entry: object) -> Rule:
    where = f"{file}: rule #{number}"
    if not isinstance(entry, dict):
        raise RuleError(f"{where}: expected a mapping")
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise RuleError(f"{where}: id must match {RULE_ID.pattern}, got {rule_id!r}")
    where = f"{file}: rule {rule_id!r}"
    score = entry.get("score", 1.0)
    if not isinstance(score, int | float) or not 0 < score <= 1:
        raise RuleError(f"{where}: score must be a number in (0, 1], got {score!r}")
    terms = entry.get("terms")
    if not isinstance(terms, dict) or not terms:
        raise RuleError(f"{where}: 'terms' must map language codes to lists of terms")
    parsed: dict[str, tuple[str, ...]] = {}
    for language, values in terms.items():
        if not isinstance(values, list) or not values:
            raise RuleError(f"{where}: terms for {language!r} must be a non-empty list")
        for value in values:
            if not isinstance(value, str) or sum(ch.isalnum() for ch in value) < 2:
                raise RuleError(f"{where}: term {value!r} ({language}) must hold at least two letters or digits")
        parsed[str(language)] = tuple(values)
    return Rule(rule_id, str(entry.get("description", "")), float(score), parsed)
