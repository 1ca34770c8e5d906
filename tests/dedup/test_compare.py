"""Verdicts on sides, places and dates, and the links they allow."""

from __future__ import annotations

import pytest

from eventmill.dedup.compare import (
    Window,
    dates_conflict,
    link_strength,
    party_verdict,
    place_verdict,
)
from eventmill.dedup.reports import Party, Report, Where

POLICE = Party("Kenyan police", "KEN", "COP")


@pytest.mark.parametrize(("left", "right", "verdict"), [
    ((POLICE,), (Party("kenyan police", None, None),), "match"),           # same name
    ((POLICE,), (Party("Police", "KEN", "COP"),), "match"),                # same country and sector
    ((POLICE,), (Party("Kenya", "KEN", None),), "partial"),                # same country only
    ((POLICE,), (Party("officers", None, "COP"),), "partial"),             # same sector only
    ((POLICE,), (Party("Ugandan police", "UGA", "COP"),), "conflict"),     # another country
    ((POLICE,), (Party("Kenyan army", "KEN", "MIL"),), "conflict"),        # another sector
    ((POLICE,), (Party("gunmen", "KEN", "UAF"),), "partial"),              # unidentified: no sector clash
    ((POLICE,), (), "unknown"),
    ((Party("Kenya", "KEN", "GOV"), Party("Uganda", "UGA", "GOV")), (Party("Uganda", None, None),), "match"),
])
def test_compare_party_verdict(left: tuple[Party, ...], right: tuple[Party, ...], verdict: str) -> None:
    assert party_verdict(left, right) == verdict


NAIROBI = Where("Nairobi", "KEN", -1.28, 36.82)


@pytest.mark.parametrize(("other", "verdict"), [
    (Where("nairobi", "KEN"), "match"),
    (Where("Kenya", "KEN", 0.5, 37.9), "partial"),                   # the country: vague, compatible
    (Where("Kibera", "KEN", -1.31, 36.79), "partial"),               # 5 km away
    (Where("Mombasa", "KEN", -4.05, 39.67), "conflict"),             # 440 km away
    (Where("Kampala", "UGA", 0.35, 32.58), "conflict"),              # another country
    (Where("Some Village", "KEN"), "unknown"),                       # no coordinates
    (None, "unknown"),
])
def test_compare_place_verdict(other: Where | None, verdict: str) -> None:
    assert place_verdict(NAIROBI, other, max_km=50.0) == verdict


@pytest.mark.parametrize(("left", "right", "conflicts"), [
    ("2024-03-09", "2024-03-11", False),
    ("2024-03-09", "2024-03-12", True),
    ("2024-03-09", "2024-03", False),
    ("2024-02-28", "2024-03", False),     # two days before the month begins
    ("2024-02-20", "2024-03", True),
    ("2024-03-09", "2024", False),
    ("2024-03-09", None, False),
])
def test_compare_dates_conflict_respects_precision(left: str, right: str | None, conflicts: bool) -> None:
    a, b = Report("a", "1", "COERCE", date=left), Report("b", "1", "COERCE", date=right)
    assert dates_conflict(a, b, day_slack=2) is conflicts


def test_compare_link_needs_who_or_where_evidence() -> None:
    bare = Report("a", "1", "COERCE", date="2024-03-09")
    assert link_strength(bare, Report("b", "1", "COERCE", date="2024-03-09"), window=Window()) == 0
    arrest = Report("a", "1", "COERCE", actor=(POLICE,), date="2024-03-09", place=NAIROBI)
    same = Report("b", "1", "COERCE", actor=(POLICE,), date="2024-03-09", place=NAIROBI)
    assert link_strength(arrest, same, window=Window()) == 5
    assert link_strength(arrest, Report("b", "1", "COERCE", actor=(POLICE,), modality="planned",
                                        date="2024-03-09"), window=Window()) == 0


def test_compare_undated_reports_link_only_within_their_document() -> None:
    dated = Report("a", "1", "COERCE", actor=(POLICE,), date="2024-03-09", place=NAIROBI)
    undated_elsewhere = Report("b", "1", "COERCE", actor=(POLICE,), place=NAIROBI)
    undated_same_document = Report("a", "2", "COERCE", actor=(POLICE,), place=NAIROBI)
    assert link_strength(dated, undated_elsewhere, window=Window()) == 0
    assert link_strength(dated, undated_same_document, window=Window()) == 4
