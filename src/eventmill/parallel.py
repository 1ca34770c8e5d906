"""Code a stream of documents on several processes, in input order, in constant memory.

spaCy's parse is CPU-bound and holds the GIL, so threads do not help: each worker process
builds its own Pipeline once (model, dictionaries, gazetteer) and codes chunks of documents.
The parent reads input lazily and keeps at most `window` chunks in flight, so memory stays
flat however long the corpus; results are yielded strictly in the order the documents came.
Small inputs never pay for worker start-up: if the stream ends before there is work for
every worker, it is coded in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import chain, islice

from eventmill.errors import EventmillError
from eventmill.model import Article, Document, Failure
from eventmill.pipeline import Pipeline
from eventmill.settings import Settings

# Documents per task: large enough that pickling and scheduling cost little next to parsing,
# small enough that one slow chunk does not leave the other workers idle for long.
DEFAULT_CHUNK_SIZE = 16
# Chunks in flight per worker: one being coded, one queued so the worker never waits.
CHUNKS_PER_WORKER = 2
# How often a chunk is sent again after the worker coding it died, before it counts as failed.
MAX_ATTEMPTS = 2
# How often a worker checks that the process that started it is still alive.
PARENT_CHECK_SECONDS = 1.0
# Read by OpenBLAS, MKL and OpenMP when a process starts.
MATHS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def extract_parallel(documents: Iterable[Document | Failure], *, workers: int,
                     settings: Settings = Settings(),
                     chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[Article]:
    """Coded Articles in input order, parsed by `workers` processes.

    Args:
        documents: read Documents (and read Failures, passed through as failed Articles).
        workers: number of processes; 1 codes in this process.
        chunk_size: documents sent to a worker at once.

    Yields:
        One Article per input item, in input order, exactly as `Pipeline.pipe` would give.
    """
    stream = iter(documents)
    head = list(islice(stream, chunk_size * workers))
    if workers <= 1 or len(head) < chunk_size * workers:
        yield from Pipeline.from_settings(settings).pipe(chain(head, stream))
        return
    chunks = _chunks(chain(head, stream), chunk_size)
    with _WorkerPool(workers, settings) as pool:
        in_flight: deque[_Task] = deque()
        for chunk in chunks:
            in_flight.append(pool.submit(chunk))
            if len(in_flight) >= workers * CHUNKS_PER_WORKER:
                yield from pool.result(in_flight)
        while in_flight:
            yield from pool.result(in_flight)


@dataclass
class _Task:
    chunk: list[Document | Failure]
    future: Future[list[Article]]
    attempt: int = 1


class _WorkerPool:
    """A process pool that survives a worker's death by starting again and resending its work.

    When a worker dies (killed, or out of memory) every chunk in flight is lost with it; they are
    sent again to a new pool. A chunk lost `MAX_ATTEMPTS` times is recorded as failures (EM016)
    so one document that kills its worker cannot stop the run.
    """

    def __init__(self, workers: int, settings: Settings) -> None:
        self.workers = workers
        self.settings = settings
        self._maths = ExitStack()
        self.executor: ProcessPoolExecutor

    def __enter__(self) -> _WorkerPool:
        # Workers spawn on demand, so the variables stay set while the pool lives.
        self._maths.enter_context(_single_threaded_maths())
        self.executor = self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self._maths.close()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # no fork of a parent holding threads or a model
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                   initializer=_build_pipeline, initargs=(self.settings, os.getpid()))

    def submit(self, chunk: list[Document | Failure], attempt: int = 1) -> _Task:
        return _Task(chunk, self.executor.submit(_code_chunk, self.settings, chunk), attempt)

    def result(self, in_flight: deque[_Task]) -> list[Article]:
        """The first task's Articles, restarting the pool and resending the work if a worker died."""
        task = in_flight[0]
        try:
            articles = task.future.result()
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            others = list(in_flight)[1:]
            in_flight.clear()
            if task.attempt >= MAX_ATTEMPTS:
                in_flight.extend(self.submit(t.chunk, t.attempt) for t in others)
                return [_worker_died(item, task.attempt) for item in task.chunk]
            # The chunk at the head is the likeliest culprit: only its attempts are counted.
            in_flight.append(self.submit(task.chunk, task.attempt + 1))
            in_flight.extend(self.submit(t.chunk, t.attempt) for t in others)
            return self.result(in_flight)
        in_flight.popleft()
        return articles


def _worker_died(item: Document | Failure, attempts: int) -> Article:
    if isinstance(item, Failure):
        return Article(document=Document(item.doc_id, ""), failures=[item])
    error = EventmillError("EM016", attempts=attempts)
    failure = Failure(item.doc_id, "worker", error.code, error.reason, item.text.encode("utf-8", "surrogatepass"))
    return Article(document=item, failures=[failure])


@contextmanager
def _single_threaded_maths() -> Iterator[None]:
    """Start workers with one BLAS/OpenMP thread each, as the processes already fill the cores.

    A numeric library otherwise gives every process a thread per core, and N workers x N
    threads spinning on N cores is slower than one process.
    """
    saved = {name: os.environ.get(name) for name in MATHS_THREAD_VARIABLES}
    os.environ.update({name: "1" for name in MATHS_THREAD_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _build_pipeline(settings: Settings, parent: int) -> None:
    """Worker initialiser: follow the parent out, then load everything before the first chunk."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    Pipeline.from_settings(settings)


def _exit_with_parent(parent: int) -> None:
    """End this worker when its parent is gone (killed with SIGKILL, it cannot tell us).

    A pool worker waits on a queue whose write end it holds itself, so it never sees the parent
    die; left alone it would live on, holding the parent's stdout open.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _code_chunk(settings: Settings, chunk: list[Document | Failure]) -> list[Article]:
    return list(Pipeline.from_settings(settings).pipe(chunk))


def _chunks(items: Iterator[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    while chunk := list(islice(items, size)):
        yield chunk
