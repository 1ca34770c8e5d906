"""Say who the article says a claim comes from: `according_to`.

"Israeli troops killed two men, the army said": the army. We look for a reporting verb that
governs the event ("X said that…"), one set beside its clause ("…, Kan reported"), or an
"according to X" phrase in the sentence. Words in an embedded post come from its author unless
the post itself cites someone. The reporting cues are data (`data/events/reporting.yaml`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from eventmill.actors.mentions import mentions_by_sentence
from eventmill.data_files import builtin, load_yaml
from eventmill.events.roles import MentionIndex
from eventmill.model import Actor, Article

BUILTIN_REPORTING = "events/reporting.yaml"


@dataclass(frozen=True)
class ReportingCues:
    """Reporting verb lemmas and the multiword phrases that introduce a source."""

    verbs: frozenset[str]
    phrases: tuple[str, ...]


def load_reporting(user_files: Iterable[Path] = ()) -> ReportingCues:
    verbs: set[str] = set()
    phrases: list[str] = []
    for path in (builtin(BUILTIN_REPORTING), *user_files):
        raw = load_yaml(path) or {}
        verbs.update(str(v).lower() for v in raw.get("verbs") or ())
        phrases.extend(str(p).lower() for p in raw.get("phrases") or ())
    return ReportingCues(frozenset(verbs), tuple(phrases))


def reporting_verb(token: Any, cues: ReportingCues) -> Any | None:
    """The nearest reporting verb above a token, or None."""
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in cues.verbs:
            return ancestor
    return None


def subject_of(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


class Attributor:
    """Sets `Event.according_to` for every event of an article."""

    name = "attribution"
    reads = ("docs", "sentences", "events", "mentions", "posts")
    writes = ("events.according_to",)

    def __init__(self, cues: ReportingCues) -> None:
        self.cues = cues

    def __call__(self, article: Article) -> Article:
        attributed = []
        by_sentence = mentions_by_sentence(article)
        indexes: dict[int, MentionIndex] = {}
        for event in article.events:
            sentence = article.sentences[event.sentence]
            doc = article.docs[sentence.segment]
            offset = article.char_offset(sentence)
            if event.sentence not in indexes:
                indexes[event.sentence] = MentionIndex(by_sentence[event.sentence])
            mentions = indexes[event.sentence]
            trigger = doc.char_span(event.trigger.start - offset, event.trigger.end - offset,
                                    alignment_mode="expand")
            source = self._source(article.span(sentence), trigger.root, mentions) if trigger else None
            if source is None and event.post is not None:
                post = article.posts[event.post]
                source = Actor(post.author)
            attributed.append(replace(event, according_to=source) if source else event)
        article.events = attributed
        return article

    def _source(self, span: Any, trigger: Any, mentions: MentionIndex) -> Actor | None:
        verb = reporting_verb(trigger, self.cues)
        if verb is None:
            clause_root = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "ROOT"), trigger)
            verb = next((c for c in clause_root.children if c.dep_ == "parataxis"
                         and c.lemma_.lower() in self.cues.verbs), None)
        if verb is not None:
            subject = subject_of(verb)
            if subject is not None and subject.i != trigger.i:
                found = mentions.at(subject)
                if found is not None:
                    return found.actor
        return self._according_to(span, mentions)

    def _according_to(self, span: Any, mentions: MentionIndex) -> Actor | None:
        text = span.text.lower()
        for phrase in self.cues.phrases:
            at = text.find(phrase)
            if at < 0:
                continue
            after = span.char_span(at + len(phrase), len(span.text), alignment_mode="expand")
            for token in after or ():
                found = mentions.at(token)
                if found is not None:
                    return found.actor
        return None
