"""Tests for dates/dateline.py: the date of a wire-story dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventmill.dates.dateline import (
    dateline,
    dateline_credit,
    dateline_end,
    dateline_place,
)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("SAN MIGUEL, 3 JAN 90 -- [REPORT] TROOPS CLASHED.", None, dt.date(1990, 1, 3)),
        ("QUITO, 12 Mar 89 (WIRE) -- Officials said.", None, dt.date(1989, 3, 12)),
        ("RADIO FREE, 8 JAN 90 (STATION NAME)-- A BULLETIN.", None, dt.date(1990, 1, 8)),
        ("OTTAWA, March 3 (Agency) - Ministers met.", dt.date(2021, 3, 4), dt.date(2021, 3, 3)),
        ("OTTAWA, March 3, 2020 — Ministers met.", None, dt.date(2020, 3, 3)),
        ("  PORT OF SPAIN, 5 FEB 91 -- TEXT.", None, dt.date(1991, 2, 5)),
    ],
)
def test_dateline_reads_the_opening_date(text: str, anchor: dt.date | None, expected: dt.date) -> None:
    assert dateline(text, anchor=anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("OTTAWA, March 3 (Agency) - Ministers met.", None),
        ("Ministers met on 3 March 2021 -- and then left.", None),
        ("OTTAWA, in March 2021 - Ministers met.", None),
        ("The army said on Monday that it had withdrawn.", dt.date(2021, 3, 4)),
        ("HARBOUR CITY (Wire) - Ministers met.", dt.date(2021, 3, 4)),  # a place, no day
        ("", None),
    ],
)
def test_dateline_absent_or_incomplete_is_none(text: str, anchor: dt.date | None) -> None:
    assert dateline(text, anchor=anchor) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PORT-OF-CALL (ISLAND), 19 APR 90 (RADIO NETWORK) -- A DELEGATION.", dt.date(1990, 4, 19)),
        ("HARBOUR CITY, 27 APR 90 [STATE TELEVISION) -- [SPEECH] THE PRESIDENT.", dt.date(1990, 4, 27)),
        ("COAST TOWN (REGION), JUNE 11 89 (AGENCY) -- SECURITY WAS TIGHT.", dt.date(1989, 6, 11)),
        ("RIVER CITY, 17 NOV 89 (PRESS AGENCY [PA]) -- [TEXT] THE PARTY.", dt.date(1989, 11, 17)),
    ],
)
def test_dateline_tolerates_hyphenated_places_and_odd_brackets(text: str, expected: dt.date) -> None:
    assert dateline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAN MIGUEL, 3 JAN 90 -- [REPORT] TROOPS CLASHED.", "SAN MIGUEL"),
        ("QUITO, 12 Mar 89 (WIRE) -- Officials said.", "QUITO"),
        ("OTTAWA, March 3 (Agency) - Ministers met.", "OTTAWA"),
        ("MANAGUA (NICARAGUA), 9 FEB 90 -- A BULLETIN.", "MANAGUA, NICARAGUA"),
        ("Paris, France and Spain signed a treaty.", None),
        ("Officials met on 3 January.", None),
        # undated: a place in capitals, then the agency or a long dash
        ("HARBOUR CITY (Wire) - Police dispersed a crowd.", "HARBOUR CITY"),
        ("RIVERTON, Freedonia (AP) — Troops withdrew.", "RIVERTON, Freedonia"),
        ("RIVERTON, Republic of the Lakes (Wire) - Troops withdrew.", "RIVERTON, Republic of the Lakes"),
        ("RIVERTON — Troops withdrew.", "RIVERTON"),
        ("RIVERTON/LAKESIDE (Wire) — Troops withdrew.", None),  # filed from two places
        ("RIVERTON/LAKESIDE, March 3 (Wire) - Troops withdrew.", None),
        ("RIVERTON, NO DATE (RADIO NETWORK) -- [TEXT] TROOPS.", "RIVERTON"),
        ("NO CITY, NO DATE (WIRE) -- [TEXT] TROOPS.", None),
        ("US - China talks resumed.", None),
        ("THE ARMY -- AND ONLY THE ARMY -- FIRED.", None),
    ],
)
def test_dateline_place(text: str, expected: str | None) -> None:
    assert dateline_place(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("WASHINGTON, March 3 (Reuters) - The talks began.", len("WASHINGTON, March 3 (Reuters) -")),
    ("SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY", len("SAN SALVADOR, 3 JAN 90 --")),
    ("Washington, the capital, saw talks on March 3.", None),
    ("HARBOUR CITY (Wire) - Police dispersed a crowd.", len("HARBOUR CITY (Wire) -")),
    ("RIVERTON/LAKE CITY (Wire) - Police dispersed a crowd.", len("RIVERTON/LAKE CITY (Wire) -")),
])
def test_dateline_end_is_after_the_dash(text: str, expected: int | None) -> None:
    assert dateline_end(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PORT-AU-PRINCE, March 12 (AP) - Gangs", "(AP)"),
    ("LIMA, 12 Mar 89 (ACAN-EFE) -- [TEXT]", "(ACAN-EFE)"),
    ("MANAGUA (NICARAGUA), 9 FEB 90 -- A BULLETIN.", None),  # the bracket qualifies the place
    ("Police (and soldiers) said on March 3 - nothing.", None),
    ("HARBOUR CITY (Wire) - Police dispersed a crowd.", "(Wire)"),
])
def test_dateline_credit_is_the_agency(text: str, expected: str | None) -> None:
    credit = dateline_credit(text)
    assert (text[credit[0]:credit[1]] if credit else None) == expected
