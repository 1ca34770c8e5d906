"""PLOVER's conflict–cooperation intensity of each event type (ONTOLOGY.md "Scores").

The scores are data, shared with the CAMEO export: `data/output/plover_scores.csv`, loaded and
checked once by `output.cameo.load_cameo_table`. They run from −10 (most hostile) to +10
(most cooperative).
"""

from __future__ import annotations

from eventmill.output.cameo import load_cameo_table


def intensity(event_type: str) -> float:
    """The PLOVER score of an event type.

    Raises:
        KeyError: the type is not one of PLOVER's sixteen.
    """
    return load_cameo_table().scores[event_type]
