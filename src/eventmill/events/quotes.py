"""Find direct quotations and who said them.

A quotation is text between quotation marks of at least `MIN_WORDS` words. Its speaker is
the subject of the nearest reporting verb above it ("“…,” Gantz said"); failing that, of the
verb that governs it ("Hamas condemns the meeting as “a dagger…”"). The speaker is the resolved
mention, so "Gantz" comes out as Benny Gantz.
"""

from __future__ import annotations

import re
from typing import Any

from eventmill.actors.mentions import mentions_by_sentence
from eventmill.events.attribution import ReportingCues, reporting_verb, subject_of
from eventmill.events.roles import MentionIndex
from eventmill.model import Actor, Article, Evidence, Mention, Quote

_QUOTED = re.compile(r"[“\"]([^“”\"]{2,}?)[”\"]")
MIN_WORDS = 3


class QuoteFinder:
    """Adds a Quote for every quotation in the article's prose and posts."""

    name = "quotes"
    reads = ("docs", "sentences", "mentions")
    writes = ("quotes",)

    def __init__(self, cues: ReportingCues) -> None:
        self.cues = cues

    def __call__(self, article: Article) -> Article:
        by_sentence = mentions_by_sentence(article)
        for index, segment in enumerate(article.segments):
            doc = article.docs[index]
            for match in _QUOTED.finditer(doc.text):
                words = match.group(1).strip(" ,.")
                if len(words.split()) < MIN_WORDS:
                    continue
                quote_span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                if quote_span is None:
                    continue
                sentence_index = _sentence_of(article, index, quote_span.start)
                speaker = (self._speaker(article, sentence_index, quote_span, by_sentence[sentence_index])
                           if sentence_index is not None else None)
                start = segment.start + match.start(1)
                sentence = article.sentences[sentence_index] if sentence_index is not None else None
                evidence = (Evidence(sentence.text, sentence.start, sentence.end) if sentence
                            else Evidence(words, start, start + len(words)))
                article.quotes.append(Quote(article.doc_id, words, speaker, evidence, post=segment.post))
        return article

    def _speaker(self, article: Article, sentence_index: int, quote: Any,
                 sentence_mentions: list[Mention]) -> Actor | None:
        mentions = MentionIndex(sentence_mentions)
        verb = reporting_verb(quote.root, self.cues)
        if verb is None:
            verb = next((a for a in quote.root.ancestors if a.pos_ == "VERB"), None)
        if verb is None:
            verb = next((t for t in article.span(article.sentences[sentence_index])
                         if t.pos_ == "VERB" and t.lemma_.lower() in self.cues.verbs
                         and not (quote.start <= t.i < quote.end)), None)
        subject = subject_of(verb) if verb is not None else None
        found = mentions.at(subject) if subject is not None else None
        return found.actor if found else None


def _sentence_of(article: Article, segment: int, token: int) -> int | None:
    for index, sentence in enumerate(article.sentences):
        if sentence.segment == segment and sentence.token_start <= token < sentence.token_end:
            return index
    return None
