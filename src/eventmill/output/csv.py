"""Write contract event records as a flat CSV table: one row per event, nested fields spread into columns.

Spreadsheets and R's `read.csv` cannot read nested JSON, so each nested object becomes
prefixed columns (`actor_name`, `location_lat` …) and the contexts one `;`-joined cell. The
column list is the one place the flat shape is defined; the Parquet writer uses it too.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

# (column, type) — the type is what the Parquet writer stores: "str", "int", "float" or "bool".
COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "str"), ("event_id", "str"), ("type", "str"), ("mode", "str"), ("contexts", "str"),
    ("date", "str"), ("date_precision", "str"),
    ("actor_name", "str"), ("actor_country", "str"), ("actor_sector", "str"), ("actor_role", "str"),
    ("recipient_name", "str"), ("recipient_country", "str"), ("recipient_sector", "str"), ("recipient_role", "str"),
    ("location_name", "str"), ("location_country", "str"), ("location_lat", "float"), ("location_lon", "float"),
    ("fatalities", "int"), ("injuries", "int"), ("arrests", "int"),
    ("modality", "str"), ("background", "bool"),
    ("post_author", "str"), ("post_handle", "str"), ("according_to_name", "str"), ("according_to_country", "str"),
    ("evidence_sentence", "str"), ("evidence_start", "int"), ("evidence_end", "int"), ("confidence", "float"),
)
_NESTED = {"actor": ("name", "country", "sector", "role"), "recipient": ("name", "country", "sector", "role"),
           "location": ("name", "country", "lat", "lon"), "post": ("author", "handle"),
           "according_to": ("name", "country"), "evidence": ("sentence", "start", "end")}


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat row keyed by `COLUMNS` (missing values are None)."""
    row: dict[str, Any] = {name: record.get(name) for name, _ in COLUMNS if name in record}
    row["contexts"] = ";".join(record.get("contexts") or [])
    for field, keys in _NESTED.items():
        nested = record.get(field) or {}
        row.update({f"{field}_{key}": nested.get(key) for key in keys})
    return {name: row.get(name) for name, _ in COLUMNS}


def write(records: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """Write a header and one row per event record; returns how many rows were written."""
    writer = csv.DictWriter(stream, fieldnames=[name for name, _ in COLUMNS], lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record))
        count += 1
    return count
