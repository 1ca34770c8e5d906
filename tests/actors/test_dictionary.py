"""Tests for actors/dictionary.py: lookups, dated office coding, layering, validation, data files."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from eventmill.actors.dictionary import ActorDictionary, load_dictionary, normalise
from eventmill.actors.rows import read_generic
from eventmill.data_files import builtin
from eventmill.errors import DataFileError

ROOT = Path(__file__).resolve().parents[2]
SEED_DAY = dt.date(2021, 12, 29)


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_dictionary()


@pytest.mark.parametrize(("raw", "key"), [
    ("U.S.", "us"), ("the U. S.", "us"), ("US", "us"), ("Hussein Al-Sheikh", "hussein sheikh"),
    ("Omar El Bashir", "omar bashir"), ("Omar al-Bashir", "omar bashir"), ("El Salvador", "el salvador"),
    ("Gantz’s", "gantz"), ("Abbas'", "abbas"), ("Bogotá", "bogota"), ("Sana'a", "sanaa"),
    ("George H. W. Bush", "george hw bush"), ("George H.W. Bush", "george hw bush"),
    ("Washington, D.C.", "washington dc"), ("The Kremlin", "kremlin"),
])
def test_dictionary_normalise_ignores_case_dots_hyphens_apostrophes_diacritics(raw: str, key: str) -> None:
    assert normalise(raw) == key


@pytest.mark.parametrize(("name", "on", "expected"), [
    ("Benny Gantz", SEED_DAY, ("Benny Gantz", "ISR", "GOV", "Defense Minister")),
    ("Mahmoud Abbas", SEED_DAY, ("Mahmoud Abbas", "PSE", "GOV", "President")),
    ("Abu Mazen", SEED_DAY, ("Mahmoud Abbas", "PSE", "GOV", "President")),
    ("Hamas", SEED_DAY, ("Hamas", "PSE", "REB", None)),
    ("Hussein Al-Sheikh", SEED_DAY, ("Hussein al-Sheikh", "PSE", "GOV", "Minister of Civil Affairs")),
    ("Tel Aviv", SEED_DAY, ("Israel", "ISR", "GOV", None)),
    ("Kan", SEED_DAY, ("Kan", "ISR", "JRN", None)),
    ("Palestinian Authority", SEED_DAY, ("Palestinian Authority", "PSE", "GOV", None)),
    ("Islamic Jihad", SEED_DAY, ("Palestinian Islamic Jihad", "PSE", "REB", None)),
    ("ISIS", SEED_DAY, ("Islamic State", "ISM", "REB", None)),
    ("FMLN", dt.date(1990, 1, 3), ("Farabundo Marti National Liberation Front", "SLV", "REB", None)),
    ("FMLN", dt.date(2000, 1, 1), ("Farabundo Marti National Liberation Front", "SLV", "PTY", None)),
    ("Taliban", dt.date(2021, 8, 14), ("Taliban", "AFG", "REB", None)),
    ("Taliban", dt.date(2021, 8, 15), ("Taliban", "AFG", "GOV", None)),
    ("UN Security Council", None, ("UN Security Council", "UNO", None, None)),
    ("Alfredo Cristiani", dt.date(1990, 1, 3), ("Alfredo Cristiani", "SLV", "GOV", "President")),
    ("Antonio Guterres", dt.date(2000, 1, 1), ("Antonio Guterres", "PRT", "GOV", "Prime Minister")),
    ("António Guterres", dt.date(2020, 1, 1), ("Antonio Guterres", "UNO", "GOV", "Secretary-General")),
])
def test_dictionary_resolve_codes_seed_names(actors: ActorDictionary, name: str, on: dt.date | None,
                                             expected: tuple[str, str, str | None, str | None]) -> None:
    actor = actors.resolve(name, on=on)
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.role) == expected


@pytest.mark.parametrize(("name", "during", "after", "role"), [
    ("Benjamin Netanyahu", dt.date(2015, 6, 1), dt.date(2022, 1, 1), "Prime Minister"),
    ("Naftali Bennett", dt.date(2022, 1, 1), dt.date(2023, 1, 1), "Prime Minister"),
    ("Ehud Olmert", dt.date(2008, 1, 1), dt.date(2010, 1, 1), "Prime Minister"),
    ("Boris Johnson", dt.date(2020, 6, 1), dt.date(2023, 1, 1), "Prime Minister"),
    ("Theresa May", dt.date(2018, 1, 1), dt.date(2020, 1, 1), "Prime Minister"),
    ("Angela Merkel", dt.date(2015, 1, 1), dt.date(2022, 1, 1), "Chancellor"),
    ("Shinzo Abe", dt.date(2015, 1, 1), dt.date(2021, 1, 1), "Prime Minister"),
    ("Imran Khan", dt.date(2020, 1, 1), dt.date(2022, 6, 1), "Prime Minister"),
    ("Haider al-Abadi", dt.date(2016, 1, 1), dt.date(2019, 1, 1), "Prime Minister"),
    ("Saad Hariri", dt.date(2018, 1, 1), dt.date(2020, 6, 1), "Prime Minister"),
    ("Mario Draghi", dt.date(2022, 1, 1), dt.date(2023, 1, 1), "Prime Minister"),
    ("Justin Trudeau", dt.date(2020, 1, 1), dt.date(2025, 6, 1), "Prime Minister"),
    ("Abdalla Hamdok", dt.date(2020, 1, 1), dt.date(2023, 1, 1), "Prime Minister"),
    ("Mohammad Shtayyeh", dt.date(2020, 1, 1), dt.date(2024, 6, 1), "Prime Minister"),
    ("Benny Gantz", SEED_DAY, dt.date(2023, 3, 1), "Defense Minister"),
])
def test_dictionary_resolve_head_of_government_gov_in_term_eli_after(
    actors: ActorDictionary, name: str, during: dt.date, after: dt.date, role: str,
) -> None:
    in_office, former = actors.resolve(name, on=during), actors.resolve(name, on=after)
    assert in_office is not None and former is not None
    assert (in_office.sector, in_office.role) == ("GOV", role)
    assert (former.sector, former.role) == ("ELI", f"former {role}")


def test_dictionary_resolve_latest_office_without_date(actors: ActorDictionary) -> None:
    actor = actors.resolve("Vladimir Putin")
    assert actor is not None and (actor.sector, actor.role) == ("GOV", "President")


def test_dictionary_resolve_before_first_office_leaves_sector_unknown(actors: ActorDictionary) -> None:
    actor = actors.resolve("Volodymyr Zelenskyy", on=dt.date(2015, 1, 1))
    assert actor is not None and (actor.country, actor.sector, actor.role) == ("UKR", None, None)


@pytest.mark.parametrize(("word", "iso3"), [
    ("Israeli", "ISR"), ("Palestinian", "PSE"), ("Palestinians", "PSE"), ("American", "USA"),
    ("Burkinabe", "BFA"), ("Salvadoran", "SLV"), ("Britain", "GBR"), ("the U.S.", "USA"),
    ("Kosovar", "XKX"), ("Gaza", "PSE"), ("West Bank", "PSE"), ("the Kremlin", "RUS"), ("Hamas", "PSE"),
    ("Congo", "COD"), ("Congolese", "COD"), ("Republic of Congo", "COG"), ("Congo-Brazzaville", "COG"),
    ("Filipina", "PHL"),
    ("Kampuchean", "KHM"),
])
def test_dictionary_country_of_demonyms_names_capitals(actors: ActorDictionary, word: str, iso3: str) -> None:
    assert actors.country_of(word) == iso3


@pytest.mark.parametrize(("metonym", "country", "iso3"), [
    ("Tel Aviv", "Israel", "ISR"), ("Washington", "United States", "USA"), ("the White House", "United States", "USA"),
    ("the Kremlin", "Russia", "RUS"), ("Beijing", "China", "CHN"), ("Downing Street", "United Kingdom", "GBR"),
    ("Kiev", "Ukraine", "UKR"), ("Ramallah", "Palestine", "PSE"),
])
def test_dictionary_capital_metonym_is_the_government(actors: ActorDictionary, metonym: str, country: str,
                                                      iso3: str) -> None:
    actor = actors.resolve(metonym)
    assert actor is not None and (actor.name, actor.country, actor.sector) == (country, iso3, "GOV")
    entry = actors.lookup(metonym)
    assert entry is not None and entry.seat_of_government


@pytest.mark.parametrize(("name", "kind", "sector"), [
    ("Israel", "country", None), ("Georgia", "country", None), ("Gaza Strip", "place", None),
])
def test_dictionary_country_and_place_names_have_no_sector(actors: ActorDictionary, name: str, kind: str,
                                                           sector: str | None) -> None:
    entry = actors.lookup(name)
    assert entry is not None and (entry.kind, entry.sector) == (kind, sector)


@pytest.mark.parametrize(("words", "expected"), [
    ("Defense Minister", ("GOV", "Defense Minister")), ("defence minister", ("GOV", "Defense Minister")),
    ("Israeli minister of military affairs", ("GOV", "Defense Minister")),
    ("Palestinian official", ("GOV", "Official")), ("army spokesman", ("MIL", "Military Spokesman")),
    ("police chief", ("COP", "Police Chief")), ("lawmaker", ("LEG", "Lawmaker")),
    ("former prime minister", ("ELI", "former Prime Minister")), ("spokesman", (None, "Spokesman")),
    ("carpenter", None),
])
def test_dictionary_title_gives_sector_and_role(actors: ActorDictionary, words: str,
                                                expected: tuple[str | None, str] | None) -> None:
    assert actors.title(words) == expected


@pytest.mark.parametrize(("lemma", "sector"), [
    ("police", "COP"), ("soldier", "MIL"), ("troops", "MIL"), ("protester", "CVL"), ("gunmen", "UAF"),
    ("guerrilla", "REB"), ("subversives", "REB"), ("peasant", "CVL"), ("authorities", "GOV"), ("court", "JUD"),
    ("parliament", "LEG"), ("refugee", "REF"), ("journalist", "JRN"), ("factions", "REB"), ("table", None),
    ("outlet", "JRN"), ("broadcaster", "JRN"), ("politician", "PTY"), ("voters", "CVL"),
])
def test_dictionary_generic_nouns_map_to_sectors(actors: ActorDictionary, lemma: str, sector: str | None) -> None:
    assert actors.generic(lemma) == sector


def test_dictionary_surface_forms_cover_names_aliases_and_capitals(actors: ActorDictionary) -> None:
    forms = {form: entry for form, entry in actors.surface_forms()}
    assert forms["Tel Aviv"].sector == "GOV" and forms["Tel Aviv"].country == "ISR"
    assert forms["Abu Mazen"].name == "Mahmoud Abbas"
    assert forms["Israel"].kind == "country"


@pytest.mark.parametrize(("text", "found"), [
    ("WHO", "World Health Organization"), ("who", None), ("US", "United States"), ("the U.S.", "United States"),
    ("us", None), ("UN", "United Nations"), ("Kan", "Kan"), ("kan", "Kan"),
    ("LeT", "Lashkar-e-Taiba"), ("Let", None), ("let", None),
])
def test_dictionary_short_acronyms_match_only_in_capitals(actors: ActorDictionary, text: str,
                                                          found: str | None) -> None:
    entry = actors.lookup(text)
    assert (entry.name if entry else None) == found


def test_dictionary_people_by_surname_lists_candidates(actors: ActorDictionary) -> None:
    assert [entry.name for entry in actors.people_by_surname("Gantz")] == ["Benny Gantz"]
    assert {entry.name for entry in actors.people_by_surname("Sharif")} == {"Nawaz Sharif", "Shehbaz Sharif"}


def test_dictionary_user_csv_overrides_and_adds(tmp_path: Path) -> None:
    user = tmp_path / "mine.csv"
    user.write_text(
        "name,aliases,country,sector,role,start,end,wikidata\n"
        "Hamas,,PSE,GOV,,,,\n"
        "Maria Example,M. Example,COL,GOV,Governor,2020-01-01,2024-01-01,\n",
        encoding="utf-8",
    )
    actors = load_dictionary([user])
    hamas, maria = actors.resolve("Islamic Resistance Movement"), actors.resolve("M. Example", on=dt.date(2025, 1, 1))
    assert hamas is not None and hamas.sector == "GOV"
    assert maria is not None and (maria.country, maria.sector, maria.role) == ("COL", "ELI", "former Governor")
    assert any("replaces the entry from organizations.csv" in line for line in actors.explain("Hamas"))


def test_dictionary_user_yaml_overrides_a_person(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "actors:\n"
        "  - name: Benny Gantz\n"
        "    country: ISR\n"
        "    sector: GOV\n"
        "    role: Alternate Prime Minister\n"
        "    start: 2020-05-17\n"
        "    end: 2021-06-13\n"
        "    aliases: [Benny Gantz]\n",
        encoding="utf-8",
    )
    actor = load_dictionary([user]).resolve("Benjamin Gantz", on=dt.date(2021, 1, 1))
    assert actor is not None and actor.role == "Alternate Prime Minister"


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("name,country,sector,start\nA,ISR,GOV,2020-01-01\nB,ISR,GOV,2020-13-01\n", 3, "bad start date"),
    ("name,country,sector\nA,ISR,GOV\nB,ISR,XYZ\n", 3, "unknown sector"),
    ("name,country,sector\nA,ISRR,GOV\n", 2, "unknown country code"),
    ("# a comment\nname,country\nA,ISR,GOV\n", 3, "3 cells where the header has 2"),
    ("name,colour\nA,red\n", 1, "unknown columns"),
    ("name,country,start,end\nA,ISR,2021-01-01,2020-01-01\n", 2, "before start"),
    ("name,country,wikidata\nA,ISR,42\n", 2, "bad Wikidata id"),
])
def test_dictionary_malformed_user_csv_names_file_and_line(tmp_path: Path, text: str, line: int,
                                                           reason: str) -> None:
    user = tmp_path / "bad.csv"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_dictionary([user])
    assert raised.value.code == "EM010"
    assert f"bad.csv:{line}:" in str(raised.value) and reason in str(raised.value)


@pytest.mark.parametrize(("text", "message"), [
    ("sectors:\n  MIL: [army, soldier]\nbodies: [army, navy]\n", "'navy' has no sector"),  # a body is a generic
    ("sectors:\n  GOV: [embassy]\nmissions: embassy\n", "expected a list under 'missions'"),
    ("sectors:\n  MIL: [force]\nmass_nouns: [force, might]\n", "mass noun 'might' has no sector"),
])
def test_dictionary_malformed_generic_yaml_names_its_line(tmp_path: Path, text: str, message: str) -> None:
    generic = tmp_path / "generic.yaml"
    generic.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        read_generic(generic)
    assert "generic.yaml:3:" in str(raised.value) and message in str(raised.value)


def test_dictionary_bodies_are_institutions_not_people(actors: ActorDictionary) -> None:
    assert actors.is_body("army") and actors.is_body("commission")
    assert not actors.is_body("soldier") and not actors.is_body("officials")


def test_dictionary_mass_nouns_are_generics_that_bare_are_no_party(actors: ActorDictionary) -> None:
    assert actors.is_mass("force") and not actors.is_mass("forces") and not actors.is_mass("army")


def test_dictionary_missions_are_a_countrys_presence_abroad(actors: ActorDictionary) -> None:
    assert actors.is_mission("embassy") and actors.is_mission("envoy") and actors.is_mission("consulate")
    assert not actors.is_mission("ministry") and not actors.is_mission("protesters")


def test_dictionary_malformed_user_yaml_names_file_and_line(tmp_path: Path) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text("- name: A\n  country: ISR\n- name: B\n  sector: NOPE\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.yaml:3: unknown sector 'NOPE'"):
        load_dictionary([user])


def test_dictionary_countries_csv_is_what_the_script_generates(tmp_path: Path) -> None:
    generated = tmp_path / "countries.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts/make_countries.py"), "--output", str(generated)], check=True)
    assert generated.read_text(encoding="utf-8") == builtin("actors/countries.csv").read_text(encoding="utf-8")


def test_dictionary_builtin_names_are_unambiguous(actors: ActorDictionary) -> None:
    """No built-in name or alias is shadowed by another entry's (a capital names only the government)."""
    shadowed = []
    for _, entry in actors.surface_forms():
        for form in entry.aliases if entry.seat_of_government else (entry.name, *entry.aliases):
            if actors.lookup(form) != entry:
                shadowed.append((form, entry.name))
    assert shadowed == []


def test_dictionary_names_a_country_by_its_code(actors: ActorDictionary) -> None:
    assert (actors.country_name("RUS"), actors.country_name("PSE"), actors.country_name("ZZZ")) == (
        "Russia", "Palestine", None)
