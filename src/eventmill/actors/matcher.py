"""Compile the actor dictionary's names into one spaCy PhraseMatcher, once per process.

NER misses many names (armed groups, agencies, acronyms) and mislabels others; the matcher
finds every name and alias the dictionary knows, case-insensitively, in one pass per Doc.
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import PhraseMatcher

from eventmill.actors.dictionary import ActorDictionary

# Single lowercase-only words are too often common nouns ("chad", "jordan" as names are capitalised).
MIN_NAME_CHARS = 2


def actor_matcher(nlp: Any, dictionary: ActorDictionary) -> PhraseMatcher:
    """A PhraseMatcher over every surface form of the dictionary, matched on lowercase text."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = sorted({form for form, _ in dictionary.surface_forms() if len(form) >= MIN_NAME_CHARS})
    tokenizer = nlp.tokenizer
    matcher.add("EVENTMILL_ACTOR", [tokenizer(form) for form in forms])
    return matcher
