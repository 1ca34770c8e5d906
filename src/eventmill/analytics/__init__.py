"""Analytics over clustered events: time series by type, dyad, country and actor; profiles; charts."""

from __future__ import annotations

from eventmill.analytics.profile import ActorProfile, actor_profile
from eventmill.analytics.scores import PLOVER_SCORES, intensity
from eventmill.analytics.series import Bucket, Series, series

__all__ = ["PLOVER_SCORES", "ActorProfile", "Bucket", "Series", "actor_profile", "intensity", "series"]
