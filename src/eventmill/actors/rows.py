"""Read actor data files into checked rows, and the name key every lookup uses.

Built-in and user dictionaries share one reader, so a user row is checked exactly as a built-in
one and every problem is reported as `file:line: reason` (EM010). Nothing here knows what an
actor is; `dictionary.py` turns rows into entries.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from eventmill.data_files import load_yaml
from eventmill.errors import DataFileError

INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# PLOVER sectors that say a party is unidentified rather than who it is ("gunmen" is UAF).
UNIDENTIFIED_SECTORS = frozenset({"UAF", "UNK"})
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
_QID = re.compile(r"Q[1-9][0-9]*")
# Distinct names whose keys `normalise` remembers (a few MB at most).
NORMALISED_CACHE_SIZE = 1 << 15


# The Arabic article, dropped inside names: transliterations write it al-, Al, el- or El.
ARABIC_ARTICLES = frozenset({"al", "el"})


@lru_cache(maxsize=NORMALISED_CACHE_SIZE)
def normalise(name: str) -> str:
    """The lookup key of a name: case, diacritics, apostrophes, dots, hyphens and "the" ignored.

    Single letters left by dropped dots are rejoined, so "U.S.", "U. S." and "US" agree; a
    possessive ending ("Gantz's", "Abbas'") is dropped, and so is the Arabic article inside a
    name ("Omar El Bashir", "Omar al-Bashir", "Omar Bashir" agree; "El Salvador" keeps its
    first word). Cached: every noun of every sentence is
    looked up as a title and a generic word, so the same few thousand words come back all the
    time; the cache is bounded so that memory stays flat over any corpus.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = re.sub(r"['’‘`´ʼ]s?$", "", text.strip())
    text = re.sub(r"['’‘`´ʼ]", "", text)
    words = re.sub(r"[\W_]+", " ", text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    words = words[:1] + [w for w in words[1:-1] if w not in ARABIC_ARTICLES] + words[1:][-1:]
    return " ".join(_join_initials(words))


def _join_initials(words: list[str]) -> list[str]:
    """Rejoin runs of single characters ("u s" → "us", "h w" → "hw")."""
    joined: list[str] = []
    in_run = False
    for word in words:
        if len(word) == 1 and in_run:
            joined[-1] += word
        else:
            joined.append(word)
            in_run = len(word) == 1
    return joined


@dataclass(frozen=True)
class Row:
    """One data row with the place it came from, so every check can name `file:line`."""

    cells: dict[str, str]
    path: Path
    line: int

    @property
    def source(self) -> str:
        return f"{self.path.name}:{self.line}"

    def error(self, detail: str) -> DataFileError:
        return DataFileError("EM010", path=self.path, line=self.line, detail=detail)

    def text(self, column: str) -> str:
        return self.cells.get(column, "").strip()

    def names(self, column: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text(column).split("|") if part.strip())

    def date(self, column: str) -> dt.date | None:
        value = self.text(column)
        try:
            return dt.date.fromisoformat(value) if value else None
        except ValueError:
            raise self.error(f"bad {column} date {value!r}: expected YYYY-MM-DD") from None

    def code(self, column: str, known: frozenset[str] | set[str], *, what: str) -> str | None:
        value = self.text(column).upper()
        if value and value not in known:
            raise self.error(f"unknown {what} {value!r} in column {column!r}")
        return value or None

    def required(self, column: str) -> str:
        value = self.text(column)
        if not value:
            raise self.error(f"empty {column!r}")
        return value

    def wikidata(self) -> str | None:
        value = self.text("wikidata")
        if value and not _QID.fullmatch(value):
            raise self.error(f"bad Wikidata id {value!r}: expected Q followed by digits")
        return value or None


def _read_csv(path: Path, *, columns: Iterable[str]) -> list[Row]:
    """Rows of a CSV file whose leading `#` lines are comments; the header must use `columns`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError("EM010", path=path, line=0, detail=str(error)) from error
    numbered = [(number, line) for number, line in enumerate(lines, start=1)
                if line.strip() and not line.startswith("#")]
    if not numbered:
        raise DataFileError("EM010", path=path, line=0, detail="no header row")
    header_line, header_text = numbered[0]
    header = [cell.strip() for cell in next(csv.reader([header_text]))]
    _check_columns(header, columns, path=path, line=header_line)
    rows = []
    for number, text in numbered[1:]:
        cells = next(csv.reader([text]))
        if len(cells) != len(header):
            raise DataFileError("EM010", path=path, line=number,
                                detail=f"{len(cells)} cells where the header has {len(header)}")
        rows.append(Row(dict(zip(header, cells)), path, number))
    return rows


def _read_yaml(path: Path, *, columns: Iterable[str]) -> list[Row]:
    """Rows of a YAML file: a list of mappings, or a mapping with such a list under `actors`."""
    data = load_yaml(path)
    node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    if isinstance(data, dict) and isinstance(node, yaml.MappingNode):
        data = data.get("actors")
        node = next((value for key, value in node.value if key.value == "actors"), None)
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise DataFileError("EM010", path=path, line=1, detail="expected a list of actors")
    rows = []
    for item, item_node in zip(data, node.value):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise DataFileError("EM010", path=path, line=line, detail="an actor must be a mapping")
        _check_columns([str(key) for key in item], columns, path=path, line=line)
        cells = {str(key): _yaml_cell(value) for key, value in item.items()}
        rows.append(Row(cells, path, line))
    return rows


def _yaml_cell(value: object) -> str:
    if isinstance(value, list):
        return "|".join(str(part) for part in value)
    return "" if value is None else str(value)


def _check_columns(found: Iterable[str], allowed: Iterable[str], *, path: Path, line: int) -> None:
    unknown = sorted(set(found) - set(allowed))
    if unknown:
        raise DataFileError("EM010", path=path, line=line, detail=f"unknown columns {unknown}")


def read_rows(path: Path, *, columns: Iterable[str]) -> list[Row]:
    if path.suffix.lower() in {".yaml", ".yml"}:
        return _read_yaml(path, columns=columns)
    return _read_csv(path, columns=columns)


def read_titles(path: Path) -> dict[str, tuple[str | None, str]]:
    """titles.yaml: role → sector and the forms news uses for it; form → (sector, role)."""
    table = load_yaml(path)
    if not isinstance(table, dict) or not isinstance(table.get("titles"), dict):
        raise DataFileError("EM010", path=path, line=1, detail="expected a mapping under 'titles'")
    forms: dict[str, tuple[str | None, str]] = {}
    for role, spec in table["titles"].items():
        sector = spec.get("sector") if isinstance(spec, dict) else None
        if not isinstance(spec, dict) or (sector is not None and sector not in SECTORS):
            raise DataFileError("EM010", path=path, line=line_of(path, role), detail=f"bad title {role!r}")
        for form in (role, *spec.get("forms", ())):
            if forms.get(normalise(form), (sector, role)) != (sector, role):
                raise DataFileError("EM010", path=path, line=line_of(path, form), detail=f"{form!r} listed twice")
            forms[normalise(form)] = (sector, role)
    return forms


class Generics(NamedTuple):
    """generic.yaml read: each noun's sector; the nouns that name a body rather than people; the
    words of a country's presence abroad (embassy, envoy); the nouns that, bare, are no party; the
    collective nouns whose members the word before them names ("terrorist groups"); the words of
    an air force's craft and raids ("jets", "air strikes"); the words by which a country or
    group in front leads a generic ("Saudi-led coalition"); and the words for a body of states
    ("the bloc"), which name the international organisation told before."""

    sectors: dict[str, str]
    bodies: frozenset[str]
    missions: frozenset[str] = frozenset()
    mass: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    air_words: frozenset[str] = frozenset()
    leading_words: frozenset[str] = frozenset()
    defence_words: frozenset[str] = frozenset()
    international_bodies: frozenset[str] = frozenset()


def read_generic(path: Path) -> Generics:
    """generic.yaml: sector → generic nouns, each noun under one sector only; `bodies` and
    `mass_nouns`, lists of those nouns; `missions`, `collectives`, `air_words`, `leading_words`,
    `defence_words` and `international_bodies`, lists of words."""
    table = load_yaml(path)
    if not isinstance(table, dict) or not isinstance(table.get("sectors"), dict):
        raise DataFileError("EM010", path=path, line=1, detail="expected a mapping under 'sectors'")
    nouns: dict[str, str] = {}
    for sector, words in table["sectors"].items():
        if sector not in SECTORS or not isinstance(words, list):
            raise DataFileError("EM010", path=path, line=line_of(path, sector), detail=f"bad sector {sector!r}")
        for word in words:
            if nouns.setdefault(normalise(word), sector) != sector:
                raise DataFileError("EM010", path=path, line=line_of(path, word), detail=f"{word!r} in two sectors")
    bodies = _word_list(table, path, "bodies", of=nouns, what="body")
    missions = _word_list(table, path, "missions")
    mass = _word_list(table, path, "mass_nouns", of=nouns, what="mass noun")
    collectives = _word_list(table, path, "collectives")
    return Generics(nouns, bodies, missions, mass, collectives, _word_list(table, path, "air_words"),
                    _word_list(table, path, "leading_words"), _word_list(table, path, "defence_words"),
                    _word_list(table, path, "international_bodies"))


def _word_list(table: dict[str, Any], path: Path, key: str, *, of: Collection[str] | None = None,
               what: str = "") -> frozenset[str]:
    """generic.yaml's list under `key`, normalised; with `of`, each word must be one of those nouns."""
    words = table.get(key, [])
    if not isinstance(words, list):
        raise DataFileError("EM010", path=path, line=line_of(path, key), detail=f"expected a list under {key!r}")
    unknown = next((word for word in words if of is not None and normalise(word) not in of), None)
    if unknown is not None:
        raise DataFileError("EM010", path=path, line=line_of(path, unknown), detail=f"{what} {unknown!r} has no sector")
    return frozenset(normalise(word) for word in words)


def line_of(path: Path, text: str) -> int:
    """The first line of a file mentioning `text` (for errors found after parsing)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if str(text) in line:
            return number
    return 0
