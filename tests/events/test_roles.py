"""Actor and recipient from syntax: subjects, objects, by-agents, prepositions, coordination."""

from __future__ import annotations

from typing import Any

import pytest

import eventmill
from eventmill.events.lexicon import Coding, load_lexicon
from eventmill.events.predicates import Frame
from eventmill.events.roles import MentionIndex, assign_roles
from eventmill.model import Actor, Mention

# Whom the pipeline names as the doer of an attack that names none (events/implied.py).
UNNAMED = "unidentified attackers"


def dyad(text: str, event_type: str) -> tuple[str | None, str | None]:
    article = eventmill.extract(text, date="2022-03-02")
    event = next(e for e in article.events if e.type == event_type)
    return (event.actor.name if event.actor else None, event.recipient.name if event.recipient else None)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    ("Chile condemned Bolivia on Tuesday.", "ACCUSE", "Chile", "Bolivia"),
    ("Bolivia was condemned by Chile on Tuesday.", "ACCUSE", "Chile", "Bolivia"),
    ("Chile held talks with Bolivia on Tuesday.", "CONSULT", "Chile", "Bolivia"),
    ("The French foreign minister said that Russia must withdraw its troops.", "REQUEST", None, "Russia"),
    ("Chile lifted a night curfew in Bolivia on Monday.", "CONCEDE", "Chile", "Bolivia"),
    ("Chile demanded on Monday that Bolivia release the sailors.", "REQUEST", "Chile", "Bolivia"),
    ("Chile called on Bolivia to withdraw its troops from Peruvian territory.", "REQUEST", "Chile", "Bolivia"),
    ("Chile threatened to cut trade unless Bolivia reopened the border.", "THREATEN", "Chile", "Bolivia"),
    # a verb the parser joined to an adjective of the first clause shares that clause's subject
    ("Peru's foreign ministry rejected the allegations as preposterous and summoned Chile's top diplomat in Lima.",
     "ACCUSE", "foreign ministry", "top diplomat"),
    # parties acting on each other: where they did it is no party
    ("Chile and Peru signed a trade agreement in Geneva on Friday.", "SUPPORT", "Chile", "Peru"),
    ("Chile and Peru held talks in Geneva.", "CONSULT", "Chile", "Peru"),
    ("Andean leaders met in Quito on Monday.", "CONSULT", None, None),  # they met one another, there
    # parsed as with [Blinken to discuss]: the to-clause's subject is the with-phrase's object
    ("Caribbean leaders met in Jamaica on Monday with U.S. Secretary of State Antony Blinken to discuss the crisis.",
     "CONSULT", None, "Antony Blinken"),
    # what was fired is no recipient; who was fired into is; what was shot down is
    ("Chilean forces fired rockets and artillery into Peru's Tacna province.", "ASSAULT", None, "Peru"),
    ("Chile shot down five Peruvian fighter jets.", "ASSAULT", "Chile", "Peruvian fighter jets"),
    # what was given is no recipient when who got it is named
    ("Germany delivered two more IRIS-T air defence systems to Ukraine.", "AID", "Germany", "Ukraine"),
    # people named in apposition to a noun that names no party are the ones it happened to, also
    # when the parser hung the names on the verb
    ("Unidentified persons kidnapped a young couple, Silvia Azurdia and Victor Rodriguez, as they left home.",
     "ASSAULT", "Unidentified persons", "Silvia Azurdia and Victor Rodriguez"),
    # a bare number a participle acts on counts the party the act it goes on from was done to
    ("Police fired tear gas at the protesters, injuring dozens and arresting 20.", "COERCE", "Police", "protesters"),
    ("Chilean police opened fire to disperse demonstrators on Monday, killing one person and arresting 12.",
     "COERCE", "Chilean police", "demonstrators"),
    # a resignation handed in goes to whoever it is submitted or tendered to
    ("The Chilean prime minister tendered his resignation to the president.", "RETREAT", "Chilean prime minister",
     "president"),
    # what an attack was made with is no one it was made on; armed men named by their weapon are
    ("The Chilean army retaliated with artillery fire.", "ASSAULT", "Chilean army", None),
    ("Chilean police clashed with gunmen near the border.", "ASSAULT", "Chilean police", "gunmen"),
    # the crowd a dispersal was aimed at, told by a pronoun
    ("Thousands of Chilean teachers marched in Santiago. Police fired tear gas to disperse them.", "ASSAULT",
     "Police", "Chilean teachers"),
    # an attempt is its maker's, never its foiler's
    ("Chilean troops foiled an attempt by the rebels to kidnap the governor.", "ASSAULT", "rebels", "governor"),
    ("Chilean commandos conducted a raid in Arica in an attempt to capture the drug lord.", "ASSAULT",
     "Chilean commandos", "drug lord"),
])
def test_roles_from_syntax(text: str, event_type: str, actor: str | None, recipient: str | None) -> None:
    found_actor, found_recipient = dyad(text, event_type)
    assert found_recipient == recipient
    if actor is not None:
        assert found_actor == actor


def test_roles_an_attempt_foiled_is_not_the_foilers() -> None:
    assert dyad("Chilean troops foiled an attempt to kidnap the governor.", "ASSAULT") == (None, "governor")


def test_roles_coordinated_actors_are_one_compound() -> None:
    article = eventmill.extract("Chile and Peru condemned Bolivia on Tuesday.", date="2022-03-02")
    event = next(e for e in article.events if e.type == "ACCUSE")
    assert {m.name for m in event.actor.members} == {"Chile", "Peru"}


def test_roles_event_noun_takes_its_governing_verbs_participants() -> None:
    article = eventmill.extract("Ecuadorian troops took part in the massacre near the border.", date="2022-03-02")
    event = next(e for e in article.events if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.country == "ECU"


def _mention(doc: Any, start: int, end: int, name: str, kind: str, country: str | None = None) -> Mention:
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, span.text, 0, start, end, Actor(name, country), kind)


def _roles(doc: Any, verb: int, event_type: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    frame = Frame(Coding(event_type), doc[verb], doc[verb], None, "verb")
    actor, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    return (actor.name if actor else None, recipient.name if recipient else None)


def test_roles_subject_head_holding_the_actor(make_parsed: Any) -> None:
    # "Leaders of the Unity coalition agreed": the head noun names no actor, its "of" phrase does.
    doc = make_parsed(["Leaders", "of", "the", "Unity", "coalition", "agreed", "."],
                      [5, 0, 4, 4, 1, 5, 5], ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct"],
                      ["NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert _roles(doc, 5, "AGREE", [_mention(doc, 3, 5, "Unity coalition", "organization")]) == ("Unity coalition", None)


def test_roles_object_modifier_names_the_recipient(make_parsed: Any) -> None:
    # "Chile rejected a Peruvian proposal": the proposal's adjective names the recipient.
    doc = make_parsed(["Chile", "rejected", "a", "Peruvian", "proposal", "."],
                      [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                      ["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 3, 4, "Peruvian", "generic", "PER")]
    assert _roles(doc, 1, "REJECT", mentions) == ("Chile", "Peruvian")


def test_roles_title_gives_way_to_the_name_in_apposition(make_parsed: Any) -> None:
    # "army chief Omar Dali met Chile": the subject is the title; the actor is the person.
    doc = make_parsed(["army", "chief", "Omar", "Dali", "met", "Chile", "."],
                      [1, 4, 3, 1, 4, 4, 4], ["compound", "nsubj", "compound", "appos", "ROOT", "dobj", "punct"],
                      ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 2, "army chief", "generic"), _mention(doc, 2, 4, "Omar Dali", "person"),
                _mention(doc, 5, 6, "Chile", "country", "CHL")]
    assert _roles(doc, 4, "CONSULT", mentions) == ("Omar Dali", "Chile")


def test_roles_recipient_in_the_to_clause_preposition(make_parsed: Any) -> None:
    # "Chile agreed to provide aid for Peru": the recipient is in the to-clause's object's phrase.
    doc = make_parsed(["Chile", "agreed", "to", "provide", "aid", "for", "Peru", "."],
                      [1, 1, 3, 1, 3, 4, 5, 1], ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 6, 7, "Peru", "country", "PER")]
    assert _roles(doc, 1, "AGREE", mentions) == ("Chile", "Peru")


def test_roles_own_troops_give_way_to_the_place_they_leave(make_parsed: Any) -> None:
    # "Chile withdrew its troops from Peru": the troops are Chile's own; Peru receives.
    doc = make_parsed(["Chile", "withdrew", "its", "troops", "from", "Peru", "."],
                      [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 2, 4, "troops", "generic", "CHL"),
                _mention(doc, 5, 6, "Peru", "country", "PER")]
    assert _roles(doc, 1, "RETREAT", mentions) == ("Chile", "Peru")


@pytest.mark.parametrize(("prep", "recipient"), [("in", "Peru"), ("during", None)])
def test_roles_place_phrase_receives_unless_it_is_a_time(make_parsed: Any, prep: str, recipient: str | None) -> None:
    # "Chile lifted a curfew in Peru" → Peru; "… during Peru" names a time, never a recipient.
    doc = make_parsed(["Chile", "lifted", "a", "curfew", prep, "Peru", "."],
                      [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 5, 6, "Peru", "country", "PER")]
    assert _roles(doc, 1, "CONCEDE", mentions) == ("Chile", recipient)


def test_roles_subject_of_the_demanded_clause_receives(make_parsed: Any) -> None:
    # "Chile demanded that Peru leave": the demanded clause's subject is asked.
    doc = make_parsed(["Chile", "demanded", "that", "Peru", "leave", "."],
                      [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
                      ["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 3, 4, "Peru", "country", "PER")]
    assert _roles(doc, 1, "REQUEST", mentions) == ("Chile", "Peru")


def test_roles_event_noun_object_takes_the_verbs_subject(make_parsed: Any) -> None:
    # "Chile kept an occupation of Peru and a blockade of Bolivia": the blockade is Chile's.
    words = ["Chile", "kept", "an", "occupation", "of", "Peru", "and", "a", "blockade", "of", "Bolivia", "."]
    doc = make_parsed(words, [1, 1, 3, 1, 3, 4, 3, 8, 3, 8, 9, 1],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc", "det", "conj", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 5, 6, "Peru", "country", "PER"),
                _mention(doc, 10, 11, "Bolivia", "country", "BOL")]
    frame = Frame(Coding("COERCE"), doc[8], None, doc[8], "noun")
    actor, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert (actor and actor.name, recipient and recipient.name) == ("Chile", "Bolivia")


def test_roles_dative_object_receives(make_parsed: Any) -> None:
    # "Chile gave Peru aid": the indirect object receives.
    doc = make_parsed(["Chile", "gave", "Peru", "aid", "."], [1, 1, 1, 1, 1],
                      ["nsubj", "ROOT", "dative", "dobj", "punct"], ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 2, 3, "Peru", "country", "PER")]
    assert _roles(doc, 1, "AID", mentions) == ("Chile", "Peru")


def test_roles_threat_condition_names_the_threatened_and_never_the_actor(make_parsed: Any) -> None:
    # "Chile threatened its war unless Peru yields": "its" is Chile itself; Peru is threatened.
    doc = make_parsed(["Chile", "threatened", "its", "war", "unless", "Peru", "yields", "."],
                      [1, 1, 3, 1, 6, 6, 1, 1], ["nsubj", "ROOT", "poss", "dobj", "mark", "nsubj", "advcl", "punct"],
                      ["PROPN", "VERB", "PRON", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 2, 3, "Chile", "pronoun", "CHL"),
                _mention(doc, 5, 6, "Peru", "country", "PER")]
    assert _roles(doc, 1, "THREATEN", mentions) == ("Chile", "Peru")


def test_roles_generic_takes_the_country_of_its_place_phrase(make_parsed: Any) -> None:
    # "Rebels shelled people in Lima": the people are Peru's.
    doc = make_parsed(["Rebels", "shelled", "people", "in", "Lima", "."], [1, 1, 1, 2, 3, 1],
                      ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Rebels", "generic"), _mention(doc, 2, 3, "people", "generic"),
                _mention(doc, 4, 5, "Peru", "country", "PER")]
    frame = Frame(Coding("ASSAULT"), doc[1], doc[1], None, "verb")
    recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())[1]
    assert recipient is not None and (recipient.name, recipient.country) == ("people", "PER")


@pytest.mark.parametrize(("verb", "lemma", "roles"), [
    ("engaged", "engage", ("forces", None)),
    ("put", "put", (None, "forces")),
])
def test_roles_passive_holder_of_an_event_noun(make_parsed: Any, verb: str, lemma: str, roles: tuple) -> None:
    # "forces were engaged in violence" act; "forces were put under investigation" receive.
    doc = make_parsed(["forces", "were", verb, "in", "violence", "."], [2, 2, 2, 2, 3, 2],
                      ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                      ["NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"], ["force", "be", lemma, "in", "violence", "."])
    frame = Frame(Coding("ASSAULT"), doc[4], None, doc[4], "noun")
    actor, recipient = assign_roles(frame, MentionIndex([_mention(doc, 0, 1, "forces", "generic")]), load_lexicon())
    assert (actor and actor.name, recipient and recipient.name) == roles


def test_roles_event_noun_subject_hurts_the_verbs_object(make_parsed: Any) -> None:
    # "shelling by rebels killed villagers": the villagers receive the shelling.
    doc = make_parsed(["shelling", "by", "rebels", "killed", "villagers", "."], [3, 0, 1, 3, 3, 3],
                      ["nsubj", "prep", "pobj", "ROOT", "dobj", "punct"], ["NOUN", "ADP", "NOUN", "VERB", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 2, 3, "rebels", "generic"), _mention(doc, 4, 5, "villagers", "generic")]
    frame = Frame(Coding("ASSAULT"), doc[0], None, doc[0], "noun")
    actor, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert (actor and actor.name, recipient and recipient.name) == ("rebels", "villagers")


def test_roles_what_a_copula_says_the_event_was_receives_nothing(make_parsed: Any) -> None:
    # "the attack was one of the offensives by the rebels": neither the rebels nor "one" were attacked.
    words = ["attack", "was", "one", "of", "offensives", "by", "rebels", "."]
    doc = make_parsed(words, [1, 1, 1, 2, 3, 4, 5, 1], ["nsubj", "ROOT", "attr", "prep", "pobj", "prep", "pobj", "punct"],
                      ["NOUN", "AUX", "NUM", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"], ["attack", "be", "one", "of",
                                                                                     "offensive", "by", "rebel", "."])
    frame = Frame(Coding("ASSAULT"), doc[0], None, doc[0], "noun")
    actor, recipient = assign_roles(frame, MentionIndex([_mention(doc, 6, 7, "rebels", "generic")]), load_lexicon())
    assert recipient is None


@pytest.mark.parametrize(("pronoun", "event_type", "actor"), [
    ("they", "REQUEST", "rebel leaders"),   # "rebel leaders said they would ask Peru"
    ("we", "CONSULT", None),                # "we met Peru", said in a joint act: the speaker and a partner
])
def test_roles_pronoun_subject_of_a_reported_clause_is_the_speaker(make_parsed: Any, pronoun: str,
                                                                    event_type: str, actor: str | None) -> None:
    doc = make_parsed(["rebel", "leaders", "said", pronoun, "would", "ask", "Peru", "."],
                      [1, 2, 2, 5, 5, 2, 5, 2], ["compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                      ["NOUN", "NOUN", "VERB", "PRON", "AUX", "VERB", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 2, "rebel leaders", "generic"), _mention(doc, 6, 7, "Peru", "country", "PER")]
    assert _roles(doc, 5, event_type, mentions) == (actor, "Peru")


def test_roles_inner_search_never_joins_two_different_dependents(make_parsed: Any) -> None:
    # "a member of the Peruvian parliament, Ana Soto, began a strike": the person, not a pair.
    words = ["a", "member", "of", "the", "Peruvian", "parliament", ",", "Ana", "Soto", ",", "began", "."]
    doc = make_parsed(words, [1, 10, 1, 5, 5, 2, 1, 8, 1, 1, 10, 10],
                      ["det", "nsubj", "prep", "det", "amod", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                      ["DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"])
    mentions = [_mention(doc, 4, 6, "Peruvian parliament", "organization", "PER"), _mention(doc, 7, 9, "Ana Soto", "person")]
    assert _roles(doc, 10, "PROTEST", mentions) == ("Ana Soto", None)


def test_roles_setting_of_a_held_meeting_is_no_recipient(make_parsed: Any) -> None:
    # "the meeting was held in Lima": Lima is where, not with whom.
    doc = make_parsed(["the", "meeting", "was", "held", "in", "Lima", "."], [1, 3, 3, 3, 3, 4, 3],
                      ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                      ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"])
    frame = Frame(Coding("CONSULT"), doc[3], doc[3], doc[1], "light")
    actor, recipient = assign_roles(frame, MentionIndex([_mention(doc, 5, 6, "Peru", "country", "PER")]), load_lexicon())
    assert (actor, recipient) == (None, None)


def test_roles_refusing_we_is_the_speakers_side() -> None:
    article = eventmill.extract('"We will not negotiate with the rebels," Chile\'s president told reporters.',
                                date="2022-03-02")
    event = next(e for e in article.events if e.type == "REJECT")
    assert event.actor is not None and event.actor.country == "CHL"


def test_roles_dangling_preposition_takes_the_phrase_after_it(make_parsed: Any) -> None:
    # "Chile granted asylum to two Peruvian officers hiding…": the parser made "officers" the
    # subject of "hiding" and left "to" without its object.
    doc = make_parsed(["Chile", "granted", "asylum", "to", "two", "Peruvian", "officers", "hiding", "."],
                      [1, 1, 1, 1, 6, 6, 7, 1, 1],
                      ["nsubj", "ROOT", "dobj", "prep", "nummod", "amod", "nsubj", "advcl", "punct"],
                      ["PROPN", "VERB", "NOUN", "ADP", "NUM", "ADJ", "NOUN", "VERB", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 5, 7, "Peruvian officers", "generic", "PER")]
    assert _roles(doc, 1, "AID", mentions) == ("Chile", "Peruvian officers")


def test_roles_actors_own_possessive_gives_way_to_the_partner_named_beside_it(make_parsed: Any) -> None:
    # "Chile demanded that its Andean partners refuse": "its" is Chile; the partners receive.
    doc = make_parsed(["Chile", "demanded", "that", "its", "Andean", "Pact", "partners", "refuse", "."],
                      [1, 1, 7, 6, 5, 6, 7, 1, 1],
                      ["nsubj", "ROOT", "mark", "poss", "compound", "compound", "nsubj", "ccomp", "punct"],
                      ["PROPN", "VERB", "SCONJ", "PRON", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 3, 4, "Chile", "pronoun", "CHL"),
                _mention(doc, 4, 6, "Andean Pact", "organization")]
    assert _roles(doc, 1, "REQUEST", mentions) == ("Chile", "Andean Pact")


def test_roles_subject_of_a_clause_under_the_to_clause_receives(make_parsed: Any) -> None:
    # "Chile refused to let Peruvian planes land": the planes' owner is refused.
    doc = make_parsed(["Chile", "refused", "to", "let", "Peruvian", "planes", "land", "."],
                      [1, 1, 3, 1, 5, 6, 3, 1],
                      ["nsubj", "ROOT", "aux", "xcomp", "amod", "nsubj", "ccomp", "punct"],
                      ["PROPN", "VERB", "PART", "VERB", "ADJ", "NOUN", "VERB", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 4, 5, "Peruvian", "generic", "PER")]
    assert _roles(doc, 1, "REJECT", mentions) == ("Chile", "Peruvian")


def test_roles_content_clause_of_an_event_noun_names_its_recipient(make_parsed: Any) -> None:
    # "Chile renewed its demand today that Peru ease the ban": the clause hangs on the verb.
    doc = make_parsed(["Chile", "renewed", "its", "demand", "today", "that", "Peru", "ease", "the", "ban", "."],
                      [1, 1, 3, 1, 1, 7, 7, 1, 9, 7, 1],
                      ["nsubj", "ROOT", "poss", "dobj", "npadvmod", "mark", "nsubj", "ccomp", "det", "dobj", "punct"],
                      ["PROPN", "VERB", "PRON", "NOUN", "NOUN", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 2, 3, "Chile", "pronoun", "CHL"),
                _mention(doc, 6, 7, "Peru", "country", "PER")]
    frame = Frame(Coding("REQUEST"), doc[3], None, None, "noun")
    actor, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert (actor.name if actor else None, recipient.name if recipient else None) == ("Chile", "Peru")


@pytest.mark.parametrize(("verb", "event_type", "expected"), [
    ("met", "CONSULT", ("Chile", "Peru")),
    ("signed", "SUPPORT", ("Chile", "Peru")),
    ("condemned", "ACCUSE", ("Chile and Peru", None)),
])
def test_roles_joint_act_of_coordinated_parties_is_their_dyad(make_parsed: Any, verb: str, event_type: str,
                                                             expected: tuple) -> None:
    # "Chile and Peru met": hostless, the parties act on each other; "Chile and Peru condemned" is joint.
    doc = make_parsed(["Chile", "and", "Peru", verb, "."], [3, 0, 0, 3, 3],
                      ["nsubj", "cc", "conj", "ROOT", "punct"], ["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
                      lemmas=["chile", "and", "peru", {"met": "meet", "signed": "sign"}.get(verb, "condemn"), "."])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 2, 3, "Peru", "country", "PER")]
    assert _roles(doc, 3, event_type, mentions) == expected


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "verb"), [
    # "Chilean youths resorted to throwing stones": a reduced relative names its subject
    (["Chilean", "youths", "resorted", "to", "throwing", "stones", "."], [1, 1, 1, 2, 3, 4, 1],
     ["amod", "ROOT", "acl", "prep", "pcomp", "dobj", "punct"],
     ["ADJ", "NOUN", "VERB", "ADP", "VERB", "NOUN", "PUNCT"], 4),
    # "Chilean youths issued a statement demanding…": the statement's issuer demands
    (["Chilean", "youths", "issued", "a", "statement", "demanding", "reforms", "."], [1, 2, 2, 4, 2, 4, 5, 2],
     ["amod", "nsubj", "ROOT", "det", "dobj", "acl", "dobj", "punct"],
     ["ADJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"], 5),
])
def test_roles_subject_shared_through_a_clause_on_a_noun(make_parsed: Any, words: list, heads: list, deps: list,
                                                         pos: list, verb: int) -> None:
    doc = make_parsed(words, heads, deps, pos)
    mentions = [_mention(doc, 0, 2, "Chilean youths", "generic", "CHL")]
    assert _roles(doc, verb, "PROTEST", mentions)[0] == "Chilean youths"


@pytest.mark.parametrize(("event_type", "recipient"), [("ASSAULT", ("power pylons", "PER")), ("ACCUSE", None)])
def test_roles_assault_object_naming_no_actor_is_its_target(make_parsed: Any, event_type: str,
                                                            recipient: tuple | None) -> None:
    # "rebels dynamited two power pylons in Cuzco": the pylons were hit, in Peru.
    doc = make_parsed(["rebels", "dynamited", "two", "power", "pylons", "in", "Cuzco", "."],
                      [1, 1, 4, 4, 1, 4, 5, 1],
                      ["nsubj", "ROOT", "nummod", "compound", "dobj", "prep", "pobj", "punct"],
                      ["NOUN", "VERB", "NUM", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "rebels", "generic"), _mention(doc, 6, 7, "Cuzco", "place", "PER")]
    frame = Frame(Coding(event_type), doc[1], doc[1], None, "verb")
    actor, found = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert actor is not None and actor.name == "rebels"
    if recipient is None:
        assert found is None or found.name == "Cuzco"
    else:
        assert found is not None and (found.name, found.country) == recipient


def test_roles_event_noun_object_is_never_a_target(make_parsed: Any) -> None:
    # "rebels carried out an attack": the attack is the act, not what it hit.
    doc = make_parsed(["rebels", "launched", "an", "attack", "."], [1, 1, 3, 1, 1],
                      ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    frame = Frame(Coding("ASSAULT"), doc[3], doc[1], doc[3], "light")
    actor, found = assign_roles(frame, MentionIndex([_mention(doc, 0, 1, "rebels", "generic")]), load_lexicon())
    assert found is None


def test_roles_event_noun_carried_out_by_its_perpetrators(make_parsed: Any) -> None:
    # "the attack was perpetrated by rebels": the rebels act.
    doc = make_parsed(["the", "attack", "was", "perpetrated", "by", "rebels", "."], [1, 3, 3, 3, 3, 4, 3],
                      ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                      ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"])
    frame = Frame(Coding("ASSAULT"), doc[1], None, doc[1], "noun")
    found, _ = assign_roles(frame, MentionIndex([_mention(doc, 5, 6, "rebels", "generic")]), load_lexicon())
    assert found is not None and found.name == "rebels"


def test_roles_accusation_targets_the_accused_not_the_audience(make_parsed: Any) -> None:
    # "Chile complained to the UN over Peruvian raids": recipient_preps list "over" before "to".
    doc = make_parsed(["Chile", "complained", "to", "the", "UN", "over", "Peruvian", "raids", "."],
                      [1, 1, 1, 4, 2, 1, 7, 5, 1],
                      ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "amod", "pobj", "punct"],
                      ["PROPN", "VERB", "ADP", "DET", "PROPN", "ADP", "ADJ", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 4, 5, "United Nations", "organization"),
                _mention(doc, 6, 7, "Peruvian", "generic", "PER")]
    assert _roles(doc, 1, "ACCUSE", mentions) == ("Chile", "Peruvian")


def test_roles_agent_of_a_participle_names_the_party_in_a_phrase(make_parsed: Any) -> None:
    # "Chile banned the march staged by students": the students are who was banned.
    doc = make_parsed(["Chile", "banned", "the", "march", "staged", "by", "students", "."],
                      [1, 1, 3, 1, 3, 4, 5, 1],
                      ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj", "punct"],
                      ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 6, 7, "students", "generic")]
    assert _roles(doc, 1, "COERCE", mentions) == ("Chile", "students")


def test_roles_mobilised_forces_are_the_actors_own(make_parsed: Any) -> None:
    # "Chile mobilized army reservists against Bolivia": the object is what moved.
    doc = make_parsed(["Chile", "mobilized", "army", "reservists", "against", "Bolivia", "."],
                      [1, 1, 3, 1, 1, 4, 1],
                      ["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 2, 4, "army reservists", "generic"),
                _mention(doc, 5, 6, "Bolivia", "country", "BOL")]
    assert _roles(doc, 1, "MOBILIZE", mentions) == ("Chile", "Bolivia")


def test_roles_pronoun_subject_of_an_attempt_is_the_speaker(make_parsed: Any) -> None:
    # "Rebels said they attempted to kill the mayor": "they" are the rebels.
    doc = make_parsed(["Rebels", "said", "they", "attempted", "to", "kill", "the", "mayor", "."],
                      [1, 1, 3, 1, 5, 3, 7, 5, 1],
                      ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "det", "dobj", "punct"],
                      ["NOUN", "VERB", "PRON", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "rebels", "generic"), _mention(doc, 7, 8, "mayor", "generic")]
    assert _roles(doc, 5, "ASSAULT", mentions) == ("rebels", "mayor")


def test_roles_stance_passive_subject_acts(make_parsed: Any) -> None:
    # "Chile is opposed to Peruvian mediation": Chile rejects; the Peruvian side is rejected.
    doc = make_parsed(["Chile", "is", "opposed", "to", "Peruvian", "mediation", "."], [2, 2, 2, 2, 5, 3, 2],
                      ["nsubjpass", "auxpass", "ROOT", "prep", "amod", "pobj", "punct"],
                      ["PROPN", "AUX", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
                      lemmas=["chile", "be", "oppose", "to", "peruvian", "mediation", "."])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 4, 5, "Peruvian", "generic", "PER")]
    assert _roles(doc, 2, "REJECT", mentions) == ("Chile", "Peruvian")


def test_roles_content_clause_of_a_prepositional_noun_names_the_recipient(make_parsed: Any) -> None:
    # "Rebels insisted on their demand that Peru free prisoners."
    doc = make_parsed(["Rebels", "insisted", "on", "their", "demand", "that", "Peru", "free", "prisoners", "."],
                      [1, 1, 1, 4, 2, 7, 7, 4, 7, 1],
                      ["nsubj", "ROOT", "prep", "poss", "pobj", "mark", "nsubj", "acl", "dobj", "punct"],
                      ["NOUN", "VERB", "ADP", "PRON", "NOUN", "SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "rebels", "generic"), _mention(doc, 6, 7, "Peru", "country", "PER")]
    assert _roles(doc, 1, "REQUEST", mentions) == ("rebels", "Peru")


def test_roles_event_nouns_recipient_phrase_on_its_of_object(make_parsed: Any) -> None:
    # "the withdrawal of Chilean forces from Peru": "from Peru" hangs on "forces".
    doc = make_parsed(["the", "withdrawal", "of", "Chilean", "forces", "from", "Peru"], [1, 1, 1, 4, 2, 4, 5],
                      ["det", "ROOT", "prep", "amod", "pobj", "prep", "pobj"],
                      ["DET", "NOUN", "ADP", "ADJ", "NOUN", "ADP", "PROPN"])
    mentions = [_mention(doc, 3, 5, "Chilean forces", "generic", "CHL"), _mention(doc, 6, 7, "Peru", "country", "PER")]
    frame = Frame(Coding("RETREAT"), doc[1], None, doc[1], "noun")
    _, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert recipient is not None and recipient.name == "Peru"


def test_roles_person_in_apposition_takes_the_country_of_the_title_phrase(make_parsed: Any) -> None:
    # "A member of the Peruvian congress, Ana Ruiz, began a hunger strike": Ruiz is Peruvian.
    doc = make_parsed(["member", "of", "the", "Peruvian", "congress", ",", "Ana", "Ruiz", ",", "began", "strikes"],
                      [9, 0, 4, 4, 1, 0, 7, 0, 0, 9, 9],
                      ["nsubj", "prep", "det", "amod", "pobj", "punct", "compound", "appos", "punct", "ROOT", "dobj"],
                      ["NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "NOUN"])
    mentions = [_mention(doc, 3, 5, "Peruvian congress", "generic", "PER"), _mention(doc, 6, 8, "Ana Ruiz", "person")]
    frame = Frame(Coding("PROTEST"), doc[9], doc[9], None, "verb")
    actor, _ = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert actor is not None and (actor.name, actor.country) == ("Ana Ruiz", "PER")


def test_roles_participle_phrase_inside_an_object_names_its_place(make_parsed: Any) -> None:
    # "Chile lifted the curfew imposed in Peru": the curfew's place receives.
    doc = make_parsed(["Chile", "lifted", "the", "curfew", "imposed", "in", "Peru", "."], [1, 1, 3, 1, 3, 4, 5, 1],
                      ["nsubj", "ROOT", "det", "dobj", "acl", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 6, 7, "Peru", "country", "PER")]
    assert _roles(doc, 1, "CONCEDE", mentions) == ("Chile", "Peru")


@pytest.mark.parametrize(("event_type", "recipient"), [("PROTEST", "Chilean authorities"), ("CONCEDE", "Lima")])
def test_roles_place_of_an_object_is_the_setting_of_a_protest(make_parsed: Any, event_type: str,
                                                               recipient: str) -> None:
    # "Students blocked streets in Lima in defiance of Chilean authorities": the streets' place is
    # where; for a concession ("lifted curfews in Lima") it is who gains.
    doc = make_parsed(["Students", "blocked", "streets", "in", "Lima", "in", "defiance", "of", "Chilean",
                       "authorities", "."], [1, 1, 1, 2, 3, 1, 5, 6, 9, 7, 1],
                      ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "amod", "pobj", "punct"],
                      ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "students", "generic"), _mention(doc, 4, 5, "Lima", "place", "PER"),
                _mention(doc, 8, 10, "Chilean authorities", "generic", "CHL")]
    assert _roles(doc, 1, event_type, mentions) == ("students", recipient)


def test_roles_subject_of_a_relative_clause_inside_an_object(make_parsed: Any) -> None:
    # "Chile ended an accord under which Peruvian troops were stationed": the troops' side loses it.
    doc = make_parsed(["Chile", "ended", "an", "accord", "under", "which", "Peruvian", "troops", "were", "stationed"],
                      [1, 1, 3, 1, 9, 4, 7, 9, 9, 3],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "amod", "nsubjpass", "auxpass", "relcl"],
                      ["PROPN", "VERB", "DET", "NOUN", "ADP", "PRON", "ADJ", "NOUN", "AUX", "VERB"])
    mentions = [_mention(doc, 0, 1, "Chile", "country", "CHL"), _mention(doc, 6, 8, "Peruvian troops", "generic", "PER")]
    assert _roles(doc, 1, "SANCTION", mentions) == ("Chile", "Peruvian troops")



@pytest.mark.parametrize("text", [
    "Many Chileans witnessed the shooting of the mayor.",
    "Chilean journalists filmed the beating of a student.",
    "Chilean reporters described the massacre of 12 peasants.",
    "The Chilean mayor escaped unharmed from an attack on his convoy.",  # the adjective's verb looks on
])
def test_roles_onlookers_of_an_event_noun_did_not_do_it(text: str) -> None:
    assert dyad(text, "ASSAULT")[0] is None


def test_roles_drills_around_a_country_are_aimed_at_it() -> None:
    assert dyad("Chile wrapped up three days of naval drills around Bolivia on Monday.", "MOBILIZE")[1] == "Bolivia"


@pytest.mark.parametrize("text", [
    "The Chilean journalist was granted asylum in Bolivia last year.",
    "The Chilean journalist fled to Bolivia on Tuesday and has been given refuge there.",
])
def test_roles_a_haven_given_by_no_one_named_is_the_host_countrys(text: str) -> None:
    assert dyad(text, "AID")[0] == "Bolivia"


def test_roles_who_monitors_an_event_noun_did_not_do_it() -> None:
    assert dyad("The United States was monitoring the naval exercises closely.", "MOBILIZE")[0] is None


def test_roles_who_faces_an_event_noun_receives_it() -> None:
    assert dyad("Chilean soldiers have been facing a serious threat from the cartel.", "THREATEN") == (
        "cartel", "Chilean soldiers")


def test_roles_who_received_threats_is_threatened() -> None:
    assert dyad("The Chilean mayor had been receiving death threats from the cartel.", "THREATEN") == (
        "cartel", "Chilean mayor")


def test_roles_a_noun_in_apposition_to_a_name_is_that_person() -> None:
    text = "Police arrested Jaime Valencia, the man who masterminded the attack on Senator Rojas."
    assert dyad(text, "ASSAULT") == ("Jaime Valencia", "Rojas")


def test_roles_who_died_in_an_act_of_force_received_it() -> None:
    assert dyad("Inspector Eduardo Rojas died in the explosion.", "ASSAULT") == (None, "Eduardo Rojas")


def test_roles_who_died_as_a_result_of_an_act_of_force_received_it() -> None:
    text = "A Palestinian prisoner died as a result of torture in police custody."
    assert dyad(text, "ASSAULT") == (None, "Palestinian prisoner")


def test_roles_who_acts_as_a_result_of_an_act_of_force_did_not_do_it() -> None:
    text = "As a result of the double homicide, Mayor Ricardo Bravo established a curfew."
    assert [e.actor for e in eventmill.extract(text, date="2024-05-10").events if e.type == "ASSAULT"
            and e.actor is not None] == []


def test_roles_who_died_of_wounds_was_attacked() -> None:
    assert dyad("Senator Eduardo Rojas has died from gunshot wounds.", "ASSAULT") == (None, "Eduardo Rojas")


def test_roles_who_died_during_a_protest_took_part_in_it() -> None:
    assert dyad("Four students died during a demonstration outside the Chilean consulate.", "PROTEST")[0] == (
        "students")


@pytest.mark.parametrize("text", [
    "Two Chilean guards were killed and 24 Peruvian soldiers injured on Monday.",
    # the parser may tag the participle a past tense; a counted subject still undergoes it
    "The ministry said 107 people had been detained and 21 police officers injured.",
])
def test_roles_subject_of_a_passive_without_its_auxiliary_is_a_victim(text: str) -> None:
    events = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ASSAULT"]
    assert events and all(e.actor is None for e in events)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # the participle of an order happens to its subject, at the orderer's will
    ("A Chilean judge ordered Pedro Castillo held in pretrial detention.", "COERCE", "Chilean judge",
     "Pedro Castillo"),
    # a coordinated passive shares its subject as the one it happens to
    ("Chilean policemen left the station on Monday and were killed by guerrillas.", "ASSAULT", "guerrillas",
     "Chilean policemen"),
])
def test_roles_passive_participles_name_who_underwent_the_act(text: str, event_type: str, actor: str,
                                                               recipient: str) -> None:
    assert dyad(text, event_type) == (actor, recipient)


@pytest.mark.parametrize(("text", "actor"), [
    ("Chilean police dispersed the rally with tear gas.", None),  # force used on the protest
    ("Chilean students threw stones during the demonstrations.", "Chilean students"),  # their own protest
])
def test_roles_a_protest_force_was_used_on_is_not_the_forces(text: str, actor: str | None) -> None:
    assert dyad(text, "PROTEST")[0] == actor


def test_roles_a_statement_joined_to_a_reported_clause_is_the_speakers() -> None:
    text = ("A Pakistani foreign office spokeswoman said the operations targeted militants, and again accused "
            "Kabul of giving them sanctuary.")
    assert dyad(text, "ACCUSE") == ("Pakistani foreign office spokeswoman", "Afghanistan")


@pytest.mark.parametrize(("text", "actor"), [
    ("The deal requires Hezbollah to withdraw its fighters from the border.", "Hezbollah"),
    ("The United Nations urged Israel to withdraw its troops.", "Israel"),
    ("Qatar persuaded Hamas to release the hostages.", "Hamas"),
])
def test_roles_the_object_of_the_verb_a_to_clause_completes_acts_in_it(text: str, actor: str) -> None:
    assert dyad(text, "RETREAT")[0] == actor


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    # after a verb of no asking or causing, the to-clause is its subject's purpose
    ("Hungarian Prime Minister Viktor Orban visited Tbilisi to congratulate the ruling party.", "SUPPORT",
     "Viktor Orban"),
    ("The army is using loudspeakers to urge the people to vote.", "REQUEST", "army"),
])
def test_roles_a_to_clause_of_purpose_is_the_subjects(text: str, event_type: str, actor: str) -> None:
    assert dyad(text, event_type)[0] == actor


def test_roles_an_ing_clause_after_a_dating_clause_is_the_main_subjects() -> None:
    text = ("Thousands of demonstrators broke into the parliament complex shortly after lawmakers approved the bill, "
            "setting part of the building on fire.")
    events = eventmill.extract(text, date="2024-06-27").events
    assert ("PROTEST", "riot", "demonstrators") in {(e.type, e.mode, e.actor.name if e.actor else None) for e in events}
    assert not any(e.actor is not None and e.actor.name == "lawmakers" and e.type != "CONCEDE" for e in events)


def test_roles_an_onlookers_subject_is_no_doer() -> None:
    text = "Armed groups fought on Saturday, the ministry said, in the worst fighting Tripoli has seen in years."
    events = [e for e in eventmill.extract(text, date="2022-08-28").events if e.type == "ASSAULT"]
    assert [e.actor.name if e.actor else None for e in events] == ["Armed groups"]


def test_roles_the_place_of_a_passives_agent_is_no_doer() -> None:
    assert dyad("A girl was seriously injured by shrapnel in the southern Negev region.", "ASSAULT")[0] is None


def test_roles_an_act_ordered_to_end_is_not_the_orderers() -> None:
    assert dyad("A labour court ordered the strike to end on Monday.", "PROTEST")[0] is None


def test_roles_an_ing_clause_after_a_comma_is_the_subjects_next_act() -> None:
    text = ("Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats during a "
            "resupply mission in the South China Sea on Monday, seizing rifles and injuring a Filipino sailor, "
            "the military said.")
    assert dyad(text, "ASSAULT") == ("China Coast Guard", "Filipino sailor")


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    ("Bolivia received a loan from the World Bank.", "AID", "World Bank", "Bolivia"),  # the giver acts
    ("The Chilean president received the Bolivian envoy.", "CONSULT", "Chilean president", "Bolivian envoy"),
])
def test_roles_what_is_received_is_given_by_the_from_phrase(text: str, event_type: str, actor: str,
                                                          recipient: str) -> None:
    assert dyad(text, event_type) == (actor, recipient)


@pytest.mark.parametrize(("words", "heads", "deps", "kind", "roles"), [
    # "Galan's murder": the person it was done to
    (["Galan", "'s", "murder"], [2, 0, 2], ["poss", "case", "ROOT"], "person", (None, "Galan")),
    # "the army's murder of Galan": the "of" phrase is the victim, the possessor the doer
    (["Galan", "'s", "murder", "of", "Ruiz"], [2, 0, 2, 2, 3], ["poss", "case", "ROOT", "prep", "pobj"], "person",
     ("Galan", "Ruiz")),
    # an organisation's murders are its own
    (["Hamas", "'s", "murder"], [2, 0, 2], ["poss", "case", "ROOT"], "organization", ("Hamas", None)),
    # "his murder", the pronoun resolved to the person
    (["his", "murder"], [1, 1], ["poss", "ROOT"], "pronoun", (None, "his")),
])
def test_roles_person_possessing_a_patient_noun_undergoes_it(make_parsed: Any, words: list[str], heads: list[int],
                                                             deps: list[str], kind: str, roles: tuple) -> None:
    noun = deps.index("ROOT")
    pos = ["PROPN"] * len(words)
    pos[noun] = "NOUN"
    doc = make_parsed(words, heads, deps, pos)
    mentions = [_mention(doc, 0, 1, words[0], kind)]
    if len(words) == 5:
        mentions.append(_mention(doc, 4, 5, "Ruiz", "person"))
    frame = Frame(Coding("ASSAULT"), doc[noun], None, doc[noun], "noun")
    actor, recipient = assign_roles(frame, MentionIndex(mentions), load_lexicon())
    assert (actor and actor.name, recipient and recipient.name) == roles


def test_roles_a_name_misparsed_as_a_modifier_is_the_subject(make_parsed: Any) -> None:
    # "Quennel, in a speech, accused Soto": the parser took the unknown name for an adverb.
    words = ["Quennel", ",", "in", "speech", ",", "accused", "Soto", "."]
    doc = make_parsed(words, [5, 5, 5, 2, 5, 5, 5, 5], ["advmod", "punct", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
                      ["ADV", "PUNCT", "ADP", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"])
    mentions = [_mention(doc, 0, 1, "Orla Quennel", "person"), _mention(doc, 6, 7, "Soto", "person")]
    assert _roles(doc, 5, "ACCUSE", mentions) == ("Orla Quennel", "Soto")


@pytest.mark.parametrize(("text", "protester"), [
    # the scene of an arrest is no act of the police; the subject of a mere frame verb protests
    ("Police arrested 200 people during protests against the president.", None),
    ("Students resorted to throwing stones during demonstrations against the army.", "Students"),
])
def test_roles_a_protest_named_as_the_scene_takes_no_doer_of_a_coded_verb(text: str, protester: str | None) -> None:
    events = eventmill.extract(text, date="2024-08-02").events
    protest = next(e for e in events if e.type == "PROTEST")
    assert (protest.actor.name if protest.actor else None) == protester


def test_roles_an_act_given_as_the_reason_is_not_the_subjects() -> None:
    events = eventmill.extract("Iran went to court over the killing of a militiaman.", date="2023-01-09").events
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.actor is not None and killing.actor.name == UNNAMED  # not Iran


@pytest.mark.parametrize(("text", "recipient"), [
    ("Britain urged its nationals to leave Lebanon immediately.", "nationals"),
    ("India asked its citizens not to travel to Bangladesh.", "citizens"),
])
def test_roles_a_request_to_ones_own_people_is_addressed_to_them(text: str, recipient: str) -> None:
    request = next(e for e in eventmill.extract(text, date="2024-08-06").events if e.type == "REQUEST")
    assert request.recipient is not None and request.recipient.name == recipient


def test_roles_whoever_used_a_device_that_burst_did_not_kill_with_it() -> None:
    text = "Hundreds of pagers used by militia members exploded across Lebanon on Tuesday, killing nine people."
    assert dyad(text, "ASSAULT")[0] == UNNAMED  # not the militia members
    assert dyad("Rebels exploded a bomb in the market, killing nine people.", "ASSAULT")[0] == "Rebels"


@pytest.mark.parametrize(("text", "countries", "sector"), [
    # a generic body of several countries is those countries, in its role
    ("The governments of Chile, Peru and Bolivia refused to recognise the results.", ["CHL", "PER", "BOL"], "GOV"),
    # of one country, it is that country's, whatever else the sentence names
    ("The government of Chile refused to recognise the results in Bolivia.", ["CHL"], "GOV"),
])
def test_roles_a_generic_body_takes_the_countries_of_its_of_phrase(text: str, countries: list[str],
                                                                    sector: str) -> None:
    event = next(e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "REJECT")
    members = event.actor.members or (event.actor,)
    assert [m.country for m in members] == countries
    assert {m.sector for m in members} == {sector}


def test_roles_a_jury_is_a_judicial_party() -> None:
    event = next(e for e in eventmill.extract("A Texas jury found the senator guilty of fraud.",
                                              date="2024-05-30").events if e.type == "SANCTION")
    assert (event.actor.name, event.actor.sector) == ("Texas jury", "JUD")
    assert event.recipient is not None and event.recipient.name == "senator"


@pytest.mark.parametrize(("text", "recipient"), [
    # victims named by their number alone are unnamed, not the place they were in
    ("More than 700 were wounded while waiting for aid trucks in Gaza City.", None),
    # "one of" names who they were
    ("One of the guards was wounded while waiting for aid trucks in Gaza City.", "guards"),
])
def test_roles_victims_named_by_number_leave_no_recipient_to_find(text: str, recipient: str | None) -> None:
    assert dyad(text, "ASSAULT")[1] == recipient


@pytest.mark.parametrize("text", [
    # what a clause is about is no act of its subject
    "Regarding the fighting in the capital, the general said the army was winning.",
    "The minister commented on the attack on the embassy.",
])
def test_roles_a_speaker_does_not_do_what_it_speaks_about(text: str) -> None:
    events = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ASSAULT"]
    assert all(e.actor is None for e in events)


@pytest.mark.parametrize(("text", "recipient"), [
    # a town after a comma says where, however the parser hangs it on the phrase
    ("THE REBELS HAVE CARRIED OUT A NEW ATTACK ON THE PACIFIC OIL PIPELINE IN MULALO, YUMBO MUNICIPALITY.",
     "pacific oil pipeline"),
    # a kind of target with words of whose says more than where it was
    ("Rebels attacked military positions in Mulalo on Monday.", "military positions"),
    ("Rebels fired at positions in Mulalo on Monday.", "Mulalo"),
    # what was destroyed is what was hit
    ("Rebels burned a bus in Aipe on Monday.", "bus"),
    # where a device went off or was put is what it hit; a town says only where
    ("A bomb exploded in a Lima restaurant on Monday.", "Lima restaurant"),
    ("Gunmen planted a bomb under a car belonging to a diplomat.", "car"),
    ("A bomb exploded in the bathroom of the cultural institute at 1467 Moneda Street.", "bathroom"),
    ("A bomb exploded in Lima on Monday.", "Lima"),  # the city, as any town, not the government it may stand for
    # a town named in front of a thing says where the thing is; the thing is hit
    ("Rebels attacked the Kabul airport on Monday.", "Kabul airport"),
    # a part of a thing hit is the thing hit
    ("Rebels blew up a stretch of the oil pipeline near Teorama.", "oil pipeline"),
])
def test_roles_an_assaults_target_is_the_thing_hit_not_where_it_stood(text: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT")[1] == recipient


@pytest.mark.parametrize(("text", "event_type", "doer", "sector"), [
    ("The judge was shot near Bogota on Monday by two men on motorcycles.", "ASSAULT", "men", "UNK"),
    ("The minister has been threatened by the drug mafias.", "THREATEN", "drug mafias", "CRM"),
])
def test_roles_men_and_mafias_named_as_doers_are_parties(text: str, event_type: str, doer: str, sector: str) -> None:
    event = next(e for e in eventmill.extract(text, date="2022-03-02").events if e.type == event_type)
    assert event.actor is not None and (event.actor.name, event.actor.sector) == (doer, sector)


@pytest.mark.parametrize(("text", "recipient"), [
    ("Police repelled an attack on the station on Monday.", "station"),
    ("The garrison withstood an attack on Monday.", "garrison"),
])
def test_roles_who_repels_or_withstands_an_attack_is_not_its_doer(text: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT") == (None, recipient)


def test_roles_a_thing_hit_takes_the_country_of_the_town_named_in_front_of_it() -> None:
    event = next(e for e in eventmill.extract("Rebels attacked the Kabul airport on Monday.", date="2022-03-02").events
                 if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "AFG"



@pytest.mark.parametrize(("text", "event_type", "recipient", "country"), [
    # a capital that is struck is the city; one that acts or is spoken to stands for its government
    ("Rebels shelled the regional capital Juba on Sunday.", "ASSAULT", "Juba", "SSD"),
    ("Gunmen attacked Kabul and Kandahar on Sunday.", "ASSAULT", "Kabul and Kandahar", "AFG"),
    ("Chile condemned Lima on Tuesday.", "ACCUSE", "Peru", "PER"),
])
def test_roles_a_struck_capital_is_the_city(text: str, event_type: str, recipient: str, country: str) -> None:
    [event] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == event_type]
    assert event.recipient is not None
    assert (event.recipient.name, event.recipient.country) == (recipient, country)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # an order is its giver's act, done to whom it orders when the act names no one else
    ("The government ordered the newspaper La Prensa to suspend publication.", "COERCE", "government", "La Prensa"),
    ("The court ordered the police to arrest the protesters.", "COERCE", "court", "protesters"),
    # the forces one orders to move are one's own, not a recipient
    ("The general ordered the army to deploy along the border.", "MOBILIZE", "general", None),
])
def test_roles_whom_an_order_is_given_to(text: str, event_type: str, actor: str, recipient: str | None) -> None:
    assert dyad(text, event_type) == (actor, recipient)


@pytest.mark.parametrize(("text", "recipient"), [
    # an object put after the as-phrase that says what it is
    ("Albania denounced as an ugly crime Serbia's suppression of the unrest.", "Serbia"),
    ("Chile condemned as illegal the Bolivian blockade of the port.", "Bolivia"),  # its blockade
])
def test_roles_an_object_after_the_as_phrase_is_the_object(text: str, recipient: str) -> None:
    assert dyad(text, "ACCUSE")[1] == recipient


def test_roles_a_verb_the_parser_hung_on_a_verbless_sentences_noun_is_told() -> None:
    """With "Volunteers" for root, "donated" is read as a participle on "charities"; with an
    object (of the verb joined to it) it is the sentence's past tense, its doers those named."""
    text = "Volunteers from three Swiss charities donated and delivered food to Gaza."
    assert dyad(text, "AID") == ("Swiss charities", "Gaza Strip")


@pytest.mark.parametrize(("text", "actor"), [
    # who is called the perpetrator, author or mastermind of an act does it
    ("The minister said that Antonio Regalado was the perpetrator of the murder of Archbishop Romero.",
     "Antonio Regalado"),
    ("Police arrested the cartel gunmen who were the authors of the attack on the senator.", "cartel gunmen"),
    ("Police arrested Pablo Escobar, the mastermind of the bombing of the DAS building.", "Pablo Escobar"),
    ("The perpetrators of the massacre were soldiers of the Atlacatl Battalion.", "soldiers"),
])
def test_roles_who_is_called_the_perpetrator_does_it(text: str, actor: str) -> None:
    assert dyad(text, "ASSAULT")[0] == actor


def test_roles_the_people_named_in_apposition_to_a_title_are_all_of_them() -> None:
    text = "Soldiers detained journalists Roberto Navas and Luis Galdamez on Monday."
    assert dyad(text, "COERCE") == ("Soldiers", "Roberto Navas and Luis Galdamez")


@pytest.mark.parametrize(("text", "event_type", "recipient"), [
    # a judgement of an act told as a noun is about its doer, not whom it was done to
    ("Chile condemned the killing of two activists by Iran on Monday.", "ACCUSE", "Iran"),
    ("Peru praised the release of the hostages by Hamas.", "SUPPORT", "Hamas"),
])
def test_roles_a_judgement_of_an_act_is_about_its_doer(text: str, event_type: str, recipient: str) -> None:
    assert dyad(text, event_type)[1] == recipient


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a party a participle with a by-agent hangs on undergoes it
    ("The whereabouts of seven students, kidnapped by alleged death squads, remain unknown.",
     "alleged death squads", "students"),
])
def test_roles_a_party_a_passive_participle_hangs_on_undergoes_it(text: str, actor: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT") == (actor, recipient)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # who confirms or reports an act told as a passive's subject did not do it
    ("The attack was confirmed by a spokesman for the National Guard, and rebels killed a soldier.",
     "ASSAULT", "rebels", "soldier"),
    # a title possessing what was done to someone names whom it was done to
    ("The police commander's assassination has shocked Colombia.", "ASSAULT", UNNAMED, "police commander"),
])
def test_roles_onlookers_and_titled_victims_of_event_nouns(text: str, event_type: str, actor: str | None,
                                                             recipient: str) -> None:
    assert dyad(text, event_type) == (actor, recipient)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # the parser hangs the passive's subject in the date phrase before it
    ("On the evening of 24 May two Mormon missionaries were murdered by unidentified gunmen.",
     "ASSAULT", "unidentified gunmen", "Mormon"),
    # a participle with a by-agent and no subject is done by its agent
    ("Ukrainian officials reported hundreds of artillery shells fired by Russian forces at their positions.",
     "ASSAULT", "Russian Armed Forces", "positions"),
    # "by two hours" is no agent of a verb with a subject
    ("President Bashir on Monday shortened by two hours the curfew imposed on Khartoum.",
     "CONCEDE", "Omar al-Bashir", None),
])
def test_roles_a_passive_told_without_its_subject_in_place(text: str, event_type: str, actor: str,
                                                            recipient: str | None) -> None:
    assert dyad(text, event_type) == (actor, recipient)


def test_roles_the_day_of_a_date_is_no_count_of_victims() -> None:
    [murder] = eventmill.extract("On the evening of 24 May two Mormon missionaries were murdered.", date="1989-06-01").events
    assert murder.counts.fatalities == 2


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # weapons fired are no recipient, whatever their kind; the one fired at is
    ("Taliban forces fired heavy weapons at Pakistani military posts on Monday.", "Taliban forces", "Pakistan Army"),
    # a store of weapons is what was hit
    ("Turkish jets destroyed weapon depots in northern Iraq on Sunday.", "Turkish jets", "weapon depots"),
])
def test_roles_weapons_of_no_one_kind_are_instruments(text: str, actor: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT") == (actor, recipient)


def test_roles_the_threatened_told_as_what_will_be_done_to_them() -> None:
    # the threatened is the passive subject of the threatened act
    assert dyad("The junta warned that any newspaper printing the statement would be shut down.", "THREATEN") == (
        "junta", "newspaper")


def test_roles_armed_groups_of_named_organisations_are_those_organisations() -> None:
    assert dyad("The armed groups of Hamas and Hezbollah fired rockets at the town on Monday.", "ASSAULT") == (
        "Hamas and Hezbollah", "town")


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    # a named body is more specific than the generic word for the members it sent
    ("A commando group from the Shining Path ambushed a police patrol on Monday.", "ASSAULT", "Shining Path"),
    ("Officials from the World Bank met the finance minister on Monday.", "CONSULT", "World Bank"),
])
def test_roles_generic_from_a_named_body_is_that_body(text: str, event_type: str, actor: str) -> None:
    assert dyad(text, event_type)[0] == actor


def test_roles_generic_from_a_country_takes_its_country() -> None:
    article = eventmill.extract("Refugees from Syria protested in Berlin on Monday.", date="2022-03-02")
    event = next(e for e in article.events if e.type == "PROTEST")
    assert event.actor is not None and event.actor.country == "SYR"


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a bare participle the parser hung on the main verb is a passive of the noun before it
    ("A JUDGE IDENTIFIED THE BODY OF THE POLICE COMMANDER MURDERED THIS MORNING IN THE CAPITAL.",
     None, "police commander"),
    ("A MAGISTRATE IDENTIFIED THE BODY OF THE POLICE CAPTAIN MURDERED THIS MORNING IN THE NORTH OF THE CITY.",
     None, "police captain"),
    # an -ing clause the parser hung on where a bomb went off tells what the blast did
    ("A bomb exploded in the embassy's parking lot killing a Colombian woman.", None, "Colombian woman"),
])
def test_roles_harm_told_by_a_participle_the_parser_misplaced(text: str, actor: str | None, recipient: str) -> None:
    assert dyad(text, "ASSAULT") == (actor, recipient)


def test_roles_the_place_of_a_blast_is_no_victim_of_its_killing() -> None:
    [blast] = eventmill.extract("A bomb exploded in the embassy's parking lot killing a Colombian woman.",
                                date="1990-01-05").events
    assert blast.counts.fatalities == 1


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the parser hangs the by-phrase on the noun of the verb's place phrase
    ("Senator Juan Perez was kidnapped on 3 May near his home by the Extraditables, the cartel's armed wing.",
     "Medellin Cartel", "Juan Perez"),  # the dictionary knows the Extraditables as the cartel
    # an unidentified group is a party of its own
    ("The priest was kidnapped in the city by an unidentified group.", "unidentified group", "priest"),
])
def test_roles_a_passives_doer_in_a_by_phrase_hung_on_its_place(text: str, actor: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT") == (actor, recipient)


@pytest.mark.parametrize(("text", "actor"), [
    # where the act a subject names took place is no doer of it
    ("An attack in Kabul killed five people on Monday.", UNNAMED),
    ("A grenade attack at the market in Bangui killed seven people.", UNNAMED),
    # its doer told in its own phrase is
    ("An attack by rebels in Kabul killed five people on Monday.", "rebels"),
])
def test_roles_the_place_of_an_act_told_as_subject_is_no_doer(text: str, actor: str) -> None:
    assert dyad(text, "ASSAULT")[0] == actor


def test_roles_a_weapon_used_is_not_whom_a_bare_count_counts() -> None:
    text = ("Government forces launched artillery and rocket fire against guerrilla camps near the border on Monday, "
            "killing or wounding 50.")
    assert [e.recipient.name if e.recipient else None for e in eventmill.extract(text, date="1985-03-02").events
            if e.type == "ASSAULT"] == ["guerrilla"]


@pytest.mark.parametrize(("text", "recipient"), [
    # a thing hit named by its part is the whole
    ("Rebels set off a bomb in the basement of the central bank on Monday.", "central bank"),
    ("A bomb exploded in the embassy's parking lot on Monday.", "embassy"),
    ("Gunmen placed a bomb in the engine of a bus on Monday.", "bus"),
])
def test_roles_a_part_of_what_was_hit_is_the_whole(text: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT")[1] == recipient


@pytest.mark.parametrize(("text", "recipient"), [
    # a weapon told by its amount is set where it was put
    ("Rebels placed a charge of dynamite under a bus on Monday.", "bus"),
    # a word of a kind of place says only where, like the town it names
    ("Rebels exploded a series of bombs in the capital Kabul on Monday.", "Kabul"),
])
def test_roles_a_device_told_by_its_amount_hit_where_it_was_set(text: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT")[1] == recipient


@pytest.mark.parametrize(("text", "recipient"), [
    # the act told by the verb's object ("set fire") hits what its "to" phrase names
    ("Rebels set fire to a grocery store on Monday.", "grocery store"),
    # a weapon in front of a noun makes it a weapon only when it is an explosive or an adjective
    # ("an explosive device"); "tank trucks" carry fuel
    ("Rebels set fire to three tank trucks on Monday.", "tank trucks"),
    ("Rebels burned three tank trucks on Monday.", "tank trucks"),
])
def test_roles_what_fire_was_set_to_is_hit(text: str, recipient: str) -> None:
    assert dyad(text, "ASSAULT") == ("Rebels", recipient)


def test_roles_a_time_zone_after_a_clock_time_is_nothing_hit() -> None:
    assert dyad("AT APPROXIMATELY 1915 [2115 GMT] TODAY, A BOMB WENT OFF AT THE GATE OF THE UNIVERSITY.",
                "ASSAULT")[1] == "university"


@pytest.mark.parametrize(("text", "actor"), [
    # a harm condemned is told here when its doer is named, and the condemner did not do it
    ("Chile condemned the killing of five soldiers by rebels.", "rebels"),
    ("The assassination of the mayor, which was planned and carried out by rebels, shocked Chile.", "rebels"),
    # the condemner is not the doer when the one named is no party we know
    ("Chile condemns the murder of the mayor of Arica, which was perpetrated by professionals.",
     "unidentified attackers"),
])
def test_roles_a_harm_named_with_its_doer_in_a_statement(text: str, actor: str) -> None:
    assert dyad(text, "ASSAULT")[0] == actor


@pytest.mark.parametrize(("text", "actor"), [
    # a weapon naming no party has its owner or user as its doer, not the place it went off
    ("A bomb at an army base in Helmand killed at least five people.", UNNAMED),
    ("U.S. helicopters bombed the San Miguelito sector on Monday.", "United States"),
    ("The bombs the army is launching killed five civilians.", "army"),
    ("A rocket fired by Hamas killed two people.", "Hamas"),
])
def test_roles_a_weapon_is_used_by_its_owner(text: str, actor: str) -> None:
    assert dyad(text, "ASSAULT")[0] == actor


def test_roles_whoever_tells_of_an_attack_did_not_make_it() -> None:
    text = ("Suicide bombers blew themselves up near two churches in Lahore, killing at least a dozen people, "
            "officials said, in the latest attack against religious minorities.")
    events = eventmill.extract(text, date="2022-03-02").events
    assert [(e.type, e.actor.name) for e in events] == [("ASSAULT", "Suicide bombers")]


@pytest.mark.parametrize(("text", "event_type", "roles"), [
    # who comes or is "under" an act is subjected to it
    ("The police came under a grenade attack on Monday.", "ASSAULT", (None, "police")),
    # fire named by its weapon is shooting: "naval fire", "gunfire"
    ("A UN convoy came under Israeli naval fire on Monday.", "ASSAULT", ("Israeli", "United Nations")),
    ("Soldiers came under heavy gunfire near the border.", "ASSAULT", (None, "Soldiers")),
    ("Casolo was under arrest for two weeks.", "COERCE", (None, "Casolo")),
    ("The minister remains under investigation.", "ACCUSE", (None, "minister")),
    # not when the subject acts on someone under it
    ("The rebels are recruiting villagers under threats of death.", "THREATEN", ("rebels", None)),
])
def test_roles_who_is_under_an_act_is_subjected_to_it(text: str, event_type: str,
                                                       roles: tuple[str | None, str | None]) -> None:
    assert dyad(text, event_type) == roles


@pytest.mark.parametrize(("text", "actor"), [
    # an asked doer is unknown, not the one asking; a relative "who" is its antecedent
    ("Police do not know who attacked the bus.", None),
    ("The rebels, who attacked the bus, fled.", "rebels"),
    # the "of" phrase of a noun of doers names the victims
    ("The murderers of the Jesuits fired more than 500 shots.", None),
])
def test_roles_an_unknown_doer_is_no_one_named_near_it(text: str, actor: str | None) -> None:
    assert dyad(text, "ASSAULT")[0] == actor


@pytest.mark.parametrize(("text", "roles"), [
    # those harmed in a fight were harmed by whom they fought
    ("Three South African peacekeepers were killed in clashes with the rebels on Thursday.",
     ("rebels", "South African peacekeepers")),
    ("Two soldiers were wounded during fighting with the rebels.", ("rebels", "soldiers")),
    # a "with" phrase of the weapon names no one
    ("Two soldiers were killed in a gunfight with automatic weapons.", (None, "soldiers")),
])
def test_roles_those_harmed_in_a_fight_were_harmed_by_the_other_side(text: str,
                                                                      roles: tuple[str | None, str | None]) -> None:
    assert dyad(text, "ASSAULT") == roles


@pytest.mark.parametrize(("text", "actor"), [
    # the parties of a fight that broke out between them, the phrase hung on "broke out"
    ("Clashes broke out between police and protesters in Nairobi on Monday.", "police and protesters"),
    ("Fighting erupted between the army and the rebels near Goma.", "army and rebels"),
])
def test_roles_a_fight_broke_out_between_its_parties(text: str, actor: str) -> None:
    assert dyad(text, "ASSAULT")[0] == actor


def test_roles_what_a_blast_did_is_the_blasts_through_a_joined_participle() -> None:
    """Those who used the pagers did not blow them up: the wounding joined to the killing is the
    blast's too, and the party blamed for it is its doer."""
    text = ("Thousands of pagers used by Hezbollah members exploded across Lebanon on Tuesday, killing at least "
            "12 people and wounding nearly 2,800, officials said. Hezbollah blamed Israel for the blasts.")
    assert dyad(text, "ASSAULT")[0] == "Israel"


def test_roles_an_amount_sent_in_aid_is_the_senders_aid() -> None:
    # the amount's "in" phrase says what the verb sent, so the verb's subject gives it
    assert dyad("The EU sent 5 billion euros in military aid to Ukraine.", "AID") == ("European Union", "Ukraine")


def test_roles_who_evades_sanctions_is_their_target_so_opposing_them_answers_their_imposer() -> None:
    text = ("The U.S. Treasury imposed sanctions on 300 firms it accused of helping Russia evade Western "
            "sanctions. China's commerce ministry said it firmly opposed the sanctions.")
    rejection = next(e for e in eventmill.extract(text, date="2024-06-14").events if e.type == "REJECT")
    assert rejection.recipient is not None and rejection.recipient.country == "USA"


def test_roles_titled_names_joined_by_and_are_both_harmed() -> None:
    """"Mondlane's lawyer Elvino Dias and party official Paulo Guambe were shot dead": the parser
    hangs the second title on the first name; each name names its own title, and both died."""
    text = "Mondlane's lawyer Elvino Dias and party official Paulo Guambe were shot dead in their car in Maputo."
    event = next(e for e in eventmill.extract(text, date="2024-10-21").events if e.type == "ASSAULT")
    assert event.recipient is not None and event.recipient.name == "Elvino Dias and Paulo Guambe"
    assert event.counts.fatalities == 2
