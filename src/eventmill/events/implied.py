"""Name the party an act is against when the text leaves it unsaid: `implied_recipients`.

"Thousands rallied again on Saturday and vowed to stay until the ruling elite was gone" names no
one the rally is against; a protest that names no target is against the government of the
country it happened in, as the PLOVER gold-standard records code it. Which acts imply whom is
data (`implied_recipients` in `data/events/predicates.yaml`). This runs after merging, so a
target told in another telling of the same protest ("rallied against the government", "marched
on parliament") is kept.
"""

from __future__ import annotations

from dataclasses import replace

from eventmill.actors.context import national
from eventmill.events.lexicon import Coding, PredicateLexicon
from eventmill.model import Actor, Article, Event


class ImpliedRecipients:
    """Gives an act of a kind that is always against someone, told with no one, its usual target."""

    name = "implied"
    reads = ("events",)
    writes = ("events.recipient",)

    def __init__(self, lexicon: PredicateLexicon) -> None:
        self.implied = lexicon.implied_recipients

    def __call__(self, article: Article) -> Article:
        article.events = [self._with_recipient(event) for event in article.events]
        return article

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
