"""The collaboration network, from the ``ties`` survey.

Every respondent names the partners it works with; the graph runs
respondent → partner (:func:`collaboration_graph`). Each tie carries how often
they work together, the kinds of relation, and the PARTNER-style ratings the
respondent gives the partner: **trust** (mean of reliable, mission, open;
1-4) and **value** (mean of power, involvement, resources; 1-4).

Respondents and ties
--------------------
An organisation *answered* when its form came in, whatever it said: a row
naming a partner, a row answered "never", or a pre-filled form answered "no"
everywhere (``ScanData.respondents``, passed as ``respondents``). A *tie* is a
row naming a partner it works with: a row whose frequency is "never" is an
answer ("we do not work together"), not a tie. So an organisation that works
with nobody is a respondent with no ties, not a non-respondent.

Non-respondents
---------------
An organisation that did not answer has *unknown* outgoing ties, not absent
ones. Each metric deals with that explicitly:

================================  ==============================================
metric                            how non-respondents count
================================  ==============================================
response rate, confidence         respondents / organisations in the region
density                           ties named / ties respondents *could* name,
                                  ``m / (r (n - 1))``: only observed rows
reciprocity                       among respondents only (both sides answered)
in-degree                         nominations by respondents (a lower bound)
out-degree                        missing (NA) for a non-respondent
trust / value received            ratings by respondents; anyone can receive
asymmetric ties                   "not named back" only when B answered
betweenness, closeness,           on the *symmetrised* network: a tie counts
eigenvector, communities,         when either side names it, so a non-respondent
articulation points, bridges,     is placed through the ties others report
core, isolates, periphery         (reconstruction); its ties to other
                                  non-respondents remain unseen
================================  ==============================================

Weights
-------
``strength = (frequency level + 1) / 6`` with yearly = 1 … daily = 5, so a
daily tie has strength 1, a yearly one 1/3, and a tie named without a
frequency counts as yearly ("never" = 0 is no tie at all). In the symmetrised
network the strength of a pair is the mean of the reports of both sides.
Path-based metrics (betweenness, closeness) use ``distance = 1 / strength``
(1 for a daily tie, 3 for a yearly one): a strong tie is a short step.
Eigenvector centrality and community detection use the strength itself.

References
----------
Varda, D. M., & Retrum, J. H. (2015). Collaborative performance as a function
of network members' perceptions of trust and value (PARTNER tool).
Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
Social Networks 1, 215-239.
Blondel, V. et al. (2008). Fast unfolding of communities in large networks.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from scan.analysis.paths import Method, betweenness, shortest_path_centrality
from scan.data.schema import FREQUENCIES, FREQUENCY_SYNONYMS

#: The frequency levels, never = 0 … daily = 5 (raw spellings such as "3" or
#: "wekelijks" too, although validation has normally mapped them already).
FREQUENCY_LEVEL: dict[str, int] = {
    **{raw: FREQUENCIES.index(f) for raw, f in FREQUENCY_SYNONYMS.items()},
    **{f: i for i, f in enumerate(FREQUENCIES)},
}
#: Level assumed when a respondent names a partner without a frequency (yearly).
MISSING_FREQUENCY_LEVEL = 1
#: The level of "never": an answer that the two do not work together, not a tie.
NEVER_LEVEL = 0
RELATION_KINDS: tuple[str, ...] = (
    "referral",
    "information",
    "joint_project",
    "shared_staff",
    "funding",
)
TRUST_ITEMS: tuple[str, ...] = ("trust_reliable", "trust_mission", "trust_open")
VALUE_ITEMS: tuple[str, ...] = ("value_power", "value_involvement", "value_resources")

#: Confidence in network metrics by response rate (lower bounds).
CONFIDENCE_BANDS: tuple[tuple[float, str], ...] = ((0.80, "high"), (0.65, "moderate"))


#: Robustness of each network figure to organisations that did not answer:
#: ``metric -> (robust from, indicative from)``, response rates. Below the second
#: the figure is fragile. The order follows Smith & Moody (2013): in-degree holds up
#: best when respondents are missing at random, closeness next, betweenness and
#: centralisation least; density and reciprocity, estimated among respondents, are
#: unbiased. The rates are calibrated by removing respondents at random from
#: complete networks (a heavy-tailed and a sparse random one, 40 organisations;
#: ``tests/test_network.py::test_robustness_labels_keep_their_promise``).
ROBUSTNESS: dict[str, tuple[float, float]] = {
    "in_degree": (0.80, 0.50),
    "closeness": (0.90, 0.65),
    "degree": (0.95, 0.80),
    "eigenvector": (0.95, 0.80),
    "betweenness": (0.95, 0.90),
    "density": (0.50, 0.50),
    "reciprocity": (0.80, 0.50),
    "degree_centralisation": (0.95, 0.80),
}
#: Figures per organisation (their promise is a rank correlation); the others are
#: figures of the whole network (their promise is a relative error).
ROBUSTNESS_PER_ORGANISATION: frozenset[str] = frozenset(
    {"in_degree", "closeness", "degree", "eigenvector", "betweenness"}
)
#: What a label promises, against the same figure on the complete network. Per
#: organisation: the median Spearman rank correlation over random draws of who
#: answers is at least this. For the whole network (shares and indices, 0-1): the
#: error stays within this many points in 9 of 10 draws. A fragile figure promises
#: nothing.
RANK_PROMISE: dict[str, float] = {"robust": 0.8, "indicative": 0.6}
ERROR_PROMISE: dict[str, float] = {"robust": 0.05, "indicative": 0.10}


def robustness(rate: float) -> pd.DataFrame:
    """How far each network figure can be read at response rate ``rate``.

    Parameters
    ----------
    rate : float
        The response rate (respondents / organisations); NaN counts as 0.

    Returns
    -------
    pandas.DataFrame
        One row per figure of :data:`ROBUSTNESS`: ``metric``, ``per``
        (``organisation`` or ``network``), ``label`` (``robust``,
        ``indicative``, ``fragile``), ``robust_from``, ``indicative_from``
        and ``promise`` (the minimum rank correlation, or the maximum error in
        points, the label stands for; NaN for fragile).

    References
    ----------
    Smith, J. A., & Moody, J. (2013). Structural effects of network sampling
    coverage I: Nodes missing at random. Social Networks 35(4), 652-668.

    Examples
    --------
    >>> r = robustness(0.8).set_index("metric")
    >>> r.loc[["in_degree", "closeness", "betweenness", "degree_centralisation"], "label"].tolist()
    ['robust', 'indicative', 'fragile', 'indicative']
    """
    known = 0.0 if rate is None or math.isnan(rate) else float(rate)
    rows = []
    for metric, (robust_from, indicative_from) in ROBUSTNESS.items():
        label = (
            "robust"
            if known >= robust_from - 1e-12
            else ("indicative" if known >= indicative_from - 1e-12 else "fragile")
        )
        per = "organisation" if metric in ROBUSTNESS_PER_ORGANISATION else "network"
        promises = RANK_PROMISE if per == "organisation" else ERROR_PROMISE
        rows.append(
            {
                "metric": metric,
                "per": per,
                "label": label,
                "robust_from": robust_from,
                "indicative_from": indicative_from,
                "promise": promises.get(label, float("nan")),
            }
        )
    return pd.DataFrame(rows)


def strength_of(level: float | None) -> float:
    """Tie strength in (0, 1] from a frequency level 0-5 (missing: yearly).

    Examples
    --------
    >>> strength_of(5), strength_of(0), strength_of(None)
    (1.0, 0.16666666666666666, 0.3333333333333333)
    """
    if level is None or (isinstance(level, float) and math.isnan(level)):
        level = MISSING_FREQUENCY_LEVEL
    return (float(level) + 1.0) / 6.0


def _row_mean(frame: pd.DataFrame, columns: Iterable[str]) -> pd.Series:
    cols = [c for c in columns if c in frame.columns]
    if not cols:
        return pd.Series(np.nan, index=frame.index, dtype=float)
    values = frame[cols].astype("Float64").astype(float)
    with np.errstate(invalid="ignore"):
        return values.mean(axis=1, skipna=True)


def score_ties(ties: pd.DataFrame) -> pd.DataFrame:
    """The ties table with derived columns for the analysis.

    Adds ``frequency_level`` (0-5, NA when missing), ``trust`` and ``value``
    (mean of the available items, NaN when none), ``strength`` and
    ``distance`` (see the module docstring). Self-ties are dropped.

    Parameters
    ----------
    ties : pandas.DataFrame
        The clean ``ties`` table.

    Returns
    -------
    pandas.DataFrame
        A new frame; the input is not modified.

    Examples
    --------
    >>> t = pd.DataFrame({"respondent_org": ["A"], "partner_org": ["B"],
    ...                   "frequency": ["weekly"], "trust_reliable": [4.0],
    ...                   "trust_mission": [3.0], "trust_open": [2.0]})
    >>> s = score_ties(t)
    >>> int(s.loc[0, "frequency_level"]), float(s.loc[0, "trust"]), float(s.loc[0, "distance"])
    (4, 3.0, 1.2)
    """
    out = ties.copy()
    out = out[out["respondent_org"].astype(str) != out["partner_org"].astype(str)].copy()
    if "frequency" in out.columns:
        level = out["frequency"].astype("string").str.strip().str.lower().map(FREQUENCY_LEVEL)
        out["frequency_level"] = level.astype("Int64")
    else:
        out["frequency_level"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    out["trust"] = _row_mean(out, TRUST_ITEMS)
    out["value"] = _row_mean(out, VALUE_ITEMS)
    lv = out["frequency_level"].astype("Float64").fillna(MISSING_FREQUENCY_LEVEL).astype(float)
    out["strength"] = (lv + 1.0) / 6.0
    out["distance"] = 1.0 / out["strength"]
    return out


def _none_if_nan(x: Any) -> float | None:
    if x is None or x is pd.NA:
        return None
    f = float(x)
    return None if math.isnan(f) else f


def collaboration_graph(
    ties: pd.DataFrame,
    organisations: pd.DataFrame | None = None,
    respondents: Iterable[Hashable] | None = None,
) -> nx.DiGraph:
    """The directed collaboration network: respondent → named partner.

    Parameters
    ----------
    ties : pandas.DataFrame
        The clean ``ties`` table (org references resolved to ``org_id``).
    organisations : pandas.DataFrame, optional
        The ``organisations`` table: every organisation becomes a node (also
        those nobody named), with attributes ``name``, ``type``, ``echelon``.
    respondents : iterable of str, optional
        Organisations whose form came in (``ScanData.respondents["org_id"]``),
        also those that named nobody. Every ``respondent_org`` of ``ties``
        answered too.

    Returns
    -------
    networkx.DiGraph
        Nodes (sorted by ``org_id``) carry ``respondent`` (True when the
        organisation answered the survey). Edges are the rows naming a
        partner; a row answered "never" is no edge (it still makes its
        respondent one). Edges carry ``frequency`` (str or None),
        ``frequency_level`` (1-5 or None), ``kinds`` (tuple of relation kinds
        marked yes), ``trust`` and ``value`` (float or None), ``strength`` and
        ``distance``. ``G.graph["organisations"]`` is the number of
        organisations (the response-rate denominator): those of the
        organisations table plus any referenced only in ties;
        ``G.graph["never"]`` the number of rows answered "never".

    Examples
    --------
    >>> t = pd.DataFrame({"respondent_org": ["A", "B", "D"], "partner_org": ["B", "C", "A"],
    ...                   "frequency": ["weekly", "monthly", "never"]})
    >>> G = collaboration_graph(t, respondents=["E"])
    >>> sorted(G.edges), G.nodes["C"]["respondent"], G.nodes["D"]["respondent"]
    ([('A', 'B'), ('B', 'C')], False, True)
    >>> G.nodes["E"]["respondent"], G.graph["never"]
    (True, 1)
    """
    scored = score_ties(ties)
    G = nx.DiGraph()
    attrs: dict[str, dict[str, Any]] = {}
    if organisations is not None and len(organisations):
        for row in organisations.to_dict("records"):
            org = str(row["org_id"])
            attrs[org] = {
                "name": None if pd.isna(row.get("name")) else str(row.get("name")),
                "type": None if pd.isna(row.get("type")) else str(row.get("type")),
                "echelon": None if pd.isna(row.get("echelon")) else int(row["echelon"]),
            }
    answered = set(scored["respondent_org"].astype(str))
    answered |= {str(v) for v in (respondents if respondents is not None else ()) if pd.notna(v)}
    never = scored["frequency_level"].eq(NEVER_LEVEL).fillna(False).to_numpy(bool)
    scored = scored[~never]
    named = set(scored["partner_org"].astype(str))
    for org in sorted(set(attrs) | answered | named):
        a = attrs.get(org, {"name": None, "type": None, "echelon": None})
        G.add_node(org, **a, respondent=org in answered)
    G.graph["organisations"] = G.number_of_nodes()
    G.graph["never"] = int(never.sum())
    kinds = [k for k in RELATION_KINDS if k in scored.columns]
    kind_flags = {k: scored[k].astype("boolean").fillna(False).to_numpy(bool) for k in kinds}
    freq = (
        scored["frequency"].astype("string").str.strip().str.lower()
        if "frequency" in scored.columns
        else pd.Series(pd.NA, index=scored.index, dtype="string")
    )
    records = zip(
        scored["respondent_org"].astype(str),
        scored["partner_org"].astype(str),
        freq,
        scored["frequency_level"],
        scored["trust"],
        scored["value"],
        scored["strength"],
        scored["distance"],
        strict=True,
    )
    for i, (r, p, f, lv, tr, va, st, di) in enumerate(records):
        G.add_edge(
            r,
            p,
            frequency=None if pd.isna(f) else str(f),
            frequency_level=None if pd.isna(lv) else int(lv),
            kinds=tuple(k for k in kinds if kind_flags[k][i]),
            trust=_none_if_nan(tr),
            value=_none_if_nan(va),
            strength=float(st),
            distance=float(di),
        )
    return G


def respondents(G: nx.DiGraph) -> list[Hashable]:
    """The nodes that answered the survey (node attribute ``respondent``)."""
    return [v for v, r in G.nodes(data="respondent") if r]


def symmetrise(G: nx.DiGraph) -> nx.Graph:
    """The undirected network: a tie counts when either side names it.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`collaboration_graph`.

    Returns
    -------
    networkx.Graph
        Same nodes and node attributes. Edge ``strength`` is the mean of the
        strengths reported by the side(s) that named the tie; ``distance`` is
        ``1 / strength``; ``named_by`` is 1 or 2 (reciprocated).

    Examples
    --------
    >>> D = nx.DiGraph()
    >>> D.add_edge("A", "B", strength=1.0)
    >>> D.add_edge("B", "A", strength=0.5)
    >>> U = symmetrise(D)
    >>> U["A"]["B"]["strength"], U["A"]["B"]["distance"], U["A"]["B"]["named_by"]
    (0.75, 1.3333333333333333, 2)
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    U.graph.update(G.graph)
    for u, v, d in G.edges(data=True):
        s = float(d.get("strength", 1.0))
        if U.has_edge(u, v):
            e = U[u][v]
            e["strength"] = (e["strength"] * e["named_by"] + s) / (e["named_by"] + 1)
            e["named_by"] += 1
        else:
            U.add_edge(u, v, strength=s, named_by=1)
    for _, _, e in U.edges(data=True):
        e["distance"] = 1.0 / e["strength"]
    return U


def confidence_level(rate: float) -> str:
    """How far network metrics can be trusted given the response rate.

    ``>= 0.80`` high, ``>= 0.65`` moderate, below that (or unknown) low.

    Examples
    --------
    >>> [confidence_level(r) for r in (0.8, 0.79, 0.65, 0.649, float("nan"))]
    ['high', 'moderate', 'moderate', 'low', 'low']
    """
    if rate is None or math.isnan(rate):
        return "low"
    for bound, label in CONFIDENCE_BANDS:
        if rate >= bound - 1e-12:
            return label
    return "low"


def response_rate(G: nx.DiGraph) -> float:
    """Respondents / organisations in the region (``G.graph["organisations"]``).

    Examples
    --------
    >>> t = pd.DataFrame({"respondent_org": ["A", "B"], "partner_org": ["B", "C"]})
    >>> round(response_rate(collaboration_graph(t)), 3)
    0.667
    """
    n = int(G.graph.get("organisations", G.number_of_nodes()))
    if n == 0:
        return float("nan")
    return len(respondents(G)) / n


def reciprocity_among_respondents(G: nx.DiGraph) -> float:
    """Share of ties between two respondents that the other side names too.

    Only ties whose both ends answered are counted: a tie to a non-respondent
    cannot be returned in the data.

    Examples
    --------
    >>> D = nx.DiGraph([("A", "B"), ("B", "A"), ("A", "C"), ("C", "D")])
    >>> nx.set_node_attributes(D, {"A": True, "B": True, "C": True, "D": False}, "respondent")
    >>> reciprocity_among_respondents(D)  # A-B both ways, A->C not returned; C->D not counted
    0.6666666666666666
    """
    resp = set(respondents(G))
    edges = [(u, v) for u, v in G.edges if u in resp and v in resp]
    if not edges:
        return float("nan")
    back = sum(1 for u, v in edges if G.has_edge(v, u))
    return back / len(edges)


def degree_centralisation(G: nx.Graph) -> float:
    """Freeman's degree centralisation of the (symmetrised) network, 0-1.

    ``sum(max_degree - degree_i) / ((n - 1)(n - 2))``: 1 for a star (one
    organisation linked to all others, none linked among themselves), 0 when
    every organisation has the same number of partners. A directed graph is
    symmetrised first.

    Examples
    --------
    >>> degree_centralisation(nx.star_graph(4)), degree_centralisation(nx.complete_graph(4))
    (1.0, 0.0)
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    n = U.number_of_nodes()
    if n < 3:
        return float("nan")
    deg = np.array([d for _, d in U.degree()], dtype=float)
    return float((deg.max() - deg).sum() / ((n - 1) * (n - 2)))


def indegree_centralisation(G: nx.DiGraph) -> float:
    """Freeman's in-degree centralisation, 0-1: ``sum(max - in_i) / (n - 1)^2``.

    Examples
    --------
    >>> indegree_centralisation(nx.DiGraph([(1, 0), (2, 0), (3, 0)]))
    1.0
    """
    n = G.number_of_nodes()
    if n < 2:
        return float("nan")
    deg = np.array([d for _, d in G.in_degree()], dtype=float)
    return float((deg.max() - deg).sum() / ((n - 1) ** 2))


def _edge_mean(G: nx.Graph, attr: str) -> float:
    vals = [d[attr] for _, _, d in G.edges(data=True) if d.get(attr) is not None]
    return float(np.mean(vals)) if vals else float("nan")


def network_scores(G: nx.DiGraph) -> dict[str, float | int | str]:
    """Network-level scores of the collaboration network.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`collaboration_graph`.

    Returns
    -------
    dict
        ``organisations`` (n), ``respondents`` (r), ``response_rate``,
        ``confidence`` (high/moderate/low), ``ties`` (m), ``density``
        (``m / (r (n - 1))``), ``reciprocity`` (among respondents),
        ``degree_centralisation`` (symmetrised), ``indegree_centralisation``,
        ``mean_trust`` and ``mean_value`` (over rated ties), ``components``
        and ``largest_component_share`` (symmetrised), ``isolates``.

    Examples
    --------
    >>> t = pd.DataFrame({"respondent_org": ["A", "B"], "partner_org": ["B", "A"]})
    >>> s = network_scores(collaboration_graph(t))
    >>> s["density"], s["reciprocity"], s["confidence"]
    (1.0, 1.0, 'high')
    """
    n = int(G.graph.get("organisations", G.number_of_nodes()))
    nodes = G.number_of_nodes()
    r = len(respondents(G))
    m = G.number_of_edges()
    rate = response_rate(G)
    U = symmetrise(G)
    comps = list(nx.connected_components(U)) if nodes else []
    largest = max((len(c) for c in comps), default=0)
    return {
        "organisations": n,
        "respondents": r,
        "response_rate": rate,
        "confidence": confidence_level(rate),
        "ties": m,
        "density": m / (r * (nodes - 1)) if r and nodes > 1 else float("nan"),
        "reciprocity": reciprocity_among_respondents(G),
        "degree_centralisation": degree_centralisation(U),
        "indegree_centralisation": indegree_centralisation(G),
        "mean_trust": _edge_mean(G, "trust"),
        "mean_value": _edge_mean(G, "value"),
        "components": len(comps),
        "largest_component_share": largest / nodes if nodes else float("nan"),
        "isolates": sum(1 for _ in nx.isolates(U)),
    }


def eigenvector(G: nx.Graph, weight: str | None = "strength") -> pd.Series:
    """Eigenvector centrality on the largest connected part, scaled to a maximum of 1.

    Being linked to well-linked organisations counts. Direction is ignored; the
    weight is a **strength** (a stronger tie counts more). In a network that
    falls apart, the measure is only defined within one part: organisations
    outside the largest part get 0.

    Examples
    --------
    >>> s = eigenvector(nx.star_graph(3), weight=None)
    >>> s.round(3).tolist()
    [1.0, 0.577, 0.577, 0.577]
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    out = pd.Series(0.0, index=pd.Index(list(G)), name="eigenvector")
    if U.number_of_edges() == 0:
        return out
    part = max(nx.connected_components(U), key=len)
    H = U.subgraph(part)
    try:
        if len(H) > 2:
            values = nx.eigenvector_centrality_numpy(H, weight=weight, max_iter=1000)
        else:
            values = dict.fromkeys(H, 1.0)
    except (nx.NetworkXException, ArithmeticError):  # pragma: no cover - numerical failure
        return out * np.nan
    s = pd.Series({v: abs(float(x)) for v, x in values.items()})
    top = s.max()
    if top > 0:
        s = s / top
    out.loc[s.index] = s.to_numpy()
    return out


def centrality(
    G: nx.Graph,
    *,
    distance: str | None = "distance",
    strength: str | None = "strength",
    exact_max_nodes: int = 300,
    method: Method = "auto",
    closeness: bool = True,
) -> pd.DataFrame:
    """Per-node centrality: degree, betweenness, closeness, eigenvector.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Paths follow direction in a directed graph (the scan passes the
        symmetrised network, see :func:`symmetrise`).
    distance : str, optional
        Edge attribute used as a **distance** by betweenness and closeness;
        None counts steps.
    strength : str, optional
        Edge attribute used as a **strength** by eigenvector centrality.
    exact_max_nodes, method
        See :func:`scan.analysis.paths.betweenness`: above ``exact_max_nodes`` nodes
        igraph computes the path metrics (exact, like networkx below it).
    closeness : bool
        Also closeness (a second sweep of shortest paths: about as long as
        betweenness on a large network).

    Returns
    -------
    pandas.DataFrame
        Indexed by node: ``degree`` (number of partners), ``degree_centrality``
        (degree / (n - 1)), ``in_degree`` and ``out_degree`` for a directed
        graph, ``betweenness`` (normalised), ``closeness`` (when asked),
        ``eigenvector``.

    Examples
    --------
    >>> c = centrality(nx.florentine_families_graph(), distance=None, strength=None)
    >>> round(float(c.loc["Medici", "betweenness"]), 3)
    0.522
    """
    nodes = list(G)
    n = len(nodes)
    out = pd.DataFrame(index=pd.Index(nodes))
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    out["degree"] = pd.Series(dict(U.degree()), dtype=float).reindex(nodes).astype(int)
    out["degree_centrality"] = out["degree"] / (n - 1) if n > 1 else 0.0
    if G.is_directed():
        out["in_degree"] = pd.Series(dict(G.in_degree())).reindex(nodes).astype(int)
        out["out_degree"] = pd.Series(dict(G.out_degree())).reindex(nodes).astype(int)
    if closeness:
        paths = shortest_path_centrality(
            G, distance, exact_max_nodes=exact_max_nodes, method=method
        )
    else:
        paths = betweenness(G, distance, exact_max_nodes=exact_max_nodes, method=method).to_frame()
    out = out.join(paths)
    out["eigenvector"] = eigenvector(G, strength)
    return out


def communities(G: nx.Graph, *, weight: str | None = "strength", seed: int = 0) -> pd.Series:
    """Community (cluster) per organisation by Louvain modularity, seeded.

    Direction is ignored and the weight is a strength. Communities are
    numbered 1, 2, … from the largest; ties in size are ordered by their
    first member. Isolated organisations get no community (NA).

    Examples
    --------
    >>> G = nx.barbell_graph(4, 0)
    >>> communities(G, weight=None).tolist()
    [1, 1, 1, 1, 2, 2, 2, 2]
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    out = pd.Series(pd.NA, index=pd.Index(list(G)), dtype="Int64", name="community")
    if U.number_of_edges() == 0:
        return out
    H = U.subgraph([v for v in U if U.degree(v) > 0])
    parts = nx.community.louvain_communities(H, weight=weight, seed=seed)
    order = {v: i for i, v in enumerate(G)}
    ranked = sorted(parts, key=lambda c: (-len(c), min(order[v] for v in c)))
    for i, part in enumerate(ranked, start=1):
        out.loc[list(part)] = i
    return out


def brokerage(G: nx.Graph) -> pd.Series:
    """Pairs of an organisation's partners that have no tie with each other.

    On the symmetrised network: an organisation with ``k`` partners links
    ``k (k - 1) / 2`` pairs of them, less the pairs that are tied themselves
    (its triangles). These are the pairs that, as far as the survey shows,
    only meet through it.

    Examples
    --------
    >>> brokerage(nx.star_graph(3)).tolist(), brokerage(nx.complete_graph(3)).tolist()
    ([3, 0, 0, 0], [0, 0, 0])
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    U = nx.Graph(U)
    U.remove_edges_from(nx.selfloop_edges(U))
    triangles = nx.triangles(U)
    pairs = {v: U.degree(v) * (U.degree(v) - 1) // 2 - triangles[v] for v in U}
    return pd.Series(pairs, dtype=int, name="brokerage").reindex(list(G))


def bridges(G: nx.Graph) -> pd.DataFrame:
    """Ties whose removal splits the (symmetrised) network: single points of failure.

    Returns
    -------
    pandas.DataFrame
        ``org_a``, ``org_b`` (sorted per pair) and ``leaf`` (True when one end
        has no other partner, so the bridge only connects that organisation).

    Examples
    --------
    >>> bridges(nx.barbell_graph(3, 0)).values.tolist()
    [[2, 3, False]]
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    rows = []
    for a, b in nx.bridges(U):
        a, b = sorted((a, b), key=str)
        rows.append((a, b, U.degree(a) == 1 or U.degree(b) == 1))
    rows.sort(key=lambda r: (str(r[0]), str(r[1])))
    return pd.DataFrame(rows, columns=["org_a", "org_b", "leaf"]).astype({"leaf": bool})


def split_without(G: nx.Graph, org: Hashable) -> list[list[str]]:
    """The parts ``org``'s part of the network falls into when ``org`` drops out.

    Direction is ignored. Parts are sorted largest first (ties by their first
    member), members by name. One part: nothing is cut off. Several parts of
    which the first is the largest by itself: that is the rest of the network,
    the others are cut off from it. Several equally large parts (a star whose
    hub drops out): there is no rest; they all lose each other.

    Examples
    --------
    >>> split_without(nx.star_graph(3), 0)
    [['1'], ['2'], ['3']]
    >>> split_without(nx.Graph([("A", "B"), ("B", "C"), ("C", "D"), ("B", "E")]), "C")
    [['A', 'B', 'E'], ['D']]
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    if org not in U:
        return []
    part = nx.node_connected_component(U, org) - {org}
    comps = [sorted(str(v) for v in c) for c in nx.connected_components(U.subgraph(part))]
    return sorted(comps, key=lambda c: (-len(c), c[0]))


def received_ratings(G: nx.DiGraph) -> pd.DataFrame:
    """Trust and value each organisation receives from the partners that name it.

    Returns
    -------
    pandas.DataFrame
        Indexed by node: ``trust_received`` (mean over raters, 1-4),
        ``trust_raters``, ``value_received``, ``value_raters``; NaN/0 when
        nobody rated it.

    Examples
    --------
    >>> D = nx.DiGraph()
    >>> D.add_edge("A", "C", trust=4.0, value=2.0)
    >>> D.add_edge("B", "C", trust=3.0, value=None)
    >>> received_ratings(D).loc["C"].tolist()
    [3.5, 2.0, 2.0, 1.0]
    """
    rows = {}
    for v in G:
        trust = [d["trust"] for _, _, d in G.in_edges(v, data=True) if d.get("trust") is not None]
        value = [d["value"] for _, _, d in G.in_edges(v, data=True) if d.get("value") is not None]
        rows[v] = (
            float(np.mean(trust)) if trust else np.nan,
            len(trust),
            float(np.mean(value)) if value else np.nan,
            len(value),
        )
    out = pd.DataFrame.from_dict(
        rows,
        orient="index",
        columns=["trust_received", "trust_raters", "value_received", "value_raters"],
    )
    return out.reindex(list(G))


def organisation_table(
    G: nx.DiGraph,
    *,
    seed: int = 0,
    periphery_core: int = 1,
    exact_max_nodes: int = 300,
    method: Method = "auto",
    undirected: nx.Graph | None = None,
    bridge_table: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Everything the network says about each organisation.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`collaboration_graph`.
    seed : int
        Seed for community detection.
    periphery_core : int
        Organisations in the ``k``-core with ``k <= periphery_core`` (and not
        isolated) are periphery: they hang on to the network by few ties.
    exact_max_nodes, method
        See :func:`scan.analysis.paths.betweenness`.
    undirected : networkx.Graph, optional
        ``symmetrise(G)`` when the caller has it already.
    bridge_table : pandas.DataFrame, optional
        ``bridges(G)`` when the caller has it already.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``org_id``: ``name``, ``type``, ``respondent``,
        ``in_degree`` (nominations received), ``out_degree`` (partners named;
        NA for non-respondents), ``degree`` and ``degree_centrality``,
        ``betweenness``, ``eigenvector``
        (all on the symmetrised network, distance = 1 / strength; closeness
        is left out: no report reads it, and on a large network it costs as
        much as betweenness, see :func:`centrality`),
        ``community``, ``core``, ``articulation_point``, ``bridges``,
        ``brokerage`` (:func:`brokerage`), ``isolate``, ``periphery``,
        ``trust_received``, ``trust_raters``,
        ``value_received``, ``value_raters``.
    """
    U = symmetrise(G) if undirected is None else undirected
    nodes = list(G)
    out = pd.DataFrame(index=pd.Index(nodes, name="org_id"))
    out["name"] = pd.Series(dict(G.nodes(data="name")), dtype="string")
    out["type"] = pd.Series(dict(G.nodes(data="type")), dtype="string")
    out["respondent"] = pd.Series(dict(G.nodes(data="respondent")), dtype=bool)
    out["in_degree"] = pd.Series(dict(G.in_degree())).reindex(nodes).astype("Int64")
    out_deg = pd.Series(dict(G.out_degree())).reindex(nodes).astype("Int64")
    out["out_degree"] = out_deg.where(out["respondent"], pd.NA)
    cen = centrality(
        U,
        distance="distance",
        strength="strength",
        exact_max_nodes=exact_max_nodes,
        method=method,
        closeness=False,
    )
    out = out.join(cen.drop(columns=[c for c in ("in_degree", "out_degree") if c in cen]))
    out["community"] = communities(U, seed=seed)
    core = nx.core_number(U) if len(U) else {}
    out["core"] = pd.Series(core).reindex(nodes).astype("Int64")
    cut = set(nx.articulation_points(U))
    out["articulation_point"] = [v in cut for v in nodes]
    br = bridges(U) if bridge_table is None else bridge_table
    count = pd.concat([br["org_a"], br["org_b"]]).value_counts()
    out["bridges"] = count.reindex(nodes).fillna(0).astype(int).to_numpy()
    out["brokerage"] = brokerage(U).reindex(nodes).astype(int).to_numpy()
    out["isolate"] = out["degree"] == 0
    out["periphery"] = (~out["isolate"]) & (out["core"].astype(float) <= periphery_core)
    out = out.join(received_ratings(G))
    return out


def asymmetric_ties(
    G: nx.DiGraph, *, gap_threshold: float = 1.0, frequency_gap: int = 2
) -> pd.DataFrame:
    """Ties seen differently from both sides: topics for a conversation.

    A tie asymmetry is about the *relation*: whether it exists, how often it
    is used and how far the two trust each other. Three kinds, each with
    A = the side that holds the tie dearer:

    * ``not_named_back``: A names B, B answered the survey and does not name A;
    * ``rated_lower``: both name each other, and A's trust in B exceeds B's
      trust in A by at least ``gap_threshold`` (on the 1-4 scale);
    * ``less_often``: both name each other, and A reports working together at
      least ``frequency_gap`` levels more often than B does (weekly against
      quarterly).

    How much each *values* the other (power, involvement, resources) is not a
    tie asymmetry: a hospital has more influence than a care home whatever
    their relation. Those differences are in :func:`value_gaps`.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`collaboration_graph`.
    gap_threshold : float
        Smallest trust gap reported.
    frequency_gap : int
        Smallest difference in frequency levels reported.

    Returns
    -------
    pandas.DataFrame
        ``org_a``, ``org_b``, ``reason``, ``frequency_a`` (A's report),
        ``frequency_b`` (B's, None when B does not name A), ``frequency_gap``
        (levels, A minus B), ``trust_a_to_b``, ``trust_b_to_a``,
        ``trust_gap``, ``value_a_to_b``, ``value_b_to_a``, ``value_gap``
        (gaps A minus B; NaN when not rated; value for information only);
        sorted by reason, largest gap, then names.

    Examples
    --------
    >>> D = nx.DiGraph()
    >>> D.add_nodes_from(["A", "B", "C"], respondent=True)
    >>> D.add_edge("A", "B", trust=4.0, value=3.0, frequency="weekly")
    >>> D.add_edge("A", "C", trust=3.0, value=4.0, frequency_level=4)
    >>> D.add_edge("C", "A", trust=3.0, value=1.0, frequency_level=2)
    >>> asymmetric_ties(D)[["org_a", "org_b", "reason"]].values.tolist()
    [['A', 'C', 'less_often'], ['A', 'B', 'not_named_back']]
    """
    resp = set(respondents(G))
    rows: list[dict[str, Any]] = []

    def rating(u: Hashable, v: Hashable, attr: str) -> float:
        x = G[u][v].get(attr) if G.has_edge(u, v) else None
        return float("nan") if x is None else float(x)

    def level(u: Hashable, v: Hashable) -> int:
        lv = G[u][v].get("frequency_level")
        return MISSING_FREQUENCY_LEVEL if lv is None else int(lv)

    for a, b, d in G.edges(data=True):
        base = {"org_a": a, "org_b": b, "frequency_a": d.get("frequency")}
        ta, va = rating(a, b, "trust"), rating(a, b, "value")
        if not G.has_edge(b, a):
            if b in resp:
                rows.append(
                    base
                    | {
                        "reason": "not_named_back",
                        "frequency_b": None,
                        "frequency_gap": np.nan,
                        "trust_a_to_b": ta,
                        "trust_b_to_a": np.nan,
                        "trust_gap": np.nan,
                        "value_a_to_b": va,
                        "value_b_to_a": np.nan,
                        "value_gap": np.nan,
                    }
                )
            continue
        tb, vb = rating(b, a, "trust"), rating(b, a, "value")
        tgap, fgap = ta - tb, level(a, b) - level(b, a)
        if tgap >= gap_threshold - 1e-12:
            reason = "rated_lower"
        elif fgap >= frequency_gap:
            reason = "less_often"
        else:
            continue
        rows.append(
            base
            | {
                "reason": reason,
                "frequency_b": G[b][a].get("frequency"),
                "frequency_gap": float(fgap),
                "trust_a_to_b": ta,
                "trust_b_to_a": tb,
                "trust_gap": tgap,
                "value_a_to_b": va,
                "value_b_to_a": vb,
                "value_gap": va - vb,
            }
        )
    columns = [
        "org_a",
        "org_b",
        "reason",
        "frequency_a",
        "frequency_b",
        "frequency_gap",
        "trust_a_to_b",
        "trust_b_to_a",
        "trust_gap",
        "value_a_to_b",
        "value_b_to_a",
        "value_gap",
    ]
    out = pd.DataFrame(rows, columns=columns)
    if len(out):
        gap = out["trust_gap"].where(out["reason"] == "rated_lower", out["frequency_gap"])
        out["_gap"] = gap.fillna(-np.inf)
        out = out.sort_values(
            ["reason", "_gap", "org_a", "org_b"], ascending=[True, False, True, True]
        )
        out = out.drop(columns="_gap").reset_index(drop=True)
    return out


def value_gaps(G: nx.DiGraph, *, gap_threshold: float = 1.0) -> pd.DataFrame:
    """Pairs that value each other unequally (power, involvement, resources).

    Kept apart from :func:`asymmetric_ties`: that a hospital is valued for
    its influence more than a care home is a difference in position, not a
    relation seen differently. Only pairs that name each other count.

    Returns
    -------
    pandas.DataFrame
        ``org_a`` (the one valued more), ``org_b``, ``value_a`` (B's rating of
        A), ``value_b`` (A's rating of B), ``value_gap``; largest gap first.

    Examples
    --------
    >>> D = nx.DiGraph()
    >>> D.add_edge("VVT", "ZH", value=4.0)
    >>> D.add_edge("ZH", "VVT", value=2.0)
    >>> value_gaps(D).values.tolist()
    [['ZH', 'VVT', 4.0, 2.0, 2.0]]
    """
    rows = []
    for u, v, d in G.edges(data=True):
        if not G.has_edge(v, u) or d.get("value") is None or G[v][u].get("value") is None:
            continue
        received_v, received_u = float(d["value"]), float(G[v][u]["value"])
        if received_v - received_u >= gap_threshold - 1e-12:
            rows.append((v, u, received_v, received_u, received_v - received_u))
    out = pd.DataFrame(rows, columns=["org_a", "org_b", "value_a", "value_b", "value_gap"])
    return out.sort_values(
        ["value_gap", "org_a", "org_b"], ascending=[False, True, True]
    ).reset_index(drop=True)
