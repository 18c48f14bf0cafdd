"""Property-based: odd partner files never crash the run, and every row is accounted for.

The only exception a region's run may raise is :class:`scan.ScanError`, with a
message; anything a partner sends is used, quarantined or listed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scan.data.merge import load_region
from scan.errors import ScanError
from tests.conftest import ORGANISATIONS_CSV, write_xlsx

HEADERS = ["from_org", "to_org", "period", "clients", "median_wait_days", "flow_type", "Extra"]
CELL_TEXT = st.one_of(
    st.sampled_from(
        [
            "ZH01",
            "VVT1",
            "Ziekenhuis Oost",
            "2026-Q1",
            "3",
            "3,5",
            "-1",
            "n.v.t.",
            "",
            " ",
            "x",
            "31-02-2026",
            "1.234,5",
            "ZHO",
            "onbekend",
            '"',
            ";",
            "\t",
        ]
    ),
    st.text(max_size=12),
)
CELL = st.one_of(
    CELL_TEXT,
    st.integers(-5, 10**6),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)),
)
ROWS = st.lists(st.lists(CELL_TEXT, max_size=8), max_size=12)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
DELIMS = st.sampled_from([",", ";", "\t", "|"])


def _account_holds(folder: Path) -> None:
    try:
        data = load_region(folder)
    except ScanError as error:
        assert str(error)
        return
    totals = data.quality.totals
    assert totals["read"] == (
        totals["used"] + totals["quarantined"] + totals["duplicates"] + totals["overruled"]
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=ROWS,
    header=st.permutations(HEADERS),
    delim=DELIMS,
    encoding=ENCODINGS,
    title=st.booleans(),
    raw=st.binary(max_size=200),
)
def test_odd_csv_never_crashes(
    rows: list[list[str]], header: list[str], delim: str, encoding: str, title: bool, raw: bytes
) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "organisations.csv").write_text(ORGANISATIONS_CSV)
        lines = (["Export van partner"] if title else []) + [delim.join(header)]
        lines += [delim.join(r) for r in rows]
        text = "\n".join(lines)
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            data = text.encode("utf-8")
        (folder / "P").mkdir()
        (folder / "P" / "flows.csv").write_bytes(data)
        (folder / "P" / "flows_binary.csv").write_bytes(raw)
        _account_holds(folder)
    finally:
        shutil.rmtree(folder)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(CELL, max_size=8), max_size=10),
    header=st.permutations(HEADERS),
    offset=st.integers(0, 3),
)
def test_odd_xlsx_never_crashes(rows: list[list[object]], header: list[str], offset: int) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "organisations.csv").write_text(ORGANISATIONS_CSV)
        cells: list[list[object]] = [[] for _ in range(offset)] + [list(header)]
        clean = [[None if isinstance(c, float) and c != c else c for c in r] for r in rows]
        cells += clean
        write_xlsx(folder / "P" / "partner.xlsx", {"Flows 2026": cells, "Blad2": clean[:2]})
        _account_holds(folder)
    finally:
        shutil.rmtree(folder)
