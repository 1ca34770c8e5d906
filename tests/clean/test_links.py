"""Tests for clean/links.py: links and space trimmed from the edges of a span only."""

from __future__ import annotations

import pytest

from eventmill.clean.links import strip_space, trim_links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/story Police fired tear gas. pic.twitter.com/abc", "Police fired tear gas."),
        ("Police fired tear gas. https://t.co/a\nhttps://t.co/b ", "Police fired tear gas."),
        ("  t.co/abc pic.x.com/def Police withdrew.", "Police withdrew."),
        ("See https://example.org/story for details.", "See https://example.org/story for details."),
        ("Posted at microsoft.co/x", "Posted at microsoft.co/x"),
        ("https://t.co/abc pic.twitter.com/def", ""),
    ],
)
def test_links_trimmed_at_edges(text: str, expected: str) -> None:
    span = trim_links(text, 0, len(text))
    assert text[span.start : span.end] == expected


def test_links_trimmed_within_given_bounds() -> None:
    text = "Before. Quiet now https://t.co/x — After."
    span = trim_links(text, 8, text.index(" —"))
    assert text[span.start : span.end] == "Quiet now"


@pytest.mark.parametrize(("text", "expected"), [("  a b \n", "a b"), ("   ", ""), ("x", "x")])
def test_links_strip_space(text: str, expected: str) -> None:
    span = strip_space(text, 0, len(text))
    assert text[span.start : span.end] == expected and span.end >= span.start
