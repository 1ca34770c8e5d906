"""Keep one pathological document from stalling a batch: a size cap and a time limit.

The size cap is checked before parsing (spaCy's cost grows with length). The time limit counts
only the time spent on the document itself and is enforced two ways: where the process can take a timer signal (the main thread of the CLI and
of each worker process) a stage that overruns is interrupted; everywhere else (threads of a
server or of a Dask worker) the limit is checked between stages.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from eventmill.errors import BudgetExceeded


def can_interrupt() -> bool:
    """Whether a timer signal can interrupt work in this thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float, *, stage: str, budget: float) -> Iterator[None]:
    """Raise BudgetExceeded (EM015) in this block once `seconds` have passed, where possible."""
    if seconds <= 0:
        raise BudgetExceeded("EM015", seconds=budget, stage=stage)
    if not can_interrupt():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded("EM015", seconds=budget, stage=stage)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Deadlines:
    """The time each article in flight has left, charged only for its own stage calls.

    Time an article spends waiting (in a batch behind a long document, in a queue) is not
    held against it; the size cap bounds what one document can cost a shared batch.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._spent: dict[int, float] = {}

    def start(self, key: object) -> None:
        self._spent[id(key)] = 0.0

    def remaining(self, key: object) -> float:
        return self.seconds - self._spent.get(id(key), 0.0)

    @contextmanager
    def charge(self, key: object) -> Iterator[None]:
        """Count the time spent in this block against the article."""
        began = time.monotonic()
        try:
            yield
        finally:
            self._spent[id(key)] = self._spent.get(id(key), 0.0) + time.monotonic() - began

    def finish(self, key: object) -> None:
        self._spent.pop(id(key), None)
