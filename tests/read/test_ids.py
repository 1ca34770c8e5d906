"""Tests for read/ids.py: content-hash ids that survive invisible differences."""

from __future__ import annotations

import re

import pytest

from eventmill.read.ids import document_id


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Talks resumed.\nBoth sides met.", "Talks resumed.\r\nBoth sides met."),
        ("Talks resumed in Jos\u00e9.", "Talks resumed in Jose\u0301."),
        ("Talks resumed.", "  Talks resumed.\n\n"),
    ],
)
def test_ids_equal_for_invisibly_different_copies(first: str, second: str) -> None:
    assert document_id(first) == document_id(second)


@pytest.mark.parametrize(("first", "second"), [("Talks resumed.", "Talks resumed!"), ("a b", "a  b")])
def test_ids_differ_for_different_texts(first: str, second: str) -> None:
    assert document_id(first) != document_id(second)


def test_ids_have_stable_shape() -> None:
    assert re.fullmatch(r"doc-[0-9a-f]{16}", document_id("Talks resumed."))
    assert document_id("Talks resumed.") == document_id("Talks resumed.")
