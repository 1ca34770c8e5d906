"""Find and parse eventmill's data files (lexicons, dictionaries), reporting `file:line` errors.

Every loader goes through `load_yaml`, so a user's file and a built-in file are checked alike,
and a duplicated key (which YAML would silently let win) is an error with its line number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventmill.errors import DataFileError


def words(values: Iterable[Any] | None) -> frozenset[str]:
    """A data file's list of words, lowercased; a list the file leaves out is empty."""
    return frozenset(str(value).lower() for value in values or ())


def builtin(relative: str) -> Path:
    """Path of a file shipped in `eventmill/data/`."""
    return Path(str(resources.files("eventmill") / "data" / relative))


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys instead of keeping the last one, and reads only
    true and false as booleans (YAML 1.2): in a word list "no", "on" and "off" are words."""


_BOOL_TAG = "tag:yaml.org,2002:bool"
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise DataFileError(
                "EM010", path=node.start_mark.name, line=key_node.start_mark.line + 1,
                detail=f"duplicate key {key!r}",
            )
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates
)


def load_yaml(path: Path) -> Any:
    """Parse a YAML data file; syntax errors and duplicate keys name the file and line."""
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 0
        raise DataFileError("EM010", path=path, line=line, detail=error.problem) from error
    except OSError as error:
        raise DataFileError("EM010", path=path, line=0, detail=error.strerror) from error
