"""Build the stages from Settings, check their order, and stream Articles through them.

Each stage declares what it `reads` and `writes`; `Pipeline` refuses an order in which a stage
reads a field no earlier stage wrote. A stage that raises turns into a `Failure` on that
Article, the remaining stages skip it, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Protocol

from eventmill.actors.coref import CoreferenceResolver
from eventmill.actors.dating import ActorDater
from eventmill.actors.dictionary import load_dictionary
from eventmill.actors.matcher import actor_matcher
from eventmill.actors.mentions import MentionFinder
from eventmill.budget import Deadlines, time_limit
from eventmill.clean import prepare
from eventmill.dates.assign import EventDater
from eventmill.errors import BudgetExceeded, EventmillError
from eventmill.events.attribution import Attributor, load_reporting
from eventmill.events.coder import EventCoder
from eventmill.events.counts import load_count_lexicon
from eventmill.events.implied import ImpliedParties
from eventmill.events.lexicon import PredicateLexicon, load_lexicon
from eventmill.events.merge import EventMerger
from eventmill.events.modality import load_cues
from eventmill.events.quotes import QuoteFinder
from eventmill.language.identify import EnglishFilter, load_identifier
from eventmill.language.nlp import LanguageAnalyzer, common_words, load, noun_only_words
from eventmill.language.truecase import Truecaser
from eventmill.model import STATEMENT_TYPES, Article, Document, Failure
from eventmill.places.gazetteer import PLACE_KIND_WORDS, load_gazetteer
from eventmill.places.locate import EventLocator
from eventmill.places.tagging import PlaceTagger
from eventmill.settings import Settings

# What `clean.prepare` writes when it creates the Article.
PREPARED = frozenset({"document", "paragraphs", "posts", "segments"})


class Stage(Protocol):
    """What the pipeline needs of a stage: a name, its declared fields, and a call."""

    @property
    def name(self) -> str: ...

    @property
    def reads(self) -> tuple[str, ...]: ...

    @property
    def writes(self) -> tuple[str, ...]: ...

    def __call__(self, article: Article) -> Article: ...


class PipelineOrderError(ValueError):
    """A stage reads something no earlier stage writes."""


class Pipeline:
    """The ordered stages that turn a Document into a coded Article."""

    def __init__(self, stages: Sequence[Stage], *, settings: Settings = Settings()) -> None:
        check_order(stages)
        self.stages = list(stages)
        self.settings = settings

    @classmethod
    def from_settings(cls, settings: Settings = Settings()) -> Pipeline:
        return _build(settings)

    def __call__(self, document: Document) -> Article:
        return next(self.pipe([document]))

    def pipe(self, documents: Iterable[Document | Failure]) -> Iterator[Article]:
        """Articles in input order; unreadable inputs come out as Articles carrying their Failure.

        Each article must be coded within `settings.time_budget` seconds and be at most
        `settings.max_chars` characters long; one that is not becomes a Failure (EM014, EM015).
        """
        deadlines = Deadlines(self.settings.time_budget)
        stream: Iterable[Article] = (
            _start(item, deadlines, max_chars=self.settings.max_chars) for item in documents
        )
        for stage in self.stages:
            stream = _run(stage, stream, deadlines)
        for article in stream:
            deadlines.finish(article)
            article.docs = []  # spaCy Docs stay inside the process that parsed them
            yield article


def check_order(stages: Sequence[Stage]) -> None:
    """Refuse an order in which a stage reads a field that no earlier stage wrote."""
    written = set(PREPARED)
    for stage in stages:
        missing = [field for field in stage.reads if field not in written]
        if missing:
            raise PipelineOrderError(f"stage {stage.name!r} reads {missing} before any stage writes them")
        written.update(field.split(".")[0] for field in stage.writes)


def _start(item: Document | Failure, deadlines: Deadlines, *, max_chars: int) -> Article:
    if isinstance(item, Failure):
        return Article(document=Document(item.doc_id, ""), failures=[item])
    try:
        article = prepare(item)
        analysed = sum(segment.end - segment.start for segment in article.segments)
        if analysed > max_chars:
            raise BudgetExceeded("EM014", chars=analysed, limit=max_chars)
    except Exception as error:  # noqa: BLE001 - any bug in cleaning becomes a recorded failure
        return _failed(Article(document=item), "clean", error)
    deadlines.start(article)
    return article


def _run(stage: Stage, articles: Iterable[Article], deadlines: Deadlines) -> Iterator[Article]:
    batched = getattr(stage, "pipe", None)
    if batched is not None:
        yield from _run_batched(stage, batched, articles)
        return
    for article in articles:
        if article.failed:
            yield article
            continue
        try:
            with deadlines.charge(article), time_limit(
                    deadlines.remaining(article), stage=stage.name, budget=deadlines.seconds):
                coded = stage(article)
        except Exception as error:  # noqa: BLE001 - one bad document must not stop the batch
            coded = _failed(article, stage.name, error)
        yield coded


def _run_batched(stage: Stage, batched: Any, articles: Iterable[Article]) -> Iterator[Article]:
    """Feed healthy articles to a batching stage, passing failed ones through in order."""
    pending: list[Article] = []

    def flush() -> Iterator[Article]:
        done = 0
        try:
            for article in batched(pending):
                done += 1
                yield article
        except Exception:  # noqa: BLE001 - retry one by one to find the document at fault
            for article in pending[done:]:
                try:
                    yield stage(article)
                except Exception as error:  # noqa: BLE001
                    yield _failed(article, stage.name, error)
        pending.clear()

    for article in articles:
        if article.failed:
            yield from flush()
            yield article
            continue
        pending.append(article)
        if len(pending) >= getattr(stage, "batch_size", 32):
            yield from flush()
    yield from flush()


def _failed(article: Article, stage: str, error: Exception) -> Article:
    if isinstance(error, BudgetExceeded):
        code, reason = error.code, error.reason
    else:
        detail = error.reason if isinstance(error, EventmillError) else f"{type(error).__name__}: {error}"
        code, reason = "EM009", f"EM009: stage {stage} failed: {detail}"
    article.failures.append(Failure(
        doc_id=article.doc_id, stage=stage, code=code, reason=reason,
        raw=article.text.encode("utf-8", "surrogatepass"),
    ))
    article.events, article.quotes = [], []
    return article


def _names_a_deed(lexicon: PredicateLexicon, lemma: str) -> bool:
    """Whether the predicate lexicon codes a verb as a deed on its own (an attack, an arrest, a
    protest), not a statement: a deed takes an object, never a clause."""
    entry = lexicon.verb(lemma)
    return entry is not None and entry.coding is not None and entry.coding.type not in STATEMENT_TYPES


@lru_cache(maxsize=4)
def _build(settings: Settings) -> Pipeline:
    """Load every data file and the spaCy model once per settings, then wire the stages."""
    nlp = load(settings.model)
    dictionary = load_dictionary(settings.actors)
    gazetteer = load_gazetteer(extra_files=settings.places)
    reporting = load_reporting()
    lexicon = load_lexicon(settings.lexicons)
    cues = load_cues()
    forms = list(dictionary.surface_forms())
    kin: dict[int, list[str]] = {}  # the forms of each actor, for acronyms that are also words
    for form, entry in forms:
        kin.setdefault(id(entry), []).append(form)
    demonyms = [key.title() for key, _ in dictionary.demonym_forms() if len(key) > 3]
    truecaser = Truecaser(common_words(nlp), names=[*(form for form, _ in forms), *demonyms], kin=kin.values(),
                          function_words=nlp.Defaults.stop_words,
                          # "YUMBO MUNICIPALITY": a place word after a name stays the word the gazetteer reads
                          noun_only_words=noun_only_words(nlp) - PLACE_KIND_WORDS,
                          # "the state of emergency", "the capital of the country" name no place
                          place_words=(PLACE_KIND_WORDS - {"state", "capital"}) | {"port"})
    return Pipeline(settings=settings, stages=[
        EnglishFilter(load_identifier()),
        LanguageAnalyzer(nlp, truecaser=truecaser, batch_size=settings.batch_size,
                         is_deed=lambda lemma: _names_a_deed(lexicon, lemma)),
        PlaceTagger(gazetteer, is_actor=lambda name: dictionary.lookup(name) is not None),
        MentionFinder(dictionary, matcher=actor_matcher(nlp, dictionary),
                      is_act=lambda lemma: lexicon.noun(lemma) is not None),
        CoreferenceResolver(gazetteer=gazetteer, speech_verbs=cues.speech_verbs | cues.denial,
                            asking_verbs=cues.demand_governors, is_body=dictionary.is_body,
                            is_mission=dictionary.is_mission, is_air_word=dictionary.is_air_word,
                            names_defence=dictionary.names_defence),
        EventCoder(lexicon, cues, load_count_lexicon()),
        EventDater(lexicon.nouns, scheduling_words=cues.scheduling_governors),
        ActorDater(dictionary),
        EventLocator(gazetteer, is_mission=dictionary.is_mission),
        Attributor(reporting),
        EventMerger(lexicon),
        ImpliedParties(lexicon),
        QuoteFinder(reporting),
    ])
