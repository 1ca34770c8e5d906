"""Detach social-media posts (tweet embeds) pasted into article text from the article's prose.

An embed pasted into news text keeps the shape the platform's embed code gives it: the post's
words, perhaps a media or short link, then a signature, "— Author Name (@handle) December 29,
2021". What the post says is its author's claim, not the article's, so each embed becomes a
Post whose body later stages analyse apart from the prose.

The shapes are compiled regular expressions here, not a data file: they describe the fixed
output of embed code (a handle is "@" and at most 15 word characters; the date is English
month names or ISO), a closed technical format rather than a vocabulary users would extend.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventmill.clean.links import trim_links
from eventmill.model import Post, Span

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
MONTH_NUMBERS: dict[str, int] = {
    **{name: number for number, name in enumerate(_MONTHS, start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTHS, start=1)},
    "sept": 9,
}
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_DASH = r"(?:—|–|&mdash;|&ndash;|&#8212;|&#8211;|(?<=\s)--?(?=\s))"
_TIME = r"(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•,]?\s*)"
_DATE = (
    rf"(?:{_TIME}?(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_second>{_MONTH})\.?,?\s+(?P<year_second>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})))"
)
_STATUS_LINK = r"(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+\S*"

# The greedy lead makes the signature start at the last dash that fits, so dashes inside the
# post's own words ("a cease-fire - at last - holds") stay in the body. The signature starts at
# the dash itself: a leading "\s*" would make long runs of spaces cost quadratic time.
_SIGNATURE = re.compile(
    rf"(?s:.*)(?P<signature>{_DASH}\s*(?P<author>[^\s()][^\n()]{{0,79}}?)\s*"
    rf"\((?P<handle>@\w{{1,15}})\)(?:\s*{_DATE})?(?:\s*{_STATUS_LINK})?)\s*\Z",
    re.IGNORECASE,
)


def detach(text: str, paragraphs: Sequence[Span]) -> list[Post]:
    """Find the embedded posts of a text, one per paragraph that ends in an embed signature.

    The body is the paragraph's words before the signature, without the links (media, short
    links) between them and the signature. When a paragraph holds only a signature, the body
    is the paragraph before it (embeds pasted with words and signature as separate blocks).

    Args:
        text: the document's text.
        paragraphs: its paragraphs (see `clean.segment.paragraphs`), in text order.

    Returns:
        The posts in text order; `start..end` covers body and residue, `body_start..body_end`
        the post's own words, which are also its `text`.
    """
    posts: list[Post] = []
    for index, paragraph in enumerate(paragraphs):
        match = _SIGNATURE.match(text, paragraph.start, paragraph.end)
        if match is None:
            continue
        body = trim_links(text, paragraph.start, match.start("signature"))
        if body.end == body.start and index > 0 and not _inside(paragraphs[index - 1], posts):
            body = trim_links(text, paragraphs[index - 1].start, paragraphs[index - 1].end)
        if body.end > body.start:
            posts.append(_post(text, match, body=body, start=min(body.start, paragraph.start), end=paragraph.end))
    return posts


def _post(text: str, match: re.Match[str], *, body: Span, start: int, end: int) -> Post:
    return Post(
        author=match.group("author").strip(),
        handle=match.group("handle"),
        date=_signature_date(match),
        text=text[body.start : body.end],
        start=start,
        end=end,
        body_start=body.start,
        body_end=body.end,
    )


def _inside(paragraph: Span, posts: Sequence[Post]) -> bool:
    return any(post.start <= paragraph.start < post.end for post in posts)


def _signature_date(match: re.Match[str]) -> dt.date | None:
    """The signature's date, None when it has none or names a day that does not exist."""
    if match.group("iso"):
        year, month, day = (int(part) for part in match.group("iso").split("-"))
    elif match.group("month"):
        year, day = int(match.group("year")), int(match.group("day"))
        month = MONTH_NUMBERS[match.group("month").lower()]
    elif match.group("month_second"):
        year, day = int(match.group("year_second")), int(match.group("day_first"))
        month = MONTH_NUMBERS[match.group("month_second").lower()]
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
