"""`eventmill dyads`: dyads ranked by clustered events."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.test_timeline import record_file, run  # noqa: F401  (record_file is a fixture)


def test_dyads_ranks_by_events_with_intensity(record_file: Path) -> None:  # noqa: F811
    result = run("dyads", "--records", str(record_file), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["dyad"], r["events"], r["reports"]) for r in rows] == [
        ("PSE REB → ISR GOV", "2", "2"), ("EGY GOV → ISR GOV", "1", "1"), ("ISR GOV → PSE REB", "1", "3")]
    assert float(rows[0]["mean_intensity"]) == -6.0
    assert (rows[0]["first"], rows[0]["last"]) == ("2021-05", "2021-06")


def test_dyads_top_and_chart(record_file: Path, tmp_path: Path) -> None:  # noqa: F811
    result = run("dyads", "--records", str(record_file), "--top", "1", "--chart", str(tmp_path / "d"))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    assert (tmp_path / "d.png").exists() and (tmp_path / "d.html").exists()
