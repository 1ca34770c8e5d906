from __future__ import annotations

from typing import Any

import pytest

from eventmill.web.highlight import Mark, Run, event_marks, runs

TEXT = "Army units shelled Oskar. Talks failed."


@pytest.mark.parametrize(("marks", "expected"), [
    ([], [Run(TEXT, ())]),
    ([Mark(0, 25, "evidence")], [Run(TEXT[:25], ("evidence",)), Run(TEXT[25:], ())]),
    ([Mark(0, 25, "evidence"), Mark(0, 10, "actor")],
     [Run("Army units", ("actor", "evidence")), Run(" shelled Oskar.", ("evidence",)), Run(TEXT[25:], ())]),
    ([Mark(-5, 4, "actor"), Mark(30, 999, "evidence")],  # clipped to the text
     [Run("Army", ("actor",)), Run(TEXT[4:30], ()), Run(TEXT[30:], ("evidence",))]),
    ([Mark(7, 7, "actor")], [Run(TEXT, ())]),  # an empty mark marks nothing
])
def test_highlight_runs_cover_the_text_once_with_their_marks(marks: list[Mark], expected: list[Run]) -> None:
    found = runs(TEXT, marks)
    assert found == expected and "".join(run.text for run in found) == TEXT


def _record(actor: dict[str, Any] | None) -> dict[str, Any]:
    return {"evidence": {"start": 0, "end": 25}, "trigger": {"start": 11, "end": 18}, "actor": actor,
            "recipient": {"name": "Oskar", "country": None, "sector": None, "span": {"start": 19, "end": 24}}}


@pytest.mark.parametrize(("actor", "expected_actor"), [
    ({"name": "Army units", "span": {"start": 0, "end": 10}}, [Mark(0, 10, "actor")]),
    ({"name": "army UNITS"}, [Mark(0, 10, "actor")]),  # no span: found by name inside the sentence
    ({"name": "Talks"}, []),  # named only outside the evidence sentence: not marked
    ({"name": "Army and Oskar", "members": [{"name": "Army"}, {"name": "Oskar", "span": {"start": 19, "end": 24}}]},
     [Mark(0, 4, "actor"), Mark(19, 24, "actor")]),
    (None, []),
])
def test_highlight_event_marks_use_spans_or_find_names_in_the_sentence(
        actor: dict[str, Any] | None, expected_actor: list[Mark]) -> None:
    marks = event_marks(_record(actor), TEXT)
    assert marks[:2] == [Mark(0, 25, "evidence"), Mark(11, 18, "trigger")]
    assert [m for m in marks if m.kind == "actor"] == expected_actor
    assert [m for m in marks if m.kind == "recipient"] == [Mark(19, 24, "recipient")]
