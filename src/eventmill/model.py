"""The typed records every pipeline stage shares, from the raw Document to the coded Event.

Records a stage adds are small frozen dataclasses. The one mutable object is the `Article`,
which travels through the stages (as spaCy's `Doc` travels through its pipes) and collects
what each stage adds. Every character offset is into `Document.text`, so evidence always
points back at the text the user gave us.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
# The types that are statements: done by saying so, by whoever speaks, where they speak.
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})

Modality = Literal["asserted", "negated", "planned", "threatened", "demanded", "hypothetical"]
MODALITIES: tuple[str, ...] = Modality.__args__  # type: ignore[attr-defined]

DatePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Document:
    """One input document as read, before any analysis.

    Attributes:
        doc_id: stable id: the input's own id, or a content hash when it has none.
        text: the full text; every offset in every record points into it.
        date: publication date, the anchor for relative dates ("late on Tuesday").
        source: where it came from (file path, outlet name).
    """

    doc_id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Span:
    """A character range of `Document.text`."""

    start: int
    end: int


@dataclass(frozen=True)
class Post:
    """A social-media post embedded in an article (a tweet embed), detached from its prose.

    Attributes:
        start, end: the whole embed, residue included.
        body_start, body_end: the post's own words, without links and signature.
    """

    author: str
    handle: str | None
    date: dt.date | None
    text: str
    start: int
    end: int
    body_start: int
    body_end: int


@dataclass(frozen=True)
class Segment:
    """A stretch of text analysed as a unit: a paragraph of prose, or one post's body."""

    start: int
    end: int
    paragraph: int
    post: int | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence, located both in the text and in the spaCy Doc of its segment."""

    start: int
    end: int
    text: str
    segment: int
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted on: a person, organisation, country or generic group.

    Attributes:
        country: ISO 3166 alpha-3, or a PLOVER code for international actors (IGO, UNO…).
        sector: PLOVER actor type (GOV, MIL, REB…).
        role: office held at the event's date ("Defense Minister").
        wikidata: knowledge-base id (QID) where known.
        members: the parties of a compound actor ("Israel and Hamas"), empty otherwise.
        span: the text the actor was read from; not part of its identity, so the same actor
            named twice compares equal.
    """

    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    members: tuple[Actor, ...] = ()
    span: Span | None = field(default=None, compare=False)

    @property
    def bare(self) -> bool:
        """Whether nothing but a name is known of it (no country, sector or members): a thing
        such as "the bus" or "IRIS-T" rather than a party."""
        return self.country is None and self.sector is None and not self.members


@dataclass(frozen=True)
class Mention:
    """A place in the text that names an actor, resolved to that actor.

    Attributes:
        sentence: index into `Article.sentences`.
        token_start, token_end: token range in the sentence's segment Doc.
        kind: "person", "organization", "country", "place", "generic" or "pronoun".
        source: why it resolved so ("dictionary: Benny Gantz", "demonym: Israeli").
        seat: the capital's name when a capital stands for its government ("Juba" for South
            Sudan's), so that the city itself can be named where it is what was struck.
    """

    start: int
    end: int
    text: str
    sentence: int
    token_start: int
    token_end: int
    actor: Actor
    kind: str = "generic"
    source: str = ""
    seat: str = ""


@dataclass(frozen=True)
class EventDate:
    """When an event happened, at the precision the text supports.

    Attributes:
        value: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
        text: the expression it came from ("late on Tuesday"), or why it was inferred.
        inferred: True when no expression governs the event and the date was taken from the
            report, the paragraph or the publication date.
    """

    value: str
    precision: DatePrecision
    text: str = ""
    inferred: bool = False

    @property
    def first_day(self) -> dt.date:
        """The earliest day the date can mean, for comparing dates of any precision."""
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class Place:
    """Where an event happened, resolved against the offline gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True)
class Counts:
    """Casualty and arrest figures the text attaches to one event."""

    fatalities: int | None = None
    injuries: int | None = None
    arrests: int | None = None

    def larger(self, other: Counts) -> Counts:
        """Each figure at its larger value of two tellings of one event; a missing figure yields,
        but a reported zero ("no casualties") is kept over a telling that gives none."""
        return self._each(other, max)

    def plus(self, other: Counts) -> Counts:
        """Each figure summed over two tellings of different victims of one event ("the mayor was
        killed … his son and a bodyguard were also killed"); a figure neither gives stays missing."""
        return self._each(other, sum)

    def _each(self, other: Counts, combine: Callable[[list[int]], int]) -> Counts:
        """Each figure combined over the tellings that give it; None where neither does."""
        figures = []
        for name in ("fatalities", "injuries", "arrests"):
            given = [v for v in (getattr(self, name), getattr(other, name)) if v is not None]
            figures.append(combine(given) if given else None)
        return Counts(*figures)


@dataclass(frozen=True)
class Evidence:
    """The sentence that supports a record, with its offsets in `Document.text`."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when, where, and who says so.

    Attributes:
        trigger: the predicate's character range ("condemn", "held" of "held talks").
        predicate: "verb", "light" (a light verb with an event noun) or "noun" (an event noun
            on its own, "the attack", which may only refer to an event told elsewhere).
        sentence: index into `Article.sentences`.
        post: index into `Article.posts` when the event comes from an embedded post.
    """

    doc_id: str
    event_id: str
    type: str
    evidence: Evidence
    trigger: Span
    sentence: int
    predicate: str = "verb"
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    actor: Actor | None = None
    recipient: Actor | None = None
    date: EventDate | None = None
    location: Place | None = None
    counts: Counts = Counts()
    modality: Modality = "asserted"
    background: bool = False
    post: int | None = None
    according_to: Actor | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Quote:
    """A direct or reported quotation with its speaker."""

    doc_id: str
    text: str
    speaker: Actor | None
    evidence: Evidence
    post: int | None = None


@dataclass(frozen=True)
class Failure:
    """A document, or a stage on it, that failed: recorded, never silently dropped.

    Attributes:
        code: the stable error code from `errors.py` (EM001…).
        raw: the input bytes as received, so nothing is lost.
    """

    doc_id: str
    stage: str
    code: str
    reason: str
    raw: bytes = b""


@dataclass
class Article:
    """The working object that flows through the pipeline stages.

    Each stage fills the fields it declares in its `writes`. `docs` holds one spaCy Doc per
    segment while the article is being analysed; it is dropped before records leave a worker.
    """

    document: Document
    paragraphs: list[Span] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    docs: list[Any] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def failed(self) -> bool:
        return bool(self.failures)

    @property
    def opening(self) -> int:
        """Where the story itself begins: its first paragraph, after any `date` header, where a
        dateline ("MANILA, June 18 (Reuters) -") stands."""
        return self.paragraphs[0].start if self.paragraphs else 0

    def span(self, sentence: Sentence) -> Any:
        """The spaCy Span of a sentence (only while `docs` is loaded)."""
        return self.docs[sentence.segment][sentence.token_start : sentence.token_end]

    def char_offset(self, sentence: Sentence) -> int:
        """Offset to add to a token's `idx` in the sentence's Doc to get a `Document.text` offset."""
        return self.segments[sentence.segment].start

    def post_of(self, sentence: Sentence) -> int | None:
        return self.segments[sentence.segment].post
