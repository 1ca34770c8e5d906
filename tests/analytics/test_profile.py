"""Actor profiles: sides, counterparts, types and trend."""

from __future__ import annotations

from eventmill.analytics.profile import actor_profile
from eventmill.dedup import Cluster


def test_profile_of_an_actor_by_name(events: list[Cluster]) -> None:
    profile = actor_profile(events, "hamas")
    assert (profile.events, profile.as_actor, profile.as_recipient) == (4, 2, 2)
    assert profile.counterparts == (("Israel", 3), ("Egypt", 1))
    assert profile.types == (("ASSAULT", 2), ("ACCUSE", 1), ("CONSULT", 1))
    assert profile.mean_intensity == (-9 - 9 - 3 + 2.5) / 4
    assert (profile.first, profile.last) == ("2021-05-10", "2021-06-02")
    assert {b.period for b in profile.trend.buckets} == {"2021-05", "2021-06"}


def test_profile_of_a_country_code_leaves_out_planned_events(events: list[Cluster]) -> None:
    profile = actor_profile(events, "EGY")
    assert (profile.events, profile.as_actor, profile.as_recipient) == (3, 3, 0)
    assert profile.trend.unplaced == 1
    assert actor_profile(events, "Nobody").events == 0
