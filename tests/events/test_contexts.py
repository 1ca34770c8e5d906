"""PLOVER contexts from cue words: whole-word matching, lemmas, user files and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmill.errors import DataFileError
from eventmill.events.contexts import PLOVER_CONTEXTS, load_context_cues


@pytest.fixture(scope="module")
def cues():  # type: ignore[no-untyped-def]
    return load_context_cues()


@pytest.mark.parametrize(("text", "context"), [
    ("Voters queued at polling stations before the election.", "election"),
    ("A suicide bomber struck the market.", "terrorism"),
    ("Hundreds of refugees crossed the river.", "migration"),
    ("The government raised tariffs on steel.", "economic"),
    ("Hospitals ran out of vaccine doses.", "health"),
])
def test_contexts_found_by_cue(cues, text: str, context: str) -> None:  # type: ignore[no-untyped-def]
    assert context in cues.contexts_of(text)


@pytest.mark.parametrize("text", ["The goldfish pond was drained.", "A terrorizing storm.", "Nothing happened."])
def test_contexts_match_whole_words_only(cues, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "natural_resource" not in cues.contexts_of(text) and "terrorism" not in cues.contexts_of(text)


def test_contexts_read_lemmas_too(cues) -> None:  # type: ignore[no-untyped-def]
    assert "migration" in cues.contexts_of("They deported them.", "they deport they .")


def test_contexts_data_file_uses_plover_names_only(cues) -> None:  # type: ignore[no-untyped-def]
    assert set(cues.patterns) <= PLOVER_CONTEXTS


def test_contexts_user_file_extends_and_validates(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("contexts:\n  cyber: [botnet]\n", encoding="utf-8")
    assert "cyber" in load_context_cues([user]).contexts_of("A botnet hit the bank.")
    user.write_text("contexts:\n  weather: [rain]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        load_context_cues([user])
