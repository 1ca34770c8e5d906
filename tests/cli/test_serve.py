from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from eventmill.cli.app import cli


def test_serve_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb"), "--read-only"])
    assert result.exit_code != 0 and "no store at" in result.output


def test_serve_refuses_a_bad_port() -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2 and "70000" in result.output


def test_serve_help_says_writes_need_a_token_beyond_localhost() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "token" in result.output and "127.0.0.1" in result.output
