"""`eventmill actors lookup` through the CLI runner, and a user dictionary changing `extract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli

USER_ROW = "name,aliases,country,sector,role,start,end,wikidata\nOrla Quennel,,IRL,GOV,Foreign Minister,2020-01-01,,Q4115189\n"
ARTICLE = "date 2023-05-02\nOrla Quennel met the French ambassador in Dublin on Monday.\n"


def _lookup(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["actors", "lookup", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize(("args", "expected"), [
    (("Tel Aviv",), ["the government of Israel", "countries.csv:", "→ Israel: country ISR, sector GOV"]),
    (("Gantz", "--date", "2021-12-29"), ["no actor dictionary", "Benny Gantz (people.csv:"]),
    (("Benny Gantz", "--date", "2021-12-29"), ["held on 2021-12-29", "country ISR, sector GOV, role Defense Minister"]),
    (("Benny Gantz", "--date", "2023-01-05"), ["ended before 2023-01-05", "sector ELI, role former Defense Minister"]),
    (("Abu Mazen",), ["person 'Mahmoud Abbas'", "country PSE, sector GOV, role President"]),
    (("Hamas",), ["Hamas: country PSE, sector REB"]),
])
def test_actors_lookup_explains_how_a_name_resolves(args: tuple[str, ...], expected: list[str]) -> None:
    _, output = _lookup(*args)
    for part in expected:
        assert part in output


@pytest.mark.parametrize(("name", "code"), [("Tel Aviv", 0), ("Nobody Atall", 1), ("Gantz", 1)])
def test_actors_lookup_exit_status_says_whether_the_name_is_known(name: str, code: int) -> None:
    assert _lookup(name)[0] == code


def test_actors_lookup_shows_the_user_row_that_overrides(tmp_path: Path) -> None:
    user = tmp_path / "mine.csv"
    user.write_text("name,aliases,country,sector,role,start,end,wikidata\nHamas,,PSE,GOV,,,,\n")
    code, output = _lookup("Hamas", "--actors", str(user))
    assert code == 0
    assert "defined at mine.csv:2" in output and "replaces the entry from organizations.csv" in output
    assert "Hamas: country PSE, sector GOV" in output


def test_actors_lookup_reports_a_bad_user_file(tmp_path: Path) -> None:
    user = tmp_path / "bad.csv"
    user.write_text("name,country\nSomeone,XXX\n")
    code, output = _lookup("Someone", "--actors", str(user))
    assert code == 1 and "bad.csv" in output and "XXX" in output


@pytest.mark.model
def test_actors_user_row_changes_extract_output_and_lookup_explains_it(tmp_path: Path) -> None:
    article = tmp_path / "meeting.txt"
    article.write_text(ARTICLE)
    user = tmp_path / "people.csv"
    user.write_text(USER_ROW)

    def actor_of_meeting(*extra: str) -> dict:
        """Orla Quennel's side of the meeting (the host of a visit is its recipient)."""
        result = CliRunner().invoke(cli, ["extract", str(article), "--format", "jsonl", *extra])
        events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return next(party for e in events if e["type"] == "CONSULT" for party in (e["actor"], e["recipient"])
                    if party and party["name"] == "Orla Quennel")

    plain, with_user = actor_of_meeting(), actor_of_meeting("--actors", str(user))
    assert plain["name"] == "Orla Quennel" and plain["country"] is None
    assert (with_user["country"], with_user["sector"], with_user["role"], with_user["wikidata"]) == \
        ("IRL", "GOV", "Foreign Minister", "Q4115189")
    assert ARTICLE[with_user["span"]["start"] : with_user["span"]["end"]] == "Orla Quennel"
    _, output = _lookup("Orla Quennel", "--date", "2023-05-01", "--actors", str(user))
    assert "defined at people.csv:2" in output and "held on 2023-05-01" in output
