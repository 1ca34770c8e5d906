from __future__ import annotations

import json
from importlib import resources

import pytest

from eventmill.web.worldmap import HEIGHT, WIDTH, load_world, project


def test_worldmap_shapes_ship_with_their_source_and_licence() -> None:
    world = load_world()
    assert "Natural Earth" in world.source and "public domain" in world.licence
    codes = {country.iso3 for country in world.countries}
    assert {"FRA", "NOR", "ISR", "PSE", "UKR", "RUS", "USA", "BRA"} <= codes and len(codes) > 170
    assert all(country.path.startswith("M") and country.path.endswith("Z") for country in world.countries)


def test_worldmap_file_names_the_script_that_made_it() -> None:
    raw = json.loads(resources.files("eventmill").joinpath("data/web/countries.json").read_text(encoding="utf-8"))
    assert raw["generated_by"] == "scripts/make_world_shapes.py"


@pytest.mark.parametrize(("lat", "lon", "expected"), [
    (84.0, -180.0, (0.0, 0.0)), (-58.0, 180.0, (WIDTH, HEIGHT)), (13.0, 0.0, (500.0, round((84 - 13) / 142 * HEIGHT, 1))),
])
def test_worldmap_projection_is_equirectangular(lat: float, lon: float, expected: tuple[float, float]) -> None:
    assert project(lat, lon) == pytest.approx(expected)
