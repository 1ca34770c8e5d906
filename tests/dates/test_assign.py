"""Tests for dates/assign.py: which of a sentence's times each event takes, on real parses.

The events are built by hand (a trigger word each), so these tests depend on the parser and on
the dater only, not on which events the coder finds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import eventmill
from eventmill.clean import prepare
from eventmill.dates.assign import EventDater
from eventmill.language.nlp import LanguageAnalyzer
from eventmill.model import Document, Event, Evidence, Modality, Span

# Thursday. Its past weekdays: Fri 03-04, Sat 03-05, Sun 03-06, Mon 03-07, Tue 03-08, Wed 03-09.
PUBLISHED = dt.date(2022, 3, 10)


@pytest.fixture(scope="module")
def date_events(nlp: Any) -> Any:
    """Dates of the events named by trigger word in a text published on PUBLISHED."""
    analyzer = LanguageAnalyzer(nlp)

    def run(text: str, triggers: dict[str, Modality]) -> dict[str, str | None]:
        article = analyzer(prepare(Document("t", text, PUBLISHED)))
        article.events = [_event(article, word, modality) for word, modality in triggers.items()]
        dated = EventDater()(article).events
        return {word: event.date.value if event.date else None for word, event in zip(triggers, dated)}

    return run


def _event(article: Any, word: str, modality: Modality) -> Event:
    start = article.text.index(word)
    index = next(i for i, s in enumerate(article.sentences) if s.start <= start < s.end)
    sentence = article.sentences[index]
    return Event(doc_id="t", event_id=word, type="ASSAULT", evidence=Evidence(sentence.text, sentence.start, sentence.end),
                 trigger=Span(start, start + len(word)), sentence=index, modality=modality)


CASES = [
    # its own time
    ("Rebels shelled the airport on Monday.", "shelled", "2022-03-07"),
    # a coordinated verb holds the time
    ("Rioters looted and burned the town hall late on Tuesday.", "looted", "2022-03-08"),
    # a "when" clause holds the time
    ("Gunmen killed nine villagers when they raided a market on Sunday.", "killed", "2022-03-06"),
    # a participle takes its main verb's time
    ("Chile recalled its envoy on Monday, accusing Bolivia of spying.", "accusing", "2022-03-07"),
    # a time before a complement's subject is the reporting verb's
    ("The minister said on Tuesday he would scrap the fuel tax.", "scrap", "2022-03-08"),
    # measured from the main clause, shortly before: the same day
    ("Rebels shelled the port on Saturday, shortly before peace talks opened in Geneva.", "talks", "2022-03-05"),
    # measured from the story so far, the event being the measured verb's object
    ("Jets bombed the depot on Friday. The raid came two days after the junta declared a blockade.",
     "blockade", "2022-03-02"),
    # the main clause measured from a subordinate one that names no time: the story so far
    ("Polls closed on Sunday. Hours after the count ended, the president resigned.", "resigned", "2022-03-06"),
    # "the same day" is the last day named, even by a sentence without events
    ("The siege began on Monday, when troops ringed the city. The governor imposed a curfew the same day.",
     "imposed", "2022-03-07"),
    # a paragraph's time set by a sentence without events carries to one that names none
    ("On Wednesday, a crowd gathered outside the ministry. Police arrested 40 people.", "arrested", "2022-03-09"),
    # the time a source was heard is not the story's time
    ("Militants stormed a base on Friday. Five more soldiers died, according to a statement read late on Sunday. "
     "The assault came two days after the army launched an offensive.", "launched", "2022-03-02"),
    # a date inside a name is no time; a date before an event noun is that event's time
    ("Guerrillas attacked the 8 March bridge.", "attacked", "2022-03-10"),
    ("On Monday guerrillas attacked soldiers guarding the 1 March dam.", "attacked", "2022-03-07"),
    ("The 8 March bombing killed two.", "killed", "2022-03-08"),
    ("Protests over the disputed February election entered their third week.", "Protests", "2022-03-10"),
    ("Pakistan denies any role in the 22 February attack.", "denies", "2022-03-10"),
    # a time that only opens a span to now is not where the story is after it
    ("Rebels have held the town since January. Jets struck the port.", "struck", "2022-03-10"),
    ("Police have arrested 500 people since the unrest began in January. Jets struck the port.", "struck",
     "2022-03-10"),
    ("Two soldiers were killed in the 3 March attack.", "killed", "2022-03-03"),
    # a possessive time dates its thing, not the clause; an act's own ("Monday's bombing") dates it
    ("Protesters rejected the results of last month's election.", "rejected", "2022-03-10"),
    ("Monday's bombing killed two.", "killed", "2022-03-07"),
    # a time the parser hangs on a description of the subject is the subject's act's
    ("The minister said today that a group of men dressed as soldiers on Monday kidnapped a priest.",
     "kidnapped", "2022-03-07"),
    # a time something was scheduled for is no time the story is at, in its sentence or after it
    ("Talks scheduled for Monday were called off after rebels shelled the town.", "shelled", "2022-03-10"),
    (("The commission postponed local elections scheduled for February. The opposition accused the president "
      "of clinging to power."), "accused", "2022-03-10"),
    # the time of the kind an event is one of is not its time
    ("Police raided a camp on Monday, three days after militants attacked a post, killing 16 soldiers in one of "
     "the deadliest attacks on the army this year.", "attacked", "2022-03-04"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_assign_event_takes_its_clause_time(date_events: Any, text: str, trigger: str, expected: str) -> None:
    assert date_events(text, {trigger: "asserted"})[trigger] == expected


def test_assign_coordinated_verb_shares_a_measured_date(date_events: Any) -> None:
    text = "The ministry resigned on Wednesday, a day after students occupied the campus and police opened fire."
    dates = date_events(text, {"occupied": "asserted", "opened": "asserted"})
    assert dates == {"occupied": "2022-03-08", "opened": "2022-03-08"}


def test_assign_a_time_told_for_coordinated_verbs_is_told_for_each(nlp: Any) -> None:
    """The time of "looted and burned … late on Tuesday" is told for the looting too, not guessed:
    merging then keeps it apart from an event told on another day."""
    article = LanguageAnalyzer(nlp)(prepare(Document("t", "Rioters looted and burned the town hall late on Tuesday.",
                                                     PUBLISHED)))
    article.events = [_event(article, "looted", "asserted")]
    [looted] = EventDater()(article).events
    assert looted.date is not None and (looted.date.value, looted.date.inferred) == ("2022-03-08", False)


@pytest.mark.parametrize(("modality", "expected"), [("asserted", "2022-03-10"), ("planned", "2022-03-11")])
def test_assign_future_time_never_dates_a_past_event(date_events: Any, modality: Modality, expected: str) -> None:
    # "on Friday" under "will" is the coming Friday: a planned meeting's date, never a held one's.
    assert date_events("The two leaders will meet on Friday.", {"meet": modality})["meet"] == expected


@pytest.mark.parametrize(("text", "trigger", "modality", "expected"), [
    # the one time of the sentence reaches a clause the parser left unconnected to it
    ("The commission said 12 people were killed and 40 injured in the capital on Tuesday, and that 30 people "
     "had been detained.", "detained", "asserted", "2022-03-08"),
    # a relative clause's time describes its noun, not the sentence
    ("Two activists, who had been detained in January, were released.", "released", "asserted", "2022-03-10"),
    # a planned event does not take a past time that is not its own
    ("Under the accord, which both sides signed on Monday, the rebels are to disarm.", "disarm", "planned",
     "2022-03-10"),
])
def test_assign_sole_time_of_the_sentence(date_events: Any, text: str, trigger: str, modality: Modality,
                                          expected: str) -> None:
    assert date_events(text, {trigger: modality})[trigger] == expected


@pytest.mark.parametrize(("modality", "expected"), [("asserted", "2022-03-10"), ("planned", "2022-03-14")])
def test_assign_nothing_told_as_done_happens_after_the_report(date_events: Any, modality: Modality,
                                                              expected: str) -> None:
    # 14 March, after the 10 March report, can be when a planned seizure happens, never a done one.
    assert date_events("Rebels seized the town on 14 March.", {"seized": modality})["seized"] == expected


def test_assign_sentence_with_its_own_time_does_not_carry_the_paragraph(date_events: Any) -> None:
    text = "Rebels shelled the airport on Monday. In January, troops killed a commander."
    assert date_events(text, {"killed": "asserted"})["killed"] == "2022-01"


def test_assign_background_flag_for_old_events(nlp: Any) -> None:
    article = LanguageAnalyzer(nlp)(prepare(Document("t", "Troops seized the town in 2019.", PUBLISHED)))
    article.events = [_event(article, "seized", "asserted")]
    event = EventDater()(article).events[0]
    assert (event.date.value, event.background) == ("2019", True)


def test_assign_measured_past_the_calendar_edge_is_no_date(nlp: Any) -> None:
    text = "Polls closed on 31 December. Two weeks after the count ended, the president resigned."
    article = LanguageAnalyzer(nlp)(prepare(Document("t", text, dt.date(9999, 12, 31))))
    article.events = [_event(article, "resigned", "asserted")]
    assert EventDater()(article).events[0].date.value == "9999-12-31"


def test_assign_the_time_of_a_topic_dates_neither_its_sentence_nor_its_paragraph(date_events: Any) -> None:
    text = ("Police fired tear gas at crowds as protesters marked the anniversary of 2019 pro-democracy "
            "demonstrations. Police arrested 40 people.")
    dates = date_events(text, {"fired": "asserted", "demonstrations": "asserted", "arrested": "asserted"})
    assert dates == {"fired": "2022-03-10", "demonstrations": "2019", "arrested": "2022-03-10"}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Thousands staged the largest protest since 2019 in the capital.", "protest", "2022-03-10"),
    ("Jets struck the port, the first strike on the city since 2006.", "struck", "2022-03-10"),
    # a span that runs to now still dates what began then
    ("Rebels have besieged the town since January.", "besieged", "2022-01"),
])
def test_assign_a_time_bounding_a_comparison_dates_nothing(date_events: Any, text: str, trigger: str,
                                                           expected: str) -> None:
    assert date_events(text, {trigger: "asserted"})[trigger] == expected


def test_assign_a_planned_event_takes_the_time_it_is_scheduled_for(date_events: Any) -> None:
    dates = date_events("Talks between the two governments are scheduled for Monday.", {"Talks": "planned"})
    assert dates == {"Talks": "2022-03-14"}


def test_assign_a_future_time_of_a_clause_of_time_dates_nothing_told_after_it() -> None:
    """"Sall said he would step down when his term ends on April 2": April 2 is when the term ends,
    still to come; it dates neither the announcement nor what the next sentence tells."""
    text = ("Sall said he would step down when his term ends on April 2 and called for a national dialogue. "
            "Opposition candidates rejected the dialogue.")
    events = eventmill.extract(text, date="2024-02-25").events
    assert events and all(e.date is not None and e.date.value == "2024-02-25" for e in events)
