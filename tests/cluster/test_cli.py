"""`eventmill ingest --engine dask`: options reach the engine, refusals are one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.ingest import ingest_command


def _used_output_folder(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "in.txt"
    source.write_text("date 2024-01-02\nThe minister met the envoy.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-000000.parquet").write_bytes(b"")
    return source, out


def test_cli_ingest_engine_dask_refuses_a_used_output_folder(tmp_path: Path) -> None:
    source, out = _used_output_folder(tmp_path)
    result = CliRunner().invoke(ingest_command, [str(source), "--engine", "dask", "--out", str(out)])
    assert result.exit_code == 1
    assert "EM013" in result.output and "Traceback" not in result.output


def test_cli_ingest_engine_dask_requires_an_output_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(ingest_command, [str(tmp_path / "in.txt"), "--engine", "dask"])
    assert result.exit_code == 2 and "--out" in result.output


@pytest.mark.parametrize("option", [["--out", "dataset"], ["--scheduler", "tcp://scheduler:8786"]])
def test_cli_ingest_store_engine_refuses_dask_options(tmp_path: Path, option: list[str]) -> None:
    source, _ = _used_output_folder(tmp_path)
    result = CliRunner().invoke(ingest_command, [str(source), "--db", str(tmp_path / "store.duckdb"), *option])
    assert result.exit_code == 2 and "--engine dask" in result.output
    assert not (tmp_path / "store.duckdb").exists()
