"""Compare what a soak run left in the store, and what its runs said, with what the corpus holds.

Kept apart from the runner, with no model or subprocess, so a test can feed it a doctored
store state and see each check fail: a soak whose checks cannot fail would rot silently.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import duckdb

from soak.corpus import Manifest

# A template's expected type must be among the events of at least this share of its documents.
# The lead sentences are written to be coded that way; the rest is slack for the coder's misses
# (ALL-CAPS wire copy, rarer phrasings), not for a broken stage, which codes none.
MIN_TEMPLATE_HIT_RATE = 0.5
TRACEBACK = "Traceback (most recent call last)"
# The closing line of `eventmill ingest` (cli/ingest.py `summarise`).
SUMMARY = re.compile(r"eventmill: (?P<stored>\d+) documents stored \((?P<events>\d+) events\), "
                     r"(?P<unchanged>\d+) unchanged, (?P<failed>\d+) failed")


@dataclass(frozen=True)
class StoreState:
    """The counts a soak checks, read from the store in one go."""

    documents: frozenset[str]
    failures: tuple[tuple[str, str], ...]  # (doc_id, code) per failures row
    events: int
    event_types: dict[str, frozenset[str]]  # doc_id -> types of its events
    posts: int
    table_counts: dict[str, int]

    @classmethod
    def read(cls, db: Path) -> StoreState:
        with duckdb.connect(str(db), read_only=True) as connection:
            documents = frozenset(row[0] for row in connection.execute("SELECT doc_id FROM documents").fetchall())
            failures = tuple((str(doc_id), str(code)) for doc_id, code in
                             connection.execute("SELECT doc_id, code FROM failures").fetchall())
            types: defaultdict[str, set[str]] = defaultdict(set)
            for doc_id, event_type in connection.execute("SELECT doc_id, type FROM events").fetchall():
                types[doc_id].add(event_type)
            counts = {table: _count(connection, table) for table in
                      ("documents", "events", "actors", "evidence", "quotes", "posts", "failures")}
        return cls(documents=documents, failures=failures, events=counts["events"],
                   event_types={doc_id: frozenset(found) for doc_id, found in types.items()},
                   posts=counts["posts"], table_counts=counts)


def _count(connection: duckdb.DuckDBPyConnection, table: str) -> int:
    found = connection.execute(f"SELECT count(*) FROM {table}").fetchone()  # table: a constant name
    return int(found[0]) if found else 0


@dataclass(frozen=True)
class Summary:
    """The closing line of one `eventmill ingest` run."""

    stored: int
    events: int
    unchanged: int
    failed: int

    @classmethod
    def parse(cls, stderr: str) -> Summary | None:
        found = SUMMARY.search(stderr)
        return cls(**{name: int(value) for name, value in found.groupdict().items()}) if found else None


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str


def _listed(items: object, limit: int = 5) -> str:
    values = sorted(str(item) for item in items)  # type: ignore[attr-defined]
    more = f" (+{len(values) - limit} more)" if len(values) > limit else ""
    return ", ".join(values[:limit]) + more


def check_store(manifest: Manifest, state: StoreState) -> list[Check]:
    """The store holds every good document once, every fault with its code, and plausible events."""
    expected = set(manifest.good)
    missing, extra = expected - state.documents, state.documents - expected
    checks = [Check("documents stored = good documents generated", not missing and not extra,
                    f"{len(state.documents)} stored, {len(expected)} generated; "
                    f"missing: {_listed(missing) or 'none'}; unexpected: {_listed(extra) or 'none'}")]
    wanted = Counter((failure.doc_id, failure.code) for failure in manifest.failures)
    recorded = Counter(state.failures)
    absent, surplus = wanted - recorded, recorded - wanted
    checks.append(Check("failures recorded = faults injected, each with its code", not absent and not surplus,
                        f"{sum(recorded.values())} recorded, {sum(wanted.values())} injected; "
                        f"not recorded: {_listed(absent) or 'none'}; unexpected or repeated: "
                        f"{_listed(surplus) or 'none'}"))
    checks.append(Check("events > 0", state.events > 0, f"{state.events} events"))
    checks.append(Check("posts stored = posts generated", state.posts == manifest.posts,
                        f"{state.posts} stored, {manifest.posts} generated"))
    for template, rate in template_hit_rates(manifest, state).items():
        expected_type = manifest.templates[template]
        checks.append(Check(f"template {template}: {expected_type} coded", rate >= MIN_TEMPLATE_HIT_RATE,
                            f"{rate:.1%} of its documents (at least {MIN_TEMPLATE_HIT_RATE:.0%})"))
    return checks


def template_hit_rates(manifest: Manifest, state: StoreState) -> dict[str, float]:
    """For each template, the share of its documents with an event of its expected type."""
    documents: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for doc_id, template in manifest.good.items():
        documents[template] += 1
        hits[template] += manifest.templates[template] in state.event_types.get(doc_id, frozenset())
    return {template: hits[template] / documents[template] for template in sorted(documents)}


@dataclass(frozen=True)
class Runs:
    """What the soak's ingest runs said, and the store between them.

    Attributes:
        killed_stderr: the killed run's stderr, up to its death.
        at_kill: the store as the killed run left it.
        restart, again: the closing summaries (None when missing) and stderr of the restart and
            of the re-ingest that follows it, which must add nothing.
    """

    killed_stderr: str
    at_kill: StoreState
    restart: Summary | None
    restart_stderr: str
    again: Summary | None
    again_stderr: str
    after_restart: StoreState


def check_runs(manifest: Manifest, runs: Runs, final: StoreState) -> list[Check]:
    """The runs' own summaries agree with the store, and none printed a traceback."""
    injected = len(manifest.failures)
    checks = [Check("no traceback printed", not any(TRACEBACK in text for text in
                                                    (runs.killed_stderr, runs.restart_stderr, runs.again_stderr)),
                    "stderr of the killed run, the restart and the re-ingest")]
    checks.append(Check("the kill left a partial store", 0 < len(runs.at_kill.documents) < len(manifest.good),
                        f"{len(runs.at_kill.documents)} of {len(manifest.good)} documents stored at the kill"))
    restart, again = runs.restart, runs.again
    if restart is None or again is None:
        return [*checks, Check("summary line printed", False, "a run printed no closing summary")]
    after = runs.after_restart
    checks.append(Check(
        "restart: stored + stored before the kill = documents in store",
        len(runs.at_kill.documents) + restart.stored == len(after.documents),
        f"{len(runs.at_kill.documents)} + {restart.stored} vs {len(after.documents)}"))
    checks.append(Check("restart: unchanged = documents stored before the kill",
                        restart.unchanged == len(runs.at_kill.documents),
                        f"{restart.unchanged} vs {len(runs.at_kill.documents)}"))
    checks.append(Check("restart: events + events before the kill = events in store",
                        runs.at_kill.events + restart.events == after.events,
                        f"{runs.at_kill.events} + {restart.events} vs {after.events}"))
    checks.append(Check("restart: failed = faults injected", restart.failed == injected,
                        f"{restart.failed} vs {injected}"))
    checks.append(Check("re-ingest adds nothing", again.stored == 0 and again.events == 0
                        and final.table_counts == after.table_counts,
                        f"stored {again.stored}, events {again.events}; tables "
                        f"{'unchanged' if final.table_counts == after.table_counts else 'changed'}"))
    checks.append(Check("re-ingest: unchanged = good documents, failed = faults injected",
                        again.unchanged == len(manifest.good) and again.failed == injected,
                        f"unchanged {again.unchanged} vs {len(manifest.good)}, failed {again.failed} vs {injected}"))
    return checks
