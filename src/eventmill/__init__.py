"""eventmill: political event data from news text: who did what to whom, when, where, and who says so."""

from eventmill.api import extract, extract_many
from eventmill.model import (
    Actor,
    Article,
    Counts,
    Document,
    Event,
    EventDate,
    Evidence,
    Failure,
    Mention,
    Place,
    Post,
    Quote,
)
from eventmill.pipeline import Pipeline
from eventmill.settings import Settings

__all__ = [
    "Actor", "Article", "Counts", "Document", "Event", "EventDate", "Evidence", "Failure",
    "Mention", "Pipeline", "Place", "Post", "Quote", "Settings", "extract", "extract_many",
]
