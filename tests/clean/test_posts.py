"""Tests for clean/posts.py: tweet embeds detached with author, handle, date and body."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventmill.clean.posts import detach
from eventmill.clean.segment import paragraphs
from eventmill.model import Post

GOLD_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "dev"

BODY = "Farmers blocked the northern highway for a third day @RoadWatch"


def only_post(text: str) -> Post:
    (post,) = detach(text, paragraphs(text))
    return post


@pytest.mark.parametrize(
    ("residue", "author", "handle", "date"),
    [
        (" pic.twitter.com/Ab12Cd34 — Valley Radio (@ValleyRadio) December 29, 2021",
         "Valley Radio", "@ValleyRadio", dt.date(2021, 12, 29)),
        (" https://t.co/Zx9Yw8 — Valley Radio (@ValleyRadio) December 29, 2021",
         "Valley Radio", "@ValleyRadio", dt.date(2021, 12, 29)),
        (" — Ana María Ruiz (@ana_ruiz) Dec 29, 2021", "Ana María Ruiz", "@ana_ruiz", dt.date(2021, 12, 29)),
        (" – Valley Radio (@ValleyRadio) Sept. 3, 2022", "Valley Radio", "@ValleyRadio", dt.date(2022, 9, 3)),
        (" - Valley Radio (@ValleyRadio) 3 March 2023", "Valley Radio", "@ValleyRadio", dt.date(2023, 3, 3)),
        (" &mdash; Valley Radio (@ValleyRadio) 2023-03-04", "Valley Radio", "@ValleyRadio", dt.date(2023, 3, 4)),
        ("\n— Valley Radio (@ValleyRadio) 9:41 PM · Jan 5, 2024", "Valley Radio", "@ValleyRadio", dt.date(2024, 1, 5)),
        (" https://t.co/Q1 pic.twitter.com/W2 — Valley Radio (@ValleyRadio) June 1, 2020 "
         "https://twitter.com/ValleyRadio/status/1234567890",
         "Valley Radio", "@ValleyRadio", dt.date(2020, 6, 1)),
        (" pic.x.com/W2 — Valley Radio (@ValleyRadio) June 1, 2020 https://x.com/ValleyRadio/status/42",
         "Valley Radio", "@ValleyRadio", dt.date(2020, 6, 1)),
        (" — Valley Radio (@ValleyRadio)", "Valley Radio", "@ValleyRadio", None),
        (" — Valley Radio (@ValleyRadio) February 30, 2021", "Valley Radio", "@ValleyRadio", None),
    ],
)
def test_posts_signature_shapes(residue: str, author: str, handle: str, date: dt.date | None) -> None:
    text = f"Officials gave no details.\n\n{BODY}{residue}\n\nTraffic resumed later."
    post = only_post(text)
    assert (post.author, post.handle, post.date, post.text) == (author, handle, date, BODY)
    assert text[post.body_start : post.body_end] == BODY
    assert text[post.start : post.end] == BODY + residue.rstrip()


@pytest.mark.parametrize(
    "body",
    [
        "A cease-fire - at last - holds in the valley",
        "Crowds gathered — and then dispersed.",
        "Talks resumed (finally) in the capital.",
    ],
)
def test_posts_dashes_and_brackets_in_body_stay_in_body(body: str) -> None:
    text = f"{body} pic.twitter.com/Xy — Jean-Luc Moreau (@jlmoreau) May 2, 2022"
    post = only_post(text)
    assert (post.text, post.author) == (body, "Jean-Luc Moreau")


def test_posts_signature_alone_takes_previous_paragraph_as_body() -> None:
    text = "Intro prose.\n\nThe bridge is closed https://t.co/abc\n\n— City Desk (@CityDesk) April 4, 2022\n\nMore prose."
    post = only_post(text)
    assert post.text == "The bridge is closed"
    assert text[post.start : post.end] == "The bridge is closed https://t.co/abc\n\n— City Desk (@CityDesk) April 4, 2022"


@pytest.mark.parametrize(
    "text",
    [
        "The minister - speaking in Lagos - denied it.",
        "Follow the reporter — Kim Lee (@kimlee) — for updates on the talks.",
        "Protesters chanted outside the ministry on December 29, 2021.",
        "The account (@CityDesk) posted a video pic.twitter.com/abc",
        "— Kim Lee (@kimlee) December 29, 2021",
        "Text — Kim Lee (@kimlee) Smarch 29, 2021",
    ],
)
def test_posts_none_in_plain_prose(text: str) -> None:
    assert detach(text, paragraphs(text)) == []


def test_posts_several_in_text_order() -> None:
    text = (
        "First body here pic.twitter.com/a — One (@one) May 1, 2022\n\n"
        "Prose between.\n\n"
        "Second body here https://t.co/b — Two (@two) May 2, 2022"
    )
    posts = detach(text, paragraphs(text))
    assert [(post.handle, post.text) for post in posts] == [("@one", "First body here"), ("@two", "Second body here")]


def gold_posts(name: str) -> list[tuple[str, list[Post], list[dict[str, str]]]]:
    rows = []
    for raw in (GOLD_DEV / name).read_bytes().splitlines():
        record = json.loads(raw)
        rows.append((record["text"], detach(record["text"], paragraphs(record["text"])), record.get("posts", [])))
    return rows


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared gold files are absent")
def test_posts_seed_has_two_posts() -> None:
    ((_, posts, _),) = gold_posts("seed.jsonl")
    assert [(post.handle, post.date) for post in posts] == [
        ("@TRTWorldNow", dt.date(2021, 12, 29)), ("@MRN1SA", dt.date(2021, 12, 29)),
    ]


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared gold files are absent")
@pytest.mark.parametrize("name", ["seed.jsonl", "articles.jsonl"])
def test_posts_match_gold_annotations(name: str) -> None:
    for text, posts, gold in gold_posts(name):
        found = [(post.author, post.handle, str(post.date)) for post in posts]
        assert found == [(item["author"], item["handle"], item["date"]) for item in gold]
        assert all(post.text.startswith(item["starts"]) for post, item in zip(posts, gold))
        assert all(text[post.body_start : post.body_end] == post.text for post in posts)
