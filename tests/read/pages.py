"""Hand-written HTML pages and WARC crawls for reader tests: boilerplate around a short article."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_PARAGRAPHS = (
    "The foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing quotas, officials said.",
    "Both ministers agreed to hold further talks in Santiago next month, according to a joint statement.",
)
# A page with no article at all: a sign-in screen of scripts and images.
EMPTY_PAGE = b'<html><head><title>Sign in</title></head><body><script>var tracking = 1;</script><img src="/a.png"></body></html>'
BOILERPLATE = ("Subscribe to our newsletter", "Most read: Ten recipes for a cold evening",
               "Copyright 2019 Example Daily. All rights reserved.")


def news_page(*, title: str = "Norway and Chile hold fishing talks", published: str | None = "2023-04-03",
              paragraphs: tuple[str, ...] = ARTICLE_PARAGRAPHS) -> bytes:
    """A news page: navigation, a dated article, a sidebar and a footer."""
    meta = f'<meta property="article:published_time" content="{published}T09:30:00Z">' if published else ""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html><html><head><title>{title} | Example Daily</title>{meta}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">{BOILERPLATE[0]}</a></nav></header>
<main><article><h1>{title}</h1>{body}</article></main>
<aside><h3>{BOILERPLATE[1]}</h3><ul><li><a href="/a">Soup</a></li><li><a href="/b">Stew</a></li></ul></aside>
<footer><p>{BOILERPLATE[2]}</p></footer></body></html>""".encode()


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gzip: bool = True) -> Path:
    """Write a crawl: for each (url, payload, content type) a request record and a response record."""
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=gzip)
        for url, payload, content_type in pages:
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))
    return path
