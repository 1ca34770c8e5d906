"""A batch of hostile documents completes: each is recorded as a failure or coded (issue 9).

A 20 MB "article", one of 200,000 one-letter tokens and a binary blob sit in one folder with
an ordinary article. The run must go on past each, record the ones it refuses with their
code, and still code the ordinary one. Wall time is printed for the record, never asserted:
timing belongs in benchmarks, not in pass/fail tests.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from eventmill.api import extract_many
from eventmill.read.sources import ReadOptions, read_sources
from eventmill.settings import Settings
from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.model, pytest.mark.slow]

TWENTY_MB = 20 * 1024 * 1024
SENTENCE = "Rebels attacked a convoy near the border on Monday, officials said.\n\n"


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    repeats = TWENTY_MB // len(SENTENCE) + 1
    (folder / "a-huge.txt").write_text(SENTENCE * repeats, encoding="utf-8")
    chance = random.Random(9)
    (folder / "b-tokens.txt").write_text(
        " ".join(chance.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(200_000)), encoding="utf-8"
    )
    (folder / "c-binary.txt").write_bytes(bytes(chance.randrange(256) for _ in range(50_000)))
    shutil.copy(EXAMPLES / "border-clash.txt", folder / "d-ordinary.txt")
    return folder


def test_hostile_batch_completes_with_each_document_failed_or_coded(
    hostile_folder: Path, validate_records: object, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings()
    started = time.perf_counter()
    documents = read_sources([str(hostile_folder)], options=ReadOptions(max_bytes=settings.max_bytes))
    articles = {Path(article.document.source or article.doc_id).name: article
                for article in extract_many(documents, settings=settings)}
    elapsed = time.perf_counter() - started

    assert sorted(articles) == ["a-huge.txt", "b-tokens.txt", "c-binary.txt", "d-ordinary.txt"]
    huge, tokens, binary, ordinary = (articles[name] for name in sorted(articles))
    assert [failure.code for failure in huge.failures] == ["EM004"]
    assert [failure.code for failure in binary.failures] == ["EM003"]
    assert len(huge.failures[0].raw) == settings.max_bytes + 1  # read up to the limit, kept
    assert tokens.sentences or tokens.failures  # parsed, or refused with a reason
    assert all(failure.code != "EM009" for failure in tokens.failures)
    assert not ordinary.failures and ordinary.events
    for article in (tokens, ordinary):
        validate_records(article)  # type: ignore[operator]
    with capsys.disabled():
        outcome = ", ".join(failure.reason for failure in tokens.failures) or f"{len(tokens.sentences)} sentences"
        print(f"\nhostile batch (20 MB, 200,000 tokens, binary, ordinary): {elapsed:.1f} s; tokens: {outcome}")
