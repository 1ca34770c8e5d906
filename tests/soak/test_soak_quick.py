"""A tiny soak (every fault kind, a killed and restarted ingest) and the soak's checks made to fail.

`make soak` runs for hours and is not in CI, so its counting could rot unseen: this runs the
same code on a corpus small enough for `make test`, and feeds the checks doctored store states
and summaries to show each one can fail.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from soak.checks import Runs, StoreState, Summary, check_runs, check_store
from soak.corpus import Manifest, generate
from soak.run import WorkerKill, soak

QUICK_DOCUMENTS = 60
EVERY_FAULT_CODE = {"EM001", "EM002", "EM003", "EM004", "EM005", "EM006", "EM007", "EM012", "EM014"}


@pytest.mark.slow
@pytest.mark.model
def test_soak_quick_run_passes_every_check(tmp_path: Path) -> None:
    report = soak(tmp_path, documents=QUICK_DOCUMENTS, batch_size=5, kill_worker=False)

    failed = [f"{check.name}: {check.detail}" for check in report.checks if not check.passed]
    assert not failed
    assert set(report.failures_injected) == EVERY_FAULT_CODE
    assert report.failures_recorded == report.failures_injected
    assert report.documents == QUICK_DOCUMENTS and report.events > 0


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    return generate(tmp_path_factory.mktemp("soak-corpus"), documents=40)


def _faithful_state(manifest: Manifest) -> StoreState:
    """The store a flawless ingest of the manifest's corpus leaves."""
    types = {doc_id: frozenset({manifest.templates[template]}) for doc_id, template in manifest.good.items()}
    counts = {"documents": len(manifest.good), "events": len(types), "posts": manifest.posts,
              "failures": len(manifest.failures)}
    return StoreState(documents=frozenset(manifest.good),
                      failures=tuple((failure.doc_id, failure.code) for failure in manifest.failures),
                      events=len(types), event_types=types, posts=manifest.posts, table_counts=counts)


def _failed_checks(manifest: Manifest, state: StoreState) -> set[str]:
    return {check.name for check in check_store(manifest, state) if not check.passed}


def test_soak_checks_pass_on_a_faithful_store(manifest: Manifest) -> None:
    assert _failed_checks(manifest, _faithful_state(manifest)) == set()


def _drop_document(state: StoreState) -> StoreState:
    return dataclasses.replace(state, documents=frozenset(sorted(state.documents)[1:]))


def _add_document(state: StoreState) -> StoreState:
    return dataclasses.replace(state, documents=state.documents | {"soak-stranger"})


def _drop_failure(state: StoreState) -> StoreState:
    return dataclasses.replace(state, failures=state.failures[1:])


def _repeat_failure(state: StoreState) -> StoreState:
    return dataclasses.replace(state, failures=(*state.failures, state.failures[0]))


def _wrong_code(state: StoreState) -> StoreState:
    doc_id, _ = state.failures[0]
    return dataclasses.replace(state, failures=((doc_id, "EM009"), *state.failures[1:]))


def _no_events(state: StoreState) -> StoreState:
    return dataclasses.replace(state, events=0, event_types={})


def _lose_posts(state: StoreState) -> StoreState:
    return dataclasses.replace(state, posts=state.posts - 1)


def _miscode_protests(state: StoreState) -> StoreState:
    return dataclasses.replace(state, event_types={
        doc_id: frozenset({"ASSAULT"}) if types == {"PROTEST"} else types for doc_id, types in state.event_types.items()})


@pytest.mark.parametrize(("doctor", "failing"), [
    (_drop_document, "documents stored = good documents generated"),
    (_add_document, "documents stored = good documents generated"),
    (_drop_failure, "failures recorded = faults injected, each with its code"),
    (_repeat_failure, "failures recorded = faults injected, each with its code"),
    (_wrong_code, "failures recorded = faults injected, each with its code"),
    (_lose_posts, "posts stored = posts generated"),
    (_miscode_protests, "template protest: PROTEST coded"),
])
def test_soak_checks_fail_on_a_doctored_store(manifest: Manifest, doctor: Callable[[StoreState], StoreState],
                                              failing: str) -> None:
    assert _failed_checks(manifest, doctor(_faithful_state(manifest))) == {failing}


def test_soak_checks_fail_when_no_events_at_all(manifest: Manifest) -> None:
    failed = _failed_checks(manifest, _no_events(_faithful_state(manifest)))
    assert "events > 0" in failed and all(name.startswith(("events", "template")) for name in failed)


def _runs(manifest: Manifest, final: StoreState, **changes: Any) -> Runs:
    """The runs of a flawless soak: killed after half the documents, restarted, re-ingested."""
    half = frozenset(sorted(final.documents)[: len(final.documents) // 2])
    at_kill = dataclasses.replace(final, documents=half, events=len(half))
    injected = len(manifest.failures)
    runs = Runs(killed_stderr="eventmill: committed: 20 stored, 3 failed\n", at_kill=at_kill,
                restart=Summary(stored=len(final.documents) - len(half), events=final.events - len(half),
                                unchanged=len(half), failed=injected),
                restart_stderr="", again=Summary(stored=0, events=0, unchanged=len(final.documents), failed=injected),
                again_stderr="", after_restart=final)
    return dataclasses.replace(runs, **changes)


def _failed_run_checks(manifest: Manifest, runs: Runs, final: StoreState) -> set[str]:
    return {check.name for check in check_runs(manifest, runs, final) if not check.passed}


def test_soak_run_checks_pass_when_summaries_agree_with_the_store(manifest: Manifest) -> None:
    final = _faithful_state(manifest)
    assert _failed_run_checks(manifest, _runs(manifest, final), final) == set()


@pytest.mark.parametrize(("changes", "failing"), [
    ({"restart_stderr": "Traceback (most recent call last):\n  boom"}, "no traceback printed"),
    ({"restart": Summary(stored=1, events=0, unchanged=0, failed=0)},
     "restart: stored + stored before the kill = documents in store"),
    ({"again": Summary(stored=3, events=4, unchanged=0, failed=0)}, "re-ingest adds nothing"),
    ({"again": None}, "summary line printed"),
])
def test_soak_run_checks_fail_when_a_run_disagrees(manifest: Manifest, changes: dict[str, Any],
                                                   failing: str) -> None:
    final = _faithful_state(manifest)
    assert failing in _failed_run_checks(manifest, _runs(manifest, final, **changes), final)


def test_soak_run_checks_fail_when_the_kill_came_too_late(manifest: Manifest) -> None:
    final = _faithful_state(manifest)
    runs = _runs(manifest, final, at_kill=final)
    assert "the kill left a partial store" in _failed_run_checks(manifest, runs, final)


def test_soak_summary_parses_the_ingest_closing_line() -> None:
    line = "eventmill: 97 documents stored (131 events), 53 unchanged, 11 failed\n"
    assert Summary.parse("eventmill: x: EM001: empty document\n" + line) == Summary(97, 131, 53, 11)
    assert Summary.parse("no summary here") is None


@pytest.mark.parametrize(("worker", "passed"), [
    (WorkerKill(True, 2, 400, "eventmill: 400 documents, 3 failed", False, 1.0), True),
    (WorkerKill(True, 1, 69, "Error: a worker process died", False, 1.0), True),
    (WorkerKill(True, 1, 69, "BrokenProcessPool: ...", True, 1.0), False),
    (WorkerKill(True, None, 69, "", False, 1.0), False),
    (WorkerKill(False, 0, 400, "", False, 1.0), False),
])
def test_soak_worker_kill_check(worker: WorkerKill, passed: bool) -> None:
    assert worker.check().passed is passed
