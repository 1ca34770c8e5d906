"""Exception classes and the one table of coded error messages (EM001 …).

Codes are stable: users grep logs and the failures table for them, so a code never changes
meaning; new failure kinds get new codes.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "EM001": "empty document",
    "EM002": "cannot decode text as {encoding}",
    "EM003": "binary content, not text",
    "EM004": "document larger than the limit of {limit} bytes",
    "EM005": "malformed JSON line: {detail}",
    "EM006": "bad date {value!r}: expected YYYY-MM-DD",
    "EM007": "no text field in record",
    "EM008": "cannot read input: {detail}",
    "EM009": "stage {stage} failed: {detail}",
    "EM010": "data file {path}:{line}: {detail}",
    "EM011": "unknown input format {detail}",
    "EM012": "not English (detected {language})",
    "EM013": "output folder {path} is not empty; give a new or empty folder",
    "EM014": "document too long to analyse: {chars} characters, limit {limit}",
    "EM015": "document exceeded its time budget of {seconds} s in stage {stage}",
    "EM016": "a worker process died while coding this document ({attempts} attempts)",
}


class EventmillError(Exception):
    """An error with a stable code; its message is one line meant for the user."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        super().__init__(f"{code}: {MESSAGES[code].format(**details)}")

    @property
    def reason(self) -> str:
        return str(self)


class InputError(EventmillError):
    """A document that cannot be read: it becomes a Failure and the run goes on."""


class BudgetExceeded(EventmillError):
    """A document that would stall the batch: too long, or too slow to code."""


class DataFileError(EventmillError):
    """A dictionary or lexicon file that does not validate; names the file and line."""
