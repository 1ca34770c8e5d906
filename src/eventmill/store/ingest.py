"""Code documents and store them in batches, skipping what the store already holds.

This is the library side of `eventmill ingest`: it returns a report and calls back, and never
prints. Documents whose id and text are already stored are not coded again, which makes a
second ingest of the same files cheap and lets a killed ingest resume where its last committed
batch ended.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventmill.api import extract_many
from eventmill.model import Article, Document, Failure
from eventmill.settings import Settings
from eventmill.store.duckdb import BatchResult, Store

DEFAULT_BATCH_SIZE = 50


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did.

    Attributes:
        stored: documents coded and written (new or changed).
        unchanged: documents skipped because the store already held them with the same text.
        failed: documents (or inputs) that failed, each now a failures row.
        events: events written.
    """

    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0

    def add(self, batch: BatchResult) -> IngestReport:
        return IngestReport(stored=self.stored + batch.documents, unchanged=self.unchanged,
                            failed=self.failed + batch.failures, events=self.events + batch.events)


def ingest(
    items: Iterable[Document | Failure],
    store: Store,
    *,
    settings: Settings = Settings(),
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_failure: Callable[[Failure], None] | None = None,
    on_commit: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Code the documents that are new or changed and store them, one transaction per batch.

    Args:
        items: documents and read failures, as `read.sources.read_sources` yields them.
        store: where to write.
        settings: pipeline settings.
        batch_size: articles per transaction: smaller loses less work to a crash, larger writes faster.
        on_failure: called with each failure as it is met (the CLI prints a line).
        on_commit: called with the running report after each committed batch.

    Returns:
        The totals of the run.
    """
    skipped = [0]
    report = IngestReport()
    batch: list[Article] = []
    for article in extract_many(_unstored(items, store, skipped), settings=settings):
        for failure in article.failures:
            if on_failure is not None:
                on_failure(failure)
        batch.append(article)
        if len(batch) >= batch_size:
            report = _commit(store, batch, report, on_commit)
    if batch:
        report = _commit(store, batch, report, on_commit)
    return IngestReport(stored=report.stored, unchanged=skipped[0], failed=report.failed, events=report.events)


def _unstored(items: Iterable[Document | Failure], store: Store, skipped: list[int]) -> Iterator[Document | Failure]:
    for item in items:
        if isinstance(item, Document) and store.holds(item):
            skipped[0] += 1
            continue
        yield item


def _commit(store: Store, batch: list[Article], report: IngestReport,
            on_commit: Callable[[IngestReport], None] | None) -> IngestReport:
    report = report.add(store.write(batch))
    batch.clear()
    if on_commit is not None:
        on_commit(report)
    return report
