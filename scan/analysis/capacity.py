"""Capacity pressure: demand against capacity, waiting lists, waits and their trend.

Conventions
-----------
* ``utilisation = demand / capacity`` per organisation, service and period;
  above 1 means more requests than room. With capacity 0 it is undefined (NA)
  and the row is flagged ``no_capacity`` (when there is demand).
* Aggregates over services or organisations divide *sums*
  (``sum(demand) / sum(capacity)``), so a large service weighs more than a
  small one; waiting lists and vacancies are summed, waits are averaged
  (weighted by demand where known).
* Trends are ordinary least-squares slopes **per period**: periods are
  placed at their start, counted in steps of the shortest period length in
  the series (a quarter for quarterly data), so a missing quarter leaves a
  gap instead of being skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from scan.data.periods import period_frame

#: Measures whose trend is reported.
TREND_MEASURES: tuple[str, ...] = ("utilisation", "waiting_list", "wait_days", "vacancies_fte")


def _num(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype=float)
    return frame[col].astype("Float64").astype(float)


def utilisation(capacity: pd.DataFrame) -> pd.DataFrame:
    """Utilisation per organisation, service and period.

    Parameters
    ----------
    capacity : pandas.DataFrame
        The clean ``capacity`` table.

    Returns
    -------
    pandas.DataFrame
        ``org_id``, ``service``, ``period``, ``period_start``,
        ``period_months``, ``capacity``, ``demand``, ``utilisation``,
        ``overloaded`` (utilisation > 1), ``no_capacity`` (demand without
        capacity), ``waiting_list``, ``wait_days``, ``vacancies_fte``; sorted
        by organisation, service and period start.

    Examples
    --------
    >>> c = pd.DataFrame({"org_id": ["A", "A"], "service": ["x", "x"],
    ...     "period": ["2026-Q2", "2026-Q1"], "capacity": [10.0, 0.0], "demand": [12.0, 3.0]})
    >>> utilisation(c)[["period", "utilisation", "overloaded", "no_capacity"]].values.tolist()
    [['2026-Q1', nan, False, True], ['2026-Q2', 1.2, True, False]]
    """
    cols = [
        "org_id",
        "service",
        "period",
        "period_start",
        "period_months",
        "capacity",
        "demand",
        "utilisation",
        "overloaded",
        "no_capacity",
        "waiting_list",
        "wait_days",
        "vacancies_fte",
    ]
    if capacity is None or len(capacity) == 0:
        return pd.DataFrame({c: pd.Series(dtype=float) for c in cols})
    service = (
        capacity["service"].astype("string")
        if "service" in capacity.columns
        else pd.Series(pd.NA, index=capacity.index, dtype="string")
    )
    out = pd.DataFrame(
        {
            "org_id": capacity["org_id"].astype("string"),
            "service": service,
            "period": capacity["period"].astype("string"),
        }
    )
    out = out.join(period_frame(capacity["period"]))
    out["capacity"] = _num(capacity, "capacity")
    out["demand"] = _num(capacity, "demand")
    with np.errstate(divide="ignore", invalid="ignore"):
        util = out["demand"] / out["capacity"]
    out["utilisation"] = util.where(out["capacity"] > 0)
    out["overloaded"] = (out["utilisation"] > 1).fillna(False).astype(bool)
    out["no_capacity"] = ((out["capacity"] == 0) & (out["demand"] > 0)).fillna(False).astype(bool)
    for c in ("waiting_list", "wait_days", "vacancies_fte"):
        out[c] = _num(capacity, c)
    out = out.sort_values(["org_id", "service", "period_start", "period_months"], kind="stable")
    return out[cols].reset_index(drop=True)


def slope_per_period(starts: pd.Series, values: pd.Series, months: int) -> float:
    """OLS slope of ``values`` per period of ``months`` months, periods placed at their start.

    NaN with fewer than two known points; rounded to 12 decimals.

    Examples
    --------
    >>> starts = pd.Series(pd.to_datetime(["2026-01-01", "2026-04-01", "2026-10-01"]))
    >>> slope_per_period(starts, pd.Series([1.0, 2.0, 4.0]), 3)  # Q1, Q2, (no Q3), Q4
    1.0
    """
    ok = values.notna().to_numpy() & starts.notna().to_numpy()
    if ok.sum() < 2:
        return float("nan")
    s = pd.to_datetime(starts[ok])
    x = ((s.dt.year - s.dt.year.min()) * 12 + s.dt.month).to_numpy(float) / float(months)
    y = values[ok].to_numpy(float)
    x = x - x.mean()
    sxx = float((x * x).sum())
    if sxx == 0:
        return float("nan")
    # rounded so that float noise never reads as a (tiny) trend
    return round(float((x * (y - y.mean())).sum()) / sxx, 12)


def _month_index(starts: pd.Series) -> pd.Series:
    d = pd.to_datetime(starts)
    return (d.dt.year * 12 + d.dt.month - 1).astype(float)


def trends(
    table: pd.DataFrame,
    *,
    by: Sequence[str] = ("org_id", "service"),
    measures: Sequence[str] = TREND_MEASURES,
) -> pd.DataFrame:
    """Trend over periods of each measure, per group (vectorised over groups).

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`utilisation` (or any table with ``period``,
        ``period_start``, ``period_months`` and the measures).
    by : sequence of str
        Grouping columns.
    measures : sequence of str
        Columns whose slope is computed.

    Returns
    -------
    pandas.DataFrame
        The ``by`` columns, ``periods`` (number of distinct periods),
        ``first_period``, ``last_period`` and, per measure, ``<measure>_first``,
        ``<measure>_last`` (first and last known value) and ``<measure>_slope``
        (OLS change per period; the step is the shortest period length in the
        group; NaN with fewer than two known points; rounded to 12 decimals).

    Examples
    --------
    >>> c = pd.DataFrame({"org_id": ["A"] * 3, "service": ["x"] * 3,
    ...     "period": ["2026-Q1", "2026-Q2", "2026-Q3"], "capacity": [10.0] * 3,
    ...     "demand": [8.0, 9.0, 10.0], "waiting_list": [5.0, 7.0, 9.0]})
    >>> t = trends(utilisation(c))
    >>> t[["periods", "utilisation_slope", "waiting_list_slope"]].round(3).values.tolist()
    [[3.0, 0.1, 2.0]]
    """
    by = list(by)
    cols = [*by, "periods", "first_period", "last_period"]
    for m in measures:
        cols += [f"{m}_first", f"{m}_last", f"{m}_slope"]
    if len(table) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    t = table.sort_values([*by, "period_start", "period_months"], kind="stable").copy()
    keys = [t[c].astype(object).where(t[c].notna(), None) for c in by]
    gid = pd.Series(
        pd.MultiIndex.from_arrays(keys).factorize()[0] if len(by) > 1 else keys[0].factorize()[0],
        index=t.index,
    )
    g = t.groupby(gid, sort=False)
    month = _month_index(t["period_start"])
    step = g["period_months"].transform("min").astype(float).fillna(12.0)
    x = (month - month.groupby(gid).transform("min")) / step
    out = g[by].first()
    out["periods"] = g["period"].nunique()
    out["first_period"] = g["period"].first()
    out["last_period"] = g["period"].last()
    for m in measures:
        y = t[m].astype(float)
        known = y.notna()
        xk, yk = x.where(known), y.where(known)
        n = known.groupby(gid).sum()
        sx, sy = xk.groupby(gid).sum(), yk.groupby(gid).sum()
        sxy, sxx = (xk * yk).groupby(gid).sum(), (xk * xk).groupby(gid).sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            den = sxx - sx * sx / n
            slope = ((sxy - sx * sy / n) / den).where((n >= 2) & (den > 1e-12))
        out[f"{m}_first"] = yk.groupby(gid).first()
        out[f"{m}_last"] = yk.groupby(gid).last()
        out[f"{m}_slope"] = slope.round(12)
    return out[cols].reset_index(drop=True)


def _totals(table: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Sums and weighted means per group (shared by the pressure tables)."""
    t = table.copy()
    wait_known = t["wait_days"].notna()
    weight = t["demand"].where(wait_known)
    t["_wx"] = t["wait_days"] * weight
    t["_w"] = weight
    t["_overloaded"] = t["overloaded"].astype(int)
    g = t.groupby(keys, sort=True, dropna=False)
    out = pd.DataFrame(
        {
            "period_start": g["period_start"].first(),
            "period_months": g["period_months"].first(),
            "organisations": g["org_id"].nunique(),
            "services": g["service"].nunique(dropna=False),
            "rows": g.size(),
            "demand": g["demand"].sum(min_count=1),
            "capacity": g["capacity"].sum(min_count=1),
            "overloaded_rows": g["_overloaded"].sum(),
            "waiting_list": g["waiting_list"].sum(min_count=1),
            "vacancies_fte": g["vacancies_fte"].sum(min_count=1),
        }
    )
    wx, w, plain = g["_wx"].sum(min_count=1), g["_w"].sum(min_count=1), g["wait_days"].mean()
    with np.errstate(divide="ignore", invalid="ignore"):
        out["utilisation"] = (out["demand"] / out["capacity"]).where(out["capacity"] > 0)
        out["wait_days"] = (wx / w).where(w > 0, plain)
        out["overloaded_share"] = out["overloaded_rows"] / out["rows"]
    return out.reset_index()


def latest_period(table: pd.DataFrame) -> pd.DataFrame:
    """Per organisation the rows of the latest period it delivered (by start, then shortest).

    Examples
    --------
    >>> c = pd.DataFrame({"org_id": ["A", "A", "B"], "period": ["2026-Q1", "2026-Q2", "2025"],
    ...                   "capacity": [1.0] * 3, "demand": [1.0] * 3})
    >>> latest_period(utilisation(c))[["org_id", "period"]].values.tolist()
    [['A', '2026-Q2'], ['B', '2025']]
    """
    if len(table) == 0:
        return table
    last = (
        table.sort_values(["period_start", "period_months"], ascending=[False, True])
        .drop_duplicates("org_id")[["org_id", "period"]]
        .rename(columns={"period": "_last"})
    )
    merged = table.merge(last, on="org_id", how="inner")
    out = merged[merged["period"] == merged["_last"]].drop(columns="_last")
    return out.sort_values(["org_id", "service"], kind="stable").reset_index(drop=True)


def organisation_pressure(table: pd.DataFrame) -> pd.DataFrame:
    """Pressure per organisation: its latest period over all its services, and the trend.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`utilisation`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``org_id``: ``period`` (the latest), ``services``,
        ``demand``, ``capacity``, ``utilisation`` (sums), ``overloaded_services``,
        ``waiting_list``, ``wait_days``, ``vacancies_fte`` and the per-period
        slopes of the organisation's utilisation, waiting list and wait over
        all its periods: ``utilisation_slope``, ``waiting_list_slope``,
        ``wait_days_slope``.

    Examples
    --------
    >>> c = pd.DataFrame({"org_id": ["A"] * 3, "service": ["x", "y", "x"],
    ...     "period": ["2026-Q2", "2026-Q2", "2026-Q1"], "capacity": [10.0, 10.0, 10.0],
    ...     "demand": [15.0, 5.0, 10.0]})
    >>> p = organisation_pressure(utilisation(c))
    >>> p.loc["A", ["utilisation", "overloaded_services", "utilisation_slope"]].tolist()
    [1.0, 1.0, 0.0]
    """
    cols = [
        "period",
        "services",
        "demand",
        "capacity",
        "utilisation",
        "overloaded_services",
        "waiting_list",
        "wait_days",
        "vacancies_fte",
        "utilisation_slope",
        "waiting_list_slope",
        "wait_days_slope",
    ]
    if len(table) == 0:
        return pd.DataFrame(
            {c: pd.Series(dtype=float) for c in cols}, index=pd.Index([], name="org_id")
        )
    out = _totals(latest_period(table), ["org_id", "period"]).set_index("org_id")
    out = out.rename(columns={"overloaded_rows": "overloaded_services"})
    per_period = period_totals(table, by=("org_id",))
    measures = ("utilisation", "waiting_list", "wait_days")
    tr = trends(per_period, by=("org_id",), measures=measures).set_index("org_id")
    for m in measures:
        out[f"{m}_slope"] = tr[f"{m}_slope"].reindex(out.index).astype(float)
    out.index.name = "org_id"
    return out[cols]


def period_totals(table: pd.DataFrame, *, by: Sequence[str]) -> pd.DataFrame:
    """Sums per group and period (utilisation = sum of demand / sum of capacity).

    Returns
    -------
    pandas.DataFrame
        The ``by`` columns, ``period``, ``period_start``, ``period_months``,
        ``organisations``, ``rows``, ``demand``, ``capacity``, ``utilisation``,
        ``overloaded_rows``, ``overloaded_share`` (share of rows above 1),
        ``waiting_list``, ``wait_days`` (demand-weighted mean where demand is
        known), ``vacancies_fte``.
    """
    by = list(by)
    cols = [
        *by,
        "period",
        "period_start",
        "period_months",
        "organisations",
        "rows",
        "demand",
        "capacity",
        "utilisation",
        "overloaded_rows",
        "overloaded_share",
        "waiting_list",
        "wait_days",
        "vacancies_fte",
    ]
    if len(table) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    out = _totals(table, [*by, "period"])
    out = out.sort_values([*by, "period_start", "period_months"], kind="stable")
    return out[cols].reset_index(drop=True)


def region_pressure(
    table: pd.DataFrame,
    organisations: pd.DataFrame | None = None,
    *,
    by: str = "service",
) -> pd.DataFrame:
    """Pressure of the region per service (or per organisation type) and period.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`utilisation`.
    organisations : pandas.DataFrame, optional
        Needed for ``by="type"`` (or any organisations column).
    by : str
        ``"service"``, or a column of ``organisations`` such as ``"type"``.

    Returns
    -------
    pandas.DataFrame
        One row per group and period, see :func:`period_totals`; a missing
        service is its own group (NA).

    Examples
    --------
    >>> c = pd.DataFrame({"org_id": ["A", "B"], "service": ["x", "x"],
    ...     "period": ["2026", "2026"], "capacity": [10.0, 30.0], "demand": [20.0, 20.0]})
    >>> region_pressure(utilisation(c))[["service", "utilisation", "overloaded_share"]
    ...     ].values.tolist()
    [['x', 1.0, 0.5]]
    """
    t = table
    if by != "service" and by not in t.columns:
        if organisations is None or by not in organisations.columns:
            raise ValueError(f"cannot group capacity by {by!r} without organisations.{by}")
        lookup = organisations.set_index(organisations["org_id"].astype(str))[by]
        t = t.assign(**{by: t["org_id"].astype(str).map(lookup).astype("string")})
    return period_totals(t, by=(by,))
