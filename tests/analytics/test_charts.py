"""Charts: a real PNG and a standalone HTML page that loads nothing."""

from __future__ import annotations

import base64
import datetime as dt
import re
from pathlib import Path

import pytest

from eventmill.analytics.charts import OTHER, period_start, stacked_counts, write_chart
from eventmill.analytics.series import series
from eventmill.dedup import Cluster

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_charts_write_png_and_self_contained_html(events: list[Cluster], tmp_path: Path) -> None:
    png, page = write_chart(series(events, by="type", period="month"), tmp_path / "sub" / "monthly", title="Monthly")
    assert png.read_bytes().startswith(PNG_MAGIC)
    text = page.read_text(encoding="utf-8")
    inlined = re.search(r'src="data:image/png;base64,([^"]+)"', text)
    assert inlined and base64.b64decode(inlined.group(1)) == png.read_bytes()
    assert not re.search(r'(src|href)="(https?:)?//', text)
    assert "<td>2</td>" in text and "1 events had no date" in text


def test_charts_fold_small_keys_into_other(events: list[Cluster]) -> None:
    table = stacked_counts(series(events, by="type", period="month"), top=1)
    assert table == {"ASSAULT": {"2021-05": 2}, OTHER: {"2021-05": 1, "2021-06": 2}}


@pytest.mark.parametrize(("label", "day"), [
    ("2021-05-10", dt.date(2021, 5, 10)), ("2021-W19", dt.date(2021, 5, 10)), ("2021-05", dt.date(2021, 5, 1)),
])
def test_charts_period_start(label: str, day: dt.date) -> None:
    assert period_start(label) == day
