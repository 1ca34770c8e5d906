"""Tests for places/locate.py: the event's own place, the struck place, the dateline fallback."""

from __future__ import annotations

from typing import Any

import pytest

import eventmill
from eventmill.model import (
    Actor,
    Article,
    Document,
    Event,
    Evidence,
    Segment,
    Sentence,
    Span,
)
from eventmill.places.gazetteer import load_gazetteer
from eventmill.places.locate import EventLocator


@pytest.fixture(scope="module")
def locator() -> EventLocator:
    return EventLocator(load_gazetteer())


def _article(doc: Any, text: str, trigger: int, event_type: str, **roles: Any) -> Article:
    token = doc[trigger]
    sentence = Sentence(0, len(text), text, 0, 0, len(doc))
    event = Event(doc_id="d", event_id="e", type=event_type, evidence=Evidence(text, 0, len(text)),
                  trigger=Span(token.idx, token.idx + len(token.text)), sentence=0, **roles)
    article = Article(document=Document("d", text), segments=[Segment(0, len(text), 0)], sentences=[sentence])
    article.docs = [doc]
    article.events = [event]
    return article


# An accusation does not happen where its object is; it only falls back to the story's country.
@pytest.mark.parametrize(("event_type", "expected"), [("ASSAULT", "Kherson"), ("ACCUSE", "Ukraine")])
def test_locate_struck_city_is_an_attacks_place(make_parsed: Any, locator: EventLocator,
                                                event_type: str, expected: str | None) -> None:
    words = ["Troops", "shelled", "the", "city", "of", "Kherson", "."]
    doc = make_parsed(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                      ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                      ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    located = locator(_article(doc, doc.text, 1, event_type)).events[0]
    assert located.location is not None and located.location.name == expected


def test_locate_falls_back_to_the_dateline_place(make_parsed: Any, locator: EventLocator) -> None:
    words = ["QUITO", ",", "3", "JAN", "90", "--", "REBELS", "ATTACKED", "A", "BRIDGE", "."]
    doc = make_parsed(words, [0, 0, 0, 0, 0, 0, 7, 7, 9, 7, 7],
                      ["ROOT", "punct", "npadvmod", "npadvmod", "npadvmod", "punct", "nsubj", "dep", "det", "dobj", "punct"],
                      ["PROPN", "PUNCT", "NUM", "PROPN", "NUM", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    located = locator(_article(doc, doc.text, 7, "ASSAULT")).events[0]
    assert located.location is not None and located.location.country == "ECU"


def test_locate_in_phrase_wins_over_the_dateline(make_parsed: Any, locator: EventLocator) -> None:
    words = ["LIMA", ",", "3", "JAN", "90", "--", "REBELS", "ATTACKED", "IN", "BOGOTA", "."]
    doc = make_parsed(words, [0, 0, 0, 0, 0, 0, 7, 7, 7, 8, 7],
                      ["ROOT", "punct", "npadvmod", "npadvmod", "npadvmod", "punct", "nsubj", "dep", "prep", "pobj", "punct"],
                      ["PROPN", "PUNCT", "NUM", "PROPN", "NUM", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                      ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    located = locator(_article(doc, doc.text, 7, "ASSAULT")).events[0]
    assert located.location is not None and located.location.country == "COL"


def test_locate_falls_back_to_the_most_named_country(make_parsed: Any, locator: EventLocator) -> None:
    words = ["Colombia", "'s", "police", "declared", "an", "emergency", "."]
    doc = make_parsed(words, [2, 0, 3, 3, 5, 3, 3], ["poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                      ["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                      ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    located = locator(_article(doc, doc.text, 3, "COERCE")).events[0]
    assert located.location is not None and located.location.country == "COL"



# A journey made for talks places them ("travelled to Nairobi for talks"), and a visit made goes
# where its "to" phrase says ("made a visit to Nairobi"). Each parse: words with their lemma, head,
# dependency and part of speech, and the trigger's index.
JOURNEYS = [
    ([("The", "the", 1, "det", "DET"), ("envoy", "envoy", 2, "nsubj", "NOUN"), ("travelled", "travel", 2, "ROOT", "VERB"),
      ("to", "to", 2, "prep", "ADP"), ("Nairobi", "Nairobi", 3, "pobj", "PROPN"), ("for", "for", 2, "prep", "ADP"),
      ("talks", "talk", 5, "pobj", "NOUN"), (".", ".", 2, "punct", "PUNCT")], 6),
    ([("The", "the", 1, "det", "DET"), ("envoy", "envoy", 2, "nsubj", "NOUN"), ("made", "make", 2, "ROOT", "VERB"),
      ("a", "a", 4, "det", "DET"), ("visit", "visit", 2, "dobj", "NOUN"), ("to", "to", 4, "prep", "ADP"),
      ("Nairobi", "Nairobi", 5, "pobj", "PROPN"), (".", ".", 2, "punct", "PUNCT")], 2),
]


@pytest.mark.parametrize(("parse", "trigger"), JOURNEYS)
def test_locate_a_journey_or_visit_is_where_it_went(make_parsed: Any, locator: EventLocator,
                                                    parse: list[tuple[str, str, int, str, str]], trigger: int) -> None:
    words, lemmas, heads, deps, pos = (list(column) for column in zip(*parse))
    doc = make_parsed(words, heads, deps, pos, lemmas, ents=["B-GPE" if w == "Nairobi" else "O" for w in words])
    located = locator(_article(doc, doc.text, trigger, "CONSULT")).events[0]
    assert located.location is not None and located.location.name == "Nairobi"


def _talks_in(make_parsed: Any, place: str) -> Any:
    """"They held talks in PLACE ." with PLACE a place entity."""
    words = ["They", "held", "talks", "in", place, "."]
    return make_parsed(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       ents=["O", "O", "O", "O", "B-GPE", "O"])


ENVOY, TALIBAN = Actor("Mohammad Sadiq", "PAK"), Actor("Taliban", "AFG")


@pytest.mark.parametrize(("actor", "recipient"), [(ENVOY, TALIBAN), (TALIBAN, ENVOY)])
def test_locate_talks_in_one_partys_country_are_the_others_visit(make_parsed: Any, locator: EventLocator,
                                                                  actor: Actor, recipient: Actor) -> None:
    doc = _talks_in(make_parsed, "Kabul")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=actor, recipient=recipient)).events[0]
    assert (located.mode, located.actor, located.recipient) == ("visit", ENVOY, TALIBAN)


def test_locate_talks_where_no_party_is_from_are_at_a_third_location(make_parsed: Any,
                                                                     locator: EventLocator) -> None:
    sides = Actor("U.S. and Russia", members=(Actor("U.S.", "USA"), Actor("Russia", "RUS")))
    doc = _talks_in(make_parsed, "Vienna")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=sides)).events[0]
    assert located.mode == "third-party"


@pytest.mark.parametrize(("recipient", "mode"), [
    (Actor("negotiators"), None),  # a side of unknown country may be Austrian
    (Actor("U.N.", "UNO"), None),  # an international body has no country to visit from
])
def test_locate_third_location_needs_every_partys_country(make_parsed: Any, locator: EventLocator,
                                                          recipient: Actor, mode: str | None) -> None:
    doc = _talks_in(make_parsed, "Vienna")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=Actor("U.S.", "USA"),
                               recipient=recipient)).events[0]
    assert located.mode == mode


def test_locate_keeps_a_meeting_mode_the_words_gave(make_parsed: Any, locator: EventLocator) -> None:
    doc = _talks_in(make_parsed, "Kabul")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=ENVOY, recipient=TALIBAN,
                               mode="phone")).events[0]
    assert located.mode == "phone"


def test_locate_a_visit_the_words_gave_stays_a_visit(make_parsed: Any, locator: EventLocator) -> None:
    doc = _talks_in(make_parsed, "Vienna")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=ENVOY, recipient=TALIBAN,
                               mode="visit")).events[0]
    assert located.mode == "visit"


def test_locate_the_host_of_a_visit_is_its_recipient(make_parsed: Any, locator: EventLocator) -> None:
    """"The Taliban hosted the envoy in Kabul": the words say visit, the venue says who visited."""
    doc = _talks_in(make_parsed, "Kabul")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=TALIBAN, recipient=ENVOY,
                               mode="visit")).events[0]
    assert (located.actor, located.recipient) == (ENVOY, TALIBAN)


def test_locate_the_storys_fallback_place_is_no_venue(make_parsed: Any, locator: EventLocator) -> None:
    words = ["Afghanistan", "'s", "envoy", "held", "talks", "."]
    doc = make_parsed(words, [2, 0, 3, 3, 3, 3], ["poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                      ["PROPN", "PART", "NOUN", "VERB", "NOUN", "PUNCT"], ents=["B-GPE", "O", "O", "O", "O", "O"])
    located = locator(_article(doc, doc.text, 4, "CONSULT", actor=TALIBAN, recipient=ENVOY)).events[0]
    assert located.location is not None and located.location.country == "AFG"
    assert located.mode is None


def test_locate_two_countries_named_alike_hint_neither(make_parsed: Any, locator: EventLocator) -> None:
    """With the U.S. named as often as Austria, Vienna is the Austrian city, not its Virginia namesake."""
    words = ["U.S.", "officials", "travel", "to", "Vienna", "."]
    doc = make_parsed(words, [1, 2, 2, 2, 3, 2], ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                      ["PROPN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                      ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    located = locator(_article(doc, doc.text, 2, "CONSULT")).events[0]
    assert located.location is not None and located.location.country == "AUT"


def test_locate_a_generic_ministry_is_of_the_country_it_acts_in(make_parsed: Any, locator: EventLocator) -> None:
    doc = _talks_in(make_parsed, "Lima")
    ministry = Actor("foreign ministry", sector="GOV")
    located = locator(_article(doc, doc.text, 2, "CONSULT", actor=ministry)).events[0]
    assert located.actor is not None and located.actor.country == "PER"


def _located(text: str, date: str, *types: str) -> Event:
    """The first event of one of `types` coded from a text, located."""
    return next(e for e in eventmill.extract(text, date=date).events if e.type in types)


def test_locate_a_capital_the_tagger_missed_is_still_a_place() -> None:
    protest = _located("Hundreds of supporters gathered in Niamey on Wednesday.", "2023-07-27", "PROTEST")
    assert protest.location is not None and protest.location.name == "Niamey"


def test_locate_a_place_in_a_clause_dating_the_event_is_not_its_place() -> None:
    protest = _located("TEL AVIV, Sept 2 (Reuters) - Thousands took to the streets on Sunday after six hostages were "
                       "found dead in southern Gaza.", "2024-09-02", "PROTEST")
    assert protest.location is not None and protest.location.name == "Tel Aviv"
    assert protest.recipient is not None and protest.recipient.country == "ISR"  # the implied government


@pytest.mark.parametrize(("text", "date", "types", "name", "country"), [
    # the tagger reads the name as a person; its appositive says it is a city, and the phrase
    # inside the appositive places the city, not the seizure
    ("Rebels seized most of Goma, the largest city in eastern Congo, on Monday.", "2025-01-28",
     ("COERCE", "ASSAULT"), "Goma", "COD"),
    # a capital named beside the word "capital" is the city the phrase places the event in
    ("GOMA, Jan 28 (Reuters) - In the capital Kinshasa, police fired tear gas at protesters on Tuesday.",
     "2025-01-28", ("ASSAULT",), "Kinshasa", "COD"),
    # a country that ties are cut with is a party, not the place
    ("KINSHASA, Jan 27 (Reuters) - Congo cut diplomatic ties with Rwanda on Sunday.", "2025-01-27",
     ("SANCTION",), "Kinshasa", "COD"),
    # a place the tagger cut short takes the dictionary's whole name
    ("India fired missiles at nine sites in Pakistan and Pakistani-administered Kashmir on Wednesday.", "2025-05-08",
     ("ASSAULT",), "Pakistan-administered Kashmir", "PAK"),
    # a place in a coordinated clause with a subject of its own is that clause's
    (("DAMASCUS, Dec 9 (AP) - Israeli jets struck dozens of Syrian army bases on Sunday, and Israeli troops moved "
      "into the buffer zone in the Golan Heights."), "2024-12-09", ("ASSAULT",), "Damascus", "SYR"),
    # a place in the subject of the verb the event is told under is where the teller is
    (("Pakistan's mines employ many foreign engineers. Militants abducted two Chinese engineers on Thursday, "
      "officials in neighbouring Iran said."), "2024-03-08", ("ASSAULT",), "Pakistan", "PAK"),
    # unless the tellers speak of what they do themselves
    ("Uganda's hospitals are short of staff. Nurses in Kenya say they are holding a strike over unpaid wages.",
     "2024-03-08", ("PROTEST",), "Kenya", "KEN"),
])
def test_locate_the_place_the_text_gives_the_event(text: str, date: str, types: tuple[str, ...], name: str,
                                                    country: str) -> None:
    event = _located(text, date, *types)
    assert event.location is not None and (event.location.name, event.location.country) == (name, country)


def test_locate_the_recipient_of_a_place_cut_short_is_of_its_whole_name() -> None:
    strike = _located("India fired missiles at nine sites in Pakistan and Pakistani-administered Kashmir on Wednesday.",
                      "2025-05-08", "ASSAULT")
    assert strike.recipient is not None and strike.recipient.country == "PAK"


# A place named by the noun it modifies ("Darfur region") is in a locative phrase; of a place and
# its possessor the place is the more specific.
@pytest.mark.parametrize("possessor", [True, False])
def test_locate_the_place_a_place_noun_names_not_its_possessor(make_parsed: Any, locator: EventLocator,
                                                                possessor: bool) -> None:
    words = ["Rebels", "attacked", "a", "village", "in", *(["Sudan", "'s"] if possessor else []), "Darfur", "region", "."]
    shift = 2 if possessor else 0
    heads = [1, 1, 3, 1, 1, *([6 + shift, 5] if possessor else []), 6 + shift, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", *(["poss", "case"] if possessor else []), "compound", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", *(["PROPN", "PART"] if possessor else []), "PROPN", "NOUN", "PUNCT"]
    ents = ["O"] * 5 + (["B-GPE", "O"] if possessor else []) + ["B-GPE", "O", "O"]
    doc = make_parsed(words, heads, deps, pos, ents=ents)
    located = locator(_article(doc, doc.text, 1, "ASSAULT")).events[0]
    assert located.location is not None and located.location.name == "Darfur"


def test_locate_a_place_name_read_as_an_adjective_still_names_its_region(make_parsed: Any, locator: EventLocator) -> None:
    words = ["Jets", "bombed", "a", "village", "in", "the", "Sagaing", "region", "."]
    doc = make_parsed(words, [1, 1, 3, 1, 3, 7, 7, 4, 1],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
                      ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
                      ents=["O", "O", "O", "O", "O", "O", "B-LOC", "O", "O"])
    located = locator(_article(doc, doc.text, 1, "ASSAULT")).events[0]
    assert located.location is not None and located.location.name == "Sagaing"


@pytest.mark.parametrize(("text", "event_type", "country"), [
    # a country's statement told with no place is made at home, not in the country the story names most
    (("The United States struck rebel targets in Freedonia overnight, the U.S. military said. "
      "The rebels vowed to retaliate. Chile called for restraint."), "REQUEST", "CHL"),
    # with a dateline, the reporter's place stands
    (("WASHINGTON, Jan 12 (Wire) - The United States struck rebel targets overnight. "
      "Chile called for restraint."), "REQUEST", "USA"),
])
def test_locate_a_statement_without_a_place_is_made_at_home(text: str, event_type: str, country: str) -> None:
    event = next(e for e in eventmill.extract(text, date="2024-01-12").events if e.type == event_type)
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(("text", "location"), [
    # a place in what the event made others do is theirs
    ("The militia has launched drones at cargo ships, forcing shipping companies to reroute around Africa.", None),
    # a place the event's own clause names stands
    ("The militia shelled Kharkiv, forcing thousands of residents to flee to Poland.", "Kharkiv"),
])
def test_locate_a_place_the_event_forced_others_to_is_not_its_own(text: str, location: str | None) -> None:
    event = next(e for e in eventmill.extract(text, date="2024-01-12").events if e.type == "ASSAULT")
    assert (event.location.name if event.location else None) == location


def test_locate_an_act_with_no_place_of_its_own_is_where_its_paragraph_is() -> None:
    """A paragraph keeps its scene: the police fired tear gas in Kinshasa, not in Goma, where the
    story was filed; a statement told there is still placed as statements are."""
    text = ("date 2025-01-28\n\nGOMA, Democratic Republic of Congo (Reuters) - Rebels said on Monday they had "
            "captured the airport.\n\nIn Kinshasa, protesters attacked the embassy of Rwanda. Police fired tear gas "
            "at the crowds.")
    events = eventmill.extract(text).events
    assert [(e.type, e.location.name if e.location else None) for e in events if e.type == "ASSAULT"] == [
        ("ASSAULT", "Goma"), ("ASSAULT", "Kinshasa")]


def test_locate_an_act_with_no_place_of_its_own_is_where_the_last_of_its_kind_was() -> None:
    """Told in a later paragraph, the military's strike is in Gaza, where the strikes were, not in
    Cairo, where mediators met and which the story names most."""
    text = ("date 2025-02-20\n\nIsraeli air strikes killed 27 people in Gaza City overnight, as mediators in Cairo "
            "pressed both sides to extend the truce. Egypt hosted the talks.\n\nThe Israeli military said it had "
            "struck militants who were planning attacks on its troops. Egyptian officials met both delegations in Cairo.")
    events = eventmill.extract(text).events
    strikes = [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"]
    assert len(strikes) == 2 and strikes[0].location is not None and strikes[0].location.country == "PSE"
    assert strikes[1].location == strikes[0].location


def test_locate_a_place_named_in_front_of_a_plural_place_noun_is_struck() -> None:
    event = next(e for e in eventmill.extract("In March, Pakistani strikes on Khost and Paktika provinces killed "
                                              "eight people.", date="2024-04-10").events if e.type == "ASSAULT")
    assert event.location is not None and event.location.country == "AFG" and event.location.name != "Afghanistan"


@pytest.mark.parametrize("text", [
    "US-backed fighters attacked the town on Monday.",
    "A Nairobi-based militia attacked the town on Monday.",
])
def test_locate_a_place_starting_a_hyphenated_word_is_nobodys_location(text: str) -> None:
    """Who backs the fighters, or where a group is from, is not where it attacked; nor is it the
    country the story is about."""
    attack = _located(text, "2024-01-12", "ASSAULT")
    assert attack.location is None and attack.actor is not None and attack.actor.country is None


@pytest.mark.parametrize("text", [
    "Police detained two protesters outside Israel's embassy on Monday.",
    "Police detained two protesters outside the U.S. embassy on Monday.",
])
def test_locate_the_country_owning_an_embassy_is_not_where_it_stands(text: str) -> None:
    """An embassy stands abroad: its country places nothing, and lends no country to the police."""
    arrest = _located(text, "2024-01-12", "COERCE")
    assert arrest.location is None and arrest.actor is not None and arrest.actor.country is None


def test_locate_the_town_an_embassy_stands_in_still_places_it() -> None:
    arrest = _located("Police detained two protesters outside the U.S. embassy in Baghdad on Monday.",
                      "2024-01-12", "COERCE")
    assert arrest.location is not None and arrest.location.name == "Baghdad"


@pytest.mark.parametrize(("text", "actor", "sector"), [
    ("Bandits killed seven people in Kaduna State on Thursday.", "Bandits", "UAF"),
    ("Militiamen killed five villagers in Ituri province on Thursday.", "Militiamen", "PRM"),
])
def test_locate_local_armed_groups_take_the_country_they_strike_in(text: str, actor: str, sector: str) -> None:
    attack = _located(text, "2024-01-12", "ASSAULT")
    assert attack.actor is not None and (attack.actor.name, attack.actor.sector) == (actor, sector)
    assert attack.location is not None and attack.actor.country == attack.location.country


@pytest.mark.parametrize("text", [
    "U.S. Defense Secretary Lloyd Austin met Prime Minister Fumio Kishida on Tuesday.",
    "Iranian-born U.S. envoy Rob Malley met Prime Minister Fumio Kishida on Tuesday.",
])
def test_locate_a_country_in_a_persons_title_is_not_where_they_met(text: str) -> None:
    """Whose official someone is says nothing of where the meeting was."""
    meeting = _located(text, "2024-01-16", "CONSULT")
    assert meeting.location is None


def test_locate_a_region_of_many_countries_is_a_scope_not_a_scene() -> None:
    attack = _located("Shining Path, one of the most feared armed movements in Latin America, burned eleven buses "
                      "in Lima on Sunday.", "1990-05-20", "ASSAULT")
    assert attack.location is not None and attack.location.name == "Lima"



def test_locate_a_region_of_many_countries_alone_places_nothing() -> None:
    """What a declaration is about is no scene; the dateline's city, where it was signed, stays."""
    accord = _located("SAN SALVADOR, 3 JAN 90 -- The two ministers signed a declaration expressing concern over "
                      "guerrilla violence in Latin America.", "1990-01-03", "SUPPORT")
    assert accord.location is not None and accord.location.name == "San Salvador"


@pytest.mark.parametrize(("text", "types", "name"), [
    # a capital the dictionary knows and the tagger left untagged is still where one went
    ("The Chilean minister flew to Kyiv on Monday.", ("CONSULT",), "Kyiv"),
    # "there" is the place named last before it
    ("SANTIAGO (Reuters) - The journalist fled to Bolivia on Tuesday and has been given refuge there.", ("AID",),
     "Bolivia"),
])
def test_locate_places_the_tagger_missed_or_pointed_back_to(text: str, types: tuple[str, ...], name: str) -> None:
    event = _located(text, "2024-01-12", *types)
    assert event.location is not None and event.location.name == name


def test_locate_the_parties_country_breaks_a_tie_of_places() -> None:
    """San Benito (Guatemala) and Soyapango (El Salvador) are named once each; the story's parties
    are Salvadoran, so an act told with no place is in El Salvador, not in the first named."""
    text = ("Rebels were seen near San Benito on Sunday. Troops patrolled the streets of Soyapango. "
            "The FMLN said the Salvadoran army had shelled its camps.")
    attack = _located(text, "1990-01-10", "ASSAULT")
    assert attack.location is not None and attack.location.country == "SLV"


def test_locate_a_countrys_own_ground_named_by_its_possessive() -> None:
    # before another place its sentence names loosely ("a suspect wanted in Ecuador")
    text = ("Gangs attacked two prisons in Quito on Monday. Neighbouring Peru deployed soldiers and police "
            "to its northern border on Tuesday, while Colombian police handed over a suspect wanted in Ecuador.")
    [deployment] = [e for e in eventmill.extract(text, date="2024-01-11").events if e.type == "MOBILIZE"]
    assert deployment.location is not None and deployment.location.country == "PER"


def test_locate_the_dictionarys_country_picks_among_namesakes() -> None:
    """Rafah is a town in Gaza and one in Egypt; the actor dictionary places it in Gaza, so a
    story filed from Cairo does not move the strike to Egypt, nor its victims."""
    text = ("CAIRO, Feb 6 (AP) - Egypt sent Israel a new proposal for a truce, Egyptian officials said. "
            "An Israeli airstrike on a house in Rafah killed 11 people overnight.")
    strike = _located(text, "2024-02-06", "ASSAULT")
    assert strike.location is not None and strike.location.country == "PSE"
    assert strike.recipient is not None and strike.recipient.country == "PSE"


@pytest.mark.parametrize(("text", "expected"), [
    # a definite place noun named by nothing points back to the place an event was last told in
    (("CAIRO, Jan 16 (Reuters) - Israel and Hamas agreed on Wednesday to a ceasefire in Gaza, mediators Qatar "
      "and Egypt said.\nIsraeli air strikes killed at least 70 people across the enclave after the deal was "
      "announced, the civil defence agency said."), "Gaza Strip"),
    # a settlement word does not point back to a whole country
    ("CAIRO (Reuters) - Protesters marched in Kenya on Monday.\nTwo people were killed in the city, police said.",
     "Kenya"),
])
def test_locate_the_enclave_is_the_place_told_before(text: str, expected: str) -> None:
    events = eventmill.extract(text, date="2025-01-16").events
    assert events[-1].location is not None and events[-1].location.name == expected
