"""Code documents and store them in batches, skipping what the store already holds.

This is the library side of `eventmill ingest`: it returns a report and calls back, and never
prints. Documents whose id and text are already stored are not coded again, which makes a
second ingest of the same files cheap and lets a killed ingest resume where its last committed
batch ended.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eventmill.errors import InputError
from eventmill.model import Article, Document, Failure
from eventmill.parallel import extract_parallel
from eventmill.read.sources import READERS, ReadOptions, read_sources, sniff_format
from eventmill.settings import Settings
from eventmill.store.duckdb import BatchResult, Store, StoredFailure, failure_id

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


@dataclass(frozen=True)
class RetryReport:
    """What a retry did: failures retried, failures that did not recur, and the ingest of the retried inputs."""

    retried: int
    resolved: int
    ingest: IngestReport


def ingest(
    items: Iterable[Document | Failure],
    store: Store,
    *,
    settings: Settings = Settings(),
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    on_failure: Callable[[Failure], None] | None = None,
    on_commit: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Code the documents that are new or changed and store them, one transaction per batch.

    Args:
        items: documents and read failures, as `read.sources.read_sources` yields them.
        store: where to write.
        settings: pipeline settings.
        batch_size: articles per transaction: smaller loses less work to a crash, larger writes faster.
        workers: processes coding in parallel (input order, and so what each batch holds, is kept).
        on_failure: called with each failure as it is met (the CLI prints a line).
        on_commit: called with the running report after each committed batch.

    Returns:
        The totals of the run.
    """
    skipped = [0]
    report = IngestReport()
    batch: list[Article] = []
    unstored = _unstored(items, store, skipped)
    for article in extract_parallel(unstored, workers=workers, settings=settings):
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


def retry(
    failures: Sequence[StoredFailure],
    store: Store,
    *,
    settings: Settings = Settings(),
    options: ReadOptions = ReadOptions(),
    on_failure: Callable[[Failure], None] | None = None,
) -> RetryReport:
    """Reprocess stored failures (after raising a limit, fixing a file or upgrading eventmill).

    A failed stage is re-run on the stored document. A failed file is read again from disk (the
    user may have fixed it, and a file refused as too large kept only its first bytes). A
    failed JSON line, or a record whose file is gone (a WARC page), is re-read from its kept
    bytes; any other record (a CSV row, meaningless without its header) by re-reading its
    file, which adds nothing already stored. Failures that do not recur are removed; those that
    do stay, with their new reason.

    Returns:
        How many were retried, how many now succeed, and what the ingest of them did.
    """
    new_ids: set[str] = set()

    def remember(failure: Failure) -> None:
        new_ids.add(failure_id(failure))
        if on_failure is not None:
            on_failure(failure)

    items = (item for failure in failures for item in _retry_items(failure, options))
    report = ingest(items, store, settings=settings, on_failure=remember)
    resolved = store.forget_failures(f.failure_id for f in failures if f.failure_id not in new_ids)
    return RetryReport(retried=len(failures), resolved=resolved, ingest=report)


def _retry_items(failure: StoredFailure, options: ReadOptions) -> Iterator[Document | Failure]:
    if failure.stage != "read" and failure.raw is not None:
        yield Document(doc_id=failure.doc_id, text=failure.raw.decode("utf-8", "surrogatepass"), date=failure.date,
                       source=failure.source, url=failure.url, title=failure.title)
        return
    path = _pointed_file(failure.doc_id)
    standalone = failure.raw is not None and sniff_format(failure.raw[:64]) == "jsonl"
    if failure.raw is not None and path != failure.doc_id and (standalone or path is None):
        reader = READERS[sniff_format(failure.raw[:64])]
        for item in reader(io.BytesIO(failure.raw), failure.doc_id, options):
            # The same bad bytes keep their old name, not "name:1", so they stay one failure.
            yield replace(item, doc_id=failure.doc_id) if isinstance(item, Failure) and item.raw == failure.raw else item
    elif path is not None:
        yield from read_sources([path], options=options)
    else:
        yield Failure(doc_id=failure.doc_id, stage="read", code="EM008",
                      reason=InputError("EM008", detail="its file is gone and its bytes were not kept").reason)


def _pointed_file(doc_id: str) -> str | None:
    """The file a failure's id names: the id itself, or its part before ":line"."""
    for candidate in (doc_id, doc_id.rpartition(":")[0]):
        if candidate and Path(candidate).is_file():
            return candidate
    return None
