"""Analytics over clustered events: time series by type, dyad, country and actor; profiles; charts."""

from __future__ import annotations

from eventmill.analytics.profile import ActorProfile, actor_profile
from eventmill.analytics.scores import intensity
from eventmill.analytics.series import Bucket, Series, series

__all__ = ["ActorProfile", "Bucket", "Series", "actor_profile", "intensity", "series"]
