"""Check records against the JSON Schemas of the output contract shipped in `data/schema/`.

The schemas are the contract in a form outside tools can read (the HTTP API serves them too);
checking our own output against them is how a renamed or retyped field is caught before a user
finds it. They are loaded from the package once per process.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
from referencing import Registry, Resource

RecordKind = Literal["events", "quotes", "posts"]
# Record kind (as `contract.records` and `--what` name it) → schema file under data/schema/.
SCHEMA_FILES: dict[str, str] = {
    "events": "event.schema.json",
    "quotes": "quote.schema.json",
    "posts": "post.schema.json",
}


class ContractError(ValueError):
    """A record that does not match its schema; the message names the field and the rule."""

    def __init__(self, kind: str, path: str, detail: str) -> None:
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(f"{kind} record does not match its schema at {path}: {detail}")


def load_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one record kind, as shipped with the package.

    Raises:
        ValueError: for a kind that has no schema.
    """
    return _schemas()[_file_of(kind)]


def validate(record: Mapping[str, Any], kind: RecordKind | str = "events") -> None:
    """Check one record (a dict from `output.contract`) against its kind's schema.

    Raises:
        ContractError: naming the first offending field (as a JSON path) and what is wrong.
        ValueError: for a kind that has no schema.
    """
    error = best_match(_validator(_file_of(kind)).iter_errors(record))
    if error is not None:
        raise ContractError(kind, error.json_path, error.message)


def _file_of(kind: str) -> str:
    try:
        return SCHEMA_FILES[kind]
    except KeyError:
        raise ValueError(f"no schema for record kind {kind!r}; known: {', '.join(SCHEMA_FILES)}") from None


@lru_cache(maxsize=1)
def _schemas() -> dict[str, dict[str, Any]]:
    folder = resources.files("eventmill") / "data" / "schema"
    return {name: json.loads((folder / name).read_text(encoding="utf-8")) for name in SCHEMA_FILES.values()}


@lru_cache(maxsize=len(SCHEMA_FILES))
def _validator(file: str) -> Draft202012Validator:
    schemas = _schemas()
    Draft202012Validator.check_schema(schemas[file])
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return Draft202012Validator(schemas[file], registry=registry, format_checker=FormatChecker())
