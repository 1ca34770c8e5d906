"""Coded Articles built by hand, so store and export tests need no language model."""

from __future__ import annotations

import datetime as dt

from eventmill.model import (
    Actor,
    Article,
    Counts,
    Document,
    Event,
    EventDate,
    Evidence,
    Failure,
    Place,
    Post,
    Quote,
    Span,
)

TEXT = ("Officials in Harbin said on Monday that border guards from Mongolia fired on a patrol. "
        "The ministry denied that troops would be sent. \u201cWe want calm,\u201d said Lu Wen.")
FIRST, SECOND = TEXT.index("Officials"), TEXT.index("The ministry")
QUOTE_START = TEXT.index("\u201c")
CHINA = Actor("China", country="CHN", sector="GOV")
MONGOLIA_GUARDS = Actor("border guards", country="MNG", sector="MIL")


def coded_article(doc_id: str = "harbin-1", *, text: str = TEXT, date: dt.date | None = dt.date(2022, 3, 9),
                  url: str | None = "https://example.org/harbin") -> Article:
    """An article with an asserted ASSAULT, a negated MOBILIZE, a quote and a post."""
    document = Document(doc_id, text, date, source="wire", url=url, title="Shots at the border")
    assault = Event(
        doc_id=doc_id, event_id=f"{doc_id}-e1", type="ASSAULT", mode="firearms", contexts=("military",),
        evidence=Evidence(text[FIRST:SECOND - 1], FIRST, SECOND - 1), trigger=Span(text.index("fired"), text.index("fired") + 5),
        sentence=0, actor=MONGOLIA_GUARDS, recipient=Actor("patrol", country="CHN", sector="MIL"),
        date=EventDate("2022-03-07", "day"), location=Place("Harbin", "CHN", 45.75, 126.65),
        counts=Counts(fatalities=2), according_to=Actor("Officials", country="CHN", sector="GOV"), confidence=0.8,
    )
    troops = Event(
        doc_id=doc_id, event_id=f"{doc_id}-e2", type="MOBILIZE", mode="troops",
        evidence=Evidence(text[SECOND:QUOTE_START - 1], SECOND, QUOTE_START - 1),
        trigger=Span(text.index("sent"), text.index("sent") + 4), sentence=1,
        actor=Actor("China and Russia", members=(CHINA, Actor("Russia", "RUS", "GOV"))),
        date=EventDate("2022-03", "month"), modality="negated",
    )
    quote = Quote(doc_id, "We want calm,", Actor("Lu Wen", "CHN", "GOV"), Evidence(text[QUOTE_START:], QUOTE_START, len(text)))
    post = Post("Lu Wen", "@luwen", dt.date(2022, 3, 8), "Calm at the border.", 0, 10, 0, 10)
    return Article(document=document, events=[assault, troops], quotes=[quote], posts=[post])


def failed_article(doc_id: str = "broken-1", raw: bytes = b"\x00\x01binary") -> Article:
    """An input that could not be read, as the pipeline hands it on."""
    failure = Failure(doc_id=doc_id, stage="read", code="EM003", reason="EM003: binary content, not text", raw=raw)
    return Article(document=Document(doc_id, ""), failures=[failure])
