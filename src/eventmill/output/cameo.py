"""Write events as a GDELT-style tab-separated file with CAMEO root codes, for GDELT/ICEWS users.

Users with GDELT or ICEWS pipelines expect CAMEO root codes, a quad class and an intensity per
event, with actor codes and a geolocated action. The type-to-root table and the PLOVER scores
used as intensity are data (`data/output/`), each with one validating loader here. GDELT has no
column for "this did not happen", so only asserted events are written: a denied, planned or
threatened event would otherwise read as having happened.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from eventmill.data_files import builtin
from eventmill.errors import DataFileError
from eventmill.model import EVENT_TYPES
from eventmill.output.citation import Citation

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "DatePrecision", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventRootCode", "QuadClass", "Intensity",
    "NumDeaths", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL", "DocId",
)
# CAMEO's quad classes by root code: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.
_QUAD_BY_LAST_ROOT = ((5, 1), (8, 2), (13, 3), (20, 4))


@dataclass(frozen=True)
class CameoTable:
    """The type (and mode) → CAMEO root mapping and the PLOVER score of each type."""

    roots: Mapping[tuple[str, str], str]
    scores: Mapping[str, float]

    def root(self, event_type: str, mode: str | None) -> str:
        """The CAMEO root code ("18") of a PLOVER type and mode; the type's default for other modes."""
        return self.roots.get((event_type, mode or ""), self.roots[(event_type, "")])


def quad_class(root_code: str) -> int:
    """CAMEO quad class (1–4) of a root code ("01" … "20")."""
    number = int(root_code)
    return next(quad for last, quad in _QUAD_BY_LAST_ROOT if number <= last)


@lru_cache(maxsize=1)
def load_cameo_table() -> CameoTable:
    """The built-in tables, loaded and checked once per process."""
    return CameoTable(roots=load_cameo_roots(builtin("output/cameo_roots.csv")),
                      scores=load_plover_scores(builtin("output/plover_scores.csv")))


def load_cameo_roots(path: Path) -> dict[tuple[str, str], str]:
    """Read `type,mode,root_code,root_name` rows; every PLOVER type needs a default (empty-mode) row.

    Raises:
        DataFileError: EM010 naming the file and line of an unknown type, a bad or repeated row,
            or the file's line 0 when a type has no default.
    """
    roots: dict[tuple[str, str], str] = {}
    for line, row in _rows(path, ("type", "mode", "root_code", "root_name")):
        code = row["root_code"]
        if not (len(code) == 2 and code.isdigit() and 1 <= int(code) <= 20):
            raise DataFileError("EM010", path=path, line=line, detail=f"root code {code!r} is not 01-20")
        key = (_event_type(path, line, row["type"]), row["mode"])
        if key in roots:
            raise DataFileError("EM010", path=path, line=line, detail=f"repeated row for {key}")
        roots[key] = code
    _require_every_type(path, {event_type for event_type, mode in roots if not mode})
    return roots


def load_plover_scores(path: Path) -> dict[str, float]:
    """Read `type,score` rows: one score from -10 to 10 for every PLOVER type.

    Raises:
        DataFileError: EM010 naming the file and line of a bad row, or line 0 for a missing type.
    """
    scores: dict[str, float] = {}
    for line, row in _rows(path, ("type", "score")):
        try:
            score = float(row["score"])
        except ValueError:
            raise DataFileError("EM010", path=path, line=line, detail=f"score {row['score']!r} is not a number") from None
        if not -10 <= score <= 10:
            raise DataFileError("EM010", path=path, line=line, detail=f"score {score} outside -10..10")
        scores[_event_type(path, line, row["type"])] = score
    _require_every_type(path, set(scores))
    return scores


def rows(events: Iterable[tuple[dict[str, Any], Citation]], table: CameoTable) -> Iterator[dict[str, Any]]:
    """One GDELT-style row per asserted event, keyed by `COLUMNS`."""
    for record, document in events:
        if record["modality"] != "asserted":
            continue
        root = table.root(record["type"], record.get("mode"))
        actor, recipient = record.get("actor") or {}, record.get("recipient") or {}
        location = record.get("location") or {}
        yield dict(zip(COLUMNS, (
            record["event_id"], (record.get("date") or "").replace("-", ""), record.get("date_precision"),
            actor.get("name"), actor.get("country"), actor.get("sector"),
            recipient.get("name"), recipient.get("country"), recipient.get("sector"),
            root, quad_class(root), table.scores[record["type"]], record.get("fatalities"),
            location.get("name"), location.get("country"), location.get("lat"), location.get("lon"),
            document.url or document.source, record["doc_id"],
        )))


def write(events: Iterable[tuple[dict[str, Any], Citation]], stream: TextIO,
          *, table: CameoTable | None = None) -> int:
    """Write a header and one tab-separated row per asserted event; returns how many rows were written."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows(events, table or load_cameo_table()):
        writer.writerow(row)
        count += 1
    return count


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != columns:
                raise DataFileError("EM010", path=path, line=1, detail=f"expected columns {','.join(columns)}")
            for row in reader:
                yield reader.line_num, {key: (value or "").strip() for key, value in row.items()}
    except OSError as error:
        raise DataFileError("EM010", path=path, line=0, detail=error.strerror) from error


def _event_type(path: Path, line: int, value: str) -> str:
    if value not in EVENT_TYPES:
        raise DataFileError("EM010", path=path, line=line, detail=f"unknown PLOVER type {value!r}")
    return value


def _require_every_type(path: Path, present: set[str]) -> None:
    missing = [event_type for event_type in EVENT_TYPES if event_type not in present]
    if missing:
        raise DataFileError("EM010", path=path, line=0, detail=f"no row for {', '.join(missing)}")
