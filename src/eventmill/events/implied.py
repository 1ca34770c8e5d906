"""Name the parties of an act the text leaves unsaid: `implied_recipients` and `unnamed_doers`.

"Thousands rallied again on Saturday and vowed to stay until the ruling elite was gone" names no
one the rally is against; a protest that names no target is against the government of the
country it happened in, as the PLOVER gold-standard records code it. "A roadside bomb killed two
soldiers near Samarra" names no doer; an attack is always someone's, and event data records an
unknown one as unidentified attackers of the country where it happened (PLOVER's UAF sector,
ACLED's "Unidentified Armed Group (Iraq)"), so that the record says the doer is unknown rather
than leaving the actor out. Which acts imply whom is data (`data/events/predicates.yaml`). This
runs after merging, so a party told in another telling of the same event ("rallied against the
government", "the FMLN claimed responsibility") is kept.
"""

from __future__ import annotations

from dataclasses import replace

from eventmill.actors.context import national
from eventmill.events.lexicon import Coding, PredicateLexicon
from eventmill.model import Actor, Article, Event


class ImpliedParties:
    """Gives an act of a kind that is always against someone, told with no one, its usual target,
    and one always done by someone, told with no doer, its unnamed doer."""

    name = "implied"
    reads = ("events",)
    writes = ("events.recipient", "events.actor")

    def __init__(self, lexicon: PredicateLexicon) -> None:
        self.implied = lexicon.implied_recipients
        self.doers = lexicon.unnamed_doers

    def __call__(self, article: Article) -> Article:
        article.events = [self._with_doer(self._with_recipient(event)) for event in article.events]
        return article

    def _with_doer(self, event: Event) -> Event:
        coding = Coding(event.type, event.mode)
        doer = self.doers[coding] if coding in self.doers else self.doers.get(Coding(event.type, None))
        place_country = event.location.country if event.location is not None else None
        if doer is None or event.actor is not None or not national(place_country) or event.modality != "asserted":
            return event  # an attack denied or only feared was done by no one
        name, sector = doer
        return replace(event, actor=Actor(name, place_country, sector))

    def _with_recipient(self, event: Event) -> Event:
        implied = self.implied.get(Coding(event.type, event.mode))
        if implied is None or event.recipient is not None:
            return event
        country = _home_country(event)
        if country is None:
            return event  # "the government" of no known country names no one
        name, sector = implied
        return replace(event, recipient=Actor(name, country, sector))


def _home_country(event: Event) -> str | None:
    """The country where the protest happened, else the protesters' own: where it happened is
    told outright more often than whose the crowd is, which is often a guess from the sentence
    ("thousands took to the streets in Tel Aviv after hostages were found dead in Gaza")."""
    place_country = event.location.country if event.location is not None else None
    if national(place_country):
        return place_country
    actor_country = event.actor.country if event.actor is not None else None
    return actor_country if national(actor_country) else None
