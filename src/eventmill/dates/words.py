"""Load and check the word lists behind date finding (data/dates/words.yaml).

The words are data so that a reader finds every vocabulary under `data/` and can extend it
(another month abbreviation, another counting word) without touching a regular expression.
The loader checks the file against its shape and reports problems as `file:line: reason`,
because a broken word list would otherwise surface as dates silently not being found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NoReturn

import yaml

from eventmill.errors import DataFileError

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "dates" / "words.yaml"

_NAME_TABLES = {"months": range(1, 13), "weekdays": range(0, 7)}


@dataclass(frozen=True)
class DateWords:
    """The vocabulary of temporal expressions, all in lower case.

    Attributes:
        months: month word ("oct", "october") -> month number 1-12.
        ambiguous_months: month words that are also other words ("may", "march").
        weekdays: weekday word -> Python weekday number (Monday = 0).
        number_words: counting phrase ("two", "a dozen") -> its value.
        relative_days: phrase naming a day ("yesterday") -> offset in days from publication.
        day_parts: parts of a day that may follow a day ("night").
        month_cues: words that mark a lone month name as a date ("in", "since").
        year_cues: words that mark a lone four-digit number as a year ("in", "the").
    """

    months: Mapping[str, int]
    ambiguous_months: frozenset[str]
    weekdays: Mapping[str, int]
    number_words: Mapping[str, int]
    relative_days: Mapping[str, int]
    day_parts: frozenset[str]
    month_cues: frozenset[str]
    year_cues: frozenset[str]


def load(path: Path | str = DEFAULT_PATH) -> DateWords:
    """Read and check a date word-list file.

    Args:
        path: the YAML file; the built-in list by default.

    Returns:
        The read-only vocabulary.

    Raises:
        DataFileError: EM010 naming the file and line of the first problem found.
    """
    path = Path(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise DataFileError("EM010", path=path, line=line, detail=str(error).splitlines()[0]) from error
    checker = _Checker(path)
    sections = checker.mapping(root, "the file")
    months = checker.name_table(sections, "months")
    ambiguous = checker.word_list(sections, "ambiguous_months")
    unknown = sorted(ambiguous - months.keys())
    if unknown:
        checker.fail(sections["ambiguous_months"], f"ambiguous_months names no month: {unknown[0]!r}")
    return DateWords(
        months=months,
        ambiguous_months=ambiguous,
        weekdays=checker.name_table(sections, "weekdays"),
        number_words=checker.number_table(sections, "number_words"),
        relative_days=checker.number_table(sections, "relative_days"),
        day_parts=checker.word_list(sections, "day_parts"),
        month_cues=checker.word_list(sections, "month_cues"),
        year_cues=checker.word_list(sections, "year_cues"),
    )


@cache
def default_words() -> DateWords:
    """The built-in vocabulary, read once per process."""
    return load(DEFAULT_PATH)


class _Checker:
    """Checks YAML nodes against the expected shape, failing with the node's line."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: yaml.Node | None, detail: str) -> NoReturn:
        line = node.start_mark.line + 1 if node is not None else 1
        raise DataFileError("EM010", path=self.path, line=line, detail=detail)

    def mapping(self, node: yaml.Node | None, what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping")
        return {key.value: value for key, value in node.value}

    def section(self, sections: dict[str, yaml.Node], name: str) -> yaml.Node:
        if name not in sections:
            self.fail(None, f"missing section {name!r}")
        return sections[name]

    def word(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not node.value.strip():
            self.fail(node, f"{what} must be a non-empty word")
        if node.value != node.value.lower():
            self.fail(node, f"{what} {node.value!r} must be lower case")
        return str(node.value)

    def word_list(self, sections: dict[str, yaml.Node], name: str) -> frozenset[str]:
        node = self.section(sections, name)
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.fail(node, f"{name} must be a non-empty list of words")
        return frozenset(self.word(item, f"a word in {name}") for item in node.value)

    def integer(self, node: yaml.Node, what: str) -> int:
        try:
            return int(node.value)
        except (TypeError, ValueError):
            self.fail(node, f"{what} must be an integer, not {node.value!r}")

    def number_table(self, sections: dict[str, yaml.Node], name: str) -> Mapping[str, int]:
        node = self.section(sections, name)
        if not isinstance(node, yaml.MappingNode) or not node.value:
            self.fail(node, f"{name} must be a non-empty mapping of phrase to integer")
        table: dict[str, int] = {}
        for key, value in node.value:
            phrase = " ".join(self.word(key, f"a phrase in {name}").split())
            table[phrase] = self.integer(value, f"{name}[{phrase!r}]")
        return MappingProxyType(table)

    def name_table(self, sections: dict[str, yaml.Node], name: str) -> Mapping[str, int]:
        node = self.section(sections, name)
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{name} must be a mapping")
        expected = _NAME_TABLES[name]
        table: dict[str, int] = {}
        for key, value in node.value:
            number = self.integer(key, f"a key of {name}")
            if number not in expected:
                self.fail(key, f"{name} key {number} is outside {expected.start}..{expected.stop - 1}")
            if number in table.values():
                self.fail(key, f"{name} key {number} appears twice")
            if not isinstance(value, yaml.SequenceNode) or not value.value:
                self.fail(value, f"{name}[{number}] must be a non-empty list of words")
            for item in value.value:
                word = self.word(item, f"a word in {name}[{number}]")
                if word in table:
                    self.fail(item, f"{word!r} names two entries of {name}")
                table[word] = number
        missing = sorted(set(expected) - set(table.values()))
        if missing:
            self.fail(node, f"{name} lacks an entry for {missing[0]}")
        return MappingProxyType(table)
