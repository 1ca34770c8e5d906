"""Turn contract event records into PLOVER interchange records (ONTOLOGY.md, last section).

PLOVER is what POLECAT and other event-data users exchange: lists of entities on each side,
the event type, mode and context, a place, sizes and citation info. Compound actors become
several entities; Kosovo is written `KOS` as PLOVER does. An event without a date of its own is
dated by its document's publication date (PLOVER requires a date); one with neither is left out.
Events that did not happen as told carry the codebook's markers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from eventmill.output.cameo import CameoTable, load_cameo_table, quad_class
from eventmill.output.citation import Citation

SCHEMA_FILE = "schema/plover.schema.json"
LANGUAGE = "en"
_PLOVER_COUNTRY = {"XKX": "KOS"}
_MARKERS = {"negated": "negation", "planned": "future", "threatened": "future", "demanded": "future",
            "hypothetical": "hypothetical"}
_SIZES = (("fatalities", "dead"), ("injuries", "injured"), ("arrests", "arrested"))


def entities(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    """A contract actor as PLOVER entities: one, or one per member of a compound actor."""
    if actor is None:
        return []
    members = actor.get("members") or [actor]
    return [_entity(member) for member in members]


def plover_record(record: dict[str, Any], citation: Citation, *, table: CameoTable) -> dict[str, Any] | None:
    """One contract event record as a PLOVER record; None when neither it nor its document has a date."""
    date, resolution = record.get("date"), record.get("date_precision")
    if date is None and citation.date is not None:
        date, resolution = citation.date.isoformat(), "day"
    if date is None:
        return None
    plover: dict[str, Any] = {"id": record["event_id"], "date": date, "date_resolution": resolution,
                              "actor": entities(record.get("actor")), "event": record["type"]}
    optional = {
        "recipient": entities(record.get("recipient")) or None,
        "mode": record.get("mode"),
        "context": record.get("contexts") or None,
        "event_loc": _place(record.get("location")),
        "quad_code": quad_class(table.root(record["type"], None)),
        "size": {name: record[field] for field, name in _SIZES if record.get(field) is not None} or None,
        "text_info": {"start": record["evidence"]["start"], "end": record["evidence"]["end"],
                      "sentence": record["evidence"]["sentence"]},
        "citation": _citation(citation),
        "markers": _markers(record) or None,
    }
    plover.update({key: value for key, value in optional.items() if value is not None})
    return plover


def records(events: Iterable[tuple[dict[str, Any], Citation]], *, table: CameoTable | None = None) -> Iterator[dict[str, Any]]:
    """PLOVER records of the events that can be dated, in input order."""
    chosen = table or load_cameo_table()
    for record, citation in events:
        plover = plover_record(record, citation, table=chosen)
        if plover is not None:
            yield plover


def write(events: Iterable[tuple[dict[str, Any], Citation]], stream: TextIO) -> int:
    """Write a JSON array of PLOVER records, one per line inside it; returns how many were written."""
    count = 0
    stream.write("[")
    for plover in records(events):
        stream.write(("," if count else "") + "\n" + json.dumps(plover, ensure_ascii=False))
        count += 1
    stream.write("\n]\n")
    return count


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    entity: dict[str, Any] = {"entity_text": actor["name"], "code": _PLOVER_COUNTRY.get(actor.get("country") or "",
                              actor.get("country")), "sector": actor.get("sector"), "office": actor.get("role")}
    if actor.get("wikidata"):
        entity.update(identifier_id=actor["wikidata"], identifier_text=actor["name"])
    return entity


def _place(location: dict[str, Any] | None) -> dict[str, Any] | None:
    if not location:
        return None
    return {"place_name": location["name"], "lat": location.get("lat"), "lon": location.get("lon"),
            "country_code": _PLOVER_COUNTRY.get(location.get("country") or "", location.get("country"))}


def _citation(citation: Citation) -> dict[str, Any]:
    found = {"doc_id": citation.doc_id, "url": citation.url, "title": citation.title,
             "publication": citation.source, "language": LANGUAGE,
             "publication_date": citation.date.isoformat() if citation.date else None}
    return {key: value for key, value in found.items() if value}


def _markers(record: dict[str, Any]) -> list[str]:
    markers = ["historical"] if record.get("background") else []
    modality = _MARKERS.get(record.get("modality", "asserted"))
    return markers + ([modality] if modality else [])
