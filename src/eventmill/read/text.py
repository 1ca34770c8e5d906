"""Turn the bytes of one plain-text article into a Document, or refuse them with a coded error.

Plain text comes from everywhere (editors on three operating systems, scrapers, copy and
paste), so decoding is forgiving where it can be sure and strict where it cannot: UTF-8 (with
or without a byte-order mark) first, UTF-16 when a byte-order mark says so, Windows-1252 only
for bytes that are evidently not UTF-8. Whatever is decoded is kept exactly as is: every offset
later stages report points into this text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re

from eventmill.errors import InputError
from eventmill.model import Document
from eventmill.read.header import find_date_header
from eventmill.read.ids import document_id

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MiB: a hundred times a long news article.

# Control characters other than whitespace: in text they are rare; in binary files common.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.05

# A well-formed multi-byte UTF-8 sequence. Windows-1252 text almost never contains one (it
# would be mojibake like "Ã©"), so bytes that have one and still fail to decode are damaged
# UTF-8, and reading them as Windows-1252 would silently garble them.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_text(
    raw: bytes,
    *,
    source: str,
    date: dt.date | None = None,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one plain-text article.

    A leading `date YYYY-MM-DD` header dates the document but stays in its text (see
    `read.header`); `clean/` leaves it out of the paragraphs.

    Args:
        raw: the file's bytes.
        source: where the bytes came from (a path, "<stdin>"), kept on the Document.
        date: publication date given by the user; it overrides the header.
        doc_id: the document's own id; a content hash when None.
        max_bytes: larger inputs are refused rather than read.

    Returns:
        The Document, its text decoded but otherwise untouched.

    Raises:
        InputError: EM004 too large, EM003 binary, EM002 undecodable, EM001 empty, EM006 a
            header whose date is not a real YYYY-MM-DD date (only when `date` is None).
    """
    if len(raw) > max_bytes:
        raise InputError("EM004", limit=max_bytes)
    text = decode(raw)
    check_text(text)
    return Document(
        doc_id=doc_id or document_id(text),
        text=text,
        date=date or header_date(text),
        source=source,
    )


def decode(raw: bytes) -> str:
    """Decode bytes as UTF-8, UTF-16 (with a byte-order mark) or, failing that, Windows-1252.

    Windows-1252 is tried only for bytes holding no valid multi-byte UTF-8 sequence; it covers
    every printable Latin-1 character, so a Latin-1 fallback would add only control codes.

    Raises:
        InputError: EM003 for NUL bytes outside UTF-16; EM002 when no encoding fits.
    """
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("EM002", encoding="UTF-16") from None
    if b"\x00" in raw:
        raise InputError("EM003")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if raw.startswith(codecs.BOM_UTF8) or _UTF8_MULTIBYTE.search(raw):
            raise InputError("EM002", encoding="UTF-8") from None
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError("EM002", encoding="UTF-8 or Windows-1252") from None


def check_text(text: str) -> None:
    """Refuse decoded text that is empty or looks like binary data.

    A text holding nothing but a date header is empty too: there is nothing to analyse.

    Raises:
        InputError: EM001 when there is no text, EM003 when it is binary.
    """
    header = find_date_header(text)
    if not text[header.end if header else 0 :].strip():
        raise InputError("EM001")
    if "\x00" in text or len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise InputError("EM003")


def header_date(text: str) -> dt.date | None:
    """The date of the text's `date YYYY-MM-DD` header, None when it has none.

    Raises:
        InputError: EM006 when the header's date is not a real YYYY-MM-DD date.
    """
    header = find_date_header(text)
    return header.date if header else None
