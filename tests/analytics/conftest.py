"""Hand-built clustered events for analytics tests."""

from __future__ import annotations

import pytest

from eventmill.dedup import Cluster, Party, Report, cluster

ISRAEL = Party("Israel", "ISR", "GOV")
HAMAS = Party("Hamas", "PSE", "REB")
EGYPT = Party("Egypt", "EGY", "GOV")


def report(doc_id: str, event_type: str, actor: Party, recipient: Party | None, date: str | None, *,
           modality: str = "asserted") -> Report:
    return Report(doc_id, "e1", event_type, modality=modality, actor=(actor,),
                  recipient=(recipient,) if recipient else (), date=date)


@pytest.fixture()
def events() -> list[Cluster]:
    """Six events from seven reports (two outlets tell the first strike), and one planned meeting."""
    return cluster([
        report("a1", "ASSAULT", ISRAEL, HAMAS, "2021-05-10"),
        report("a2", "ASSAULT", ISRAEL, HAMAS, "2021-05-10"),
        report("b", "ASSAULT", HAMAS, ISRAEL, "2021-05-11"),
        report("c", "CONSULT", EGYPT, ISRAEL, "2021-05-20"),
        report("d", "CONSULT", EGYPT, HAMAS, "2021-06"),
        report("e", "ACCUSE", HAMAS, ISRAEL, "2021-06-02"),
        report("f", "AID", EGYPT, None, "2021"),
        report("g", "CONSULT", EGYPT, ISRAEL, "2021-07-01", modality="planned"),
    ])
