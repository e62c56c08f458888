"""Nationality adjectives ("tunisina", "вьетнамскому", "arménienne"), read from pipeline/data/demonyms.tsv.

News names the other party of a transfer or an agreement by its adjective as often as by its name
("à l'armée arménienne", "alla Marina tunisina"); the gazetteer only knows names, so an article
would seem to name one country where it names two. The alert rules' `countries` condition counts
these too, and the state institutions of state_institutions.tsv ("MON przekazało...": Poland's
ministry of defence, whose country a Polish reader need not be told). Forms are exact (the file
lists genders, numbers and the main cases); Arabic forms also match with a leading و or ب or ل.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from pipeline.folding import fold

ARABIC_PROCLITICS = ("و", "ب", "ل")


@cache
def demonyms() -> dict[str, dict[str, str]]:
    """language -> folded form -> the country's Wikidata QID."""
    files = resources.files("pipeline.data")
    qids = {}
    for line in files.joinpath("countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, qid, *_ = line.split("\t")
            qids[code] = qid
    forms: dict[str, dict[str, str]] = {}
    lines = [
        line
        for name in ("demonyms.tsv", "state_institutions.tsv")
        for line in files.joinpath(name).read_text(encoding="utf-8").splitlines()
    ]
    for line in lines:
        if not line or line.startswith("#"):
            continue
        code, language, written = line.split("\t")
        table = forms.setdefault(language, {})
        for form in filter(None, (fold(form.strip()) for form in written.split("|"))):
            variants = [form] + ([p + form for p in ARABIC_PROCLITICS] if language == "ar" else [])
            for variant in variants:
                table.setdefault(variant, qids[code])
    return forms
