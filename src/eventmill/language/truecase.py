"""Restore ordinary capitalisation to ALL-CAPS text (old wire feeds) before parsing.

spaCy's tagger and NER read capitals as name evidence, so a wire story in capitals comes out as
one long proper noun. We rewrite letter case only, never length, so every offset still points
into the original text. A word is lowered when the model's own lemma tables (WordNet-derived
word lists) know it as a common word and no name list claims it; other words keep an initial
capital, and sentence starts are capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*|\[|\"|\u201c)([a-z])")
# Share of cased letters that must be capitals before a text is treated as ALL CAPS.
CAPS_SHARE = 0.8


def is_shouting(text: str) -> bool:
    """Whether the text is (almost) all capitals, as in old wire feeds."""
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if len(letters) < 20:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= CAPS_SHARE


class Truecaser:
    """Rewrites letter case of shouted text; leaves ordinary text untouched."""

    def __init__(self, common_words: Collection[str], *, names: Collection[str] = ()) -> None:
        self.common_words = common_words
        self.names = {name.lower() for name in names}

    def __call__(self, text: str) -> str:
        if not is_shouting(text):
            return text
        lowered = _WORD.sub(self._word_case, text)
        return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), lowered)

    def _word_case(self, match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in self.names or lower not in self.common_words:
            return lower[:1].upper() + lower[1:]
        return lower
