"""Group reports into events: one cluster per event, every report kept as a mention.

The algorithm is order-free by construction. Candidate links (compare.link_strength) are
sorted by strength and then by the reports' keys, and each link merges its two clusters unless
some pair across them conflicts (compare.conflict). The result depends only on the *set* of
reports, and only on reports joined by links, so adding reports re-clusters just the
link-connected part they touch (`assign`) and gives the same clusters as one batch.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventmill.dedup.compare import DEFAULT_WINDOW, Window, conflict, link_strength
from eventmill.dedup.merge import (
    Figure,
    independent_sources,
    merged_date,
    merged_figure,
    merged_mode,
    merged_place,
    merged_side,
)
from eventmill.dedup.reports import Party, Report, Where


@dataclass(frozen=True)
class Mention:
    """Where one report of an event sits: its document, sentence and outlet."""

    doc_id: str
    event_id: str
    sentence: str
    source: str | None


@dataclass(frozen=True)
class Cluster:
    """One event told by one or more reports.

    Attributes:
        cluster_id: "evt-" and a hash of the smallest report key, so an event keeps its id as
            reports join it.
        reports: the member reports, ordered by key.
        date: the merged date (merge.merged_date); precision follows from its shape.
        sources: how many independent outlets reported it.
    """

    cluster_id: str
    type: str
    modality: str
    mode: str | None
    reports: tuple[Report, ...]
    date: str | None
    actor: tuple[Party, ...]
    recipient: tuple[Party, ...]
    place: Where | None
    fatalities: Figure | None
    injuries: Figure | None
    arrests: Figure | None
    sources: int

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(Mention(r.doc_id, r.event_id, r.sentence, r.source) for r in self.reports)

    @property
    def date_precision(self) -> str | None:
        return None if self.date is None else ("year", "month", "day")[self.date.count("-")]

    @property
    def background(self) -> bool:
        """True when every report tells the event as background to its article."""
        return all(r.background for r in self.reports)


def cluster(reports: Iterable[Report], *, window: Window = DEFAULT_WINDOW) -> list[Cluster]:
    """Cluster reports into events (one batch). A key given twice keeps its last report.

    Returns:
        Clusters ordered by id.
    """
    unique = sorted({r.key: r for r in reports}.values(), key=lambda r: r.key)
    groups = _link_groups(unique, window=window)
    return sorted((build_cluster(group) for group in groups), key=lambda c: c.cluster_id)


def assign(new_reports: Iterable[Report], existing: Iterable[Cluster], *, window: Window = DEFAULT_WINDOW) -> list[Cluster]:
    """Add reports to existing clusters, re-clustering only the part they can reach.

    A new report whose key is already clustered replaces the old one (a re-ingested document).
    The result equals `cluster(all reports)` when `existing` came from `cluster` or `assign`
    with the same window.

    Returns:
        All clusters, the untouched ones included, ordered by id.
    """
    fresh = {r.key: r for r in new_reports}
    kept = list(existing)
    touched: list[Report] = [r for c in kept for r in c.reports if r.key in fresh]
    reach: list[Report] = list(fresh.values()) + touched
    affected: list[Report] = list(fresh.values())
    changed = True
    while changed:
        changed = False
        remaining: list[Cluster] = []
        for candidate in kept:
            if any(r.key in fresh for r in candidate.reports) or _reaches(candidate, reach, window):
                members = [r for r in candidate.reports if r.key not in fresh]
                affected += members
                reach += members
                changed = True
            else:
                remaining.append(candidate)
        kept = remaining
    return sorted(kept + cluster(affected, window=window), key=lambda c: c.cluster_id)


def build_cluster(reports: Sequence[Report]) -> Cluster:
    """Merge the reports of one event into its Cluster record."""
    ordered = tuple(sorted(reports, key=lambda r: r.key))
    first = ordered[0]
    digest = hashlib.sha1("\x1f".join(first.key).encode("utf-8")).hexdigest()[:12]
    return Cluster(
        cluster_id=f"evt-{digest}", type=first.type, modality=first.modality, mode=merged_mode(ordered),
        reports=ordered,
        date=merged_date(ordered), actor=merged_side(r.actor for r in ordered),
        recipient=merged_side(r.recipient for r in ordered), place=merged_place(r.place for r in ordered),
        fatalities=merged_figure(ordered, "fatalities"), injuries=merged_figure(ordered, "injuries"),
        arrests=merged_figure(ordered, "arrests"), sources=independent_sources(ordered),
    )


def _link_groups(reports: Sequence[Report], *, window: Window) -> list[list[Report]]:
    """Greedy complete-link merging over candidate links in a fixed order."""
    links = sorted(_candidate_links(reports, window=window), key=lambda link: (-link[0], link[1], link[2]))
    root = list(range(len(reports)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for _, i, j in links:
        a, b = find(i), find(j)
        if a == b or any(conflict(reports[x], reports[y], window=window) for x in members[a] for y in members[b]):
            continue
        small, large = sorted((a, b))
        root[large] = small
        members[small] += members.pop(large)
    return [[reports[i] for i in group] for group in members.values()]


def _candidate_links(reports: Sequence[Report], *, window: Window) -> list[tuple[int, int, int]]:
    """(strength, i, j) for every linkable pair, compared only within a type+modality block and date sweep."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        blocks[(report.type, report.modality)].append(index)
    links: list[tuple[int, int, int]] = []
    for indices in blocks.values():
        dated = sorted((i for i in indices if reports[i].days), key=lambda i: (reports[i].days, i))
        undated = [i for i in indices if not reports[i].days]
        pairs = _same_document_pairs(reports, undated, indices)
        pairs += _sweep(reports, dated, window.day_slack)
        for i, j in pairs:
            strength = link_strength(reports[i], reports[j], window=window)
            if strength:
                links.append((strength, min(i, j), max(i, j)))
    return links


def _same_document_pairs(reports: Sequence[Report], undated: Sequence[int],
                         block: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs of an undated report with the other reports of its document (the only ones it may link to)."""
    by_document: dict[str, list[int]] = defaultdict(list)
    for index in block:
        by_document[reports[index].doc_id].append(index)
    pairs = {(min(i, j), max(i, j)) for i in undated for j in by_document[reports[i].doc_id] if j != i}
    return sorted(pairs)


def _sweep(reports: Sequence[Report], dated: Sequence[int], day_slack: int) -> list[tuple[int, int]]:
    """Pairs of dated reports whose spans come within `day_slack` days (dated is sorted by first day)."""
    pairs: list[tuple[int, int]] = []
    for n, i in enumerate(dated):
        last = reports[i].days[1]  # type: ignore[index]
        for j in dated[n + 1:]:
            if (reports[j].days[0] - last).days > day_slack:  # type: ignore[index]
                break
            pairs.append((i, j))
    return pairs


def _reaches(candidate: Cluster, reach: Sequence[Report], window: Window) -> bool:
    """True when some report of the cluster links to some report in `reach`."""
    same_block = [r for r in reach if (r.type, r.modality) == (candidate.type, candidate.modality)]
    return any(link_strength(m, r, window=window) for m in candidate.reports for r in same_block)
