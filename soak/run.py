"""The soak test of issue 9 (`make soak`): ingest a large generated corpus with faults, kill it, check counts.

Steps, each a real `eventmill` subprocess as a user runs it:

1. generate N good documents and the faults (soak/corpus.py);
2. `eventmill ingest` the corpus, SIGKILLed once it has committed a share of the documents;
3. the same command again: it must finish the job, adding each document exactly once;
4. the same command a third time: it must add nothing;
5. `eventmill extract --workers 2` on a slice, with one worker process SIGKILLed mid-run: it must
   finish or stop with a clean one-line error, never hang or print a traceback;
6. the checks of soak/checks.py on the store and on what each run printed.

The report (documents, faults injected and recorded, events, times) is printed and saved as
`report.json` and `report.md` in the work folder; the exit status is 1 when a check fails.
Not part of CI: 100k documents take hours on two cores (`--docs 2000` for a quick run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from soak.checks import TRACEBACK, Check, Runs, StoreState, Summary, check_runs, check_store, template_hit_rates
from soak.corpus import CORPUS_FOLDER, generate

DB_FILE = "soak.duckdb"
EVENTMILL = (sys.executable, "-m", "eventmill")
# The ingest is killed once it has committed this share of the good documents.
DEFAULT_KILL_AT = 0.3
DEFAULT_BATCH_SIZE = 50
# Documents of the worker-kill run: enough to start both workers and keep them busy for a while.
WORKER_RUN_DOCUMENTS = 400
WORKER_RUN_TIMEOUT = 900.0
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Timed:
    """A finished subprocess: its exit status, stderr, wall time."""

    returncode: int
    stderr: str
    seconds: float


def ingest(workdir: Path, *, batch_size: int, kill_after: int | None = None) -> Timed:
    """Run `eventmill ingest` on the corpus; SIGKILL it once `kill_after` documents are committed."""
    command = [*EVENTMILL, "ingest", str(workdir.resolve() / CORPUS_FOLDER), "--db", str(workdir / DB_FILE),
               "--batch-size", str(batch_size), "--no-progress", "-v"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    lines: list[str] = []
    for line in process.stderr:
        lines.append(line)
        if kill_after is not None and line.startswith("eventmill: committed: ") \
                and int(line.split()[2]) >= kill_after:
            process.send_signal(signal.SIGKILL)
            break
    lines.extend(process.stderr)
    returncode = process.wait()
    return Timed(returncode, "".join(lines), time.perf_counter() - started)


@dataclass(frozen=True)
class WorkerKill:
    """How `eventmill extract --workers 2` took the loss of one worker."""

    killed: bool
    returncode: int | None  # None: it hung and was stopped
    records_written: int
    last_error_line: str
    traceback: bool
    seconds: float

    def check(self) -> Check:
        clean = self.killed and self.returncode is not None and not self.traceback
        return Check("a killed worker: extract finishes or reports cleanly", clean,
                     f"worker killed: {self.killed}; exit status {self.returncode}; {self.records_written} records "
                     f"written; traceback printed: {self.traceback}; last stderr line: {self.last_error_line!r}")


def kill_a_worker(workdir: Path) -> WorkerKill:
    """Code a slice of the corpus on two workers and SIGKILL one of them once output has begun.

    Its output and stderr are kept in the work folder as worker-slice.out and worker-slice.err.
    """
    part = next((workdir / CORPUS_FOLDER / "news").glob("*.jsonl"))
    slice_path = workdir / "worker-slice.jsonl"
    with part.open("rb") as source:
        slice_path.write_bytes(b"".join(line for _, line in zip(range(WORKER_RUN_DOCUMENTS), source)))
    output = workdir / "worker-slice.out"
    started = time.perf_counter()
    with output.open("wb") as out:
        process = subprocess.Popen([*EVENTMILL, "extract", str(slice_path), "--workers", "2", "--format", "jsonl",
                                    "--no-progress"], stdout=out, stderr=subprocess.PIPE, text=True)
        killed = False
        while process.poll() is None and not killed:
            workers = [pid for pid, command in _children(process.pid) if "resource_tracker" not in command]
            if len(workers) >= 2 and output.stat().st_size > 0:
                os.kill(workers[0], signal.SIGKILL)
                killed = True
            time.sleep(POLL_SECONDS)
        try:
            _, stderr = process.communicate(timeout=WORKER_RUN_TIMEOUT)
            returncode: int | None = process.returncode
        except subprocess.TimeoutExpired:
            for child, _ in _children(process.pid):
                os.kill(child, signal.SIGKILL)
            process.kill()
            _, stderr = process.communicate()
            returncode = None
    (workdir / "worker-slice.err").write_text(stderr, encoding="utf-8")
    lines = [line for line in stderr.splitlines() if line.strip()]
    with output.open("rb") as written:
        records = sum(1 for _ in written)
    return WorkerKill(killed=killed, returncode=returncode, records_written=records,
                      last_error_line=lines[-1] if lines else "", traceback=TRACEBACK in stderr,
                      seconds=time.perf_counter() - started)


def _children(parent: int) -> list[tuple[int, str]]:
    """The (pid, command line) of each child process of `parent`, read from /proc (Linux)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (name) state ppid ...": the name may hold spaces, so split after its ")".
            fields = stat.read_text().rpartition(")")[2].split()
            if int(fields[1]) == parent:
                command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found.append((int(stat.parent.name), command))
        except (OSError, IndexError, ValueError):  # the process ended meanwhile
            continue
    return sorted(found)


@dataclass(frozen=True)
class SoakReport:
    documents: int
    failures_injected: dict[str, int]
    failures_recorded: dict[str, int]
    events: int
    table_counts: dict[str, int]
    template_hit_rates: dict[str, float]
    seconds: dict[str, float]
    documents_per_second: float
    checks: list[Check]

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    def markdown(self) -> str:
        injected, recorded = sum(self.failures_injected.values()), sum(self.failures_recorded.values())
        codes = sorted(set(self.failures_injected) | set(self.failures_recorded))
        lines = [
            "| documents | failures injected | failures recorded | events | time (ingest, s) | docs/s |",
            "|---|---|---|---|---|---|",
            (f"| {self.documents} | {injected} | {recorded} | {self.events} | "
             f"{self.seconds['killed'] + self.seconds['restart']:.0f} | {self.documents_per_second:.1f} |"),
            "",
            "| code | injected | recorded |", "|---|---|---|",
            *(f"| {code} | {self.failures_injected.get(code, 0)} | {self.failures_recorded.get(code, 0)} |"
              for code in codes),
            "",
            "Rows: " + ", ".join(f"{table} {count}" for table, count in self.table_counts.items()),
            "",
            "Seconds: " + ", ".join(f"{step} {seconds:.0f}" for step, seconds in self.seconds.items()),
            "",
            "Template hit rates: " + ", ".join(f"{name} {rate:.0%}" for name, rate in self.template_hit_rates.items()),
            "",
            *(f"- {'PASS' if check.passed else 'FAIL'} {check.name}: {check.detail}" for check in self.checks),
        ]
        return "\n".join(lines)


def soak(workdir: Path, *, documents: int, batch_size: int = DEFAULT_BATCH_SIZE, kill_at: float = DEFAULT_KILL_AT,
         kill_worker: bool = True, seed: int = 9) -> SoakReport:
    """Run every step of the soak in `workdir` (which should be empty) and return its report."""
    began = time.perf_counter()
    manifest = generate(workdir, documents=documents, seed=seed)
    seconds = {"generate": time.perf_counter() - began}
    killed = ingest(workdir, batch_size=batch_size, kill_after=max(1, int(kill_at * len(manifest.good))))
    at_kill = StoreState.read(workdir / DB_FILE)
    restart = ingest(workdir, batch_size=batch_size)
    after_restart = StoreState.read(workdir / DB_FILE)
    again = ingest(workdir, batch_size=batch_size)
    final = StoreState.read(workdir / DB_FILE)
    seconds.update(killed=killed.seconds, restart=restart.seconds, again=again.seconds)
    runs = Runs(killed_stderr=killed.stderr, at_kill=at_kill, restart=Summary.parse(restart.stderr),
                restart_stderr=restart.stderr, again=Summary.parse(again.stderr), again_stderr=again.stderr,
                after_restart=after_restart)
    checks = [*check_store(manifest, final), *check_runs(manifest, runs, final)]
    checks.append(Check("the killed ingest died of SIGKILL", killed.returncode == -signal.SIGKILL,
                        f"exit status {killed.returncode}"))
    if kill_worker:
        worker = kill_a_worker(workdir)
        seconds["worker_kill"] = worker.seconds
        checks.append(worker.check())
    seconds["total"] = time.perf_counter() - began
    return SoakReport(
        documents=len(manifest.good), failures_injected=dict(sorted(manifest.expected_codes().items())),
        failures_recorded=dict(sorted(Counter(code for _, code in final.failures).items())),
        events=final.events, table_counts=final.table_counts, template_hit_rates=template_hit_rates(manifest, final),
        seconds={step: round(value, 1) for step, value in seconds.items()},
        documents_per_second=len(manifest.good) / (killed.seconds + restart.seconds), checks=checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="good documents to generate")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="folder for the corpus, store and report (default: a new temporary folder, kept)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="ingest --batch-size")
    parser.add_argument("--kill-at", type=float, default=DEFAULT_KILL_AT,
                        help="share of the documents committed when the ingest is killed")
    parser.add_argument("--no-worker-kill", action="store_true", help="skip the killed-worker step")
    parser.add_argument("--clean", action="store_true", help="delete the corpus and store afterwards")
    arguments = parser.parse_args(argv)
    workdir = arguments.workdir or Path(tempfile.mkdtemp(prefix="eventmill-soak-"))
    if workdir.exists() and any(workdir.iterdir()):
        parser.error(f"{workdir} is not empty")
    workdir.mkdir(parents=True, exist_ok=True)
    report = soak(workdir, documents=arguments.docs, batch_size=arguments.batch_size, kill_at=arguments.kill_at,
                  kill_worker=not arguments.no_worker_kill)
    (workdir / "report.json").write_text(json.dumps({**asdict(report), "passed": report.passed}, indent=1),
                                         encoding="utf-8")
    (workdir / "report.md").write_text(report.markdown() + "\n", encoding="utf-8")
    print(report.markdown())
    print(f"\nsoak {'PASSED' if report.passed else 'FAILED'}; work folder: {workdir}")
    if arguments.clean:
        shutil.rmtree(workdir / CORPUS_FOLDER)
        os.remove(workdir / DB_FILE)
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
