"""Keep one pathological document from stalling a batch: a size cap and a time limit.

The size cap is checked before parsing (spaCy's cost grows with length). The time limit is
enforced two ways: where the process can take a timer signal (the main thread of the CLI and
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
    """When each article in flight must be done, keyed by the article object."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._due: dict[int, float] = {}

    def start(self, key: object) -> None:
        self._due[id(key)] = time.monotonic() + self.seconds

    def remaining(self, key: object) -> float:
        return self._due.get(id(key), time.monotonic() + self.seconds) - time.monotonic()

    def finish(self, key: object) -> None:
        self._due.pop(id(key), None)
