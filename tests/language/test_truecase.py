"""Tests for language/truecase.py: case restored, length kept, ordinary text untouched."""

from __future__ import annotations

import pytest

from eventmill.language.truecase import Truecaser, is_shouting

COMMON = frozenset({"the", "rebels", "rebel", "kidnap", "attack", "in", "of", "a", "front", "national",
                    "liberation", "army", "santa", "yesterday", "took", "place", "on", "clash", "who", "us",
                    "town", "said", "say", "and", "let", "remember"})
NAMES = ("Farabundo Marti National Liberation Front", "FMLN", "Salvadoran", "WHO", "LeT")


@pytest.fixture()
def truecase() -> Truecaser:
    return Truecaser(COMMON, names=NAMES)


@pytest.mark.parametrize(("text", "expected"), [
    ("THE REBELS KIDNAPPED A SALVADORAN IN SANTA ANA YESTERDAY.",
     "The rebels kidnapped a Salvadoran in Santa Ana yesterday."),
    ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ATTACKED THE TOWN.",
     "The Farabundo Marti National Liberation Front [FMLN] attacked the town."),
    ("LIMA, 3 JAN 90 -- [TEXT] THE CLASHES TOOK PLACE ON 30 DECEMBER.",
     "Lima, 3 Jan 90 -- [Text] The clashes took place on 30 December."),
    ("THE PCN SAID THE ARMY WHO ATTACKED US IN THE U.S. TOWN.",
     "The PCN said the army who attacked us in the U.S. town."),
    ("LET US REMEMBER THE ATTACK.", "Let us remember the attack."),
])
def test_truecase_restores_case(truecase: Truecaser, text: str, expected: str) -> None:
    assert truecase(text) == expected


def test_truecase_keeps_length_and_leaves_prose_alone(truecase: Truecaser) -> None:
    shouted = "THE REBELS' ATTACK ON THE NATIONAL ARMY, SAID THE FRONT."
    assert len(truecase(shouted)) == len(shouted)
    prose = "The rebels attacked the town of Santa Ana on Monday, officials said."
    assert truecase(prose) == prose


@pytest.mark.parametrize(("word", "common"), [
    ("kidnapped", True), ("clashes", True), ("rebels'", True), ("took", True), ("usulutan", False),
])
def test_truecase_is_common_through_inflections(truecase: Truecaser, word: str, common: bool) -> None:
    assert truecase.is_common(word) is common


@pytest.mark.parametrize(("text", "shouting"), [
    ("THE ARMY REPORTED A CLASH NEAR THE TOWN", True),
    ("The army reported a clash near the town", False),
    ("SHORT", False),
])
def test_truecase_is_shouting(text: str, shouting: bool) -> None:
    assert is_shouting(text) is shouting


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym the word lists know is a name where the text names its actor another way too
    ("THE NATIONAL LIBERATION ARMY SAID THE ELN ATTACKED THE TOWN.",
     "The National Liberation Army said the ELN attacked the town."),
    ("THE ELN ATTACKED THE TOWN.", "The eln attacked the town."),
    ("A CAR BOMB EXPLODED IN THE TOWN.", "A car bomb exploded in the town."),
    # a function word never is ("us"), and a hyphenated name is no acronym
    ("THE UNITED STATES TOLD US OF THE ATTACK IN PORT-AU-PRINCE.",
     "The United States told us of the attack in Port-au-Prince."),
])
def test_truecase_acronyms_that_are_words_need_their_actor_named(text: str, expected: str) -> None:
    common = COMMON | {"eln", "car", "bomb", "exploded", "explode", "told", "tell", "united", "states", "port-au-prince"}
    kin = [("National Liberation Army", "ELN"), ("Central African Republic", "CAR"), ("United States", "US")]
    truecase = Truecaser(common, names=[*NAMES, "National Liberation Army", "ELN", "CAR", "United States", "US",
                                        "Port-au-Prince"], kin=kin, function_words={"us", "who"})
    assert truecase(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word known only as a noun that ends a name, or leads on to more of it, is part of the name
    ("POLICE CORPORAL OSWALDO PALOMINO, WHO SERVED IN TOWN, WAS SHOT.",
     "Police corporal Oswaldo Palomino, who served in town, was shot."),
    ("THE REBELS SHOT JOSE ANGEL FLORES AND LUIS CASTRO GUISADO.",
     "The rebels shot Jose Angel Flores and Luis Castro Guisado."),
    # a possessive ends a name, and may follow a surname
    ("THE REBELS SHOT AT OSWALDO PALOMINO'S HOUSE AND AT JOSE ANGEL FLORES'S CAR.",
     "The rebels shot at Oswaldo Palomino's house and at Jose Angel Flores's car."),
    # not after a common word, before a common word, nor a particle or a word of other kinds
    ("THE PALOMINO AND THE ANGEL WERE SHOT.", "The palomino and the angel were shot."),
    ("OSWALDO PALOMINO WAS SHOT.", "Oswaldo palomino was shot."),
    ("IN SAN LUIS DE LA REINA, OSWALDO SHOT.", "In San Luis de La Reina, Oswaldo shot."),
])
def test_truecase_a_noun_only_word_that_ends_a_name_is_a_surname(text: str, expected: str) -> None:
    common = COMMON | {"police", "corporal", "palomino", "who", "served", "serve", "was", "shot", "shoot", "angel",
                       "castro", "were", "de", "la", "at", "house", "car"}
    truecase = Truecaser(common, names=NAMES, noun_only_words={"palomino", "angel", "castro", "police", "corporal", "house", "car"})
    assert truecase(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun-only word after a kind of place and "of" is the place's name
    ("HE WAS SHOT IN THE CITY OF CALI.", "He was shot in the city of Cali."),
    ("THE TOWN OF SEGOVIA WAS SHOT AT.", "The town of Segovia was shot at."),
    # not a word of other kinds, nor after a word that is no kind of place
    ("THE CITY OF HOPE WAS SHOT AT.", "The city of hope was shot at."),
    ("THE HOUSE OF CALI WAS SHOT AT.", "The house of cali was shot at."),
])
def test_truecase_a_noun_only_word_naming_a_place_of_some_kind_is_its_name(text: str, expected: str) -> None:
    common = COMMON | {"city", "town", "house", "of", "cali", "segovia", "hope", "he", "was", "shot", "shoot", "in",
                       "at"}
    truecase = Truecaser(common, names=NAMES, noun_only_words={"cali", "segovia", "city", "town", "house"},
                         place_words={"city", "town"})
    assert truecase(text) == expected
