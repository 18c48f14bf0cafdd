"""Judgements the report states besides the findings: low trust, dependence, known structure.

All are rules of the diagnosis, with their thresholds in
:class:`~scan.diagnosis.model.DiagnosisParams` (``low_trust``,
``depends_on_share``, ``hub_share``) and explained in ``docs/findings.md``; the
report only words them.

Examples
--------
>>> import pandas as pd
>>> orgs = pd.DataFrame({"trust_received": [2.0, 2.0, 3.5], "trust_raters": [4, 2, 5]},
...                     index=["A", "B", "C"])
>>> low_trust(orgs, DiagnosisParams())
['A']
>>> shares = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["C", "C"],
...                        "share_of_outflow": [0.8, 0.6], "clients": [40, 3]})
>>> depends_on(shares, DiagnosisParams()).from_org.tolist()
['A']
>>> flows = pd.DataFrame({"from_org": ["C", "C"], "to_org": ["A", "B"], "clients": [30.0, 9.0],
...                       "trust_received": [2.0, 2.0], "trust_raters": [4, 2]})
>>> low_trust_flows(flows, DiagnosisParams()).to_org.tolist()
['A']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from scan.analysis.flownet import dependent_pairs, hubs, single_points
from scan.diagnosis.evidence import num
from scan.diagnosis.model import DiagnosisParams


def low_trust(organisations: pd.DataFrame, params: DiagnosisParams) -> list[str]:
    """Organisations whose trust received is low, rated by enough partners.

    Parameters
    ----------
    organisations : DataFrame
        Indexed by ``org_id``, with ``trust_received`` (1-4) and ``trust_raters``
        (:func:`scan.analysis.network.organisation_table`).
    params : DiagnosisParams
        ``low_trust`` and ``caps.min_trust_raters``.
    """
    enough = organisations["trust_raters"] >= params.caps.min_trust_raters
    low = organisations["trust_received"] < params.low_trust
    return [str(o) for o in organisations.index[enough & low]]


def low_trust_flows(flows: pd.DataFrame, params: DiagnosisParams) -> pd.DataFrame:
    """The flows that send clients to an organisation judged low-trust (:func:`low_trust`).

    A receiver rated by fewer than ``caps.min_trust_raters`` partners is not
    judged: its flows are not listed, whatever its rating.

    Parameters
    ----------
    flows : DataFrame
        ``from_org``, ``to_org``, ``clients`` and the receiver's
        ``trust_received`` and ``trust_raters``
        (:func:`scan.analysis.saiddone.flows_with_trust`).
    params : DiagnosisParams
        ``low_trust`` and ``caps.min_trust_raters``.
    """
    receivers = flows.drop_duplicates("to_org").set_index("to_org")
    return flows[flows["to_org"].isin(low_trust(receivers, params))]


def structure_known(scores: Mapping[str, Any], params: DiagnosisParams) -> bool:
    """Whether enough organisations answered the network survey to say who holds it together.

    Below ``params.min_structural_response`` (the low-confidence band, 65 %) the
    network yields no structural judgement: no broker, no articulation point,
    nobody cut off. With one respondent out of nine the "hub" is only the one
    who answered.

    Parameters
    ----------
    scores : mapping
        The network's scores (:func:`scan.analysis.network.network_scores`),
        with ``response_rate``; empty or None when there is no network survey.
    params : DiagnosisParams

    Examples
    --------
    >>> structure_known({"response_rate": 0.7}, DiagnosisParams())
    True
    >>> p = DiagnosisParams()
    >>> structure_known({"response_rate": 1 / 9}, p), structure_known({}, p)
    (False, False)
    """
    rate = num((scores or {}).get("response_rate"))
    return rate is not None and rate >= params.min_structural_response - 1e-12


def depends_on(shares: pd.DataFrame, params: DiagnosisParams) -> pd.DataFrame:
    """Sender → receiver pairs where the sender sends most of its clients to the receiver.

    The rule is :func:`scan.analysis.flownet.dependent_pairs`, with this
    scan's thresholds.

    Parameters
    ----------
    shares : DataFrame
        One row per pair: ``from_org``, ``to_org``, ``share_of_outflow``,
        ``clients`` (:func:`scan.analysis.dependencies.dependency_shares`), in
        the order to show them.
    params : DiagnosisParams
        ``depends_on_share``; pairs with fewer clients than the volume floor
        (:attr:`DiagnosisParams.flow_floor`) are left out (too few to say).
    """
    return dependent_pairs(shares, min_share=params.depends_on_share, min_clients=params.flow_floor)


def single_points_of_dependency(shares: pd.DataFrame, params: DiagnosisParams) -> pd.DataFrame:
    """Receivers that senders depend on (:func:`depends_on`), most dependants first.

    See :func:`scan.analysis.flownet.single_points`.

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "B", "C"], "to_org": ["H", "H", "H"],
    ...                   "share_of_outflow": [0.9, 0.6, 0.7], "clients": [20, 30, 6]})
    >>> single_points_of_dependency(s, DiagnosisParams())["senders"].tolist()
    [('B', 'A')]
    """
    return single_points(shares, min_share=params.depends_on_share, min_clients=params.flow_floor)


def flow_hub(measures: pd.DataFrame, params: DiagnosisParams) -> str | None:
    """The organisation the flows converge on, when there is one; else None.

    The organisation with the largest in-strength is a hub when it receives
    at least the volume floor (:attr:`DiagnosisParams.flow_floor`: one client
    never makes a hub), at least ``hub_share`` of all clients that move
    between organisations, and at least ``hub_min_organisations``
    organisations take part in the flows (with two, the one receiver
    trivially gets everything).

    Parameters
    ----------
    measures : DataFrame
        :func:`scan.analysis.flownet.flow_measures` (``analysis.dependencies.measures``).
    params : DiagnosisParams

    Examples
    --------
    >>> m = pd.DataFrame({"in_strength": [40.0, 10.0, 0.0], "out_strength": [0.0, 20.0, 30.0],
    ...                   "share_of_region": [0.8, 0.2, 0.0]}, index=["H", "A", "B"])
    >>> flow_hub(m, DiagnosisParams()), flow_hub(m, DiagnosisParams(hub_share=0.9))
    ('H', None)
    """
    if measures is None or measures.empty:
        return None
    active = measures[(measures["in_strength"] > 0) | (measures["out_strength"] > 0)]
    top = hubs(active, min_clients=params.flow_floor).head(1)
    if top.empty or len(active) < params.hub_min_organisations:
        return None
    share = num(top["share_of_region"].iloc[0])
    if share is None or share < params.hub_share - 1e-12:
        return None
    return str(top.index[0])


__all__ = [
    "depends_on",
    "flow_hub",
    "low_trust",
    "low_trust_flows",
    "single_points_of_dependency",
    "structure_known",
]
