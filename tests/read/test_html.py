from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventmill.errors import InputError
from eventmill.model import Document, Failure
from eventmill.read.html import publication_date, read_html
from eventmill.read.sources import ReadOptions, read_sources
from tests.read.pages import ARTICLE_PARAGRAPHS, BOILERPLATE, EMPTY_PAGE, news_page


def test_html_keeps_the_article_and_drops_the_boilerplate() -> None:
    document = read_html(news_page(), source="page.html")
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in document.text
    for chrome in BOILERPLATE:
        assert chrome not in document.text
    assert document.title == "Norway and Chile hold fishing talks"
    assert document.source == "page.html"


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    document = read_html(news_page(), source="page.html")
    assert "\n\n".join(ARTICLE_PARAGRAPHS) in document.text


@pytest.mark.parametrize(
    ("published", "given", "expected"),
    [
        ("2023-04-03", None, dt.date(2023, 4, 3)),
        (None, None, None),  # the footer's copyright year is not a publication date
        ("2023-04-03", dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
    ],
)
def test_html_publication_date_comes_from_markup_unless_given(
    published: str | None, given: dt.date | None, expected: dt.date | None
) -> None:
    assert read_html(news_page(published=published), source="p", date=given).date == expected


def test_html_publication_date_of_a_page_without_markup_is_none() -> None:
    assert publication_date("<html><body><p>Nothing dated here.</p></body></html>") is None


def test_html_same_article_gets_the_same_content_id_whatever_the_page_chrome() -> None:
    first = read_html(news_page(), source="a.html")
    second = read_html(news_page().replace(b"Soup", b"Bread"), source="b.html")
    assert first.doc_id == second.doc_id


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (EMPTY_PAGE, "EM001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "EM003"),
        (b"<html>" + b"x" * 300 + b"</html>", "EM004"),
    ],
)
def test_html_bad_pages_are_refused_with_a_code(raw: bytes, code: str) -> None:
    with pytest.raises(InputError) as caught:
        read_html(raw, source="bad.html", max_bytes=200)
    assert caught.value.code == code


def test_html_files_are_read_through_sources_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "story.htm").write_bytes(news_page())
    (tmp_path / "empty.html").write_bytes(EMPTY_PAGE)
    found = list(read_sources([str(tmp_path)], options=ReadOptions()))
    assert [type(item) for item in found] == [Failure, Document]
    assert isinstance(found[1], Document) and found[1].date == dt.date(2023, 4, 3)
