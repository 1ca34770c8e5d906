"""An evaluation as text for people and as JSON for tools."""

from __future__ import annotations

from typing import Any

from eventmill.evaluate.scoring import MISSED, TIERS, Evaluation

COLUMN = 5  # a confusion column: four letters of the type and a space


def as_json(evaluation: Evaluation, *, worst: int) -> dict[str, Any]:
    tiers = {}
    for tier in TIERS:
        score = evaluation.tiers[tier]
        counts = score.counts
        tiers[tier] = {
            "precision": round(counts.precision, 3), "recall": round(counts.recall, 3), "f1": round(counts.f1, 3),
            "tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
            "attributes": {name: round(right / total, 3) if total else None
                           for name, (right, total) in score.attributes.items()},
            "per_type": {t: {"tp": c.tp, "fp": c.fp, "fn": c.fn} for t, c in score.per_type.items()},
        }
    return {
        **tiers,
        "confusion": [{"gold": gold, "predicted": predicted, "count": count}
                      for (gold, predicted), count in sorted(evaluation.confusion.items())],
        "worst_documents": [{"doc_id": d.doc_id, "tp": d.full.tp, "fp": d.full.fp, "fn": d.full.fn}
                            for d in evaluation.worst(worst)],
        "docs": len(evaluation.documents),
    }


def as_text(evaluation: Evaluation, *, worst: int) -> str:
    lines = [f"{len(evaluation.documents)} gold documents"]
    for tier in TIERS:
        score = evaluation.tiers[tier]
        c = score.counts
        lines.append(f"{tier:5s} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} tp={c.tp} fp={c.fp} fn={c.fn}")
    full = evaluation.tiers["full"]
    accuracies = [f"{name} {right / total:.3f} ({right}/{total})" for name, (right, total) in
                  sorted(full.attributes.items()) if total]
    if accuracies:
        lines.append("attributes (full tier): " + ", ".join(accuracies))
    lines += ["", "per type (type tier / full tier F1):"]
    for event_type, counts in evaluation.tiers["type"].per_type.items():
        strict = full.per_type.get(event_type)
        lines.append(f"  {event_type:<10} {counts.f1:.3f} / {strict.f1 if strict else 0.0:.3f}"
                     f"   tp={counts.tp} fp={counts.fp} fn={counts.fn}")
    lines += ["", "confusion (rows gold type, columns predicted type; — is no event):", *_matrix(evaluation)]
    chosen = evaluation.worst(worst)
    if chosen:
        lines += ["", f"worst documents (full tier, the {len(chosen)} with most errors):"]
        lines += [f"  {d.doc_id}  fp={d.full.fp} fn={d.full.fn} tp={d.full.tp}" for d in chosen]
    return "\n".join(lines)


def _matrix(evaluation: Evaluation) -> list[str]:
    """Rows by gold type, columns by the first letters of the predicted type (unique for PLOVER's)."""
    names = sorted({name for pair in evaluation.confusion for name in pair} - {MISSED}) + [MISSED]
    rows = [" " * 12 + "".join(f"{name[:COLUMN - 1]:>{COLUMN}}" for name in names)]
    for gold in names:
        cells = [evaluation.confusion.get((gold, predicted), 0) for predicted in names]
        if any(cells):
            rows.append(f"  {gold:<10}" + "".join(f"{cell or '.':>{COLUMN}}" for cell in cells))
    return rows
