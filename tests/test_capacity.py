"""Capacity pressure: utilisation, trends per period, organisation and region pressure."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from scan.analysis import capacity as cap
from scan.data.periods import parse_period, period_of
from tests.analysis_builders import organisations_for, table


def _cap(rows: list[dict[str, object]]) -> pd.DataFrame:
    return table("capacity", rows)


def test_utilisation_hand_computed() -> None:
    c = _cap(
        [
            {"org_id": "A", "service": "x", "period": "2026-Q1", "capacity": 20, "demand": 25},
            {"org_id": "A", "service": "y", "period": "2026-Q1", "capacity": 10, "demand": 5},
            {"org_id": "B", "service": "x", "period": "2026-Q1", "capacity": 0, "demand": 3},
        ]
    )
    u = cap.utilisation(c).set_index(["org_id", "service"])
    assert u.loc[("A", "x"), "utilisation"] == pytest.approx(1.25)
    assert bool(u.loc[("A", "x"), "overloaded"])
    assert u.loc[("A", "y"), "utilisation"] == pytest.approx(0.5)
    assert math.isnan(u.loc[("B", "x"), "utilisation"])
    assert bool(u.loc[("B", "x"), "no_capacity"])
    p = cap.organisation_pressure(cap.utilisation(c))
    assert p.loc["A", "utilisation"] == pytest.approx(30 / 30)  # sums, not mean of ratios
    assert p.loc["A", "overloaded_services"] == 1


def test_trend_slope_per_period_sorted_by_start() -> None:
    # delivered out of order, with a missing Q3: utilisation 0.8, 0.9, -, 1.1 → +0.1 per quarter
    c = _cap(
        [
            {
                "org_id": "A",
                "service": "x",
                "period": "2026-Q4",
                "capacity": 10,
                "demand": 11,
                "waiting_list": 40,
                "wait_days": 30,
            },
            {
                "org_id": "A",
                "service": "x",
                "period": "2026-Q1",
                "capacity": 10,
                "demand": 8,
                "waiting_list": 10,
                "wait_days": 30,
            },
            {
                "org_id": "A",
                "service": "x",
                "period": "2026-Q2",
                "capacity": 10,
                "demand": 9,
                "waiting_list": 20,
                "wait_days": 30,
            },
        ]
    )
    t = cap.trends(cap.utilisation(c)).iloc[0]
    assert t["utilisation_slope"] == pytest.approx(0.1)
    assert t["waiting_list_slope"] == pytest.approx(10.0)
    assert t["wait_days_slope"] == pytest.approx(0.0)
    assert t["first_period"] == "2026-Q1" and t["last_period"] == "2026-Q4"
    assert t["utilisation_first"] == pytest.approx(0.8)
    assert t["utilisation_last"] == pytest.approx(1.1)
    assert t["periods"] == 3


def test_monthly_slope_is_per_month_and_single_point_has_none() -> None:
    c = _cap(
        [
            {"org_id": "A", "service": "x", "period": "2026-01", "capacity": 10, "demand": 10},
            {"org_id": "A", "service": "x", "period": "2026-02", "capacity": 10, "demand": 12},
            {"org_id": "B", "service": "x", "period": "2026", "capacity": 10, "demand": 12},
        ]
    )
    t = cap.trends(cap.utilisation(c)).set_index("org_id")
    assert t.loc["A", "utilisation_slope"] == pytest.approx(0.2)
    assert math.isnan(t.loc["B", "utilisation_slope"])


def test_latest_period_and_organisation_trend() -> None:
    c = _cap(
        [
            {
                "org_id": "A",
                "service": "x",
                "period": "2025",
                "capacity": 10,
                "demand": 5,
                "vacancies_fte": 1.0,
            },
            {
                "org_id": "A",
                "service": "x",
                "period": "2026",
                "capacity": 10,
                "demand": 15,
                "vacancies_fte": 2.5,
            },
        ]
    )
    p = cap.organisation_pressure(cap.utilisation(c)).loc["A"]
    assert p["period"] == "2026"
    assert p["utilisation"] == pytest.approx(1.5)
    assert p["vacancies_fte"] == pytest.approx(2.5)
    assert p["utilisation_slope"] == pytest.approx(1.0)


def test_region_pressure_per_service_and_org_type() -> None:
    c = _cap(
        [
            {
                "org_id": "A",
                "service": "x",
                "period": "2026",
                "capacity": 10,
                "demand": 20,
                "waiting_list": 5,
            },
            {
                "org_id": "B",
                "service": "x",
                "period": "2026",
                "capacity": 30,
                "demand": 20,
                "waiting_list": 7,
            },
            {"org_id": "B", "service": "y", "period": "2026", "capacity": 10, "demand": 5},
        ]
    )
    u = cap.utilisation(c)
    by_service = cap.region_pressure(u).set_index("service")
    assert by_service.loc["x", "utilisation"] == pytest.approx(40 / 40)
    assert by_service.loc["x", "overloaded_share"] == pytest.approx(0.5)
    assert by_service.loc["x", "waiting_list"] == pytest.approx(12)
    assert by_service.loc["x", "organisations"] == 2
    orgs = organisations_for(["A", "B"], {"A": "vvt", "B": "ziekenhuis"})
    by_type = cap.region_pressure(u, orgs, by="type").set_index("type")
    assert by_type.loc["ziekenhuis", "utilisation"] == pytest.approx(25 / 40)
    with pytest.raises(ValueError):
        cap.region_pressure(u, by="type")


def test_periods() -> None:
    assert parse_period("2026-Q3") == (pd.Timestamp("2026-07-01"), 3)
    assert parse_period("2026-11") == (pd.Timestamp("2026-11-01"), 1)
    with pytest.raises(ValueError):
        parse_period("2026-Q5")
    d = pd.Series(pd.to_datetime(["2026-03-31"]))
    assert period_of(d).tolist() == ["2026-Q1"]


def test_empty_capacity() -> None:
    assert len(cap.utilisation(_cap([]))) == 0
    assert len(cap.organisation_pressure(cap.utilisation(_cap([])))) == 0
