"""Trim the links that embeds and scrapers leave at the edges of a stretch of text.

Media links (pic.twitter.com/…), short links (t.co/…) and bare URLs carry no words for the
language stage to analyse, and left at a segment's edge they would be glued into its first or
last sentence. Offsets are only narrowed, never rewritten, so the text stays untouched.

Links are recognised token by token (whitespace-separated) from each edge, walking indices
rather than slicing or searching with regular expressions, so the cost stays linear in the
length of what is trimmed even for inputs made of thousands of links or long runs of spaces.
"""

from __future__ import annotations

import re

from eventmill.model import Span

_LINK_START = re.compile(r"https?://|(?:www\.)?pic\.(?:twitter|x)\.com/|t\.co/", re.IGNORECASE)


def trim_links(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without links and whitespace at either end.

    Returns:
        The narrowed span; empty (start == end) when nothing but links and space remain.
    """
    span = strip_space(text, start, end)
    while span.end > span.start and _LINK_START.match(text, span.start, span.end):
        span = strip_space(text, _token_end(text, span), span.end)
    while span.end > span.start and _LINK_START.match(text, last := _token_start(text, span), span.end):
        span = strip_space(text, span.start, last)
    return span


def strip_space(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without surrounding whitespace (empty if all space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _token_end(text: str, span: Span) -> int:
    """Where the span's first whitespace-separated token ends."""
    end = span.start
    while end < span.end and not text[end].isspace():
        end += 1
    return end


def _token_start(text: str, span: Span) -> int:
    """Where the span's last whitespace-separated token starts."""
    start = span.end
    while start > span.start and not text[start - 1].isspace():
        start -= 1
    return start
