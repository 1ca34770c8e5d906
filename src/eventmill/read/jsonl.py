"""Turn JSON Lines, one article per line, into Documents; a bad line becomes a Failure.

A corpus of a million lines must not stop at line 40,312 because one record is broken, so
every problem (malformed JSON, no text, a bad date) is yielded as a Failure carrying the line's
bytes, and reading goes on. Records keep their own ids, so gold files and re-runs line up.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventmill.errors import InputError
from eventmill.model import Document, Failure
from eventmill.read.header import parse_day
from eventmill.read.ids import document_id
from eventmill.read.text import DEFAULT_MAX_BYTES, check_text, header_date

# A day, optionally followed by a time ("2021-12-29T10:00:00Z"): only the day is kept.
_DAY_OR_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\S*)?")
_METADATA_FIELDS = ("url", "title", "source")


def read_jsonl(
    lines: Iterable[bytes],
    *,
    source: str,
    date: dt.date | None = None,
    text_field: str = "text",
    date_field: str = "date",
    id_fields: Sequence[str] = ("doc_id", "id"),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Failure]:
    """Read JSON Lines records lazily, one Document or Failure per non-blank line.

    The publication date is, first to last: `date` (the user's), the record's date field, the
    `date YYYY-MM-DD` header its text may open with.

    Args:
        lines: the input's lines as bytes (an open binary file works).
        source: where the lines come from; names failing lines as "source:line".
        date: publication date given by the user; it overrides the records' own.
        text_field: the field holding the article text.
        date_field: the field holding the publication date (YYYY-MM-DD or an ISO timestamp).
        id_fields: fields tried in order for the record's own id; a content hash when none.
        max_bytes: longer lines are refused rather than parsed.

    Yields:
        A Document per good record; a Failure (stage "read") per bad one, with its raw line.
    """
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id: str | None = None
        try:
            record = _parse_line(line, max_bytes=max_bytes)
            record_id = _record_id(record, id_fields)
            yield _record_document(
                record, record_id=record_id, source=source, date=date,
                text_field=text_field, date_field=date_field,
            )
        except InputError as error:
            yield Failure(
                doc_id=record_id or f"{source}:{line_number}",
                stage="read", code=error.code, reason=error.reason, raw=line,
            )


def _parse_line(line: bytes, *, max_bytes: int) -> dict[str, Any]:
    if len(line) > max_bytes:
        raise InputError("EM004", limit=max_bytes)
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise InputError("EM002", encoding="UTF-8") from None
    except json.JSONDecodeError as error:
        raise InputError("EM005", detail=str(error)) from None
    if not isinstance(record, dict):
        raise InputError("EM005", detail=f"expected an object, got {type(record).__name__}")
    return record


def _record_id(record: dict[str, Any], id_fields: Sequence[str]) -> str | None:
    for name in id_fields:
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InputError("EM005", detail=f"field {name!r} must be a string or integer")
        if str(value).strip():
            return str(value).strip()
    return None


def _record_document(
    record: dict[str, Any],
    *,
    record_id: str | None,
    source: str,
    date: dt.date | None,
    text_field: str,
    date_field: str,
) -> Document:
    text = record.get(text_field)
    if text is None:
        raise InputError("EM007")
    if not isinstance(text, str):
        raise InputError("EM005", detail=f"field {text_field!r} must be a string")
    check_text(text)
    metadata = {name: _optional_string(record, name) for name in _METADATA_FIELDS}
    return Document(
        doc_id=record_id or document_id(text),
        text=text,
        date=date or _record_date(record.get(date_field)) or header_date(text),
        source=metadata["source"] or source,
        url=metadata["url"],
        title=metadata["title"],
    )


def _record_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    match = _DAY_OR_TIMESTAMP.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InputError("EM006", value=value)
    return parse_day(match.group(1))


def _optional_string(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise InputError("EM005", detail=f"field {name!r} must be a string")
    return value or None
