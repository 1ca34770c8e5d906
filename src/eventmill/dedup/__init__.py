"""Cross-document deduplication: many reports of one event become one clustered event."""

from __future__ import annotations

from eventmill.dedup.cluster import Cluster, Mention, assign, cluster
from eventmill.dedup.compare import Window
from eventmill.dedup.merge import Figure
from eventmill.dedup.reports import (
    Party,
    Report,
    Where,
    report_from_event,
    report_from_record,
    reports_from_article,
)

__all__ = [
    "Cluster", "Figure", "Mention", "Party", "Report", "Where", "Window", "assign", "cluster",
    "report_from_event", "report_from_record", "reports_from_article",
]
