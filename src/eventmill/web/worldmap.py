"""The world map: country shapes shipped with the package, projected to SVG paths once.

The shapes are Natural Earth's 1:110m countries (public domain), generated into
`data/web/countries.json` by `scripts/make_world_shapes.py`; nothing is fetched, so the map
works offline. The projection is equirectangular, cropped to the inhabited latitudes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

WIDTH = 1000.0
NORTH, SOUTH = 84.0, -58.0  # Antarctica's coast and the high Arctic carry no events worth the space
HEIGHT = round(WIDTH * (NORTH - SOUTH) / 360.0, 1)


@dataclass(frozen=True)
class CountryShape:
    """One country's outline as an SVG path in map coordinates."""

    iso3: str
    name: str
    path: str


@dataclass(frozen=True)
class WorldShapes:
    """All country outlines, with where they came from."""

    source: str
    licence: str
    countries: tuple[CountryShape, ...]


class ShapesError(ValueError):
    """The shipped shapes file is malformed (a broken install or a bad regeneration)."""


def project(lat: float, lon: float) -> tuple[float, float]:
    """Map coordinates (x right, y down) of a latitude and longitude in degrees."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (NORTH - lat) / (NORTH - SOUTH) * HEIGHT
    return round(x, 1), round(y, 1)


@lru_cache(maxsize=1)
def load_world() -> WorldShapes:
    """The shipped country shapes, checked and projected.

    Raises:
        ShapesError: a field is missing or a ring is not a list of [lon, lat] pairs; the message
            names the country.
    """
    raw = json.loads(resources.files("eventmill").joinpath("data/web/countries.json").read_text(encoding="utf-8"))
    try:
        countries = tuple(_shape(entry) for entry in raw["countries"])
        return WorldShapes(source=str(raw["source"]), licence=str(raw["licence"]), countries=countries)
    except (KeyError, TypeError, ValueError) as error:
        raise ShapesError(f"data/web/countries.json: {error}") from error


def _shape(entry: dict[str, object]) -> CountryShape:
    rings = entry["rings"]
    if not isinstance(rings, list) or not rings:
        raise ValueError(f"{entry.get('iso3')}: no rings")
    path = " ".join(_ring_path(ring) for ring in rings)
    return CountryShape(iso3=str(entry["iso3"]), name=str(entry["name"]), path=path)


def _ring_path(ring: list[list[float]]) -> str:
    if len(ring) < 3 or any(len(point) != 2 for point in ring):
        raise ValueError(f"bad ring of {len(ring)} points")
    points = [project(lat, lon) for lon, lat in ring]
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z"
