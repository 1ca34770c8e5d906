"""Clustering: the written corpus through the real extractor, and hand-built reports for the rules."""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from eventmill.dedup import Cluster, Party, Report, Where, assign, cluster
from eventmill.dedup.reports import ReportKey

RUSSIA_MIL = (Party("Russian Armed Forces", "RUS", "MIL"),)
UKRAINE_CVL = (Party("civilians", "UKR", "CVL"),)
KHARKIV = Where("Kharkiv", "UKR", 49.98, 36.25)
KHERSON = Where("Kherson", "UKR", 46.64, 32.61)


def strike(doc_id: str, date: str | None = "2024-03-10", *, place: Where | None = KHARKIV, dead: int | None = 12,
           source: str | None = None, recipient: tuple[Party, ...] = UKRAINE_CVL) -> Report:
    return Report(doc_id, "e1", "ASSAULT", actor=RUSSIA_MIL, recipient=recipient, date=date, place=place,
                  fatalities=dead, source=source or doc_id)


def signature(clusters: list[Cluster]) -> set[frozenset[ReportKey]]:
    return {frozenset(r.key for r in c.reports) for c in clusters}


def multi_document_events(clusters: list[Cluster], answer: dict[str, str]) -> dict[str, set[str]]:
    """For each cluster told by several documents: the events its documents were written about."""
    found: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        docs = {r.doc_id for r in c.reports}
        if len(docs) > 1:
            found[c.cluster_id] = {answer[d] for d in docs}
    return found


@pytest.mark.model
def test_cluster_corpus_forms_exactly_the_five_events(corpus_reports: dict[str, list[Report]],
                                                      corpus_answer: dict[str, str]) -> None:
    clusters = cluster(r for reports in corpus_reports.values() for r in reports)
    merged = [c for c in clusters if len({r.doc_id for r in c.reports}) > 1]
    assert all(len(events) == 1 for events in multi_document_events(clusters, corpus_answer).values())
    documents_of_event = {corpus_answer[c.reports[0].doc_id]: {r.doc_id for r in c.reports} for c in merged}
    assert len(merged) == len(documents_of_event) == 5
    for event, documents in documents_of_event.items():
        assert documents == {d for d, e in corpus_answer.items() if e == event}
    assert {c.sources for c in merged} == {4, 5}  # every outlet is an independent source


@pytest.mark.model
def test_cluster_corpus_one_article_at_a_time_equals_one_batch(corpus_reports: dict[str, list[Report]]) -> None:
    batch = cluster(r for reports in corpus_reports.values() for r in reports)
    for order in (sorted(corpus_reports), sorted(corpus_reports, reverse=True)):
        clusters: list[Cluster] = []
        for doc_id in order:
            clusters = assign(corpus_reports[doc_id], clusters)
        assert clusters == batch


@pytest.mark.model
def test_cluster_corpus_keeps_a_week_later_and_another_city_apart(
        corpus_reports: dict[str, list[Report]], distractor_reports: dict[str, list[Report]],
        corpus_answer: dict[str, str]) -> None:
    clusters = cluster(r for reports in [*corpus_reports.values(), *distractor_reports.values()] for r in reports)
    assert all(len(events) == 1 for events in multi_document_events(clusters, corpus_answer).values())
    kharkiv = next(c for c in clusters if any(r.doc_id == "kharkiv-late-wire" for r in c.reports))
    assert {corpus_answer[r.doc_id] for r in kharkiv.reports} == {"kharkiv-strike"}


@pytest.mark.parametrize(("second", "merged"), [
    (strike("b", "2024-03-11"), True),                    # a day late
    (strike("b", "2024-03-12"), True),                    # within the slack of two days
    (strike("b", "2024-03-17"), False),                   # a week later
    (strike("b", "2024-03"), True),                       # a month-precision date covers the day
    (strike("b", "2024-04"), False),                      # the following month does not
    (strike("b", place=KHERSON), False),                  # another city, 400 km away
    (strike("b", place=Where("Ukraine", "UKR")), True),   # the country named for the city
    (strike("b", place=None), True),                      # no place: sides carry the link
    (strike("b", recipient=(Party("Syria", "SYR", "GOV"),)), False),  # another recipient
])
def test_cluster_pairs_merge_only_when_compatible(second: Report, merged: bool) -> None:
    assert (len(cluster([strike("a"), second])) == 1) is merged


def test_cluster_vague_report_never_bridges_two_events() -> None:
    early, late = strike("early", "2024-03-02"), strike("late", "2024-03-20")
    vague = strike("vague", "2024-03")
    clusters = cluster([early, late, vague])
    assert len(clusters) == 2
    assert signature(clusters) == {frozenset({early.key, vague.key}), frozenset({late.key})}


def test_cluster_meeting_sides_are_interchangeable() -> None:
    visitor, host = (Party("Benjamin Netanyahu", "ISR", "GOV"),), (Party("Emmanuel Macron", "FRA", "GOV"),)
    paris = Where("Paris", "FRA", 48.85, 2.35)
    one = Report("a", "e1", "CONSULT", actor=visitor, recipient=host, date="2024-03-12", place=paris)
    swapped = Report("b", "e1", "CONSULT", actor=host, recipient=visitor, date="2024-03-12", place=paris)
    assert len(cluster([one, swapped])) == 1
    assert len(cluster([one, Report("b", "e1", "ACCUSE", actor=host, recipient=visitor, date="2024-03-12")])) == 2


def test_cluster_merges_date_and_figures() -> None:
    reports = [strike("a", dead=12), strike("b", "2024-03", dead=13), strike("c", dead=12), strike("d", dead=11)]
    (event,) = cluster(reports)
    assert event.date == "2024-03-10" and event.date_precision == "day"
    assert event.fatalities is not None
    assert (event.fatalities.reported, event.fatalities.value, event.fatalities.rule) == ((11, 12, 12, 13), 12, "most-cited")
    assert (event.fatalities.low, event.fatalities.high) == (11, 13)
    assert event.sources == 4 and [m.doc_id for m in event.mentions] == ["a", "b", "c", "d"]


def test_cluster_counts_one_outlet_once() -> None:
    (event,) = cluster([strike("a", source="Wire"), strike("b", source="Wire"), strike("c", source="Post")])
    assert event.sources == 2


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_cluster_assign_in_any_order_equals_batch(order: tuple[int, ...]) -> None:
    reports = [strike("early", "2024-03-02"), strike("late", "2024-03-20"), strike("vague", "2024-03"),
               strike("kherson", place=KHERSON)]
    clusters: list[Cluster] = []
    for index in order:
        clusters = assign([reports[index]], clusters)
    assert clusters == cluster(reports)


def test_cluster_assign_replaces_a_reingested_report() -> None:
    first = cluster([strike("a"), strike("b")])
    moved = strike("b", "2024-03-25")
    assert assign([moved], first) == cluster([strike("a"), moved])
    assert len(assign([moved], first)) == 2


def test_cluster_keeps_the_last_of_a_repeated_key_and_orders_by_id() -> None:
    clusters = cluster([strike("a", dead=1), strike("a", dead=2), strike("z", place=KHERSON)])
    assert [c.reports[0].fatalities for c in clusters if c.reports[0].doc_id == "a"] == [2]
    assert [c.cluster_id for c in clusters] == sorted(c.cluster_id for c in clusters)
