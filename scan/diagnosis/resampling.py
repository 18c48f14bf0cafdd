"""Stability over the data: the bottleneck factors once more for other samples of the same region.

The weights and the unknown factors are not the only doubt about a ranking:
the data are a sample. Another year, or other people filling in the form,
would have given somewhat other answers and other client counts. So every
draw of :func:`scan.diagnosis.bottlenecks.stability` also gets factors computed
on a resampled region (:func:`resampled_factors`):

* **respondents**: the organisations that answered the network survey are
  drawn with replacement (a bootstrap over respondents); a draw keeps the ties
  the drawn ones named, with their ratings counted as often as they were
  drawn. The articulation points (on the ties that remain), trust received
  (with at least ``Caps.min_trust_raters`` distinct raters) and the share of
  one-sided ties (of ties both drawn sides can see) are computed anew. A
  finding that rests on one respondent's answers is missing in about a third
  of the draws: it cannot be robust.
* **flows**: every delivered client count is redrawn from a Poisson
  distribution with that count as its mean; flow share, pass-through, the
  senders' dependence (and the volume floors) are computed anew. The routes
  are computed anew only when a flow drops to zero (their lengths stay those
  of the delivered counts).

Pressure (capacity, waits, vacancies) is one figure per organisation and is
not resampled. A factor that is unknown in the data stays unknown; one that
becomes unknown in a draw (too few raters left) is filled in with a plausible
value, as the unknown factors are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from scan.analysis.dependencies import flow_betweenness
from scan.diagnosis.bottlenecks import FACTORS, Caps, OrgFactors, route_share
from scan.diagnosis.evidence import capped
from scan.disclosure import min_raters

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis

#: The factors a respondent's answers feed, and those the client counts feed.
RESPONDENT_FACTORS: tuple[str, ...] = ("articulation_point", "low_trust", "one_sided")
FLOW_FACTORS: tuple[str, ...] = ("flow_share", "flow_betweenness", "few_alternatives")


def respondents_of(analysis: Analysis) -> list[str]:
    """The organisations that answered the network survey, sorted (empty without a survey)."""
    if analysis.network is None:
        return []
    G = analysis.network.graph
    return sorted(str(v) for v, r in G.nodes(data="respondent") if r)


def bootstrap_counts(n: int, draws: int, rng: np.random.Generator) -> np.ndarray:
    """How often each of ``n`` respondents is drawn, per draw (draws × n; rows sum to n).

    Examples
    --------
    >>> C = bootstrap_counts(4, 3, np.random.default_rng(0))
    >>> C.shape, C.sum(axis=1).tolist()
    ((3, 4), [4, 4, 4])
    """
    if n == 0:
        return np.zeros((draws, 0), dtype=int)
    return rng.multinomial(n, np.full(n, 1.0 / n), size=draws)


def _positions(index: pd.Index, names: Sequence[str]) -> np.ndarray:
    """Row of each name in ``index`` (-1 when not there)."""
    where = {str(v): i for i, v in enumerate(index)}
    return np.array([where.get(str(v), -1) for v in names], dtype=int)


def respondent_factors(
    analysis: Analysis,
    index: pd.Index,
    caps: Caps,
    counts: np.ndarray,
    *,
    structure_known: bool = True,
) -> dict[str, np.ndarray]:
    """``articulation_point``, ``low_trust`` and ``one_sided`` for each draw of respondents.

    Parameters
    ----------
    analysis : Analysis
        With a network (``analysis.network`` not None).
    index : pandas.Index
        The organisations (``OrgFactors.values.index``).
    caps : Caps
    counts : numpy.ndarray
        Draws × respondents (:func:`respondents_of` order): how often each is
        drawn. All ones gives the factors of the data as delivered.
    structure_known : bool
        False: ``articulation_point`` stays unknown.

    Returns
    -------
    dict
        Factor → organisations × draws, NaN where unknown in that draw.
    """
    assert analysis.network is not None
    G = analysis.network.graph
    resp = respondents_of(analysis)
    n, draws = len(resp), counts.shape[0]
    at = {v: i for i, v in enumerate(resp)}
    # a tie named by an organisation not counted as a respondent is always kept
    C = np.hstack([counts.astype(float), np.ones((draws, 1))])
    drawn = C > 0
    edges = [(str(u), str(v), d.get("trust")) for u, v, d in G.edges(data=True)]
    src = np.array([at.get(u, n) for u, _, _ in edges], dtype=int)
    tgt = _positions(index, [v for _, v, _ in edges])
    N = len(index)
    out: dict[str, np.ndarray] = {}

    # trust received: ratings weighted by how often their rater was drawn
    T = np.zeros((n + 1, N))
    Tm = np.zeros((n + 1, N))
    for (_, _, trust), s, t in zip(edges, src, tgt, strict=True):
        if trust is not None and t >= 0:
            T[s, t] += float(trust)
            Tm[s, t] += 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        received = (C @ T) / (C @ Tm)
    raters = drawn.astype(float) @ Tm
    low = capped(caps.trust_ok - received, 0.0, caps.trust_ok - caps.trust_floor)
    # the rule of the delivered data: the caps' minimum, and never below the analysis' one
    need = max(caps.min_trust_raters, min_raters(analysis.params.min_raters))
    out["low_trust"] = np.where(raters >= need, low, np.nan).T

    # one-sided ties: of the ties both (drawn) sides can see
    A_obs = np.zeros((n, n))
    for (_, v, _), s in zip(edges, src, strict=True):
        if s < n and v in at and at[v] != s:
            A_obs[s, at[v]] = A_obs[at[v], s] = 1.0
    A_asym = np.zeros((n, n))
    asym = analysis.network.asymmetric_ties
    for a, b in zip(asym["org_a"].astype(str), asym["org_b"].astype(str), strict=True):
        if a in at and b in at:
            A_asym[at[a], at[b]] += 1.0
            A_asym[at[b], at[a]] += 1.0
    M = drawn[:, :n].astype(float)
    observable = M * (M @ A_obs)
    one_sided = M * (M @ A_asym)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(observable >= caps.min_observable_ties, one_sided / observable, np.nan)
    has = np.isfinite(share).any(axis=1)
    norm = np.full(draws, np.nan)
    if has.any():
        norm[has] = np.nanmedian(share[has], axis=1)
    sided = np.full((N, draws), np.nan)
    rows = _positions(index, resp)
    ok = rows >= 0
    sided[rows[ok]] = capped(share - norm[:, None], 0.0, caps.one_sided).T[ok]
    out["one_sided"] = sided

    # articulation points of the ties that remain: a tie is there when a side that
    # named it was drawn (igraph, in C: the same cut vertices as networkx)
    if structure_known:
        import igraph as ig

        nodes = [str(v) for v in G]
        node_at = {v: i for i, v in enumerate(nodes)}
        pair_at: dict[tuple[int, int], int] = {}
        for u, v, _ in edges:
            a, b = sorted((node_at[u], node_at[v]))
            pair_at.setdefault((a, b), len(pair_at))
        named = np.zeros((n + 1, len(pair_at)))
        for (u, v, _), s in zip(edges, src, strict=True):
            a, b = sorted((node_at[u], node_at[v]))
            named[s, pair_at[(a, b)]] = 1.0
        ends = np.array(list(pair_at), dtype=int).reshape(-1, 2)
        there = drawn.astype(float) @ named > 0
        rows = _positions(index, nodes)
        cut = np.zeros((N, draws))
        seen: dict[bytes, np.ndarray] = {}
        for d in range(draws):
            key = np.packbits(there[d]).tobytes()
            if key not in seen:
                H = ig.Graph(n=len(nodes), edges=ends[there[d]].tolist())
                found = rows[np.asarray(H.articulation_points(), dtype=int)]
                seen[key] = found[found >= 0]
            cut[seen[key], d] = 1.0
        out["articulation_point"] = cut
    return out


def flow_factors(
    analysis: Analysis,
    of: OrgFactors,
    caps: Caps,
    clients: np.ndarray,
    *,
    min_clients: int | None = None,
    rng: np.random.Generator | None = None,
) -> dict[str, np.ndarray]:
    """``flow_share``, ``flow_betweenness`` and ``few_alternatives`` for each draw of the flows.

    Parameters
    ----------
    analysis : Analysis
        With flows (``analysis.dependencies`` not None).
    of : OrgFactors
        The factors of the data as delivered (their ``raw`` figures).
    caps : Caps
    clients : numpy.ndarray
        Draws × flows (the rows of ``dependencies.shares`` with clients): the
        client count of each flow in each draw. The delivered counts give the
        factors of the data as delivered.
    min_clients : int, optional
        The volume floor (default ``caps.min_flow_clients``).
    rng : numpy.random.Generator, optional
        Redraws a pass-through counted from client-level data (Poisson).

    Returns
    -------
    dict
        Factor → organisations × draws.
    """
    dep = analysis.dependencies
    assert dep is not None
    floor = caps.min_flow_clients if min_clients is None else min_clients
    index = of.values.index
    N, draws = len(index), clients.shape[0]
    s = dep.shares[dep.shares["clients"] > 0]
    frm = _positions(index, s["from_org"].astype(str).tolist())
    to = _positions(index, s["to_org"].astype(str).tolist())
    F = clients.astype(float)
    To = np.zeros((len(s), N))
    Fr = np.zeros((len(s), N))
    To[np.flatnonzero(to >= 0), to[to >= 0]] = 1.0
    Fr[np.flatnonzero(frm >= 0), frm[frm >= 0]] = 1.0
    inflow, outflow = F @ To, F @ Fr
    total = F.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, (inflow + outflow) / (2 * total), 0.0)
    root = np.sqrt(np.clip(share, 0.0, None))
    out: dict[str, np.ndarray] = {}
    flow_share = capped(root, 0.0, float(np.sqrt(caps.flow_share)))
    out["flow_share"] = np.where(inflow + outflow >= floor, flow_share, 0.0).T

    observed = dep.organisations.get("pass_through_observed")
    if observed is not None and bool(observed.fillna(False).any()):
        counted = of.raw["pass_through"].fillna(0.0).to_numpy(float)
        gen = rng if rng is not None else np.random.default_rng(0)
        passing = gen.poisson(counted, size=(draws, N)).astype(float)
    else:
        passing = np.minimum(inflow, outflow)

    # the routes: anew only for a draw in which a flow dropped to zero
    base_routes = of.raw["route_share"].fillna(0.0).to_numpy(float)
    routes = np.repeat(base_routes[:, None], draws, axis=1)
    gone = F <= 0
    seen: dict[bytes, np.ndarray] = {}
    pairs = list(zip(s["from_org"].astype(str), s["to_org"].astype(str), strict=True))
    params = analysis.params
    for d in np.flatnonzero(gone.any(axis=1)):
        key = np.packbits(gone[d]).tobytes()
        if key not in seen:
            H = dep.graph.copy()
            H.remove_edges_from(p for p, g in zip(pairs, gone[d], strict=True) if g)
            fb = flow_betweenness(
                H, exact_max_nodes=params.exact_max_nodes, method=params.path_method
            )["flow_betweenness"]
            seen[key] = route_share(H, fb).reindex(index).fillna(0.0).to_numpy(float)
        routes[:, d] = seen[key]
    betweenness = capped(routes, 0.0, caps.route_share)
    out["flow_betweenness"] = np.where((passing >= floor).T, betweenness, 0.0)

    # how much the senders depend on each receiver (inflow-weighted share of their outflow)
    with np.errstate(divide="ignore", invalid="ignore"):
        sent = np.where(frm >= 0, outflow[:, np.clip(frm, 0, None)], np.nan)
        of_outflow = np.where(sent > 0, F / sent, 0.0)
        dependence = np.where(inflow > 0, ((F * of_outflow) @ To) / inflow, 0.0)
    elsewhere = 1.0 - of.raw["absorbable_scored"].fillna(0.0).to_numpy(float)
    few = dependence * elsewhere[None, :]
    out["few_alternatives"] = np.where(inflow >= floor, few, 0.0).T
    return out


def resampled_factors(
    analysis: Analysis,
    of: OrgFactors,
    caps: Caps | None = None,
    *,
    draws: int = 1000,
    seed: int = 0,
    min_clients: int | None = None,
    structure_known: bool = True,
) -> np.ndarray:
    """The factors of ``of.values`` once per resampled region (organisations × factors × draws).

    Respondents are bootstrapped and client counts redrawn (see the module's
    docstring), seeded; a factor without data stays NaN, and one that loses
    its data in a draw is NaN in that draw. Columns in :data:`FACTORS` order,
    rows in the order of ``of.values``.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> from scan.diagnosis.bottlenecks import organisation_factors
    >>> orgs = pd.DataFrame({"org_id": list("HABC"), "name": list("HABC"), "type": ["vvt"] * 4})
    >>> ties = pd.DataFrame({"respondent_org": ["H"] * 3, "partner_org": list("ABC")})
    >>> none = pd.DataFrame()
    >>> a = analyse(ScanData(RegionInfo("x", "X"), orgs, ties, none, none, none, none, none))
    >>> of = organisation_factors(a, orgs)
    >>> X = resampled_factors(a, of, draws=200, seed=1)
    >>> j = list(FACTORS).index("articulation_point")
    >>> float(of.values.loc["H", "articulation_point"]), float(X[0, j].mean()) == 1.0
    (1.0, True)
    """
    from threadpoolctl import threadpool_limits

    c = caps or Caps()
    values = of.values.reindex(columns=list(FACTORS))
    out = np.repeat(values.to_numpy(float)[:, :, None], draws, axis=2)
    rng = np.random.default_rng(seed)
    col = {f: j for j, f in enumerate(FACTORS)}

    def put(found: dict[str, np.ndarray]) -> None:
        for factor, X in found.items():
            known = np.isfinite(values[factor].to_numpy(float))
            # unknown in the data stays unknown: resampling cannot make it known
            out[:, col[factor], :] = np.where(known[:, None], X, np.nan)

    # small matrices: more threads only cost time (and the machine may be shared)
    with threadpool_limits(limits=1):
        if analysis.network is not None and respondents_of(analysis):
            counts = bootstrap_counts(len(respondents_of(analysis)), draws, rng)
            put(
                respondent_factors(
                    analysis, values.index, c, counts, structure_known=structure_known
                )
            )
        if analysis.dependencies is not None:
            s = analysis.dependencies.shares
            delivered = s.loc[s["clients"] > 0, "clients"].to_numpy(float)
            clients = rng.poisson(delivered, size=(draws, len(delivered)))
            put(flow_factors(analysis, of, c, clients, min_clients=min_clients, rng=rng))
    return out


__all__ = [
    "FLOW_FACTORS",
    "RESPONDENT_FACTORS",
    "bootstrap_counts",
    "flow_factors",
    "resampled_factors",
    "respondent_factors",
    "respondents_of",
]
