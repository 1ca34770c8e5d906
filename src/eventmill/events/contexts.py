"""Tag events with the PLOVER contexts their sentence makes evident (election, terrorism, …).

PLOVER's contexts say what an event is *about*, beside what kind of act it is. We set one
only when the event's own sentence names it with a cue word from `data/events/contexts.yaml`
(a curated, user-extendable list), so a context is evidence, not a guess. Cues are matched on
whole words (a plural "-s"/"-es" allowed) against the surface words and, when given, the
lemmas, so "refugees" and "deported" find "refugee" and "deport".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from eventmill.data_files import builtin, load_yaml, words
from eventmill.errors import DataFileError

BUILTIN_CONTEXTS = "events/contexts.yaml"
PLOVER_CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})


@dataclass(frozen=True)
class ContextCues:
    """One compiled whole-word pattern per context, in the data file's order."""

    patterns: Mapping[str, re.Pattern[str]]

    def contexts_of(self, text: str, lemmas: str = "") -> tuple[str, ...]:
        """The contexts whose cues occur in the text (or in its lemmatised form)."""
        return tuple(name for name, pattern in self.patterns.items()
                     if pattern.search(text) or (lemmas and pattern.search(lemmas)))


def load_context_cues(user_files: Iterable[Path] = ()) -> ContextCues:
    """Built-in cues with user files layered over them (a user's list extends the built-in one)."""
    cues: dict[str, list[str]] = {}
    for path in (builtin(BUILTIN_CONTEXTS), *user_files):
        raw = load_yaml(path) or {}
        table = raw.get("contexts") if isinstance(raw, dict) else None
        if not isinstance(table, dict):
            raise DataFileError("EM010", path=path, line=1, detail="expected a 'contexts' mapping")
        for name, listed in table.items():
            if name not in PLOVER_CONTEXTS:
                raise DataFileError("EM010", path=path, line=0, detail=f"unknown PLOVER context {name!r}")
            cues.setdefault(name, []).extend(words(listed))
    return ContextCues({name: _pattern(words) for name, words in cues.items() if words})


def _pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?:s|es)?(?![\w-])", re.IGNORECASE)
