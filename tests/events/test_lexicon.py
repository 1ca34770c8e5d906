"""The predicate lexicon loader: built-in coverage, the entry format, user layering and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmill.errors import DataFileError
from eventmill.events.lexicon import Coding, load_lexicon, parse_coding
from eventmill.model import EVENT_TYPES


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load_lexicon()


def test_lexicon_covers_every_plover_type(lexicon) -> None:  # type: ignore[no-untyped-def]
    coded = {e.coding.type for table in (lexicon.verbs, lexicon.nouns) for e in table.values() if e.coding}
    coded |= {c.type for e in lexicon.verbs.values() for c in (*e.objects.values(), *e.particles.values()) if c}
    assert coded == set(EVENT_TYPES)


@pytest.mark.parametrize(("value", "expected"), [
    ("ASSAULT aerial", Coding("ASSAULT", "aerial")),
    ("AGREE", Coding("AGREE")),
    (None, None),
])
def test_lexicon_parse_coding_reads_type_and_mode(value: str | None, expected: Coding | None) -> None:
    assert parse_coding(value, path="x.yaml", where="t") == expected


@pytest.mark.parametrize("value", ["BOMB", "ASSAULT aerial extra"])
def test_lexicon_parse_coding_refuses_unknown_or_malformed(value: str) -> None:
    with pytest.raises(DataFileError):
        parse_coding(value, path="x.yaml", where="t")


def test_lexicon_object_and_light_entries(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert lexicon.verb("lift").objects["siege"] == Coding("RETREAT")
    assert lexicon.noun("protest").light["lodge"] == Coding("ACCUSE", "disapprove")
    assert lexicon.verb("fail").cooperative_complement == Coding("REJECT")
    assert "demonstrator" in lexicon.crowd_subjects


def test_lexicon_user_file_overrides_builtin(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("verbs:\n  praise: ACCUSE disapprove\n  waylay: ASSAULT\n", encoding="utf-8")
    lexicon = load_lexicon([user])
    assert lexicon.verb("praise").coding == Coding("ACCUSE", "disapprove")
    assert lexicon.verb("waylay").coding == Coding("ASSAULT")


@pytest.mark.parametrize("text", [
    "verbs:\n  praise: {type: SUPPORT, colour: red}\n",
    "verbs:\n  praise: PRAISE\n",
    "- a list\n",
])
def test_lexicon_user_file_errors_are_coded(tmp_path: Path, text: str) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError):
        load_lexicon([user])


def test_lexicon_unquoted_on_off_no_are_words_not_booleans(tmp_path: Path) -> None:
    user = tmp_path / "words.yaml"
    user.write_text("types:\n  ACCUSE: {recipient_preps: [on, off]}\n"
                    "verbs:\n  call: {type: null, particles: {off: CONCEDE}}\n", encoding="utf-8")
    lexicon = load_lexicon([user])
    assert lexicon.verb("call").particles["off"] == Coding("CONCEDE")  # type: ignore[union-attr]
    assert lexicon.preps_for("ACCUSE") == ("on", "off")


@pytest.mark.parametrize(("old", "codebook"), [("strike-hun", "hunger"), ("demo-spon", "demo"), ("ban", "restrict")])
def test_lexicon_older_mode_names_read_as_the_codebook_names(tmp_path: Path, old: str, codebook: str) -> None:
    user = tmp_path / "old.yaml"
    user.write_text(f"verbs:\n  fast: PROTEST {old}\nnouns:\n  sit-down: {{type: PROTEST, mode: {old}}}\n")
    lexicon = load_lexicon([user])
    assert lexicon.verb("fast").coding.mode == codebook  # type: ignore[union-attr]
    assert lexicon.noun("sit-down").coding.mode == codebook  # type: ignore[union-attr]


def test_lexicon_a_verb_may_need_an_object(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("verbs:\n  harbour: {type: AID, needs_object: true}\n", encoding="utf-8")
    assert load_lexicon([user]).verb("harbour").needs_object  # type: ignore[union-attr]
    assert not load_lexicon([user]).verb("praise").needs_object  # type: ignore[union-attr]
