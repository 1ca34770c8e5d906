"""Charts of a Series as a PNG and as one self-contained HTML page (the PNG inlined, plus its table).

matplotlib draws on a real date axis, so gaps in time stay visible and a corpus that spans
decades is not squeezed into evenly spaced bars. The HTML page loads nothing: the image is
embedded as base64 and the numbers are in a table beside it, for readers who need exact values.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to files only; never open a window
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

from eventmill.analytics.series import Series

OTHER = "other"
# tab10 without its grey, which is kept for "other" so the remainder never looks like a key.
_PALETTE = [plt.get_cmap("tab10")(index) for index in range(10) if index != 7]
OTHER_COLOUR = "#c7c7c7"
_BAR_DAYS = {"day": 0.8, "week": 5.6, "month": 24.0}


def stacked_counts(series: Series, *, top: int) -> dict[str, dict[str, int]]:
    """Events per key and period for the `top` keys; the rest summed under "other"."""
    keep = series.keys()[:top]
    table: dict[str, dict[str, int]] = {key: {} for key in keep}
    for bucket in series.buckets:
        key = bucket.key if bucket.key in keep else OTHER
        row = table.setdefault(key, {})
        row[bucket.period] = row.get(bucket.period, 0) + bucket.events
    return table


def render_png(series: Series, *, title: str, top: int = 8) -> bytes:
    """The series as a stacked bar chart of events per period, one colour per key."""
    table = stacked_counts(series, top=top)
    periods = series.periods()
    starts = [float(mdates.date2num(period_start(p))) for p in periods]  # type: ignore[no-untyped-call]
    figure, axes = plt.subplots(figsize=(11, 5.5), dpi=110)
    bottom = [0] * len(periods)
    for index, (key, row) in enumerate(table.items()):
        heights = [row.get(p, 0) for p in periods]
        colour = OTHER_COLOUR if key == OTHER else _PALETTE[index % len(_PALETTE)]
        axes.bar(starts, heights, bottom=bottom, width=_BAR_DAYS[series.period], label=key,
                 color=colour, align="edge")
        bottom = [b + h for b, h in zip(bottom, heights)]
    axes.set_title(title)
    axes.set_ylabel(f"events per {series.period}")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    dates = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(dates)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(dates))  # type: ignore[no-untyped-call]
    axes.grid(axis="y", alpha=0.3)
    axes.legend(title=series.by, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    if series.unplaced:
        figure.text(0.01, 0.01, f"{series.unplaced} events with no date precise enough for a {series.period} "
                                "are not shown", fontsize=8, color="dimgray")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return buffer.getvalue()


def render_html(series: Series, png: bytes, *, title: str, top: int = 8) -> str:
    """A standalone page: the chart inlined as base64 and a table of the counts it draws."""
    table = stacked_counts(series, top=top)
    keys = list(table)
    header = "".join(f"<th>{html.escape(k)}</th>" for k in [series.period, *keys, "total"])
    rows = []
    for period in series.periods():
        counts = [table[k].get(period, 0) for k in keys]
        cells = "".join(f"<td>{n}</td>" for n in [*counts, sum(counts)])
        rows.append(f"<tr><th>{html.escape(period)}</th>{cells}</tr>")
    note = (f"<p>{series.unplaced} events had no date precise enough for a {series.period} and are not counted.</p>"
            if series.unplaced else "")
    image = base64.b64encode(png).decode("ascii")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>"
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}img{max-width:100%}"
        "</style></head><body>"
        f"<h1>{html.escape(title)}</h1><img alt=\"{html.escape(title)}\" src=\"data:image/png;base64,{image}\">"
        f"{note}<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</body></html>\n"
    )


def write_chart(series: Series, stem: Path, *, title: str, top: int = 8) -> tuple[Path, Path]:
    """Write `stem`.png and `stem`.html; returns their paths."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    png = render_png(series, title=title, top=top)
    png_path, html_path = stem.with_suffix(".png"), stem.with_suffix(".html")
    png_path.write_bytes(png)
    html_path.write_text(render_html(series, png, title=title, top=top), encoding="utf-8")
    return png_path, html_path


def period_start(label: str) -> dt.date:
    """The first day of a "2024-03-10", "2024-W10" or "2024-03" period label."""
    if "-W" in label:
        year, week = label.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    if len(label) == 7:
        return dt.date.fromisoformat(label + "-01")
    return dt.date.fromisoformat(label)
