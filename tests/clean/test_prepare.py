"""Tests for clean/__init__.py `prepare`: a Document becomes an Article ready for language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventmill.clean import prepare
from eventmill.model import Document
from eventmill.read.jsonl import read_jsonl

GOLD_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "dev"
RESIDUE = ("pic.twitter.com", "t.co/", "(@")


def test_prepare_fills_paragraphs_posts_and_segments() -> None:
    text = (
        " date 2022-06-01 Ministers met in Geneva.\n\n"
        "We welcome today's talks pic.twitter.com/Kp — Peace Office (@PeaceOffice) June 1, 2022\n\n"
        "A second round is planned."
    )
    article = prepare(Document("d1", text, dt.date(2022, 6, 1)))
    assert len(article.paragraphs) == 3
    assert [(post.handle, post.text) for post in article.posts] == [("@PeaceOffice", "We welcome today's talks")]
    assert [text[segment.start : segment.end] for segment in article.segments] == [
        "Ministers met in Geneva.", "We welcome today's talks", "A second round is planned.",
    ]
    assert [(segment.paragraph, segment.post) for segment in article.segments] == [(0, None), (1, 0), (2, None)]


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared gold files are absent")
@pytest.mark.parametrize("name", ["seed.jsonl", "articles.jsonl", "muc4_dev.jsonl"])
def test_prepare_gold_segments_hold_no_embed_residue(name: str) -> None:
    with (GOLD_DEV / name).open("rb") as lines:
        for document in read_jsonl(lines, source=name):
            assert isinstance(document, Document)
            article = prepare(document)
            pieces = [document.text[segment.start : segment.end] for segment in article.segments]
            assert pieces and all(piece and piece == piece.strip() for piece in pieces)
            assert not [piece for piece in pieces if any(mark in piece for mark in RESIDUE)]
            assert not any(piece.startswith("date ") for piece in pieces)


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared gold files are absent")
def test_prepare_seed_posts_are_segments_of_their_own() -> None:
    with (GOLD_DEV / "seed.jsonl").open("rb") as lines:
        (document,) = read_jsonl(lines, source="seed.jsonl")
    assert isinstance(document, Document)
    article = prepare(document)
    post_segments = [segment for segment in article.segments if segment.post is not None]
    assert [segment.post for segment in post_segments] == [0, 1]
    assert [(segment.start, segment.end) for segment in post_segments] == [
        (post.body_start, post.body_end) for post in article.posts
    ]


@pytest.mark.parametrize(
    "text",
    ["Calm." + " " * 100_000 + "Unrest.", "Calm. —" + " " * 100_000 + "Unrest.", "https://t.co/a " * 30_000 + "Calm."],
)
def test_prepare_stays_linear_on_long_runs(text: str) -> None:
    segments = prepare(Document("d1", text)).segments
    assert [text[segment.start : segment.end].split()[-1] for segment in segments][-1] in {"Unrest.", "Calm."}
