"""The output contract's JSON Schemas: real records validate, broken ones are refused by name."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from eventmill.api import extract
from eventmill.model import (
    EVENT_TYPES,
    MODALITIES,
    Actor,
    Article,
    Counts,
    Document,
    Event,
    EventDate,
    Evidence,
    Place,
    Post,
    Quote,
    Span,
)
from eventmill.output.contract import records
from eventmill.output.validate import SCHEMA_FILES, ContractError, load_schema, validate
from tests.conftest import EXAMPLES

TEXT = "Ruritanian troops shelled Borduria on Monday, killing 3 soldiers, the army said."


def _article() -> Article:
    """A hand-coded article with every optional part of every record filled in."""
    army = Actor("Ruritanian army", "RRT", "MIL", None, "Q42", span=Span(0, 17))
    alliance = Actor("Ruritania and Borduria", members=(Actor("Ruritania", "RRT", "GOV"), Actor("Borduria", "BRD", "GOV")))
    evidence = Evidence(TEXT, 0, len(TEXT))
    event = Event(
        doc_id="doc-1", event_id="doc-1:0", type="ASSAULT", evidence=evidence, trigger=Span(18, 25),
        sentence=0, mode="shelling", contexts=("military",), actor=army, recipient=alliance,
        date=EventDate("2024-03-04", "day", "on Monday"), location=Place("Borduria", "BRD", 45.5, 20.25),
        counts=Counts(fatalities=3), post=0, according_to=Actor("the army", "RRT", "MIL"), confidence=0.8,
    )
    post = Post("Ruritanian army", "@rrt_army", dt.date(2024, 3, 5), "We struck.", 0, 10, 0, 10)
    quote = Quote("doc-1", "We struck.", army, evidence, post=0)
    return Article(Document("doc-1", TEXT, dt.date(2024, 3, 5)), posts=[post], events=[event], quotes=[quote])


def _record(kind: str) -> dict[str, Any]:
    return records(_article(), kind)[0]


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILES))
def test_contract_schemas_are_valid_draft_2020_12(kind: str) -> None:
    Draft202012Validator.check_schema(load_schema(kind))


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILES))
def test_contract_hand_coded_records_with_every_extra_validate(kind: str) -> None:
    validate(_record(kind), kind)


def test_contract_event_enums_match_the_model() -> None:
    properties = load_schema("events")["properties"]
    assert tuple(properties["type"]["enum"]) == EVENT_TYPES
    assert tuple(properties["modality"]["enum"]) == MODALITIES


def _parent(record: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    target: Any = record
    for key in path[:-1]:
        target = target[key]
    return target


def _set(path: tuple[str | int, ...], value: Any) -> Any:
    def change(record: dict[str, Any]) -> None:
        _parent(record, path)[path[-1]] = value
    return change


def _drop(*path: str) -> Any:
    return lambda record: _parent(record, path).pop(path[-1])


BROKEN = [
    ("events", "$.type", _set(("type",), "BOMB")),
    ("events", "$", _drop("evidence")),
    ("events", "$", _set(("summary",), "an undeclared extra")),
    ("events", "$.actor.country", _set(("actor", "country"), "Ruritania")),
    ("events", "$.actor", _set(("actor", "nickname"), "an undeclared actor extra")),
    ("events", "$.actor", _drop("actor", "role")),
    ("events", "$.recipient.members[0].name", _set(("recipient", "members", 0, "name"), "")),
    ("events", "$.date", _set(("date",), "2024-13-04")),
    ("events", "$.date", _set(("date_precision",), "month")),
    ("events", "$.date_precision", _set(("date",), None)),
    ("events", "$.fatalities", _set(("fatalities",), -3)),
    ("events", "$.fatalities", _set(("fatalities",), "3")),
    ("events", "$.confidence", _set(("confidence",), 1.5)),
    ("events", "$.location.lat", _set(("location", "lat"), 91.0)),
    ("events", "$.post.date", _set(("post", "date"), "yesterday")),
    ("events", "$.evidence.start", _set(("evidence", "start"), -1)),
    ("events", "$.trigger", _set(("trigger", "lemma"), "shell")),
    ("events", "$.background", _set(("background",), "no")),
    ("quotes", "$.text", _set(("text",), "")),
    ("quotes", "$.speaker.country", _set(("speaker", "country"), "rrt")),
    ("quotes", "$.post", _set(("post",), "0")),
    ("posts", "$.date", _set(("date",), "2024-02-30")),
    ("posts", "$", _drop("author")),
    ("posts", "$.end", _set(("end",), 1.5)),
]


@pytest.mark.parametrize(("kind", "path", "breaks"), BROKEN)
def test_contract_broken_record_is_refused_naming_the_field(kind: str, path: str, breaks: Any) -> None:
    record = copy.deepcopy(_record(kind))
    breaks(record)
    with pytest.raises(ContractError) as refused:
        validate(record, kind)
    assert refused.value.path == path
    assert str(refused.value).startswith(f"{kind} record does not match its schema at {path}: ")


def test_contract_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="no schema for record kind 'actors'"):
        validate({}, "actors")


@pytest.mark.model
@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda path: Path(path).name)
def test_contract_records_of_the_bundled_examples_validate(path: Path, validate_records: Any) -> None:
    article = extract(path.read_text(encoding="utf-8"), doc_id=path.name)
    assert not article.failures
    found = validate_records(article)
    assert found["events"]


@pytest.mark.model
def test_contract_every_record_kind_occurs_in_the_bundled_examples(validate_records: Any) -> None:
    kinds: set[str] = set()
    for path in sorted(EXAMPLES.glob("*.txt")):
        found = validate_records(extract(path.read_text(encoding="utf-8"), doc_id=path.name))
        kinds.update(kind for kind, rows in found.items() if rows)
    assert kinds == set(SCHEMA_FILES)
