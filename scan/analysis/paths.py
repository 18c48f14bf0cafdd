"""Shortest-path centrality: networkx as the reference, igraph for large regions.

Betweenness and closeness are path-based: they need the shortest paths between
all pairs of organisations. networkx computes them exactly, in pure Python; on a
province-sized network (about 5,000 organisations and 25,000 ties) exact
weighted betweenness takes about 200-300 s. Above a node-count threshold
(``exact_max_nodes``) this module hands the same computation to igraph
(:meth:`igraph.Graph.betweenness`, :meth:`igraph.Graph.closeness`): Brandes'
algorithm in C, exact, no sampling. On that province-sized network igraph
takes about 4.5 s for betweenness and 3 s for closeness (CPU time on the
synthetic region of ``benchmarks/analysis_scale.py``; up to twice that when
other jobs share the 2 cores). Up to
the threshold networkx stays the engine, so that the results of small regions
do not depend on igraph. The tests check that both engines give the same
numbers on the Florentine families, the Krackhardt kite, the karate club and
random weighted, directed and disconnected graphs.

Conventions
-----------
* Weights are **distances**: a larger weight is a longer path. Callers turn a
  tie strength into a distance first (``distance = 1 / strength``), so that a
  strong tie is a short step. Distances must be positive; an edge without the
  attribute has distance 1 (networkx's rule).
* Equally short paths: igraph counts two path lengths within a relative
  ``1e-10`` of each other as equal (``IGRAPH_SHORTEST_PATH_EPSILON``);
  networkx compares floats exactly, so on float distances a route that is as
  short as another in real numbers (``0.1 + 0.2`` against ``0.3``) can lose
  to rounding, and even differently from either end of an undirected pair. On
  integer weights, or when no such near-ties occur, the two agree exactly.
* Normalisation follows networkx: betweenness is divided by the number of
  ordered pairs ``(n - 1)(n - 2)``, which for undirected graphs equals dividing
  the unordered count by ``(n - 1)(n - 2) / 2``; unnormalised, an undirected
  pair counts once. Closeness is Wasserman-Faust's
  ``(r - 1) / sum(d) * (r - 1) / (n - 1)`` with ``r`` the number of nodes
  that reach the node (itself included), using distances *to* the node in a
  directed graph.

References
----------
Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
Mathematical Sociology 25(2), 163-177.
Csardi, G., & Nepusz, T. (2006). The igraph software package for complex
network research. InterJournal Complex Systems 1695.
Wasserman, S., & Faust, K. (1994). Social Network Analysis. Cambridge UP.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, Literal

import networkx as nx
import numpy as np
import pandas as pd

__all__ = ["Method", "betweenness", "closeness", "path_centrality", "shortest_path_centrality"]

Method = Literal["auto", "networkx", "igraph"]


def _to_igraph(G: nx.Graph, weight: str | None) -> tuple[list[Hashable], Any, list[float] | None]:
    """The graph in igraph, its nodes in ``list(G)`` order, and its edge distances."""
    import igraph as ig

    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    edges = list(G.edges(data=weight, default=1.0)) if weight is not None else list(G.edges())
    g = ig.Graph(
        n=len(nodes), edges=[(index[e[0]], index[e[1]]) for e in edges], directed=G.is_directed()
    )
    if weight is None:
        return nodes, g, None
    w = np.array([e[2] for e in edges], dtype=float)
    if not np.all(w > 0):
        raise ValueError(f"edge weights ({weight!r}) must be positive distances")
    return nodes, g, w.tolist()


@nx.utils.not_implemented_for("multigraph")
def path_centrality(
    G: nx.Graph,
    weight: str | None = None,
    *,
    normalized: bool = True,
    closeness: bool = True,
) -> pd.DataFrame:
    """Exact betweenness and closeness by igraph, with networkx's conventions.

    This is the large-graph engine behind :func:`betweenness`,
    :func:`closeness` and :func:`shortest_path_centrality`; call those unless
    you want igraph on a small graph.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        The graph; paths follow edge direction in a directed graph.
    weight : str, optional
        Edge attribute holding a positive **distance**; None counts steps.
    normalized : bool
        Divide betweenness by ``(n - 1)(n - 2)`` as networkx does; otherwise
        unordered pairs are counted once in an undirected graph.
    closeness : bool
        Also compute closeness (a second sweep of shortest paths).

    Returns
    -------
    pandas.DataFrame
        Indexed by node, columns ``betweenness`` and, if asked, ``closeness``.

    Raises
    ------
    ValueError
        When a distance is not positive.

    Examples
    --------
    >>> G = nx.path_graph(4)
    >>> path_centrality(G)["betweenness"].round(3).tolist()
    [0.0, 0.667, 0.667, 0.0]
    >>> path_centrality(G)["closeness"].round(3).tolist()
    [0.5, 0.75, 0.75, 0.5]
    """
    nodes, g, w = _to_igraph(G, weight)
    n = len(nodes)
    directed = G.is_directed()
    raw = np.asarray(g.betweenness(directed=directed, weights=w), dtype=float).reshape(n)
    pairs = 1.0 if directed else 2.0  # igraph counts an undirected pair once, networkx twice
    scale = (pairs / ((n - 1) * (n - 2)) if n > 2 else pairs) if normalized else 1.0
    out = pd.DataFrame({"betweenness": raw * scale}, index=pd.Index(nodes))
    if closeness:
        # igraph: 1 / (sum of distances to the nodes that reach v), NaN when none does
        inv = np.asarray(
            g.closeness(mode="in" if directed else "all", weights=w, normalized=False),
            dtype=float,
        ).reshape(n)
        # r - 1: the other nodes that reach v (its component in an undirected graph)
        if directed:
            size = np.asarray(g.neighborhood_size(order=n, mode="in"), dtype=float)
        else:
            members = np.asarray(g.connected_components().membership, dtype=np.int64)
            size = np.bincount(members, minlength=1)[members].astype(float)
        reach = size - 1.0
        out["closeness"] = np.where(reach > 0, np.nan_to_num(inv) * reach**2 / max(n - 1, 1), 0.0)
    return out


def _use_igraph(G: nx.Graph, method: Method, exact_max_nodes: int) -> bool:
    if method == "networkx":
        return False
    if method == "igraph":
        return True
    return len(G) > exact_max_nodes


def betweenness(
    G: nx.Graph,
    weight: str | None = None,
    *,
    normalized: bool = True,
    exact_max_nodes: int = 300,
    method: Method = "auto",
) -> pd.Series:
    """Shortest-path betweenness: how many shortest paths between others run through a node.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
    weight : str, optional
        Edge attribute holding a positive **distance** (a strong tie must be a
        short distance); None counts steps.
    normalized : bool
        Divide by ``(n - 1)(n - 2)`` (networkx's convention).
    exact_max_nodes : int
        Up to this many nodes networkx computes the value; above it igraph
        (:func:`path_centrality`). Both are exact.
    method : {"auto", "networkx", "igraph"}
        Force one engine; "auto" chooses by ``exact_max_nodes``.

    Returns
    -------
    pandas.Series
        Betweenness per node, named ``betweenness``.

    Examples
    --------
    >>> G = nx.florentine_families_graph()
    >>> round(float(betweenness(G).loc["Medici"]), 3)
    0.522
    >>> fast = betweenness(G, method="igraph")
    >>> bool((fast - betweenness(G)).abs().max() < 1e-12)
    True
    """
    if _use_igraph(G, method, exact_max_nodes):
        out = path_centrality(G, weight, normalized=normalized, closeness=False)
        return out["betweenness"]
    values = nx.betweenness_centrality(G, weight=weight, normalized=normalized)
    nodes = list(G)
    return pd.Series([float(values[v]) for v in nodes], index=pd.Index(nodes), name="betweenness")


def closeness(
    G: nx.Graph,
    distance: str | None = None,
    *,
    exact_max_nodes: int = 300,
    method: Method = "auto",
) -> pd.Series:
    """Closeness: how near a node is to all others (Wasserman-Faust for disconnected graphs).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        In a directed graph the distances *to* the node count (networkx).
    distance : str, optional
        Edge attribute holding a positive distance; None counts steps.
    exact_max_nodes : int
        Above this many nodes igraph computes the value (exact too).
    method : {"auto", "networkx", "igraph"}

    Returns
    -------
    pandas.Series
        Closeness per node, named ``closeness``.

    Examples
    --------
    >>> G = nx.krackhardt_kite_graph()
    >>> closeness(G).round(3).loc[[5, 6]].tolist()
    [0.643, 0.643]
    """
    nodes = list(G)
    if _use_igraph(G, method, exact_max_nodes):
        return path_centrality(G, distance)["closeness"]
    values = nx.closeness_centrality(G, distance=distance)
    return pd.Series([float(values[v]) for v in nodes], index=pd.Index(nodes), name="closeness")


def shortest_path_centrality(
    G: nx.Graph,
    weight: str | None = None,
    *,
    exact_max_nodes: int = 300,
    method: Method = "auto",
) -> pd.DataFrame:
    """Betweenness and closeness together (one igraph graph above the threshold).

    Parameters are those of :func:`betweenness`.

    Returns
    -------
    pandas.DataFrame
        Indexed by node: ``betweenness``, ``closeness``.

    Examples
    --------
    >>> G = nx.krackhardt_kite_graph()
    >>> out = shortest_path_centrality(G, method="igraph")
    >>> round(float(out.loc[7, "betweenness"]), 3), round(float(out.loc[5, "closeness"]), 3)
    (0.389, 0.643)
    """
    if _use_igraph(G, method, exact_max_nodes):
        return path_centrality(G, weight)
    return pd.DataFrame(
        {
            "betweenness": betweenness(G, weight, method="networkx"),
            "closeness": closeness(G, weight, method="networkx"),
        }
    )
