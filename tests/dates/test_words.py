"""Tests for dates/words.py: the date word lists and their validating loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmill.dates.words import DEFAULT_PATH, default_words, load
from eventmill.errors import DataFileError


def test_words_builtin_file_loads() -> None:
    words = default_words()
    assert words.months["sept"] == 9
    assert words.weekdays["tuesday"] == 1
    assert words.number_words["a dozen"] == 12
    assert words.relative_days["yesterday"] == -1
    assert "may" in words.ambiguous_months


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "words.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if fragment in line)


@pytest.mark.parametrize(
    ("old", "new", "line_fragment", "reason"),
    [
        ("  5: [may]", "  13: [may]", "13: [may]", "outside 1..12"),
        ("  6: [june, jun]", "  6: [june, jan]", "6: [june, jan]", "names two entries"),
        ("  two: 2", "  two: deux", "two: deux", "must be an integer"),
        ("  yesterday: -1", "  Yesterday: -1", "Yesterday", "must be lower case"),
        ("ambiguous_months: [may,", "ambiguous_months: [mai,", "ambiguous_months", "names no month"),
        ("  12: [december, dec]", "  5: [december, dec]", "5: [december, dec]", "appears twice"),
    ],
)
def test_words_bad_file_names_line_and_reason(
    tmp_path: Path, old: str, new: str, line_fragment: str, reason: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(DataFileError) as raised:
        load(path)
    assert raised.value.code == "EM010"
    assert f"{path}:{_line_of(path, line_fragment)}:" in str(raised.value)
    assert reason in str(raised.value)


def test_words_missing_section_is_reported(tmp_path: Path) -> None:
    path = _broken(tmp_path, "day_parts:", "day_bits:")
    with pytest.raises(DataFileError, match="missing section 'day_parts'"):
        load(path)


def test_words_invalid_yaml_is_reported(tmp_path: Path) -> None:
    path = _broken(tmp_path, "  1: [january, jan]", "  1: [january, jan")
    with pytest.raises(DataFileError, match="EM010"):
        load(path)
