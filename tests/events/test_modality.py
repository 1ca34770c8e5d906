"""Modality of coded predicates: what did not happen is never asserted."""

from __future__ import annotations

from typing import Any

import pytest

from eventmill.events.lexicon import load_lexicon
from eventmill.events.modality import load_cues, modality_of
from eventmill.events.predicates import find_frames


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load_lexicon()


@pytest.fixture(scope="module")
def cues():  # type: ignore[no-untyped-def]
    return load_cues()


def modality(nlp: Any, lexicon: Any, cues: Any, text: str, anchor: str) -> str:
    frame = next(f for f in find_frames(nlp(text)[:], lexicon) if f.anchor.lower_ == anchor)
    return modality_of(frame, cues)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Soldiers attacked the village.", "attacked", "asserted"),
    # an act someone is kept from did not happen; one they are punished for did
    ("The ministry barred six companies from trading with Chinese firms.", "trading", "negated"),
    ("Police stopped the protesters from marching on parliament.", "marching", "negated"),
    # what an act to come waits for has not happened; what a past one lasted until has
    # a counterfactual told in reported speech never happened and is no threat
    ("He said the rebels would have attacked the town.", "attacked", "hypothetical"),
    ("Chile would not lift sanctions until Peru halted the tests.", "halted", "hypothetical"),
    ("Chile will not end the war until Peru releases the hostages.", "releases", "hypothetical"),
    ("Fighting went on until the troops withdrew from the town.", "withdrew", "asserted"),
    # "set" of "set fire" is no "set to": an act tried before another happened is no vow
    ("Protesters tried to set fire to the gate before troops dispersed them.", "dispersed", "asserted"),
    # awaited in the present tense, it has not happened; an act named inside what is awaited has
    ("The rebels opposed the deployment until their demands are met.", "met", "hypothetical"),
    ("The curfew stays until the killing of the mayor is solved.", "killing", "asserted"),
    # a clause told beside a demand is no part of it; a clause of purpose hung there is
    ("Chilean troops pushed into the valley on Tuesday, as Chile fired missiles at Peru.", "fired", "asserted"),
    ("The party demanded new elections after police arrested its leader.", "arrested", "asserted"),
    ("The UK is pushing hard for the US to support its debt relief plan.", "support", "demanded"),
    ("Soldiers did not attack the village.", "attack", "negated"),
    ("No shots were fired at the village.", "fired", "negated"),  # "no" read as a word, not a YAML false
    ("Not a single shot will be fired.", "fired", "negated"),
    ("Police made no arrests.", "made", "negated"),
    ("No one was killed in the blast.", "killed", "asserted"),  # a toll of zero, left to the counts
    # of any other act, no one taking part in it means it did not happen
    ("No one has been arrested for the killing.", "arrested", "negated"),
    ("Nobody was detained.", "detained", "negated"),
    ("The police arrested no one.", "arrested", "negated"),
    # an infinitive as a subject speaks of the act in general
    ("To bomb the civilian population would be a barbaric act.", "bomb", "hypothetical"),
    ("To accept the invasion is to admit defeat.", "accept", "hypothetical"),
    ("The rebels do not intend to launch more offensives.", "launch", "negated"),
    ("The rebels did not threaten to attack the airport.", "attack", "negated"),
    ("The army denied that soldiers attacked the village.", "attacked", "negated"),
    ("Rwanda denies backing the rebels.", "backing", "negated"),
    # what one denies having carried out happened; the denial is of a part in it
    ("The rebels denied carrying out the attack on the embassy.", "carrying", "asserted"),
    ("Parliament voted to reject the decree.", "reject", "asserted"),  # the vote is the rejection
    ("Bolivia refused to recognise the result.", "recognise", "negated"),
    ("The rebels threatened to attack the airport.", "attack", "threatened"),
    ("Activists demanded that police release the students.", "release", "demanded"),
    ("Chile renewed its demand today that Peru release the sailors.", "release", "demanded"),
    ("The minister plans to visit Accra.", "visit", "planned"),
    ("Army battalions had prepared for punitive assaults.", "assaults", "planned"),
    ("Gunmen set the club on fire after beating the guards.", "beating", "asserted"),
    # what one condemns, or is charged with a part in, happened
    ("We must repudiate the murder of a police officer.", "murder", "asserted"),
    ("Two officers are suspected of involvement in the assassination of the rector.", "assassination", "asserted"),
    ("Two officers are suspected of murdering the rector.", "murdering", "hypothetical"),
    ("If talks fail, the army may attack.", "attack", "hypothetical"),
    ("The council aims to tighten controls and impose a curfew.", "impose", "planned"),
    ("Gunmen tried to assassinate the governor.", "assassinate", "asserted"),
    ("The rebels made a bid to seize the airport.", "seize", "asserted"),
    ("Police used tear gas to disperse the crowd.", "disperse", "asserted"),
    ("The cleric used his sermon to urge parliament to act.", "urge", "asserted"),
    ("Peru said it would expel the envoy.", "expel", "planned"),
    ("Chad accused the rebels of trying to seize power.", "seize", "hypothetical"),  # alleged, not done
    # the means of a planned act is planned
    ("The gangs prepared an operation that will be carried out by attacking shops.", "attacking", "planned"),
    ("They will try to solve the problem caused by the assassination of the mayor.", "assassination", "asserted"),
    # what may happen has not
    ("There is always the danger of his being shot at from a window.", "shot", "hypothetical"),
    ("Residents fear the risk of new attacks on the town.", "attacks", "hypothetical"),
    # the parser may hang "of" on the accused party
    ("The rebels accused the military of bombing a market in Goma last month.", "bombing", "hypothetical"),
    ("The minister said he would hand in his resignation.", "resignation", "planned"),  # the verb's aux
    # a negation shared by verbs that lean on the first one's subject and auxiliaries
    ("No journalist has been arrested or killed here.", "killed", "negated"),
    ("The troops did not attack or loot the village.", "loot", "negated"),
    ("The guard was not killed but wounded.", "wounded", "asserted"),
    ("The rebels did not negotiate and attacked the town.", "attacked", "asserted"),
    # a past tense cannot lean on "would": the parser joined it to the wrong verb
    ("The general said a new government would be formed and asked people to stop the violence.", "asked",
     "asserted"),
    ("The rebels would attack the town and kill the mayor.", "kill", "hypothetical"),
    # a particle makes another verb of the cue: "set up" is no "set to", so its purpose is an aim
    ("Police set up a trap to capture the smuggler.", "capture", "planned"),
    # what a reprisal answers was done
    ("Hezbollah vowed to respond to the Israeli strikes.", "strikes", "asserted"),
    ("Netanyahu vowed that Iran would pay for the attack.", "attack", "asserted"),
    # a past "where" clause tells a fact, wherever the parser hangs it
    (("Iran threatened to shell Iraqi towns in retaliation for an air raid on the city of Susangerd where, "
      "it said, 100 people were killed."), "killed", "asserted"),
])
def test_modality_of_predicate(nlp: Any, lexicon: Any, cues: Any, text: str, anchor: str, expected: str) -> None:
    assert modality(nlp, lexicon, cues, text, anchor) == expected


def test_modality_user_cues_replace_a_list(tmp_path: Any) -> None:
    user = tmp_path / "cues.yaml"
    user.write_text("refusal_governors: [balk]\n", encoding="utf-8")
    cues = load_cues([user])
    assert cues.refusal_governors == frozenset({"balk"})
    assert "deny" in cues.denial


def test_modality_an_act_planned_as_an_object_is_planned(nlp: Any) -> None:
    for text in ("The cell was planning attacks on the embassy.",  # the object of "plan"
                 "Troops intercepted 15 members of a cell for allegedly planning attacks on the embassy."):  # a modifier
        [attack] = [f for f in find_frames(nlp(text)[:], load_lexicon()) if f.coding.type == "ASSAULT"]
        assert modality_of(attack, load_cues()) == "planned"


@pytest.mark.parametrize(("text", "expected"), [
    ("An analyst said a blockade would cut the island's energy imports.", "planned"),
    ("The blockade cut the island's energy imports.", "asserted"),
])
def test_modality_an_event_noun_subject_takes_its_clauses_supposition(nlp: Any, text: str, expected: str) -> None:
    [blockade] = [f for f in find_frames(nlp(text)[:], load_lexicon()) if f.coding.type == "COERCE"]
    assert modality_of(blockade, load_cues()) == expected


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("Talks between the government and the rebels are scheduled for Monday.", "CONSULT", "planned"),
    ("Talks between the government and the rebels were scheduled for Monday.", "CONSULT", "planned"),
    ("Talks between the government and the rebels are scheduled to start next week.", "CONSULT", "planned"),
    ("Protests are planned in several cities.", "PROTEST", "planned"),
    # set to do something else, or planned by someone, the act is one done
    ("The ceasefire agreement between the government and the rebels is set to expire.", "AGREE", "asserted"),
    ("The exiles said the bombing of the market was planned by the army.", "ASSAULT", "asserted"),
])
def test_modality_an_event_held_by_a_passive_of_scheduling(nlp: Any, text: str, event_type: str,
                                                          expected: str) -> None:
    [event] = [f for f in find_frames(nlp(text)[:], load_lexicon()) if f.coding.type == event_type]
    assert modality_of(event, load_cues()) == expected
