"""Small corpora written for the store's CLI tests: good articles in every format and every kind of bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.read.pages import news_page, write_warc

ARREST = "Police arrested twelve protesters outside the parliament in Lima on Friday, a spokesman said."
RAID = "Rebels attacked an army base near Goma on Tuesday, killing four soldiers, the army said."
AID = "Kenya sent 200 tonnes of food aid to Somalia on Wednesday."
ARTICLES = {"lima-1": ARREST, "goma-1": RAID, "aid-1": AID}
# Oversized under the tests' --max-bytes 2000, ordinary otherwise.
LONG = " ".join([AID] * 40)
MAX_BYTES = "2000"


def good_lines() -> list[bytes]:
    return [json.dumps({"id": doc_id, "date": "2023-04-08", "text": text}).encode() for doc_id, text in ARTICLES.items()]


# (id, line, code): one line per kind of bad record a JSON Lines file can hold. A line that cannot be
# parsed has no id of its own and is named by its place in `mixed_folder`'s file.
BAD_LINES: tuple[tuple[str, bytes, str], ...] = (
    ("empty", b'{"id": "empty", "text": "   "}', "EM001"),
    ("binary", json.dumps({"id": "binary", "text": "\x01\x02\x03\x04\x05ab"}).encode(), "EM003"),
    ("mixed.jsonl:4", b'{"id": "undecodable", "text": "caf\xe9 \xff"}', "EM002"),
    ("mixed.jsonl:5", json.dumps({"id": "oversized", "text": LONG}).encode(), "EM004"),
    ("mixed.jsonl:7", b'{"id": "truncated", "text": "Rebels att', "EM005"),
    ("bad-date", json.dumps({"id": "bad-date", "date": "2023-02-30", "text": AID}).encode(), "EM006"),
    ("no-text", b'{"id": "no-text", "body": "nothing"}', "EM007"),
)


def mixed_folder(root: Path) -> Path:
    """A folder: a JSON Lines file interleaving good and bad records, plus bad whole files."""
    root.mkdir(parents=True, exist_ok=True)
    good = good_lines()
    lines = [good[0], *(line for _, line, _ in BAD_LINES[:4]), good[1], *(line for _, line, _ in BAD_LINES[4:]), good[2]]
    (root / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "latin.txt").write_bytes(b"date 2023-13-45\nThe caf\xc3\xa9 is open.")  # a bad date header
    return root


def formats_folder(root: Path) -> Path:
    """The same kind of news as text, HTML, a WARC.gz crawl and CSV."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "arrest.txt").write_text(f"date 2023-04-08\n{ARREST}\n", encoding="utf-8")
    (root / "raid.html").write_bytes(news_page(title="Raid near Goma", paragraphs=(RAID,), published="2023-04-06"))
    write_warc(root / "crawl.warc.gz", [("https://example.org/aid", news_page(title="Aid", paragraphs=(AID,),
                                                                              published="2023-04-07"), "text/html")])
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["id", "date", "text"], ["csv-1", "2023-04-08", RAID.replace("Goma", "Bunia")]])
    (root / "table.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return root


def ingested_store(root: Path) -> Path:
    """A store holding the formats folder and the mixed folder (with its failures), built through the library."""
    from eventmill.read.sources import ReadOptions, read_sources
    from eventmill.store.duckdb import Store
    from eventmill.store.ingest import ingest

    db = root / "store.duckdb"
    paths = [str(formats_folder(root / "formats")), str(mixed_folder(root / "mixed"))]
    with Store(db) as store:
        ingest(read_sources(paths, options=ReadOptions(max_bytes=int(MAX_BYTES))), store)
    return db
