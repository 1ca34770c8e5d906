"""Write contract event records as a Parquet file with the flat, typed columns of `output.csv`.

Parquet is what analysts load into DuckDB, pandas, R arrow or Spark; typed columns (integers
for counts, floats for coordinates, a boolean for background) spare them the casting a CSV
needs. Rows are written in row groups as they stream, so exports of any size fit in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from eventmill.output.csv import COLUMNS, flatten

_ARROW_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
SCHEMA = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in COLUMNS])
ROW_GROUP = 10_000


def write(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write the records to a Parquet file at `path`; returns how many rows were written."""
    count = 0
    with pq.ParquetWriter(str(path), SCHEMA) as writer:
        rows: list[dict[str, Any]] = []
        for record in records:
            rows.append(flatten(record))
            if len(rows) >= ROW_GROUP:
                count += _flush(writer, rows)
        if rows or count == 0:
            count += _flush(writer, rows)
    return count


def _flush(writer: pq.ParquetWriter, rows: list[dict[str, Any]]) -> int:
    writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
    written = len(rows)
    rows.clear()
    return written
