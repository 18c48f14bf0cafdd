"""Everything the scan measures before it judges: one call, one frozen result.

:func:`analyse` takes a region's :class:`~scan.data.model.ScanData` and returns an
:class:`Analysis`: the collaboration network, dependencies, capacity
pressure, readiness, governance load and segments, each as well-named tables
and graphs, and the ties laid next to the flows (said against done). A part
the region did not deliver (no ties, no episodes, …) is ``None`` and the
reason is in :attr:`Analysis.skipped`.

The functions of the family modules (:mod:`scan.analysis.network`,
:mod:`scan.analysis.dependencies`, :mod:`scan.analysis.capacity`, :mod:`scan.analysis.readiness`,
:mod:`scan.analysis.governance`, :mod:`scan.analysis.segments`,
:mod:`scan.analysis.saiddone`) do the work; this module only
wires them with the parameters in :class:`AnalysisParams`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx
import pandas as pd

from scan.analysis import capacity as cap
from scan.analysis import dependencies as dep
from scan.analysis import flownet as fn
from scan.analysis import governance as gov
from scan.analysis import network as net
from scan.analysis import readiness as rdy
from scan.analysis import saiddone as sd
from scan.analysis.paths import Method
from scan.analysis.segments import Segmentation, segment
from scan.config import SEED
from scan.data.model import RegionInfo, ScanData
from scan.data.periods import Granularity
from scan.disclosure import MIN_RATERS, SUPPRESSION_THRESHOLD, min_raters, rated
from scan.errors import ScanError


@dataclass(frozen=True)
class AnalysisParams:
    """The parameters of the analysis; every one has a documented default.

    Attributes
    ----------
    seed : int
        Seed for everything random: communities, bootstrap, k-means.
    exact_max_nodes : int
        Up to this many organisations networkx computes the path metrics;
        above it igraph does (both exact; see :mod:`scan.analysis.paths`).
    path_method : {"auto", "networkx", "igraph"}
        Force an engine for the path metrics.
    asymmetry_gap : float
        Smallest trust gap (1-4 scale) for an asymmetric tie ("rated lower"),
        and smallest value gap listed in ``NetworkResult.value_gaps``.
    asymmetry_frequency_gap : int
        Smallest difference in reported frequency (levels: yearly 1 … daily 5)
        for an asymmetric tie ("less often").
    periphery_core : int
        Organisations in a k-core up to this k are periphery.
    flow_periods : tuple of str, optional
        Periods summed for dependencies; all by default.
    transition_window_days : int
        Longest gap between two episodes that still counts as a transition.
    transition_granularity : {"year", "quarter", "month"}
        Period of derived transitions.
    chain_min_share : float
        Smallest share of an organisation's outflow a chain step must carry.
    chain_max_steps : int
        Longest chain, in steps.
    shared_min_clients : int
        Smallest number of shared clients for a pair to count as sharing
        clients (a tie drawn from episodes). Default 9: Barnett et al. (2011)
        found that 9 shared patients identified 82 % of the relationships
        physicians themselves reported. Never below the suppression
        threshold (:data:`scan.disclosure.SUPPRESSION_THRESHOLD`): a lower
        value stops the run with a message.
    heavy_flow_clients : int
        Said against done: clients between two organisations (both ways,
        over the periods) from which their flow is heavy; a heavy flow with
        no tie or a weak one is a missing link.
    weak_tie_level : int
        Said against done: a tie up to this frequency level (1 = yearly) is weak.
    strong_tie_level : int
        Said against done: a tie from this frequency level (4 = weekly) is
        strong; a strong tie without clients between the two is listed.
    n_boot : int
        Bootstrap resamples for the layer gaps.
    ci_level : float
        Confidence level of the layer-gap intervals.
    gap_min_respondents : int
        Respondents needed in each layer to report a gap.
    max_tables : int
        More initiatives than this is "too many tables".
    merge_min_jaccard : float
        Smallest member overlap for a merge candidate.
    merge_min_shared : int
        Smallest number of shared members for a merge candidate.
    active_only : bool
        Governance load counts only initiatives not finished or stopped.
    k_range : (int, int)
        Numbers of segments tried.
    segment_n_init : int
        k-means restarts per number of segments.
    segment_max_missing : float
        A profile feature missing for a larger share of organisations is not
        used for the segments.
    segment_level_cut : float
        Standardised score above which a segment is "high" on a group.
    min_raters : int
        The fewest raters (partners rating trust or value, respondents of one
        organisation's readiness) behind any rating or judgement of one
        organisation, and behind the region's mean trust and value; fewer is
        unknown. Never below :data:`scan.disclosure.MIN_RATERS` (3): a lower
        setting is raised to it, since a mean of two lets each rater read the
        other's answer.
    """

    seed: int = SEED
    exact_max_nodes: int = 300
    path_method: Method = "auto"
    asymmetry_gap: float = 1.0
    asymmetry_frequency_gap: int = 3
    periphery_core: int = 1
    flow_periods: tuple[str, ...] | None = None
    transition_window_days: int = 30
    transition_granularity: Granularity = "quarter"
    chain_min_share: float = 0.3
    chain_max_steps: int = 3
    shared_min_clients: int = 9
    heavy_flow_clients: int = 20
    weak_tie_level: int = 1
    strong_tie_level: int = 4
    n_boot: int = 2000
    ci_level: float = 0.95
    gap_min_respondents: int = 2
    max_tables: int = 5
    merge_min_jaccard: float = 0.5
    merge_min_shared: int = 2
    active_only: bool = True
    k_range: tuple[int, int] = (2, 6)
    segment_n_init: int = 4
    segment_max_missing: float = 0.5
    segment_level_cut: float = 0.5
    min_raters: int = MIN_RATERS

    def __post_init__(self) -> None:
        if self.shared_min_clients < SUPPRESSION_THRESHOLD:
            raise ScanError(
                "error.shared_min_clients",
                value=self.shared_min_clients,
                minimum=SUPPRESSION_THRESHOLD,
            )

    def as_dict(self) -> dict[str, Any]:
        """The parameters as a plain dict (for the method section of the report)."""
        return asdict(self)


@dataclass(frozen=True)
class NetworkResult:
    """The collaboration network (see :mod:`scan.analysis.network`).

    Attributes
    ----------
    graph : networkx.DiGraph
        Respondent → partner, from :func:`scan.analysis.network.collaboration_graph`.
    undirected : networkx.Graph
        The symmetrised network used by path metrics.
    scores : dict
        Network-level scores, :func:`scan.analysis.network.network_scores`.
    organisations : DataFrame
        Per organisation, :func:`scan.analysis.network.organisation_table`.
    asymmetric_ties : DataFrame
        :func:`scan.analysis.network.asymmetric_ties`: the relation seen
        differently (named, trusted, used).
    bridges : DataFrame
        :func:`scan.analysis.network.bridges`.
    value_gaps : DataFrame
        :func:`scan.analysis.network.value_gaps`: pairs that value each other
        unequally, kept apart from the asymmetric ties.
    robustness : DataFrame
        :func:`scan.analysis.network.robustness` at the observed response
        rate: which figures are robust, indicative or fragile.
    """

    graph: nx.DiGraph
    undirected: nx.Graph
    scores: dict[str, float | int | str]
    organisations: pd.DataFrame
    asymmetric_ties: pd.DataFrame
    bridges: pd.DataFrame
    value_gaps: pd.DataFrame = field(default_factory=pd.DataFrame)
    robustness: pd.DataFrame = field(default_factory=pd.DataFrame)


@dataclass(frozen=True)
class DependencyResult:
    """Client flows between organisations (see :mod:`scan.analysis.dependencies`).

    Attributes
    ----------
    source : str
        ``"flows"`` (delivered) or ``"episodes"`` (derived transitions).
    flows : DataFrame
        Flows per period in the ``flows`` form (delivered or derived).
    shares : DataFrame
        A → B over the periods: clients and shares, :func:`dependency_shares`.
    graph : networkx.DiGraph
        The flow network, :func:`flow_graph`.
    organisations : DataFrame
        Per organisation: inflow, outflow, pass-through, flow share, top
        destination, flow betweenness. Inflow, outflow and pass-through are
        NaN (unknown, not 0) for an organisation in no delivered flow (with
        episodes: without episodes).
    chains : DataFrame
        Chains along main destinations, :func:`chains`.
    observed_chains : DataFrame or None
        Two-step chains clients followed (episodes only).
    shared_clients : DataFrame or None
        Pairs with shared clients (episodes only).
    measures : DataFrame
        The flow network per organisation: in- and out-strength, share of the
        region, largest dependency, HHI and referral community
        (:func:`scan.analysis.flownet.flow_measures`).
    communities : DataFrame
        The referral communities, :func:`scan.analysis.flownet.community_table`.
    """

    source: str
    flows: pd.DataFrame
    shares: pd.DataFrame
    graph: nx.DiGraph
    organisations: pd.DataFrame
    chains: pd.DataFrame
    observed_chains: pd.DataFrame | None = None
    shared_clients: pd.DataFrame | None = None
    measures: pd.DataFrame = field(default_factory=pd.DataFrame)
    communities: pd.DataFrame = field(default_factory=pd.DataFrame)


@dataclass(frozen=True)
class SaidDoneResult:
    """Said against done: ties next to client flows (see :mod:`scan.analysis.saiddone`).

    Attributes
    ----------
    source : str
        Where the flows come from: ``"flows"`` or ``"episodes"``.
    pairs : DataFrame
        Per pair of organisations: clients both ways, the tie and what the
        pair shows (:func:`scan.analysis.saiddone.pair_table`).
    flows : DataFrame
        Per flow: clients and the receiver's trust with its number of raters
        (:func:`scan.analysis.saiddone.flows_with_trust`).
    """

    source: str
    pairs: pd.DataFrame
    flows: pd.DataFrame


@dataclass(frozen=True)
class CapacityResult:
    """Capacity pressure (see :mod:`scan.analysis.capacity`).

    Attributes
    ----------
    utilisation : DataFrame
        Per organisation, service and period.
    trends : DataFrame
        Per organisation and service: slopes per period.
    organisations : DataFrame
        Per organisation: latest period and trend.
    by_service : DataFrame
        Region per service and period.
    by_org_type : DataFrame
        Region per organisation type and period.
    """

    utilisation: pd.DataFrame
    trends: pd.DataFrame
    organisations: pd.DataFrame
    by_service: pd.DataFrame
    by_org_type: pd.DataFrame


@dataclass(frozen=True)
class ReadinessResult:
    """Collaboration readiness (see :mod:`scan.analysis.readiness`).

    Attributes
    ----------
    respondents : DataFrame
        Dimension scores per respondent (pseudonymous ids; not for the report).
    by_organisation, by_layer, by_organisation_layer, region : DataFrame
        Long tables: score, sd, n_respondents and band per dimension.
    gaps : DataFrame
        Perception gaps between layers for the region, with bootstrap intervals.
    gaps_by_organisation : DataFrame
        The same within each organisation (where both layers have enough
        respondents).
    """

    respondents: pd.DataFrame
    by_organisation: pd.DataFrame
    by_layer: pd.DataFrame
    by_organisation_layer: pd.DataFrame
    region: pd.DataFrame
    gaps: pd.DataFrame
    gaps_by_organisation: pd.DataFrame


@dataclass(frozen=True)
class GovernanceResult:
    """Governance load (see :mod:`scan.analysis.governance`).

    Attributes
    ----------
    load : DataFrame
        Initiatives per organisation, with ``too_many``.
    initiatives : DataFrame
        Per initiative: line, status, members, leads.
    lines_without_lead : DataFrame
    merge_candidates : DataFrame
    two_mode : DataFrame
        Two-mode degree and betweenness of organisations and initiatives.
    """

    load: pd.DataFrame
    initiatives: pd.DataFrame
    lines_without_lead: pd.DataFrame
    merge_candidates: pd.DataFrame
    two_mode: pd.DataFrame


@dataclass(frozen=True)
class Analysis:
    """Everything :func:`analyse` measured for one region.

    Attributes
    ----------
    region : RegionInfo
    params : AnalysisParams
    organisations : DataFrame
        One row per organisation of the region (indexed by ``org_id``) with
        the main figures of every family side by side: the input for
        diagnosing bottlenecks and quick wins and for the segments.
    network, dependencies, capacity, readiness, governance, segments
        The families; None when the region did not deliver the data.
    said_done : SaidDoneResult or None
        Ties next to flows; None unless both the network and the flows are there.
    skipped : dict
        Family → why it was skipped.
    """

    region: RegionInfo
    params: AnalysisParams
    organisations: pd.DataFrame
    network: NetworkResult | None = None
    dependencies: DependencyResult | None = None
    capacity: CapacityResult | None = None
    readiness: ReadinessResult | None = None
    governance: GovernanceResult | None = None
    segments: Segmentation | None = None
    said_done: SaidDoneResult | None = None
    skipped: dict[str, str] = field(default_factory=dict)


def analyse_network(
    ties: pd.DataFrame,
    organisations: pd.DataFrame,
    params: AnalysisParams,
    respondents: pd.DataFrame | None = None,
) -> NetworkResult:
    """The network family for one region (see :class:`NetworkResult`).

    ``respondents`` is ``ScanData.respondents``: whose form came in, also when
    it named nobody.
    """
    answered = respondents["org_id"] if respondents is not None and len(respondents) else None
    G = net.collaboration_graph(ties, organisations, answered)
    scores = net.network_scores(G)
    # a rating is shown only as a mean of enough raters: the region's and each organisation's
    for attr in ("trust", "value"):
        raters = {u for u, _, d in G.edges(data=True) if d.get(attr) is not None}
        mean = pd.Series([scores[f"mean_{attr}"]], dtype=float)
        scores[f"mean_{attr}"] = float(rated(mean, pd.Series([len(raters)]), params.min_raters)[0])
    U, bridges = net.symmetrise(G), net.bridges(G)
    orgs = net.organisation_table(
        G,
        seed=params.seed,
        periphery_core=params.periphery_core,
        exact_max_nodes=params.exact_max_nodes,
        method=params.path_method,
        undirected=U,
        bridge_table=bridges,
    )
    for attr in ("trust", "value"):
        orgs[f"{attr}_received"] = rated(
            orgs[f"{attr}_received"], orgs[f"{attr}_raters"], params.min_raters
        )
    return NetworkResult(
        graph=G,
        undirected=U,
        scores=scores,
        organisations=orgs,
        asymmetric_ties=net.asymmetric_ties(
            G,
            gap_threshold=params.asymmetry_gap,
            frequency_gap=params.asymmetry_frequency_gap,
        ),
        bridges=bridges,
        value_gaps=net.value_gaps(G, gap_threshold=params.asymmetry_gap),
        robustness=net.robustness(float(scores["response_rate"])),
    )


def analyse_dependencies(
    flows: pd.DataFrame,
    episodes: pd.DataFrame,
    organisations: pd.DataFrame,
    params: AnalysisParams,
) -> DependencyResult | None:
    """The dependency family: from flows if delivered, else from episodes."""
    has_flows = flows is not None and len(flows) > 0
    has_episodes = episodes is not None and len(episodes) > 0
    if not (has_flows or has_episodes):
        return None
    ct = (
        dep.client_transitions(episodes, window_days=params.transition_window_days)
        if has_episodes
        else None
    )
    if has_flows:
        source, table = "flows", flows
    else:
        source = "episodes"
        table = dep.transitions(
            episodes,
            window_days=params.transition_window_days,
            granularity=params.transition_granularity,
        )
    shares = dep.dependency_shares(table, periods=params.flow_periods)
    G = dep.flow_graph(shares, nodes=organisations["org_id"].astype(str).tolist())
    orgs = dep.pass_through(shares, ct if source == "episodes" else None)
    fb = dep.flow_betweenness(G, exact_max_nodes=params.exact_max_nodes, method=params.path_method)
    orgs = fb.join(orgs, how="left")
    orgs.index.name = "org_id"
    # a delivered 0 is 0; a direction nobody reported (no episode at all) is unknown
    covered = (
        set(episodes["org_id"].dropna().astype(str))
        if source == "episodes"
        else fn.region_wide(table)
    )
    senders, receivers = fn.observed(shares, covered)
    ids = orgs.index.astype(str)
    known = {
        "inflow": ids.isin(sorted(receivers)),
        "outflow": ids.isin(sorted(senders)),
        "pass_through": ids.isin(sorted(senders & receivers)),
    }
    for c, seen in known.items():
        orgs[c] = orgs[c].fillna(0.0).where(seen)
    measures = fn.flow_measures(shares, nodes=list(G), covered=covered)
    measures["community"] = fn.referral_communities(shares, list(G), seed=params.seed)
    return DependencyResult(
        source=source,
        flows=table,
        shares=shares,
        graph=G,
        organisations=orgs,
        chains=dep.chains(G, min_share=params.chain_min_share, max_steps=params.chain_max_steps),
        observed_chains=dep.observed_chains(ct) if ct is not None else None,
        shared_clients=(
            dep.shared_clients(episodes, min_clients=params.shared_min_clients)
            if has_episodes
            else None
        ),
        measures=measures,
        communities=fn.community_table(shares, measures["community"]),
    )


def analyse_said_done(
    network: NetworkResult, dependencies: DependencyResult, params: AnalysisParams
) -> SaidDoneResult:
    """Said against done (see :class:`SaidDoneResult`)."""
    ratings = network.organisations[["trust_received", "trust_raters"]]
    m = dependencies.measures
    return SaidDoneResult(
        source=dependencies.source,
        pairs=sd.pair_table(
            network.graph,
            dependencies.shares,
            heavy_clients=params.heavy_flow_clients,
            weak_level=params.weak_tie_level,
            strong_level=params.strong_tie_level,
            senders=set(m.index[m["out_strength"].notna()].astype(str)),
        ),
        flows=sd.flows_with_trust(dependencies.shares, ratings),
    )


def analyse_capacity(capacity: pd.DataFrame, organisations: pd.DataFrame) -> CapacityResult:
    """The capacity family (see :class:`CapacityResult`)."""
    util = cap.utilisation(capacity)
    return CapacityResult(
        utilisation=util,
        trends=cap.trends(util),
        organisations=cap.organisation_pressure(util),
        by_service=cap.region_pressure(util, by="service"),
        by_org_type=cap.region_pressure(util, organisations, by="type"),
    )


def _enough_raters(table: pd.DataFrame, params: AnalysisParams) -> pd.DataFrame:
    """Readiness of one organisation from fewer than ``min_raters`` respondents: unknown.

    No judgement about one organisation ("not yet ready") rests on one or two
    of its people; its score, spread and band become unknown, its count stays.
    """
    out = table.copy()
    enough = out["n_respondents"] >= min_raters(params.min_raters)
    for col in ("score", "sd"):
        out[col] = out[col].astype(float).where(enough)
    out["band"] = out["band"].where(enough)
    return out


def analyse_readiness(survey: pd.DataFrame, params: AnalysisParams) -> ReadinessResult:
    """The readiness family (see :class:`ReadinessResult`)."""
    scores = rdy.respondent_scores(survey)
    gap_args: dict[str, Any] = {
        "n_boot": params.n_boot,
        "level": params.ci_level,
        "seed": params.seed,
        "min_respondents": params.gap_min_respondents,
    }
    return ReadinessResult(
        respondents=scores,
        by_organisation=_enough_raters(rdy.readiness_scores(scores, by=("org_id",)), params),
        by_layer=rdy.readiness_scores(scores, by=("layer",)),
        by_organisation_layer=_enough_raters(
            rdy.readiness_scores(scores, by=("org_id", "layer")), params
        ),
        region=rdy.readiness_scores(scores, by=()),
        gaps=rdy.layer_gaps(scores, **gap_args),
        gaps_by_organisation=rdy.layer_gaps(scores, by="org_id", **gap_args),
    )


def analyse_governance(initiatives: pd.DataFrame, params: AnalysisParams) -> GovernanceResult:
    """The governance family (see :class:`GovernanceResult`)."""
    B = gov.two_mode_graph(initiatives, active_only=params.active_only)
    orgs = [v for v, m in B.nodes(data="bipartite") if m == 0]
    return GovernanceResult(
        load=gov.initiative_load(
            initiatives, max_tables=params.max_tables, active_only=params.active_only
        ),
        initiatives=gov.initiative_summary(initiatives),
        lines_without_lead=gov.lines_without_lead(initiatives, active_only=params.active_only),
        merge_candidates=gov.merge_candidates(
            initiatives,
            min_jaccard=params.merge_min_jaccard,
            min_shared=params.merge_min_shared,
            active_only=params.active_only,
        ),
        two_mode=gov.two_mode_centrality(
            B,
            orgs,
            exact_max_nodes=params.exact_max_nodes,
            method=params.path_method,
        ),
    )


_NETWORK_COLUMNS = (
    "respondent",
    "in_degree",
    "out_degree",
    "degree",
    "degree_centrality",
    "betweenness",
    "eigenvector",
    "community",
    "core",
    "articulation_point",
    "bridges",
    "isolate",
    "periphery",
    "trust_received",
    "trust_raters",
    "value_received",
    "value_raters",
)
_DEPENDENCY_COLUMNS = (
    "inflow",
    "outflow",
    "pass_through",
    "onward_share",
    "flow_share",
    "top_destination",
    "top_destination_share",
    "flow_betweenness",
)
_CAPACITY_COLUMNS = {
    "period": "capacity_period",
    "demand": "demand",
    "capacity": "capacity",
    "utilisation": "utilisation",
    "overloaded_services": "overloaded_services",
    "waiting_list": "waiting_list",
    "wait_days": "wait_days",
    "vacancies_fte": "vacancies_fte",
    "utilisation_slope": "utilisation_slope",
    "waiting_list_slope": "waiting_list_slope",
    "wait_days_slope": "wait_days_slope",
}


def organisation_profile(
    organisations: pd.DataFrame,
    network: NetworkResult | None = None,
    dependencies: DependencyResult | None = None,
    capacity: CapacityResult | None = None,
    readiness: ReadinessResult | None = None,
    governance: GovernanceResult | None = None,
) -> pd.DataFrame:
    """The main figures of every family side by side, one row per organisation.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``org_id`` (every organisation of the region, in order):
        ``name``, ``type``, ``echelon``, the network columns, the dependency
        columns, the capacity columns (``capacity_period`` is the latest
        period), ``readiness`` (overall score) with ``readiness_respondents``,
        ``initiatives``, ``leads`` and ``too_many_tables``. A family that was
        skipped contributes no columns.
    """
    ids = organisations["org_id"].astype(str)
    out = pd.DataFrame(index=pd.Index(ids, name="org_id"))
    for col in ("name", "type", "echelon"):
        if col in organisations.columns:
            out[col] = organisations[col].to_numpy()
    if network is not None:
        cols = [c for c in _NETWORK_COLUMNS if c in network.organisations.columns]
        out = out.join(network.organisations[cols], how="left")
    if dependencies is not None:
        cols = [c for c in _DEPENDENCY_COLUMNS if c in dependencies.organisations.columns]
        out = out.join(dependencies.organisations[cols], how="left")
    if capacity is not None:
        cp = capacity.organisations.rename(columns=_CAPACITY_COLUMNS)
        out = out.join(cp[list(_CAPACITY_COLUMNS.values())], how="left")
    if readiness is not None and len(readiness.by_organisation):
        overall = readiness.by_organisation[readiness.by_organisation["dimension"] == "overall"]
        overall = overall.set_index(overall["org_id"].astype(str))
        out["readiness"] = overall["score"].reindex(out.index).astype(float)
        out["readiness_respondents"] = (
            overall["n_respondents"].reindex(out.index).fillna(0).astype(int)
        )
    if governance is not None:
        load = governance.load.rename(columns={"too_many": "too_many_tables"})
        out = out.join(load[["initiatives", "leads", "too_many_tables"]], how="left")
        out["initiatives"] = out["initiatives"].fillna(0).astype(int)
        out["leads"] = out["leads"].fillna(0).astype(int)
        out["too_many_tables"] = out["too_many_tables"].astype("boolean").fillna(False)
    return out


def analyse(data: ScanData, params: AnalysisParams | None = None) -> Analysis:
    """Measure everything for one region.

    Parameters
    ----------
    data : ScanData
        The merged, clean tables of the region.
    params : AnalysisParams, optional
        Defaults when omitted.

    Returns
    -------
    Analysis
        Families the region did not deliver are None, with the reason in
        ``skipped``.

    Examples
    --------
    >>> none = pd.DataFrame()
    >>> data = ScanData(
    ...     region=RegionInfo(key="demo", name="Demo"),
    ...     organisations=pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"],
    ...                                 "type": ["vvt", "ggz"]}),
    ...     ties=pd.DataFrame({"respondent_org": ["A", "B"], "partner_org": ["B", "A"]}),
    ...     flows=none, episodes=none, capacity=none, survey=none, initiatives=none)
    >>> a = analyse(data)
    >>> a.network.scores["reciprocity"], sorted(a.skipped)
    (1.0, ['capacity', 'dependencies', 'governance', 'readiness', 'segments'])
    """
    p = params or AnalysisParams()
    skipped: dict[str, str] = {}
    orgs = data.organisations

    network = None
    if len(data.ties) or len(data.respondents):
        network = analyse_network(data.ties, orgs, p, data.respondents)
    else:
        skipped["network"] = "no ties (network survey) delivered"

    dependencies = analyse_dependencies(data.flows, data.episodes, orgs, p)
    if dependencies is None:
        skipped["dependencies"] = "no flows or episodes delivered"

    capacity = None
    if len(data.capacity):
        capacity = analyse_capacity(data.capacity, orgs)
    else:
        skipped["capacity"] = "no capacity delivered"

    readiness = None
    if len(data.survey) and rdy.item_columns(data.survey):
        readiness = analyse_readiness(data.survey, p)
    else:
        skipped["readiness"] = "no survey (with items) delivered"

    said_done = None
    if network is not None and dependencies is not None:
        said_done = analyse_said_done(network, dependencies, p)

    governance = None
    if len(data.initiatives):
        governance = analyse_governance(data.initiatives, p)
    else:
        skipped["governance"] = "no initiatives delivered"

    profile = organisation_profile(orgs, network, dependencies, capacity, readiness, governance)
    segments = None
    if len(profile) >= 3:
        segments = segment(
            profile,
            k_range=p.k_range,
            seed=p.seed,
            n_init=p.segment_n_init,
            level_cut=p.segment_level_cut,
            max_missing=p.segment_max_missing,
        )
        if segments.k >= 1:
            profile = profile.join(
                segments.assignments.rename(columns={"label": "segment_label"}), how="left"
            )
            profile["segment"] = profile["segment"].astype("Int64")
        else:
            skipped["segments"] = "no profile feature with enough data (see segments.dropped)"
    else:
        skipped["segments"] = "fewer than 3 organisations"

    return Analysis(
        region=data.region,
        params=p,
        organisations=profile,
        network=network,
        dependencies=dependencies,
        capacity=capacity,
        readiness=readiness,
        governance=governance,
        segments=segments,
        said_done=said_done,
        skipped=skipped,
    )
