"""Restore ordinary capitalisation to ALL-CAPS text (old wire feeds) before parsing.

spaCy's tagger and NER read capitals as name evidence, so a wire story in capitals comes out as
one long proper noun. We rewrite letter case only, never length, so every offset still points
into the original text. Known names (the actor dictionary's names, demonyms) are matched as
whole phrases and take their dictionary casing ("FARABUNDO MARTI NATIONAL LIBERATION FRONT",
"FMLN"); an acronym the word lists also know ("ELN", "CAR") only where its actor is named
another way in the same text. Any other word is lowered when the model's lemma tables
(WordNet-derived word lists) know it, directly or through a regular inflection ("KIDNAPPED" →
kidnap, "CLASHES" → clash); unknown words keep an initial capital, vowel-less words stay
acronyms ("PCN"), and sentence starts, bracketed tags ("[TEXT]"), months and weekdays are
capitalised. WordNet lists people and places among its nouns ("rivera", "castro", "palomino",
"cali"), so a word known only as a noun that follows a name and ends it ("OSWALDO PALOMINO, WHO…",
"JOSE ANGEL FLORES") is taken for part of that name, and one that follows "the city of" (or
another kind of place) for the place's name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A sentence starts after a stop, a line break, a dateline dash or a quote, and after any
# bracketed tags that follow those ("-- [REPORT] [TEXT] THE ..."); a tag's own first word too.
# The stop after a one-letter initial ("U.S. TROOPS") ends no sentence.
_SENTENCE_START = re.compile(r"((?:^|(?<!\b[A-Za-z])[.!?:]\s+|\n\s*|--\s*|\[|\"|\u201c)(?:\[[^\]\n]*\]\s*)*)([a-z])")
# Share of cased letters that must be capitals before a text is treated as ALL CAPS.
CAPS_SHARE = 0.8
# Regular English inflections: (ending, replacement) tried in turn to find a word's base form.
INFLECTIONS = (
    ("'s", ""), ("s'", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("es", "e"), ("s", ""),
    ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ers", ""), ("er", ""), ("er", "e"),
    ("est", ""), ("ly", ""), ("ily", "y"),
)
# Calendar words are common words that English always capitalises.
CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})
# Words that open Spanish and Portuguese place and personal names ("SAN MIGUEL", "LA PAZ");
# they are capitalised when the next word is a name.
NAME_OPENERS = frozenset({"san", "santa", "santo", "sao", "la", "las", "el", "los", "puerto", "villa"})
# Words kept lowercase inside a multiword name ("Front of the ...", "Marti para la ...").
NAME_PARTICLES = frozenset({"of", "the", "and", "for", "de", "del", "la", "las", "los", "y", "e",
                            "da", "do", "dos", "para", "al", "bin", "ibn", "in", "on", "to", "a"})
VOWELS = frozenset("aeiouy")
MAX_NAME_WORDS = 8


def _an_acronym(word: str) -> bool:
    """Capitals inside a word ("FMLN", "LeT"); not those after a hyphen ("Port-au-Prince")."""
    return any(char.isupper() for part in re.split(r"[-']", word) for char in part[1:])


def _words(name: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _WORD.finditer(name))


def is_shouting(text: str) -> bool:
    """Whether the text is (almost) all capitals, as in old wire feeds."""
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if len(letters) < 20:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= CAPS_SHARE


class Truecaser:
    """Rewrites letter case of shouted text; leaves ordinary text untouched.

    Args:
        common_words: lowercase base forms of common English words.
        names: proper names as they are written ("Farabundo Marti National Liberation Front",
            "FMLN", "Salvadoran"); multiword names are matched as whole phrases.
        kin: the forms of each actor together (its name and aliases). An acronym that is also a
            word ("ELN", "ARENA", "CAR", which the word lists know) is taken for a name only in a
            text that names its actor another way as well; one that is a function word ("WHO",
            "US") never is.
        function_words: lowercase words an acronym may spell that are always left to context.
        noun_only_words: common words known only as nouns, which after a name may be a surname.
        place_words: nouns of a kind of place; a noun-only word after one and "of" is the
            place's name ("THE CITY OF CALI", "THE TOWN OF SEGOVIA").
    """

    def __init__(self, common_words: Collection[str], *, names: Iterable[str] = (),
                 kin: Iterable[Iterable[str]] = (), function_words: Collection[str] = (),
                 noun_only_words: Collection[str] = (), place_words: Collection[str] = ()) -> None:
        self.common_words = common_words
        self.noun_only_words = noun_only_words
        self.place_words = place_words
        self.names: dict[tuple[str, ...], tuple[str, ...]] = {}
        # an acronym that is also a word → its casing and the other forms of its actor
        self.word_acronyms: dict[str, tuple[str, set[tuple[str, ...]]]] = {}
        for name in names:
            words = _words(name)
            if not words or len(words) > MAX_NAME_WORDS or not any(w[:1].isupper() for w in words):
                continue
            if self._a_word_too(words):
                continue  # an acronym that is also a word ("WHO", "US", "LeT") is left to context
            self.names.setdefault(tuple(w.lower() for w in words), words)
        for forms in kin:
            spelled = [_words(form) for form in forms]
            for words in spelled:
                if self._a_word_too(words) and words[0].lower() not in function_words:
                    others = {tuple(w.lower() for w in other) for other in spelled if other != words}
                    self.word_acronyms.setdefault(words[0].lower(), (words[0], set()))[1].update(others)

    def _a_word_too(self, words: tuple[str, ...]) -> bool:
        return len(words) == 1 and _an_acronym(words[0]) and words[0].lower() in self.common_words

    def __call__(self, text: str) -> str:
        if not is_shouting(text):
            return text
        words = list(_WORD.finditer(text))
        cased = self._case_words(text, words)
        out = list(text)
        for match, word in zip(words, cased):
            out[match.start() : match.end()] = word
        lowered = "".join(out)
        return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), lowered)

    def is_common(self, word: str) -> bool:
        """Whether a lowercase word, or its base form, is a common English word."""
        if word in self.common_words:
            return True
        for ending, replacement in INFLECTIONS:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                stem = word[: -len(ending)]
                if stem + replacement in self.common_words:
                    return True
                if ending in ("ed", "ing", "er", "est") and len(stem) > 2 and stem[-1] == stem[-2] \
                        and stem[:-1] in self.common_words:
                    return True  # doubled consonant: "kidnapped", "shipping"
        return False

    def _case_words(self, text: str, words: list[re.Match[str]]) -> list[str]:
        cased: list[str | None] = [None] * len(words)
        lowered = [m.group(0).lower() for m in words]
        named: set[tuple[str, ...]] = set()  # the names the text holds
        index = 0
        while index < len(words):
            length = self._name_at(text, words, lowered, index)
            if length:
                named.add(tuple(lowered[index : index + length]))
                cased[index : index + length] = self.names[tuple(lowered[index : index + length])]
                index += length
            else:
                index += 1
        for position, word in enumerate(lowered):
            acronym, others = self.word_acronyms.get(word, ("", set()))
            if cased[position] is None and others & named:
                cased[position] = acronym  # "the Army of National Liberation … the ELN"
        result = [word if word is not None else self._word_case(text, m)
                  for word, m in zip(cased, words)]
        for position in range(2, len(words)):  # "the city of Cali": WordNet lists places among its nouns
            if cased[position] is None and lowered[position - 1] == "of" and lowered[position - 2] in self.place_words \
                    and self._noun_only(result[position]):
                result[position] = result[position].capitalize()
        self._case_surnames(text, words, cased, result)
        for position, word in enumerate(lowered):
            following = result[position + 1] if position + 1 < len(result) else ""
            if cased[position] is None and word in NAME_OPENERS and following[:1].isupper() \
                    and not self.is_common(following.lower()):
                result[position] = word.capitalize()
        return result

    def _case_surnames(self, text: str, words: list[re.Match[str]], cased: list[str | None],
                       result: list[str]) -> None:
        """Capitalise, in place, a noun-only word that continues a name and ends it or leads on to
        more of it: after a capitalised word the lists do not know ("OSWALDO PALOMINO,"), before
        punctuation, the end, another such word or another word of the name ("LUIS CASTRO GUISADO",
        "JOSE NAPOLEON DUARTE'S TROOPS"); a possessive ends one ("FRANCISCO MERINO'S RESIDENCE")."""
        def unknown_name(position: int, *, owning: bool = True) -> bool:
            word = result[position]
            return cased[position] is None and word[:1].isupper() and not word.isupper() \
                and (owning or not word.lower().endswith("'s")) and word.lower() not in CALENDAR

        def joined(position: int) -> bool:  # only a space between this word and the next
            return text[words[position].end() : words[position + 1].start()].isspace()

        for position in range(1, len(words)):
            if cased[position] is not None or result[position][:1].isupper() \
                    or not self._noun_only(result[position]) or not joined(position - 1) \
                    or not unknown_name(position - 1, owning=False):
                continue
            last = position + 1 == len(words) or not joined(position)
            if last or unknown_name(position + 1) or self._noun_only(result[position + 1]):
                result[position] = result[position].capitalize()

    def _noun_only(self, word: str) -> bool:
        word = word.removesuffix("'s")  # "FRANCISCO MERINO'S RESIDENCE"
        if word in NAME_PARTICLES:
            return False  # "San Luis de la Reina"
        plural = word not in self.common_words and word.endswith("s") and word[:-1] in self.noun_only_words
        return word in self.noun_only_words or plural

    def _name_at(self, text: str, words: list[re.Match[str]], lowered: list[str], index: int) -> int:
        """Length of the longest known name starting at word `index`, 0 when none does."""
        for length in range(min(MAX_NAME_WORDS, len(words) - index), 0, -1):
            key = tuple(lowered[index : index + length])
            if key not in self.names:
                continue
            gaps = (text[words[i].end() : words[i + 1].start()] for i in range(index, index + length - 1))
            if all(gap.isspace() for gap in gaps):
                if length == 1 and key[0] in NAME_PARTICLES:
                    continue
                return length
        return 0

    def _word_case(self, text: str, match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(word) == 1 and text[match.end() : match.end() + 1] == ".":
            return word.upper()  # an initial: "U.S.", "J. Smith"
        if len(word) >= 2 and not VOWELS & set(lower.strip("'-")):
            return word.upper()  # an acronym: "ELN", "PCN"
        if lower in CALENDAR:
            return lower.capitalize()
        if self.is_common(lower):
            return lower
        return lower[:1].upper() + lower[1:]
