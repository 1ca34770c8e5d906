"""Give generic actors ("police", "protesters", "the government") and titled office-holders the
dictionary does not know the country the text implies.

News rarely repeats the country on every generic noun: "Kenyan police fired tear gas … police said"
and "Police arrested 12 protesters in Nairobi" both mean Kenya's police. A generic mention without
a country takes the only country named in its own sentence; when its sentence names no country, the
country the article is mostly about. An organisation the dictionary does not know at all ("Esfahan
Uranium Conversion Facilities … in central Iran") takes only its sentence's country. A sentence
naming several countries ("13 people in Israel" after "Gaza militants") is left alone: the text
does not say which. Armed forces do not take a country from their sentence ("troops fired on
protesters in Gaza" names where, not whose), only from an armed force of one country named before
them in their sentence ("French special forces … the last 400 soldiers") or from the article, even
when their sentence names a place ("talks between the army and the RSF in Jeddah" in a story about
Sudan); rights groups and
aid agencies take neither ("aid groups accused Israel of obstructing deliveries"). A pronoun
takes the country implied for the party it stands for ("President Zourabichvili … she").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from eventmill.actors.dictionary import INTERNATIONAL_CODES
from eventmill.model import Mention

# Generic groups, organisations known only by their kind ("Parliament", "the Supreme Court") and
# office-holders the dictionary does not know, known by their title ("Vice-President Moody Awori").
IMPLIED_KINDS = frozenset({"generic", "organization", "person"})
# Sectors whose country is not implied by a place in the same sentence: armed forces fight
# abroad, and rights groups and aid agencies speak of other countries ("aid groups accused Israel").
FOREIGN_PRONE_SECTORS = frozenset({"MIL", "PRM", "SOC"})
# Armed forces, which belong to the country the article is about even where they are.
STATE_FORCE_SECTORS = frozenset({"MIL", "PRM"})


def imply_countries(mentions: list[Mention], *, abroad: Collection[int] = (),
                    credit: tuple[int, int] | None = None, flown_by: Mapping[int, str] | None = None,
                    addressed: Collection[int] = ()) -> list[Mention]:
    """The mentions, with generic ones lacking a country given the one their context implies.

    The mentions at the positions `abroad` are a country's presence abroad ("the French embassy"):
    their country is not the sentence's. `credit` is where the agency a dateline credits stands.
    The mentions at the positions `addressed` are bodies a state named in their sentence urges or
    asks ("The United States urged the government to free the activists"): the asker is not whose
    they are, so they take the article's country, unless that is the asker's.
    `flown_by` maps the positions of aircraft of no country ("the jets") to the air force named
    before them ("Pakistani air strikes … The jets struck"): theirs, not the story's country,
    where they struck."""
    flown_by = flown_by or {}
    article_country = story_country((m for position, m in enumerate(mentions) if position not in abroad), credit)
    by_sentence: dict[int, set[str]] = {}
    for position, mention in enumerate(mentions):
        if national(mention.actor.country) and position not in abroad:
            by_sentence.setdefault(mention.sentence, set()).add(mention.actor.country or "")
    implied: list[Mention] = []
    forces_named: dict[int, set[str]] = {}  # sentence → countries of the armed forces named so far in it
    given: dict[tuple[str, str | None], str] = {}  # (name, sector) → the country implied for it
    for position, mention in enumerate(mentions):
        actor = mention.actor
        if mention.kind == "pronoun" and actor.country is None and (actor.name, actor.sector) in given:
            # "President Salome Zourabichvili told the crowd she…": the pronoun's country is its antecedent's
            implied.append(replace(mention, actor=replace(actor, country=given[actor.name, actor.sector]),
                                   source=f"{mention.source}; country of its antecedent"))
            continue
        if actor.sector in STATE_FORCE_SECTORS and national(actor.country) and position not in abroad:
            forces_named.setdefault(mention.sentence, set()).add(actor.country or "")
        if position in flown_by:
            implied.append(replace(mention, actor=replace(actor, country=flown_by[position]),
                                   source=f"{mention.source}; country of the air force named before"))
            continue
        unknown_body = mention.kind == "organization" and not actor.sector  # "Esfahan Conversion Facilities"
        if mention.kind in IMPLIED_KINDS and actor.country is None and (actor.sector or unknown_body) \
                and not actor.members:
            in_sentence = by_sentence.get(mention.sentence, set())
            asked = position in addressed
            # a presence abroad named by no country ("expelled diplomats from seven countries") is
            # as likely the host's guest as the host's own: the sentence's country says nothing
            own = next(iter(in_sentence)) if len(in_sentence) == 1 and actor.sector not in FOREIGN_PRONE_SECTORS \
                and not asked and position not in abroad else None
            forces = actor.sector in STATE_FORCE_SECTORS
            # "French special forces had been stationed there …; the last of the 400 soldiers pulled out"
            bare = len(mention.text.split()) == 1  # not "government troops", "the Cristiani army"
            before = forces_named.get(mention.sentence, set()) if forces and bare else set()
            fellow = next(iter(before)) if len(before) == 1 else None
            country = own or fellow or (article_country if (not in_sentence or forces or asked) and not unknown_body
                                        else None)
            if asked and country in in_sentence:
                country = None
            if country:
                why = ("the only country in its sentence" if own else "the armed force named before it in its sentence"
                       if fellow else "the country the article is about")
                mention = replace(mention, actor=replace(actor, country=country),
                                  source=f"{mention.source}; country from {why}")
                given[actor.name, actor.sector] = country
        implied.append(mention)
    return implied


def story_country(mentions: Iterable[Mention], credit: tuple[int, int] | None = None) -> str | None:
    """The country an article is mostly about, by its mentions' votes. A pronoun repeats a mention,
    and the agency a dateline credits ("PORT-AU-PRINCE, March 12 (AP) -") files the story rather
    than takes part in it, so neither votes. Where the votes tie, the leader named first wins: a
    story opens on its own country (a Port-au-Prince story naming Haiti and Kenya as often)."""
    votes = [m.actor.country for m in mentions
             if m.kind != "pronoun" and not (credit and credit[0] <= m.start < credit[1])]
    counts = Counter(c for c in votes if c and national(c))
    most = max(counts.values(), default=0)
    if most < 2:
        return None
    return next(c for c in votes if counts.get(c) == most)


def national(country: str | None) -> bool:
    """Whether a code names a country, not an international body ("UNO", "EUR")."""
    return bool(country) and country not in INTERNATIONAL_CODES
