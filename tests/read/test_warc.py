from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventmill.model import Document, Failure
from eventmill.read.sources import read_sources
from eventmill.read.warc import read_warc
from tests.read.pages import ARTICLE_PARAGRAPHS, EMPTY_PAGE, news_page, write_warc

SECOND_ARTICLE = ("Police in Lima detained twelve protesters outside the congress building on Friday, a spokesman said.",)


def crawl(path: Path, *, gzip: bool) -> Path:
    return write_warc(path, [
        ("https://example.org/world/talks", news_page(), "text/html; charset=utf-8"),
        ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        ("https://example.org/peru", news_page(title="Protest in Lima", paragraphs=SECOND_ARTICLE,
                                                published="2023-05-12"), "text/html"),
        ("https://example.org/empty", EMPTY_PAGE, "text/html"),
    ], gzip=gzip)


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_one_document_per_html_response(tmp_path: Path, name: str, gzip: bool) -> None:
    found = list(read_sources([str(crawl(tmp_path / name, gzip=gzip))]))
    documents = [item for item in found if isinstance(item, Document)]
    assert [d.url for d in documents] == ["https://example.org/world/talks", "https://example.org/peru"]
    assert [d.date for d in documents] == [dt.date(2023, 4, 3), dt.date(2023, 5, 12)]
    assert ARTICLE_PARAGRAPHS[0] in documents[0].text and SECOND_ARTICLE[0] in documents[1].text
    assert all(d.source == str(tmp_path / name) for d in documents)


def test_warc_a_page_without_text_fails_alone_naming_its_url(tmp_path: Path) -> None:
    failures = [item for item in read_sources([str(crawl(tmp_path / "c.warc.gz", gzip=True))])
                if isinstance(item, Failure)]
    assert [(f.doc_id, f.code) for f in failures] == [("https://example.org/empty", "EM001")]
    assert failures[0].raw == EMPTY_PAGE


def test_warc_a_file_that_is_not_a_warc_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a crawl at all\n")
    with path.open("rb") as stream:
        found = list(read_warc(stream, source=str(path)))
    assert [(type(item), getattr(item, "code", None)) for item in found] == [(Failure, "EM008")]
