"""--workers: several processes, input order kept, input read lazily, small inputs in-process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventmill import parallel
from eventmill.model import Document, Failure
from eventmill.output.contract import records
from eventmill.parallel import CHUNKS_PER_WORKER, extract_parallel
from eventmill.pipeline import Pipeline
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


def _documents(copies: int) -> list[Document | Failure]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    documents: list[Document | Failure] = [
        Document(f"doc-{copy}-{number}", text) for copy in range(copies) for number, text in enumerate(texts)
    ]
    documents.insert(1, Failure(doc_id="unreadable", stage="read", code="EM003", reason="EM003: binary"))
    return documents


def test_parallel_two_workers_give_the_single_process_articles_in_input_order() -> None:
    documents = _documents(copies=2)
    expected = [(a.doc_id, records(a), [f.code for f in a.failures]) for a in Pipeline.from_settings().pipe(documents)]
    coded = list(extract_parallel(documents, workers=2, chunk_size=1))
    assert [(a.doc_id, records(a), [f.code for f in a.failures]) for a in coded] == expected
    assert any(records(a) for a in coded)


def test_parallel_reads_input_only_a_bounded_window_ahead() -> None:
    pulled: list[str] = []

    def stream() -> Iterator[Document | Failure]:
        for document in _documents(copies=4):
            pulled.append(document.doc_id)
            yield document

    coded = extract_parallel(stream(), workers=2, chunk_size=1)
    first = next(coded)
    window = 2 * CHUNKS_PER_WORKER + 1  # chunks in flight, plus the one being submitted
    assert first.doc_id == "doc-0-0"
    assert len(pulled) <= window
    assert len(pulled) < len(_documents(copies=4))
    assert len(list(coded)) == len(_documents(copies=4)) - 1


@pytest.mark.parametrize("workers", [1, 4])
def test_parallel_small_input_is_coded_in_process(workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started for an input smaller than one chunk per worker")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    documents = _documents(copies=1)
    assert [a.doc_id for a in extract_parallel(documents, workers=workers, chunk_size=2)] == [
        d.doc_id for d in documents
    ]


def test_parallel_a_killed_worker_loses_no_document() -> None:
    import multiprocessing
    import os
    import signal

    documents = _documents(copies=3)
    expected = [(a.doc_id, records(a)) for a in Pipeline.from_settings().pipe(documents)]
    coded = []
    for article in extract_parallel(documents, workers=2, chunk_size=1):
        if not coded:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
        coded.append(article)
    assert [(a.doc_id, records(a)) for a in coded] == expected


def test_parallel_a_chunk_that_keeps_killing_its_worker_becomes_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    class DyingFuture:
        def result(self) -> list:
            raise BrokenProcessPool("worker died")

    pool = parallel._WorkerPool.__new__(parallel._WorkerPool)
    pool.workers, pool.settings = 1, None

    class Executor:
        def submit(self, *args: object) -> DyingFuture:
            return DyingFuture()

        def shutdown(self, **kwargs: object) -> None:
            pass

    pool.executor = Executor()
    monkeypatch.setattr(pool, "_start", lambda: Executor())
    chunk = [Document("poison", "Rebels attacked a base.")]
    from collections import deque

    in_flight = deque([pool.submit(chunk)])
    articles = pool.result(in_flight)
    assert [(a.doc_id, a.failures[0].code, a.failures[0].stage) for a in articles] == [("poison", "EM016", "worker")]
    assert not in_flight


def test_parallel_workers_exit_when_their_parent_is_killed(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "parent.py"
    script.write_text(
        "import multiprocessing, sys, time\n"
        "from eventmill.model import Document\n"
        "from eventmill.parallel import extract_parallel\n"
        "docs = [Document(f'd{i}', 'Rebels attacked an army base on Sunday.') for i in range(200)]\n"
        "for n, article in enumerate(extract_parallel(docs, workers=2, chunk_size=1)):\n"
        "    if n == 0:\n"
        "        print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "        time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert workers
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 30
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = [pid for pid in workers if os.path.exists(f"/proc/{pid}") and "zombie" not in _state(pid)]
    assert not alive, f"workers outlived their killed parent: {alive}"


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((line for line in status if line.startswith("State:")), "").lower()
    except OSError:
        return "zombie"
