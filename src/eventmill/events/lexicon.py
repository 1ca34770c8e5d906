"""Load the predicate lexicon: which verbs and nouns, in which frames, make which PLOVER event.

The lexicon is data (`data/events/predicates.yaml`, format in `data/README.md`); users layer
their own files over it, later entries winning. Lookups return a `Coding` (type and mode) or
None, so the rest of the pipeline never sees the YAML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventmill.data_files import builtin, load_yaml, words
from eventmill.errors import DataFileError
from eventmill.model import EVENT_TYPES

BUILTIN_LEXICON = "events/predicates.yaml"


@dataclass(frozen=True)
class Coding:
    """An event type with its optional PLOVER mode."""

    type: str
    mode: str | None = None


@dataclass(frozen=True)
class PredicateEntry:
    """How one lemma codes, by frame.

    Attributes:
        coding: the plain coding; None when the word is an event only in some frame.
        particles: phrasal verbs ("pull out").
        objects: object noun lemma → coding; a None coding there means "not an event".
        preps: a prepositional complement → coding ("arrive in"), or a preposition with its
            object's lemma ("on fire": "set the houses on fire").
        conflict_complement: the coding when the verb's to-clause is a hostile act.
        cooperative_complement: the coding when the verb's to-clause is a cooperative act
            ("failed to reach a deal" is a refusal).
        clausal: the coding when the verb reports a that-clause ("protested that the
            authorities failed" is a verbal accusation, not a street protest).
        light: for nouns, light verb → coding ("lodged a protest" is ACCUSE).
        needs_object: the verb is an event only with an object or a passive subject ("sheltered
            the refugees" is aid; "had been sheltering in the embassy" is taking shelter).
        party_object: the plain coding holds only when the object names a party or a visit
            ("received the envoy" is a meeting; "received orders", "received two bullet wounds" are not).
    """

    coding: Coding | None
    particles: Mapping[str, Coding] = field(default_factory=dict)
    objects: Mapping[str, Coding | None] = field(default_factory=dict)
    preps: Mapping[str, Coding] = field(default_factory=dict)
    conflict_complement: Coding | None = None
    cooperative_complement: Coding | None = None
    clausal: Coding | None = None
    light: Mapping[str, Coding] = field(default_factory=dict)
    needs_object: bool = False
    party_object: bool = False


@dataclass(frozen=True)
class PredicateLexicon:
    """Read-only lookup of verb and noun predicates, light verbs and recipient prepositions."""

    verbs: Mapping[str, PredicateEntry]
    nouns: Mapping[str, PredicateEntry]
    light_verbs: frozenset[str]
    recipient_preps: Mapping[str, tuple[str, ...]]
    crowd_subjects: frozenset[str] = frozenset()
    instruments: Mapping[str, str | None] = field(default_factory=dict)
    crowd_verbs: frozenset[str] = frozenset()
    natural_causes: frozenset[str] = frozenset()
    moving_types: frozenset[str] = frozenset()
    mode_cues: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    implied_actors: Mapping[Coding, tuple[str, str]] = field(default_factory=dict)
    implied_recipients: Mapping[Coding, tuple[str, str]] = field(default_factory=dict)
    unnamed_doers: Mapping[Coding, tuple[str, str] | None] = field(default_factory=dict)
    answering_words: Mapping[str, str] = field(default_factory=dict)
    claim_nouns: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    culprit_words: frozenset[str] = frozenset()
    crime_words: frozenset[str] = frozenset()
    protest_participants: frozenset[str] = frozenset()
    tally_periods: frozenset[str] = frozenset()
    onlooker_verbs: frozenset[str] = frozenset()
    sparking_verbs: frozenset[str] = frozenset()
    aiming_verbs: frozenset[str] = frozenset()
    arms_words: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    reprisal_verbs: frozenset[str] = frozenset()
    reprisal_nouns: frozenset[str] = frozenset()
    unanswered_words: frozenset[str] = frozenset()
    paying_verbs: frozenset[str] = frozenset()
    paid_prices: frozenset[str] = frozenset()
    reception_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    perpetrator_nouns: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()
    expelled_people: frozenset[str] = frozenset()
    expelled_from: frozenset[str] = frozenset()
    dying_verbs: frozenset[str] = frozenset()
    haven_nouns: frozenset[str] = frozenset()
    tolerance_verbs: frozenset[str] = frozenset()
    visit_nouns: frozenset[str] = frozenset()
    conveyance_nouns: frozenset[str] = frozenset()
    attack_modifiers: frozenset[str] = frozenset()
    capture_verbs: frozenset[str] = frozenset()
    speaking_verbs: frozenset[str] = frozenset()
    press_words: frozenset[str] = frozenset()
    bursting_verbs: frozenset[str] = frozenset()
    outbreak_subjects: frozenset[str] = frozenset()
    crowd_counts: frozenset[str] = frozenset()
    crowd_people: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    projectile_verbs: frozenset[str] = frozenset()
    named_after_events: frozenset[str] = frozenset()
    condemning_words: frozenset[str] = frozenset()
    phenomena: frozenset[str] = frozenset()
    characterising_verbs: frozenset[str] = frozenset()
    device_verbs: frozenset[str] = frozenset()
    bursting_nouns: frozenset[str] = frozenset()
    accident_sites: frozenset[str] = frozenset()
    open_waters: frozenset[str] = frozenset()

    def verb(self, lemma: str) -> PredicateEntry | None:
        return self.verbs.get(lemma.lower())

    def noun(self, lemma: str) -> PredicateEntry | None:
        return self.nouns.get(lemma.lower())

    def preps_for(self, event_type: str) -> tuple[str, ...]:
        return self.recipient_preps.get(event_type, ())


# The lexicon's plain word lists: field → (top-level key, key inside it or None for the list itself).
WORD_LISTS = {
    "crowd_subjects": ("crowd_subjects", None),
    "protest_participants": ("protest_participants", None),
    "crowd_verbs": ("crowd_verbs", None),
    "natural_causes": ("natural_causes", None),
    "claim_nouns": ("responsibility", "nouns"),
    "claim_verbs": ("responsibility", "verbs"),
    "blame_verbs": ("responsibility", "blame_verbs"),
    "culprit_words": ("responsibility", "culprit_words"),
    "crime_words": ("responsibility", "crime_words"),
    "tally_periods": ("tally_periods", None),
    "onlooker_verbs": ("onlooker_verbs", None),
    "sparking_verbs": ("sparking_verbs", None),
    "aiming_verbs": ("aiming_verbs", None),
    "projectile_verbs": ("projectile_verbs", None),
    "named_after_events": ("named_after_events", None),
    "arms_words": ("arms_words", None),
    "part_nouns": ("part_nouns", None),
    "quantity_nouns": ("quantity_nouns", None),
    "reprisal_verbs": ("reprisal_verbs", None),
    "reprisal_nouns": ("reprisal_nouns", None),
    "unanswered_words": ("unanswered_words", None),
    "paying_verbs": ("paying_verbs", None),
    "paid_prices": ("paid_prices", None),
    "reception_verbs": ("reception_verbs", None),
    "undergoing_verbs": ("undergoing_verbs", None),
    "receiving_verbs": ("receiving_verbs", None),
    "patient_nouns": ("patient_nouns", None),
    "perpetrator_nouns": ("perpetrator_nouns", None),
    "intent_nouns": ("intent_nouns", None),
    "request_nouns": ("request_nouns", None),
    "departure_verbs": ("departures", "verbs"),
    "expelled_people": ("departures", "people"),
    "expelled_from": ("departures", "places"),
    "dying_verbs": ("dying_verbs", None),
    "haven_nouns": ("haven_nouns", None),
    "tolerance_verbs": ("tolerance_verbs", None),
    "visit_nouns": ("visit_nouns", None),
    "conveyance_nouns": ("conveyance_nouns", None),
    "attack_modifiers": ("attack_modifiers", None),
    "capture_verbs": ("capture_verbs", None),
    "speaking_verbs": ("speaking_verbs", None),
    "press_words": ("press_words", None),
    "bursting_verbs": ("bursting", "verbs"),
    "outbreak_subjects": ("bursting", "subjects"),
    "crowd_counts": ("crowd_sizes", "counts"),
    "crowd_people": ("crowd_sizes", "people"),
    "judging_verbs": ("judgements", "verbs"),
    "condemning_words": ("judgements", "condemning"),
    "phenomena": ("phenomena", None),
    "characterising_verbs": ("judgements", "as_verbs"),
    "device_verbs": ("bursting", "device_verbs"),
    "bursting_nouns": ("bursting", "nouns"),
    "accident_sites": ("bursting", "accident_sites"),
    "open_waters": ("open_waters", None),
}


def load_lexicon(user_files: Iterable[Path] = ()) -> PredicateLexicon:
    """The built-in lexicon with each user file layered over it (a later entry wins)."""
    verbs: dict[str, PredicateEntry] = {}
    nouns: dict[str, PredicateEntry] = {}
    light: set[str] = set()
    preps: dict[str, tuple[str, ...]] = {}
    word_lists: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    instruments: dict[str, str | None] = {}
    moving: set[str] = set()
    mode_cues: dict[str, dict[str, frozenset[str]]] = {}
    implied: dict[Coding, tuple[str, str]] = {}
    implied_recipients: dict[Coding, tuple[str, str]] = {}
    unnamed_doers: dict[Coding, tuple[str, str] | None] = {}
    answering: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for path in (builtin(BUILTIN_LEXICON), *user_files):
        raw = load_yaml(path) or {}
        if not isinstance(raw, dict):
            raise DataFileError("EM010", path=path, line=1, detail="expected a mapping at top level")
        for kind, table in (("verbs", verbs), ("nouns", nouns)):
            for lemma, value in (raw.get(kind) or {}).items():
                table[str(lemma).lower()] = _entry(value, path=path, where=f"{kind}.{lemma}")
        light.update(str(verb) for verb in raw.get("light_verbs") or ())
        for name, (section, key) in WORD_LISTS.items():
            word_lists[name].update(words((raw.get(section) or {}).get(key) if key else raw.get(section)))
        instruments.update({str(k).lower(): None if v is None else str(v)
                            for k, v in (raw.get("assault_instruments") or {}).items()})
        aliases.update({str(k).lower(): str(v) for k, v in (raw.get("mode_aliases") or {}).items()})
        for event_type, listed in (raw.get("answering_words") or {}).items():
            _check_type(event_type, path=path, where=f"answering_words.{event_type}")
            answering.update(dict.fromkeys(words(listed), event_type))
        for section, parties in (("implied_actors", implied), ("implied_recipients", implied_recipients)):
            for coding_text, spec in (raw.get(section) or {}).items():
                coding = parse_coding(coding_text, path=path, where=f"{section}.{coding_text}")
                if coding is not None:
                    parties[coding] = (str(spec["name"]), str(spec["sector"]))
        for coding_text, spec in (raw.get("unnamed_doers") or {}).items():
            coding = parse_coding(coding_text, path=path, where=f"unnamed_doers.{coding_text}")
            if coding is not None:
                unnamed_doers[coding] = (str(spec["name"]), str(spec["sector"])) if spec else None
        for event_type, cues in (raw.get("mode_cues") or {}).items():
            _check_type(event_type, path=path, where=f"mode_cues.{event_type}")
            mode_cues.setdefault(event_type, {}).update(
                {str(mode): words(listed) for mode, listed in (cues or {}).items()})
        for event_type, spec in (raw.get("types") or {}).items():
            _check_type(event_type, path=path, where=f"types.{event_type}")
            preps[event_type] = tuple(spec.get("recipient_preps") or ())
            if "object_is_moved" in spec:
                (moving.add if spec["object_is_moved"] else moving.discard)(event_type)
    verbs = {lemma: _with_codebook_modes(entry, aliases) for lemma, entry in verbs.items()}
    nouns = {lemma: _with_codebook_modes(entry, aliases) for lemma, entry in nouns.items()}
    instruments = {weapon: aliases.get(mode, mode) if mode else None for weapon, mode in instruments.items()}
    return PredicateLexicon(verbs, nouns, frozenset(light), preps, instruments=instruments,
                            moving_types=frozenset(moving), mode_cues=mode_cues, implied_actors=implied,
                            implied_recipients=implied_recipients, unnamed_doers=unnamed_doers,
                            answering_words=answering,
                            **{name: frozenset(listed) for name, listed in word_lists.items()})


def _with_codebook_modes(entry: PredicateEntry, aliases: Mapping[str, str]) -> PredicateEntry:
    """The entry with every mode under its current codebook name ("strike-hun" → "hunger"), so a
    user file written with the older PLOVER draft's names codes what the built-in lexicon codes."""
    if not aliases:
        return entry

    def fix(coding: Coding | None) -> Coding | None:
        if coding is None or coding.mode not in aliases:
            return coding
        return Coding(coding.type, aliases[coding.mode])

    def fix_all(table: Mapping[str, Coding | None]) -> dict[str, Coding | None]:
        return {word: fix(coding) for word, coding in table.items()}

    return PredicateEntry(
        coding=fix(entry.coding), particles=fix_all(entry.particles),
        objects=fix_all(entry.objects), preps=fix_all(entry.preps),
        conflict_complement=fix(entry.conflict_complement),
        cooperative_complement=fix(entry.cooperative_complement), clausal=fix(entry.clausal),
        light={k: v for k, v in fix_all(entry.light).items() if v},
        needs_object=entry.needs_object, party_object=entry.party_object,
    )


def parse_coding(value: Any, *, path: Path | str, where: str) -> Coding | None:
    """'ASSAULT aerial' → Coding('ASSAULT', 'aerial'); null → None."""
    if value is None:
        return None
    parts = str(value).split()
    if not parts or len(parts) > 2:
        raise DataFileError("EM010", path=path, line=0, detail=f"{where}: expected 'TYPE [mode]', got {value!r}")
    _check_type(parts[0], path=path, where=where)
    return Coding(parts[0], parts[1] if len(parts) == 2 else None)


def _entry(value: Any, *, path: Path | str, where: str) -> PredicateEntry:
    if not isinstance(value, dict):
        return PredicateEntry(parse_coding(value, path=path, where=where))
    unknown = set(value) - {"type", "mode", "particles", "objects", "preps", "conflict_complement",
                            "cooperative_complement", "clausal", "light", "needs_object",
                            "party_object"}
    if unknown:
        raise DataFileError("EM010", path=path, line=0, detail=f"{where}: unknown keys {sorted(unknown)}")
    coding = parse_coding(value.get("type"), path=path, where=where)
    if coding and value.get("mode"):
        coding = Coding(coding.type, str(value["mode"]))

    def table(key: str) -> dict[str, Coding | None]:
        return {
            str(word).lower(): parse_coding(code, path=path, where=f"{where}.{key}.{word}")
            for word, code in (value.get(key) or {}).items()
        }

    return PredicateEntry(
        coding=coding,
        particles=table("particles"),
        objects=table("objects"),
        preps=table("preps"),
        conflict_complement=parse_coding(value.get("conflict_complement"), path=path, where=where),
        cooperative_complement=parse_coding(value.get("cooperative_complement"), path=path, where=where),
        clausal=parse_coding(value.get("clausal"), path=path, where=where),
        light={k: v for k, v in table("light").items() if v},
        needs_object=value.get("needs_object") is True,
        party_object=value.get("party_object") is True,
    )


def _check_type(event_type: str, *, path: Path | str, where: str) -> None:
    if event_type not in EVENT_TYPES:
        raise DataFileError("EM010", path=path, line=0, detail=f"{where}: unknown event type {event_type!r}")
