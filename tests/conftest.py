"""Shared fixtures: hand-built parses for unit tests, the real model for end-to-end tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "dev"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def blank_nlp() -> Any:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def nlp() -> Any:
    from eventmill.language.nlp import load

    return load()


@pytest.fixture(scope="session")
def make_parsed(blank_nlp: Any) -> Any:
    """Build a Doc by hand: words, head indices, dependency labels, coarse POS, optional lemmas."""

    def build(words: Sequence[str], heads: Sequence[int], deps: Sequence[str], pos: Sequence[str],
              lemmas: Sequence[str] | None = None, ents: Sequence[str] | None = None) -> Doc:
        return Doc(blank_nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
                   lemmas=list(lemmas) if lemmas else [w.lower() for w in words],
                   ents=list(ents) if ents else None, sent_starts=[True] + [False] * (len(words) - 1))

    return build


def gold_documents(name: str) -> list[dict[str, Any]]:
    """Documents of a gold set in ../shared; the calling test is skipped when it is absent."""
    path = GOLD / name
    if not path.exists():
        pytest.skip(f"gold set {path} not available (../shared is absent)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return gold_documents("seed.jsonl")[0]


@pytest.fixture(scope="session")
def validate_records() -> Any:
    """Contract records of an Article, every kind checked against its JSON Schema.

    Call it with a coded Article; it returns {"events": [...], "quotes": [...], "posts": [...]}
    and raises `ContractError` naming the first record and field that break the contract.
    """
    from eventmill.output.contract import records
    from eventmill.output.validate import SCHEMA_FILES, validate

    def check(article: Any) -> dict[str, list[dict[str, Any]]]:
        found = {kind: records(article, kind) for kind in SCHEMA_FILES}
        for kind, rows in found.items():
            for row in rows:
                validate(row, kind)
        return found

    return check
