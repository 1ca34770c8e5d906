"""Find the optional `date YYYY-MM-DD` header that may open a plain-text article.

The header is how a plain-text file states its publication date (the seed article opens with
" date 2021-12-29 Israeli Defense ..."). It may be a line of its own or run straight into the
first sentence on the same line. Readers use it to date the Document; `clean/` uses its span to
keep it out of the first paragraph. The text itself is never altered, so offsets stay true.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventmill.errors import InputError

# "date" then a date-shaped token (digits and separators). A token that is not date-shaped
# ("date night was ...") means the text simply begins with the word "date", so no header.
_HEADER = re.compile(r"[\s\ufeff]*(date[ \t]+(\d[\d./-]*))(?=\s|$)")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class DateHeader:
    """A header found at the start of a text.

    Attributes:
        start, end: the header's own characters ("date 2021-12-29"), without surrounding space.
        value: the date token as written, parsed only on demand by `date`.
    """

    start: int
    end: int
    value: str

    @property
    def date(self) -> dt.date:
        """The header's date.

        Raises:
            InputError: EM006 when the token is not a real YYYY-MM-DD date.
        """
        return parse_day(self.value)


def find_date_header(text: str) -> DateHeader | None:
    """The `date ...` header at the very start of `text`, or None when there is none."""
    match = _HEADER.match(text)
    if match is None:
        return None
    return DateHeader(start=match.start(1), end=match.end(1), value=match.group(2))


def parse_day(value: str) -> dt.date:
    """Parse a YYYY-MM-DD day, the one date format headers and records promise.

    Raises:
        InputError: EM006 when `value` is not a valid YYYY-MM-DD date.
    """
    if not _ISO_DAY.fullmatch(value):
        raise InputError("EM006", value=value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("EM006", value=value) from None
