"""`eventmill actor NAME`: an actor's profile."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventmill.cli.app import cli
from tests.cli.test_timeline import record_file, run  # noqa: F401  (record_file is a fixture)


def test_actor_profile_as_json(record_file: Path) -> None:  # noqa: F811
    result = run("actor", "Hamas", "--records", str(record_file), "--format", "json")
    assert result.exit_code == 0
    profile = json.loads(result.stdout)
    assert (profile["events"], profile["as_actor"], profile["as_recipient"]) == (3, 2, 1)
    assert profile["counterparts"] == {"Israel": 3}
    assert profile["types"] == {"ASSAULT": 2, "ACCUSE": 1}


def test_actor_profile_by_country_as_table(record_file: Path, tmp_path: Path) -> None:  # noqa: F811
    result = run("actor", "ISR", "--records", str(record_file), "--chart", str(tmp_path / "isr"))
    assert result.exit_code == 0
    assert result.stdout.startswith("ISR: 4 events (1 as actor, 3 as recipient)")
    assert "Egypt" in result.stdout and (tmp_path / "isr.png").exists()


def test_actor_unknown_is_a_clear_error(record_file: Path) -> None:  # noqa: F811
    result = CliRunner().invoke(cli, ["actor", "Nobody", "--records", str(record_file)])
    assert result.exit_code == 1 and "no events with the actor 'Nobody'" in result.output
