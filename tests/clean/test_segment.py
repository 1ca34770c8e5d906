"""Tests for clean/segment.py: paragraphs, prose and post segments, long-paragraph cuts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventmill.clean.posts import detach
from eventmill.clean.segment import paragraphs, segments, split_long
from eventmill.model import Segment, Span

EMBED_TEXT = (
    " date 2022-04-05 The governor met union leaders on Monday, local radio reported.\n\n"
    "Dock workers walked out at dawn @PortUnion pic.twitter.com/Qw3 — Port Union (@PortUnion) April 4, 2022\n\n"
    "The governor said talks would continue. https://t.co/Zz9\n\n"
    "Strike called off — for now https://t.co/Rr1 — Harbour News (@HarbourNews) Apr 5, 2022"
)


def texts_of(text: str, spans: list[Span] | list[Segment]) -> list[str]:
    return [text[span.start : span.end] for span in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("  One.\nstill one.  \n \t\n\n  Two.\n", ["One.\nstill one.", "Two."]),
        ("One.\r\n\r\nTwo.", ["One.", "Two."]),
        (" date 2021-12-29 One.\n\nTwo.", ["One.", "Two."]),
        ("date 2021-12-29\nOne.\n\nTwo.", ["One.", "Two."]),
        ("date 2021-12-29\n\nOne.", ["One."]),
        ("date night ended early.\n\nTwo.", ["date night ended early.", "Two."]),
        ("\n\n\n", []),
    ],
)
def test_segment_paragraphs_split_on_blank_lines(text: str, expected: list[str]) -> None:
    assert texts_of(text, paragraphs(text)) == expected


def test_segment_prose_and_posts_without_residue() -> None:
    found_paragraphs = paragraphs(EMBED_TEXT)
    found = segments(EMBED_TEXT, found_paragraphs, detach(EMBED_TEXT, found_paragraphs))
    assert texts_of(EMBED_TEXT, found) == [
        "The governor met union leaders on Monday, local radio reported.",
        "Dock workers walked out at dawn @PortUnion",
        "The governor said talks would continue.",
        "Strike called off — for now",
    ]
    assert [(segment.paragraph, segment.post) for segment in found] == [(0, None), (1, 0), (2, None), (3, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("MANILA, June 18 (Reuters) - Troops boarded a boat.\n\nTalks went on.",
     ["MANILA, June 18 (Reuters) -", "Troops boarded a boat.", "Talks went on."]),
    ("LIMA, 12 Mar 89 (EFE) -- [TEXT] Gunmen shot a judge.", ["LIMA, 12 Mar 89 (EFE) --", "[TEXT] Gunmen shot a judge."]),
    ("HARBOUR CITY (Wire) - Police used tear gas.", ["HARBOUR CITY (Wire) -", "Police used tear gas."]),
    # no dated day, no capitals and agency: "Paris, France and Spain…" is a sentence
    ("Paris, France and Spain - all three - signed the pact.", ["Paris, France and Spain - all three - signed the pact."]),
])
def test_segment_a_wire_dateline_is_a_segment_of_its_own(text: str, expected: list[str]) -> None:
    found_paragraphs = paragraphs(text)
    assert texts_of(text, segments(text, found_paragraphs, [])) == expected


def test_segment_prose_around_embed_in_one_paragraph() -> None:
    text = "Before the embed. Quiet streets now — Town Desk (@TownDesk) May 1, 2022"
    post = detach(text, paragraphs(text))[0]
    before = "Before the embed. "
    moved = replace(post, text="Quiet streets now", start=len(before), body_start=len(before))
    found = segments(text, paragraphs(text), [moved])
    assert texts_of(text, found) == ["Before the embed.", "Quiet streets now"]
    assert [segment.post for segment in found] == [None, 0]


def test_segment_prose_after_embed_in_same_paragraph() -> None:
    text = "Calm returned pic.twitter.com/x — Desk (@Desk) May 1, 2022"
    post = detach(text, paragraphs(text))[0]
    extended = text + "\nOfficials later confirmed the arrests."
    found = segments(extended, paragraphs(extended), [post])
    assert texts_of(extended, found) == ["Calm returned", "Officials later confirmed the arrests."]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("https://example.org/story Police fired tear gas. pic.twitter.com/abc", "Police fired tear gas."),
        ("See https://example.org/story for details.", "See https://example.org/story for details."),
    ],
)
def test_segment_trims_links_at_prose_edges(paragraph: str, expected: str) -> None:
    assert texts_of(paragraph, segments(paragraph, paragraphs(paragraph), [])) == [expected]


def test_segment_link_only_paragraph_gives_no_segment() -> None:
    text = "Prose.\n\nhttps://t.co/abc pic.twitter.com/def\n\nMore."
    found = segments(text, paragraphs(text), [])
    assert [(segment.paragraph, text[segment.start : segment.end]) for segment in found] == [(0, "Prose."), (2, "More.")]


@pytest.mark.parametrize(
    ("piece", "max_chars"),
    [
        ("The army said the convoy was attacked near the border. ", 200),
        ("Rebels “denied it.” ", 120),
        ("word ", 64),
        ("x", 30),
    ],
)
def test_segment_long_paragraphs_cut_within_limit(piece: str, max_chars: int) -> None:
    text = piece * 40
    pieces = split_long(text, Span(0, len(text.rstrip())), max_chars=max_chars)
    assert len(pieces) > 1
    assert all(0 < span.end - span.start <= max_chars for span in pieces)
    assert "".join(texts_of(text, pieces)).replace(" ", "") == text.replace(" ", "")
    assert all(not text[span.start].isspace() and not text[span.end - 1].isspace() for span in pieces)


def test_segment_long_paragraphs_cut_at_sentence_ends() -> None:
    sentence = "Troops moved toward the river at dawn, officials said. "
    text = (sentence * 30).rstrip()
    pieces = split_long(text, Span(0, len(text)), max_chars=500)
    assert all(text[span.end - 1] == "." for span in pieces)


def test_segment_long_paragraph_becomes_several_segments_of_one_paragraph() -> None:
    text = "Short one.\n\n" + "A long sentence about the ongoing negotiations in the capital. " * 200
    found = segments(text, paragraphs(text), [], max_chars=1000)
    assert len(found) > 10
    assert {segment.paragraph for segment in found[1:]} == {1}
