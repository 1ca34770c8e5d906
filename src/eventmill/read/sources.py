"""Stream Documents from files, folders, globs and stdin, choosing a reader for each format.

Inputs are opened one at a time as they are reached, so a corpus of any size streams. A path
that cannot be read becomes a Failure and the run goes on with the next. To support a new
format, add its reader to `READERS` and its file suffixes to `SUFFIXES`; a new compression
goes in `DECOMPRESSORS`.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import io
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from eventmill.errors import InputError
from eventmill.model import Document, Failure
from eventmill.read.csv import read_csv
from eventmill.read.html import read_html
from eventmill.read.jsonl import read_jsonl
from eventmill.read.text import DEFAULT_MAX_BYTES, read_text
from eventmill.read.warc import read_warc

STDIN = "-"
STDIN_SOURCE = "<stdin>"
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class ReadOptions:
    """Options every reader receives; each uses those that apply to its format.

    Attributes:
        date: publication date given by the user; it overrides dates found in the input.
        max_bytes: largest document (or JSON line) read; larger ones become Failures.
        text_field, date_field, id_fields: JSON Lines field names (see `read_jsonl`).
    """

    date: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    text_field: str = "text"
    date_field: str = "date"
    id_fields: tuple[str, ...] = ("doc_id", "id")


Reader = Callable[[BinaryIO, str, ReadOptions], Iterator[Document | Failure]]


def _whole_file(read: Callable[..., Document]) -> Reader:
    """A Reader for formats that hold one document per file; a refused file becomes a Failure."""

    def reader(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
        raw = stream.read(options.max_bytes + 1)
        try:
            yield read(raw, source=source, date=options.date, max_bytes=options.max_bytes)
        except InputError as error:
            yield Failure(doc_id=source, stage="read", code=error.code, reason=error.reason, raw=raw)

    return reader


def _read_jsonl_stream(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_jsonl(
        stream, source=source, date=options.date, max_bytes=options.max_bytes,
        text_field=options.text_field, date_field=options.date_field, id_fields=options.id_fields,
    )


def _read_warc_stream(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_warc(stream, source=source, date=options.date, max_bytes=options.max_bytes)


def _read_csv_stream(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    yield from read_csv(
        stream, source=source, date=options.date, max_bytes=options.max_bytes,
        text_field=options.text_field, date_field=options.date_field, id_fields=options.id_fields,
    )


READERS: dict[str, Reader] = {
    "text": _whole_file(read_text), "jsonl": _read_jsonl_stream, "html": _whole_file(read_html),
    "warc": _read_warc_stream, "csv": _read_csv_stream,
}
SUFFIXES: dict[str, str] = {
    "": "text", ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json-lines": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".csv": "csv",
}
# What a document's first bytes say about its format, for inputs without a name (stdin, a
# failure's raw bytes being retried); anything else is read as text.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"WARC/", "warc"), (b"{", "jsonl"), (b"<!doctype html", "html"), (b"<html", "html"),
)


def _gunzip(stream: BinaryIO) -> BinaryIO:
    return cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))


DECOMPRESSORS: dict[str, Callable[[BinaryIO], BinaryIO]] = {".gz": _gunzip}
_READ_ERRORS = (OSError, EOFError, zlib.error)


def read_sources(
    paths: Sequence[str], *, format: str | None = None, options: ReadOptions = ReadOptions()
) -> Iterator[Document | Failure]:
    """Read every document the paths lead to, in a deterministic order.

    Args:
        paths: files, folders (read recursively in sorted order, hidden entries skipped),
            glob patterns ("news/**/*.jsonl"), or "-" for stdin.
        format: a name from `READERS` to read every input with; by default each file's format
            comes from its suffix (".jsonl", ".txt.gz" …), and stdin's from its first byte
            ("{" means JSON Lines).
        options: options passed to every reader.

    Returns:
        A lazy stream of Documents, with a Failure (stage "read") for each document or path
        that cannot be read.

    Raises:
        InputError: EM011 at once when `format` is not a known format.
    """
    if format is not None and format not in READERS:
        raise InputError("EM011", detail=repr(format))
    return _read_all(paths, format=format, options=options)


def _read_all(paths: Sequence[str], *, format: str | None, options: ReadOptions) -> Iterator[Document | Failure]:
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(format=format, options=options)
            continue
        for found in expand_path(path):
            if isinstance(found, Failure):
                yield found
            else:
                yield from _read_file(found, format=format, options=options)


def expand_path(path: str) -> Iterator[Path | Failure]:
    """The files a path names: itself, a folder's files, or a glob's matches, sorted.

    Yields:
        Each file's Path, or one Failure (EM008) when the path names nothing readable.
    """
    candidate = Path(path)
    if candidate.is_dir():
        yield from _folder_files(candidate)
    elif candidate.exists():
        yield candidate
    elif _GLOB_CHARACTERS.intersection(path):
        matches = sorted(Path(match) for match in glob.iglob(path, recursive=True))
        if not matches:
            yield _path_failure(path, "no file matches this pattern")
        for match in matches:
            yield from _folder_files(match) if match.is_dir() else [match]
    else:
        yield _path_failure(path, "no such file or folder")


def format_of(path: Path) -> tuple[str | None, str | None]:
    """The format name and the compression suffix of a file, from its suffixes.

    Returns:
        (format, compression): format is None when the suffix is unknown; compression is a
        key of `DECOMPRESSORS` or None.
    """
    name = path.name.lower()
    compression = next((suffix for suffix in DECOMPRESSORS if name.endswith(suffix)), None)
    if compression:
        name = name[: -len(compression)]
    return SUFFIXES.get(Path(name).suffix), compression


def _read_file(path: Path, *, format: str | None, options: ReadOptions) -> Iterator[Document | Failure]:
    detected, compression = format_of(path)
    chosen = format or detected
    if chosen is None:
        detail = f"for {path} (known suffixes: {', '.join(sorted(filter(None, SUFFIXES)))})"
        yield Failure(doc_id=str(path), stage="read", code="EM011", reason=InputError("EM011", detail=detail).reason)
        return
    try:
        with path.open("rb") as raw_stream:
            stream = DECOMPRESSORS[compression](raw_stream) if compression else raw_stream
            yield from READERS[chosen](stream, str(path), options)
    except _READ_ERRORS as error:
        yield _path_failure(str(path), str(error) or type(error).__name__)


def _read_stdin(*, format: str | None, options: ReadOptions) -> Iterator[Document | Failure]:
    stdin = sys.stdin.buffer
    stream = stdin if isinstance(stdin, io.BufferedReader) else io.BufferedReader(cast(io.RawIOBase, stdin))
    chosen = format or sniff_format(stream.peek(64))
    try:
        yield from READERS[chosen](stream, STDIN_SOURCE, options)
    except _READ_ERRORS as error:
        yield _path_failure(STDIN_SOURCE, str(error) or type(error).__name__)


def sniff_format(head: bytes) -> str:
    """The format of unnamed input from its first bytes: a WARC, JSON Lines, HTML, else text."""
    start = head.lstrip().lower()
    return next((name for signature, name in _SIGNATURES if start.startswith(signature)), "text")


def _folder_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and not hidden:
            yield path


def _path_failure(path: str, detail: str) -> Failure:
    return Failure(doc_id=path, stage="read", code="EM008", reason=InputError("EM008", detail=detail).reason)
