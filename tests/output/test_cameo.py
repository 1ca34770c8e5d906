from __future__ import annotations

import csv as stdlib_csv
import datetime as dt
import io
from pathlib import Path

import pytest

from eventmill.errors import DataFileError
from eventmill.model import EVENT_TYPES
from eventmill.output import cameo
from eventmill.output.citation import Citation
from eventmill.output.contract import records
from tests.store.articles import coded_article

CITATION = Citation("harbin-1", dt.date(2022, 3, 9), "wire", "https://example.org/harbin", None)


@pytest.mark.parametrize(
    ("event_type", "mode", "root"),
    [("ASSAULT", None, "18"), ("ASSAULT", "abduct", "18"), ("ASSAULT", "aerial", "19"), ("ACCUSE", "investigate", "09"),
     ("ACCUSE", "disapprove", "11"), ("CONSULT", "visit", "04"), ("RETREAT", "release", "08"), ("AID", None, "07")],
)
def test_cameo_root_codes_by_type_and_mode(event_type: str, mode: str | None, root: str) -> None:
    assert cameo.load_cameo_table().root(event_type, mode) == root


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)])
def test_cameo_quad_class_of_root(root: str, quad: int) -> None:
    assert cameo.quad_class(root) == quad


def test_cameo_every_type_has_a_root_and_a_score() -> None:
    table = cameo.load_cameo_table()
    assert all(table.root(t, None) and -10 <= table.scores[t] <= 10 for t in EVENT_TYPES)
    assert table.scores["ASSAULT"] == -9 and table.scores["AID"] == 10


def test_cameo_writes_asserted_events_as_gdelt_style_rows() -> None:
    stream = io.StringIO()
    assert cameo.write([(r, CITATION) for r in records(coded_article(), "events")], stream) == 1
    (row,) = stdlib_csv.DictReader(io.StringIO(stream.getvalue()), delimiter="\t")
    assert list(row) == list(cameo.COLUMNS)
    assert (row["SQLDATE"], row["Actor1CountryCode"], row["Actor2CountryCode"], row["EventRootCode"], row["QuadClass"],
            row["Intensity"], row["NumDeaths"], row["ActionGeo_Lat"], row["SOURCEURL"]) == (
        "20220307", "MNG", "CHN", "19", "4", "-9.0", "2", "45.75", "https://example.org/harbin")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("type,mode,root_code,root_name\nFIGHT,,18,Assault\n", "unknown PLOVER type"),
        ("type,mode,root_code,root_name\nASSAULT,,21,Nothing\n", "not 01-20"),
        ("type,root_code\nASSAULT,18\n", "expected columns"),
        ("type,mode,root_code,root_name\nASSAULT,,18,Assault\n", "no row for AGREE"),
    ],
)
def test_cameo_roots_file_problems_name_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "roots.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=problem) as caught:
        cameo.load_cameo_roots(path)
    assert str(path) in str(caught.value)


def test_cameo_scores_out_of_range_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("type,score\nASSAULT,-12\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="outside"):
        cameo.load_plover_scores(path)
