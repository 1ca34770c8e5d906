"""Load the built-in and user actor dictionaries into one dated, read-only lookup.

Names in news are ambiguous in time more than in space: "Gantz" was Israel's defence minister
in 2021 and a former one in 2023. So a person is stored with every office term they held, and
`ActorDictionary.resolve` codes the name as of the event's date (after their last office:
sector ELI, role "former …"). Organisations may change too (the Taliban: rebels, then the
government from 2021-08-15), so their rows carry validity ranges in the same way.

Files are layered: the built-in `data/actors/` files first, then each user file in order. A
later file that names an entry already known replaces it, so a user can correct any built-in
row; new names simply add. `explain` says which file and line a name came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from eventmill.actors.rows import (
    INTERNATIONAL_CODES,
    SECTORS,
    Generics,
    Row,
    normalise,
    read_generic,
    read_rows,
    read_titles,
)
from eventmill.data_files import builtin
from eventmill.model import Actor

Kind = Literal["country", "organization", "person", "place"]
USER_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "wikidata", "kind")


@dataclass(frozen=True)
class Office:
    """One term of one office (or one phase of an organisation), as a half-open date range.

    Attributes:
        start, end: first day in office and the day it ended (the successor's first day);
            None means unbounded on that side.
        country: where the office is held, when it differs from the person's own country
            (a Portuguese prime minister later UN Secretary-General).
        source: the file and line the term came from, for `explain`.
    """

    role: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None
    country: str | None = None
    source: str = field(default="", compare=False)

    def holds_on(self, day: dt.date) -> bool:
        """Whether the office was held on `day`."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A named actor as the dictionaries know it.

    Attributes:
        name: canonical name; a capital used as a metonym carries its country's name.
        kind: what the name denotes; a metonym ("Tel Aviv") is kind "country" with sector GOV.
        sector: the sector when no office applies (a country's metonym: GOV).
        offices: person's office terms or organisation's phases, in file order; when several
            hold on one day, the first listed wins.
        source: file:line of the row that defined the entry.
    """

    name: str
    aliases: tuple[str, ...]
    kind: Kind
    country: str | None
    sector: str | None
    wikidata: str | None
    offices: tuple[Office, ...] = ()
    source: str = field(default="", compare=False)

    @property
    def seat_of_government(self) -> bool:
        """Whether the entry is a capital standing for its country's government ("Kabul said")."""
        return self.kind == "country" and self.sector == "GOV"

    @property
    def valid_from(self) -> dt.date | None:
        starts = [office.start for office in self.offices]
        return None if not starts or None in starts else min(s for s in starts if s)

    @property
    def valid_to(self) -> dt.date | None:
        ends = [office.end for office in self.offices]
        return None if not ends or None in ends else max(e for e in ends if e)


class _Codes:
    """The country codes and sectors rows may use: ISO3 from countries.csv plus PLOVER's."""

    def __init__(self, iso3: Iterable[str]) -> None:
        self.countries = frozenset(iso3) | INTERNATIONAL_CODES

    def office(self, row: Row, *, role: str | None) -> Office:
        start, end = row.date("start") or row.date("valid_from"), row.date("end") or row.date("valid_to")
        if start and end and end < start:
            raise row.error(f"end {end} before start {start}")
        country = row.code("country", self.countries, what="country code")
        sector = row.code("sector", SECTORS, what="sector")
        return Office(role, sector, start, end, country, row.source)

    def entry(self, row: Row, *, kind: Kind) -> ActorEntry:
        """An entry of one row; a person or organisation row is one office or phase."""
        role = row.text("role") or None
        office = self.office(row, role=role)
        offices = (office,) if kind in {"person", "organization"} else ()
        return ActorEntry(row.required("name"), row.names("aliases"), kind, office.country,
                          office.sector, row.wikidata(), offices, row.source)


def _merge(first: ActorEntry, later: ActorEntry) -> ActorEntry:
    """Two rows of one file naming the same actor: one entry with both terms and all aliases."""
    aliases = tuple(dict.fromkeys(first.aliases + later.aliases))
    return replace(first, aliases=aliases, offices=first.offices + later.offices,
                   wikidata=first.wikidata or later.wikidata)


def _country_entries(rows: list[Row]) -> tuple[list[ActorEntry], dict[str, str]]:
    """Country entries, their capitals as government metonyms, and demonym (as written) → ISO3."""
    entries, demonyms = [], {}
    for row in rows:
        iso3, name, qid = row.required("iso3"), row.required("name"), row.wikidata()
        entries.append(ActorEntry(name, row.names("aliases"), "country", iso3, None, qid, (), row.source))
        if row.names("capitals"):
            entries.append(ActorEntry(name, row.names("capitals"), "country", iso3, "GOV", qid, (), row.source))
        demonyms.update((word, iso3) for word in row.names("demonyms"))
    return entries, demonyms


def _key(entry: ActorEntry) -> str:
    """Where an entry is stored: its normalised name; a metonym apart from its country."""
    suffix = "#government" if entry.seat_of_government else ""
    return normalise(entry.name) + suffix


def _surfaces(entry: ActorEntry) -> tuple[str, ...]:
    """The forms that name an entry; a metonym is named by its capitals only, not the country."""
    return entry.aliases if _key(entry).endswith("#government") else (entry.name, *entry.aliases)


class ActorDictionary:
    """Read-only lookup of actors by name, country words, titles and generic nouns."""

    def __init__(self, entries: dict[str, ActorEntry], index: dict[str, str], *,
                 demonyms: dict[str, str], titles: dict[str, tuple[str | None, str]],
                 generics: Generics, replaced: dict[str, list[str]]) -> None:
        self._entries = entries
        self._index = index
        self._demonyms = {normalise(word): iso3 for word, iso3 in demonyms.items()}
        self._acronyms, self._cased_acronyms = _acronym_keys(
            [*demonyms, *(form for entry in entries.values() for form in _surfaces(entry))])
        self._titles = titles
        self._generics = generics.sectors
        self._bodies = generics.bodies
        self._missions = generics.missions
        self._international_bodies = generics.international_bodies
        self._mass = generics.mass
        self._collectives = generics.collectives
        self._air_words = generics.air_words
        self._leading_words = generics.leading_words
        self._defence_words = generics.defence_words
        self._generic_ends = frozenset(noun.rpartition(" ")[2] for noun in generics.sectors if " " in noun) \
            | generics.collectives
        self._replaced = replaced
        self._country_names: dict[str, str] = {}
        for entry in entries.values():
            if entry.kind == "country" and entry.country:
                self._country_names.setdefault(entry.country, entry.name)
        self._surnames: dict[str, list[str]] = {}
        for key, entry in entries.items():
            for form in (entry.name, *entry.aliases) if entry.kind == "person" else ():
                keys = self._surnames.setdefault(normalise(form).rpartition(" ")[2], [])
                keys.extend([key] if key not in keys else [])

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, name: str) -> ActorEntry | None:
        """The entry a name, alias or capital denotes, or None.

        Short acronyms match only as written ("WHO", "US", "LeT"), never the words "who", "us"
        and "let".
        """
        key = normalise(name)
        if self._miscased_acronym(key, name):
            return None
        return self._entries[self._index[key]] if key in self._index else None

    def resolve(self, name: str, *, on: dt.date | None = None) -> Actor | None:
        """The actor a name denotes as of `on`: office-holders by the office they held then.

        Args:
            name: any surface form (name, alias, capital).
            on: the event's date; None takes the latest office (or phase).

        Returns:
            The actor, with sector ELI and role "former …" for a person after their last
            office; None when the name is unknown.
        """
        entry = self.lookup(name)
        if entry is None:
            return None
        office, former = _office_on(entry, on)
        if office is None:
            return Actor(entry.name, entry.country, None if entry.offices else entry.sector, None, entry.wikidata)
        if former:
            role = f"former {office.role}" if office.role else "former official"
            return Actor(entry.name, office.country or entry.country, "ELI", role, entry.wikidata)
        return Actor(entry.name, office.country or entry.country, office.sector, office.role, entry.wikidata)

    def people_by_surname(self, surname: str) -> tuple[ActorEntry, ...]:
        """People whose name or an alias ends in `surname`'s last word ("Al-Sheikh" → Hussein al-Sheikh).

        Lookup itself never guesses from a surname (news reuses them: two Sharifs, two
        Castros); coreference picks among these candidates with the article's context.
        """
        return tuple(self._entries[key] for key in self._surnames.get(normalise(surname).rpartition(" ")[2], ()))

    def country_of(self, word: str) -> str | None:
        """The country code a demonym, adjective, country name, capital or actor name implies."""
        key = normalise(word)
        if self._miscased_acronym(key, word):
            return None
        if key in self._demonyms:
            return self._demonyms[key]
        entry = self.lookup(word)
        return entry.country if entry else None

    def _miscased_acronym(self, key: str, name: str) -> bool:
        return key in self._acronyms and _has_lowercase(name) and name.strip() not in self._cased_acronyms

    def country_name(self, code: str) -> str | None:
        """The name the dictionary gives a country code ("RUS" → "Russia")."""
        return self._country_names.get(code)

    def demonym(self, word: str) -> str | None:
        """The country a demonym or country adjective names ("Fijian" → FJI); names are not demonyms."""
        return self._demonyms.get(normalise(word))

    def is_acronym(self, name: str) -> bool:
        """Whether `name` is a short all-capitals name ("WHO", "US"), unreliable in shouted text."""
        return normalise(name) in self._acronyms

    def title(self, words: str) -> tuple[str | None, str] | None:
        """(sector, role) of an office title, ignoring a leading country word; "former" → ELI.

        The sector is None for titles that take it from their organisation ("spokesman").
        """
        tokens = normalise(words).split()
        if tokens[:1] in (["former"], ["ex"]):
            found = self.title(" ".join(tokens[1:]))
            return ("ELI", f"former {found[1]}") if found else None
        for skip in range(0, min(len(tokens), 3)):
            leading, rest = " ".join(tokens[:skip]), " ".join(tokens[skip:])
            if (not leading or self.country_of(leading)) and rest in self._titles:
                return self._titles[rest]
        return None

    def generic(self, lemma: str) -> str | None:
        """The sector a generic noun implies ("police" → COP, "militants" → REB)."""
        return self._generics.get(normalise(lemma))

    def ends_a_generic(self, lemma: str) -> bool:
        """Whether a word is the last of a generic of several words ("groups" of "rights groups")."""
        return normalise(lemma) in self._generic_ends

    def is_collective(self, lemma: str) -> bool:
        """Whether a word names a body of people by the word before it ("terrorist groups",
        "paramilitary units"), saying nothing of who they are alone."""
        return normalise(lemma) in self._collectives

    def is_air_word(self, lemma: str) -> bool:
        """Whether a word names an air force's craft or raids ("jets", "strikes"): "the jets" are
        those of the air force named with such a word before ("Pakistani air strikes")."""
        return normalise(lemma) in self._air_words

    def names_defence(self, name: str) -> bool:
        """Whether a body's name says it runs the armed forces ("defence ministry"), so that the
        forces it speaks of are its country's own."""
        return any(word in self._defence_words for word in normalise(name).split())

    def is_leading_word(self, word: str) -> bool:
        """Whether a word, hyphenated after a country or group, makes a generic theirs ("Saudi-led")."""
        return normalise(word) in self._leading_words

    def is_body(self, lemma: str) -> bool:
        """Whether a generic noun names one institution ("the army", "the commission"), which "it"
        can refer to, rather than people."""
        return normalise(lemma) in self._bodies

    def is_mission(self, lemma: str) -> bool:
        """Whether a word names a country's presence abroad ("embassy", "envoy"), whose country
        says nothing of the others named beside it."""
        return normalise(lemma) in self._missions

    def is_international_body(self, lemma: str) -> bool:
        """Whether a word names a body of states ("the bloc", "the alliance"): the international
        organisation told before it."""
        return normalise(lemma) in self._international_bodies

    def is_mass(self, lemma: str) -> bool:
        """Whether a generic noun, singular and bare, is a mass noun and no party ("threatened
        to use force", "took the town by force")."""
        return normalise(lemma) in self._mass

    def surface_forms(self) -> Iterator[tuple[str, ActorEntry]]:
        """Every name, alias and capital with the entry it resolves to (for a PhraseMatcher)."""
        for entry in self._entries.values():
            for form in _surfaces(entry):
                if self._index.get(normalise(form)) == _key(entry):
                    yield form, entry

    def demonym_forms(self) -> Iterator[tuple[str, str]]:
        """Every demonym and adjective key (normalised) with its country code."""
        yield from self._demonyms.items()

    def explain(self, name: str, *, on: dt.date | None = None) -> list[str]:
        """Human-readable steps of how `name` resolves: file and row, override, office applied.

        A bare surname is not resolved by lookup; the steps then list the people it may
        stand for, which coreference chooses among in an article.
        """
        key = self._index.get(normalise(name))
        if key is None:
            lines = [f"{name!r} (key {normalise(name)!r}) is in no actor dictionary"]
            candidates = self.people_by_surname(name)
            if candidates:
                names = ", ".join(f"{entry.name} ({entry.source})" for entry in candidates)
                lines.append(f"as a surname it may refer to: {names}; in an article, coreference picks "
                             "the last one named in full, else the only known one")
            return lines
        entry = self._entries[key]
        what = f"the government of {entry.name} (a capital or seat used as a metonym)" \
            if key.endswith("#government") else f"{entry.kind} {entry.name!r}"
        lines = [f"{name!r} names {what}, defined at {entry.source}"]
        lines += [f"it replaces the entry from {source}" for source in self._replaced.get(key, [])]
        office, former = _office_on(entry, on)
        when = on.isoformat() if on else "latest"
        if not entry.offices:
            lines.append(f"no dated offices or phases; sector {entry.sector or '—'}")
        elif office is None:
            lines.append(f"no office or phase applies yet ({when}): no sector")
        else:
            span = f"{office.start or '…'}..{office.end or '…'}"
            ended = former or bool(on and office.end and office.end <= on)
            state = "ended before" if ended else "held on"
            lines.append(f"{office.role or 'phase'} ({office.sector}) {span} from {office.source}: {state} {when}")
        actor = self.resolve(name, on=on)
        if actor is not None:
            lines.append(f"→ {actor.name}: country {actor.country or '—'}, sector {actor.sector or '—'}, "
                         f"role {actor.role or '—'}, wikidata {actor.wikidata or '—'}")
        return lines


def _acronym_keys(forms: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of short acronyms ("WHO", "U.S.", "UN", "LeT"), which written otherwise are English
    words, and those acronyms' own forms that mix in lowercase ("LeT"; "Let us" is no Lashkar)."""
    upper: dict[str, bool] = {}
    cased = set()
    for form in forms:
        key = normalise(form)
        if len(key.replace(" ", "")) <= 3:
            mixed = _has_lowercase(form) and any(char.isupper() for char in form.strip()[1:])
            upper[key] = upper.get(key, True) and (mixed or not _has_lowercase(form))
            cased.update([form.strip()] if mixed else [])
    keys = frozenset(key for key, is_upper in upper.items() if is_upper)
    return keys, frozenset(form for form in cased if normalise(form) in keys)


def _has_lowercase(text: str) -> bool:
    return any(char.islower() for char in re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE))


def _office_on(entry: ActorEntry, on: dt.date | None) -> tuple[Office | None, bool]:
    """The office (or phase) that applies on a day, and whether it had already ended.

    A person after all their offices is "former" (the latest ended office); before their first
    one nothing applies. An organisation keeps its nearest phase on either side.
    """
    if not entry.offices:
        return None, False
    if on is None:
        return max(entry.offices, key=_recency), False
    holding = next((office for office in entry.offices if office.holds_on(on)), None)
    if holding:
        return holding, False
    ended = [office for office in entry.offices if office.end and office.end <= on]
    if ended:
        return max(ended, key=_recency), entry.kind == "person"
    if entry.kind == "person":
        return None, False
    return min(entry.offices, key=lambda office: office.start or dt.date.min), False


def _recency(office: Office) -> tuple[dt.date, dt.date]:
    return office.end or dt.date.max, office.start or dt.date.min


BUILTIN_FILES = {
    "countries": ("countries.csv", ("iso3", "name", "aliases", "demonyms", "capitals", "wikidata")),
    "places": ("places.csv", ("name", "aliases", "country", "wikidata")),
    "organizations": ("organizations.csv",
                      ("name", "aliases", "country", "sector", "valid_from", "valid_to", "wikidata")),
    "people": ("people.csv", ("name", "aliases", "country", "sector", "role", "start", "end", "wikidata")),
}


class _Layering:
    """Adds files in order: rows of one file naming one actor merge; a later file replaces."""

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.index: dict[str, str] = {}
        self.replaced: dict[str, list[str]] = {}

    def add_file(self, entries: Iterable[ActorEntry]) -> None:
        merged: dict[str, ActorEntry] = {}
        for entry in entries:
            key = _key(entry)
            merged[key] = _merge(merged[key], entry) if key in merged else entry
        for key, entry in merged.items():
            if key in self.entries:
                self.replaced.setdefault(key, []).append(self.entries[key].source)
            self.entries[key] = entry
            self.index.update((normalise(form), key) for form in _surfaces(entry))


def _user_entry(row: Row, codes: _Codes) -> ActorEntry:
    kind = row.text("kind") or ("person" if row.text("role") else "organization")
    if kind not in {"country", "organization", "person", "place"}:
        raise row.error(f"unknown kind {kind!r}")
    return codes.entry(row, kind=kind)  # type: ignore[arg-type]


def load_dictionary(user_files: Iterable[Path] = (), *, data_dir: Path | None = None) -> ActorDictionary:
    """Load the built-in actor files, then each user file (CSV or YAML) on top.

    Args:
        user_files: dictionaries with columns name, aliases, country, sector, role, start,
            end, wikidata (and optionally kind); later files win over earlier ones.
        data_dir: folder of the built-in files (tests point it elsewhere); default the
            packaged `data/actors/`.

    Raises:
        DataFileError: EM010 naming the file and line of the first row that does not validate.
    """
    folder = data_dir or builtin("actors")
    rows = {name: read_rows(folder / file, columns=columns) for name, (file, columns) in BUILTIN_FILES.items()}
    countries, demonyms = _country_entries(rows["countries"])
    codes = _Codes(row.required("iso3") for row in rows["countries"])
    layers = _Layering()
    layers.add_file(codes.entry(row, kind="person") for row in rows["people"])
    layers.add_file(codes.entry(row, kind="organization") for row in rows["organizations"])
    layers.add_file(codes.entry(row, kind="place") for row in rows["places"])
    layers.add_file(countries)
    for path in user_files:
        layers.add_file([_user_entry(row, codes) for row in read_rows(Path(path), columns=USER_COLUMNS)])
    return ActorDictionary(
        layers.entries, layers.index, demonyms=demonyms, titles=read_titles(folder / "titles.yaml"),
        generics=read_generic(folder / "generic.yaml"), replaced=layers.replaced,
    )
