"""Find the noun phrases that name actors and resolve each to a canonical Actor.

A mention is built around a head: a named entity (from spaCy's NER or the actor dictionary's
phrase matcher) or a generic noun ("police", "factions"). Titles and demonyms in front of it
("Israeli Defense Minister Benny Gantz") or in apposition ("Hussein Al-Sheikh, a Palestinian
official") are evidence for its country, sector and role. Pronouns and surnames are left to
`coref.py`, which runs after this stage.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from spacy.tokens import Span as TextSpan

from eventmill.actors.dictionary import ActorDictionary
from eventmill.language.tokens import (
    clock_zone,
    hyphenated_word,
    starts_hyphenated_word,
    words_text,
)
from eventmill.model import Actor, Article, Mention, Span
from eventmill.places.gazetteer import PLACE_KIND_WORDS

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Nouns for a country as part of another: "the former Soviet republic" is no Soviet party.
FORMER_POLITIES = frozenset({"republic", "colony", "territory", "protectorate", "satellite", "state", "province"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
# Where country and title evidence is read from, besides the head's own words.
EVIDENCE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
# Share of capitals among the letters around an acronym above which the text counts as shouted.
SHOUTED_SHARE = 0.8
# The sector of political parties, whose names recur from country to country ("Democratic Party",
# "Labour Party"): a country named with one says which country's it is.
PARTY_SECTOR = "PTY"
# How `Mention.source` marks a lone surname resolved to the only person the dictionary knows by it.
SURNAME_GUESS = "surname of the only known"
# The source of a mention of a body of states ("the bloc"), which coreference resolves.
BODY_OF_STATES = "body of states"
# How the source of a mention the actor dictionary names begins.
DICTIONARY_SOURCE = "dictionary: "
# How long before their first known office a person may already be news under their surname
# alone (a candidate, a rising minister); earlier than that, the surname is someone else's.
RISE_BEFORE_OFFICE = dt.timedelta(days=4 * 365)


# Generic nouns that, with an "of" phrase, name a condition rather than a party ("a state of siege").
CONDITION_NOUNS = frozenset({"state"})
# Words that may make a mass noun a party: "a force", "its force", "two forces", "police force",
# "Syrian military force" (with "excessive force" the price of keeping that one).
BOUNDING_DEPS = frozenset({"det", "poss", "nummod", "compound", "amod"})

class _SortedSpans:
    """Spans sorted by start token, to pick those inside a sentence without scanning them all."""

    def __init__(self, spans: list[Any]) -> None:
        self.spans = spans
        self.starts = [span.start for span in spans]

    def within(self, sentence: Any) -> list[Any]:
        """The spans lying wholly inside `sentence`, in their stored order (as `Span.ents` gives)."""
        first = bisect_left(self.starts, sentence.start)
        last = bisect_left(self.starts, sentence.end)
        return [span for span in self.spans[first:last] if span.end <= sentence.end]


class _DocNames:
    """A Doc's named entities and dictionary matches, each sorted by start token."""

    def __init__(self, entities: list[Any], matches: list[Any]) -> None:
        self.entities = _SortedSpans(entities)
        self.matches = _SortedSpans(matches)


class MentionFinder:
    """Adds a Mention for every actor-naming noun phrase of every sentence."""

    name = "mentions"
    reads = ("docs", "sentences")
    writes = ("mentions",)

    def __init__(self, dictionary: ActorDictionary, *, matcher: Any,
                 is_act: Callable[[str], bool] = lambda lemma: False) -> None:
        self.dictionary = dictionary
        self.matcher = matcher
        self.is_act = is_act  # whether a noun lemma names an act ("airstrike", "shelling")

    def __call__(self, article: Article) -> Article:
        on = article.document.date
        names_by_segment = [self._names(doc) for doc in article.docs]
        for index, sentence in enumerate(article.sentences):
            span = article.span(sentence)
            offset = article.char_offset(sentence)
            for head_span in self._heads(span, names_by_segment[sentence.segment]):
                mention = self._mention(head_span, index, offset, on)
                if mention is not None:
                    article.mentions.append(mention)
        return article

    def _names(self, doc: Any) -> _DocNames:
        """Every name span of a Doc, found once: `span.ents` and the matcher scan the whole Doc."""
        return _DocNames(
            [_whole_name(ent) for ent in doc.ents if ent.label_ in NAME_LABELS],
            sorted((doc[start:end] for _, start, end in self.matcher(doc)), key=lambda span: span.start),
        )

    def _heads(self, span: Any, doc_names: _DocNames) -> list[Any]:
        """Name and generic-noun spans that head their own phrase, left to right."""
        names = _longest_first(doc_names.entities.within(span) + doc_names.matches.within(span))
        covered = {token.i for name in names for token in name}
        generic = []
        for token in span:
            if token.i in covered or token.pos_ not in ("NOUN", "PROPN") or starts_hyphenated_word(token):
                continue  # "hostage" in "hostage-taking" is no party
            if token.ent_type_ in ("TIME", "DATE"):
                continue  # "at 2:30 p.m." is no prime minister
            whole = hyphenated_word(token) or self._modified_generic(token)  # "hostage-takers", "rights groups"
            if whole is not None and self._generic_sector(whole) and whole.start not in covered:
                generic.append(whole)
            elif self._is_generic(token):
                generic.append(span.doc[token.i : token.i + 1])
        heads = [h for h in self._with_branches(names) + generic if not _byline(h)]
        head_tokens = {h.root.i for h in heads}
        return sorted(
            (h for h in heads if not _modifies_another(h, head_tokens)), key=lambda h: h.start
        )

    def _with_branches(self, names: list[Any]) -> list[Any]:
        """The names, an organisation's followed by a country it heads as one name: "Amnesty
        International Kenya" is Amnesty's national branch, not Kenya."""
        joined: list[Any] = []
        for name in names:
            if joined and self._branch(joined[-1], name):
                joined[-1] = name.doc[joined[-1].start : name.end]
            else:
                joined.append(name)
        return joined

    def _branch(self, organization: Any, country: Any) -> bool:
        if organization.end != country.start or len(country) != 1 or organization.root.head.i != country.root.i:
            return False
        entry, named = self.dictionary.lookup(country.text), self.dictionary.lookup(organization.text)
        return entry is not None and entry.kind == "country" and named is not None and named.kind == "organization"

    def _is_generic(self, token: Any) -> bool:
        if token.lemma_.lower() in CONDITION_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return False  # "a state of emergency" is a condition, not the state as an actor
        if token.tag_ == "NN" and self.dictionary.is_mass(token.lemma_) and not any(
                c.dep_ in BOUNDING_DEPS for c in token.children):
            return False  # "threatened to use force" (but "a multinational force")
        # "the bloc" (but "the regional bloc ECOWAS" is named by its name)
        return bool(self._generic_sector(token) or self.dictionary.title(token.text)
                    or self.dictionary.is_international_body(token.lemma_)
                    and not any(c.dep_ == "appos" for c in token.children))

    def _modified_generic(self, token: Any) -> Any | None:
        """A generic of several words whose last is none alone: "human rights groups", "aid
        agencies" ("groups" and "agencies" say nothing of who they are)."""
        if not (self.dictionary.ends_a_generic(token.lemma_) or self.dictionary.ends_a_generic(token.text)):
            return None
        if self._generic_sector(token):
            return None
        # the article of "the death squads" is no part of the generic
        return next((words for words in _phrases_ending_in(token, determiners=False)
                     if self._listed_sector(words) or self._collective_sector(words)), None)

    def _listed_phrase_sector(self, noun: Any) -> str | None:
        """The sector of a generic listed with the words in front of its noun, which says more than
        the noun alone: "health workers" are medics, "former officials" elites, "warring parties"
        and "all parties" (a determiner may be listed with it) no political party."""
        return next((sector for words in _phrases_ending_in(noun, determiners=True)
                     if (sector := self._listed_sector(words))), None)

    def _listed_sector(self, words: Any) -> str | None:
        """The sector the generic list gives a phrase, by its last word's lemma or as written."""
        phrase = " ".join([*(t.lower_ for t in words[:-1]), words[-1].lemma_.lower()])
        return self.dictionary.generic(phrase) or self.dictionary.generic(words.text.lower())

    def _generic_sector(self, words: Any) -> str | None:
        """The sector of a generic noun, by its lemma or as written ("media", whose lemma is
        "medium"; "hostage-takers", a span the tokenizer split at the hyphen), or of a collective
        noun by the word before it."""
        return self.dictionary.generic(words.lemma_.lower()) or self.dictionary.generic(words.text.lower()) \
            or self._collective_sector(words)

    def _collective_sector(self, words: Any) -> str | None:
        """"terrorist groups", "paramilitary units", "military units": a collective noun is of the
        sector of the generic word in front of it ("human rights groups" are listed whole)."""
        if getattr(words, "root", None) is None:  # a single token (whose len() counts letters) is no phrase
            return None
        if len(words) != 2 or not self.dictionary.is_collective(words[-1].lemma_):
            return None
        member = words[0]
        return self.dictionary.generic(member.lemma_.lower()) or self.dictionary.generic(member.lower_)

    def _mention(self, head: Any, sentence: int, offset: int, on: dt.date | None) -> Mention | None:
        if self.dictionary.is_acronym(head.text) and _shouted_around(head):
            return None  # "WHO SAID US…": in capitals, "WHO" and "US" may be plain words
        if _former_polity(head):
            return None  # "the former Soviet republic" is Georgia, not the Soviet Union
        if len(head) == 1 and clock_zone(head[0]):
            return None  # "at 1215 (1515 GMT)": a time zone after a clock time
        evidence = list(_evidence_tokens(head))
        extent_start = min([head.start, *(t.i for t in evidence if t.i < head.start)])
        actor, kind, why = self._resolve(head, evidence, on)
        if actor is None:
            return None
        entry = self.dictionary.lookup(_clean_name(head.text)) if kind == "country" else None
        seat = _clean_name(head.text) if entry is not None and entry.seat_of_government else ""
        doc = head.doc
        start = doc[extent_start].idx
        end = head.end_char
        return Mention(
            start=offset + start, end=offset + end, text=doc[extent_start : head.end].text,
            sentence=sentence, token_start=extent_start, token_end=head.end,
            actor=replace(actor, span=Span(offset + start, offset + end)), kind=kind, source=why, seat=seat,
        )

    def _resolve(self, head: Any, evidence: list[Any], on: dt.date | None) -> tuple[Actor | None, str, str]:
        """The actor a head names, its kind (person, organization, country, place, generic) and why."""
        text = _clean_name(head.text)
        country, sector, role = self._modifier_evidence(evidence)
        if len(head) > 1 and self._branch(head[:-1], head[-1:]):  # "Amnesty International Kenya"
            text = _clean_name(head[:-1].text)
        entry = self.dictionary.lookup(text)
        known = self.dictionary.resolve(text, on=on) if entry else None
        if entry is not None and known is not None:
            if country and known.sector == PARTY_SECTOR and known.country != country:
                known = replace(known, country=country)  # "South Korea's Democratic Party" is no American party
            return _fill(known, country, sector, role), entry.kind, f"{DICTIONARY_SOURCE}{known.name}"
        label = getattr(head, "label_", "")
        if label in ("GPE", "LOC", "FAC"):
            place_country = self.dictionary.country_of(text)
            if place_country:
                # "Ukrainian drones" tagged as a place: the demonym stands for its country
                named = self.dictionary.country_name(place_country) if self.dictionary.demonym(text) else None
                return Actor(named or text, place_country, "GOV"), "country", "country name"
            return Actor(text, country), "place", "place name"
        if label == "NORP" and head.root.pos_ == "NOUN" and not self.dictionary.country_of(text):
            label = ""  # "Protests erupted…" opening a line, tagged as a people: a common noun, no demonym
        if label == "NORP" or (label in ("PERSON", "ORG") and self.dictionary.demonym(text)):
            demonym_country = self.dictionary.country_of(text)
            if demonym_country and self._of_an_act(head):  # "Israeli airstrikes" are Israel's
                name = self.dictionary.country_name(demonym_country) or text
                return Actor(name, demonym_country, sector), "generic", "demonym of its country"
            return Actor(text, demonym_country or country, sector), "generic", "demonym"
        if label == "PERSON" and len(head) == 1:
            known = self._only_known(text, on)
            if known is not None:
                return _fill(known, country, sector, role), "person", f"{SURNAME_GUESS} {known.name}"
        if label in ("PERSON", "ORG"):
            kind = "person" if label == "PERSON" or role else "organization"
            if kind == "organization":
                country = country or self._country_in_name(head)
                sector = sector or self._generic_sector(head[-1])
            name = text[4:] if text.startswith("The ") else text  # a name the dictionary does not know
            return Actor(name, country, sector, role), kind, "title and demonym evidence"
        if _named_place(head):  # "Yumbo municipality", "Kachin State": a place, not its government
            return Actor(_phrase(head, evidence), country), "place", "place name"
        generic_sector = self._listed_phrase_sector(head.root) or self._generic_sector(head.root) \
            or self._generic_sector(head)
        title = self.dictionary.title(_phrase(head, evidence)) or self.dictionary.title(head.text)  # "the defense secretary"
        if not (generic_sector or title):
            if self.dictionary.is_international_body(head.root.lemma_):  # "the bloc", resolved by coreference
                return Actor(_phrase(head, evidence), country), "generic", BODY_OF_STATES
            return None, "", ""
        sector = sector or generic_sector or (title[0] if title else None)
        role = role or (title[1] if title else None)
        country = country or self._leaders_country(head)
        if country is None and self.dictionary.is_mission(head.root.lemma_):
            country = self._owner(head.root)
        return Actor(_phrase(head, evidence), country, sector, role), "generic", "generic noun"

    def _of_an_act(self, head: Any) -> bool:
        """Whether a one-word demonym modifies a noun of an act ("Israeli airstrikes", "Russian
        shelling"): the country's act. Before people or things it describes them ("five Colombian
        personalities"), and in a name it is a name ("cattleman German Sierra")."""
        word = head.root
        while word.dep_ == "conj" and word.head != word:  # "Syrian and Russian air strikes"
            word = word.head
        return len(head) == 1 and word.dep_ in ("amod", "compound", "nmod") and word.head.pos_ == "NOUN" \
            and self.is_act(word.head.lemma_.lower())

    def _leaders_country(self, head: Any) -> str | None:
        """The country of a country or group hyphenated in front of a leading word that modifies
        the head: "Vietnamese-led forces" (Vietnam), "Hamas-led gunmen" (Palestine)."""
        for child in head.root.children:
            if child.dep_ == "amod" and self.dictionary.is_leading_word(child.lower_):
                word = hyphenated_word(child)
                if word is not None and (country := self.dictionary.country_of(word[0].text)):
                    return country
        return None

    def _owner(self, mission: Any) -> str | None:
        """The country an embassy or envoy is of, named in its "of" phrase ("the embassies of France
        and Belgium": the first)."""
        for prep in mission.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for owner in prep.children:
                    if owner.dep_ == "pobj":
                        named = [t for t in owner.subtree if t.dep_ != "cc" and t.i <= owner.i]
                        return self.dictionary.country_of(" ".join(t.text for t in named))
        return None

    def _only_known(self, surname: str, on: dt.date | None) -> Actor | None:
        """The actor a lone surname names when the dictionary knows exactly one such person.

        Coreference later prefers a full name the article itself gave ("Moshe Gantz … Gantz"). A
        person whose first office lies years after the article is not who it means: "Santos" in
        a 1989 report is not the president of 2010.
        """
        candidates = self.dictionary.people_by_surname(surname)
        if len(candidates) != 1:
            return None
        rise = candidates[0].valid_from
        if on is not None and rise is not None and on < rise - RISE_BEFORE_OFFICE:
            return None
        return self.dictionary.resolve(candidates[0].name, on=on)

    def _country_in_name(self, head: Any) -> str | None:
        """A country named inside an unknown organisation's name ("Latvian Constitutional Court"),
        or by a known organisation that owns it ("the People's Liberation Army's Eastern Theater Command")."""
        owner = self._country_of_words(list(head))
        if owner:
            return owner
        for token in head:
            entry = self.dictionary.lookup(token.text)
            found = self.dictionary.demonym(token.text) or (entry.country if entry and entry.kind == "country" else None)
            if found:
                return found
        return None

    def _modifier_evidence(self, tokens: list[Any]) -> tuple[str | None, str | None, str | None]:
        """Country, sector and role read from the words around a head."""
        country = self._country_of_words(tokens)
        sector = role = None
        title_tokens: list[Any] = []
        for token in tokens:
            word_country = self.dictionary.country_of(token.text)
            if word_country:
                country = country or word_country
                continue
            if token.pos_ in ("NOUN", "PROPN", "ADJ") and token.ent_type_ not in ("PERSON", "DATE"):
                title_tokens.append(token)
        title_words = [token.text for token in sorted(title_tokens, key=lambda token: token.i)]  # "Army chief"
        for size in range(len(title_words), 0, -1):
            for start in range(len(title_words) - size + 1):
                title = self.dictionary.title(" ".join(title_words[start : start + size]))
                if title:
                    return country, title[0], title[1]
        return country, sector, role

    def _country_of_words(self, tokens: list[Any]) -> str | None:
        """A country named by several adjacent evidence words ("the United Nations coordinator")."""
        ordered = sorted(tokens, key=lambda token: token.i)
        for size in (4, 3, 2):
            for first in ordered:
                window = first.doc[first.i : first.i + size]  # may take a possessive "'s" along
                if len(window) == size and window[-1] in ordered:
                    found = self.dictionary.country_of(window.text)
                    if found:
                        return found
        return None


def _phrases_ending_in(noun: Any, *, determiners: bool) -> Iterator[Any]:
    """The phrases of two words, then one, in front of a noun and hung within the phrase, with the
    noun: "human rights groups", "rights groups"; with `determiners`, "all parties" too."""
    for width in (2, 1):
        start = noun.i - width
        if start < 0 or any(t.head.i not in range(start, noun.i + 1) or t.dep_ == "det" and not determiners
                            for t in noun.doc[start : noun.i]):
            continue
        yield noun.doc[start : noun.i + 1]


def _former_polity(head: Any) -> bool:
    """Whether a demonym names what a country once belonged to: "the former Soviet republic",
    "the former French colony" name the country that was one, a party other than the demonym's."""
    noun = head.root.head
    return head.root.dep_ == "amod" and noun.lemma_.lower() in FORMER_POLITIES and any(
        c.lower_ == "former" for c in noun.children)


def _shouted_around(head: Any, *, reach: int = 8) -> bool:
    """Whether the words around a head are in capitals (a headline or an un-truecased wire line)."""
    doc = head.doc
    around = [t.text for t in doc[max(0, head.start - reach) : min(len(doc), head.end + reach)]
              if not head.start <= t.i < head.end]
    letters = [char for word in around for char in word if char.isalpha()]
    return len(letters) >= 6 and sum(char.isupper() for char in letters) >= SHOUTED_SHARE * len(letters)


def _fill(actor: Actor, country: str | None, sector: str | None, role: str | None) -> Actor:
    """Complete a dictionary actor with evidence from the text where the dictionary is silent."""
    return replace(
        actor,
        country=actor.country or country,
        sector=actor.sector or sector,
        role=actor.role or role,
    )


def _evidence_tokens(head: Any) -> Iterator[Any]:
    """Modifier tokens of a head phrase: titles, demonyms, possessors and appositions."""
    inside = {token.i for token in head}
    stack = [child for token in head for child in token.children
             if child.i not in inside and child.dep_ in EVIDENCE_DEPS]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ in EVIDENCE_DEPS | {"det"} and c.i not in inside)


def _whole_name(ent: Any) -> Any:
    """A person's name with the surname the tagger left out: in "opposition leader Maria Corina
    Machado" it may tag "Maria Corina" alone, whose words are compounds of "Machado"; a name
    without the bracket the tagger ran into: "Farabundo Marti National Liberation Front (FMLN"."""
    doc = ent.doc
    opened = [t.i for t in ent if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : ent.end]) and opened[-1] > ent.start:
        return TextSpan(doc, ent.start, opened[-1], label=ent.label_)
    after = doc[ent.end] if ent.end < len(doc) else None
    if (ent.label_ != "PERSON" or after is None or not after.is_title or after.ent_type_
            or ent.root.dep_ != "compound" or ent.root.head != after):
        return ent
    return TextSpan(doc, ent.start, ent.end + 1, label=ent.label_)


def _modifies_another(head: Any, head_tokens: set[int]) -> bool:
    """Whether this name only modifies another actor phrase ("Palestinian" in "Palestinian factions")."""
    token = head.root
    bracketed = head.start > 0 and head.doc[head.start - 1].text == "("  # "armed forces (FADM)" only spells it
    if token.dep_ == "appos" and getattr(head, "label_", "") in ("PERSON", "ORG") and not bracketed:
        return False  # "army chief Abdel Fattah al-Burhan", "the extremist group Islamic State": a name of its own
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        if token.dep_ == "poss" and token.head.i not in head_tokens:
            return False
        token = token.head
        if token.i in head_tokens and token.i not in {t.i for t in head}:
            return True
    return False


def _longest_first(spans: list[Any]) -> list[Any]:
    chosen: list[Any] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return chosen


def _named_place(head: Any) -> bool:
    """Whether a generic noun is a kind of place named by the proper name before it, with no
    article ("in Mulalo, Yumbo municipality"): the place, where "the (Yumbo) municipality" is
    its government."""
    root = head.root
    return root.lemma_.lower() in PLACE_KIND_WORDS and not any(c.dep_ == "det" for c in root.children) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < root.i for c in root.children)


def _phrase(head: Any, evidence: list[Any]) -> str:
    """A generic actor's name: its head noun with the adjectives and compounds in front, less the
    end of a hyphenated word whose start is not one of them ("the so-called ELN union",
    "US-backed militant groups")."""
    words = sorted([t for t in evidence if t.i < head.start and _modifies_head(t, head)] + list(head),
                   key=lambda t: t.i)
    kept = {t.i for t in words}
    return words_text([t for t in words if t.i >= head.start or (whole := hyphenated_word(t)) is None
                       or whole.start in kept])


def _modifies_head(token: Any, head: Any) -> bool:
    """Whether a word is an adjective or compound of the head itself, not of its possessor
    ("President Filipe Nyusi's government" is a government, not a "President Filipe government")."""
    while token.dep_ in ("amod", "compound"):
        if head.start <= token.head.i < head.end:
            return True
        token = token.head
    return False


def _clean_name(text: str) -> str:
    return text.strip(" ,.;:’'\"").removeprefix("the ").removesuffix("’s").removesuffix("'s")


def mentions_by_sentence(article: Article) -> list[list[Mention]]:
    """The mentions of each sentence, in their order in `article.mentions`, by sentence index.

    Built once per article, so that stages reading one sentence's mentions at a time do not
    scan every mention of the article for each sentence (quadratic in its length).
    """
    grouped: list[list[Mention]] = [[] for _ in article.sentences]
    for mention in article.mentions:
        grouped[mention.sentence].append(mention)
    return grouped


def _byline(name: Any) -> bool:
    """Whether a name is the reporter of a monitoring service's report ("[REPORT] [NANCY PERLA]
    [TEXT] …", the FBIS header between dateline and story): who files the story is no party. (In
    "[CRISTIANI] [TEXT] I do not seek…" the bracketed name is the speaker, and stays.)"""
    doc = name.doc
    if name.start < 4 or name.end + 2 >= len(doc):
        return False
    before = [t.lower_ for t in doc[name.start - 4 : name.start]]
    after = [t.lower_ for t in doc[name.end : name.end + 3]]
    return before == ["[", "report", "]", "["] and after == ["]", "[", "text"]
