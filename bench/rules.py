"""Alert matching at scale: a generated pack of N rules (default 1,000; real words of the corpus's
eight languages, three languages a rule, phrases, `near`, `all`/`none` and `any` trees, exclusions)
against the generated corpus, one core, no Kafka. Prints compile time and articles/s, with the
founding pack alongside.

  python bench/rules.py [--rules 1000] [--articles 3000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from bench.corpus import generate
from pipeline import language, resources
from pipeline.alerts import Rulebook
from pipeline.inflections import words
from pipeline.rules import load_rules, stop_words
from pipeline.settings import PROJECT_ROOT, Settings


def generated_pack(count: int, common: dict[str, list[str]], corpus: dict[str, list[str]], seed: int = 11) -> dict:
    """Rules over real words of each language (simplemma's lemmas); one term in a hundred is a word
    the corpus uses, so some rules fire and their trees are decided, as in a real pack (the corpus
    repeats its sentences, so such a rule fires on most articles of its language)."""
    rng = random.Random(seed)

    def pick(language: str, k: int) -> list[str]:
        chosen = rng.sample(common[language], k)
        if rng.random() < 0.01:
            chosen[0] = rng.choice(corpus[language])
        return chosen

    rules = []
    for number in range(count):
        languages = rng.sample(sorted(common), 3)
        terms = {lang: [*pick(lang, 3), " ".join(pick(lang, 2))] for lang in languages}
        shape = number % 4
        if shape == 0:
            match: dict = {"terms": terms}
        elif shape == 1:
            other = {"terms": {lang: pick(lang, 2) for lang in languages}}
            match = {"near": {"within": 5, "all": [{"terms": terms}, other]}}
        elif shape == 2:
            match = {"all": [{"terms": terms}, {"none": [{"terms": {languages[0]: pick(languages[0], 1)}}]}]}
        else:
            match = {"any": [{"terms": terms}, {"terms": {lang: pick(lang, 2) for lang in languages}}]}
        rule: dict = {"id": f"generated_{number:04d}", "severity": "low", "match": match}
        if number % 5 == 0:
            rule["exclude"] = {languages[0]: [" ".join(pick(languages[0], 2))]}
        rules.append(rule)
    return {"rules": rules}


def dictionary_words(language: str, count: int, seed: int = 5) -> list[str]:
    lemmas = {lemma.lower() for lemma in DefaultDictionaryFactory(cache_max_size=0).get_dictionary(language).values()}
    stop = stop_words(language)
    usable = sorted(w for w in lemmas if w.isalpha() and len(w) > 3 and w not in stop)
    return random.Random(seed).sample(usable, min(count, len(usable)))


def timed_matching(label: str, rulebook: Rulebook, articles: list, repeats: int = 3) -> None:
    """The best of `repeats` passes: on a shared machine the slower ones measure the other tenants."""
    rates = []
    for _ in range(repeats):
        fired = 0
        start = time.perf_counter()
        for article in articles:
            fired += len(rulebook.match(article))
        rates.append(len(articles) / (time.perf_counter() - start))
    best = max(rates)
    print(f"{label:<38} {best:8.0f} articles/s ({1e6 / best:6.0f} µs each; passes: "
          f"{', '.join(f'{rate:.0f}' for rate in rates)}), {fired / len(articles):.1f} rules fired per article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    settings = Settings.from_env()
    corpus = generate(args.articles)
    detector = resources.language_detector()
    articles = [language.annotate(article, detector) for article in corpus]
    vocabulary: dict[str, set[str]] = {}
    for article in articles:
        stop = stop_words(article.language.code)
        found = (w.lower() for w in words(article.body) if len(w) > 3)
        vocabulary.setdefault(article.language.code, set()).update(w for w in found if w not in stop)
    corpus_words = {lang: sorted(found) for lang, found in vocabulary.items()}
    common = {lang: dictionary_words(lang, 4000) for lang in corpus_words}
    pack = generated_pack(args.rules, common, corpus_words)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
        start = time.perf_counter()
        rules = load_rules(path)
        loaded = time.perf_counter() - start
        rulebook = Rulebook.compile(rules, settings.cache_dir)
        compiled = time.perf_counter() - start - loaded
    terms = sum(len(t) for r in rules for leaf in r.leaves() for t in leaf.by_language.values())
    print(f"generated pack: {len(rules)} rules, {terms} terms; load {loaded:.2f} s, compile {compiled:.2f} s "
          "(inflections cached per word set)")
    size = sum(len(a.title) + len(a.body) for a in articles) / len(articles)
    print(f"corpus: {len(articles)} articles, {size:.0f} chars")
    founding = Rulebook.compile(load_rules(PROJECT_ROOT / "rules"), settings.cache_dir)
    timed_matching("founding pack", founding, articles)
    timed_matching(f"generated pack ({len(rules)} rules)", rulebook, articles)


if __name__ == "__main__":
    main()
