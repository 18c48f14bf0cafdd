"""Periods as delivered: a year ``2026``, a quarter ``2026-Q1`` or a month ``2026-03``."""

from __future__ import annotations

import re
from typing import Literal

import pandas as pd

Granularity = Literal["year", "quarter", "month"]

_PERIOD = re.compile(r"^\s*(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?\s*$")


def parse_period(period: str) -> tuple[pd.Timestamp, int]:
    """Start and length in months of a period.

    Raises
    ------
    ValueError
        If ``period`` is not a year, quarter or month.

    Examples
    --------
    >>> parse_period("2026-Q2")
    (Timestamp('2026-04-01 00:00:00'), 3)
    >>> parse_period("2026")[1], parse_period("2026-03")[1]
    (12, 1)
    """
    m = _PERIOD.match(str(period))
    if not m:
        raise ValueError(f"not a period: {period!r}")
    year, quarter, month = m.groups()
    if quarter:
        return pd.Timestamp(int(year), 3 * int(quarter) - 2, 1), 3
    if month:
        return pd.Timestamp(int(year), int(month), 1), 1
    return pd.Timestamp(int(year), 1, 1), 12


def period_frame(periods: pd.Series) -> pd.DataFrame:
    """``period_start`` (datetime) and ``period_months`` for a column of periods.

    Examples
    --------
    >>> period_frame(pd.Series(["2026-Q1", "2025"])).values.tolist()
    [[Timestamp('2026-01-01 00:00:00'), 3], [Timestamp('2025-01-01 00:00:00'), 12]]
    """
    uniq = {p: parse_period(p) for p in pd.unique(periods.dropna().astype(str))}
    start = periods.astype("string").map(lambda p: uniq[p][0] if p in uniq else pd.NaT)
    months = periods.astype("string").map(lambda p: uniq[p][1] if p in uniq else pd.NA)
    return pd.DataFrame(
        {
            "period_start": pd.to_datetime(start).astype("datetime64[ns]"),
            "period_months": months.astype("Int64"),
        },
        index=periods.index,
    )


def period_of(dates: pd.Series, granularity: Granularity = "quarter") -> pd.Series:
    """The period a date falls in, as a period string.

    Examples
    --------
    >>> d = pd.Series(pd.to_datetime(["2026-05-31", "2026-12-01"]))
    >>> period_of(d).tolist(), period_of(d, "month").tolist(), period_of(d, "year").tolist()
    (['2026-Q2', '2026-Q4'], ['2026-05', '2026-12'], ['2026', '2026'])
    """
    d = pd.to_datetime(dates)
    year = d.dt.year.astype("Int64").astype("string")
    if granularity == "year":
        out = year
    elif granularity == "quarter":
        out = year + "-Q" + d.dt.quarter.astype("Int64").astype("string")
    elif granularity == "month":
        out = year + "-" + d.dt.month.astype("Int64").astype("string").str.zfill(2)
    else:
        raise ValueError(f"unknown granularity {granularity!r}")
    return out.astype("string")
