"""Said against done: what partners say about working together next to what clients do.

The network survey says who works with whom and how often (ties); the flows
(delivered, or derived from episodes) say where clients actually go. Laid side
by side per pair of organisations they show

* **missing links**: many clients move between two organisations that have no
  tie, or only a weak one (the relation to build);
* **ties without clients**: a strong tie, yet no client moves between them
  (a relation about something else, or one that could carry more);
* **trust along the flows**: how many clients are sent to an organisation its
  partners trust little (judged by the diagnosis' rule,
  :func:`scan.diagnosis.signals.low_trust_flows`, from the receiver's trust
  and the number of partners who rated it, both given here).

Conventions
-----------
* A pair is two organisations, ``org_a < org_b``; clients are counted both
  ways (``clients = clients_a_to_b + clients_b_to_a``).
* The tie of a pair is its strongest reported frequency, either way
  (levels: never 0, yearly 1 … daily 5; a named partner without a frequency
  counts as yearly, :data:`scan.analysis.network.MISSING_FREQUENCY_LEVEL`).
* **Unknown is not "no tie"**: when neither organisation answered the
  network survey, the tie is ``"unknown"`` and ``tie_level`` is NA. When one
  answered and named nobody of the two, the tie is ``"none"`` (half seen:
  ``a_answered`` / ``b_answered`` say which side spoke).
* **Unknown is not "no clients"**: the clients between two organisations
  count as 0 only when the flows observe what each of them sends
  (:func:`scan.analysis.flownet.observed`: a sender in a delivered row, or in
  a file for the whole region, or with an episode); otherwise the clients of
  the pair are NA and no "tie without clients" is claimed.

Examples
--------
>>> import networkx as nx
>>> G = nx.DiGraph()
>>> G.add_nodes_from(["A", "B", "C"], respondent=True)
>>> G.add_edge("A", "C", frequency_level=5)
>>> shares = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"], "clients": [40.0, 2.0]})
>>> p = pair_table(G, shares, heavy_clients=20, weak_level=1, strong_level=4,
...                senders={"A", "B", "C"})
>>> for row in p[["org_a", "org_b", "clients", "tie", "kind"]].values.tolist():
...     print(row)
['A', 'B', 40.0, 'none', 'missing_link']
['B', 'C', 2.0, 'none', '']
['A', 'C', 0.0, 'strong', 'tie_without_flow']

Nobody reported what C sends: A sends C nobody, but no "tie without clients" is claimed.

>>> p = pair_table(G, shares, heavy_clients=20, weak_level=1, strong_level=4)
>>> p.loc[(p["org_a"] == "A") & (p["org_b"] == "C"), ["clients", "kind"]].values.tolist()
[[0.0, '']]
"""

from __future__ import annotations

from collections.abc import Collection, Hashable
from typing import NamedTuple

import networkx as nx
import numpy as np
import pandas as pd

from scan.analysis.flownet import observed
from scan.analysis.network import MISSING_FREQUENCY_LEVEL

#: The tie statuses of a pair, weakest first; ``"unknown"``: neither answered the survey.
TIE_STATUSES: tuple[str, ...] = ("unknown", "none", "weak", "moderate", "strong")
#: What a pair shows: many clients and no or a weak tie; clients but nobody could say;
#: a strong tie and no clients.
KINDS: tuple[str, ...] = ("missing_link", "unknown_link", "tie_without_flow")

_PAIR_COLUMNS: tuple[str, ...] = (
    "org_a",
    "org_b",
    "clients_a_to_b",
    "clients_b_to_a",
    "clients",
    "a_answered",
    "b_answered",
    "tie_level",
    "tie",
    "kind",
)
_FLOW_COLUMNS: tuple[str, ...] = (
    "from_org",
    "to_org",
    "clients",
    "trust_received",
    "trust_raters",
)


class TieSeen(NamedTuple):
    """What the network survey says about the relation of two organisations.

    Attributes
    ----------
    a_answered, b_answered : bool
        Whether each answered the survey.
    levels : tuple of int
        The frequency level of each tie between them that was named (one per
        direction, 0-2 of them); a tie named without a frequency is yearly.
    """

    a_answered: bool
    b_answered: bool
    levels: tuple[int, ...]

    @property
    def known(self) -> bool:
        """Whether anyone could tell: at least one of the two answered."""
        return self.a_answered or self.b_answered

    @property
    def level(self) -> int | None:
        """The strongest tie's level; 0 when none was named; None when unknown."""
        if not self.known:
            return None
        return max(self.levels, default=0)


def tie_between(G: nx.DiGraph, a: Hashable, b: Hashable) -> TieSeen:
    """The ties named between ``a`` and ``b`` in the collaboration network.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`scan.analysis.network.collaboration_graph` (nodes carry
        ``respondent``, edges ``frequency_level``).
    a, b : str

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_nodes_from(["A", "B"], respondent=True)
    >>> G.add_node("C", respondent=False)
    >>> G.add_edge("A", "B", frequency_level=None)
    >>> tie_between(G, "A", "B"), tie_between(G, "C", "D").level
    (TieSeen(a_answered=True, b_answered=True, levels=(1,)), None)
    """
    ra = bool(G.nodes[a].get("respondent")) if a in G else False
    rb = bool(G.nodes[b].get("respondent")) if b in G else False
    levels = []
    for u, v in ((a, b), (b, a)):
        if G.has_edge(u, v):
            lv = G[u][v].get("frequency_level")
            levels.append(MISSING_FREQUENCY_LEVEL if lv is None else int(lv))
    return TieSeen(ra, rb, tuple(levels))


def tie_status(level: int | None, *, weak_level: int, strong_level: int) -> str:
    """The status of a tie level (see :data:`TIE_STATUSES`).

    Examples
    --------
    >>> [tie_status(v, weak_level=1, strong_level=4) for v in (None, 0, 1, 3, 5)]
    ['unknown', 'none', 'weak', 'moderate', 'strong']
    """
    if level is None:
        return "unknown"
    if level <= 0:
        return "none"
    if level <= weak_level:
        return "weak"
    if level >= strong_level:
        return "strong"
    return "moderate"


def _clients(shares: pd.DataFrame) -> dict[tuple[str, str], float]:
    """A → B clients (over all periods), only the flows with clients."""
    if shares is None or len(shares) == 0:
        return {}
    clients = pd.to_numeric(shares["clients"], errors="coerce").astype(float)
    pairs = zip(shares["from_org"].astype(str), shares["to_org"].astype(str), clients, strict=True)
    return {(a, b): c for a, b, c in pairs if c > 0}


def pair_table(
    G: nx.DiGraph,
    shares: pd.DataFrame,
    *,
    heavy_clients: float,
    weak_level: int,
    strong_level: int,
    senders: Collection[str] | None = None,
) -> pd.DataFrame:
    """Every pair with clients between them or a tie: what is said next to what is done.

    Parameters
    ----------
    G : networkx.DiGraph
        The collaboration network (:func:`scan.analysis.network.collaboration_graph`).
    shares : pandas.DataFrame
        ``from_org``, ``to_org``, ``clients`` over the periods
        (:func:`scan.analysis.dependencies.dependency_shares`).
    heavy_clients : float
        Clients (both ways) from which a pair's flow is heavy.
    weak_level : int
        A tie up to this frequency level (1 = yearly) is weak.
    strong_level : int
        A tie from this frequency level (4 = weekly) is strong.
    senders : collection of str, optional
        The organisations whose outflow the flows observe (those with a known
        out-strength, :func:`scan.analysis.flownet.flow_measures`); by default
        the senders of ``shares`` (:func:`scan.analysis.flownet.observed`).

    Returns
    -------
    pandas.DataFrame
        One row per pair (see the module docstring): ``org_a``, ``org_b``,
        ``clients_a_to_b``, ``clients_b_to_a`` (NA where the flows do not
        observe the sender), ``clients`` (the clients seen either way, a lower
        bound when one way is unknown; NA when both are), ``a_answered``, ``b_answered``,
        ``tie_level`` (Int64: 0 no tie, NA unknown), ``tie``
        (:data:`TIE_STATUSES`) and ``kind`` (:data:`KINDS`, or ``""``).
        Heavy flows first, then the strongest ties.
    """
    flows = _clients(shares)
    seen_sending = set(senders) if senders is not None else observed(shares)[0]
    pairs = {tuple(sorted(k)) for k in flows}
    pairs |= {tuple(sorted((str(u), str(v)))) for u, v in G.edges() if str(u) != str(v)}
    rows = []
    for a, b in sorted(pairs):
        seen = tie_between(G, a, b)
        ab, ba = flows.get((a, b), 0.0), flows.get((b, a), 0.0)
        # a reported flow is seen; a direction whose sender the flows do not observe is not
        ab_seen = ab > 0 or a in seen_sending
        ba_seen = ba > 0 or b in seen_sending
        ab_known = ab if ab_seen else np.nan
        ba_known = ba if ba_seen else np.nan
        # the clients seen (at least this many when one way is unknown); NA when neither is
        clients = ab + ba if ab_seen or ba_seen else np.nan
        tie = tie_status(seen.level, weak_level=weak_level, strong_level=strong_level)
        kind = ""
        if clients >= heavy_clients:
            kind = "unknown_link" if tie == "unknown" else ""
            kind = "missing_link" if tie in ("none", "weak") else kind
        elif ab_seen and ba_seen and clients == 0 and tie == "strong":
            kind = "tie_without_flow"
        rows.append(
            (
                a,
                b,
                ab_known,
                ba_known,
                clients,
                seen.a_answered,
                seen.b_answered,
                seen.level,
                tie,
                kind,
            )
        )
    out = pd.DataFrame(rows, columns=list(_PAIR_COLUMNS))
    out = out.astype(
        {
            "org_a": object,
            "org_b": object,
            "clients_a_to_b": float,
            "clients_b_to_a": float,
            "clients": float,
            "a_answered": bool,
            "b_answered": bool,
            "tie_level": "Int64",
            "tie": object,
            "kind": object,
        }
    )
    order = out.assign(_c=out["clients"].fillna(-1.0), _l=out["tie_level"].fillna(-1))
    order = order.sort_values(["_c", "_l", "org_a", "org_b"], ascending=[False, False, True, True])
    return out.loc[order.index].reset_index(drop=True)


def flows_with_trust(shares: pd.DataFrame, ratings: pd.DataFrame | None) -> pd.DataFrame:
    """Every flow with the trust its receiver gets from its partners.

    Parameters
    ----------
    shares : pandas.DataFrame
        ``from_org``, ``to_org``, ``clients`` over the periods.
    ratings : pandas.DataFrame, optional
        Indexed by organisation: ``trust_received`` (1-4) and ``trust_raters``
        (:func:`scan.analysis.network.received_ratings`).

    Returns
    -------
    pandas.DataFrame
        ``from_org``, ``to_org``, ``clients``, and the receiver's
        ``trust_received`` (NaN when nobody rated it) and ``trust_raters``;
        most clients first.

    Examples
    --------
    >>> shares = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "C"],
    ...                        "clients": [30.0, 8.0]})
    >>> ratings = pd.DataFrame({"trust_received": [1.5], "trust_raters": [3]}, index=["B"])
    >>> flows_with_trust(shares, ratings).values.tolist()
    [['A', 'B', 30.0, 1.5, 3], ['B', 'C', 8.0, nan, 0]]
    """
    flows = _clients(shares)
    receivers = [b for _, b in flows]
    out = pd.DataFrame(
        {
            "from_org": pd.Series([a for a, _ in flows], dtype=object),
            "to_org": pd.Series(receivers, dtype=object),
            "clients": pd.Series(list(flows.values()), dtype=float),
        }
    )
    # the receiver's ratings; one nobody rated has none
    if ratings is not None:
        got = ratings.reindex(pd.Index(receivers, dtype=object))
        trust = got["trust_received"].astype(float).to_numpy()
        raters = got["trust_raters"].fillna(0).to_numpy(int)
    else:
        trust, raters = np.full(len(out), np.nan), np.zeros(len(out), dtype=int)
    out["trust_received"] = trust
    out["trust_raters"] = raters
    out = out[list(_FLOW_COLUMNS)]
    out = out.sort_values(["clients", "from_org", "to_org"], ascending=[False, True, True])
    return out.reset_index(drop=True)


__all__ = [
    "KINDS",
    "TIE_STATUSES",
    "TieSeen",
    "flows_with_trust",
    "pair_table",
    "tie_between",
    "tie_status",
]
