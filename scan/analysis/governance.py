"""Governance load: who sits at too many tables, lines without a lead, tables to merge.

The ``initiatives`` table is a two-mode network: organisations × initiatives.
Unless told otherwise, initiatives that are ``finished`` or ``stopped`` do not
count as load (an unknown status counts).

Member overlap of two initiatives is the Jaccard index
``|A ∩ B| / |A ∪ B|`` of their participant sets: 1 when the same
organisations meet at both tables.

Two-mode centrality follows Borgatti & Everett (1997): degree is divided by
the size of the *other* mode; betweenness by its maximum in a complete
bipartite graph of the same sizes (networkx's ``bipartite`` module).

References
----------
Borgatti, S. P., & Everett, M. G. (1997). Network analysis of 2-mode data.
Social Networks 19(3), 243-269. Borgatti, S. P., & Halgin, D. S. (2011).
Analyzing affiliation networks. In The SAGE Handbook of Social Network
Analysis.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx
import numpy as np
import pandas as pd

from scan.analysis.paths import Method, betweenness

INACTIVE_STATUS: frozenset[str] = frozenset({"finished", "stopped"})


def active(initiatives: pd.DataFrame, *, active_only: bool = True) -> pd.DataFrame:
    """The rows that count as load (status not finished/stopped), or all rows.

    Examples
    --------
    >>> i = pd.DataFrame({"initiative": ["x", "y"], "org_id": ["A", "A"],
    ...                   "status": ["running", "stopped"]})
    >>> active(i)["initiative"].tolist()
    ['x']
    """
    if not active_only or "status" not in initiatives.columns:
        return initiatives
    status = initiatives["status"].astype("string").str.lower()
    return initiatives[~status.isin(INACTIVE_STATUS).fillna(False).to_numpy(bool)]


def _role(initiatives: pd.DataFrame) -> pd.Series:
    if "role" not in initiatives.columns:
        return pd.Series(False, index=initiatives.index)
    return (initiatives["role"].astype("string").str.lower() == "lead").fillna(False)


def initiative_load(
    initiatives: pd.DataFrame, *, max_tables: int = 5, active_only: bool = True
) -> pd.DataFrame:
    """Initiatives per organisation: who sits at too many tables.

    Parameters
    ----------
    initiatives : pandas.DataFrame
        The clean ``initiatives`` table.
    max_tables : int
        An organisation in more initiatives than this is flagged ``too_many``.
    active_only : bool
        Leave out finished and stopped initiatives.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``org_id``: ``initiatives``, ``leads`` (initiatives it
        leads), ``development_lines``, ``too_many``; most tables first.

    Examples
    --------
    >>> i = pd.DataFrame({"initiative": ["x", "y", "x"], "org_id": ["A", "A", "B"],
    ...                   "role": ["lead", None, None]})
    >>> initiative_load(i, max_tables=1).values.tolist()
    [[2, 1, 0, True], [1, 0, 0, False]]
    """
    rows = active(initiatives, active_only=active_only)
    cols = ["initiatives", "leads", "development_lines", "too_many"]
    if len(rows) == 0:
        return pd.DataFrame(
            {c: pd.Series(dtype=int) for c in cols}, index=pd.Index([], name="org_id")
        )
    work = pd.DataFrame(
        {
            "org_id": rows["org_id"].astype(str),
            "initiative": rows["initiative"].astype(str),
            "lead": _role(rows).to_numpy(bool),
            "line": (
                rows["development_line"].astype("string")
                if "development_line" in rows.columns
                else pd.Series(pd.NA, index=rows.index, dtype="string")
            ),
        }
    )
    g = work.groupby("org_id", sort=True)
    out = pd.DataFrame(
        {
            "initiatives": g["initiative"].nunique(),
            "leads": work[work["lead"]].groupby("org_id")["initiative"].nunique(),
            "development_lines": g["line"].nunique(),
        }
    )
    out["leads"] = out["leads"].fillna(0).astype(int)
    out["initiatives"] = out["initiatives"].astype(int)
    out["development_lines"] = out["development_lines"].astype(int)
    out["too_many"] = out["initiatives"] > max_tables
    out.index.name = "org_id"
    return out.sort_values("initiatives", ascending=False, kind="stable")


def initiative_summary(initiatives: pd.DataFrame) -> pd.DataFrame:
    """One row per initiative: line, status, members and lead(s).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``initiative``: ``development_line``, ``status``,
        ``members``, ``leads`` (tuple of org ids), ``has_lead``.

    Examples
    --------
    >>> i = pd.DataFrame({"initiative": ["x", "x"], "org_id": ["A", "B"],
    ...                   "role": ["lead", "participant"]})
    >>> s = initiative_summary(i)
    >>> int(s.loc["x", "members"]), s.loc["x", "leads"], bool(s.loc["x", "has_lead"])
    (2, ('A',), True)
    """
    cols = ["development_line", "status", "members", "leads", "has_lead"]
    if len(initiatives) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    key = initiatives["initiative"].astype(str)
    members = initiatives["org_id"].groupby(key, sort=True).nunique()
    names = members.index
    out = pd.DataFrame(index=pd.Index(names, name="initiative"))
    for col in ("development_line", "status"):
        if col in initiatives.columns:
            common = _most_common(key, initiatives[col]).reindex(names)
            out[col] = common.astype(object).where(common.notna(), None).to_numpy()
        else:
            out[col] = None
    out["members"] = members.astype(int).to_numpy()
    lead = _role(initiatives).to_numpy(bool)
    pairs = pd.DataFrame({"key": key[lead], "org": initiatives["org_id"][lead].astype(str)})
    pairs = pairs.drop_duplicates().sort_values(["key", "org"])
    leads = pairs.groupby("key", sort=True)["org"].agg(tuple).reindex(names)
    out["leads"] = [t if isinstance(t, tuple) else () for t in leads]
    out["has_lead"] = out["leads"].map(bool).astype(bool)
    return out[cols]


def _most_common(key: pd.Series, values: pd.Series) -> pd.Series:
    """Per key, the most frequent value (the smallest of equally frequent ones) as str.

    Missing values are left out; a key without any value is absent. The same
    as ``str(group.dropna().mode().iloc[0])`` per group.
    """
    pairs = pd.DataFrame({"key": key, "value": values}).dropna(subset=["value"])
    counts = pairs.groupby(["key", "value"], sort=False).size().rename("n").reset_index()
    counts = counts.sort_values(["key", "n", "value"], ascending=[True, False, True])
    first = counts.drop_duplicates("key")
    return pd.Series(first["value"].astype(str).to_numpy(), index=first["key"].to_numpy())


def lines_without_lead(initiatives: pd.DataFrame, *, active_only: bool = True) -> pd.DataFrame:
    """Development lines in which no organisation leads any initiative.

    Returns
    -------
    pandas.DataFrame
        ``development_line``, ``initiatives``, ``organisations``.

    Examples
    --------
    >>> i = pd.DataFrame({"initiative": ["x", "y"], "org_id": ["A", "B"],
    ...     "development_line": ["ouderenzorg", "preventie"], "role": ["lead", "participant"]})
    >>> lines_without_lead(i).values.tolist()
    [['preventie', 1, 1]]
    """
    rows = active(initiatives, active_only=active_only)
    cols = ["development_line", "initiatives", "organisations"]
    if len(rows) == 0 or "development_line" not in rows.columns:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    rows = rows.assign(_lead=_role(rows).to_numpy(bool))
    rows = rows[rows["development_line"].notna()]
    g = rows.groupby(rows["development_line"].astype(str), sort=True)
    out = pd.DataFrame(
        {
            "initiatives": g["initiative"].nunique(),
            "organisations": g["org_id"].nunique(),
            "has_lead": g["_lead"].any(),
        }
    )
    out = out[~out["has_lead"]].drop(columns="has_lead")
    out.index.name = "development_line"
    return out.reset_index()[cols]


def merge_candidates(
    initiatives: pd.DataFrame,
    *,
    min_jaccard: float = 0.5,
    min_shared: int = 2,
    active_only: bool = True,
) -> pd.DataFrame:
    """Pairs of initiatives where largely the same organisations meet: tables to merge.

    Overlap is computed with a sparse organisation × initiative incidence
    matrix (``Bᵀ B`` counts shared members).

    Parameters
    ----------
    initiatives : pandas.DataFrame
        The clean ``initiatives`` table.
    min_jaccard : float
        Smallest member overlap (Jaccard index) reported.
    min_shared : int
        Smallest number of shared members reported.
    active_only : bool
        Leave out finished and stopped initiatives.

    Returns
    -------
    pandas.DataFrame
        ``initiative_a`` < ``initiative_b``, ``shared``, ``members_a``,
        ``members_b``, ``jaccard``, ``same_line``; largest overlap first.

    Examples
    --------
    >>> i = pd.DataFrame({"initiative": ["x", "x", "x", "y", "y", "z"],
    ...                   "org_id": ["A", "B", "C", "A", "B", "D"]})
    >>> merge_candidates(i)[["initiative_a", "initiative_b", "shared", "jaccard"]
    ...     ].round(3).values.tolist()
    [['x', 'y', 2, 0.667]]
    """
    import scipy.sparse as sp

    cols = ["initiative_a", "initiative_b", "shared", "members_a", "members_b", "jaccard"]
    cols.append("same_line")
    rows = active(initiatives, active_only=active_only)
    rows = rows[["initiative", "org_id"]].dropna().astype(str).drop_duplicates()
    if len(rows) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    ini, names = pd.factorize(rows["initiative"], sort=True)
    org, _ = pd.factorize(rows["org_id"], sort=True)
    B = sp.csr_array((np.ones(len(rows), dtype=np.int64), (org, ini)))
    C = (B.T @ B).tocsr()
    size = C.diagonal()
    upper = sp.triu(C, k=1).tocoo()
    i, j, shared = upper.row, upper.col, upper.data
    union = size[i] + size[j] - shared
    jac = shared / union
    keep = (jac >= min_jaccard - 1e-12) & (shared >= min_shared)
    summary = initiative_summary(initiatives)
    line = summary["development_line"] if len(summary) else pd.Series(dtype=object)
    na = np.asarray(names, dtype=object)
    out = pd.DataFrame(
        {
            "initiative_a": na[i[keep]],
            "initiative_b": na[j[keep]],
            "shared": shared[keep].astype(int),
            "members_a": size[i[keep]].astype(int),
            "members_b": size[j[keep]].astype(int),
            "jaccard": jac[keep].astype(float),
        }
    )
    la = out["initiative_a"].map(line)
    lb = out["initiative_b"].map(line)
    out["same_line"] = (la == lb) & la.notna()
    out = out.sort_values(
        ["jaccard", "shared", "initiative_a", "initiative_b"],
        ascending=[False, False, True, True],
    )
    return out[cols].reset_index(drop=True)


def two_mode_graph(initiatives: pd.DataFrame, *, active_only: bool = True) -> nx.Graph:
    """The organisation × initiative network.

    Organisation nodes are their ``org_id`` with ``bipartite=0``; initiative
    nodes are ``"initiative: <name>"`` with ``bipartite=1`` and ``name``.

    Examples
    --------
    >>> i = pd.DataFrame({"initiative": ["x"], "org_id": ["A"]})
    >>> sorted(two_mode_graph(i).nodes(data="bipartite"))
    [('A', 0), ('initiative: x', 1)]
    """
    rows = active(initiatives, active_only=active_only)
    B = nx.Graph()
    for org, name in zip(rows["org_id"].astype(str), rows["initiative"].astype(str), strict=True):
        key = f"initiative: {name}"
        B.add_node(org, bipartite=0)
        B.add_node(key, bipartite=1, name=name)
        B.add_edge(org, key)
    return B


def _bipartite_max_betweenness(n: int, m: int) -> float:
    """Largest betweenness a node of a mode of size ``n`` can have opposite ``m`` nodes."""
    s, t = divmod(n - 1, m)
    return ((m**2) * ((s + 1) ** 2) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0


def two_mode_centrality(
    B: nx.Graph,
    top_nodes: Iterable[Hashable],
    *,
    exact_max_nodes: int = 300,
    method: Method = "auto",
) -> pd.DataFrame:
    """Degree and betweenness in a two-mode network, normalised per mode.

    Parameters
    ----------
    B : networkx.Graph
        A bipartite graph, e.g. from :func:`two_mode_graph`.
    top_nodes : iterable
        The nodes of one mode (e.g. the organisations).
    exact_max_nodes, method
        See :func:`scan.analysis.paths.betweenness`.

    Returns
    -------
    pandas.DataFrame
        Indexed by node: ``mode`` (``top``/``bottom``), ``degree`` (partners in
        the other mode), ``degree_centrality`` (degree / size of the other
        mode), ``betweenness`` (divided by the two-mode maximum).

    Examples
    --------
    >>> G = nx.davis_southern_women_graph()
    >>> c = two_mode_centrality(G, G.graph["top"])
    >>> c.loc["E8", ["degree_centrality", "betweenness"]].astype(float).round(2).tolist()
    [0.78, 0.24]
    """
    top = set(top_nodes)
    nodes = list(B)
    bottom = [v for v in nodes if v not in top]
    n_top, n_bot = len(top), len(bottom)
    out = pd.DataFrame(index=pd.Index(nodes))
    out["mode"] = ["top" if v in top else "bottom" for v in nodes]
    out["degree"] = [B.degree(v) for v in nodes]
    other = np.where(out["mode"] == "top", n_bot, n_top).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["degree_centrality"] = np.where(other > 0, out["degree"] / other, 0.0)
    raw = betweenness(B, None, normalized=False, exact_max_nodes=exact_max_nodes, method=method)
    max_top = _bipartite_max_betweenness(n_top, n_bot) if n_top and n_bot else 0.0
    max_bot = _bipartite_max_betweenness(n_bot, n_top) if n_top and n_bot else 0.0
    scale = np.where(out["mode"] == "top", max_top, max_bot)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["betweenness"] = np.where(scale > 0, raw.to_numpy() / scale, 0.0)
    return out
