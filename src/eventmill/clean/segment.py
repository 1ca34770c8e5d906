"""Split a text into paragraphs, then into the segments the language stage analyses one by one.

Paragraphs come first because sentence splitters often run across paragraph breaks, and because
an embedded post must be cut out of the prose before anyone splits sentences. A segment is a
stretch of prose or one post's words; links and embed signatures are in none. Very long
paragraphs are cut at sentence-like boundaries, so the language stage never sees giant inputs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventmill.clean.links import strip_space, trim_links
from eventmill.dates.dateline import dateline_end
from eventmill.model import Post, Segment, Span
from eventmill.read.header import find_date_header

MAX_SEGMENT_CHARS = 5000

# A blank line: a newline, spaces or tabs (or "\r"), another newline.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
# Where a sentence probably ends: closing punctuation, closing quotes or brackets, then space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of a text: stretches separated by blank lines, without surrounding space.

    Single line breaks stay inside a paragraph. A leading `date YYYY-MM-DD` header belongs to
    no paragraph.
    """
    header = find_date_header(text)
    start = header.end if header else 0
    spans = []
    for blank in _BLANK_LINE.finditer(text, start):
        spans.append(strip_space(text, start, blank.start()))
        start = blank.end()
    spans.append(strip_space(text, start, len(text)))
    return [span for span in spans if span.end > span.start]


def segments(
    text: str, paragraphs: Sequence[Span], posts: Sequence[Post], *, max_chars: int = MAX_SEGMENT_CHARS
) -> list[Segment]:
    """The segments to analyse: prose around embeds, and each post's body, in text order.

    Args:
        text: the document's text.
        paragraphs: its paragraphs, from `paragraphs`.
        posts: its embedded posts, from `clean.posts.detach`.
        max_chars: longer stretches are cut into several segments.

    Returns:
        One segment per stretch of prose in a paragraph outside any embed (links at its edges
        trimmed), one per post body (`post` = the post's index); none holds links or signatures.
    """
    found: list[Segment] = []
    opening = dateline_end(text[paragraphs[0].start:]) if paragraphs else None
    for index, paragraph in enumerate(paragraphs):
        prose_start = paragraph.start
        if index == 0 and opening is not None:
            # "MANILA, June 18 (Reuters) -" is a segment of its own, not the first sentence's subject
            found.append(Segment(paragraph.start, paragraph.start + opening, index, None))
            prose_start = strip_space(text, paragraph.start + opening, paragraph.end).start
        for number, post in enumerate(posts):
            if post.end <= paragraph.start or post.start >= paragraph.end:
                continue
            found += _pieces(text, trim_links(text, prose_start, max(prose_start, post.start)), index, max_chars)
            if paragraph.start <= post.body_start < paragraph.end:
                found += _pieces(text, Span(post.body_start, post.body_end), index, max_chars, post=number)
            prose_start = min(max(prose_start, post.end), paragraph.end)
        found += _pieces(text, trim_links(text, prose_start, paragraph.end), index, max_chars)
    return found


def _pieces(text: str, span: Span, paragraph: int, max_chars: int, *, post: int | None = None) -> list[Segment]:
    return [Segment(piece.start, piece.end, paragraph, post) for piece in split_long(text, span, max_chars=max_chars)]


def split_long(text: str, span: Span, *, max_chars: int = MAX_SEGMENT_CHARS) -> list[Span]:
    """Cut a span into pieces of at most `max_chars`, preferring sentence ends, then spaces.

    A cut is looked for in the second half of each window, so pieces are never tiny; a window
    with no space at all (a long token) is cut at `max_chars` exactly.
    """
    pieces: list[Span] = []
    while span.end - span.start > max_chars:
        cut = _cut_point(text, span.start + max_chars // 2, span.start + max_chars)
        pieces.append(strip_space(text, span.start, cut))
        span = strip_space(text, cut, span.end)
    if span.end > span.start:
        pieces.append(span)
    return pieces


def _cut_point(text: str, earliest: int, latest: int) -> int:
    for boundary in (_SENTENCE_END, _SPACE):
        ends = [match.end() for match in boundary.finditer(text, earliest, latest)]
        if ends:
            return ends[-1]
    return latest
