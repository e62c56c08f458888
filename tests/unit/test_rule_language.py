"""The rule language: boolean trees, proximity, exclusions, entity conditions, exact forms, scripts
without spaces, and the refusal of rules that are broken or would match everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.alerts import Rulebook, annotate, in_quoted_title
from pipeline.errors import RuleError
from pipeline.rules import MAX_TERMS, MAX_TERMS_PER_RULE, load_rules
from schemas.records import EnrichedArticle, Entity, Language
from tests.conftest import NOW, raw


def book(tmp_path: Path, text: str) -> Rulebook:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return Rulebook.compile(load_rules(path))


def fired(rulebook: Rulebook, body: str, language: str = "en", title: str = "", entities=()) -> set[str]:
    article = EnrichedArticle(
        **raw(title, body).model_dump(), language=Language(code=language, confidence=1.0), entities=list(entities)
    )
    return {alert.rule for alert in annotate(article, rulebook, now=NOW)[1]}


TREE = """
rules:
  - id: arms
    severity: high
    match:
      any:
        - terms: {en: [arms deliveries]}
        - near:
            within: 3
            all:
              - terms: {en: [military]}
              - terms: {en: [aid, assistance]}
    exclude:
      en: [humanitarian aid]
  - id: deal
    match:
      all:
        - terms: {en: [treaty]}
        - none:
            - terms: {en: [football, striker]}
  - id: russia_troops
    terms: {en: [troops]}
    entities: {ids: [Q159]}
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Arms deliveries resumed.", {"arms"}),
        ("The military will send new aid.", {"arms"}),  # military ... aid within three words
        ("Aid from the military budget", {"arms"}),  # in either order
        ("The military parade was long, and the town later asked for flood aid.", set()),  # too far apart
        ("They signed the treaty.", {"deal"}),
        ("The striker signed a treaty-like contract.", set()),  # `none` vetoes
    ],
)
def test_any_all_none_and_near(tmp_path, body, expected):
    assert fired(book(tmp_path, TREE), body) == expected


def test_an_exclusion_cancels_the_match_it_overlaps_only(tmp_path):
    rulebook = book(tmp_path, "rules: [{id: aid, terms: {en: [aid]}, exclude: {en: [humanitarian aid]}}]")
    assert fired(rulebook, "Humanitarian aid reached the city.") == set()
    assert fired(rulebook, "Humanitarian aid reached the city; aid for the army followed.") == {"aid"}


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        ("La Biblioteca Nacional reedita el «Tratado de la pintura» de Leonardo.", "Tratado", True),
        ("A dance troupe brings 'The Winter Treaty' to Edinburgh.", "Treaty", True),
        ("Nowe wydanie „Traktatu poetyckiego” Miłosza", "Traktatu", True),
        ("『条約論』を刊行した。", "条約", True),
        ("Russia's treaty with Iran's government 'holds'.", "treaty", False),  # apostrophes are not quotes
        ('The so-called "peace treaty" was never signed.', "treaty", False),  # scare quotes, lower case
        ("“The treaty remains our cornerstone,” she said.", "treaty", False),  # a statement, not a name
        ("The “New START” treaty expires in February.", "treaty", False),  # quotes closed before it
        ("「条約は守られている」と述べた。", "条約", False),  # 「」 quotes speech as often as titles
    ],
)
def test_quoted_titles(text, word, title):
    start = text.index(word)
    assert in_quoted_title(text, start, start + len(word)) is title


def test_a_rule_can_ignore_terms_inside_quoted_titles(tmp_path):
    rulebook = book(tmp_path, "rules: [{id: treaty, ignore_quoted_titles: true, terms: {en: [treaty]}}]")
    assert fired(rulebook, "The troupe performs 'The Winter Treaty' tonight.") == set()
    assert fired(rulebook, "The troupe performs 'The Winter Treaty' tonight; the treaty with Oslo holds.") == {"treaty"}
    plain = book(tmp_path, "rules: [{id: treaty, terms: {en: [treaty]}}]")
    assert fired(plain, "The troupe performs 'The Winter Treaty' tonight.") == {"treaty"}


def test_countries_and_states_conditions(tmp_path):
    rulebook = book(
        tmp_path,
        """
rules:
  - id: pact
    match: {all: [{terms: {en: [agreement]}}, {countries: 2}, {states: 1}]}
""",
    )

    def place(name: str, qid: str, *, government: bool = False) -> Entity:
        return Entity(
            text=name,
            label="LOC",
            field="body",
            start=0,
            end=len(name),
            id=qid,
            name=name,
            country=qid,
            government=government,
        )

    france, chad = place("France", "Q142"), place("Chad", "Q657")
    text = "The agreement was signed."
    assert fired(rulebook, text, entities=[france, chad]) == set()  # two countries, neither acting
    assert fired(rulebook, text, entities=[france, place("Chad", "Q657", government=True)]) == {"pact"}
    assert fired(rulebook, text, entities=[place("France", "Q142", government=True)]) == set()  # one country
    assert fired(rulebook, "They met.", entities=[france, place("Chad", "Q657", government=True)]) == set()


def test_nationality_adjectives_count_as_countries(tmp_path):
    """"alla Marina tunisina" names Tunisia as surely as "Tunisi" would; an adjective and a place of
    the same country count once, and an adjective does not make its country act."""
    rulebook = book(tmp_path, "rules: [{id: pair, match: {all: [{terms: {it: [motovedette]}}, {countries: 2}]}}]")
    italy = Entity(text="Italia", label="LOC", field="body", start=0, end=6, id="Q38", name="Italy", country="Q38")
    text = "L'Italia cede due motovedette alla Marina tunisina."
    assert fired(rulebook, text, "it", entities=[italy]) == {"pair"}
    assert fired(rulebook, "L'Italia cede due motovedette alla Marina.", "it", entities=[italy]) == set()
    assert fired(rulebook, "L'Italia cede due motovedette alla Marina italiana.", "it", entities=[italy]) == set()
    polish = book(tmp_path, "rules: [{id: gift, match: {all: [{terms: {pl: [przekazać]}}, {countries: 2}]}}]")
    moldova = Entity(
        text="Mołdawii", label="LOC", field="body", start=0, end=8, id="Q217", name="Moldova", country="Q217"
    )
    assert fired(polish, "MON przekazało armii Mołdawii drony.", "pl", entities=[moldova]) == {"gift"}  # MON: Poland's
    assert fired(polish, "Firma przekazała armii Mołdawii drony.", "pl", entities=[moldova]) == set()
    acting = book(tmp_path, "rules: [{id: pact, match: {all: [{terms: {fr: [accord]}}, {states: 1}]}}]")
    assert fired(acting, "Un accord tunisien et algérien.", "fr") == set()


def test_near_needs_words_that_do_not_overlap(tmp_path):
    """輸送 (transport) inside 輸送機 (transport aircraft) is one word, not a transport and an aircraft."""
    pair = "[{terms: {ja: [輸送]}}, {terms: {ja: [輸送機]}}]"
    rulebook = book(tmp_path, f"rules: [{{id: gift, match: {{near: {{within: 5, all: {pair}}}}}}}]")
    assert fired(rulebook, "空自の輸送機が到着した。", "ja") == set()
    assert fired(rulebook, "物資を輸送する輸送機", "ja") == {"gift"}


def test_negated_terms_are_ignored_when_the_rule_asks(tmp_path):
    """"no troops will be sent" is not troops news; "without delay ... military assistance" is
    assistance: a preposition of lack reaches two words, a negation four."""
    rulebook = book(
        tmp_path,
        """
rules:
  - {id: aid, ignore_negated: true, terms: {en: [military aid], fr: [assistance militaire], nl: [militaire steun]}}
  - {id: plain, terms: {en: [military aid]}}
""",
    )
    assert fired(rulebook, "The package includes no military aid.") == {"plain"}
    assert fired(rulebook, "It is in no way military aid.") == {"plain"}
    assert fired(rulebook, "Dit is geen militaire steun.", "nl") == set()
    assert fired(rulebook, "Il fournira sans délai une assistance militaire.", "fr") == {"aid"}
    assert fired(rulebook, "Une aide sans assistance militaire.", "fr") == set()
    assert fired(rulebook, "The country will get military aid.") == {"aid", "plain"}


def test_middle_dots_are_allowed_in_terms(tmp_path):
    rulebook = book(tmp_path, "rules: [{id: accord, terms: {ko: [9·19 군사합의], ja: [キャンプ・デービッド合意]}}]")
    assert fired(rulebook, "북한이 9·19 군사합의 파기를 선언했다.", "ko") == {"accord"}
    assert fired(rulebook, "キャンプ・デービッド合意から47年。", "ja") == {"accord"}


def test_vowel_points_are_ignored(tmp_path):
    """Arabic and Hebrew are written with or without vowel points; a term matches either way, and
    the match spans the text as written."""
    rulebook = book(tmp_path, "rules: [{id: handover, terms: {ar: [تسلم], he: [שלום]}}]")
    article = EnrichedArticle(
        **raw("", "قطر تسلّم الجيش اللبناني 30 آلية").model_dump(), language=Language(code="ar", confidence=1.0)
    )
    [alert] = annotate(article, rulebook, now=NOW)[1]
    assert alert.matches[0].text == "تسلّم"
    assert fired(rulebook, "הסכם שָׁלוֹם נחתם", language="he") == {"handover"}


def test_entity_conditions(tmp_path):
    rulebook = book(tmp_path, TREE)
    russia = Entity(text="Russia", label="LOC", field="body", start=0, end=6, id="Q159", name="Russia")
    assert fired(rulebook, "Russia moved troops.", entities=[russia]) == {"russia_troops"}
    assert fired(rulebook, "Someone moved troops.") == set()


def test_an_exact_form_does_not_take_inflections(tmp_path):
    rulebook = book(tmp_path, 'rules: [{id: troops, terms: {fr: ["=troupes"]}}]')
    assert fired(rulebook, "Des troupes russes", "fr") == {"troops"}
    assert fired(rulebook, "Une troupe de théâtre", "fr") == set()
    assert fired(book(tmp_path, "rules: [{id: troops, terms: {fr: [troupes]}}]"), "Une troupe", "fr") == {"troops"}


@pytest.mark.parametrize(
    ("language", "term", "body"),
    [
        ("zh", "军事援助", "美国宣布向乌克兰提供新的军事援助。"),
        ("ja", "軍事支援", "政府はウクライナへの軍事支援を続ける。"),
        ("ko", "군사 지원", "미국은 우크라이나에 대한 군사 지원을 늘렸다."),
    ],
)
def test_scripts_without_spaces_and_korean_particles(tmp_path, language, term, body):
    assert fired(book(tmp_path, f"rules: [{{id: aid, terms: {{{language}: [{term}]}}}}]"), body, language) == {"aid"}


def test_an_alert_explains_itself(tmp_path):
    rulebook = book(tmp_path, TREE)
    body = "Officials said that arms deliveries and military aid would continue."
    article = EnrichedArticle(
        **raw("Arms deliveries to Kyiv", body).model_dump(), language=Language(code="en", confidence=1.0)
    )
    [alert] = annotate(article, rulebook, now=NOW)[1]
    assert alert.rule == "arms" and alert.severity == "high"
    assert [(m.field, m.text, m.term) for m in alert.matches] == [
        ("title", "Arms deliveries", "arms deliveries"),
        ("body", "arms deliveries", "arms deliveries"),
        ("body", "military", "military"),
        ("body", "aid", "aid"),
    ]
    assert "arms deliveries and military aid would continue" in alert.snippet
    assert alert.score == 1.0  # three distinct terms and a title match


def test_one_weak_match_scores_lower(tmp_path):
    [alert] = annotate(
        EnrichedArticle(**raw("", "Arms deliveries resumed.").model_dump(), language=Language(code="en", confidence=1)),
        book(tmp_path, TREE),
        now=NOW,
    )[1]
    assert alert.score == 0.6


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("rules:\n  - id: r\n    terms: {en: ['']}\n", "an empty term", 3),
        ("rules:\n  - id: r\n    terms: {en: [a]}\n", "at least two letters", 3),
        ("rules:\n  - id: r\n    terms:\n      en: [the, of the]\n", "only stop words", 4),
        ("rules:\n  - id: r\n    terms:\n      en: ['troop.*']\n", "regular expression or markup", 4),
        ("rules:\n  - id: r\n    terms:\n      en: ['<b>troops</b>']\n", "regular expression or markup", 4),
        ("rules:\n  - id: r\n    terms: {en: [ab]}\n  - id: r\n    terms: {en: [cd]}\n", "already defined", 4),
        ("rules:\n  - id: r\n    match: {none: [{terms: {en: [peace]}}]}\n", "would match every article", 2),
        ("rules:\n  - id: r\n    match: {near: {within: 0, all: [{terms: {en: [ab]}}]}}\n", "near.within", 3),
        ("rules:\n  - id: r\n    match: {maybe: [{terms: {en: [ab]}}]}\n", "unknown match node", 3),
        ("rules:\n  - id: r\n    terms: {en: [ab]}\n    entities: {ids: [Russia]}\n", "QIDs", 4),
        ("rules:\n  - id: r\n    terms: {en: [ab]}\n    severity: urgent\n", "severity", 2),
        ("rules:\n  - id: r\n    terms: {english: [ab]}\n", "not a language code", 3),
        ("rules:\n  - id: r\n    terms: {en: [ab]}\n    colour: red\n", "unknown key", 2),
        ("rules:\n  - id: r\n    terms: {en: [ab]}\n    ignore_quoted_titles: maybe\n", "true or false", 2),
        ("rules:\n  - id: r\n    terms: {en: [ab]}\n    ignore_negated: 1\n", "ignore_negated must be", 2),
        ("rules:\n  - id: r\n    match: {all: [{terms: {en: [ab]}}, {countries: 0}]}\n", "countries must be", 3),
        ("rules:\n  - id: r\n    match: {states: 1}\n", "would match every article", 2),
    ],
)
def test_bad_rules_are_refused_with_file_line_and_rule(tmp_path, text, message, line):
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    assert message in str(caught.value)
    assert f"{path}:{line}:" in str(caught.value)


def test_a_100000_term_rule_file_is_refused_quickly(tmp_path):
    terms = ", ".join(f"term{n}" for n in range(100_000))
    path = tmp_path / "huge.yaml"
    path.write_text(f"rules:\n  - id: huge\n    terms: {{en: [{terms}]}}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=f"limit is {MAX_TERMS_PER_RULE:,} per rule"):
        load_rules(path)
    words = (", ".join(f"w{n}x{k}" for k in range(900)) for n in range(60))
    many = "".join(f"  - id: r{n}\n    terms: {{en: [{terms}]}}\n" for n, terms in enumerate(words))
    path.write_text(f"rules:\n{many}", encoding="utf-8")
    with pytest.raises(RuleError, match=f"limit is {MAX_TERMS:,}"):
        load_rules(path)
