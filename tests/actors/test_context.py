"""Tests for actors/context.py: generic actors take the country their context implies."""

from __future__ import annotations

import pytest

from eventmill.actors.context import imply_countries, story_country
from eventmill.model import Actor, Mention


def _m(name: str, sentence: int, *, country: str | None = None, sector: str | None = None,
       kind: str = "generic", start: int = 0) -> Mention:
    return Mention(start, start + 1, name, sentence, 0, 1, Actor(name, country, sector), kind=kind)


@pytest.mark.parametrize(("mentions", "expected"), [
    # the only country of its sentence
    ([_m("Kenya", 0, country="KEN", kind="country"), _m("police", 0, sector="COP")], "KEN"),
    # several countries in the sentence: the text does not say which
    ([_m("Gaza", 0, country="PSE", kind="place"), _m("Israel", 0, country="ISR", kind="country"),
      _m("people", 0, sector="CVL")], None),
    # no country in the sentence: the one the article is about (named at least twice, no tie)
    ([_m("Sudan", 0, country="SDN", kind="country"), _m("Khartoum", 1, country="SDN", kind="country"),
      _m("protesters", 2, sector="CVL")], "SDN"),
    ([_m("Sudan", 0, country="SDN", kind="country"), _m("Chad", 1, country="TCD", kind="country"),
      _m("protesters", 2, sector="CVL")], None),
    # armed forces do not take the country of the place they are in
    ([_m("Gaza", 0, country="PSE", kind="place"), _m("troops", 0, sector="MIL")], None),
    # but from the article even when their sentence names a place: "talks between the army and the
    # RSF in Jeddah" in a story about Sudan
    ([_m("Sudan", 0, country="SDN", kind="country"), _m("Khartoum", 1, country="SDN", kind="country"),
      _m("Jeddah", 2, country="SAU", kind="place"), _m("army", 2, sector="MIL")], "SDN"),
    # but from an armed force of one country named before them in their own sentence: "French
    # special forces had been stationed near the capital, and the last 400 soldiers pulled out"
    ([_m("Ouagadougou", 0, country="BFA", kind="country"), _m("French special forces", 0, country="FRA", sector="MIL"),
      _m("soldiers", 0, sector="MIL")], "FRA"),
    # not forces named with words of their own ("government troops" after "Russian warplanes")
    ([_m("Russian warplanes", 0, country="RUS", sector="MIL"), _m("government troops", 0, sector="MIL")], None),
    # an organisation known only by its kind ("Parliament") is treated the same way
    ([_m("Algerian", 0, country="DZA"), _m("Parliament", 0, sector="LEG", kind="organization")], "DZA"),
    # an office-holder the dictionary does not know, known by a title, likewise
    ([_m("Kenya", 0, country="KEN", kind="country"), _m("Moses Awuor", 0, sector="GOV", kind="person")], "KEN"),
    # an organisation the dictionary does not know at all takes its sentence's country only
    ([_m("Iran", 0, country="IRN", kind="country"), _m("Arak Heavy Water Works", 0, kind="organization")], "IRN"),
    ([_m("Sudan", 0, country="SDN", kind="country"), _m("Khartoum", 1, country="SDN", kind="country"),
      _m("Blue Nile Works", 2, kind="organization")], None),
    # international codes say nothing about a generic's country
    ([_m("United Nations", 0, country="UNO", kind="organization"), _m("officials", 0, sector="GOV")], None),
])
def test_context_implies_country_of_generic(mentions: list[Mention], expected: str | None) -> None:
    assert imply_countries(mentions)[-1].actor.country == expected


def test_context_keeps_a_country_the_text_gave() -> None:
    mentions = [_m("Chad", 0, country="TCD", kind="country"), _m("Sudanese police", 0, country="SDN", sector="COP")]
    assert imply_countries(mentions)[-1].actor.country == "SDN"


def test_context_says_why_in_the_source() -> None:
    mentions = [_m("Kenya", 0, country="KEN", kind="country"), _m("police", 0, sector="COP")]
    assert "only country in its sentence" in imply_countries(mentions)[-1].source


def test_context_a_countrys_presence_abroad_implies_no_country() -> None:
    # "protesters attacked the French embassy": the embassy's country is not the protesters'
    mentions = [_m("protesters", 0, sector="CVL"), _m("French embassy", 0, country="FRA", sector="GOV")]
    assert imply_countries(mentions, abroad={1})[0].actor.country is None
    assert imply_countries(mentions)[0].actor.country == "FRA"
    # nor does it make the article about that country
    told_twice = [_m("French embassy", 0, country="FRA", sector="GOV"), _m("French embassy", 1, country="FRA", sector="GOV"),
                  _m("protesters", 2, sector="CVL")]
    assert imply_countries(told_twice, abroad={0, 1})[-1].actor.country is None



def test_context_a_body_a_state_asks_is_not_that_states() -> None:
    """"The United States urged the government to free the activists", in a story on Venezuela."""
    story = [_m("Venezuela", 0, country="VEN", kind="country"), _m("Caracas", 1, country="VEN", kind="place")]
    asked = [*story, _m("United States", 2, country="USA", kind="country"), _m("government", 2, sector="GOV")]
    assert imply_countries(asked, addressed={3})[-1].actor.country == "VEN"
    assert imply_countries(asked)[-1].actor.country == "USA"
    # nor the asker's own when the story is about the asker
    about_the_asker = [_m("United States", 0, country="USA", kind="country"),
                       _m("Washington", 1, country="USA", kind="place"), *asked[2:]]
    assert imply_countries(about_the_asker, addressed={3})[-1].actor.country is None


def test_context_aid_groups_take_no_country_from_the_one_they_speak_of() -> None:
    mentions = [_m("Israel", 0, country="ISR", kind="country"), _m("aid groups", 0, sector="SOC")]
    assert imply_countries(mentions)[-1].actor.country is None


def test_context_the_agency_a_dateline_credits_does_not_vote() -> None:
    # "PORT-AU-PRINCE, March 12 (AP) - ... Blinken ... the United States ...": Haiti's story
    mentions = [_m("PORT-AU-PRINCE", 0, country="HTI", kind="country", start=0),
                _m("AP", 0, country="USA", sector="JRN", kind="organization", start=25),
                _m("Henry", 1, country="HTI", kind="person", start=40),
                _m("Blinken", 2, country="USA", kind="person", start=90),
                _m("United States", 3, country="USA", kind="country", start=140),
                _m("gunmen", 4, sector="UAF", start=200)]
    assert story_country(mentions) == "USA"
    assert imply_countries(mentions)[-1].actor.country == "USA"
    # without the agency's vote Haiti and the United States tie, and the story opens on Haiti
    assert story_country(mentions, (24, 28)) == "HTI"
    assert imply_countries(mentions, credit=(24, 28))[-1].actor.country == "HTI"
    assert story_country(mentions[:3] + mentions[5:], (24, 28)) == "HTI"


def test_context_a_pronoun_takes_the_country_implied_for_its_antecedent() -> None:
    """"President Salome Zourabichvili told the crowd she did not recognise the count", in a Georgian story."""
    story = [_m("Georgia", 0, country="GEO", kind="country"), _m("Tbilisi", 1, country="GEO", kind="place")]
    president = _m("Salome Zourabichvili", 2, sector="GOV", kind="person")
    she = Mention(9, 10, "she", 2, 0, 1, president.actor, kind="pronoun")
    implied = imply_countries([*story, president, she])
    assert [m.actor.country for m in implied[-2:]] == ["GEO", "GEO"]
    assert "antecedent" in implied[-1].source
    # a pronoun whose antecedent took no country takes none
    assert imply_countries([president, she])[-1].actor.country is None


def test_context_a_presence_abroad_of_no_country_takes_none_from_its_sentence() -> None:
    """"Venezuela expelled diplomats from seven Latin American countries": the sentence's only
    country is the host, as likely as the owner; a mission's generic takes none from it."""
    venezuela = _m("Venezuela", 0, country="VEN", kind="country")
    diplomats = _m("diplomats", 0, sector="GOV", start=20)
    assert imply_countries([venezuela, diplomats], abroad={1})[-1].actor.country is None
    assert imply_countries([venezuela, diplomats])[-1].actor.country == "VEN"
