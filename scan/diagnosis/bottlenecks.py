"""Bottlenecks: where the region's flow of care is held up ("the slowest partner sets the pace").

An organisation is a bottleneck when it is **structurally critical** (much of
the flow runs through it, its senders have no alternative) **and** under
**pressure** (more demand than capacity, long or growing waits, vacancies)
and/or the relations around it are **strained** (low trust, one-sided ties).

The score
---------
Every factor is a number from 0 to 1 (:data:`FACTORS`, normalised by
:func:`scan.diagnosis.evidence.capped` with the explicit bounds of :class:`Caps`); the
score is the weighted sum of the known factors, with the weights of
:class:`BottleneckWeights` (scaled to sum to 1). The contribution of a factor
is its weight times its value, so the contributions add up to the score and
the report can say *why*. A factor without data is *unknown* (NaN), never 0:
it contributes nothing known, its weight is reported as ``unknown_weight``,
the stability check fills it in with plausible values, and a critical
organisation whose pressure is unknown is still listed
(:func:`scan.diagnosis.findings.listing`). Flow factors have a volume floor
(``Caps.min_flow_clients``) and per-period figures are put on one period
(``Caps.period_months``, a quarter) before they are capped.

=====================  ===========  ===============================================
factor                 group        value (0-1)
=====================  ===========  ===============================================
flow_share             criticality  share of the region's transfers it sends or
                                    receives, square root, 0 → 0, 50 % → 1
flow_betweenness       criticality  share of the routes between organisations
                                    that run through it (:func:`route_share`),
                                    0 → 0, 50 % → 1
articulation_point     criticality  1 when the collaboration network falls apart
                                    without it
few_alternatives       criticality  how much its senders depend on it (inflow-
                                    weighted share of their outflow sent here) ×
                                    the part of its demand similar organisations
                                    could *not* take over
utilisation            pressure     worst service's demand / capacity, 1.0 → 0,
                                    1.5 → 1
waiting                pressure     mean of wait (0 → 0, 60 days → 1) and waiting
                                    list per quarterly place (0 → 0, 0.25 → 1)
trend                  pressure     mean of the per-quarter growth of utilisation
                                    (0.05 → 1), waiting list per place (0.05 → 1)
                                    and wait (5 days → 1); falling counts 0
vacancies              pressure     vacancies / FTE (5 % → 1), or 10 FTE → 1 when
                                    the size is unknown
low_trust              strain       trust received, 3.0 or more → 0, 1.5 or less
                                    → 1 (needs ``min_trust_raters`` raters)
one_sided              strain       share of its ties that are one-sided (not named
                                    back or rated much lower), above the region's
                                    median: 0 → 0, 30 points more → 1
=====================  ===========  ===============================================

Transitions (A → B) are scored the same way with :data:`TRANSITION_FACTORS`:
volume, wait compared with other transfers of the same kind, a growing wait,
pressure at the receiver and the low trust its partners give it (the
receiver's own ``low_trust``: the two partners' ratings of each other are two
raters, fewer than :data:`scan.disclosure.MIN_RATERS`, and are never used).

Stability (:func:`stability`) redraws the weights from a Dirichlet
distribution centred on the defaults (seeded), fills in the unknown factors
with plausible values, recomputes the factors on resampled respondents and
client counts (:mod:`scan.diagnosis.resampling`), shares places between equal
scores, and reports how often each organisation stays in the top 3 and how
well the rankings agree (Spearman).
Resilience (:func:`resilience`) asks what happens when an organisation drops
out or closes its intake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, ClassVar, Literal, Self

import networkx as nx
import numpy as np
import pandas as pd

from scan.analysis.capacity import latest_period
from scan.analysis.network import split_without
from scan.data.periods import period_frame
from scan.diagnosis.evidence import capped
from scan.disclosure import SUPPRESSION_THRESHOLD, at_cap

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis

#: Factor → group, in the order they are shown.
FACTORS: dict[str, str] = {
    "flow_share": "criticality",
    "flow_betweenness": "criticality",
    "articulation_point": "criticality",
    "few_alternatives": "criticality",
    "utilisation": "pressure",
    "waiting": "pressure",
    "trend": "pressure",
    "vacancies": "pressure",
    "low_trust": "strain",
    "one_sided": "strain",
}
GROUPS: tuple[str, ...] = ("criticality", "pressure", "strain")

#: Transition factor → group.
TRANSITION_FACTORS: dict[str, str] = {
    "volume": "criticality",
    "wait": "pressure",
    "wait_trend": "pressure",
    "receiver_pressure": "pressure",
    "low_trust": "strain",
}

StabilityLabel = Literal[
    "robust",
    "depends_on_weighting",
    "depends_on_unknown_data",
    "depends_on_sample",
    "nothing_listed",
]


@dataclass(frozen=True)
class Weights:
    """Weights that are read from a mapping and scaled to sum to 1.

    The base of :class:`BottleneckWeights`, :class:`TransitionWeights` and
    :class:`scan.diagnosis.quickwins.QuickWinWeights`: a frozen dataclass with
    one float per factor, its factors in :meth:`normalised` order in
    ``_order``.

    Examples
    --------
    >>> TransitionWeights.from_mapping({"volume": 1}).as_dict()["volume"]
    1.0
    >>> TransitionWeights.from_mapping({"volumes": 1})
    Traceback (most recent call last):
    ...
    ValueError: unknown weight(s) ['volumes']; known: ['low_trust', 'receiver_pressure', \
'volume', 'wait', 'wait_trend']
    """

    _order: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, float]) -> Self:
        """Defaults with the given factors overridden (unknown names raise ValueError)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(mapping) - known)
        if unknown:
            raise ValueError(f"unknown weight(s) {unknown}; known: {sorted(known)}")
        return cls(**{k: float(v) for k, v in mapping.items()})

    def as_dict(self) -> dict[str, float]:
        """The weights as given."""
        return asdict(self)

    def normalised(self) -> dict[str, float]:
        """The weights scaled to sum to 1, in factor order.

        Raises
        ------
        ValueError
            When a weight is negative or none is positive.
        """
        values = {k: float(getattr(self, k)) for k in self._order}
        if any(v < 0 for v in values.values()):
            raise ValueError("weights must not be negative")
        total = sum(values.values())
        if total <= 0:
            raise ValueError("at least one weight must be positive")
        return {k: v / total for k, v in values.items()}


@dataclass(frozen=True)
class BottleneckWeights(Weights):
    """Weights of the organisation factors; they are scaled to sum to 1.

    The defaults give criticality 0.40, pressure 0.40 and strain 0.20: a
    bottleneck needs both position and pressure, and strained relations make
    it worse (see ``docs/findings.md``).

    Examples
    --------
    >>> w = BottleneckWeights.from_mapping({"low_trust": 0.3})
    >>> w.low_trust, round(sum(w.normalised().values()), 6)
    (0.3, 1.0)
    """

    flow_share: float = 0.10
    flow_betweenness: float = 0.10
    articulation_point: float = 0.05
    few_alternatives: float = 0.15
    utilisation: float = 0.15
    waiting: float = 0.10
    trend: float = 0.10
    vacancies: float = 0.05
    low_trust: float = 0.15
    one_sided: float = 0.05

    _order: ClassVar[tuple[str, ...]] = tuple(FACTORS)


@dataclass(frozen=True)
class TransitionWeights(Weights):
    """Weights of the transition factors (scaled to sum to 1).

    Examples
    --------
    >>> round(TransitionWeights().normalised()["wait"], 2)
    0.25
    """

    volume: float = 0.25
    wait: float = 0.25
    wait_trend: float = 0.15
    receiver_pressure: float = 0.15
    low_trust: float = 0.20

    _order: ClassVar[tuple[str, ...]] = tuple(TRANSITION_FACTORS)


@dataclass(frozen=True)
class Caps:
    """The bounds that turn each raw figure into a 0-1 factor (see the module table).

    Every bound is where a factor reaches 0 or 1; between them it is a
    straight line. They are absolute (not relative to the region), so the
    scores of a region can be compared with its follow-up scan a year later,
    and set high enough that the largest hubs stay distinguishable.

    Attributes
    ----------
    flow_share : float
        Share of the region's transfers an organisation sends or receives at
        which ``flow_share`` is 1: 0.5 is every transfer (each has a sender
        and a receiver), so only a hub every transfer involves reaches 1. The
        factor is the square root of share / ``flow_share``, so that the
        largest hubs stay apart while a few per cent still counts.
    route_share : float
        Share of the routes between organisations (pairs where one's clients
        reach the other) that run through it at which ``flow_betweenness`` is 1.
    min_flow_clients : int
        Volume floor of the flow factors: fewer clients than this (sent and
        received; passing through; coming in) carry no weight. The diagnosis
        never uses a floor below the suppression threshold.
    inflow_share : float
        Resilience: the share of all transfers that lose their route when an
        organisation stops taking clients at which the flow risk is 1.
    cut_off_share : float
        Resilience: the share of the other organisations cut off at which the
        network risk is 1.
    period_months : int
        Every per-period figure is put on this period before it is capped:
        capacity per place (for the waiting list per place) and the slopes of
        utilisation, waiting list and wait (3: per quarter).

    Examples
    --------
    >>> Caps().utilisation_low, Caps().utilisation_high
    (1.0, 1.5)
    """

    flow_share: float = 0.5
    route_share: float = 0.5
    min_flow_clients: int = 10
    inflow_share: float = 0.10
    cut_off_share: float = 0.10
    period_months: int = 3
    utilisation_low: float = 1.0
    utilisation_high: float = 1.5
    wait_days: float = 60.0
    waiting_list_ratio: float = 0.25
    utilisation_slope: float = 0.05
    waiting_list_slope: float = 0.05
    wait_days_slope: float = 5.0
    vacancy_ratio: float = 0.05
    vacancies_fte: float = 10.0
    trust_ok: float = 3.0
    trust_floor: float = 1.5
    min_trust_raters: int = 3
    one_sided: float = 0.3
    min_observable_ties: int = 3
    transition_share: float = 0.05
    wait_ratio: float = 3.0
    wait_floor_days: float = 7.0
    wait_trend: float = 0.2
    min_trend_periods: int = 3

    def as_dict(self) -> dict[str, float]:
        """The bounds as a dict."""
        return asdict(self)


@dataclass(frozen=True)
class OrgFactors:
    """Factors per organisation (:func:`organisation_factors`).

    Attributes
    ----------
    values : DataFrame
        Indexed by ``org_id``, one column per factor of :data:`FACTORS`, 0-1
        (0 where unknown).
    known : DataFrame
        Same shape, True where the factor had data.
    raw : DataFrame
        The figures behind the factors, for the evidence (see
        :func:`organisation_factors`).

    Examples
    --------
    >>> v = pd.DataFrame({"utilisation": [0.5]}, index=["A"])
    >>> OrgFactors(v, v.notna(), v).values.loc["A", "utilisation"]
    np.float64(0.5)
    """

    values: pd.DataFrame
    known: pd.DataFrame
    raw: pd.DataFrame


def _col(frame: pd.DataFrame, name: str, default: float = np.nan) -> pd.Series:
    if name in frame.columns:
        return pd.to_numeric(frame[name], errors="coerce").astype(float)
    return pd.Series(default, index=frame.index, dtype=float)


def latest_services(analysis: Analysis) -> pd.DataFrame:
    """Per organisation and service the figures of its latest capacity period.

    Returns
    -------
    pandas.DataFrame
        ``org_id``, ``service``, ``period``, ``capacity``, ``demand``,
        ``utilisation``, ``spare`` (capacity − demand, at least 0), ``excess``
        (demand − capacity, at least 0), ``waiting_list``, ``wait_days``,
        ``vacancies_fte``; empty without capacity data.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B", "C"], "name": ["Aa", "Bb", "Cc"],
    ...                      "type": ["vvt"] * 3})
    >>> flows = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"],
    ...                       "period": ["2026"] * 2, "clients": [30, 20]})
    >>> cap = pd.DataFrame({"org_id": ["B", "C"], "period": ["2026"] * 2, "service": ["elv"] * 2,
    ...                     "capacity": [20.0, 40.0], "demand": [30.0, 20.0]})
    >>> none = pd.DataFrame()
    >>> data = ScanData(RegionInfo("x", "X"), orgs, none, flows, none, cap, none, none)
    >>> a = analyse(data)
    >>> latest_services(a)[["org_id", "excess", "spare"]].values.tolist()
    [['B', 10.0, 0.0], ['C', 0.0, 20.0]]
    """
    cols = ["org_id", "service", "period", "capacity", "demand", "utilisation", "spare", "excess"]
    if analysis.capacity is None or len(analysis.capacity.utilisation) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    latest = latest_period(analysis.capacity.utilisation).copy()
    latest["org_id"] = latest["org_id"].astype(str)
    latest["service"] = latest["service"].astype("string").fillna("").astype(str)
    latest["spare"] = (latest["capacity"] - latest["demand"]).clip(lower=0)
    latest["excess"] = (latest["demand"] - latest["capacity"]).clip(lower=0)
    return latest.reset_index(drop=True)


def absorption(services: pd.DataFrame) -> pd.DataFrame:
    """How much of each organisation's demand similar organisations could take over.

    Similar organisations offer the same service; their room is their spare
    capacity (capacity − demand, if positive) in their latest period. The
    part of an organisation's demand that can be absorbed is
    ``sum over services of min(demand, room at others) / total demand``.

    Parameters
    ----------
    services : pandas.DataFrame
        From :func:`latest_services`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``org_id``: ``demand``, ``room_elsewhere``, ``absorbable``
        (clients), ``absorbable_share`` (0-1; NaN without demand).

    Examples
    --------
    >>> s = pd.DataFrame({"org_id": ["A", "B"], "service": ["x", "x"],
    ...     "demand": [120.0, 50.0], "capacity": [100.0, 80.0]})
    >>> s["spare"] = (s["capacity"] - s["demand"]).clip(lower=0)
    >>> absorption(s).loc["A", ["room_elsewhere", "absorbable_share"]].tolist()
    [30.0, 0.25]
    """
    cols = ["demand", "room_elsewhere", "absorbable", "absorbable_share"]
    if len(services) == 0:
        return pd.DataFrame(
            {c: pd.Series(dtype=float) for c in cols}, index=pd.Index([], name="org_id")
        )
    s = services[["org_id", "service", "demand", "spare"]].copy()
    s["demand"] = s["demand"].astype(float).fillna(0.0)
    s["spare"] = s["spare"].astype(float).fillna(0.0)
    # room at the others offering the service = total room − own room
    total = s.groupby("service")["spare"].transform("sum")
    s["room"] = total - s["spare"]
    s["absorbed"] = np.minimum(s["demand"], s["room"])
    g = s.groupby("org_id", sort=True)
    out = pd.DataFrame(
        {
            "demand": g["demand"].sum(),
            "room_elsewhere": g["room"].sum(),
            "absorbable": g["absorbed"].sum(),
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        out["absorbable_share"] = (out["absorbable"] / out["demand"]).where(out["demand"] > 0)
    out.index.name = "org_id"
    return out


def sender_dependence(shares: pd.DataFrame) -> pd.Series:
    """How much an organisation's senders depend on it: inflow-weighted share of their outflow.

    For receiver B: ``sum_A clients(A→B) × share_of_outflow(A→B) / inflow(B)``;
    1 when every sender sends all its clients to B.

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "C"], "to_org": ["B", "B"],
    ...     "clients": [30.0, 10.0], "share_of_outflow": [1.0, 0.2]})
    >>> float(sender_dependence(s)["B"])
    0.8
    """
    if len(shares) == 0:
        return pd.Series(dtype=float, name="sender_dependence")
    s = shares[shares["clients"] > 0]
    weighted = (s["clients"] * s["share_of_outflow"]).groupby(s["to_org"].astype(str)).sum()
    inflow = s.groupby(s["to_org"].astype(str))["clients"].sum()
    return (weighted / inflow).rename("sender_dependence")


def one_sided_shares(analysis: Analysis, index: pd.Index, min_ties: int = 3) -> pd.DataFrame:
    """Per organisation: the share of its observable ties that are one-sided, and the norm.

    A tie is observable when both organisations answered the survey (only then
    can it be returned). It is one-sided when it is not named back or rated at
    least ``asymmetry_gap`` lower by one side (:func:`scan.analysis.network.asymmetric_ties`),
    whichever side that is.

    Returns
    -------
    pandas.DataFrame
        Indexed like ``index``: ``one_sided_ties``, ``observable_ties``,
        ``one_sided_share`` (NaN below ``min_ties`` observable ties) and
        ``region_norm`` (the median share over organisations with a share).

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> none = pd.DataFrame()
    >>> orgs = pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"], "type": ["vvt"] * 2})
    >>> ties = pd.DataFrame({"respondent_org": ["A", "B"], "partner_org": ["B", "A"]})
    >>> a = analyse(ScanData(RegionInfo("x", "X"), orgs, ties, none, none, none, none, none))
    >>> one_sided_shares(a, pd.Index(["A", "B"]), min_ties=1)["one_sided_share"].tolist()
    [0.0, 0.0]
    """
    out = pd.DataFrame(index=index)
    if analysis.network is None:
        for col in ("one_sided_ties", "observable_ties", "one_sided_share", "region_norm"):
            out[col] = np.nan
        return out
    G = analysis.network.graph
    resp = {str(v) for v, r in G.nodes(data="respondent") if r}
    observable: dict[str, int] = {}
    for v in G:
        if str(v) not in resp:
            continue
        partners = (set(G.successors(v)) | set(G.predecessors(v))) & resp
        observable[str(v)] = len(partners)
    asym = analysis.network.asymmetric_ties
    involved = pd.concat([asym["org_a"], asym["org_b"]]).astype(str).value_counts()
    out["one_sided_ties"] = involved.reindex(index).fillna(0).astype(float)
    out["observable_ties"] = pd.Series(observable, dtype=float).reindex(index).fillna(0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = out["one_sided_ties"] / out["observable_ties"]
    out["one_sided_share"] = share.where(out["observable_ties"] >= min_ties)
    norm = out["one_sided_share"].median()
    out["region_norm"] = float(norm) if pd.notna(norm) else np.nan
    return out


def route_share(G: nx.DiGraph, betweenness: pd.Series) -> pd.Series:
    """Share of the routes between organisations that run through each one.

    A route is an ordered pair (A, B) where A's clients reach B in the flow
    network, directly or via others; ``betweenness`` (normalised by
    ``(n - 1)(n - 2)``, :func:`scan.analysis.dependencies.flow_betweenness`)
    is turned back into a number of routes and divided by the number of
    routes. Unlike a share of the region's maximum it is absolute: a side
    chain that carries the only route through it is not made the busiest.

    Examples
    --------
    >>> G = nx.DiGraph([("A", "B"), ("B", "C"), ("D", "C")])
    >>> route_share(G, pd.Series({"A": 0.0, "B": 1 / 6, "C": 0.0, "D": 0.0})).round(2).tolist()
    [0.0, 0.25, 0.0, 0.0]
    """
    n = G.number_of_nodes()
    routes = sum(len(nx.descendants(G, v)) for v in G)
    if n < 3 or routes == 0:
        return (0.0 * betweenness).astype(float)
    return (betweenness.astype(float) * (n - 1) * (n - 2) / routes).clip(upper=1.0)


def organisation_factors(
    analysis: Analysis,
    organisations: pd.DataFrame | None = None,
    caps: Caps | None = None,
    *,
    min_clients: int | None = None,
    structure_known: bool = True,
    threshold: int = SUPPRESSION_THRESHOLD,
) -> OrgFactors:
    """The bottleneck factors of every organisation, normalised to 0-1; NaN where unknown.

    A factor is *unknown* (NaN, and False in ``known``) when the figures behind
    it were not delivered: no flows, no capacity data, too few raters, too few
    answered ties, or (``structure_known=False``) a network survey answered by
    too few organisations to say who holds the network together. Unknown is
    never read as 0 (``docs/findings.md``, "Unknown is not zero").

    Parameters
    ----------
    analysis : scan.analysis.analyse.Analysis
        The analysed region (families may be None).
    organisations : pandas.DataFrame, optional
        The ``organisations`` table (for ``fte``).
    caps : Caps, optional
        The normalisation bounds.
    min_clients : int, optional
        The volume floor of the flow factors (default ``caps.min_flow_clients``):
        an organisation that sends and receives fewer clients than this has
        ``flow_share`` 0, fewer passing through has ``flow_betweenness`` 0, fewer
        coming in has ``few_alternatives`` 0 (too few clients to carry weight).
    structure_known : bool
        False when the network survey's response rate is below the
        low-confidence band: ``articulation_point`` is then unknown.
    threshold : int
        The suppression threshold: beside a demand or waiting list below it,
        a factor of its ratio (utilisation, the waiting list per place, the
        share others could absorb) is only whether it reached its cap
        (:func:`scan.disclosure.at_cap`), since between its bounds it would
        give the count back.

    Returns
    -------
    OrgFactors
        ``raw`` holds, per organisation: ``flow_share``, ``flow_betweenness``,
        ``pass_through``, ``articulation_point``, ``sender_dependence``,
        ``absorbable_share`` (and ``absorbable_scored``, as ``few_alternatives``
        uses it: :func:`scan.disclosure.at_cap`), ``inflow``, ``outflow``, ``utilisation`` (latest,
        all services), ``utilisation_max`` and ``worst_service``, ``capacity``,
        ``demand``, ``waiting_list``, ``waiting_list_ratio`` (per place of a
        :attr:`Caps.period_months` period), ``wait_days``, the slopes (per
        :attr:`Caps.period_months` months), ``period_months`` (of the latest
        capacity period), ``step_months`` (of the trend), ``vacancies_fte``,
        ``fte``, ``vacancy_ratio``, ``trust_received``, ``trust_raters``,
        ``one_sided_ties``, ``observable_ties``, ``one_sided_share``,
        ``region_norm``, ``capacity_periods``.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B", "C"], "name": ["Aa", "Bb", "Cc"],
    ...                      "type": ["vvt"] * 3})
    >>> flows = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"],
    ...                       "period": ["2026"] * 2, "clients": [30, 20]})
    >>> cap = pd.DataFrame({"org_id": ["B", "C"], "period": ["2026"] * 2, "service": ["elv"] * 2,
    ...                     "capacity": [20.0, 40.0], "demand": [30.0, 20.0]})
    >>> none = pd.DataFrame()
    >>> data = ScanData(RegionInfo("x", "X"), orgs, none, flows, none, cap, none, none)
    >>> a = analyse(data)
    >>> of = organisation_factors(a, orgs)
    >>> of.values.loc["B", ["flow_betweenness", "utilisation"]].round(2).tolist()
    [0.67, 1.0]
    >>> float(of.values.loc["A", "utilisation"]), bool(of.known.loc["A", "utilisation"])
    (nan, False)
    >>> bottleneck_scores(of)[["score", "rank"]].round(2).values.tolist()
    [[0.08, 3.0], [0.37, 1.0], [0.21, 2.0]]
    """
    c = caps or Caps()
    floor = c.min_flow_clients if min_clients is None else min_clients
    prof = analysis.organisations
    idx = pd.Index([str(v) for v in prof.index], name="org_id")
    prof = prof.set_axis(idx)
    raw = pd.DataFrame(index=idx)
    vals = pd.DataFrame(np.nan, index=idx, columns=list(FACTORS), dtype=float)

    # --- criticality -------------------------------------------------------------
    for col in ("flow_share", "inflow", "outflow", "pass_through", "flow_betweenness"):
        raw[col] = _col(prof, col)
    if analysis.dependencies is not None:
        # too few clients to carry weight: the factor is 0, not unknown (the flows are known)
        volume = raw["inflow"].fillna(0.0) + raw["outflow"].fillna(0.0)
        # the square root keeps the largest hubs apart: 1 % → 0.14, 10 % → 0.45, 50 % → 1
        root = np.sqrt(raw["flow_share"].fillna(0.0).clip(lower=0.0))
        vals["flow_share"] = capped(root, 0.0, float(np.sqrt(c.flow_share))).where(
            volume >= floor, 0.0
        )
        raw["route_share"] = route_share(analysis.dependencies.graph, raw["flow_betweenness"])
        vals["flow_betweenness"] = capped(raw["route_share"].fillna(0.0), 0.0, c.route_share).where(
            raw["pass_through"].fillna(0.0) >= floor, 0.0
        )
    else:
        raw["route_share"] = np.nan
    if structure_known and "articulation_point" in prof.columns:
        ap = prof["articulation_point"].astype("boolean")
        raw["articulation_point"] = ap
        if structure_known:
            vals["articulation_point"] = ap.astype("Float64").astype(float)
    else:
        raw["articulation_point"] = pd.Series(pd.NA, index=idx, dtype="boolean")

    services = latest_services(analysis)
    absorb = absorption(services)
    raw["absorbable_share"] = absorb["absorbable_share"].reindex(idx)
    raw["room_elsewhere"] = absorb["room_elsewhere"].reindex(idx)
    demand = _col(prof, "demand")
    if analysis.dependencies is not None:
        raw["sender_dependence"] = sender_dependence(analysis.dependencies.shares).reindex(idx)
        # whether others could take over is judged from the flows alone when capacity is unknown
        raw["absorbable_scored"] = at_cap(raw["absorbable_share"], demand, threshold=threshold)
        few = raw["sender_dependence"].fillna(0.0) * (1.0 - raw["absorbable_scored"].fillna(0.0))
        vals["few_alternatives"] = few.where(raw["inflow"].fillna(0.0) >= floor, 0.0)
    else:
        raw["sender_dependence"] = np.nan
        raw["absorbable_scored"] = np.nan

    # --- pressure ----------------------------------------------------------------
    for col in (
        "utilisation",
        "capacity",
        "demand",
        "waiting_list",
        "wait_days",
        "vacancies_fte",
        "utilisation_slope",
        "waiting_list_slope",
        "wait_days_slope",
    ):
        raw[col] = _col(prof, col)
    if analysis.capacity is not None and len(services):
        worst = services.dropna(subset=["utilisation"]).sort_values(
            ["org_id", "utilisation", "service"], ascending=[True, False, True]
        )
        worst = worst.drop_duplicates("org_id").set_index("org_id")
        raw["utilisation_max"] = worst["utilisation"].reindex(idx).astype(float)
        raw["worst_service"] = worst["service"].reindex(idx).astype("string")
        util = analysis.capacity.utilisation
        by_org = util.groupby(util["org_id"].astype(str))
        raw["capacity_periods"] = by_org["period"].nunique().reindex(idx).fillna(0).astype(int)
        # the trend's step is the shortest period delivered (as in the capacity analysis)
        raw["step_months"] = by_org["period_months"].min().reindex(idx).astype(float)
        latest_months = services.groupby(services["org_id"].astype(str))["period_months"].min()
        raw["period_months"] = latest_months.reindex(idx).astype(float)
    else:
        raw["utilisation_max"] = np.nan
        raw["worst_service"] = pd.Series(pd.NA, index=idx, dtype="string")
        raw["capacity_periods"] = 0
        raw["step_months"] = np.nan
        raw["period_months"] = np.nan
    raw["utilisation_max"] = raw["utilisation_max"].fillna(raw["utilisation"])
    vals["utilisation"] = at_cap(
        capped(raw["utilisation_max"], c.utilisation_low, c.utilisation_high),
        demand,
        threshold=threshold,
    )

    # one yardstick whatever the delivery: capacity per period of ``period_months``
    # months, slopes per such period (a monthly and a yearly delivery of the same
    # organisation give the same factors)
    q = float(c.period_months)
    per_step = q / raw["step_months"]
    place = raw["capacity"] * q / raw["period_months"]
    for col in ("utilisation_slope", "waiting_list_slope", "wait_days_slope"):
        raw[col] = raw[col] * per_step
    with np.errstate(divide="ignore", invalid="ignore"):
        raw["waiting_list_ratio"] = (raw["waiting_list"] / place).where(place > 0)
        wl_slope_ratio = (raw["waiting_list_slope"] / place).where(place > 0)
    waiting_parts = pd.DataFrame(
        {
            "wait": capped(raw["wait_days"], 0.0, c.wait_days),
            "list": at_cap(
                capped(raw["waiting_list_ratio"], 0.0, c.waiting_list_ratio),
                raw["waiting_list"],
                threshold=threshold,
            ),
        }
    )
    vals["waiting"] = waiting_parts.mean(axis=1, skipna=True)
    trend_parts = pd.DataFrame(
        {
            "utilisation": capped(raw["utilisation_slope"], 0.0, c.utilisation_slope),
            "list": capped(wl_slope_ratio, 0.0, c.waiting_list_slope),
            "wait": capped(raw["wait_days_slope"], 0.0, c.wait_days_slope),
        }
    )
    vals["trend"] = trend_parts.mean(axis=1, skipna=True)

    fte = pd.Series(np.nan, index=idx, dtype=float)
    if organisations is not None and "fte" in organisations.columns and len(organisations):
        fte = (
            pd.to_numeric(organisations["fte"], errors="coerce")
            .set_axis(organisations["org_id"].astype(str))
            .astype(float)
            .reindex(idx)
        )
    raw["fte"] = fte
    with np.errstate(divide="ignore", invalid="ignore"):
        raw["vacancy_ratio"] = (raw["vacancies_fte"] / fte).where(fte > 0)
    vac = capped(raw["vacancy_ratio"], 0.0, c.vacancy_ratio)
    vals["vacancies"] = vac.fillna(capped(raw["vacancies_fte"], 0.0, c.vacancies_fte))

    # --- strain ------------------------------------------------------------------
    raw["trust_received"] = _col(prof, "trust_received")
    raw["trust_raters"] = _col(prof, "trust_raters", 0.0).fillna(0).astype(int)
    enough = raw["trust_raters"] >= c.min_trust_raters
    low = capped(c.trust_ok - raw["trust_received"], 0.0, c.trust_ok - c.trust_floor)
    vals["low_trust"] = low.where(enough)
    sided = one_sided_shares(analysis, idx, c.min_observable_ties)
    for col in sided.columns:
        raw[col] = sided[col]
    # one-sided ties are common in many regions: only more than the region's norm counts
    excess = sided["one_sided_share"] - sided["region_norm"]
    vals["one_sided"] = capped(excess, 0.0, c.one_sided)

    vals = vals.astype(float)
    return OrgFactors(values=vals, known=vals.notna(), raw=raw)


def score_table(
    values: pd.DataFrame, weights: Mapping[str, float], groups: Mapping[str, str]
) -> pd.DataFrame:
    """Weighted sum of the known factors, with each contribution and the group totals.

    An unknown factor (NaN) contributes nothing *known*: its contribution is
    NaN, the score is the sum of the known contributions (what the data show,
    a lower bound), and ``unknown_weight`` is the weight that is unknown, so
    the score could be as high as ``score + unknown_weight``. A group with no
    known factor is NaN.

    Parameters
    ----------
    values : pandas.DataFrame
        Factors 0-1 (NaN where unknown), one column per factor in ``weights``.
    weights : mapping
        Factor → weight (already normalised to sum to 1).
    groups : mapping
        Factor → group.

    Returns
    -------
    pandas.DataFrame
        Same index: ``score``, one column per group (sum of its known
        contributions), ``c_<factor>`` contributions, ``unknown_weight``,
        ``unknown_<group>`` (the unknown weight per group) and ``rank``
        (1 = highest score; ties by index).

    Examples
    --------
    >>> v = pd.DataFrame({"a": [1.0, 0.0], "b": [0.5, np.nan]}, index=["X", "Y"])
    >>> s = score_table(v, {"a": 0.5, "b": 0.5}, {"a": "g1", "b": "g2"})
    >>> s[["score", "g1", "g2", "unknown_weight", "rank"]].values.tolist()
    [[0.75, 0.5, 0.25, 0.0, 1.0], [0.0, 0.0, nan, 0.5, 2.0]]
    """
    factors = list(weights)
    w = np.array([weights[f] for f in factors], dtype=float)
    F = values[factors].to_numpy(float)
    contrib = F * w
    unknown = np.isnan(F)
    out = pd.DataFrame(index=values.index)
    out["score"] = np.nansum(contrib, axis=1)
    for g in dict.fromkeys(groups[f] for f in factors):
        cols = [i for i, f in enumerate(factors) if groups[f] == g]
        part = contrib[:, cols]
        out[g] = np.where(unknown[:, cols].all(axis=1), np.nan, np.nansum(part, axis=1))
    for i, f in enumerate(factors):
        out[f"c_{f}"] = contrib[:, i]
    out["unknown_weight"] = (unknown * w).sum(axis=1)
    for g in dict.fromkeys(groups[f] for f in factors):
        cols = [i for i, f in enumerate(factors) if groups[f] == g]
        out[f"unknown_{g}"] = (unknown[:, cols] * w[cols]).sum(axis=1)
    # highest score first (rounded, so float noise never decides), ties by index
    names = np.array([str(v) for v in out.index], dtype=object)
    order = np.lexsort((names, -np.round(out["score"].to_numpy(float), 12)))
    rank = np.empty(len(out), dtype=int)
    rank[order] = np.arange(1, len(out) + 1)
    out["rank"] = rank
    return out


def bottleneck_scores(
    factors: OrgFactors, weights: BottleneckWeights | None = None
) -> pd.DataFrame:
    """Bottleneck score per organisation (see :func:`score_table`).

    Examples
    --------
    >>> v = pd.DataFrame(dict.fromkeys(FACTORS, 0.0), index=["A"])
    >>> v["utilisation"] = 1.0
    >>> float(bottleneck_scores(OrgFactors(v, v > 0, v)).loc["A", "score"])
    0.15
    """
    w = (weights or BottleneckWeights()).normalised()
    return score_table(factors.values, w, FACTORS)


# --------------------------------------------------------------------------------------
# Transitions
# --------------------------------------------------------------------------------------


def _pair_periods(work: pd.DataFrame) -> pd.DataFrame:
    """Clients and client-weighted wait per pair and period, with the period's place in time."""
    w = work.assign(
        wait_x=(work["wait"] * work["clients"]).where(work["wait"].notna()),
        wait_w=work["clients"].where(work["wait"].notna()),
    )
    per = (
        w.groupby(["from_org", "to_org", "period"], sort=True)
        .agg(
            clients=("clients", "sum"),
            wait_x=("wait_x", "sum"),
            wait_w=("wait_w", "sum"),
            period_start=("period_start", "first"),
            period_months=("period_months", "first"),
        )
        .reset_index()
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        per["wait"] = (per["wait_x"] / per["wait_w"]).where(per["wait_w"] > 0)
    return per.sort_values(["from_org", "to_org", "period_start", "period_months"], kind="stable")


def _pair_slopes(per: pd.DataFrame, min_periods: int) -> pd.DataFrame:
    """OLS slope of the wait per period for every pair (vectorised; see ``slope_per_period``)."""
    p = per[per["wait"].notna()].copy()
    keys = ["from_org", "to_org"]
    # the step of a pair: its most common period length (ties: the shortest)
    months = p.groupby([*keys, "period_months"]).size().rename("n").reset_index()
    months = months.sort_values([*keys, "n", "period_months"], ascending=[True, True, False, True])
    step = months.drop_duplicates(keys).set_index(keys)["period_months"].astype(float)
    start = pd.to_datetime(p["period_start"])
    p["x"] = (start.dt.year * 12 + start.dt.month).astype(float)
    p["x"] = p["x"] / step.reindex(pd.MultiIndex.from_frame(p[keys])).to_numpy()
    p["y"] = p["wait"].astype(float)
    g = p.groupby(keys)
    n = g.size()
    mx, my = g["x"].mean(), g["y"].mean()
    p = p.join(mx.rename("mx"), on=keys).join(my.rename("my"), on=keys)
    p["dx"] = p["x"] - p["mx"]
    sxx = (p["dx"] ** 2).groupby([p[k] for k in keys]).sum()
    sxy = (p["dx"] * (p["y"] - p["my"])).groupby([p[k] for k in keys]).sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (sxy / sxx).where((sxx > 0) & (n >= max(min_periods, 2)))
    return pd.DataFrame(
        {
            "wait_slope": slope.round(12),
            "wait_first": g["y"].first(),
            "wait_last": g["y"].last(),
            "step_months": step.reindex(slope.index).astype(float),
        }
    )


def transition_waits(analysis: Analysis, caps: Caps | None = None) -> pd.DataFrame:
    """Clients and the client-weighted wait of every transfer (A → B), over its periods.

    The part of :func:`transition_factors` that needs the flows only (the
    monitor stores it for the change agenda).

    Parameters
    ----------
    analysis : scan.analysis.analyse.Analysis
    caps : Caps, optional
        For the periods a trend needs.

    Returns
    -------
    pandas.DataFrame
        One row per pair with clients, sorted by pair: ``from_org``,
        ``to_org``, ``clients``, ``periods``, ``wait_days`` (NaN when no wait
        was delivered), ``flow_type`` (the largest), ``wait_slope`` (days per
        :attr:`Caps.period_months` months), ``wait_first``, ``wait_last``,
        ``share_of_region``. Empty without flows.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"], "type": ["vvt"] * 2})
    >>> flows = pd.DataFrame({"from_org": ["A"] * 2, "to_org": ["B"] * 2,
    ...                       "period": ["2026-Q1", "2026-Q2"], "clients": [30, 10],
    ...                       "median_wait_days": [12.0, 20.0]})
    >>> none = pd.DataFrame()
    >>> a = analyse(ScanData(RegionInfo("x", "X"), orgs, none, flows, none, none, none, none))
    >>> transition_waits(a)[["from_org", "to_org", "clients", "wait_days"]].values.tolist()
    [['A', 'B', 40.0, 14.0]]
    """
    c = caps or Caps()
    cols = ["from_org", "to_org", "clients", "wait_days"]
    dep = analysis.dependencies
    if dep is None or len(dep.flows) == 0:
        return pd.DataFrame({col: pd.Series(dtype=float) for col in cols})
    f = dep.flows
    periods = analysis.params.flow_periods
    if periods is not None:
        f = f[f["period"].astype(str).isin([str(p) for p in periods])]
    f = f[f["from_org"].astype(str) != f["to_org"].astype(str)]
    work = pd.DataFrame(
        {
            "from_org": f["from_org"].astype(str).to_numpy(),
            "to_org": f["to_org"].astype(str).to_numpy(),
            "period": f["period"].astype(str).to_numpy(),
            "clients": pd.to_numeric(f["clients"], errors="coerce").fillna(0).to_numpy(float),
            "wait": (
                pd.to_numeric(f["median_wait_days"], errors="coerce").astype(float).to_numpy()
                if "median_wait_days" in f.columns
                else np.nan
            ),
            "flow_type": (
                f["flow_type"].astype("string").fillna("").astype(str).to_numpy()
                if "flow_type" in f.columns
                else ""
            ),
        }
    )
    work = work[work["clients"] > 0]
    if len(work) == 0:
        return pd.DataFrame({col: pd.Series(dtype=float) for col in cols})
    work = work.join(period_frame(work["period"]))
    total = float(work["clients"].sum())
    keys = ["from_org", "to_org"]
    per = _pair_periods(work)
    by_type = (
        work.groupby([*keys, "flow_type"])["clients"]
        .sum()
        .rename("n")
        .reset_index()
        .sort_values([*keys, "n", "flow_type"], ascending=[True, True, False, True])
        .drop_duplicates(keys)
        .set_index(keys)["flow_type"]
    )
    g = per.groupby(keys, sort=True)
    t = pd.DataFrame(
        {
            "clients": g["clients"].sum(),
            "wait_x": g["wait_x"].sum(),
            "wait_w": g["wait_w"].sum(),
            "periods": g["period"].nunique(),
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        t["wait_days"] = (t["wait_x"] / t["wait_w"]).where(t["wait_w"] > 0)
    t["flow_type"] = by_type.reindex(t.index)
    t = t.join(_pair_slopes(per, c.min_trend_periods))
    # the wait's change per period of ``period_months`` months, whatever the delivery
    t["wait_slope"] = t["wait_slope"] * float(c.period_months) / t["step_months"]
    t = t.drop(columns=["wait_x", "wait_w", "step_months"]).reset_index()
    t["share_of_region"] = t["clients"] / total
    return t


def transition_factors(
    analysis: Analysis,
    org_factors: OrgFactors | None = None,
    caps: Caps | None = None,
) -> pd.DataFrame:
    """Transition (A → B) factors, normalised to 0-1, with the figures behind them.

    Parameters
    ----------
    analysis : scan.analysis.analyse.Analysis
    org_factors : OrgFactors, optional
        For the receiver's pressure (computed when omitted).
    caps : Caps, optional

    Returns
    -------
    pandas.DataFrame
        One row per pair with clients: ``from_org``, ``to_org``, ``clients``,
        ``share_of_region``, ``flow_type`` (the largest), ``wait_days``
        (client-weighted), ``usual_wait_days`` (median over pairs of the same
        flow type), ``wait_ratio``, ``wait_slope`` (days per
        :attr:`Caps.period_months` months),
        ``wait_first``, ``wait_last``, ``periods``, ``receiver_utilisation``,
        ``receiver_demand``, ``receiver_trust`` (its trust received), the factors of
        :data:`TRANSITION_FACTORS` and ``known_<factor>``. Empty without flows.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"], "type": ["vvt"] * 2})
    >>> flows = pd.DataFrame({"from_org": ["A"], "to_org": ["B"], "period": ["2026-Q1"],
    ...                       "clients": [30], "median_wait_days": [12.0]})
    >>> none = pd.DataFrame()
    >>> a = analyse(ScanData(RegionInfo("x", "X"), orgs, none, flows, none, none, none, none))
    >>> transition_factors(a)[["from_org", "to_org", "clients", "wait_days"]].values.tolist()
    [['A', 'B', 30.0, 12.0]]
    """
    c = caps or Caps()
    facts = list(TRANSITION_FACTORS)
    cols = ["from_org", "to_org", "clients", *facts]
    t = transition_waits(analysis, c)
    if not len(t):
        return pd.DataFrame({col: pd.Series(dtype=float) for col in cols})
    # the usual wait of this kind of transfer: median over pairs of the same flow type
    usual = t.groupby("flow_type")["wait_days"].median()
    t["usual_wait_days"] = t["flow_type"].map(usual).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        t["wait_ratio"] = (t["wait_days"] / t["usual_wait_days"]).where(t["usual_wait_days"] > 0)
        rel_slope = (t["wait_slope"] / t["wait_days"]).where(t["wait_days"] > 0)
    of = org_factors or organisation_factors(analysis, caps=c)
    t["receiver_utilisation"] = of.raw["utilisation_max"].reindex(t["to_org"]).to_numpy(float)
    t["receiver_demand"] = of.raw["demand"].reindex(t["to_org"]).to_numpy(float)
    t["receiver_trust"] = of.raw["trust_received"].reindex(t["to_org"]).to_numpy(float)

    t["volume"] = capped(t["share_of_region"], 0.0, c.transition_share)
    wait_ratio_part = capped(t["wait_ratio"], 1.0, c.wait_ratio)
    wait_abs_part = capped(t["wait_days"], 0.0, c.wait_floor_days)
    t["wait"] = np.minimum(wait_ratio_part, wait_abs_part)
    t["wait_trend"] = capped(rel_slope, 0.0, c.wait_trend)
    # the receiver's own utilisation factor (at its cap or not beside a demand of "<5")
    t["receiver_pressure"] = of.values["utilisation"].reindex(t["to_org"]).to_numpy(float)
    # the receiver's own low-trust factor (at least ``min_trust_raters`` raters): the two
    # partners' ratings of each other are two raters, never enough to show or to score
    t["low_trust"] = of.values["low_trust"].reindex(t["to_org"]).to_numpy(float)
    # unknown stays unknown (NaN): no wait delivered, one period, no ratings, no capacity
    for name in facts:
        t[f"known_{name}"] = t[name].notna()
        t[name] = t[name].astype(float)
    return t.reset_index(drop=True)


def transition_scores(
    transitions: pd.DataFrame, weights: TransitionWeights | None = None
) -> pd.DataFrame:
    """Transition score per pair (see :func:`score_table`), joined to the factors.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B", "C"], "name": ["Aa", "Bb", "Cc"],
    ...                      "type": ["vvt"] * 3})
    >>> flows = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"],
    ...                       "period": ["2026"] * 2, "clients": [30, 20]})
    >>> cap = pd.DataFrame({"org_id": ["B", "C"], "period": ["2026"] * 2, "service": ["elv"] * 2,
    ...                     "capacity": [20.0, 40.0], "demand": [30.0, 20.0]})
    >>> none = pd.DataFrame()
    >>> data = ScanData(RegionInfo("x", "X"), orgs, none, flows, none, cap, none, none)
    >>> a = analyse(data)
    >>> t = transition_scores(transition_factors(a))
    >>> t[["from_org", "to_org", "volume", "receiver_pressure", "score"]].values.tolist()
    [['A', 'B', 1.0, 1.0, 0.4], ['B', 'C', 1.0, 0.0, 0.25]]
    """
    w = (weights or TransitionWeights()).normalised()
    if len(transitions) == 0:
        empty = transitions.copy()
        for col in ("score", "rank", *GROUPS, *(f"c_{f}" for f in w)):
            empty[col] = pd.Series(dtype=float)
        return empty
    key = transitions["from_org"] + "->" + transitions["to_org"]
    values = transitions[list(w)].set_axis(key)
    s = score_table(values, w, TRANSITION_FACTORS)
    return transitions.join(s.reset_index(drop=True)).sort_values("rank").reset_index(drop=True)


# --------------------------------------------------------------------------------------
# Stability
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stability:
    """How the ranking holds up when the weights change, the unknown figures are filled in
    and the data are resampled.

    Attributes
    ----------
    label : {"robust", "depends_on_weighting", "depends_on_unknown_data", \
"depends_on_sample", "nothing_listed"}
        ``nothing_listed`` when there is no bottleneck to test (an empty list is
        never called robust). Otherwise robust when the 5th percentile of the
        rank correlation is at least ``min_rho`` and every organisation in the
        default top 3 (of those in ``focus``) stays in the top 3 in at least
        ``min_share`` of the draws, with the known factors, with the unknown
        ones filled in, and (when given) with the factors of a resampled
        region; when that fails with the weights alone it
        ``depends_on_weighting``, when it fails once the unknown factors are
        filled in it ``depends_on_unknown_data``, when it fails only once the
        respondents and client counts are resampled it ``depends_on_sample``.
    draws : int
    concentration : float
        Dirichlet concentration: the weights are drawn from
        ``Dirichlet(concentration × default weights)``; higher is closer to
        the defaults.
    seed : int
    spearman_median, spearman_p05 : float
        Spearman rank correlation between the default ranking and the
        rankings of the redrawn weightings (on the known factors; NaN with
        fewer than 3 organisations).
    top3 : tuple of str
        The default top 3 (organisations tied across third place are not in
        it: their place is shared).
    organisations : DataFrame
        Indexed by ``org_id`` (organisations with a score above 0): ``rank``
        (default; tied organisations share their average rank),
        ``top3_share`` (share of draws in the top 3; a tie shares the places
        it straddles equally), ``rank_p05``, ``rank_p95``, ``label``
        (``robust`` when the top3_share is at least ``min_share`` or at most
        ``1 − min_share``; ``tied`` when its default place in the top 3 is
        shared with equal organisations; else ``depends_on_weighting``,
        ``depends_on_unknown_data`` or ``depends_on_sample``, as for the
        ranking). The share and the ranks are those of the fullest test (the
        resampled data when given).
    unknown_drawn : int
        Unknown factors (organisation × factor) drawn in every round.
    resampled : bool
        Whether the data were resampled too (respondents and client counts).

    Examples
    --------
    >>> Stability("robust", 10, 30.0, 0, 1.0, 1.0, ("A",)).label
    'robust'
    """

    label: StabilityLabel
    draws: int
    concentration: float
    seed: int
    spearman_median: float
    spearman_p05: float
    top3: tuple[str, ...]
    organisations: pd.DataFrame = field(default_factory=pd.DataFrame)
    unknown_drawn: int = 0
    resampled: bool = False


def _place_ranks(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column the first and last place (1 = highest) each row shares with its equals."""
    frame = pd.DataFrame(np.round(scores, 12))
    first = frame.rank(axis=0, method="min", ascending=False).to_numpy(float)
    last = frame.rank(axis=0, method="max", ascending=False).to_numpy(float)
    return first, last


def _top_share(first: np.ndarray, last: np.ndarray, k: int) -> np.ndarray:
    """The part of a top-``k`` place each row holds: equals share the places they straddle."""
    size = last - first + 1
    return np.clip(k - first + 1, 0, size) / size


def _spearman(base: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """Rank correlation of the base ranks with each column of ``ranks`` (average ranks)."""
    a0 = base - base.mean()
    b0 = ranks - ranks.mean(axis=0)
    denom = np.sqrt((a0**2).sum() * (b0**2).sum(axis=0))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denom > 0, (a0[:, None] * b0).sum(axis=0) / denom, np.nan)


def draw_unknown(
    values: pd.DataFrame, draws: int, rng: np.random.Generator, *, min_known: int = 3
) -> np.ndarray:
    """Values for the unknown factors, one set per draw (organisations × factors × draws).

    An unknown factor is drawn from the values the same factor has at the
    organisations where it is known (at least ``min_known`` of them), else
    uniformly from 0 to 1: its plausible range. Known factors keep their value.

    Examples
    --------
    >>> v = pd.DataFrame({"a": [0.2, 0.4, 0.6, np.nan], "b": [np.nan] * 4})
    >>> X = draw_unknown(v, 100, np.random.default_rng(0))
    >>> sorted(set(X[3, 0].round(1).tolist())), bool(((X[:, 1] >= 0) & (X[:, 1] <= 1)).all())
    ([0.2, 0.4, 0.6], True)
    """
    F = values.to_numpy(float)
    out = np.repeat(F[:, :, None], draws, axis=2)
    for j in range(F.shape[1]):
        missing = np.flatnonzero(np.isnan(F[:, j]))
        if len(missing) == 0:
            continue
        out[missing, j, :] = _drawn_like(F[:, j], (len(missing), draws), rng, min_known)
    return out


def _drawn_like(
    column: np.ndarray, size: tuple[int, int], rng: np.random.Generator, min_known: int
) -> np.ndarray:
    """Values drawn from the known values of ``column`` (at least ``min_known``), else from 0-1."""
    pool = column[~np.isnan(column)]
    if len(pool) >= max(min_known, 1):
        return rng.choice(pool, size=size)
    return rng.uniform(0.0, 1.0, size=size)


def plausible(
    values: pd.DataFrame, draws: int, rng: np.random.Generator, *, min_known: int = 3
) -> np.ndarray:
    """A plausible value for every factor of every organisation, per draw (orgs × factors × draws).

    Drawn as :func:`draw_unknown` draws an unknown factor: from the values the
    factor has where it is known (at least ``min_known`` of them), else
    uniformly from 0 to 1. For a factor a resampled region leaves unknown.

    Examples
    --------
    >>> v = pd.DataFrame({"a": [0.2, 0.4, 0.6], "b": [np.nan] * 3})
    >>> X = plausible(v, 50, np.random.default_rng(0))
    >>> sorted(set(X[:, 0].round(1).ravel().tolist())), X.shape
    ([0.2, 0.4, 0.6], (3, 2, 50))
    """
    F = values.to_numpy(float)
    out = np.empty((F.shape[0], F.shape[1], draws))
    for j in range(F.shape[1]):
        out[:, j, :] = _drawn_like(F[:, j], (F.shape[0], draws), rng, min_known)
    return out


def stability(
    values: pd.DataFrame,
    weights: Mapping[str, float],
    *,
    draws: int = 1000,
    concentration: float = 30.0,
    seed: int = 0,
    min_share: float = 0.8,
    min_rho: float = 0.8,
    focus: Sequence[str] | None = None,
    min_known: int = 3,
    resampled: np.ndarray | None = None,
) -> Stability:
    """Perturb the weights, fill in the unknown factors, resample the data: does the ranking hold?

    Weights are drawn ``draws`` times from ``Dirichlet(concentration × w)``
    (factors with weight 0 stay 0), seeded. Each draw ranks the organisations
    with a default score above 0 twice: with the known factors only (what the
    weights do) and with every unknown factor drawn across its plausible range
    (:func:`draw_unknown`; what the missing data could do), and, with
    ``resampled``, a third time on the factors of a resampled region
    (:func:`scan.diagnosis.resampling.resampled_factors`; what another sample
    of respondents and clients could do), its unknown factors filled in the
    same way. Equal scores share their places: of eight equal organisations
    each holds 3/8 of the top 3.

    Parameters
    ----------
    values : pandas.DataFrame
        Factors 0-1 per organisation, NaN where unknown (``OrgFactors.values``).
    weights : mapping
        The default weights, normalised.
    draws, concentration, seed, min_share, min_rho
        See :class:`Stability`.
    focus : sequence of str, optional
        Only these organisations of the default top 3 must stay there for the
        ranking to be robust (the listed bottlenecks); all by default. An
        empty ``focus`` (nothing listed) gives ``nothing_listed``.
    min_known : int
        See :func:`draw_unknown`.
    resampled : numpy.ndarray, optional
        Organisations × factors × draws, rows and columns as ``values`` (NaN
        where unknown in a draw), ``draws`` deep.

    Returns
    -------
    Stability

    Examples
    --------
    >>> v = pd.DataFrame({"a": [1.0, 0.4, 0.2, 0.0], "b": [0.9, 0.3, 0.2, 0.05]},
    ...                  index=["W", "X", "Y", "Z"])
    >>> s = stability(v, {"a": 0.5, "b": 0.5}, draws=200, seed=1)
    >>> s.label, s.top3, float(s.organisations.loc["W", "top3_share"])
    ('robust', ('W', 'X', 'Y'), 1.0)
    >>> stability(v, {"a": 0.5, "b": 0.5}, draws=10, focus=[]).label
    'nothing_listed'
    """
    factors = [f for f in weights if weights[f] > 0]
    w = np.array([weights[f] for f in factors], dtype=float)
    w = w / w.sum()
    V = values[factors]
    base = np.nan_to_num(V.to_numpy(float)) @ w
    keep = base > 1e-12
    cols = ["rank", "top3_share", "rank_p05", "rank_p95", "label"]
    rng = np.random.default_rng(seed)
    if not keep.any() or (focus is not None and len(focus) == 0):
        return Stability(
            "nothing_listed",
            draws,
            concentration,
            seed,
            float("nan"),
            float("nan"),
            (),
            pd.DataFrame(columns=cols, index=pd.Index([], name="org_id")),
            resampled=resampled is not None,
        )
    ids = np.array([str(v) for v in values.index[keep]], dtype=object)
    order = np.argsort(ids, kind="stable")
    ids, base = ids[order], base[keep][order]
    W = rng.dirichlet(concentration * w, size=draws) if len(w) > 1 else np.ones((draws, 1))
    X = draw_unknown(V, draws, rng, min_known=min_known)[keep][order]  # orgs × factors × draws
    S_known = np.nan_to_num(V.to_numpy(float)[keep][order]) @ W.T
    S_all = np.einsum("ofd,df->od", X, W)
    S_data = S_all
    if resampled is not None:
        at = [values.columns.get_loc(f) for f in factors]
        R = resampled[:, at, :][keep][order]
        # what a draw leaves unknown: a plausible value, drawn as for the unknown factors
        fill = plausible(V, draws, rng, min_known=min_known)[keep][order]
        S_data = np.einsum("ofd,df->od", np.where(np.isnan(R), fill, R), W)
    k = min(3, len(ids))
    b_first, b_last = _place_ranks(base[:, None])
    base_share = _top_share(b_first, b_last, k)[:, 0]
    base_rank = ((b_first + b_last) / 2)[:, 0]

    def judge(S: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        first, last = _place_ranks(S)
        ranks = (first + last) / 2
        rho = _spearman(base_rank, ranks) if len(ids) >= 3 else np.full(draws, np.nan)
        return _top_share(first, last, k).mean(axis=1), ranks, rho

    share_w, _, rho = judge(S_known)
    share_u, ranks, _ = judge(S_all)
    share = share_u
    if resampled is not None:
        share, ranks, _ = judge(S_data)
    orgs = pd.DataFrame(
        {
            "rank": base_rank,
            "top3_share": share,
            "rank_p05": np.quantile(ranks, 0.05, axis=1),
            "rank_p95": np.quantile(ranks, 0.95, axis=1),
        },
        index=pd.Index([str(v) for v in ids], name="org_id"),
    ).sort_values(["rank"], kind="stable")

    def steady(x: np.ndarray) -> np.ndarray:
        return (x >= min_share - 1e-12) | (x <= 1 - min_share + 1e-12)

    tied = (base_share > 1e-12) & (base_share < 1 - 1e-12)
    label = np.where(
        steady(share),
        "robust",
        np.where(
            steady(share_u),
            "depends_on_sample",
            np.where(steady(share_w), "depends_on_unknown_data", "depends_on_weighting"),
        ),
    )
    orgs["label"] = pd.Series(np.where(tied, "tied", label), index=[str(v) for v in ids])
    top3 = tuple(str(v) for v in ids[base_share >= 1 - 1e-12])
    top3 = tuple(sorted(top3, key=lambda v: (float(orgs.at[v, "rank"]), v)))
    checked = [i for i, v in enumerate(ids) if v in top3 and (focus is None or v in set(focus))]

    finite = rho[np.isfinite(rho)]
    med = float(np.median(finite)) if len(finite) else float("nan")
    p05 = float(np.quantile(finite, 0.05)) if len(finite) else float("nan")
    weights_ok = bool((share_w[checked] >= min_share - 1e-12).all()) and bool(
        np.isnan(p05) or p05 >= min_rho - 1e-12
    )
    unknown_ok = bool((share_u[checked] >= min_share - 1e-12).all())
    sample_ok = bool((share[checked] >= min_share - 1e-12).all())
    overall: StabilityLabel = (
        "depends_on_weighting"
        if not weights_ok
        else "depends_on_unknown_data"
        if not unknown_ok
        else "depends_on_sample"
        if not sample_ok
        else "robust"
    )
    unknown = int(np.isnan(V.to_numpy(float)[keep]).sum())
    return Stability(
        overall, draws, concentration, seed, med, p05, top3, orgs, unknown, resampled is not None
    )


# --------------------------------------------------------------------------------------
# Resilience
# --------------------------------------------------------------------------------------


def cut_off(U: nx.Graph, org: str) -> list[str]:
    """Organisations that lose their connections without ``org``.

    ``org``'s part of the (symmetrised) network falls apart
    (:func:`scan.analysis.network.split_without`). When one part is larger
    than each other, it is the rest of the network and the others are cut off
    from it. When no part is (a star whose hub drops out), there is no rest:
    every organisation in the parts loses the others.

    Examples
    --------
    >>> cut_off(nx.Graph([("A", "B"), ("B", "C"), ("C", "D"), ("B", "E")]), "C")
    ['D']
    >>> cut_off(nx.Graph([("H", "L1"), ("H", "L2"), ("H", "L3")]), "H")
    ['L1', 'L2', 'L3']
    """
    parts = split_without(U, org)
    if len(parts) < 2:
        return []
    apart = parts if len(parts[0]) == len(parts[1]) else parts[1:]
    return sorted(v for part in apart for v in part)


def resilience(
    analysis: Analysis,
    org_ids: Iterable[str],
    *,
    org_factors: OrgFactors | None = None,
    caps: Caps | None = None,
    max_senders: int = 5,
    structure_known: bool = True,
) -> pd.DataFrame:
    """What happens when an organisation closes its intake or drops out.

    *Closing intake*: the clients sent to it (its inflow) lose their usual
    route; its demand (latest capacity period) must be met elsewhere, and
    similar organisations (same service) can take over at most their spare
    capacity (:func:`absorption`). *Dropping out*: its own transfers are lost
    too (outflow), and organisations tied to the rest of the network only
    through it are cut off (:func:`cut_off`).

    Parameters
    ----------
    analysis : scan.analysis.analyse.Analysis
    org_ids : iterable of str
        The organisations to simulate.
    org_factors : OrgFactors, optional
    caps : Caps, optional
    max_senders : int
        Senders listed per organisation (largest first).
    structure_known : bool
        False when too few organisations answered the network survey to say
        who holds it together: nobody is then said to be cut off.

    Returns
    -------
    pandas.DataFrame
        One row per organisation: ``org_id``, ``inflow``, ``outflow``,
        ``share_of_region`` (inflow / all transfers), ``senders`` (list of
        dicts ``org_id``, ``clients``, ``share_of_their_outflow``),
        ``demand``, ``room_elsewhere``, ``absorbable_share`` (NaN when
        unknown), ``cut_off`` (list, :func:`cut_off`), ``parts`` (the parts
        its part of the network falls into; 0 when none is cut off),
        ``flow_risk``, ``network_risk``,
        ``score`` (the larger of the two risks, 0-1).

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B", "C"], "name": ["Aa", "Bb", "Cc"],
    ...                      "type": ["vvt"] * 3})
    >>> flows = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"],
    ...                       "period": ["2026"] * 2, "clients": [30, 20]})
    >>> cap = pd.DataFrame({"org_id": ["B", "C"], "period": ["2026"] * 2, "service": ["elv"] * 2,
    ...                     "capacity": [20.0, 40.0], "demand": [30.0, 20.0]})
    >>> none = pd.DataFrame()
    >>> data = ScanData(RegionInfo("x", "X"), orgs, none, flows, none, cap, none, none)
    >>> a = analyse(data)
    >>> r = resilience(a, ["B"])
    >>> r[["org_id", "inflow", "room_elsewhere", "absorbable_share"]].round(2).values.tolist()
    [['B', 30.0, 20.0, 0.67]]
    """
    c = caps or Caps()
    of = org_factors or organisation_factors(analysis, caps=c)
    dep = analysis.dependencies
    shares = (
        dep.shares
        if dep is not None
        else pd.DataFrame(columns=["from_org", "to_org", "clients", "share_of_outflow"])
    )
    total = float(shares["clients"].sum()) if len(shares) else 0.0
    U = analysis.network.undirected if analysis.network is not None else None
    n = U.number_of_nodes() if U is not None else 0
    rows = []
    for org in org_ids:
        org = str(org)
        incoming = shares[shares["to_org"].astype(str) == org].sort_values(
            ["clients", "from_org"], ascending=[False, True]
        )
        senders = [
            {
                "org_id": str(r["from_org"]),
                "clients": float(r["clients"]),
                "share_of_their_outflow": float(r["share_of_outflow"]),
            }
            for r in incoming.head(max_senders).to_dict("records")
        ]
        inflow = float(incoming["clients"].sum())
        outflow = float(shares.loc[shares["from_org"].astype(str) == org, "clients"].sum())
        # a direction the flows do not observe: unknown, not 0 (flownet.observed)
        if pd.isna(of.raw["inflow"].get(org, np.nan)):
            inflow = float("nan")
        if pd.isna(of.raw["outflow"].get(org, np.nan)):
            outflow = float("nan")
        share = inflow / total if total else float("nan")
        absorb = of.raw["absorbable_share"].get(org, np.nan)
        demand = of.raw["demand"].get(org, np.nan)
        room = of.raw["room_elsewhere"].get(org, np.nan)
        lost = cut_off(U, org) if U is not None and structure_known else []
        split = split_without(U, org) if U is not None and lost else []
        parts = len(split)
        falls_apart = parts >= 2 and len(split[0]) == len(split[1])
        flow_risk = (
            float(capped(share, 0.0, c.inflow_share))
            * (1.0 - (0.0 if np.isnan(absorb) else absorb))
            if not np.isnan(share)
            else 0.0
        )
        network_risk = float(capped(len(lost) / (n - 1), 0.0, c.cut_off_share)) if n > 1 else 0.0
        rows.append(
            {
                "org_id": org,
                "inflow": inflow,
                "outflow": outflow,
                "share_of_region": share,
                "senders": senders,
                "demand": float(demand),
                "room_elsewhere": float(room),
                "absorbable_share": float(absorb),
                "cut_off": lost,
                "parts": parts,
                "falls_apart": falls_apart,
                "flow_risk": flow_risk,
                "network_risk": network_risk,
                "score": max(flow_risk, network_risk),
            }
        )
    out = pd.DataFrame(
        rows,
        columns=[
            "org_id",
            "inflow",
            "outflow",
            "share_of_region",
            "senders",
            "demand",
            "room_elsewhere",
            "absorbable_share",
            "cut_off",
            "parts",
            "falls_apart",
            "flow_risk",
            "network_risk",
            "score",
        ],
    )
    if len(out):
        out = out.sort_values(["score", "org_id"], ascending=[False, True]).reset_index(drop=True)
    return out


def resilience_candidates(
    scores: pd.DataFrame, analysis: Analysis, *, top_n: int = 10, structure_known: bool = True
) -> list[str]:
    """Organisations worth simulating: the top bottleneck scores and the articulation points.

    Up to ``top_n`` of each: organisations by bottleneck score (above 0),
    articulation points by network betweenness (only when ``structure_known``).

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> orgs = pd.DataFrame({"org_id": ["A", "B", "C"], "name": ["Aa", "Bb", "Cc"],
    ...                      "type": ["vvt"] * 3})
    >>> flows = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"],
    ...                       "period": ["2026"] * 2, "clients": [30, 20]})
    >>> cap = pd.DataFrame({"org_id": ["B", "C"], "period": ["2026"] * 2, "service": ["elv"] * 2,
    ...                     "capacity": [20.0, 40.0], "demand": [30.0, 20.0]})
    >>> none = pd.DataFrame()
    >>> data = ScanData(RegionInfo("x", "X"), orgs, none, flows, none, cap, none, none)
    >>> a = analyse(data)
    >>> resilience_candidates(bottleneck_scores(organisation_factors(a)), a, top_n=2)
    ['B', 'C']
    """
    ranked = scores[scores["score"] > 0].sort_values("rank")
    chosen: list[str] = [str(v) for v in ranked.index[:top_n]]
    prof = analysis.organisations
    if structure_known and "articulation_point" in prof.columns:
        ap = prof[prof["articulation_point"].astype("boolean").fillna(False).to_numpy(bool)]
        by = ap["betweenness"] if "betweenness" in ap.columns else pd.Series(0.0, index=ap.index)
        order = sorted(ap.index, key=lambda v: (-float(by.get(v, 0.0)), str(v)))
        chosen += [str(v) for v in order[:top_n]]
    return list(dict.fromkeys(chosen))


def groups_of(factors: Sequence[str], table: Mapping[str, str]) -> dict[str, list[str]]:
    """Factors per group, in order.

    Examples
    --------
    >>> groups_of(["flow_share", "low_trust"], FACTORS)
    {'criticality': ['flow_share'], 'strain': ['low_trust']}
    """
    out: dict[str, list[str]] = {}
    for f in factors:
        out.setdefault(table[f], []).append(f)
    return out
