"""`eventmill show` through the CLI runner: the article, its evidence highlighted, its events listed."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventmill.cli.app import cli
from eventmill.cli.show import highlighted
from tests.cli.corpus import ARREST, ingested_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_store(tmp_path_factory.mktemp("show"))


def test_show_plain_output_has_text_numbers_and_event_lines(db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "lima-1", "--db", str(db)])
    assert result.exit_code == 0
    numbers = re.search(re.escape(ARREST) + r"\[([\d,]+)\]", result.stdout)
    assert numbers is not None and "\x1b[" not in result.stdout
    arrest = re.search(r"^\[(\d+)\] 2023-04-07  COERCE/arrest  Police", result.stdout, re.MULTILINE)
    assert arrest is not None and arrest.group(1) in numbers.group(1).split(",")


def test_show_color_output_styles_the_evidence_and_trigger(db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "lima-1", "--db", str(db), "--color"])
    assert click.style("arrested", underline=True, bold=True, fg="yellow") in result.stdout


def test_show_unknown_document_is_a_one_line_error(db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "nope", "--db", str(db)])
    assert result.exit_code == 1 and "no document 'nope'" in result.stderr


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], "Alpha beta. Gamma."),
        ([{"evidence": {"start": 0, "end": 11}, "trigger": {"start": 6, "end": 10}}],
         click.style("Alpha ", underline=True, fg="yellow") + click.style("beta", underline=True, bold=True, fg="yellow")
         + click.style(".", underline=True, fg="yellow") + click.style("[1]", fg="cyan", bold=True) + " Gamma."),
    ],
)
def test_show_highlighted_marks_evidence_and_numbers_it(events: list[dict], expected: str) -> None:
    assert highlighted("Alpha beta. Gamma.", events) == expected


def test_show_two_events_in_one_sentence_share_one_number_list() -> None:
    both = [{"evidence": {"start": 0, "end": 5}}, {"evidence": {"start": 0, "end": 5}}]
    assert click.unstyle(highlighted("Alpha beta.", both)) == "Alpha[1,2] beta."
