"""Dependencies: shares, transitions from episodes, shared clients, flow betweenness, chains."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from scan.analysis import dependencies as dep
from tests.analysis_builders import table


def _flows(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    return table(
        "flows",
        [{"from_org": a, "to_org": b, "period": p, "clients": c} for a, b, p, c in rows],
    )


def test_dependency_share_hand_computed() -> None:
    flows = _flows(
        [
            ("A", "B", "2026-Q1", 20),
            ("A", "B", "2026-Q2", 10),  # A->B 30 over two periods
            ("A", "C", "2026-Q1", 10),
            ("A", "A", "2026-Q1", 99),  # internal: left out
            ("D", "B", "2026-Q1", 10),
        ]
    )
    s = dep.dependency_shares(flows).set_index(["from_org", "to_org"])
    assert s.loc[("A", "B"), "clients"] == 30
    assert s.loc[("A", "B"), "share_of_outflow"] == pytest.approx(0.75)
    assert s.loc[("A", "C"), "share_of_outflow"] == pytest.approx(0.25)
    assert s.loc[("A", "B"), "share_of_inflow"] == pytest.approx(0.75)
    assert s.loc[("D", "B"), "share_of_inflow"] == pytest.approx(0.25)
    assert s.loc[("A", "B"), "periods"] == 2
    assert ("A", "A") not in s.index
    q2 = dep.dependency_shares(flows, periods=["2026-Q2"])
    assert q2[["from_org", "to_org", "clients", "share_of_outflow"]].values.tolist() == [
        ["A", "B", 10.0, 1.0]
    ]


def test_wait_is_client_weighted() -> None:
    flows = table(
        "flows",
        [
            {
                "from_org": "A",
                "to_org": "B",
                "period": "2026-Q1",
                "clients": 30,
                "median_wait_days": 10.0,
            },
            {
                "from_org": "A",
                "to_org": "B",
                "period": "2026-Q2",
                "clients": 10,
                "median_wait_days": 30.0,
            },
        ],
    )
    s = dep.dependency_shares(flows)
    assert s.loc[0, "median_wait_days"] == pytest.approx(15.0)


def _episodes(rows: Sequence[tuple[str, str, str, str | None]]) -> pd.DataFrame:
    return table(
        "episodes",
        [{"client_key": c, "org_id": o, "start_date": s, "end_date": e} for c, o, s, e in rows],
    )


def test_transitions_from_episodes_with_window() -> None:
    ep = _episodes(
        [
            ("c1", "A", "2026-01-01", "2026-01-10"),
            ("c1", "B", "2026-01-20", "2026-03-01"),  # A->B, gap 10
            ("c1", "C", "2026-04-15", None),  # B->C, gap 45 > 30: no transition
            ("c2", "A", "2026-02-01", "2026-02-28"),
            ("c2", "B", "2026-02-20", None),  # overlap: hand-over, gap 0
            ("c3", "A", "2026-01-01", None),  # ongoing: starts no transition
            ("c3", "B", "2026-01-05", "2026-01-06"),
            ("c4", "B", "2026-01-01", "2026-01-02"),
            ("c4", "B", "2026-01-03", "2026-01-04"),  # same organisation: no transition
        ]
    )
    t = dep.transitions(ep, window_days=30)
    assert t[["from_org", "to_org", "period", "clients", "median_wait_days"]].values.tolist() == [
        ["A", "B", "2026-Q1", 2, 5.0]
    ]
    wide = dep.transitions(ep, window_days=45, granularity="month")
    pairs = wide[["from_org", "to_org", "period", "clients"]].values.tolist()
    assert ["B", "C", "2026-03", 1] in pairs
    assert ["A", "B", "2026-01", 1] in pairs and ["A", "B", "2026-02", 1] in pairs
    assert list(t.columns) == [
        "from_org",
        "to_org",
        "period",
        "clients",
        "median_wait_days",
        "flow_type",
    ]


def test_shared_clients_sparse_and_hand_computed() -> None:
    ep = _episodes(
        [
            ("x", "A", "2026-01-01", None),
            ("x", "A", "2026-05-01", None),  # twice at A: one client
            ("x", "B", "2026-01-01", None),
            ("y", "A", "2026-01-01", None),
            ("y", "B", "2026-01-01", None),
            ("y", "C", "2026-01-01", None),
            ("z", "D", "2026-01-01", None),
        ]
    )
    C, orgs = dep.shared_clients_matrix(ep)
    assert sp.issparse(C)
    assert orgs == ["A", "B", "C", "D"]
    assert C.toarray().tolist() == [[2, 2, 1, 0], [2, 2, 1, 0], [1, 1, 1, 0], [0, 0, 0, 1]]
    pairs = dep.shared_clients(ep)
    assert pairs[["org_a", "org_b", "shared_clients"]].values.tolist() == [
        ["A", "B", 2],
        ["A", "C", 1],
        ["B", "C", 1],
    ]
    assert pairs.loc[1, "share_of_smaller"] == pytest.approx(1.0)


def test_shared_clients_never_dense_for_many_organisations() -> None:
    # 3,000 organisations, each client at two neighbouring organisations: nnz grows with n
    n = 3000
    rows = []
    for i in range(n):
        rows.append((f"c{i}", f"O{i:04d}", "2026-01-01", None))
        rows.append((f"c{i}", f"O{(i + 1) % n:04d}", "2026-01-01", None))
    C, orgs = dep.shared_clients_matrix(_episodes(rows))
    assert sp.issparse(C) and C.shape == (n, n) and len(orgs) == n
    assert C.nnz == 3 * n  # diagonal + two neighbours, not n * n
    assert len(dep.shared_clients(_episodes(rows))) == n


def _graph(edges: list[tuple[str, str, float]]) -> nx.DiGraph:
    flows = _flows([(a, b, "2026", int(c)) for a, b, c in edges])
    return dep.flow_graph(dep.dependency_shares(flows))


def test_flow_betweenness_strong_flows_are_short() -> None:
    # 100 clients A->B->C, a trickle of 1 directly A->C: the route from A to C runs via B
    G = _graph([("A", "B", 100), ("B", "C", 100), ("A", "C", 1)])
    fb = dep.flow_betweenness(G)
    assert fb.loc["B", "flow_betweenness"] == pytest.approx(1 / 2)  # 1 of 2 ordered pairs
    assert fb.loc["A", "flow_betweenness"] == 0
    # reverse the sizes: the large direct flow is the short route, B carries nothing through
    H = _graph([("A", "B", 1), ("B", "C", 1), ("A", "C", 100)])
    assert dep.flow_betweenness(H).loc["B", "flow_betweenness"] == 0


def test_flow_betweenness_igraph_equals_networkx() -> None:
    rng = np.random.default_rng(0)
    D = nx.gnm_random_graph(30, 90, seed=2, directed=True)
    edges = [(f"O{u}", f"O{v}", float(rng.integers(1, 50))) for u, v in D.edges]
    G = _graph(edges)
    a = dep.flow_betweenness(G, method="networkx")
    b = dep.flow_betweenness(G, method="igraph")
    assert np.allclose(a["flow_betweenness"], b["flow_betweenness"], atol=1e-12)


def test_pass_through_estimated_and_observed() -> None:
    s = dep.dependency_shares(_flows([("A", "B", "2026", 10), ("B", "C", "2026", 6)]))
    p = dep.pass_through(s)
    assert p.loc["B", ["inflow", "outflow", "pass_through"]].tolist() == [10.0, 6.0, 6.0]
    assert p.loc["B", "onward_share"] == pytest.approx(0.6)
    assert p["flow_share"].sum() == pytest.approx(1.0)
    assert p.loc["A", "top_destination"] == "B"
    ep = _episodes(
        [
            ("c1", "A", "2026-01-01", "2026-01-10"),
            ("c1", "B", "2026-01-11", "2026-01-20"),
            ("c1", "C", "2026-01-21", None),  # A->B->C: passes through B
            ("c2", "A", "2026-01-01", "2026-01-10"),
            ("c2", "B", "2026-01-11", None),  # stays at B
            ("c3", "B", "2026-01-01", "2026-01-10"),
            ("c3", "C", "2026-01-11", None),  # starts at B
        ]
    )
    ct = dep.client_transitions(ep)
    flows = dep.transitions(ep)
    observed = dep.pass_through(dep.dependency_shares(flows), ct)
    assert observed.loc["B", "pass_through"] == 1  # min(in 2, out 2) would say 2
    assert observed["pass_through_observed"].all()
    chains = dep.observed_chains(ct)
    assert chains.values.tolist() == [[("A", "B", "C"), 2, 1]]


def test_chains_follow_main_destinations() -> None:
    G = _graph(
        [
            ("A", "B", 10),
            ("B", "C", 8),
            ("B", "D", 2),  # 20 % of B's outflow: below min_share
            ("C", "E", 4),
        ]
    )
    c = dep.chains(G, min_share=0.3, max_steps=3)
    assert c.loc[0, "chain"] == ("A", "B", "C", "E")
    assert c.loc[0, "est_clients"] == pytest.approx(10 * 0.8 * 1.0)
    assert ("A", "B", "D") not in set(c["chain"])
    short = dep.chains(G, min_share=0.3, max_steps=2)
    assert ("A", "B", "C") in set(short["chain"])
    assert short["steps"].max() == 2


def test_empty_inputs_give_empty_tables() -> None:
    assert len(dep.transitions(_episodes([]))) == 0
    assert len(dep.dependency_shares(_flows([]))) == 0
