"""Reports from contract dicts and from typed Events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventmill.dedup.reports import (
    Party,
    Where,
    date_span,
    report_from_event,
    report_from_record,
)
from eventmill.model import Actor, Counts, Event, EventDate, Evidence, Place, Span


@pytest.mark.parametrize(("value", "span"), [
    ("2024-03-10", (dt.date(2024, 3, 10), dt.date(2024, 3, 10))),
    ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
    ("2024-12", (dt.date(2024, 12, 1), dt.date(2024, 12, 31))),
    ("2024", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
])
def test_reports_date_span(value: str, span: tuple[dt.date, dt.date]) -> None:
    assert date_span(value) == span


def test_reports_from_record_and_event_agree() -> None:
    record = {
        "doc_id": "d", "event_id": "e", "type": "ASSAULT", "modality": "asserted", "background": False,
        "actor": {"name": "Israel and Hamas", "country": None, "sector": None,
                  "members": [{"name": "Israel", "country": "ISR", "sector": "GOV"},
                              {"name": "Hamas", "country": "PSE", "sector": "REB"}]},
        "recipient": None, "date": "2021-05", "date_precision": "month",
        "location": {"name": "Gaza", "country": "PSE", "lat": 31.5, "lon": 34.47},
        "fatalities": 266, "injuries": None, "arrests": None, "evidence": {"sentence": "War.", "start": 0, "end": 4},
    }
    from_record = report_from_record(record, source="Wire")
    members = (Actor("Israel", "ISR", "GOV"), Actor("Hamas", "PSE", "REB"))
    event = Event("d", "e", "ASSAULT", Evidence("War.", 0, 4), Span(0, 3), 0,
                  actor=Actor("Israel and Hamas", members=members), date=EventDate("2021-05", "month"),
                  location=Place("Gaza", "PSE", 31.5, 34.47), counts=Counts(fatalities=266))
    assert report_from_event(event, source="Wire") == from_record
    assert from_record.actor == (Party("Israel", "ISR", "GOV"), Party("Hamas", "PSE", "REB"))
    assert from_record.place == Where("Gaza", "PSE", 31.5, 34.47)
    assert (from_record.precision, from_record.outlet) == ("month", "Wire")
    assert report_from_record({**record, "date": None}).outlet == "doc:d"
