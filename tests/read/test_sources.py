"""Tests for read/sources.py: files, folders, globs, gzip and stdin, in a stable order."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from eventmill.errors import InputError
from eventmill.model import Document, Failure
from eventmill.read.sources import ReadOptions, format_of, read_sources


def jsonl(*texts: str) -> bytes:
    return b"".join(json.dumps({"id": text.split()[0], "text": text}).encode() + b"\n" for text in texts)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a.txt").write_bytes(b"date 2021-12-29\nAlpha met Beta.")
    (tmp_path / "b" / "c.jsonl").write_bytes(jsonl("Gamma talks.", "Delta talks."))
    (tmp_path / "b" / "deep" / "d.jsonl.gz").write_bytes(gzip.compress(jsonl("Epsilon talks.")))
    (tmp_path / "b" / "e.txt.gz").write_bytes(gzip.compress(b"Zeta spoke."))
    (tmp_path / "b" / "NOTES").write_bytes(b"Eta wrote.")
    (tmp_path / ".cache" / "x.txt").write_bytes(b"hidden")
    return tmp_path


def texts(results: list[Document | Failure]) -> list[str]:
    return [result.text if isinstance(result, Document) else result.code for result in results]


def test_sources_folder_is_read_recursively_in_sorted_order(corpus: Path) -> None:
    results = list(read_sources([str(corpus)]))
    assert texts(results) == [
        "date 2021-12-29\nAlpha met Beta.", "Eta wrote.", "Gamma talks.", "Delta talks.",
        "Epsilon talks.", "Zeta spoke.",
    ]
    assert results[0].date == dt.date(2021, 12, 29)  # type: ignore[union-attr]
    assert results[2].source == str(corpus / "b" / "c.jsonl")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["date 2021-12-29\nAlpha met Beta."]),
        ("**/*.jsonl*", ["Gamma talks.", "Delta talks.", "Epsilon talks."]),
        ("b/*.gz", ["Zeta spoke."]),
        ("nothing-*.txt", ["EM008"]),
    ],
)
def test_sources_globs_expand_sorted(corpus: Path, pattern: str, expected: list[str]) -> None:
    assert texts(list(read_sources([str(corpus / pattern)]))) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", ("text", None)), ("a.TEXT", ("text", None)), ("README", ("text", None)),
        ("a.jsonl", ("jsonl", None)), ("a.ndjson", ("jsonl", None)), ("a.json-lines", ("jsonl", None)),
        ("a.jsonl.gz", ("jsonl", ".gz")), ("a.txt.gz", ("text", ".gz")), ("a.gz", ("text", ".gz")),
        ("a.html", ("html", None)), ("a.warc.gz", ("warc", ".gz")), ("a.csv", ("csv", None)),
        ("a.json", (None, None)), ("a.pdf", (None, None)),
    ],
)
def test_sources_format_comes_from_suffixes(name: str, expected: tuple[str | None, str | None]) -> None:
    assert format_of(Path(name)) == expected


def test_sources_forced_format_wins_over_suffix(tmp_path: Path) -> None:
    path = tmp_path / "feed.log"
    path.write_bytes(jsonl("Theta talks."))
    assert texts(list(read_sources([str(path)], format="jsonl"))) == ["Theta talks."]
    assert texts(list(read_sources([str(path)]))) == ["EM011"]


def test_sources_unknown_forced_format_is_refused_at_once() -> None:
    with pytest.raises(InputError) as caught:
        read_sources(["x"], format="pdf")
    assert caught.value.code == "EM011"


def test_sources_unreadable_paths_fail_and_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(b"Iota arrived.")
    truncated = tmp_path / "cut.txt.gz"
    truncated.write_bytes(gzip.compress(b"Kappa left. " * 50)[:-12])
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = list(read_sources([str(tmp_path / "missing.txt"), str(truncated), str(empty), str(good)]))
    assert texts(results) == ["EM008", "EM008", "EM001", "Iota arrived."]
    assert [result.doc_id for result in results[:3]] == [
        str(tmp_path / "missing.txt"), str(truncated), str(empty),
    ]


def test_sources_options_reach_the_readers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"date 2021-12-29\nLambda met.")
    (tmp_path / "b.jsonl").write_bytes(b'{"body": "Mu met.", "day": "2022-01-01"}\n')
    options = ReadOptions(date=dt.date(2020, 5, 5), text_field="body", date_field="day")
    results = list(read_sources([str(tmp_path)], options=options))
    assert [(result.text, result.date) for result in results] == [  # type: ignore[union-attr]
        ("date 2021-12-29\nLambda met.", dt.date(2020, 5, 5)), ("Mu met.", dt.date(2020, 5, 5)),
    ]


def test_sources_oversized_file_fails_with_its_first_bytes(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"Nu spoke. " * 100)
    (failure,) = read_sources([str(tmp_path / "big.txt")], options=ReadOptions(max_bytes=50))
    assert isinstance(failure, Failure) and failure.code == "EM004" and len(failure.raw) == 51


@pytest.mark.parametrize(
    ("stdin", "format", "expected"),
    [
        (b"date 2021-12-29\nXi met Omicron.", None, ["date 2021-12-29\nXi met Omicron."]),
        (b'  {"text": "Pi met."}\n{"text": "Rho met."}\n', None, ["Pi met.", "Rho met."]),
        (b'{"text": "Pi met."}', "text", ['{"text": "Pi met."}']),
        (b"", None, ["EM001"]),
    ],
)
def test_sources_stdin_read_and_sniffed(
    monkeypatch: pytest.MonkeyPatch, stdin: bytes, format: str | None, expected: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    results = list(read_sources(["-"], format=format))
    assert texts(results) == expected
    assert all(result.source == "<stdin>" for result in results if isinstance(result, Document))


def test_sources_stream_lazily(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Sigma met.")
    stream = read_sources([str(tmp_path / "a.txt"), str(tmp_path / "later.txt")])
    assert texts([next(stream)]) == ["Sigma met."]
    (tmp_path / "later.txt").write_bytes(b"Tau met.")
    assert texts(list(stream)) == ["Tau met."]
