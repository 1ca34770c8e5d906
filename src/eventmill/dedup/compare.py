"""Whether two reports can tell the same event, and how strongly they say so.

Each aspect (sides, place, date) gets a verdict: a *conflict* proves two reports tell different
events, a *match* or *partial* match is evidence that they tell the same one, *unknown* is
neither (a side the extractor could not fill). Clustering links two reports only on evidence
and never puts two conflicting reports in one cluster, so a vague report (no recipient, a
month-precision date) can join an event but can never bridge two events that conflict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pycountry

from eventmill.actors.rows import UNIDENTIFIED_SECTORS
from eventmill.dedup.reports import Party, Report, Where

Verdict = Literal["match", "partial", "unknown", "conflict"]
# Evidence each verdict contributes to a link.
_WEIGHT: dict[str, int] = {"match": 2, "partial": 1, "unknown": 0, "conflict": 0}
# Types whose two sides are interchangeable: a meeting of A and B is one event whichever of
# them the extractor took for the host.
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})
# A link needs this much who-or-where evidence: one fully matching side or place, or two partial ones.
LINK_EVIDENCE = 2


@dataclass(frozen=True)
class Window:
    """How far apart two reports of one event may be.

    Attributes:
        day_slack: days two dates may lie apart after each is widened to the span its precision
            allows (a late outlet's "yesterday", a date inferred from publication); a week-apart
            repeat of the same attack stays a second event.
        max_km: two differently named places further apart than this are different places.
    """

    day_slack: int = 2
    max_km: float = 50.0


DEFAULT_WINDOW = Window()


def party_verdict(left: tuple[Party, ...], right: tuple[Party, ...]) -> Verdict:
    """Compare two sides: the same canonical actor or the same country+sector is a match."""
    if not left or not right:
        return "unknown"
    verdicts = {_pair_verdict(a, b) for a in left for b in right}
    strongest: tuple[Verdict, ...] = ("match", "partial", "unknown")
    return next((verdict for verdict in strongest if verdict in verdicts), "conflict")


def _pair_verdict(a: Party, b: Party) -> Verdict:
    if a.name.casefold() == b.name.casefold():
        return "match"
    sector_a, sector_b = _specific(a.sector), _specific(b.sector)
    if (a.country and b.country and a.country != b.country) or (sector_a and sector_b and sector_a != sector_b):
        return "conflict"
    if a.country and a.country == b.country and sector_a and sector_a == sector_b:
        return "match"
    if (a.country and a.country == b.country) or (sector_a and sector_a == sector_b):
        return "partial"
    return "unknown"


def _specific(sector: str | None) -> str | None:
    """The sector, unless it only says the actor is unidentified (which then conflicts with nothing)."""
    return None if sector in UNIDENTIFIED_SECTORS else sector


def place_verdict(left: Where | None, right: Where | None, *, max_km: float) -> Verdict:
    """Compare two places: the same place matches; a country named for a town in it is partial."""
    if left is None or right is None:
        return "unknown"
    if left.name.casefold() == right.name.casefold():
        return "match"
    if left.country and right.country and left.country != right.country:
        return "conflict"
    if _is_country(left) or _is_country(right):
        return "partial" if left.country and left.country == right.country else "unknown"
    if None in (left.lat, left.lon, right.lat, right.lon):
        return "unknown"
    distance = km_between(left, right)
    return "partial" if distance <= max_km else "conflict"


def dates_conflict(left: Report, right: Report, *, day_slack: int) -> bool:
    """True when the two dates, each spread over its precision, lie more than `day_slack` days apart."""
    a, b = left.days, right.days
    if a is None or b is None:
        return False
    gap = max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)
    return gap > day_slack


def conflict(left: Report, right: Report, *, window: Window) -> bool:
    """True when the two reports cannot tell one event."""
    return (
        left.type != right.type
        or left.modality != right.modality
        or dates_conflict(left, right, day_slack=window.day_slack)
        or not _side_evidence(left, right)
        or place_verdict(left.place, right.place, max_km=window.max_km) == "conflict"
    )


def link_strength(left: Report, right: Report, *, window: Window) -> int:
    """How strongly two reports say they tell one event: 0 when they may not be linked.

    Who-or-where evidence (sides and place) decides whether they link; an identical date adds
    one point, so that among several candidate events a report joins the one it agrees with best.
    An undated report links only within its own document: without a date, two articles naming
    the same sides may tell events years apart.
    """
    if (left.date is None or right.date is None) and left.doc_id != right.doc_id:
        return 0
    if conflict(left, right, window=window):
        return 0
    evidence = (max(_side_evidence(left, right))
                + _WEIGHT[place_verdict(left.place, right.place, max_km=window.max_km)])
    if evidence < LINK_EVIDENCE:
        return 0
    return evidence + (1 if left.date is not None and left.date == right.date else 0)


def _side_evidence(left: Report, right: Report) -> list[int]:
    """Evidence from the two sides in each orientation that does not conflict (empty: they conflict)."""
    orientations = [(party_verdict(left.actor, right.actor), party_verdict(left.recipient, right.recipient))]
    if left.type in MUTUAL_TYPES:
        orientations.append((party_verdict(left.actor, right.recipient), party_verdict(left.recipient, right.actor)))
    return [_WEIGHT[a] + _WEIGHT[b] for a, b in orientations if "conflict" not in (a, b)]


def km_between(left: Where, right: Where) -> float:
    """Great-circle distance between two places with coordinates, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (left.lat or 0.0, left.lon or 0.0, right.lat or 0.0, right.lon or 0.0))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _is_country(place: Where) -> bool:
    return place.country is not None and _country_code(place.name) == place.country


@lru_cache(maxsize=4096)
def _country_code(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None
