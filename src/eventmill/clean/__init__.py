"""② Cleaning: a Document becomes an Article with paragraphs, detached posts and segments."""

from __future__ import annotations

from eventmill.clean.posts import detach
from eventmill.clean.segment import MAX_SEGMENT_CHARS, paragraphs, segments
from eventmill.model import Article, Document

__all__ = ["prepare"]


def prepare(document: Document, *, max_segment_chars: int = MAX_SEGMENT_CHARS) -> Article:
    """Start an Article from a Document: its paragraphs, embedded posts and segments.

    This is the stage that creates the Article every later stage works on; it writes
    `paragraphs`, `posts` and `segments`, all as offsets into `document.text`.

    Args:
        document: the document as read.
        max_segment_chars: longer stretches of text are cut into several segments.
    """
    found_paragraphs = paragraphs(document.text)
    found_posts = detach(document.text, found_paragraphs)
    return Article(
        document=document,
        paragraphs=found_paragraphs,
        posts=found_posts,
        segments=segments(document.text, found_paragraphs, found_posts, max_chars=max_segment_chars),
    )
