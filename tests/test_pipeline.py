"""The pipeline: stage order checks, failures that stay with their document, and budgets."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

import pytest

from eventmill.model import Article, Document, Failure
from eventmill.pipeline import Pipeline, PipelineOrderError
from eventmill.settings import Settings


class Stage:
    """A test stage: optionally slow, optionally failing on one document, optionally batching."""

    def __init__(self, name: str, *, reads: tuple[str, ...] = ("segments",), writes: tuple[str, ...] = ("events",),
                 fail_on: str | None = None, sleep: float = 0.0) -> None:
        self.name, self.reads, self.writes = name, reads, writes
        self.fail_on, self.sleep = fail_on, sleep
        self.seen: list[str] = []

    def __call__(self, article: Article) -> Article:
        self.seen.append(article.doc_id)
        if article.doc_id == self.fail_on:
            raise RuntimeError("boom")
        time.sleep(self.sleep)
        return article


class BatchStage(Stage):
    batch_size = 4

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)


def _documents(*ids: str) -> list[Document]:
    return [Document(doc_id, f"Text of {doc_id}. It has two sentences.") for doc_id in ids]


def test_pipeline_refuses_a_stage_reading_what_nobody_wrote() -> None:
    with pytest.raises(PipelineOrderError, match="events"):
        Pipeline([Stage("reader", reads=("events",))])


def test_pipeline_accepts_reads_of_earlier_writes() -> None:
    Pipeline([Stage("first", writes=("mentions",)), Stage("second", reads=("mentions",))])


@pytest.mark.parametrize("stage_class", [Stage, BatchStage])
def test_pipeline_failure_stays_with_its_document(stage_class: type[Stage]) -> None:
    failing = stage_class("flaky", fail_on="b")
    after = Stage("after")
    articles = list(Pipeline([failing, after]).pipe(_documents("a", "b", "c")))
    assert [a.doc_id for a in articles] == ["a", "b", "c"]
    failure = articles[1].failures[0]
    assert (failure.stage, failure.code) == ("flaky", "EM009") and "boom" in failure.reason
    assert failure.raw == articles[1].text.encode()
    assert after.seen == ["a", "c"]
    assert not articles[0].failures and not articles[2].failures


def test_pipeline_read_failures_pass_through_in_order() -> None:
    bad = Failure("bad", "read", "EM001", "EM001: empty document", b"")
    articles = list(Pipeline([Stage("only")]).pipe([*_documents("a"), bad, *_documents("c")]))
    assert [a.doc_id for a in articles] == ["a", "bad", "c"]
    assert articles[1].failures == [bad]


def test_pipeline_slow_document_exceeds_its_time_budget() -> None:
    class Stall(Stage):
        def __call__(self, article: Article) -> Article:
            if article.doc_id == "b":
                time.sleep(5)
            return article

    pipeline = Pipeline([Stage("quick"), Stall("stall")], settings=Settings(time_budget=0.3))
    articles = list(pipeline.pipe(_documents("a", "b", "c")))
    assert [a.failures[0].code if a.failures else None for a in articles] == [None, "EM015", None]
    assert "stall" in articles[1].failures[0].reason


def test_pipeline_document_over_the_size_cap_is_recorded() -> None:
    pipeline = Pipeline([Stage("only")], settings=Settings(max_chars=100))
    long_text = "A sentence of words. " * 20
    articles = list(pipeline.pipe([Document("long", long_text), *_documents("short")]))
    assert articles[0].failures[0].code == "EM014"
    assert not articles[1].failures
