"""Tell English documents from others, so a foreign article is skipped with a reason, not mis-coded.

The English parser and lexicons would happily read events into French or Arabic text, so a
non-English document is recorded as a Failure (EM012) before any analysis. Identification
uses py3langid (a maintained fork of langid.py, whose model ships inside the package, so it
works offline), restricted to languages common in news. The identifier decides only when it
is sure: texts too short to tell (a headline, a table of numbers) are taken as English, and
text is lower-cased first because ALL-CAPS wire copy otherwise looks like no language at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from eventmill.errors import InputError
from eventmill.model import Article, Failure

ENGLISH = "en"
# ISO 639-1 codes of the languages a news crawl commonly holds; limiting the choice to them
# keeps English prose full of foreign names from being taken for a rare language.
NEWS_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "es", "de", "it", "pt", "nl", "ru", "uk", "pl", "cs", "ro", "hu", "el", "sv",
    "da", "no", "fi", "tr", "ar", "fa", "he", "ur", "hi", "bn", "ta", "zh", "ja", "ko", "vi",
    "th", "id", "ms", "tl", "sw", "am", "so", "ha",
)
# Fewer letters than this and any verdict is a guess. Measured on 19,000 English sentences of
# 40 letters or more: 2 were taken for another language at `MIN_CONFIDENCE`.
MIN_LETTERS = 40
# A document is called foreign only at this probability or above.
MIN_CONFIDENCE = 0.9
# A long document is judged on windows spread over it (majority vote), so a 20 MB text costs
# what 10 kB do.
WINDOWS = 4
WINDOW_CHARS = 2_500

# Links, handles and e-mail addresses are in no language and would only add noise.
_NOT_WORDS = re.compile(r"\b(?:https?://|www\.|pic\.twitter\.com/)\S+|\S+@\S+|@\w+")


@dataclass(frozen=True)
class LanguageGuess:
    """The language a text is written in, as the identifier sees it.

    Attributes:
        code: ISO 639-1 code ("fr").
        confidence: probability among `NEWS_LANGUAGES`, 0 to 1.
    """

    code: str
    confidence: float

    @property
    def name(self) -> str:
        """The language's English name ("French"), for messages."""
        language = pycountry.languages.get(alpha_2=self.code)
        return language.name.split(" (")[0] if language is not None else self.code


class LanguageIdentifier:
    """Guesses a text's language from character n-grams; loads the model once per instance."""

    def __init__(self, *, languages: tuple[str, ...] = NEWS_LANGUAGES, min_letters: int = MIN_LETTERS) -> None:
        from py3langid.langid import MODEL_FILE  # type: ignore[import-untyped]
        from py3langid.langid import LanguageIdentifier as Model

        self.model: Any = Model.from_model_file(MODEL_FILE, norm_probs=True)
        self.model.set_languages(list(languages))
        self.min_letters = min_letters

    def __call__(self, text: str) -> LanguageGuess | None:
        """The language most of `text` is in, or None when it holds too few letters to tell.

        Each window is classified on its own, so an English opening does not hide a foreign
        body (nor the reverse); a tie goes to English, since skipping an English article
        loses its events while coding a foreign one only adds noise.
        """
        guesses = [guess for window in _windows(text) if (guess := self._classify(window)) is not None]
        if not guesses:
            return None
        votes = Counter(guess.code for guess in guesses)
        code = max(votes, key=lambda candidate: (votes[candidate], candidate == ENGLISH))
        agreeing = [guess.confidence for guess in guesses if guess.code == code]
        return LanguageGuess(code, sum(agreeing) / len(agreeing))

    def _classify(self, window: str) -> LanguageGuess | None:
        sample = _NOT_WORDS.sub(" ", window).lower()
        if sum(character.isalpha() for character in sample) < self.min_letters:
            return None
        code, probability = self.model.classify(sample)
        return LanguageGuess(str(code), float(probability))


@lru_cache(maxsize=1)
def load_identifier() -> LanguageIdentifier:
    """The identifier over `NEWS_LANGUAGES`, built once per process."""
    return LanguageIdentifier()


class EnglishFilter:
    """Pipeline stage: records a document that is surely not English as a Failure (EM012)."""

    name = "language_id"
    reads = ("document",)
    writes = ("failures",)

    def __init__(self, identifier: LanguageIdentifier, *, min_confidence: float = MIN_CONFIDENCE) -> None:
        self.identify = identifier
        self.min_confidence = min_confidence

    def __call__(self, article: Article) -> Article:
        guess = self.identify(article.text)
        if guess is not None and guess.code != ENGLISH and guess.confidence >= self.min_confidence:
            error = InputError("EM012", language=f"{guess.name}, {guess.confidence:.2f}")
            article.failures.append(Failure(
                doc_id=article.doc_id, stage=self.name, code=error.code, reason=error.reason,
                raw=article.text.encode("utf-8", "surrogatepass"),
            ))
        return article


def _windows(text: str) -> list[str]:
    """The whole text when short; otherwise `WINDOWS` slices spread evenly over it."""
    if len(text) <= WINDOWS * WINDOW_CHARS:
        return [text]
    step = (len(text) - WINDOW_CHARS) // (WINDOWS - 1)
    return [text[i * step : i * step + WINDOW_CHARS] for i in range(WINDOWS)]
