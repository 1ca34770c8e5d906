"""Read killed, injured and arrested counts from the clause of an event.

"killing around 266 Palestinians" → 266 fatalities; "six soldiers and thirty-four militiamen
were killed" → 40; "33 others were wounded" → 33 injuries; "5 soldiers killed" and "one dead
terrorist" (a reduced clause on the victims); "left 5 people dead"; "the death toll rose to 40";
a named or singular victim ("Mayor Torrado was killed", "he was shot to death") is one;
"no casualties" and "no one was killed" are zero. An event noun that is the subject of a clause
("the attack killed 3", "the blast left 5 dead") reads that clause.

Convention for attacks (ASSAULT): fatalities are 0 when the text reports the attack's outcome
(people wounded, damage, a target unharmed, "no casualties" anywhere in its sentence) and no
death; they stay None when the outcome is not reported at all. This is how MUC-4 codes attacks,
and it keeps "nobody died" apart from "nobody said".

Which predicates report which count, toll nouns, outcome words, collective nouns and the number
words are data (`data/events/counts.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventmill.data_files import builtin, load_yaml, words
from eventmill.dates.words import default_words
from eventmill.errors import DataFileError
from eventmill.events.predicates import (
    REASON_PREPOSITIONS,
    WITHIN_PREPOSITIONS,
    antecedent,
    misread_finite,
    passive_subjects,
)
from eventmill.language.tokens import (
    DATING_MARKERS,
    caused_verb,
    contrasted_clause,
    dating_clause,
    sums_up,
)
from eventmill.model import Counts

BUILTIN_COUNTS = "events/counts.yaml"
COUNT_KINDS = frozenset({"fatalities", "injuries", "arrests"})
OBJECT_VICTIM_DEPS = frozenset({"dobj"})
# Clause links through which a casualty clause still belongs to the event above it.
CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "dobj", "nsubj", "nsubjpass", "prep", "pobj",
                         "oprd", "amod", "advmod", "acomp"})
# Where a result word ("shot dead", "beaten to death") hangs from the verb that caused it.
RESULT_DEPS = frozenset({"advmod", "oprd", "acomp", "xcomp", "ccomp", "dobj", "npadvmod", "conj"})
# Pronouns that stand for one person, and words that say nobody: a closed set of English.
ONE_PERSON = frozenset({"he", "she", "him", "her"})
NOBODY = frozenset({"nobody", "none", "noone"})
# Prepositions whose phrase tells another act than a crackdown or a protest, with that act's toll:
# its reason ("arrested two men for the murder of the mayor") or what it followed ("arrested 20
# after clashes that killed 3"). An attack's "for" may give its length ("shelled it for hours") and
# its toll may hang on a dating phrase (see `_clause_tokens`).
OTHER_ACT_PREPOSITIONS = REASON_PREPOSITIONS | DATING_MARKERS | {"for", "following"}
# Words before "with" that add the people after it to the victims ("along with", "together with").
ALONGSIDE = frozenset({"along", "together"})
# Words that make casualties an addition to others already told ("33 others", "dozens more").
BESIDES = frozenset({"other", "others", "more", "another"})
# Tags of a list item that stands for one person ("a minor", "Pulido"); plurals do not.
LISTED_ONE = frozenset({"NN", "NNP", "JJ"})
# Determiners under which a singular noun is not one person ("some property", "every house").
QUANTIFIERS = frozenset({"some", "any", "every", "each", "all", "much", "more"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class CountLexicon:
    """Casualty predicates and the number words used to read figures."""

    predicates: dict[str, str]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    tolls: dict[str, str] = field(default_factory=dict)
    none_nouns: frozenset[str] = frozenset()
    outcomes: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    penalties: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    attempts: frozenset[str] = frozenset()


def load_count_lexicon(user_files: Iterable[Path] = ()) -> CountLexicon:
    predicates: dict[str, str] = {}
    number_words: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    tolls: dict[str, str] = {}
    none_nouns: set[str] = set()
    outcomes: set[str] = set()
    collectives: set[str] = set()
    penalties: set[str] = set()
    victim_nouns: set[str] = set()
    attempts: set[str] = set()
    for path in (builtin(BUILTIN_COUNTS), *user_files):
        raw = load_yaml(path) or {}
        tolls.update({str(k).lower(): str(v) for k, v in (raw.get("tolls") or {}).items()})
        none_nouns.update(words(raw.get("none_nouns")))
        outcomes.update(words(raw.get("outcomes")))
        collectives.update(words(raw.get("collectives")))
        penalties.update(words(raw.get("penalties")))
        victim_nouns.update(words(raw.get("victim_nouns")))
        attempts.update(words(raw.get("attempts")))
        predicates.update({str(k).lower(): str(v) for k, v in (raw.get("predicates") or {}).items()})
        unknown = sorted({str(v) for v in [*predicates.values(), *tolls.values()]} - COUNT_KINDS)
        if unknown:
            raise DataFileError("EM010", path=path, line=0,
                                detail=f"unknown count kind {unknown[0]!r} (use fatalities, injuries or arrests)")
        number_words.update({str(k).lower(): int(v) for k, v in (raw.get("number_words") or {}).items()})
        multipliers.update({str(k).lower(): int(v) for k, v in (raw.get("multipliers") or {}).items()})
    return CountLexicon(predicates, number_words, multipliers, tolls, frozenset(none_nouns), frozenset(outcomes),
                        frozenset(collectives), frozenset(penalties), frozenset(victim_nouns), frozenset(attempts))


def parse_number(words: Iterable[str], lexicon: CountLexicon) -> int | None:
    """The value of a written figure: "266", "14,000", "thirty-four", "a dozen", "1.2 million"."""
    total = 0
    current: float | None = None
    for word in words:
        for part in word.lower().split("-"):
            if _DIGITS.match(part):
                current = (current or 0) + float(part.replace(",", ""))
            elif part in lexicon.multipliers:
                current = (current or 1) * lexicon.multipliers[part]
                if lexicon.multipliers[part] >= 1000:
                    total += int(current)
                    current = None
            elif part in lexicon.number_words:
                current = (current or 0) + lexicon.number_words[part]
    value = total + int(current or 0)
    return value or None


def count_event(anchor: Any, lexicon: CountLexicon, *, attack: bool = False,
                others: Collection[int] = ()) -> Counts:
    """Counts reported by the casualty clauses at or below an event's predicate.

    An event noun that is the subject of a clause ("the attack killed 3") also reads that
    clause. A figure found wins over "no casualties", which only gives zero when nothing else
    is reported.

    Args:
        anchor: the event's predicate token (its verb, or its event noun).
        lexicon: the casualty lexicon.
        attack: the event is an ASSAULT, so a reported outcome without a death means nobody died
            (the convention of the module docstring).
        others: positions of the other event nouns of the sentence, whose own phrases tell their
            own tolls ("arrested Khan, sparking protests in which six were killed").
    """
    tokens = _clause_tokens(anchor, dating=attack, others=others,
                            reasons=REASON_PREPOSITIONS if attack else OTHER_ACT_PREPOSITIONS)
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head != anchor:
        tokens += [t for t in _clause_tokens(anchor.head) if t.i != anchor.i and t not in anchor.subtree]
    if attack and _scene_of(anchor):  # "three civilians died in an air strike": the clause tells its toll
        phrase = {t.i for t in anchor.head.subtree}
        tokens += [t for t in _clause_tokens(anchor.head.head) if t.i not in phrase]
    if attack and _suffered(anchor) and _reading(anchor.head, lexicon)[0] == "fatalities":
        tokens.append(anchor.head)  # "the judge died after he was shot": the attack's outcome
    if attack and (caused := caused_verb(anchor)) is not None and not _objects(caused):
        # "a prisoner died as a result of torture": the attack's outcome ("350 were killed as a
        # result of the offensive" is a killing told on its own)
        tokens.append(caused)
    tally = _tally(tokens, lexicon)
    found = dict(tally.figures)
    outcome_only = attack and not tally.lethal and (tally.outcome or _sentence_says_none(anchor, lexicon)) \
        and not _tally(anchor.conjuncts, lexicon).lethal  # "killing or wounding 50": someone may have died
    if tally.none_reported or outcome_only:
        found.setdefault("fatalities", 0)
    return Counts(found.get("fatalities"), found.get("injuries"), found.get("arrests"))


@dataclass(frozen=True)
class _Tally:
    """What the casualty words of a clause report.

    Attributes:
        figures: count kind → figure.
        lethal: a death is reported, with or without a figure ("killed soldiers").
        outcome: an outcome other than a death is reported (injuries, damage, "unharmed").
        none_reported: "no casualties".
    """

    figures: dict[str, int]
    lethal: bool
    outcome: bool
    none_reported: bool


def _tally(tokens: Iterable[Any], lexicon: CountLexicon) -> _Tally:
    """Each kind at its largest figure, plus the figures of victims marked "also" ("two guards were also killed")."""
    largest: dict[str, int] = {}
    added: dict[str, int] = {}
    none_reported = outcome = lethal = False
    for token in tokens:
        if _says_none(token, lexicon):
            none_reported = True
            continue
        kind, figure = _reading(token, lexicon)
        if kind is None:
            outcome = outcome or token.lemma_.lower() in lexicon.outcomes
            continue
        outcome = outcome or (kind == "injuries" and not _besides_others(token))
        lethal = lethal or (kind == "fatalities" and figure != 0)
        if figure is not None and any(c.lower_ == "also" for c in token.children):
            added[kind] = added.get(kind, 0) + figure
        elif figure is not None:
            largest[kind] = max(largest.get(kind, figure), figure)
    figures = {kind: largest.get(kind, 0) + added.get(kind, 0) for kind in {*largest, *added}}
    return _Tally(figures, lethal, outcome, none_reported)


def _reading(token: Any, lexicon: CountLexicon) -> tuple[str | None, int | None]:
    """The count a token reports, if it is a casualty word, and the figure it gives."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.tolls:
        return lexicon.tolls[lemma], _toll_figure(token, lexicon)
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    kind = lexicon.predicates.get(" ".join([lemma, *particles[:1]])) or lexicon.predicates.get(lemma)
    if kind is None:
        return None, None
    if token.pos_ in ("VERB", "ADJ"):
        if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in lexicon.attempts:
            return None, None  # "tried to kill the mayor": whom it aimed at, not whom it killed
        return kind, _victim_figure(token, lexicon)
    if token.pos_ == "NOUN":
        return kind, _noun_figure(token, lexicon)
    return None, None


def _says_none(token: Any, lexicon: CountLexicon) -> bool:
    """ "no casualties", "did not cause any casualties", "without casualties"."""
    if token.lemma_.lower() not in lexicon.none_nouns:
        return False
    determiners = {c.lower_ for c in token.children}
    if "no" in determiners or token.head.lower_ == "without":
        return True
    head = token.head.head if token.dep_ == "pobj" else token.head
    return "any" in determiners and any(c.dep_ == "neg" for c in head.children)


def _suffered(anchor: Any) -> bool:
    """An attack told in the passive under another clause ("died after he was shot", "died after being
    shot"): whoever that clause says died is the attack's victim, not an attacker ("died while attacking")."""
    return anchor.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children)


def _besides_others(predicate: Any) -> bool:
    """ "six other people were wounded", "dozens more were hurt": casualties besides some told before,
    who may have died, so the injuries do not show that nobody died."""
    return any(t.lower_ in BESIDES for t in predicate.subtree if t != predicate)


def _sentence_says_none(anchor: Any, lexicon: CountLexicon) -> bool:
    """ "Guerrillas blew up a bus; no casualties were reported": the sentence reports the outcome."""
    return any(_says_none(token, lexicon) for token in anchor.sent)


def _toll_figure(toll: Any, lexicon: CountLexicon) -> int | None:
    """The figure a toll noun reaches: "the death toll rose to 40", "the toll is 12"."""
    verb = toll.head
    if toll.dep_ not in ("nsubj", "nsubjpass") or verb == toll:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.pos_ == "NUM":
            return parse_number([child.text], lexicon)
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            number = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NUM"), None)
            if number is not None:
                return parse_number([number.text], lexicon)
    return None


def _scene_of(noun: Any) -> bool:
    """Whether an event noun is where a clause's verb happened ("died in an air strike")."""
    return (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in WITHIN_PREPOSITIONS
            and noun.head.head.pos_ == "VERB")


def _clause_tokens(anchor: Any, *, dating: bool = True, others: Collection[int] = (),
                   reasons: frozenset[str] = REASON_PREPOSITIONS) -> list[Any]:
    """The event's clause; without `dating`, not the clauses that only date it: "took to the
    streets after six hostages were found dead" reports no deaths of the protest. An attack keeps
    them, as the parser often hangs its toll there ("opened fire after protesters threw stones,
    killing two"). The phrase of its reason (`reasons`) tells another act's toll: "protests over
    the collapse of a canopy that killed 15", "arrested two men for the murder of the mayor"."""
    tokens = [anchor]
    stack = list(anchor.children)
    while stack:
        token = stack.pop()
        if not dating and dating_clause(token) or token.i in others or contrasted_clause(token):
            continue  # nor a clause set against it ("seized the town, while a bomb killed five")
        if token.dep_ == "conj" and _done_by_others(token):
            continue  # "protesters stormed parliament and police shot dead 22 people": the police's toll
        if token.dep_ == "prep" and token.lower_ in reasons:
            continue
        if token.dep_ in CLAUSE_DEPS:
            tokens.append(token)
            stack.extend(token.children)
    return tokens


def _done_by_others(verb: Any) -> bool:
    """Whether a coordinated verb tells an act of its own, with a doer and an object of its own
    ("and police shot dead 22 people"), not an outcome of the first ("and 12 people died", "and
    five were wounded")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children) \
        and any(c.dep_ == "dobj" for c in verb.children)


def _victim_figure(predicate: Any, lexicon: CountLexicon) -> int | None:
    victims = _objects(predicate)
    if predicate.lemma_.lower() == "die" or predicate.pos_ == "ADJ":
        victims += [c for c in predicate.children if c.dep_ == "nsubj"]
    else:
        victims += [c for c in predicate.children if c.dep_ == "nsubj" and c.pos_ == "NUM"]  # "10 wounded"
    if predicate.dep_ in ("acl", "amod") and predicate.head.pos_ in ("NOUN", "PROPN", "NUM") \
            and predicate.tag_ != "VBG" and not misread_finite(predicate):
        # "5 soldiers killed", "one dead terrorist" (but the lot of "a bomb exploded in the lot killing a woman")
        victims.append(predicate.head)
    elif predicate.pos_ == "ADJ" and predicate.dep_ in RESULT_DEPS and predicate.head.pos_ == "VERB":
        victims += _objects(predicate.head)  # "shot dead 25 protesters", "left 5 people dead", "found dead"
    elif predicate.dep_ in ("oprd", "xcomp", "ccomp") and predicate.head.lemma_.lower() == "leave":
        victims += [c for c in predicate.head.children if c.dep_ == "dobj"]  # "left 5 people wounded"
    companions = (c for c in predicate.children if c.dep_ in ("prep", "advmod") and c.lower_ in ALONGSIDE)
    victims += [g for c in companions for w in c.children if w.lower_ == "with" for g in w.children
                if g.dep_ == "pobj"]  # "was killed along with two of his bodyguards"
    # one phrase found twice ("107 were injured and 532 arrested": 532 is subject and passive subject)
    return _victims_total({v.i: v for v in victims}.values(), lexicon)


def _noun_figure(noun: Any, lexicon: CountLexicon) -> int | None:
    """ "40 deaths", "the massacre of 30 peasants", "the assassination of the mayor", "beaten to death"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        return None if verb.lemma_.lower() in lexicon.penalties else _victims_total(_objects(verb), lexicon)
    if noun.lemma_.lower() in lexicon.victim_nouns and any(c.dep_ == "nummod" for c in noun.children):
        return _figure(noun, lexicon)  # "40 deaths"; "two killings" counts killings, not victims
    victims = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return _victims_total(victims, lexicon)


def _objects(verb: Any) -> list[Any]:
    """Who a verb harmed: its object, or its passive subject ("X, who was shot" → X; "and 24
    soldiers injured")."""
    return [antecedent(c) for c in verb.children
            if c.dep_ in OBJECT_VICTIM_DEPS and not sums_up(c)] + passive_subjects(verb)


def _victims_total(victims: Iterable[Any], lexicon: CountLexicon) -> int | None:
    """How many people the victim phrases name, counting coordinated ones ("X and his brother")."""
    figures = []
    for victim in victims:
        people = _people(victim)
        for person in people:
            figure = _figure(person, lexicon)
            if figure is None and len(people) > 1 and person.tag_ in LISTED_ONE:
                figure = 1  # one item of a list of people, whatever the tagger made of its name
            figures.append(figure)
    known = [f for f in figures if f is not None]
    return sum(known) if known else None


def _people(victim: Any) -> list[Any]:
    """A victim and the people listed with it: coordinated ("X and his brother"), past an
    apposition ("X, a judge, and Senator Y"), or after a semicolon ("X, 42; Y, 19; a minor").
    An apposition after a comma only describes the victim ("X, a judge") and is not another person.
    """
    people = [victim]
    for person in (victim, *victim.conjuncts):
        if person != victim:
            people.append(person)
        for appos in (c for c in person.children if c.dep_ == "appos" and c.pos_ != "NUM"):
            before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
            if before is not None and (before.text == ";" or before.dep_ == "cc"):
                people += _people(appos)
            elif not any(c.dep_ == "nummod" for c in victim.children):
                people += [c for c in appos.conjuncts if c.pos_ == "PROPN"]
    return people


def _a_day(number: Any) -> bool:
    """A day of a date the parser hung on the noun after it: "on 24 May two U.S. citizens"."""
    if number.ent_type_ == "DATE":
        return True
    if number.i + 1 >= len(number.doc):
        return False
    following = number.nbor(1)
    month = following.text[:1].isupper() and following.lower_.rstrip(".") in default_words().months
    return following.ent_type_ == "DATE" or month


def _figure(noun: Any, lexicon: CountLexicon) -> int | None:
    if noun.lemma_.lower() in NOBODY or any(c.lower_ == "no" for c in noun.children):
        return 0
    if noun.pos_ == "NUM":
        return parse_number([noun.text], lexicon)
    if noun.pos_ == "PRON":
        return 1 if noun.lower_ in ONE_PERSON else None
    numbers = [c for c in noun.children if c.dep_ == "nummod" and not _a_day(c)]
    if not numbers:
        if noun.tag_ == "NNP" and noun.ent_type_ in ("PERSON", ""):
            return 1  # a named victim: "Mayor Torrado was killed"
        if noun.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an") for c in noun.children):
            return 1  # "a policeman", "a Marine"
        singular = noun.tag_ == "NN" and noun.lemma_.lower() not in lexicon.collectives
        return 1 if singular and not any(c.lower_ in QUANTIFIERS for c in noun.children) else None
    number = numbers[0]
    words = [t.text for t in number.subtree if t.pos_ == "NUM" or t.lower_ in lexicon.number_words]
    return parse_number(words or [number.text], lexicon)
