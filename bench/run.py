"""Benchmark eventmill against the spaCy parse it is built on (`make bench`).

In one run, on one corpus (every text of the dev gold sets, repeated to `--docs` documents):

- raw spaCy: `nlp.pipe` over the texts with the model and components eventmill loads;
- `eventmill extract` single-process and with `--workers 2`, as a user runs it;
- peak resident memory of `eventmill extract` (all its processes) at `--docs` and at
  `--rss-docs` documents, to show memory does not grow with the corpus.

Throughput is words (whitespace-separated) per second of steady-state work: raw spaCy is
timed after its model is loaded, and each `extract` rate is the difference between the
corpus run and a start-up run just large enough to start every worker. Every run is a
separate process, so one cannot warm another's caches. Timings are printed, never asserted
in tests; `--quick` shrinks every size for a smoke run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from eventmill.parallel import DEFAULT_CHUNK_SIZE

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold" / "dev"
SAMPLE_SECONDS = 0.2
SHUFFLE_SEED = 8

# Acceptance figures of issue 8.
MIN_SINGLE_VS_SPACY = 0.75
MIN_TWO_WORKERS_VS_SINGLE = 1.6
MAX_RSS_GROWTH = 0.10
MAX_RSS_BYTES = 1.5 * 1024**3

RAW_SPACY = """
import json, sys, time
from eventmill.language.nlp import load
from eventmill.settings import Settings
settings = Settings()
nlp = load(settings.model)
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=settings.batch_size):
    pass
print(json.dumps({"seconds": time.perf_counter() - started, "components": nlp.pipe_names}))
"""


@dataclass(frozen=True)
class Run:
    """One measured process: wall time, peak memory of its process tree, and what it printed."""

    seconds: float
    peak_rss: int
    stdout: str


def main() -> None:
    args = _arguments()
    sizes = (300, 1500) if args.quick else (args.docs, args.rss_docs)
    texts = _gold_records(args.gold)
    with tempfile.TemporaryDirectory(prefix="eventmill-bench-") as scratch:
        folder = Path(scratch)
        corpus, words = _corpus(texts, sizes[0], folder / "corpus.jsonl")
        big, _ = _corpus(texts, sizes[1], folder / "big.jsonl")
        print(f"machine: {os.cpu_count()} cores; corpus: {sizes[0]} documents, {words} words", flush=True)

        raw = _measure([sys.executable, "-c", RAW_SPACY, str(corpus)])
        raw_report = json.loads(raw.stdout)
        raw_rate = words / raw_report["seconds"]
        print(f"raw spaCy nlp.pipe ({', '.join(raw_report['components'])}): {raw_rate:,.0f} words/s", flush=True)

        single_rate, single = _extract_rate(texts, corpus, words, folder, workers=1)
        double_rate, double = _extract_rate(texts, corpus, words, folder, workers=2)

        rss_workers = args.rss_workers
        small_rss = single.peak_rss if rss_workers == 1 else double.peak_rss
        large = _extract(big, workers=rss_workers)
        print(f"eventmill extract --workers {rss_workers} on {sizes[1]} documents: "
              f"{large.seconds:.1f} s wall, peak RSS {_mb(large.peak_rss)}", flush=True)

    checks = [
        (f"single-process / raw spaCy = {single_rate / raw_rate:.2f}", single_rate / raw_rate >= MIN_SINGLE_VS_SPACY,
         f">= {MIN_SINGLE_VS_SPACY}"),
        (f"--workers 2 / single-process = {double_rate / single_rate:.2f}",
         double_rate / single_rate >= MIN_TWO_WORKERS_VS_SINGLE, f">= {MIN_TWO_WORKERS_VS_SINGLE}"),
        (f"peak RSS {sizes[1]} docs / {sizes[0]} docs = {large.peak_rss / small_rss:.3f}",
         large.peak_rss <= small_rss * (1 + MAX_RSS_GROWTH), f"<= {1 + MAX_RSS_GROWTH}"),
        (f"peak RSS at {sizes[1]} docs = {_mb(large.peak_rss)}", large.peak_rss < MAX_RSS_BYTES,
         f"< {_mb(int(MAX_RSS_BYTES))}"),
    ]
    print("\nratios (target in brackets):")
    for label, passed, target in checks:
        print(f"  {'ok  ' if passed else 'MISS'} {label}  [{target}]")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold *.jsonl files (default: %(default)s)")
    parser.add_argument("--docs", type=int, default=5000, help="documents in the throughput corpus")
    parser.add_argument("--rss-docs", type=int, default=50000, help="documents in the memory-growth corpus")
    parser.add_argument("--rss-workers", type=int, default=2, help="--workers for the memory-growth runs")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    return parser.parse_args()


def _gold_records(folder: Path) -> list[dict[str, str]]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        sys.exit(f"bench: no *.jsonl in {folder} (pass --gold)")
    records = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records.append({"text": record["text"], "date": record.get("date") or ""})
    random.Random(SHUFFLE_SEED).shuffle(records)  # any prefix mixes long and short texts alike
    return records


def _corpus(records: list[dict[str, str]], size: int, path: Path) -> tuple[Path, int]:
    """Write `size` documents cycling through the gold texts, each with its own id; count words."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(size):
            record = records[number % len(records)]
            words += len(record["text"].split())
            row = {"doc_id": f"bench-{number}", "text": record["text"]}
            if record["date"]:
                row["date"] = record["date"]
            out.write(json.dumps(row) + "\n")
    return path, words


def _extract_rate(texts: list[dict[str, str]], corpus: Path, words: int, folder: Path, *,
                  workers: int) -> tuple[float, Run]:
    """Steady-state words/s of `extract --workers N`: the corpus run minus a start-up run.

    The start-up run codes just enough documents to start every worker (one chunk each), so
    the difference between the two runs is the marginal cost of the remaining documents.
    """
    startup_path, startup_words = _corpus(texts, DEFAULT_CHUNK_SIZE * workers, folder / f"startup{workers}.jsonl")
    startup = _extract(startup_path, workers=workers)
    full = _extract(corpus, workers=workers)
    rate = (words - startup_words) / (full.seconds - startup.seconds)
    print(f"eventmill extract --workers {workers}: {rate:,.0f} words/s ({full.seconds:.1f} s wall, "
          f"{startup.seconds:.1f} s of it start-up; peak RSS {_mb(full.peak_rss)})", flush=True)
    return rate, full


def _extract(corpus: Path, *, workers: int) -> Run:
    return _measure([sys.executable, "-m", "eventmill", "extract", str(corpus), "--format", "jsonl",
                     "--no-progress", "--workers", str(workers)], keep_stdout=False)


def _measure(command: list[str], *, keep_stdout: bool = True) -> Run:
    """Run a command to completion, sampling the summed RSS of it and its children."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out if keep_stdout else subprocess.DEVNULL, cwd=REPO)
        peak = 0
        watched = psutil.Process(process.pid)
        while process.poll() is None:
            peak = max(peak, _tree_rss(watched))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        if process.returncode not in (0, 2):  # 2: some documents failed, all others were coded
            sys.exit(f"bench: {' '.join(command[:4])} exited with {process.returncode}")
        out.seek(0)
        return Run(seconds, peak, out.read().decode("utf-8"))


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def _mb(size: int) -> str:
    return f"{size / 1024**2:,.0f} MB"


if __name__ == "__main__":
    main()
