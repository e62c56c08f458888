"""Alert rules as data: loaded from YAML rule files and checked before anything uses them.

A rule is a boolean tree over term lists (`any`, `all`, `none`, `near`), with exclusions, optional
entity conditions, a severity and a score; the format is in rules/README.md. Every error names the
file, the line and the rule, and a file with any error is refused whole.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

from pipeline.errors import RuleError

RULE_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
SEVERITIES = ("low", "medium", "high")
LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
QID = re.compile(r"^(Q[1-9][0-9]*|geonames:[0-9]+)$")
# Terms are words and phrases: letters, digits, spaces, apostrophes, hyphens, dots ("U.S.") and middle
# dots ("9·19 군사합의", "キャンプ・デービッド"), optionally after "=" (this form only). Anything else is a
# regex or markup mistake.
TERM = re.compile(r"^=?[\w][\w\s'’.·・\-]*$")
MAX_TERMS_PER_RULE = 10_000
MAX_TERMS = 50_000  # in one rule set: compiling expands each word to its forms, so this bounds memory
MAX_NEAR = 50  # words
MAX_COUNTRIES = 10
NODE_KINDS = "terms, any, all, none, near, countries or states"


@dataclass(frozen=True)
class Terms:
    """Words and phrases per language code."""

    by_language: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class AnyOf:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class AllOf:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class NoneOf:
    """Matches when none of its children does: `none: [...]`."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Countries:
    """Matches when the article names places in at least `least` distinct countries (`countries: 2`:
    an agreement between states names two of them), or, with `acting`, at least `least` countries
    standing for their state ("Moscow said", "Ankara signed": `states: 1`)."""

    least: int
    acting: bool = False


@dataclass(frozen=True)
class Near:
    within: int  # at most this many words between any two of the children's matches
    children: tuple[Node, ...]


Node = Terms | AnyOf | AllOf | NoneOf | Near | Countries


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    score: float
    severity: Literal["low", "medium", "high"]
    match: Node
    exclude: Terms = Terms({})
    entity_labels: frozenset[str] = frozenset()
    entity_ids: frozenset[str] = frozenset()
    source: str = ""  # file:line
    ignore_quoted_titles: bool = False  # «Tratado de la pintura» names a book, not a treaty
    ignore_negated: bool = False  # "no troops will be sent", "geen militaire steun"

    def leaves(self) -> list[Terms]:
        """Every term list of the match tree, depth first."""
        found: list[Terms] = []

        def walk(node: Node) -> None:
            if isinstance(node, Terms):
                found.append(node)
            elif not isinstance(node, Countries):
                for child in node.children:
                    walk(child)

        walk(self.match)
        return found


def rule_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
    return [path]


def load_rules(path: Path) -> list[Rule]:
    """Every rule in a file or a folder of files; a duplicate id, in one file or across files, is an error."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for file in rule_files(path):
        for rule in _load_file(file):
            if rule.id in seen:
                raise RuleError(f"{rule.source}: rule {rule.id!r} is already defined at {seen[rule.id]}")
            seen[rule.id] = rule.source
            rules.append(rule)
    if not rules:
        raise RuleError(f"{path}: no rules found")
    total = sum(_term_count(rule) for rule in rules)
    if total > MAX_TERMS:
        raise RuleError(
            f"{path}: {total:,} terms in all; the limit is {MAX_TERMS:,} (split the rules across deployments)"
        )
    return rules


def _load_file(file: Path) -> list[Rule]:
    try:
        text = file.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        document = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{file}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"{file}: not valid YAML: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        raise RuleError(f"{file}: expected a mapping with a 'rules' list")
    entries = _child(root, "rules")
    nodes = entries.value if isinstance(entries, yaml.SequenceNode) else []
    return [
        _Parser(file, nodes[n] if n < len(nodes) else None).rule(n + 1, entry)
        for n, entry in enumerate(document["rules"])
    ]


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None


class _Parser:
    """Parses one rule entry; `node` is its YAML node, for line numbers in error messages."""

    def __init__(self, file: Path, node: yaml.Node | None) -> None:
        self.file, self.node, self.rule_id = file, node, ""

    def fail(self, message: str, node: yaml.Node | None = None) -> RuleError:
        line = (node or self.node).start_mark.line + 1 if (node or self.node) is not None else 0  # type: ignore[union-attr]
        rule = f" rule {self.rule_id!r}:" if self.rule_id else ""
        return RuleError(f"{self.file}:{line}:{rule} {message}")

    def rule(self, number: int, entry: object) -> Rule:
        if not isinstance(entry, dict):
            raise self.fail(f"rule #{number}: expected a mapping")
        rule_id = entry.get("id")
        if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
            raise self.fail(f"rule #{number}: id must match {RULE_ID.pattern}, got {rule_id!r}")
        self.rule_id = rule_id
        known = {
            "id",
            "description",
            "score",
            "severity",
            "terms",
            "match",
            "exclude",
            "entities",
            "ignore_quoted_titles",
            "ignore_negated",
        }
        unknown = set(entry) - known
        if unknown:
            raise self.fail(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}; known: {', '.join(sorted(known))}")
        score = entry.get("score", 1.0)
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 < score <= 1:
            raise self.fail(f"score must be a number in (0, 1], got {score!r}", _child(self.node, "score"))
        severity = entry.get("severity", "medium")
        if severity not in SEVERITIES:
            raise self.fail(f"severity must be one of {', '.join(SEVERITIES)}, got {severity!r}")
        if ("terms" in entry) == ("match" in entry):
            raise self.fail("give either 'terms' (a list per language) or 'match' (a tree of any/all/none/near)")
        if "terms" in entry:
            match: Node = self.terms(entry["terms"], _child(self.node, "terms"))
        else:
            match = self.tree(entry["match"], _child(self.node, "match"))
        if not _positive(match):
            raise self.fail("the rule has no terms that must match (only 'none'), so it would match every article")
        exclude = self.terms(entry["exclude"], _child(self.node, "exclude")) if "exclude" in entry else Terms({})
        labels, ids = self.entities(entry.get("entities"))
        ignore_titles, ignore_negated = self.flag(entry, "ignore_quoted_titles"), self.flag(entry, "ignore_negated")
        rule = Rule(
            rule_id,
            str(entry.get("description", "")),
            float(score),
            severity,
            match,
            exclude,
            labels,
            ids,
            f"{self.file}:{self.node.start_mark.line + 1 if self.node else 0}",
            ignore_titles,
            ignore_negated,
        )
        if _term_count(rule) > MAX_TERMS_PER_RULE:
            raise self.fail(f"{_term_count(rule):,} terms; the limit is {MAX_TERMS_PER_RULE:,} per rule")
        return rule

    def flag(self, entry: dict, key: str) -> bool:
        value = entry.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{key} must be true or false, got {value!r}")
        return value

    def tree(self, value: object, node: yaml.Node | None) -> Node:
        if not isinstance(value, dict) or len(value) != 1:
            raise self.fail(f"a match node is a mapping with one key: {NODE_KINDS}", node)
        [(kind, body)] = value.items()
        inner = _child(node, kind)
        if kind == "terms":
            return self.terms(body, inner)
        if kind == "near":
            if not isinstance(body, dict) or set(body) != {"within", "all"}:
                raise self.fail("near needs 'within' (words) and 'all' (a list of nodes)", inner)
            within = body["within"]
            if isinstance(within, bool) or not isinstance(within, int) or not 1 <= within <= MAX_NEAR:
                raise self.fail(
                    f"near.within must be a whole number of words from 1 to {MAX_NEAR}, got {within!r}", inner
                )
            return Near(within, self.children(body["all"], _child(inner, "all")))
        if kind in ("countries", "states"):
            if isinstance(body, bool) or not isinstance(body, int) or not 1 <= body <= MAX_COUNTRIES:
                raise self.fail(f"{kind} must be a whole number from 1 to {MAX_COUNTRIES}, got {body!r}", inner)
            return Countries(body, acting=kind == "states")
        if kind in ("any", "all", "none"):
            children = self.children(body, inner)
            if kind == "any":
                return AnyOf(children)
            return AllOf(children) if kind == "all" else NoneOf(children)
        raise self.fail(f"unknown match node {kind!r}; use {NODE_KINDS}", node)

    def children(self, value: object, node: yaml.Node | None) -> tuple[Node, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail("expected a non-empty list of match nodes", node)
        items = node.value if isinstance(node, yaml.SequenceNode) else [None] * len(value)
        return tuple(self.tree(child, item) for child, item in zip(value, items, strict=True))

    def terms(self, value: object, node: yaml.Node | None) -> Terms:
        if not isinstance(value, dict) or not value:
            raise self.fail("terms must map language codes to lists of terms", node)
        parsed: dict[str, tuple[str, ...]] = {}
        for language, values in value.items():
            where = _child(node, language) or node
            if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
                raise self.fail(f"{language!r} is not a language code (ISO 639-1, or 639-3 where none)", where)
            if not isinstance(values, list) or not values:
                raise self.fail(f"terms for {language!r} must be a non-empty list", where)
            parsed[language] = tuple(self.term(term, language, where) for term in values)
        return Terms(parsed)

    def term(self, term: object, language: str, node: yaml.Node | None) -> str:
        if not isinstance(term, str) or not term.strip():
            raise self.fail(
                f"an empty term ({language}) would match everything; every term needs at least two letters", node
            )
        term = " ".join(term.split())
        if not TERM.match(term) or "_" in term:
            raise self.fail(
                f"term {term!r} ({language}) looks like a regular expression or markup; terms are plain words "
                "and phrases (letters, digits, spaces, apostrophes, hyphens), '=' first for an exact form",
                node,
            )
        if sum(ch.isalnum() for ch in term) < 2:
            raise self.fail(f"term {term!r} ({language}) must hold at least two letters or digits", node)
        words = term.lstrip("=").lower().split()
        stop = stop_words(language)
        if stop and all(word in stop for word in words):
            raise self.fail(
                f"term {term!r} ({language}) is only stop words, so it would match almost every article", node
            )
        return term

    def entities(self, value: object) -> tuple[frozenset[str], frozenset[str]]:
        if value is None:
            return frozenset(), frozenset()
        node = _child(self.node, "entities")
        if not isinstance(value, dict) or not value or set(value) - {"labels", "ids"}:
            raise self.fail("entities takes 'labels' (PER, ORG, LOC, MISC) and/or 'ids' (Wikidata QIDs)", node)
        labels, ids = value.get("labels", []), value.get("ids", [])
        if not isinstance(labels, list) or any(label not in LABELS for label in labels):
            raise self.fail(f"entities.labels must be a list of {', '.join(sorted(LABELS))}, got {labels!r}", node)
        if not isinstance(ids, list) or any(not isinstance(i, str) or not QID.match(i) for i in ids):
            raise self.fail(f"entities.ids must be a list of QIDs such as Q159, got {ids!r}", node)
        return frozenset(labels), frozenset(ids)


def _positive(node: Node) -> bool:
    """Whether the node can only match where some term does (a `none` alone matches everywhere)."""
    if isinstance(node, Terms):
        return True
    if isinstance(node, NoneOf | Countries):
        return False
    if isinstance(node, AnyOf):
        return all(_positive(child) for child in node.children)
    return any(_positive(child) for child in node.children)


def _term_count(rule: Rule) -> int:
    leaves = [*rule.leaves(), rule.exclude]
    return sum(len(terms) for leaf in leaves for terms in leaf.by_language.values())


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list for the language, empty where spaCy has none.

    Read from spaCy's `lang/<code>/stop_words.py` alone: importing it the usual way imports the whole
    language package first (French: 4.7 s of tokenizer exceptions), on every rule load of every process.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None or not re.fullmatch(r"[a-z]{2,3}", language):
        return frozenset()
    path = Path(spec.origin).parent / "lang" / language / "stop_words.py"
    if not path.exists():
        return frozenset()
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # a module of data only
    words = namespace.get("STOP_WORDS", ())
    return frozenset(word.lower() for word in words if isinstance(word, str))  # type: ignore[attr-defined]
