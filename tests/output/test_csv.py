from __future__ import annotations

import csv as stdlib_csv
import io

import pytest

from eventmill.output import csv
from eventmill.output.contract import records
from tests.store.articles import coded_article


def exported() -> list[dict[str, str]]:
    stream = io.StringIO()
    assert csv.write(records(coded_article(), "events"), stream) == 2
    return list(stdlib_csv.DictReader(io.StringIO(stream.getvalue())))


def test_csv_header_is_the_column_list() -> None:
    stream = io.StringIO()
    csv.write([], stream)
    assert stream.getvalue().strip().split(",") == [name for name, _ in csv.COLUMNS]


@pytest.mark.parametrize(
    ("column", "first", "second"),
    [
        ("type", "ASSAULT", "MOBILIZE"), ("contexts", "military", ""), ("actor_name", "border guards", "China and Russia"),
        ("actor_country", "MNG", ""), ("recipient_sector", "MIL", ""), ("location_lat", "45.75", ""),
        ("fatalities", "2", ""), ("modality", "asserted", "negated"), ("background", "False", "False"),
        ("according_to_name", "Officials", ""), ("post_author", "", ""), ("date_precision", "day", "month"),
    ],
)
def test_csv_nested_fields_become_prefixed_columns(column: str, first: str, second: str) -> None:
    rows = exported()
    assert (rows[0][column], rows[1][column]) == (first, second)


def test_csv_evidence_with_quotes_and_commas_round_trips() -> None:
    rows = exported()
    assert rows[1]["evidence_sentence"] == records(coded_article(), "events")[1]["evidence"]["sentence"]
