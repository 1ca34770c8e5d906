"""Render contract records as a readable fixed-width table for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

EVENT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("date", 10), ("type", 9), ("mode", 12), ("actor", 24), ("recipient", 24),
    ("where", 14), ("dead", 5), ("modality", 9), ("evidence", 48),
)
QUOTE_COLUMNS: tuple[tuple[str, int], ...] = (("doc", 14), ("speaker", 24), ("text", 80))
POST_COLUMNS: tuple[tuple[str, int], ...] = (("doc", 14), ("author", 22), ("handle", 16), ("date", 10), ("text", 60))


def _actor(record: dict[str, Any] | None) -> str:
    if not record:
        return ""
    codes = "/".join(x for x in (record.get("country"), record.get("sector")) if x)
    return f"{record['name']} ({codes})" if codes else record["name"]


def _event_cells(record: dict[str, Any]) -> list[str]:
    location = record.get("location") or {}
    flags = record["modality"] + ("*" if record.get("background") else "")
    return [
        record.get("date") or "", record["type"], record.get("mode") or "",
        _actor(record.get("actor")), _actor(record.get("recipient")),
        location.get("name") or "", str(record.get("fatalities") or ""), flags,
        record["evidence"]["sentence"].replace("\n", " "),
    ]


def _quote_cells(record: dict[str, Any]) -> list[str]:
    return [record["doc_id"], _actor(record.get("speaker")), record["text"]]


def _post_cells(record: dict[str, Any]) -> list[str]:
    return [record["doc_id"], record["author"], record.get("handle") or "", record.get("date") or "", record["text"]]


CELLS = {"events": (EVENT_COLUMNS, _event_cells), "quotes": (QUOTE_COLUMNS, _quote_cells),
         "posts": (POST_COLUMNS, _post_cells)}


def render(records: Iterable[dict[str, Any]], what: str = "events") -> str:
    """A header line, a rule, and one line per record; long cells are cut with an ellipsis."""
    columns, cells = CELLS[what]
    lines = [_line([name for name, _ in columns], columns)]
    lines.append("  ".join("-" * width for _, width in columns))
    lines.extend(_line(cells(record), columns) for record in records)
    return "\n".join(lines)


def _line(values: Sequence[str], columns: Sequence[tuple[str, int]]) -> str:
    return "  ".join(_fit(value, width) for value, (_, width) in zip(values, columns)).rstrip()


def _fit(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"
