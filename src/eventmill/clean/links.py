"""Trim the links that embeds and scrapers leave at the edges of a stretch of text.

Media links (pic.twitter.com/…), short links (t.co/…) and bare URLs carry no words for the
language stage to analyse, and left at a segment's edge they would be glued into its first or
last sentence. Offsets are only narrowed, never rewritten, so the text stays untouched.
"""

from __future__ import annotations

import re

from eventmill.model import Span

_LINK = r"(?<!\S)(?:https?://|(?:www\.)?pic\.(?:twitter|x)\.com/|t\.co/)\S*"
_LEADING_LINKS = re.compile(rf"(?:\s*{_LINK})+", re.IGNORECASE)
_TRAILING_LINK = re.compile(rf"\s*{_LINK}\s*\Z", re.IGNORECASE)


def trim_links(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without links and whitespace at either end.

    Returns:
        The narrowed span; empty (start == end) when nothing but links and space remain.
    """
    leading = _LEADING_LINKS.match(text, start, end)
    if leading is not None:
        start = leading.end()
    while (trailing := _TRAILING_LINK.search(text, start, end)) is not None:
        end = trailing.start()
    return strip_space(text, start, end)


def strip_space(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without surrounding whitespace (empty if all space)."""
    piece = text[start:end]
    stripped_start = start + len(piece) - len(piece.lstrip())
    return Span(stripped_start, max(stripped_start, start + len(piece.rstrip())))
