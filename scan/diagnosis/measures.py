"""Per-organisation measures for ``findings.json``: what the report shows per organisation.

One entry per organisation of the region, with a block per data source: from
the network survey (``ties``) the nominations, the brokerage and the ratings
received (each with its number of raters), and from the client flows
(``flows`` or ``episodes``) the in- and out-strength, the share of the region
and the largest dependency. Advisers export these to check the ranking against
what participants themselves say.

Unknown is never 0: a block is None when its table was not delivered, a
measure is None when the organisation gave nothing to measure it by (an
out-degree without an answered survey, flows for an organisation in no flow
row or, from episodes, without an episode), and a rating from fewer raters
than ``caps.min_trust_raters`` (3) is None. Counts of clients are
:class:`~scan.diagnosis.evidence.Count`, so they are suppressed where they are
written; a share that would give a suppressed count away is None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from scan.diagnosis.evidence import count, is_missing, known_count, num
from scan.diagnosis.model import DiagnosisParams

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis


def _int(value: Any) -> int | None:
    return None if is_missing(value) else int(value)


def _rating(row: pd.Series, key: str, min_raters: int) -> dict[str, Any]:
    raters = _int(row.get(f"{key}_raters")) or 0
    value = num(row.get(f"{key}_received")) if raters >= min_raters else None
    return {"value": value, "raters": raters}


def _small(value: float, threshold: int) -> bool:
    return 0 < value < threshold


def ties_block(row: pd.Series, p: DiagnosisParams) -> dict[str, Any]:
    """The network survey's measures of one organisation (a row of its organisation table).

    Examples
    --------
    >>> row = pd.Series({"in_degree": 4, "out_degree": pd.NA, "betweenness": 0.25,
    ...     "brokerage": 3, "trust_received": 3.5, "trust_raters": 4,
    ...     "value_received": 2.0, "value_raters": 2})
    >>> b = ties_block(row, DiagnosisParams())
    >>> b["out_degree"], b["trust_received"], b["value_received"]
    (None, {'value': 3.5, 'raters': 4}, {'value': None, 'raters': 2})
    """
    min_raters = p.caps.min_trust_raters
    return {
        "source": "ties",
        "in_degree": _int(row.get("in_degree")),
        "out_degree": _int(row.get("out_degree")),
        "betweenness": num(row.get("betweenness")),
        "brokerage": _int(row.get("brokerage")),
        "trust_received": _rating(row, "trust", min_raters),
        "value_received": _rating(row, "value", min_raters),
    }


def flows_block(row: pd.Series | None, source: str, p: DiagnosisParams) -> dict[str, Any]:
    """The flow network's measures of one organisation (a row of ``dependencies.measures``).

    ``row`` is None for an organisation in no flow row: its flows are unknown;
    a direction the flows do not observe (NaN) is unknown too.

    Examples
    --------
    >>> row = pd.Series({"in_strength": 3.0, "out_strength": 40.0, "share_of_region": 0.01,
    ...     "largest_destination": "H", "largest_share": 0.75, "largest_clients": 30.0})
    >>> b = flows_block(row, "flows", DiagnosisParams())
    >>> b["in_strength"], b["share_of_region"], b["largest_dependency"]["to_org"]
    (Count(n=3), None, 'H')
    """
    if row is None:
        return {
            "source": source,
            "in_strength": None,
            "out_strength": None,
            "share_of_region": None,
            "largest_dependency": None,
        }
    threshold = p.suppression_threshold
    inflow = row["in_strength"]
    small = is_missing(inflow) or _small(float(inflow), threshold)
    largest = None
    if not is_missing(row.get("largest_destination")):
        clients = float(row["largest_clients"])
        largest = {
            "to_org": str(row["largest_destination"]),
            "clients": count(clients),
            # the share and a suppressed count would give the count away
            "share": None if _small(clients, threshold) else num(row["largest_share"]),
        }
    return {
        "source": source,
        "in_strength": known_count(inflow),
        "out_strength": known_count(row["out_strength"]),
        "share_of_region": None if small else num(row["share_of_region"]),
        "largest_dependency": largest,
    }


def organisation_measures(
    analysis: Analysis, names: dict[str, str], p: DiagnosisParams
) -> tuple[dict[str, Any], ...]:
    """Every organisation's measures, one plain entry each, in the region's order.

    Returns
    -------
    tuple of dict
        ``org_id``, ``name``, ``ties`` (None without a network survey) and
        ``flows`` (None without flows or episodes; a measure is None where the
        flows do not observe it, :func:`scan.analysis.flownet.observed`); see
        ``docs/findings.md``.
    """
    net = analysis.network
    dep = analysis.dependencies
    ties = net.organisations if net is not None else None
    flows = dep.measures if dep is not None else None
    out = []
    for org in analysis.organisations.index.astype(str):
        entry: dict[str, Any] = {"org_id": org, "name": names.get(org, org)}
        entry["ties"] = (
            ties_block(ties.loc[org], p) if ties is not None and org in ties.index else None
        )
        if dep is None or flows is None:
            entry["flows"] = None
        else:
            row = flows.loc[org] if org in flows.index else None
            entry["flows"] = flows_block(row, dep.source, p)
        out.append(entry)
    return tuple(out)


__all__ = ["flows_block", "organisation_measures", "ties_block"]
