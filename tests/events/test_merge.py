"""Merging repeated tellings of one event in an article."""

from __future__ import annotations

from dataclasses import replace

import pytest

import eventmill
from eventmill.events.lexicon import load_lexicon
from eventmill.events.merge import EventMerger
from eventmill.model import (
    Actor,
    Article,
    Counts,
    Document,
    Event,
    EventDate,
    Evidence,
    Mention,
    Place,
    Span,
)

CHILE = Actor("Chile", country="CHL", sector="GOV")
PERU = Actor("Peru", country="PER", sector="GOV")
BOLIVIA = Actor("Bolivia", country="BOL", sector="GOV")


def event(start: int, event_type: str = "CONSULT", **fields: object) -> Event:
    base = Event(doc_id="d", event_id=f"e{start}", type=event_type, evidence=Evidence("s", start, start + 1),
                 trigger=Span(start, start + 1), sentence=start, actor=CHILE, recipient=PERU)
    return replace(base, **fields)


def merged(*events: Event) -> list[Event]:
    article = Article(document=Document("d", "text"), events=list(events))
    return EventMerger(load_lexicon())(article).events


def test_merge_joins_two_tellings_keeping_the_most_specific() -> None:
    first = event(1, date=EventDate("2022-03", "month"))
    second = event(5, date=EventDate("2022-03-01", "day"), counts=Counts(fatalities=3), contexts=("diplomatic",))
    [one] = merged(first, second)
    assert one.date.value == "2022-03-01" and one.counts.fatalities == 3 and one.contexts == ("diplomatic",)
    assert one.trigger.start == 1


@pytest.mark.parametrize("other", [
    {"type": "ACCUSE"},
    {"modality": "planned"},
    {"date": EventDate("2021-05-04", "day")},
])
def test_merge_keeps_different_events_apart(other: dict[str, object]) -> None:
    first = event(1, date=EventDate("2022-03-01", "day"))
    assert len(merged(first, event(5, **other))) == 2


def test_merge_a_day_the_words_gave_beats_the_reports_date() -> None:
    """"said he would step down" dated by the report, "announced on Friday that he would resign"
    by the day its speech was made: both guessed for the act, the second from words."""
    reported = event(1, "CONCEDE", date=EventDate("2019-11-30", "day", "publication date", inferred=True))
    worded = event(5, "CONCEDE", date=EventDate("2019-11-29", "day", "Friday", inferred=True))
    [one] = merged(reported, worded)
    assert one.date.value == "2019-11-29"


def test_merge_keeps_hostile_events_with_other_actors_apart() -> None:
    assert len(merged(event(1, "ACCUSE"), event(5, "ACCUSE", actor=BOLIVIA))) == 2


def test_merge_drops_an_event_noun_that_matches_nothing_and_has_no_one_in_it() -> None:
    lone = event(9, "ASSAULT", predicate="noun", actor=None, recipient=None)
    assert [e.type for e in merged(event(1), lone)] == ["CONSULT"]


@pytest.mark.parametrize(("text", "count"), [
    # a definite event noun points back at the attack told before it, whoever it names
    ("A bomb exploded in a bank in Quito on Monday. The explosion destroyed the offices of Banco Pichincha.", 1),
    ("Rebels kidnapped an engineer near Mocoa on Monday. The army said the kidnapping shocked Colombia.", 1),
])
def test_merge_a_definite_event_noun_joins_the_event_told_before(text: str, count: int) -> None:
    events = eventmill.extract(text, date="2022-03-02").events
    assert len([e for e in events if e.type == "ASSAULT"]) == count


def test_merge_a_definite_event_noun_joins_an_act_done_the_way_it_names() -> None:
    text = ("Pakistani jets bombed villages in Paktika on Tuesday. Three days earlier, TTP fighters attacked "
            "a checkpost. The strikes coincided with a visit to Kabul by Pakistan's envoy.")
    attacks = [e for e in eventmill.extract(text, date="2024-12-25").events if e.type == "ASSAULT"]
    assert {(e.actor.name, e.mode) for e in attacks} == {("Pakistani jets", "aerial"), ("TTP fighters", None)}


def test_merge_clauses_set_against_each_other_are_two_acts() -> None:
    text = ("Taliban fighters seized a district centre in northern Afghanistan on Saturday, while a bomb at an "
            "army base in the southern province of Helmand killed at least five people.")
    attacks = [e for e in eventmill.extract(text, date="2024-12-25").events if e.type == "ASSAULT"]
    assert [(e.actor.name, e.counts.fatalities) for e in attacks] == [
        ("Taliban fighters", None), ("unidentified attackers", 5)]


def test_merge_a_harm_told_in_the_attack_just_named_is_that_attack() -> None:
    text = ("Rebels attacked the residence of the governor on Monday. The governor was unharmed, "
            "but two policemen were killed and a soldier was wounded in the attack.")
    attacks = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].actor is not None and attacks[0].actor.name.lower() == "rebels"
    assert attacks[0].counts.fatalities == 2


def test_merge_an_act_named_with_a_month_of_its_own_is_not_todays() -> None:
    """"last month's massacre" happened last month: the jets shot down today are another attack,
    even one guessed a week from its end."""
    text = ("Chile struck nine sites in Peru early on Wednesday, saying it had hit camps used by militants behind "
            "last month's massacre of 26 tourists in Arica, and Peru said it had shot down five Chilean jets in "
            "retaliation.")
    attacks = [e for e in eventmill.extract(text, date="2025-05-08").events if e.type == "ASSAULT"]
    massacre = [(e.actor.name if e.actor else None, e.date.value if e.date else None)
                for e in attacks if e.counts.fatalities == 26]
    assert massacre == [("unidentified attackers", "2025-04")]  # not Chile's, not joined to its strike


REBELS = Actor("rebels", country="COL", sector="REB")
FARC = Actor("FARC", country="COL", sector="REB")


def test_merge_one_armed_side_named_twice_is_one_attack() -> None:
    post = Actor("police post")
    [one] = merged(event(1, "ASSAULT", actor=REBELS, recipient=post), event(5, "ASSAULT", actor=FARC, recipient=None))
    assert one.actor == REBELS and one.recipient == post


@pytest.mark.parametrize(("first_doer", "second_doer", "count"), [
    # one sector, one country at most: "IS militants" and "a cell of IS fighters" in Iraq
    (Actor("militants", country="ISM", sector="REB"), Actor("IS fighters", country="IRQ", sector="REB"), 1),
    (Actor("militants", sector="REB"), Actor("fighters", country="IRQ", sector="REB"), 1),
    # two countries' armies are two sides
    (Actor("Iraqi troops", country="IRQ", sector="MIL"), Actor("Syrian troops", country="SYR", sector="MIL"), 2),
])
def test_merge_one_side_told_by_sector_and_country(first_doer: Actor, second_doer: Actor, count: int) -> None:
    base = Actor("police base", sector="COP")
    assert len(merged(event(1, "ASSAULT", actor=first_doer, recipient=base),
                      event(5, "ASSAULT", actor=second_doer, recipient=base))) == count


@pytest.mark.parametrize("second", [
    {"recipient": Actor("oil pipeline")},  # another target
    {"date": EventDate("2022-05-20", "day", inferred=True)},  # weeks apart, even as guessed
    {"type": "ACCUSE"},  # two statements by one side are two statements
])
def test_merge_one_side_keeps_its_distinct_acts_apart(second: dict[str, object]) -> None:
    kind = str(second.get("type", "ASSAULT"))
    first = event(1, kind, actor=REBELS, recipient=Actor("bus"), date=EventDate("2022-05-01", "day"))
    other = event(5, kind, actor=FARC, **{"recipient": Actor("bus"), **second})
    assert len(merged(first, other)) == 2


@pytest.mark.parametrize("text", [
    "The senator, who survived an attack in 1985, spoke on Monday.",
    "Residents witnessed a bombing.",
])
def test_merge_keeps_an_event_someone_survived_or_witnessed_though_no_one_is_named(text: str) -> None:
    events = eventmill.extract(text, date="2022-03-02").events
    assert [(e.type, e.actor) for e in events if e.type == "ASSAULT"] == [("ASSAULT", None)]


@pytest.mark.parametrize("text", [
    "Five policemen were killed and 24 soldiers injured on Monday when a car bomb exploded near a police station.",
    "Two Chilean soldiers were killed on Monday when a mine exploded under a Peruvian truck.",
])
def test_merge_harms_without_a_doer_joined_in_one_sentence_are_one_attack(text: str) -> None:
    events = eventmill.extract(text, date="2022-03-02").events
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


def test_merge_harms_without_a_doer_placed_apart_in_one_sentence_are_two_attacks() -> None:
    text = "Two soldiers were killed in Cauca and three policemen were wounded in Antioquia on Monday."
    events = eventmill.extract(text, date="2022-03-02").events
    assert sorted(e.location.name for e in events if e.type == "ASSAULT" and e.location) == ["Antioquia", "Cauca"]


@pytest.mark.parametrize(("second", "count"), [
    ("Many farmers were killed on their farmlands.", 1),  # the same farmers, counted
    ("Other farmers were killed on their farmlands.", 2),  # others
])
def test_merge_a_party_named_again_with_a_quantity_is_the_same(second: str, count: int) -> None:
    text = f"Gunmen rode into the villages and opened fire on farmers on Monday. {second}"
    events = eventmill.extract(text, date="2022-03-02").events
    assert len([e for e in events if e.type == "ASSAULT"]) == count


@pytest.mark.parametrize(("second_doer", "count"), [
    (Actor("hooded men"), 1),  # one person shot: one attack, told twice
    (Actor("soldiers", country="CHL", sector="MIL"), 2),  # doers known to differ
])
def test_merge_one_named_person_attacked_is_one_attack(second_doer: Actor, count: int) -> None:
    victim = Actor("Tomas Rojas", span=Span(40, 51))
    first = event(1, "ASSAULT", actor=REBELS, recipient=victim, date=EventDate("2022-05-01", "day"))
    second = event(5, "ASSAULT", actor=second_doer, recipient=replace(victim, span=Span(90, 93)),
                   date=EventDate("2022-05-01", "day"))
    article = Article(document=Document("d", "text"), events=[first, second],
                      mentions=[Mention(40, 51, "Tomas Rojas", 0, 8, 10, victim, "person")])
    assert len(EventMerger(load_lexicon())(article).events) == count


def test_merge_the_same_group_attacked_by_two_doers_is_two_attacks() -> None:
    villagers = Actor("villagers", sector="CVL", span=Span(40, 49))
    first = event(1, "ASSAULT", actor=REBELS, recipient=villagers)
    second = event(5, "ASSAULT", actor=Actor("hooded men"), recipient=villagers)
    article = Article(document=Document("d", "text"), events=[first, second],
                      mentions=[Mention(40, 49, "villagers", 0, 8, 9, villagers, "generic")])
    assert len(EventMerger(load_lexicon())(article).events) == 2


def test_merge_two_people_named_apart_are_two_targets() -> None:
    first = event(1, "ACCUSE", actor=None, recipient=Actor("Mario Ruiz", "CHL", span=Span(10, 20)))
    second = event(5, "ACCUSE", actor=None, recipient=Actor("Ana Soto", "CHL", span=Span(60, 68)))
    second = replace(second, actor=Actor("government", "CHL", "GOV"))
    people = [Mention(10, 20, "Mario Ruiz", 0, 2, 4, first.recipient, "person"),
              Mention(60, 68, "Ana Soto", 1, 9, 11, second.recipient, "person")]
    article = Article(document=Document("d", "text"), events=[first, second], mentions=people)
    assert len(EventMerger(load_lexicon())(article).events) == 2


def test_merge_what_this_is_said_to_be_is_the_event_told_before() -> None:
    text = ("Rebels blew up a section of the northern pipeline on Monday. "
            "This is the fifth dynamite attack on the pipeline by the rebels this year.")
    events = eventmill.extract(text, date="2022-03-02").events
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize(("modes", "count"), [
    (("drone", "heavy-weapons"), 2),  # drones at the cities, shelling in one town: two attacks
    (("firearms", "abduct"), 2),
    (("aerial", "explosives"), 1),  # a bombing told as an air raid and as a blast
    (("firearms", "crowd-control"), 1),  # tear gas and live rounds at one crowd
    (("firearms", None), 1),
])
def test_merge_attacks_made_with_means_that_tell_them_apart_stay_apart(modes: tuple[str | None, str | None],
                                                                       count: int) -> None:
    first = event(1, "ASSAULT", mode=modes[0], recipient=None)
    second = event(5, "ASSAULT", mode=modes[1], actor=None, recipient=PERU)
    assert len(merged(first, second)) == count


@pytest.mark.parametrize(("told", "count"), [
    (EventDate("2022-03-07", "day"), 1),  # told as Monday, guessed as the report's Thursday
    (EventDate("2022-03", "month"), 1),  # "earlier this month"
    (EventDate("2022-02", "month"), 2),  # "last month's attack" is not one told without a date
    (EventDate("2022-02-12", "day"), 2),
])
def test_merge_a_guessed_date_joins_only_a_told_date_near_it(told: EventDate, count: int) -> None:
    guessed = EventDate("2022-03-10", "day", inferred=True)
    assert len(merged(event(1, "ASSAULT", date=told), event(5, "ASSAULT", date=guessed))) == count


@pytest.mark.parametrize(("second_sentence", "count"), [(2, 1), (4, 2)])
def test_merge_one_side_against_a_bare_target_is_one_attack_only_told_next_to_it(second_sentence: int,
                                                                                  count: int) -> None:
    # "Rebels killed 46 civilians. The rebels struck several villages late on Tuesday."
    first = event(1, "ASSAULT", actor=REBELS, recipient=Actor("civilians", country="COL", sector="CVL"))
    second = replace(event(5, "ASSAULT", actor=FARC, recipient=Actor("several villages")), sentence=second_sentence)
    assert len(merged(first, second)) == count


@pytest.mark.parametrize(("first_target", "second_target", "sentence", "count"), [
    ("brothels", "public bus", 2, 2),  # "… attacked two brothels. Urban guerrillas also blew up a public bus."
    ("Dif village", "village", 4, 1),  # the village named again, later in the report
])
def test_merge_one_side_against_two_bare_targets(first_target: str, second_target: str, sentence: int,
                                                 count: int) -> None:
    first = event(1, "ASSAULT", actor=REBELS, recipient=Actor(first_target))
    second = replace(event(5, "ASSAULT", actor=FARC, recipient=Actor(second_target)), sentence=sentence)
    assert len(merged(first, second)) == count


def test_merge_a_charge_and_a_condemnation_told_apart_are_two_accusations() -> None:
    charged = event(1, "ACCUSE", mode="allege", actor=None, recipient=CHILE)
    condemned = event(5, "ACCUSE", mode="disapprove", actor=PERU, recipient=None)
    assert len(merged(charged, condemned)) == 2
    assert len(merged(charged, replace(condemned, sentence=1))) == 1  # one statement told twice


def test_merge_a_sentence_passed_is_not_a_sanction_imposed() -> None:
    sentenced = event(1, "SANCTION", mode="convict", actor=None, recipient=CHILE)
    sanctions = event(5, "SANCTION", actor=PERU, recipient=CHILE)
    assert len(merged(sentenced, replace(sanctions, mode="discontinue"))) == 2
    assert len(merged(sentenced, sanctions)) == 1  # a sanction of no kind told may be the sentence


def test_merge_a_light_verb_is_a_clause_for_the_guessed_date_rule() -> None:
    told = event(1, "SANCTION", predicate="light", date=EventDate("2022-02", "month"))
    guessed = event(5, "SANCTION", predicate="verb", date=EventDate("2022-03-10", "day", inferred=True))
    assert len(merged(told, guessed)) == 2


def test_merge_never_makes_one_party_both_sides() -> None:
    # "Caribbean leaders met with Blinken … Blinken discussed the crisis": the richer party is Blinken
    # on both sides; the told dyad stands
    leaders = Actor("Caribbean leaders", sector="GOV")
    blinken = Actor("Antony Blinken", country="USA", sector="GOV", role="Foreign Minister")
    [one] = merged(event(1, actor=leaders, recipient=blinken), event(1, actor=blinken, recipient=None))
    assert (one.actor, one.recipient) == (leaders, blinken)


def test_merge_never_makes_one_party_both_sides_among_others() -> None:
    # "Fernandez met the bishop … the bishop received Fernandez and Anda": Fernandez is not her own guest
    fernandez = Actor("Ana Fernandez", country="CRI", sector="GOV", span=Span(10, 23))
    anda = Actor("Luis Anda", country="CRI", span=Span(50, 59))
    bishop = Actor("bishop", sector="REL")
    guests = Actor("Ana Fernandez and Luis Anda", members=(replace(fernandez, span=Span(30, 43)), anda))
    article = Article(document=Document("d", "text"), events=[
        event(1, actor=fernandez, recipient=bishop), event(3, actor=None, recipient=guests)],
        mentions=[Mention(a.span.start, a.span.end, a.name, 0, 0, 2, a, "person") for a in (fernandez, anda)]
        + [Mention(30, 43, "Ana Fernandez", 0, 0, 2, fernandez, "person")])
    [one] = EventMerger(load_lexicon())(article).events
    assert (one.actor, one.recipient) == (fernandez, bishop)


@pytest.mark.parametrize(("victims", "kind", "kept"), [
    (Actor("Mario Ruiz and Ana Soto", "CHL", members=(Actor("Mario Ruiz", "CHL"), Actor("Ana Soto", "CHL"))),
     "person", True),
    (Actor("Mario Ruiz", "CHL"), "person", True),
    (Actor("Puerto Alto"), "person", False),  # a place the tagger took for a person names no party
    (Actor("Puerto Alto", "CHL"), "place", False),
])
def test_merge_keeps_the_people_named_over_the_group_they_belong_to(victims: Actor, kind: str, kept: bool) -> None:
    # "rebels kidnapped two engineers … Mario Ruiz and Ana Soto were kidnapped on the road"
    engineers = Actor("engineers", country="CHL", sector="BUS", role="engineer")
    spans = [Span(40 + 20 * i, 50 + 20 * i) for i, _ in enumerate(victims.members or (victims,))]
    named = replace(victims, members=tuple(replace(m, span=s) for m, s in zip(victims.members, spans)),
                    span=None if victims.members else spans[0])
    first = event(1, "ASSAULT", actor=REBELS, recipient=engineers, date=EventDate("2022-05-01", "day"))
    second = event(5, "ASSAULT", actor=None, recipient=named, date=EventDate("2022-05-01", "day"))
    mentions = [Mention(s.start, s.end, m.name, 1, 3, 5, m, kind) for m, s in zip(named.members or (named,), spans)]
    article = Article(document=Document("d", "text"), events=[first, second], mentions=mentions)
    [one] = EventMerger(load_lexicon())(article).events
    assert (one.recipient == named) is kept and one.actor == REBELS


def test_merge_a_bare_noun_with_its_own_time_does_not_date_a_guessed_act() -> None:
    # "The minister promised to defend farmers. … concluded talks on the deal last December."
    guessed = EventDate("2022-03-10", "day", inferred=True)
    promise = event(1, "AGREE", date=guessed)
    deal = event(5, "AGREE", actor=None, recipient=None, predicate="noun", date=EventDate("2021-12", "month"))
    assert [e.date for e in merged(promise, deal) if e.trigger.start == 1] == [guessed]


def test_merge_a_thing_hit_is_kept_over_the_town_it_stood_in() -> None:
    """Where a bomb was set off is what it hit; the town a later sentence names says only where."""
    text = ("Rebels set off a bomb in the basement of the Democracy Tower building in western San Salvador "
            "on Monday. The explosion shook western San Salvador.")
    [attack] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ASSAULT"]
    assert attack.recipient is not None and attack.recipient.name == "Tower building"  # the building whose basement it was


PROTESTERS = Actor("protesters", country="KEN", sector="CVL")
DEMONSTRATORS = Actor("young demonstrators", country="KEN", sector="CVL")
PARLIAMENT_AND_POLICE = Actor("parliament and police", country="KEN", members=(
    Actor("parliament", country="KEN", sector="LEG"), Actor("police", country="KEN", sector="COP")))
DAY = EventDate("2024-06-25", "day")


@pytest.mark.parametrize(("second_place", "count"), [
    (Place("Kenya", "KEN"), 1),  # the country the city is in
    (Place("Nairobi", "KEN"), 1),
    (Place("Mombasa", "KEN"), 2),  # crowds in two cities are two protests
])
def test_merge_one_crowd_named_twice_the_same_day_is_one_protest(second_place: Place, count: int) -> None:
    first = event(1, "PROTEST", actor=PROTESTERS, recipient=PARLIAMENT_AND_POLICE, date=DAY,
                  location=Place("Nairobi", "KEN"))
    second = event(5, "PROTEST", actor=DEMONSTRATORS, recipient=Actor("building"), date=DAY, location=second_place)
    found = merged(first, second)
    assert len(found) == count
    # parties named together tell more than a bare thing
    assert found[0].recipient == PARLIAMENT_AND_POLICE


def test_merge_towns_named_together_are_still_only_where() -> None:
    # "set off bombs in Bogota and Medellin" and "wounded a watchman": the watchman was hit
    bogota = Actor("Bogota", country="COL", span=Span(10, 16))
    medellin = Actor("Medellin", country="COL", span=Span(21, 29))
    towns = Actor("Bogota and Medellin", country="COL", members=(bogota, medellin))
    first = event(1, "ASSAULT", actor=REBELS, recipient=towns, date=EventDate("2022-05-01", "day"))
    second = event(5, "ASSAULT", actor=REBELS, recipient=Actor("watchman"), date=EventDate("2022-05-01", "day"))
    places = [Mention(10, 16, "Bogota", 0, 2, 3, bogota, "place"), Mention(21, 29, "Medellin", 0, 4, 5, medellin, "place")]
    article = Article(document=Document("d", "text"), events=[first, second], mentions=places)
    [one] = EventMerger(load_lexicon())(article).events
    assert one.recipient == Actor("watchman")


@pytest.mark.parametrize(("first_place", "second_place"), [
    (Place("Colombia", "COL"), Place("Cali", "COL")),
    (Place("Cali", "COL"), Place("Colombia", "COL")),
])
def test_merge_keeps_the_town_over_the_country_it_is_in(first_place: Place, second_place: Place) -> None:
    [one] = merged(event(1, "ASSAULT", location=first_place), event(5, "ASSAULT", location=second_place))
    assert one.location == Place("Cali", "COL")


@pytest.mark.parametrize(("text", "told"), [
    ("Chile's president met Bolivia's president on Monday, the highest-level meeting in a decade.",
     [("CONSULT", "2022-02-28")]),
    # "strike" read as a labour strike and dated by "since 2006": it only ranks the air strike
    ("Chilean jets struck La Paz on Monday, the first strike on the Bolivian capital since 2006.",
     [("ASSAULT", "2022-02-28")]),
    # with no act told before it, the noun is the telling
    ("Thousands of people crowded into the main square of La Paz on Monday, the largest protest in years.",
     [("PROTEST", "2022-02-28")]),
])
def test_merge_a_noun_ranking_the_act_told_is_that_act(text: str, told: list[tuple[str, str]]) -> None:
    events = eventmill.extract(text, date="2022-03-02").events
    assert [(e.type, e.date.value if e.date else None) for e in events] == told


@pytest.mark.parametrize(("text", "told"), [
    # more victims of the act told before: one attack, its dead summed
    ("Gunmen killed the mayor of Cali on Monday. His son and a bodyguard were also killed.", [("ASSAULT", 3)]),
    # with a time of its own it is another attack
    ("Rebels killed the mayor of Cali on Monday. On Tuesday two policemen were also killed.",
     [("ASSAULT", 1), ("ASSAULT", 2)]),
])
def test_merge_victims_also_harmed_are_more_of_the_act_before(text: str, told: list[tuple[str, int]]) -> None:
    events = eventmill.extract(text, date="2024-01-10").events
    assert [(e.type, e.counts.fatalities) for e in events] == told


def test_merge_victims_also_harmed_leave_the_act_its_first_target() -> None:
    [attack] = eventmill.extract("Gunmen killed the mayor of Cali on Monday. Two policemen were also killed.",
                                 date="2024-01-10").events
    assert attack.recipient is not None and attack.recipient.name == "mayor"


def test_merge_a_country_and_its_forces_tell_one_attack() -> None:
    text = ("Chilean air strikes on a district of northern Peru killed 46 people, Peru said on Wednesday. "
            "The jets struck several villages in Tacna province late on Tuesday, a spokesman said.")
    attacks = [e for e in eventmill.extract(text, date="2024-12-25").events if e.type == "ASSAULT"]
    assert [(e.date.value if e.date else None, e.counts.fatalities) for e in attacks] == [("2024-12-24", 46)]


def test_merge_a_country_and_its_forces_in_two_places_are_two_attacks() -> None:
    text = ("Chile's ballistic missiles hit the Peruvian army's gathering centres in Tacna province today. "
            "The Chilean forces also fired a missile at Peruvian forces' bases in Arequipa on Friday.")
    attacks = [e for e in eventmill.extract(text, date="2024-12-27").events if e.type == "ASSAULT"]
    assert len(attacks) == 2


def test_merge_one_partys_agreements_with_two_others_are_two() -> None:
    text = ("EU ministers agreed on Monday to extend sanctions on Belarus. The bloc said it would send "
            "5 billion euros in military aid to Ukraine.")
    agreements = [e for e in eventmill.extract(text, date="2024-11-12").events if e.type == "AGREE"]
    assert sorted(e.recipient.name for e in agreements if e.recipient) == ["Belarus", "Ukraine"]
