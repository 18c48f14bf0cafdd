"""The flow network as a network: hubs, concentrated senders, dependencies, communities.

Every function reads the shares table of
:func:`scan.analysis.dependencies.dependency_shares` (``from_org``, ``to_org``,
``clients``, ``share_of_outflow``; one row per pair, flows within one
organisation already left out) or the flow graph built from it.

Measures
--------
* **In-strength** of B: the clients all others send to B; its **share of the
  region** is in-strength / all clients that move between organisations.
* **Out-strength** of A: the clients A sends to all others.
* **Outflow concentration** of A: the largest share of its outflow that goes
  to one destination, that destination, and the Herfindahl-Hirschman index
  ``HHI = Σ_B share(A → B)²`` (1 when A sends everything to one organisation,
  ``1 / k`` when it spreads evenly over ``k``).
* **Dependency**: A depends on B when at least ``min_share`` of A's outflow
  goes to B *and* that flow has at least ``min_clients`` clients (the volume
  floor: one client never makes a dependency). A receiver that several
  senders depend on is a **single point of dependency**.
* **Referral communities**: groups of organisations that mostly refer to each
  other (:func:`referral_communities`).

Examples
--------
>>> s = pd.DataFrame({"from_org": ["A", "A", "C"], "to_org": ["B", "C", "B"],
...                   "clients": [30.0, 10.0, 20.0], "share_of_outflow": [0.75, 0.25, 1.0]})
>>> c = outflow_concentration(s).loc["A"]
>>> c["largest_destination"], float(c["largest_share"]), float(c["hhi"])
('B', 0.75, 0.625)
>>> dependent_pairs(s, min_share=0.5, min_clients=10)[["from_org", "to_org"]].values.tolist()
[['A', 'B'], ['C', 'B']]
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence

import networkx as nx
import numpy as np
import pandas as pd

from scan.analysis.network import communities
from scan.data.ingest import ADVISER

__all__ = [
    "community_table",
    "dependent_pairs",
    "flow_measures",
    "hubs",
    "observed",
    "outflow_concentration",
    "referral_communities",
    "region_wide",
    "single_points",
    "undirected_flows",
]


def _moving(shares: pd.DataFrame) -> pd.DataFrame:
    """The pairs with at least one client, ids as str."""
    s = shares[shares["clients"].astype(float) > 0]
    return s.assign(from_org=s["from_org"].astype(str), to_org=s["to_org"].astype(str))


def outflow_concentration(shares: pd.DataFrame) -> pd.DataFrame:
    """How concentrated each sender's outflow is: its largest destination and the HHI.

    Parameters
    ----------
    shares : pandas.DataFrame
        From :func:`scan.analysis.dependencies.dependency_shares`.

    Returns
    -------
    pandas.DataFrame
        Indexed by sender (``org_id``): ``out_strength`` (clients sent on),
        ``destinations`` (number of receivers), ``largest_destination``,
        ``largest_share`` (of its outflow), ``largest_clients`` and ``hhi``
        (sum of the squared shares of its outflow). Ties in the largest share
        go to the first destination by id.

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "A", "A", "A"], "to_org": ["B", "C", "D", "E"],
    ...                   "clients": [10.0, 10.0, 10.0, 10.0]})
    >>> c = outflow_concentration(s).loc["A"]
    >>> c["largest_destination"], float(c["largest_share"]), float(c["hhi"])
    ('B', 0.25, 0.25)
    """
    s = _moving(shares)
    cols = ["out_strength", "destinations", "largest_destination", "largest_share"]
    cols += ["largest_clients", "hhi"]
    if s.empty:
        return pd.DataFrame({c: pd.Series(dtype=float) for c in cols}).rename_axis("org_id")
    out_total = s.groupby("from_org")["clients"].transform("sum").astype(float)
    share = s["clients"].astype(float) / out_total
    s = s.assign(_share=share, _sq=share**2)
    g = s.groupby("from_org")
    out = pd.DataFrame(
        {
            "out_strength": g["clients"].sum().astype(float),
            "destinations": g.size().astype(int),
            "hhi": g["_sq"].sum().astype(float),
        }
    )
    top = s.sort_values(["from_org", "_share", "to_org"], ascending=[True, False, True])
    top = top.drop_duplicates("from_org").set_index("from_org")
    out["largest_destination"] = top["to_org"].astype("string")
    out["largest_share"] = top["_share"].astype(float)
    out["largest_clients"] = top["clients"].astype(float)
    out.index.name = "org_id"
    return out[cols]


def observed(shares: pd.DataFrame, covered: Collection[Hashable] = ()) -> tuple[set[str], set[str]]:
    """Whose outflow and whose inflow the flows observe (unknown is not 0).

    An organisation's outflow is known when it is the sender of at least one
    delivered row (a delivered 0 included), its inflow when it is the receiver
    of one: a partner reporting the clients it sent says nothing about what the
    receiver sends on. ``covered`` organisations are seen both ways: those in a
    file the adviser delivered for the whole region (a registry's transfers),
    or, when the flows come from episodes, every organisation with an episode
    (no transition then is a known 0).

    Returns
    -------
    (senders, receivers) : tuple of set of str

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "C"], "to_org": ["B", "B"], "clients": [3, 0]})
    >>> [sorted(x) for x in observed(s)], [sorted(x) for x in observed(s, covered=["D"])]
    ([['A', 'C'], ['B']], [['A', 'C', 'D'], ['B', 'D']])
    """
    both = {str(v) for v in covered}
    senders = set(shares["from_org"].astype(str)) | both
    return senders, set(shares["to_org"].astype(str)) | both


def region_wide(flows: pd.DataFrame) -> set[str]:
    """The organisations in flow rows the adviser delivered for the whole region.

    Such a file (a registry's transfers, a region's own matrix) is the region's
    record: an organisation in it that sends or receives nothing there, does
    not. Rows an organisation delivered cover only the direction it reported.

    Examples
    --------
    >>> f = pd.DataFrame({"from_org": ["A", "C"], "to_org": ["B", "B"],
    ...                   "src_supplier": [ADVISER, "C Kliniek"]})
    >>> sorted(region_wide(f))
    ['A', 'B']
    """
    if "src_supplier" not in flows.columns:
        return set()
    rows = flows[flows["src_supplier"] == ADVISER]
    return set(rows["from_org"].astype(str)) | set(rows["to_org"].astype(str))


def flow_measures(
    shares: pd.DataFrame,
    nodes: Sequence[Hashable] = (),
    *,
    covered: Collection[Hashable] = (),
) -> pd.DataFrame:
    """Per organisation: in-strength, out-strength, share of the region, largest dependency.

    Parameters
    ----------
    shares : pandas.DataFrame
        From :func:`scan.analysis.dependencies.dependency_shares`.
    nodes : sequence
        Organisations to include even without any flow.
    covered : collection, optional
        The organisations the flows observe both ways (:func:`observed`); the
        others per direction. A direction the flows do not observe is unknown
        (NaN), never 0.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``org_id``: ``in_strength``, ``out_strength``,
        ``share_of_region`` (in-strength / all clients that move between
        organisations), the columns of :func:`outflow_concentration`
        (``destinations``, ``largest_destination``, ``largest_share``,
        ``largest_clients``, ``hhi``; missing for an organisation that sends
        no one on) and ``senders`` (number of organisations sending to it).

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "C"], "to_org": ["B", "B"],
    ...                   "clients": [30.0, 10.0]})
    >>> m = flow_measures(s, nodes=["D"])
    >>> m.loc["B", ["in_strength", "share_of_region"]].tolist(), int(m.loc["B", "senders"])
    ([40.0, 1.0], 2)
    >>> m.loc["A", ["in_strength", "out_strength"]].tolist()  # nobody reported A's inflow
    [nan, 30.0]
    >>> m.loc["D", ["in_strength", "out_strength"]].tolist(), pd.isna(m.loc["D", "hhi"])
    ([nan, nan], True)
    >>> float(flow_measures(s, nodes=["D"], covered="ABCD").loc["D", "in_strength"])
    0.0
    """
    senders, receivers = observed(shares, covered)
    s = _moving(shares)
    orgs = sorted(set(s["from_org"]) | set(s["to_org"]) | {str(v) for v in nodes})
    index = pd.Index(orgs, name="org_id")
    out = pd.DataFrame(index=index)
    total = float(s["clients"].sum())
    inflow = s.groupby("to_org")["clients"].sum().reindex(orgs).fillna(0.0)
    outflow = s.groupby("from_org")["clients"].sum().reindex(orgs).fillna(0.0)
    out["in_strength"] = inflow.where(index.isin(sorted(receivers)))
    out["out_strength"] = outflow.where(index.isin(sorted(senders)))
    out["share_of_region"] = out["in_strength"] / total if total > 0 else np.nan
    conc = outflow_concentration(s).drop(columns="out_strength")
    out = out.join(conc, how="left")
    out["destinations"] = out["destinations"].fillna(0).astype(int)
    out["senders"] = s.groupby("to_org").size().reindex(orgs).fillna(0).astype(int)
    return out


def hubs(measures: pd.DataFrame, *, min_clients: float) -> pd.DataFrame:
    """The organisations the flows converge on, largest in-strength first.

    Parameters
    ----------
    measures : pandas.DataFrame
        From :func:`flow_measures`.
    min_clients : float
        The volume floor: an organisation receiving fewer clients is no hub
        (one client never makes one).

    Returns
    -------
    pandas.DataFrame
        The rows of ``measures`` with ``in_strength >= min_clients``, sorted
        by in-strength (then id).

    Examples
    --------
    >>> m = pd.DataFrame({"in_strength": [40.0, 3.0, 12.0]}, index=["B", "C", "D"])
    >>> hubs(m, min_clients=5).index.tolist()
    ['B', 'D']
    """
    keep = measures[measures["in_strength"] >= min_clients]
    order = keep.assign(_id=keep.index.astype(str))
    order = order.sort_values(["in_strength", "_id"], ascending=[False, True], kind="stable")
    return order.drop(columns="_id")


def dependent_pairs(shares: pd.DataFrame, *, min_share: float, min_clients: float) -> pd.DataFrame:
    """Sender → receiver pairs where the sender sends most of its clients to the receiver.

    The one dependency rule of the scan (the report's "depends on" uses it
    through :func:`scan.diagnosis.signals.depends_on`).

    Parameters
    ----------
    shares : pandas.DataFrame
        ``from_org``, ``to_org``, ``clients``, ``share_of_outflow``; the order
        is kept.
    min_share : float
        Smallest share of the sender's outflow.
    min_clients : float
        The volume floor: fewer clients on the pair is too few to say.

    Returns
    -------
    pandas.DataFrame
        The rows of ``shares`` that meet both.

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "B", "C"], "to_org": ["C", "C", "A"],
    ...                   "share_of_outflow": [0.8, 0.6, 0.4], "clients": [40, 3, 50]})
    >>> dependent_pairs(s, min_share=0.5, min_clients=5).from_org.tolist()
    ['A']
    """
    keep = (shares["share_of_outflow"].astype(float) >= min_share - 1e-12) & (
        shares["clients"].astype(float) >= min_clients
    )
    return shares[keep.to_numpy(bool)]


def single_points(shares: pd.DataFrame, *, min_share: float, min_clients: float) -> pd.DataFrame:
    """Receivers that senders depend on (:func:`dependent_pairs`), most dependants first.

    Returns
    -------
    pandas.DataFrame
        Indexed by receiver (``org_id``): ``dependants`` (number of senders
        that depend on it), ``senders`` (their ids, tuple, largest flow
        first) and ``clients`` (what they send it). Only receivers with at
        least one dependant.

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "B", "C", "D"], "to_org": ["H", "H", "H", "A"],
    ...     "share_of_outflow": [0.9, 0.6, 0.2, 1.0], "clients": [20, 30, 10, 2]})
    >>> sp = single_points(s, min_share=0.5, min_clients=5)
    >>> sp.index.tolist(), int(sp.loc["H", "dependants"]), sp.loc["H", "senders"]
    (['H'], 2, ('B', 'A'))
    """
    cols = ["dependants", "senders", "clients"]
    pairs = _moving(dependent_pairs(shares, min_share=min_share, min_clients=min_clients))
    if pairs.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols}).rename_axis("org_id")
    pairs = pairs.sort_values(["to_org", "clients", "from_org"], ascending=[True, False, True])
    g = pairs.groupby("to_org", sort=True)
    out = pd.DataFrame(
        {
            "dependants": g.size().astype(int),
            "senders": g["from_org"].agg(tuple),
            "clients": g["clients"].sum().astype(float),
        }
    )
    out.index.name = "org_id"
    out = out.assign(_id=out.index.astype(str)).sort_values(
        ["dependants", "clients", "_id"], ascending=[False, False, True]
    )
    return out.drop(columns="_id")


def undirected_flows(shares: pd.DataFrame, nodes: Sequence[Hashable] = ()) -> nx.Graph:
    """The flows without direction: the edge A - B carries the clients both ways.

    Edges carry ``clients`` and ``strength`` (clients / the largest pair's
    clients, 0-1: what the map layout pulls by).

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "B", "A"], "to_org": ["B", "A", "C"],
    ...                   "clients": [30.0, 10.0, 20.0]})
    >>> U = undirected_flows(s, ["D"])
    >>> U.edges["A", "B"]["clients"], U.edges["A", "C"]["strength"], sorted(U)
    (40.0, 0.5, ['A', 'B', 'C', 'D'])
    """
    U = nx.Graph()
    U.add_nodes_from(str(v) for v in nodes)
    for row in _moving(shares)[["from_org", "to_org", "clients"]].itertuples(index=False):
        a, b, c = str(row.from_org), str(row.to_org), float(row.clients)
        if U.has_edge(a, b):
            U.edges[a, b]["clients"] += c
        else:
            U.add_edge(a, b, clients=c)
    top = max((c for *_, c in U.edges(data="clients")), default=0.0)
    for *_, data in U.edges(data=True):
        data["strength"] = data["clients"] / top
    return U


def referral_communities(
    shares: pd.DataFrame, nodes: Sequence[Hashable] = (), *, seed: int
) -> pd.Series:
    """Referral communities: groups of organisations that mostly send clients to each other.

    Louvain modularity on the flow network, direction ignored (A → B and
    B → A add up) and weighted by clients, with ``seed``: the same method as
    the collaboration network's communities
    (:func:`scan.analysis.network.communities`), so the two can be set side
    by side. Louvain is in networkx (no extra engine), handles weights, runs
    in well under a second on a region of hundreds of organisations, and is
    reproducible with a seed; direction is left out because a referral
    community is about who exchanges clients, whichever way they go.

    Parameters
    ----------
    shares : pandas.DataFrame
        From :func:`scan.analysis.dependencies.dependency_shares`.
    nodes : sequence
        Organisations without flows to include (no community: NA).
    seed : int
        The scan's seed (:data:`scan.config.SEED` by default).

    Returns
    -------
    pandas.Series
        ``community`` per ``org_id``: 1, 2, … from the largest; NA for an
        organisation with no flow.

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "B", "C", "D", "E", "F", "C"],
    ...                   "to_org": ["B", "C", "A", "E", "F", "D", "D"],
    ...                   "clients": [50.0, 50.0, 50.0, 40.0, 40.0, 40.0, 1.0]})
    >>> referral_communities(s, ["G"], seed=42).to_dict()
    {'A': 1, 'B': 1, 'C': 1, 'D': 2, 'E': 2, 'F': 2, 'G': None}
    """
    s = _moving(shares)
    ids = sorted(set(s["from_org"]) | set(s["to_org"]) | {str(v) for v in nodes})
    U = undirected_flows(s, ids)
    out = communities(U, weight="clients", seed=seed).reindex(ids)
    out.index.name = "org_id"
    return out.rename("community")


def community_table(shares: pd.DataFrame, community: pd.Series) -> pd.DataFrame:
    """Per referral community: its members and how much of their outflow stays inside.

    Returns
    -------
    pandas.DataFrame
        ``community``, ``members`` (tuple of ids), ``size``, ``clients_within``
        (clients sent between members), ``clients_out`` (all the members send
        on), ``share_within`` (clients_within / clients_out).

    Examples
    --------
    >>> s = pd.DataFrame({"from_org": ["A", "B", "A"], "to_org": ["B", "A", "C"],
    ...                   "clients": [30.0, 10.0, 10.0]})
    >>> c = pd.Series({"A": 1, "B": 1, "C": 2})
    >>> t = community_table(s, c)
    >>> t["size"].tolist(), t["clients_within"].tolist(), t["share_within"].tolist()
    ([2, 1], [40.0, 0.0], [0.8, nan])
    """
    cols = ["community", "members", "size", "clients_within", "clients_out", "share_within"]
    known = community.dropna()
    if known.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    labels = {str(k): int(v) for k, v in known.items()}
    s = _moving(shares)
    frm = s["from_org"].map(labels)
    to = s["to_org"].map(labels)
    clients = s["clients"].astype(float)
    rows = []
    for c in sorted(set(labels.values())):
        members = tuple(sorted(k for k, v in labels.items() if v == c))
        out = float(clients[(frm == c).to_numpy(bool)].sum())
        within = float(clients[((frm == c) & (to == c)).to_numpy(bool)].sum())
        rows.append((c, members, len(members), within, out, within / out if out > 0 else np.nan))
    return pd.DataFrame(rows, columns=cols)
