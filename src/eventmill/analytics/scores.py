"""PLOVER's conflict–cooperation intensity of each event type (ONTOLOGY.md "Scores").

Sixteen fixed numbers from the codebook: a closed table small enough to live in code. They
run from −10 (most hostile) to +10 (most cooperative); ACCUSE is read as −3, as ONTOLOGY.md
explains.
"""

from __future__ import annotations

from types import MappingProxyType

PLOVER_SCORES = MappingProxyType({
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
})


def intensity(event_type: str) -> float:
    """The PLOVER score of an event type.

    Raises:
        KeyError: the type is not one of PLOVER's sixteen.
    """
    return PLOVER_SCORES[event_type]
