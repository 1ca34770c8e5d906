"""Tests for places/gazetteer.py: resolving place names to country, point and geonames id."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmill.errors import DataFileError
from eventmill.places.gazetteer import (
    Gazetteer,
    is_country,
    load_gazetteer,
    normalise,
    read_places_file,
)

HEADER = "name,country,lat,lon,kind,aliases,note\n"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "hint", "country"),
    [
        ("Ramallah", None, "PSE"),
        ("West Bank", None, "PSE"),
        ("the West Bank", None, "PSE"),
        ("Gaza", None, "PSE"),
        ("Gaza City", None, "PSE"),
        ("Israel", None, "ISR"),
        ("Tel Aviv", None, "ISR"),
        ("Tel-Aviv", None, "ISR"),
        ("Ouagadougou", None, "BFA"),
        ("Kyiv", None, "UKR"),
        ("Kiev", None, "UKR"),
        ("SAN SALVADOR", None, "SLV"),
        ("USULUTAN DEPARTMENT", None, "SLV"),
        ("Morazan", None, "SLV"),
        ("Lima", None, "PER"),
        ("Lima", "PER", "PER"),
        ("Lima", "USA", "USA"),
        ("Georgia", None, "GEO"),
        ("Georgia", "USA", "USA"),
        ("Burkina Faso", None, "BFA"),
        ("BURKINA FASO", None, "BFA"),
        ("Golan Heights", None, "SYR"),
        ("Kosovo", None, "XKX"),
        ("Britain", None, "GBR"),
        ("U.S.", None, "USA"),
        ("Mexico", None, "MEX"),
        ("Mexico City", None, "MEX"),
        ("southern Israel", None, "ISR"),
        ("city of Mosul", None, "IRQ"),
        ("Usulután", None, "SLV"),
        ("Congo", None, "COD"),  # wire style: plain "Congo" is the Democratic Republic
        ("Republic of Congo", None, "COG"),
        ("Congo Republic", None, "COG"),
    ],
)
def test_gazetteer_resolves_country(
    gazetteer: Gazetteer, name: str, hint: str | None, country: str
) -> None:
    place = gazetteer.lookup(name, country_hint=hint)
    assert place is not None
    assert place.country == country


@pytest.mark.parametrize(
    "name",
    ["police", "nice", "reading", "Aorema", "Kwabelinga Nord", "Of", "But", "From", "", "   "],
)
def test_gazetteer_rejects_non_places(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None
    assert not gazetteer.is_place(name)


@pytest.mark.parametrize(
    ("name", "country"),
    [("georgia", "GEO"), ("burkina faso", "BFA"), ("the west bank", None), ("turkey", None), ("us", None)],
)
def test_gazetteer_lowercase_resolves_only_countries(
    gazetteer: Gazetteer, name: str, country: str | None
) -> None:
    place = gazetteer.lookup(name)
    assert (place.country if place else None) == country


@pytest.mark.parametrize("name", ["Police", "POLICE", "Nice", "Reading"])
def test_gazetteer_capitalised_common_words_are_towns(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.is_place(name)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Ramallah", 31.9, 35.2), ("Ouagadougou", 12.37, -1.53), ("Kiev", 50.45, 30.52)],
)
def test_gazetteer_city_coordinates(gazetteer: Gazetteer, name: str, lat: float, lon: float) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 0.1 and abs(place.lon - lon) < 0.1
    assert place.geonameid is not None


@pytest.mark.parametrize(
    ("name", "country"), [("Djibouti", "DJI"), ("Kuwait", "KWT"), ("Singapore", "SGP")]
)
def test_gazetteer_country_beats_capital_of_same_name(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country
    assert place.name == name


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Gaza", "Gaza Strip"), ("Gaza Strip", "Gaza Strip"), ("Gaza City", "Gaza"), ("Kuwait City", "Kuwait City")],
)
def test_gazetteer_city_and_region_of_same_name(
    gazetteer: Gazetteer, name: str, canonical: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.name == canonical


def test_gazetteer_suffix_asks_for_region_not_city(gazetteer: Gazetteer) -> None:
    department = gazetteer.lookup("USULUTAN DEPARTMENT")
    town = gazetteer.lookup("USULUTAN")
    assert department is not None and town is not None
    assert department.geonameid is None and department.lat is None
    assert town.geonameid is not None and town.lat is not None


def test_gazetteer_country_point_is_inside_country(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Burkina Faso")
    assert place is not None and place.lat is not None and place.lon is not None
    assert 9.4 < place.lat < 15.1 and -5.6 < place.lon < 2.4


@pytest.mark.parametrize(("name", "region"), [
    ("the Sahel", "Sahel"),
    ("CENTRAL AMERICA", "Central America"),  # not "America" with a direction word before it
    ("the Gulf", "Persian Gulf"),  # not the Papua New Guinea province
])
def test_gazetteer_region_without_country(gazetteer: Gazetteer, name: str, region: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.name == region and place.country is None


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("SAN MIGUEL, EL SALVADOR", "San Miguel", "SLV"),
        ("Santa Ana, El Salvador", "Santa Ana", "SLV"),
        ("Some Farm Nobody Knows, Peru", "Peru", "PER"),
        ("Simi Valley, California", "Simi Valley", "USA"),
    ],
)
def test_gazetteer_comma_qualified_names_resolve_inside_their_country(
    gazetteer: Gazetteer, name: str, canonical: str, country: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and (place.name, place.country) == (canonical, country)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Usulután", "usulutan"),
        ("USULUTAN", "usulutan"),
        ("Tel-Aviv", "tel aviv"),
        ("St. Petersburg", "saint petersburg"),
        ("N’Djamena", "ndjamena"),
        ("  Gaza   Strip ", "gaza strip"),
    ],
)
def test_gazetteer_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


def test_gazetteer_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "mine.csv"
    user.write_text(
        HEADER
        + "Kwabelinga,BFA,13.1,-1.9,city,Kwabelinga village,invented for this test\n"
        + "Gaza,MOZ,-23.0,33.0,region,,the province wins for this user\n",
        encoding="utf-8",
    )
    gazetteer = load_gazetteer(extra_files=[user])
    village = gazetteer.lookup("Kwabelinga")
    assert village is not None and (village.country, village.lat, village.lon) == ("BFA", 13.1, -1.9)
    assert gazetteer.lookup("Gaza") == gazetteer.lookup("Gaza", country_hint="MOZ")
    gaza = gazetteer.lookup("Gaza")
    assert gaza is not None and gaza.country == "MOZ"


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("Somewhere,XXX,1,2,city,,\n", 2, "unknown ISO3"),
        ("Somewhere,PER,1,,city,,\n", 2, "both lat and lon"),
        ("Somewhere,PER,north,2,city,,\n", 2, "numbers"),
        ("Somewhere,PER,95,2,city,,\n", 2, "out of range"),
        ("Fine,PER,,,region,,\nSomewhere,PER,1,2,hamlet,,\n", 3, "kind"),
        (",PER,1,2,city,,\n", 2, "empty name"),
        ("Somewhere,PER,1,2\n", 2, "columns"),
    ],
)
def test_gazetteer_bad_user_file_names_line(tmp_path: Path, body: str, line: int, reason: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        read_places_file(path)
    assert error.value.code == "EM010"
    assert f"{path}:{line}:" in str(error.value) and reason in str(error.value)


def test_gazetteer_bad_header(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("place,iso\nSomewhere,PER\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.csv:1: header"):
        read_places_file(path)


def test_gazetteer_builtin_file_validates() -> None:
    rows = read_places_file(
        Path(__file__).parents[2] / "src" / "eventmill" / "data" / "places" / "regions.csv"
    )
    assert {"West Bank", "Golan Heights", "Sahel"} <= {row.name for row in rows}


def test_gazetteer_the_white_house_is_in_washington() -> None:
    place = load_gazetteer().lookup("White House")
    assert place is not None and place.country == "USA"


@pytest.mark.parametrize(("name", "whole_country"), [
    ("DR Congo", True),  # a country whose standard names pycountry does not list
    ("Russia", True),
    ("Kenya", True),
    ("Goma", False),
    ("Kinshasa", False),
])
def test_gazetteer_tells_a_whole_country_from_its_places(gazetteer: Gazetteer, name: str,
                                                         whole_country: bool) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and is_country(place) is whole_country


@pytest.mark.parametrize(("name", "place", "country"), [
    ("Odessa", "Odesa", "UKR"),  # the English name of a city eight times Odessa, Texas
    ("San Miguel", "San Miguel", "SLV"),  # a stray alternate of San Diego, under six times bigger
])
def test_gazetteer_a_much_bigger_citys_alternate_name_wins(gazetteer: Gazetteer, name: str, place: str,
                                                          country: str) -> None:
    found = gazetteer.lookup(name)
    assert found is not None and (found.name, found.country) == (place, country)
