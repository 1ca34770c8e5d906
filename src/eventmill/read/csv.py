"""Turn a CSV table of articles, one per row, into Documents; a bad row becomes a Failure.

Spreadsheets and database dumps are how many users hold their news. The text, date and id
columns are configurable (`--text-field`, `--date-field`, `--id-field`), as for JSON Lines;
other columns named `url`, `title` or `source` are kept. Each row fails alone, named
"file:line" (a row means nothing without its header, so a retry re-reads the file) and with the
row written back as CSV bytes so nothing is lost.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from eventmill.errors import InputError
from eventmill.model import Document, Failure
from eventmill.read.header import parse_day
from eventmill.read.ids import document_id
from eventmill.read.text import DEFAULT_MAX_BYTES, check_text, header_date

# A day, optionally followed by a time ("2021-12-29T10:00:00Z" or "2021-12-29 10:00"): only the day is kept.
_DAY_OR_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\S*)?")


def read_csv(
    stream: BinaryIO,
    *,
    source: str,
    date: dt.date | None = None,
    text_field: str = "text",
    date_field: str = "date",
    id_fields: Sequence[str] = ("doc_id", "id"),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Failure]:
    """Read a CSV file with a header row lazily, one Document or Failure per data row.

    Args:
        stream: the file's bytes, UTF-8 (a byte-order mark is allowed).
        source: the file's path; names failing rows as "source:row".
        date: publication date given by the user; it overrides the rows' own.
        text_field, date_field: the columns holding the article text and its publication date.
        id_fields: columns tried in order for the row's own id; a content hash when none.
        max_bytes: larger rows are refused.

    Yields:
        A Document per good row; a Failure (stage "read") per bad row or for an unreadable file.
    """
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes + 1))
    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        rows = csv.DictReader(lines)
        for row in rows:
            yield _row_item(row, rows.line_num, source=source, date=date, text_field=text_field,
                            date_field=date_field, id_fields=id_fields, max_bytes=max_bytes)
    except (UnicodeDecodeError, csv.Error) as error:
        reason = InputError("EM008", detail=f"not a readable UTF-8 CSV file: {error}").reason
        yield Failure(doc_id=source, stage="read", code="EM008", reason=reason)


def _row_item(row: dict[str | None, str | None], line: int, *, source: str, date: dt.date | None,
              text_field: str, date_field: str, id_fields: Sequence[str], max_bytes: int) -> Document | Failure:
    raw = _row_bytes(row)
    row_id = next((value for name in id_fields if (value := (row.get(name) or "").strip())), None)
    try:
        if len(raw) > max_bytes:
            raise InputError("EM004", limit=max_bytes)
        text = row.get(text_field)
        if text is None:
            raise InputError("EM007")
        check_text(text)
        return Document(
            doc_id=row_id or document_id(text),
            text=text,
            date=date or _row_date(row.get(date_field)) or header_date(text),
            source=row.get("source") or source,
            url=row.get("url") or None,
            title=row.get("title") or None,
        )
    except InputError as error:
        return Failure(doc_id=f"{source}:{line}", stage="read", code=error.code,
                       reason=error.reason, raw=raw)


def _row_date(value: str | None) -> dt.date | None:
    if not value or not value.strip():
        return None
    match = _DAY_OR_TIMESTAMP.fullmatch(value.strip())
    if match is None:
        raise InputError("EM006", value=value)
    return parse_day(match.group(1))


def _row_bytes(row: dict[str | None, str | None]) -> bytes:
    """The row written back as one CSV line: the failure's raw bytes."""
    buffer = io.StringIO()
    values = [value for key, value in row.items() if key is not None]
    extra = row.get(None)
    writer = csv.writer(buffer)
    writer.writerow([*values, *(extra if isinstance(extra, list) else [])])
    return buffer.getvalue().encode("utf-8")
