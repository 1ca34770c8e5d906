"""Read the date from a wire-story dateline at the start of a text.

Wire copy opens with place, date, optional agency and a dash: "SAN SALVADOR, 3 JAN 90 --",
"LIMA, 12 Mar 89 (EFE) --", "WASHINGTON, March 3 (Reuters) -". When a document arrives
without a publication date, this date is the best anchor for its relative dates. Modern copy
often drops the date ("TBILISI (Reuters) -", "KYIV, Ukraine (AP) —"): that dateline gives a
place and an agency, and is still no part of the first sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from eventmill.dates.expressions import TemporalExpression, find
from eventmill.dates.resolve import resolve

_PLACE = re.compile(r"\s*[^\W\d][^\n,()]{0,60}(?:\([^)\n]{1,40}\))?,\s*")
# The agency in brackets may nest brackets or be mistyped with a square bracket at one end.
_CLOSE = re.compile(r"\s*(?:(?P<credit>[(\[][^\n]{1,60}?[)\]])\s*)?(?:--|—|–|-)")
_DATE_CHARS = 120
# An undated dateline: a place (or places: "BANGKOK/PHNOM PENH") in capitals, with an optional
# country ("Democratic Republic of Congo"), then the agency in brackets or a long dash. Without
# one of those, "US - China talks" could be a headline.
_UNDATED = re.compile(r"\s*(?!(?:THE|AN?|IN|ON|AT) )(?P<place>[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][\w.'\-]+(?: (?:(?:of|the|and) )*[A-Z][\w.'\-]+){0,3})?)"
                      r"\s*(?:(?P<credit>\([^)\n]{1,40}\))\s*(?:--|—|–|-)|(?:--|—))\s")


def dateline(text: str, *, anchor: dt.date | None = None) -> dt.date | None:
    """The date of the dateline opening a wire story.

    Args:
        text: the document text; only its first line is looked at.
        anchor: a date near publication, used when the dateline omits the year and to pick
            the century of a two-digit year.

    Returns:
        The dateline's day, or None when the text opens with no dateline or its date lacks
        a day, or lacks a year and no anchor is given.
    """
    found = _dateline(text)
    if found is None or found[0] is None:
        return None
    date = resolve(found[0], anchor)
    if date is None:
        return None
    return dt.date.fromisoformat(date.value)


def dateline_end(text: str) -> int | None:
    """Where the dateline opening a wire story ends, after its dash ("MANILA, June 18 (Reuters) -"),
    or None when the text opens with none. The dateline is no part of the first sentence: a parser
    that reads on takes "MANILA" for the subject of what follows."""
    found = _dateline(text)
    return found[1] if found is not None else None


def dateline_credit(text: str, *, start: int = 0) -> tuple[int, int] | None:
    """Where in `text` the agency a dateline opening `text[start:]` credits stands ("(Reuters)"
    of "MANILA, June 18 (Reuters) -"), or None. The agency files the story; it is not one of its
    parties."""
    found = _dateline(text[start:])
    return (start + found[2][0], start + found[2][1]) if found is not None and found[2] is not None else None


@lru_cache(maxsize=8)
def _dateline(text: str) -> tuple[TemporalExpression | None, int, tuple[int, int] | None] | None:
    """The dated day of a full dateline (place, day, optional agency, dash), where it ends and
    where its agency stands; no day for an undated one (place in capitals, agency or long dash).
    Segmenting, coreference, coding and placing each ask of the same text, so the last few
    answers are kept."""
    undated = _UNDATED.match(text)
    if undated is not None:
        credit = undated.span("credit") if undated.group("credit") else None
        return None, undated.end() - 1, credit
    place = _PLACE.match(text)
    if place is None:
        return None
    window = text[place.end() : place.end() + _DATE_CHARS]
    expressions = find(window)
    if not expressions or expressions[0].start != 0 or expressions[0].kind != "absolute":
        return None
    expression = expressions[0]
    close = _CLOSE.match(window, expression.end)
    if expression.day is None or close is None:
        return None
    credit = close.span("credit") if close.group("credit") else None
    shift = place.end()
    return expression, shift + close.end(), (shift + credit[0], shift + credit[1]) if credit else None


def dateline_place(text: str) -> str | None:
    """The place a wire story's dateline names ("SAN SALVADOR" of "SAN SALVADOR, 3 JAN 90 --").

    It is filed from there, so it is the best guess for where the story's events happened when
    a sentence names no place of its own. Only a full dateline (place, dated day, dash) counts,
    so an ordinary first sentence that starts "Paris, France and ..." gives nothing, and neither
    does a story filed from several places. A bracketed country after the place becomes a comma
    qualifier the gazetteer reads.
    """
    undated = _UNDATED.match(text)
    if undated is not None:
        place, *qualifiers = undated.group("place").split(", ")
        name = None if place in _UNTOLD else ", ".join([place, *(q for q in qualifiers if q not in _UNTOLD)])
    else:
        dated = _PLACE.match(text)
        if dated is None or dateline(text, anchor=_ANY_YEAR) is None:
            return None
        name = text[dated.start() : dated.end()].strip().rstrip(",").strip()
        name = re.sub(r"\s*\(([^)]*)\)$", r", \1", name)  # "CITY (COUNTRY)" qualifies
    # "BANGKOK/PHNOM PENH": filed from several places, none the story's own
    return name if name and "/" not in name else None


# What monitoring services write where a dateline's place or date is unknown.
_UNTOLD = frozenset({"NO CITY", "NO DATE"})
# Any anchor lets a dateline without a year count as a dateline when only the place is wanted.
_ANY_YEAR = dt.date(2000, 1, 1)
