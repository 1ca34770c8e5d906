"""`eventmill ingest-dask`: options reach the engine, refusals are one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from eventmill.cli.cluster import ingest_dask_command


def test_cli_ingest_dask_refuses_a_used_output_folder(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("date 2024-01-02\nThe minister met the envoy.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-000000.parquet").write_bytes(b"")
    result = CliRunner().invoke(ingest_dask_command, [str(source), "--out", str(out)])
    assert result.exit_code == 1
    assert "EM013" in result.output and "Traceback" not in result.output


def test_cli_ingest_dask_requires_an_output_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(ingest_dask_command, [str(tmp_path / "in.txt")])
    assert result.exit_code == 2 and "--out" in result.output
