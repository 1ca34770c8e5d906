"""Tag as places the names the entity tagger missed or mislabelled where the sentence puts
something in them.

The small English model leaves many towns untagged ("protesters marched in Ashkelon") or calls
them organisations, people or languages ("rebels from Mejicanos", "fighting in Zacatecoluca",
"the city of Odesa"); the locator reads only place entities, and the role finder takes an
organisation after "from" for the group its members belong to. A run of capitalised proper
nouns that a preposition of place governs ("in", "at", "near", …) or that the text calls a place
("the city of"), or that names the place such a phrase calls a province or a district ("in
Ituri province"), or that is coordinated with one ("in Ashkelon and Sderot"), becomes a GPE
entity when the gazetteer knows a place by that very name and nothing says otherwise: a name
the actor dictionary knows keeps its reading, and so does a person's name when the story names
a person with that word ("Perez" after "Carlos Andres Perez"), or when "to" or "from" governs it
("a letter from Moreno"), and a language's name ("in Arabic").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pycountry
from spacy.tokens import Span as TextSpan

from eventmill.model import Article
from eventmill.places.gazetteer import (
    PLACE_KIND_WORDS,
    Gazetteer,
    named_as_place_of_kind,
    normalise,
)

# Prepositions whose object is where something is or goes: "in", "near", "towards".
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "around", "throughout",
                         "across", "along", "within", "to", "from", "toward", "towards", "via"})
# Of those, the ones that put a person's name nowhere: "a letter from Moreno", "talked to Perez".
PERSON_PREPS = frozenset({"to", "from", "toward", "towards", "via"})
# Labels a place name may wrongly carry ("the city of Odesa" is a LANGUAGE to the small model).
MISTAKEN_LABELS = frozenset({"ORG", "PERSON", "NORP", "LANGUAGE", ""})


class PlaceTagger:
    """Labels GPE each name a preposition of place governs that the gazetteer knows and the
    tagger left unlabelled or labelled something else."""

    name = "place_tags"
    reads = ("docs",)
    writes = ("docs",)

    def __init__(self, gazetteer: Gazetteer, *, is_actor: Callable[[str], bool]) -> None:
        self.gazetteer = gazetteer
        self.is_actor = is_actor

    def __call__(self, article: Article) -> Article:
        for doc in article.docs:
            people = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
            found = [span for span in _place_phrases(doc)
                     if not self.is_actor(span.text)
                     and not _named_person(span, people) and not _language(span)
                     and self._known_by_name(span.text)]
            if found:
                kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in found)]
                doc.ents = sorted([*kept, *(TextSpan(doc, s.start, s.end, label="GPE") for s in found)],
                                  key=lambda span: span.start)
        return article

    def _known_by_name(self, name: str) -> bool:
        """Whether the gazetteer knows a place by this very name: its other names include spelling
        noise and codes ("Area" is one of Mundelein's), too weak to overrule the tagger."""
        place = self.gazetteer.lookup(name)
        return place is not None and normalise(place.name) == normalise(name.split(",")[0])


def _named_person(span: Any, people: set[str]) -> bool:
    """Whether a name may be a person's: a word of a person's full name in the story, or tagged
    a person after a preposition that does not place one."""
    return bool(people & {t.lower_ for t in span}) or \
        (span.root.ent_type_ == "PERSON" and span.root.head.lower_ in PERSON_PREPS)


def _language(span: Any) -> bool:
    """Whether a name the tagger calls a language is a major one ("in Somali", not the town of
    Somali): one with a two-letter ISO 639-1 code. Minor languages share their names with towns
    too often ("Bari", "Boma")."""
    language = pycountry.languages.get(name=span.text) if span.label_ == "LANGUAGE" else None
    return language is not None and hasattr(language, "alpha_2")


def _place_phrases(doc: Any) -> Iterator[Any]:
    """The names a preposition of place governs, or that the text calls a place ("the southern
    city of Odesa"), with their conjuncts, that are not already places."""
    for token in doc:
        if token.dep_ != "pobj":
            continue
        prep = token.head
        if (prep.lower_ in PLACE_PREPS and prep.head.lower_ != "according") or named_as_place_of_kind(token):
            for noun in (token, *(c for c in token.conjuncts if c.i > token.i)):
                if noun.lower_ in PLACE_KIND_WORDS and noun.i > 0 and noun.doc[noun.i - 1].head == noun:
                    noun = noun.doc[noun.i - 1]  # "in Ituri province": the name before the kind of place
                name = _name(noun)
                if name is not None:
                    yield name


def _name(token: Any) -> Any | None:
    """The whole name a capitalised proper noun ends: the entity it is in, or with no entity the
    proper nouns compounded in front of it ("Kiryat Shmona")."""
    if not _proper_noun(token) or token.ent_type_ not in MISTAKEN_LABELS:
        return None
    if token.ent_type_:
        entity = next(e for e in token.doc.ents if e.start <= token.i < e.end)
        return entity if entity.end == token.i + 1 and entity.text[:1].isupper() else None
    start = token.i
    while start > 0 and _proper_noun(before := token.doc[start - 1]) and not before.ent_type_ \
            and before.dep_ == "compound" and start <= before.head.i <= token.i:
        start -= 1
    return token.doc[start : token.i + 1]


def _proper_noun(token: Any) -> bool:
    """A capitalised proper noun that is not a word for a kind of place ("Area")."""
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in PLACE_KIND_WORDS
