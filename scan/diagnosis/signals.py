"""Judgements the report states besides the findings: low trust, dependence, known structure.

Both are rules of the diagnosis, with their thresholds in
:class:`~scan.diagnosis.model.DiagnosisParams` (``low_trust``,
``depends_on_share``) and explained in ``docs/findings.md``; the report only
words them.

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

    Parameters
    ----------
    shares : DataFrame
        One row per pair: ``from_org``, ``to_org``, ``share_of_outflow``,
        ``clients`` (:func:`scan.analysis.dependencies.shares`), in the
        order to show them.
    params : DiagnosisParams
        ``depends_on_share``; pairs with fewer clients than
        ``suppression_threshold`` are left out (too few to say).
    """
    keep = (shares["share_of_outflow"] >= params.depends_on_share) & (
        shares["clients"] >= params.suppression_threshold
    )
    return shares[keep]


__all__ = ["depends_on", "low_trust", "low_trust_flows", "structure_known"]
