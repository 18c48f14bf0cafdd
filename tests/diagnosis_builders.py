"""Tiny hand-made regions for the diagnosis tests (bottlenecks, quick wins, findings).

Rows are written as short calls (``tie("A", "B")``, ``flow("A", "B", 40)``) and
turned into a :class:`scan.data.model.ScanData` by :func:`tests.analysis_builders.scan_data`,
so the tests do not depend on the ingest code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from scan.analysis.analyse import Analysis, AnalysisParams, analyse
from scan.data.model import ScanData
from tests.analysis_builders import scan_data

Row = dict[str, Any]

#: Fewer bootstrap draws than the default: the tests need the interval, not its fourth digit.
FAST = AnalysisParams(n_boot=300)


def tie(
    a: str,
    b: str,
    frequency: str = "weekly",
    trust: float | None = 3.0,
    value: float | None = 3.0,
) -> Row:
    """A ties row: ``a`` names ``b`` with the same score on every trust/value item."""
    return {
        "respondent_org": a,
        "partner_org": b,
        "frequency": frequency,
        "trust_reliable": trust,
        "trust_mission": trust,
        "trust_open": trust,
        "value_power": value,
        "value_involvement": value,
        "value_resources": value,
    }


def both(a: str, b: str, **kw: Any) -> list[Row]:
    """Ties both ways."""
    return [tie(a, b, **kw), tie(b, a, **kw)]


def flow(
    a: str,
    b: str,
    clients: int,
    period: str = "2026",
    wait: float | None = None,
    flow_type: str = "referral",
) -> Row:
    """A flows row."""
    return {
        "from_org": a,
        "to_org": b,
        "period": period,
        "clients": clients,
        "median_wait_days": wait,
        "flow_type": flow_type,
    }


def cap(
    org: str,
    service: str,
    period: str,
    capacity: float,
    demand: float,
    waiting_list: float | None = None,
    wait_days: float | None = None,
    vacancies: float | None = None,
) -> Row:
    """A capacity row."""
    return {
        "org_id": org,
        "service": service,
        "period": period,
        "capacity": capacity,
        "demand": demand,
        "waiting_list": waiting_list,
        "wait_days": wait_days,
        "vacancies_fte": vacancies,
    }


def respondents(org: str, layer: str, score: float, n: int, start: int = 0) -> list[Row]:
    """``n`` survey respondents of ``org`` in ``layer`` answering ``score`` on every item."""
    dims = ("ambition", "trust", "governance", "leadership", "finance", "capacity", "perseverance")
    return [
        {
            "respondent_id": f"{org}-{layer}-{start + i}",
            "org_id": org,
            "layer": layer,
            **{f"{d}_1": score for d in dims},
        }
        for i in range(n)
    ]


def region(
    *,
    orgs: Mapping[str, str] | None = None,
    ties: Iterable[Row] = (),
    flows: Iterable[Row] = (),
    capacity: Iterable[Row] = (),
    survey: Iterable[Row] = (),
    initiatives: Iterable[Row] = (),
    episodes: Iterable[Row] = (),
) -> ScanData:
    """A ScanData; ``orgs`` maps org_id → type (name "Org <id>")."""
    organisations = None
    if orgs is not None:
        organisations = [
            {"org_id": o, "name": f"Org {o}", "type": t} for o, t in sorted(orgs.items())
        ]
    return scan_data(
        organisations=organisations,
        ties=list(ties),
        flows=list(flows),
        capacity=list(capacity),
        survey=list(survey),
        initiatives=list(initiatives),
        episodes=list(episodes),
    )


def analysed(data: ScanData, params: AnalysisParams = FAST) -> Analysis:
    """The analysis of a test region."""
    return analyse(data, params)
