"""The deduplication corpus, coded once per session by the real extractor."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventmill.api import extract_many
from eventmill.dedup import Report, reports_from_article
from eventmill.model import Document

CORPUS = Path(__file__).parent / "corpus"


def corpus_rows(name: str) -> list[dict[str, Any]]:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def code_rows(rows: list[dict[str, Any]]) -> dict[str, list[Report]]:
    """Each article's reports (doc_id → reports), coded by the full pipeline."""
    documents = [Document(r["doc_id"], r["text"], dt.date.fromisoformat(r["date"]), r["source"]) for r in rows]
    return {article.doc_id: reports_from_article(article) for article in extract_many(documents)}


@pytest.fixture(scope="session")
def corpus_answer() -> dict[str, str]:
    """doc_id → the event the article was written about."""
    return {row["doc_id"]: row["event"] for row in corpus_rows("articles.jsonl") + corpus_rows("distractors.jsonl")}


@pytest.fixture(scope="session")
def corpus_reports() -> dict[str, list[Report]]:
    return code_rows(corpus_rows("articles.jsonl"))


@pytest.fixture(scope="session")
def distractor_reports() -> dict[str, list[Report]]:
    return code_rows(corpus_rows("distractors.jsonl"))
