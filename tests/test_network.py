"""The collaboration network: published values, hand-computed fixtures, the fast path."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from scan.analysis import network as net
from scan.analysis import paths
from scan.analysis.analyse import analyse
from scan.analysis.paths import Method
from scan.data.merge import load_region
from scan.diagnosis import quickwins as qw
from scan.diagnosis.findings import diagnose
from tests.analysis_builders import scan_data
from tests.conftest import RegionWriter

# --- published values, through our own functions ---------------------------------------


@pytest.mark.parametrize("method", ["networkx", "igraph"])
def test_florentine_betweenness_published(method: Method) -> None:
    G = nx.florentine_families_graph()
    c = net.centrality(G, distance=None, strength=None, method=method)
    assert c.loc["Medici", "betweenness"] == pytest.approx(0.522, abs=5e-4)
    assert c.loc["Guadagni", "betweenness"] == pytest.approx(0.255, abs=5e-4)
    assert c["betweenness"].idxmax() == "Medici"


@pytest.mark.parametrize("method", ["networkx", "igraph"])
def test_krackhardt_kite_published(method: Method) -> None:
    G = nx.krackhardt_kite_graph()
    c = net.centrality(G, distance=None, strength=None, method=method)
    assert c.loc[7, "betweenness"] == pytest.approx(0.389, abs=5e-4)
    assert c.loc[5, "closeness"] == pytest.approx(0.643, abs=5e-4)
    assert c.loc[6, "closeness"] == pytest.approx(0.643, abs=5e-4)


# --- igraph, the large-graph engine, gives networkx's answer on small graphs -------------


def _weighted(G: nx.Graph, seed: int, choices: tuple[float, ...]) -> nx.Graph:
    rng = np.random.default_rng(seed)
    for u, v in G.edges:
        G.edges[u, v]["distance"] = float(rng.choice(choices))
    return G


SMALL_GRAPHS = {
    "florentine": lambda: nx.florentine_families_graph(),
    "kite": lambda: nx.krackhardt_kite_graph(),
    "karate": lambda: nx.karate_club_graph(),
    "int-weights": lambda: _weighted(nx.gnm_random_graph(40, 90, seed=3), 1, (1.0, 2.0, 3.0)),
    "directed": lambda: _weighted(
        nx.gnm_random_graph(40, 120, seed=4, directed=True), 2, (1.0, 2.0, 4.0)
    ),
    "directed-disconnected": lambda: _weighted(
        nx.gnm_random_graph(40, 45, seed=6, directed=True), 4, (1.0, 3.0)
    ),
    "disconnected": lambda: nx.disjoint_union(nx.path_graph(5), nx.star_graph(4)),
    "tie-distances": lambda: _weighted(
        nx.gnm_random_graph(30, 70, seed=5), 3, tuple(6 / (lv + 1) for lv in range(6))
    ),
}


@pytest.mark.parametrize("name", sorted(SMALL_GRAPHS))
def test_igraph_equals_networkx_exact(name: str) -> None:
    G = SMALL_GRAPHS[name]()
    weight = "distance" if "directed" in name or name in {"int-weights", "tie-distances"} else None
    fast = paths.path_centrality(G, weight)
    exact_b = nx.betweenness_centrality(G, weight=weight)
    exact_c = nx.closeness_centrality(G, distance=weight)
    for v in G:
        assert fast.loc[v, "betweenness"] == pytest.approx(exact_b[v], abs=1e-12)
        assert fast.loc[v, "closeness"] == pytest.approx(exact_c[v], abs=1e-12)
    raw = paths.path_centrality(G, weight, normalized=False, closeness=False)
    exact_raw = nx.betweenness_centrality(G, weight=weight, normalized=False)
    for v in G:
        assert raw.loc[v, "betweenness"] == pytest.approx(exact_raw[v], abs=1e-9)


def test_auto_switches_to_igraph_above_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    G = nx.florentine_families_graph()
    engine: list[str] = []
    real = paths.path_centrality

    def spy(*args: object, **kwargs: object) -> pd.DataFrame:
        engine.append("igraph")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(paths, "path_centrality", spy)
    small = paths.shortest_path_centrality(G, exact_max_nodes=100)
    assert engine == []  # networkx at or below the threshold
    large = paths.shortest_path_centrality(G, exact_max_nodes=10)
    assert engine == ["igraph"]
    pd.testing.assert_frame_equal(small, large, check_exact=False, atol=1e-12, rtol=0)
    assert list(large.columns) == ["betweenness", "closeness"]


def test_near_equal_float_paths_count_as_ties_in_igraph() -> None:
    # A-B-C is 0.1 + 0.2 = 0.30000000000000004, A-C is 0.3: equally short in real numbers
    G = nx.Graph()
    G.add_weighted_edges_from(
        [("A", "B", 0.1), ("B", "C", 0.2), ("A", "C", 0.3), ("C", "D", 1.0)], weight="distance"
    )
    fast = paths.betweenness(G, "distance", method="igraph")
    # B lies on one of the two shortest A-C and A-D paths: 1/2 + 1/2 of 3 unordered pairs
    assert fast["B"] == pytest.approx(1 / 3, abs=1e-12)
    assert fast["C"] == pytest.approx(2 / 3, abs=1e-12)
    # networkx compares floats exactly: rounding decides, differently from either end of a pair
    exact = paths.betweenness(G, "distance", method="networkx")
    assert exact["B"] < fast["B"]
    # with the weights scaled to integers both count the tie
    H = nx.Graph()
    H.add_weighted_edges_from(
        [("A", "B", 1), ("B", "C", 2), ("A", "C", 3), ("C", "D", 10)], weight="distance"
    )
    ints = paths.betweenness(H, "distance", method="networkx")
    assert np.allclose(ints.to_numpy(), fast.to_numpy(), atol=1e-12)


def test_empty_and_tiny_graphs() -> None:
    for G in (nx.Graph(), nx.DiGraph(), nx.path_graph(1), nx.path_graph(2)):
        out = paths.path_centrality(G)
        ref = paths.shortest_path_centrality(G, method="networkx")
        assert list(out.index) == list(G)
        assert np.allclose(out.to_numpy(float), ref.to_numpy(float))


def test_multigraphs_are_refused() -> None:
    with pytest.raises(nx.NetworkXNotImplemented):
        paths.path_centrality(nx.MultiGraph([(0, 1), (0, 1)]))


def test_non_positive_distances_are_refused() -> None:
    G = nx.path_graph(3)
    nx.set_edge_attributes(G, 0.0, "distance")
    with pytest.raises(ValueError, match="positive"):
        paths.path_centrality(G, "distance")


# --- weights: a strong tie is a short distance --------------------------------------------


def test_strong_ties_are_short_distances_in_path_metrics() -> None:
    # A-D only work together yearly; A-B and B-D daily. The strong route runs via B.
    data = scan_data(
        ties=[
            {"respondent_org": "A", "partner_org": "D", "frequency": "yearly"},
            {"respondent_org": "A", "partner_org": "B", "frequency": "daily"},
            {"respondent_org": "B", "partner_org": "D", "frequency": "daily"},
            {"respondent_org": "D", "partner_org": "C", "frequency": "daily"},
        ]
    )
    G = net.collaboration_graph(data.ties, data.organisations)
    assert G["A"]["B"]["distance"] == 1.0
    assert G["A"]["D"]["distance"] == 3.0
    table = net.organisation_table(G)
    # shortest A-D and A-C paths go through B: with weights as strengths B would be skipped
    assert table.loc["B", "betweenness"] > 0
    # B is on the shortest paths of 2 of the 3 pairs without B (A-D, A-C; not C-D)
    assert table.loc["B", "betweenness"] == pytest.approx(2 / 3)
    unweighted = net.centrality(net.symmetrise(G), distance=None)
    assert unweighted.loc["B", "betweenness"] == 0.0


def test_symmetrised_strength_is_mean_of_reports() -> None:
    data = scan_data(
        ties=[
            {"respondent_org": "A", "partner_org": "B", "frequency": "daily"},
            {"respondent_org": "B", "partner_org": "A", "frequency": "monthly"},
        ]
    )
    U = net.symmetrise(net.collaboration_graph(data.ties))
    assert U["A"]["B"]["strength"] == pytest.approx((1.0 + 4 / 6) / 2)
    assert U["A"]["B"]["named_by"] == 2


# --- hand-computed fixtures -----------------------------------------------------------------


def _ratings(t: float, v: float) -> dict[str, float]:
    return {
        "trust_reliable": t,
        "trust_mission": t,
        "trust_open": t,
        "value_power": v,
        "value_involvement": v,
        "value_resources": v,
    }


def test_trust_and_value_received() -> None:
    data = scan_data(
        ties=[
            {
                "respondent_org": "A",
                "partner_org": "C",
                "trust_reliable": 4,
                "trust_mission": 3,
                "trust_open": 2,  # trust 3
                "value_power": 4,
                "value_involvement": 4,
                "value_resources": 1,  # value 3
            },
            {"respondent_org": "B", "partner_org": "C", "trust_reliable": 1},  # trust 1, no value
            {"respondent_org": "C", "partner_org": "A"},
        ]
    )
    table = net.organisation_table(net.collaboration_graph(data.ties, data.organisations))
    assert table.loc["C", "trust_received"] == pytest.approx(2.0)
    assert table.loc["C", "trust_raters"] == 2
    assert table.loc["C", "value_received"] == pytest.approx(3.0)
    assert table.loc["C", "value_raters"] == 1
    assert math.isnan(table.loc["B", "trust_received"])
    assert table.loc["B", "trust_raters"] == 0


def test_asymmetric_ties() -> None:
    data = scan_data(
        ties=[
            {"respondent_org": "A", "partner_org": "B", **_ratings(3, 3)},  # B answered, not back
            {"respondent_org": "B", "partner_org": "C", **_ratings(3, 3)},
            {"respondent_org": "A", "partner_org": "N", **_ratings(3, 3)},  # N never answered
            {"respondent_org": "A", "partner_org": "E", **_ratings(4, 3)},
            {"respondent_org": "E", "partner_org": "A", **_ratings(2, 3)},  # trust gap 2
            {"respondent_org": "C", "partner_org": "B", **_ratings(3, 2.5)},  # value gap 0.5
        ]
    )
    G = net.collaboration_graph(data.ties, data.organisations)
    asym = net.asymmetric_ties(G, gap_threshold=1.0)
    pairs = {(a, b, r) for a, b, r in asym[["org_a", "org_b", "reason"]].itertuples(index=False)}
    assert pairs == {("A", "B", "not_named_back"), ("A", "E", "rated_lower")}
    gap = asym.set_index(["org_a", "org_b"]).loc[("A", "E")]
    assert gap["trust_gap"] == pytest.approx(2.0)
    assert gap["trust_a_to_b"] == 4.0 and gap["trust_b_to_a"] == 2.0
    stricter = net.asymmetric_ties(G, gap_threshold=2.5)
    assert set(stricter["reason"]) == {"not_named_back"}


def test_reciprocity_among_respondents_and_density() -> None:
    # respondents A, B, C; N is named but never answered
    data = scan_data(
        ties=[
            ("A", "B"),
            ("B", "A"),
            ("A", "C"),
            ("C", "N"),
            ("B", "N"),
        ]
    )
    G = net.collaboration_graph(data.ties, data.organisations)
    # among respondents: A->B, B->A, A->C; two of three are returned
    assert net.reciprocity_among_respondents(G) == pytest.approx(2 / 3)
    s = net.network_scores(G)
    assert s["reciprocity"] == pytest.approx(2 / 3)
    assert s["density"] == pytest.approx(5 / (3 * 3))  # m / (r (n - 1))
    assert s["respondents"] == 3 and s["organisations"] == 4
    table = net.organisation_table(G)
    assert pd.isna(table.loc["N", "out_degree"])
    assert table.loc["N", "in_degree"] == 2
    assert table.loc["A", "out_degree"] == 2


@pytest.mark.parametrize(
    ("answered", "expected"), [(8, "high"), (7, "moderate"), (6, "low"), (10, "high")]
)
def test_response_rate_confidence(answered: int, expected: str) -> None:
    ids = [f"O{i}" for i in range(10)]
    ties = [(ids[i], ids[(i + 1) % 10]) for i in range(answered)]
    data = scan_data(ties=ties, extra_orgs=ids)
    s = net.network_scores(net.collaboration_graph(data.ties, data.organisations))
    assert s["response_rate"] == pytest.approx(answered / 10)
    assert s["confidence"] == expected


def test_confidence_band_edges() -> None:
    assert net.confidence_level(0.80) == "high"
    assert net.confidence_level(0.7999) == "moderate"
    assert net.confidence_level(0.65) == "moderate"
    assert net.confidence_level(0.6499) == "low"


def test_structure_articulation_bridges_periphery_isolates() -> None:
    # triangle A-B-C, C-D, D-E (a tail), F named by nobody and names nobody
    data = scan_data(
        ties=[("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E")], extra_orgs=["F"]
    )
    G = net.collaboration_graph(data.ties, data.organisations)
    t = net.organisation_table(G)
    assert set(t.index[t["articulation_point"]]) == {"C", "D"}
    assert t.loc["D", "bridges"] == 2 and t.loc["A", "bridges"] == 0
    assert set(t.index[t["periphery"]]) == {"D", "E"}
    assert t.index[t["isolate"]].tolist() == ["F"]
    assert pd.isna(t.loc["F", "community"])
    br = net.bridges(G)
    assert br[["org_a", "org_b"]].values.tolist() == [["C", "D"], ["D", "E"]]
    assert br["leaf"].tolist() == [False, True]


def test_communities_are_seeded_and_find_two_groups() -> None:
    G = nx.barbell_graph(5, 1)
    a = net.communities(G, weight=None, seed=3)
    b = net.communities(G, weight=None, seed=3)
    pd.testing.assert_series_equal(a, b)
    assert a.loc[0] == a.loc[4] != a.loc[10]


def test_degree_centralisation_star_and_ring() -> None:
    assert net.degree_centralisation(nx.star_graph(5)) == pytest.approx(1.0)
    assert net.degree_centralisation(nx.cycle_graph(6)) == pytest.approx(0.0)
    D = nx.DiGraph([(1, 0), (2, 0), (3, 0), (0, 1)])
    # symmetrised: star around 0
    assert net.degree_centralisation(D) == pytest.approx(1.0)


def test_mean_trust_and_value_over_rated_ties() -> None:
    data = scan_data(
        ties=[
            {"respondent_org": "A", "partner_org": "B", **_ratings(4, 2)},
            {"respondent_org": "B", "partner_org": "A", **_ratings(2, 3)},
            ("A", "C"),
        ]
    )
    s = net.network_scores(net.collaboration_graph(data.ties))
    assert s["mean_trust"] == pytest.approx(3.0)
    assert s["mean_value"] == pytest.approx(2.5)


def test_collaboration_graph_edge_attributes_and_purity() -> None:
    data = scan_data(
        ties=[
            {
                "respondent_org": "A",
                "partner_org": "B",
                "frequency": "monthly",
                "referral": True,
                "funding": False,
                "information": True,
            },
            {"respondent_org": "A", "partner_org": "A"},  # self-tie: dropped
        ]
    )
    before = data.ties.copy()
    G = net.collaboration_graph(data.ties, data.organisations)
    pd.testing.assert_frame_equal(data.ties, before)
    e = G["A"]["B"]
    assert e["frequency"] == "monthly" and e["frequency_level"] == 3
    assert e["kinds"] == ("referral", "information")
    assert e["trust"] is None
    assert not G.has_edge("A", "A")
    assert G.nodes["A"]["respondent"] and not G.nodes["B"]["respondent"]
    assert G.nodes["A"]["name"] == "Org A"
    raw = pd.DataFrame({"respondent_org": ["A"], "partner_org": ["B"], "frequency": ["3"]})
    assert net.score_ties(raw)["frequency_level"].tolist() == [3]


# --- who answered: the form, not the rows it produced (issue 13, T1 and T2) -----------------


def _prefilled_region(region: RegionWriter, ties: set[tuple[str, str]], orgs: list[str]) -> Path:
    """Every organisation returns the pre-filled form: "ja" for its ties, "nee" elsewhere."""
    lines = ["respondent_org,partner_org,works_with,frequency"]
    for r in orgs:
        for p in orgs:
            if p != r:
                lines.append(f"{r},{p},ja,weekly" if (r, p) in ties else f"{r},{p},nee,")
    organisations = "org_id,name,type\n" + "".join(f"{o},Org {o},other\n" for o in orgs)
    flows = "from_org,to_org,period,clients\nO2,O9,2026,30\nO9,O2,2026,10\n"
    return region(
        {
            "organisations.csv": organisations,
            "ties.csv": "\n".join(lines) + "\n",
            "flows.csv": flows,
        }
    )


def test_a_form_answered_no_everywhere_is_a_response(region: RegionWriter) -> None:
    # T1: ten organisations, 22 ties among eight of them (one of them O1 -> O9); O9 and
    # O10 return their forms answering "nee" everywhere. Everyone answered: 100 %, and
    # the density is 22 / (10 * 9) = 0.244, not 22 / (8 * 9) = 0.306.
    orgs = [f"O{i}" for i in range(1, 11)]
    ring = [(f"O{i}", f"O{i % 8 + 1}") for i in range(1, 9)]
    ties = {*ring, *((b, a) for a, b in ring)}
    ties |= {("O1", "O3"), ("O3", "O1"), ("O5", "O7"), ("O7", "O5"), ("O2", "O6"), ("O1", "O9")}
    assert len(ties) == 22
    data = load_region(_prefilled_region(region, ties, orgs))
    assert len(data.ties) == 22  # a "nee" row is no tie
    assert set(data.respondents["org_id"]) == set(orgs)
    no_ties = data.respondents.set_index("org_id").loc["O9"]
    assert (no_ties["partners"], no_ties["not_partners"]) == (0, 9)

    a = analyse(data)
    s = a.network.scores
    assert (s["respondents"], s["response_rate"]) == (10, 1.0)
    assert s["density"] == pytest.approx(22 / 90)
    assert s["confidence"] == "high"
    # the one-sided tie to O9 is seen: O9 answered and did not name O1
    asym = a.network.asymmetric_ties
    assert ["O1", "O9", "not_named_back"] in asym[["org_a", "org_b", "reason"]].values.tolist()
    # the missing link to O9 rests on two answers: no "one side did not answer"
    (link,) = [q for q in qw.quick_wins(data, a) if q.kind == "missing_link"]
    assert link.id == "QW-missing_link-O2-O9"
    assert "one_side_did_not_answer" not in dict(link.issues).values()
    assert link.candidate.evidence["b_answered"] is True


def test_an_untouched_form_is_no_response(region: RegionWriter) -> None:
    # a pre-filled form sent back blank says nothing: its organisation did not answer
    orgs = ["O1", "O2", "O3"]
    lines = ["respondent_org,partner_org,works_with,frequency", "O1,O2,ja,daily", "O1,O3,nee,"]
    lines += ["O2,O1,,", "O2,O3,,"]
    organisations = "org_id,name,type\n" + "".join(f"{o},Org {o},other\n" for o in orgs)
    data = load_region(region({"organisations.csv": organisations, "ties.csv": "\n".join(lines)}))
    assert data.respondents["org_id"].tolist() == ["O1"]
    s = analyse(data).network.scores
    assert (s["respondents"], s["organisations"]) == (1, 3)


def test_never_is_an_answer_not_a_tie() -> None:
    # T2: a hub H with six partners (A-B and C-D also pair up): 16 relations. N fills in
    # its form with works_with blank and "never" for seven organisations. G and Z never
    # answered. Right: 16 ties, density 16 / (8 * 9) = 22 %, H the articulation point,
    # N a respondent without ties. Counting "never" would give 23 ties (32 %), tie N to
    # everyone, take H's articulation point away and put N in the top 3.
    rows = []
    for leaf in "ABCDEF":
        rows += [("H", leaf, "weekly"), (leaf, "H", "weekly")]
    rows += [("A", "B", "monthly"), ("B", "A", "monthly"), ("C", "D", "daily"), ("D", "C", "daily")]
    rows += [("N", p, "never") for p in "ABCDEFG"]
    data = scan_data(
        ties=[{"respondent_org": r, "partner_org": p, "frequency": f} for r, p, f in rows],
        extra_orgs=["G", "Z"],
    )
    G = net.collaboration_graph(data.ties, data.organisations)
    s = net.network_scores(G)
    assert (s["ties"], s["respondents"], s["organisations"]) == (16, 8, 10)
    assert s["density"] == pytest.approx(16 / 72)
    assert G.nodes["N"]["respondent"] and G.degree("N") == 0 and G.graph["never"] == 7
    table = net.organisation_table(G)
    assert table.loc["H", "articulation_point"]
    assert table.loc["N", "isolate"] and table.loc["N", "out_degree"] == 0
    top3 = table.sort_values(["betweenness", "degree"], ascending=False).index[:3]
    assert "N" not in top3 and top3[0] == "H"


# --- a star whose hub drops out falls apart; there is no "rest of the network" (T7) ---------


def test_a_star_without_its_hub_falls_apart_into_its_leaves() -> None:
    assert net.split_without(nx.star_graph(4), 0) == [["1"], ["2"], ["3"], ["4"]]
    data = scan_data(
        ties=[
            {"respondent_org": a, "partner_org": b, "frequency": "weekly"}
            for leaf in ("L1", "L2", "L3", "L4")
            for a, b in (("H", leaf), (leaf, "H"))
        ]
    )
    f = diagnose(data, analyse(data))
    hub = f.by_id("R-H")
    assert hub.evidence["cut_off"] == ["L1", "L2", "L3", "L4"]  # all four, not three
    assert hub.evidence["parts"] == 4
    assert hub.text["nl"] == (
        "Als Org H wegvalt, raken Org L1, Org L2, Org L3 en Org L4 los van elkaar: "
        "het netwerk valt uiteen in 4 delen."
    )
    assert "rest of the network" not in hub.text["en"]


def test_a_hub_with_a_real_rest_cuts_off_only_the_small_part() -> None:
    # A-B-C triangle hangs on H, and so does the leaf L: L loses the rest (A, B, C)
    ties = [("A", "B"), ("B", "C"), ("C", "A"), ("H", "A"), ("H", "L")]
    data = scan_data(
        ties=[
            {"respondent_org": x, "partner_org": y, "frequency": "weekly"}
            for a, b in ties
            for x, y in ((a, b), (b, a))
        ]
    )
    hub = diagnose(data, analyse(data)).by_id("R-H")
    assert hub.evidence["cut_off"] == ["L"]
    assert hub.text["en"] == (
        "If Org H drops out, Org L loses its connection to the rest of the network."
    )


# --- robustness labels: what each figure promises at a response rate, checked -----------------


def _complete_network(kind: str, n: int = 40, seed: int = 0) -> pd.DataFrame:
    """A complete survey (everyone answered): heavy-tailed ("ba") or sparse random ("er")."""
    rng = np.random.default_rng(seed)
    if kind == "er":
        D = nx.gnp_random_graph(n, 0.1, seed=seed, directed=True)
    else:
        D = nx.DiGraph()
        for u, v in nx.barabasi_albert_graph(n, 3, seed=seed).edges:
            r = rng.random()
            D.add_edges_from([(u, v), (v, u)] if r < 0.6 else [(u, v)] if r < 0.8 else [(v, u)])
    freq = ("yearly", "quarterly", "monthly", "weekly", "daily")
    rows = [(f"O{u:02d}", f"O{v:02d}", freq[rng.integers(5)]) for u, v in sorted(D.edges)]
    return pd.DataFrame(rows, columns=["respondent_org", "partner_org", "frequency"])


def _figures(ties: pd.DataFrame, orgs: pd.DataFrame, answered: list[str]) -> tuple[dict, dict]:
    G = net.collaboration_graph(ties, orgs, answered)
    c = net.centrality(net.symmetrise(G))
    per_org = {m: c[m].astype(float) for m in net.ROBUSTNESS_PER_ORGANISATION if m in c}
    per_org["in_degree"] = pd.Series(dict(G.in_degree()), dtype=float)
    s = net.network_scores(G)
    return per_org, {m: float(s[m]) for m in net.ROBUSTNESS if m not in per_org}


@pytest.mark.parametrize("kind", ["ba", "er"])
def test_robustness_labels_keep_their_promise(kind: str) -> None:
    # Remove respondents at random from a complete network; every figure labelled robust or
    # indicative at that response rate must keep what the label promises (Smith & Moody 2013).
    from scipy.stats import spearmanr

    ties = _complete_network(kind)
    ids = [f"O{i:02d}" for i in range(40)]
    orgs = pd.DataFrame({"org_id": ids, "name": ids, "type": ["other"] * 40})
    full_org, full_net = _figures(ties, orgs, ids)
    rng = np.random.default_rng(1)
    for rate in (0.5, 0.65, 0.8, 0.9, 0.95):
        labels = net.robustness(rate).set_index("metric")
        rho: dict[str, list[float]] = {m: [] for m in full_org}
        err: dict[str, list[float]] = {m: [] for m in full_net}
        for _ in range(15):
            answered = sorted(rng.choice(ids, size=round(rate * 40), replace=False))
            seen = ties[ties["respondent_org"].isin(answered)]
            obs_org, obs_net = _figures(seen, orgs, answered)
            for m in rho:
                rho[m].append(spearmanr(full_org[m], obs_org[m].reindex(full_org[m].index))[0])
            for m in err:
                err[m].append(abs(obs_net[m] - full_net[m]))
        for m, values in rho.items():
            label, promise = labels.loc[m, ["label", "promise"]]
            if label != "fragile":
                assert np.median(values) >= promise, (kind, rate, m, label, np.median(values))
        for m, values in err.items():
            label, promise = labels.loc[m, ["label", "promise"]]
            if label != "fragile":
                assert np.percentile(values, 90) <= promise, (kind, rate, m, label, values)
    # the labels follow the literature's order: in-degree holds up first, betweenness last
    at_80 = net.robustness(0.8).set_index("metric")["label"]
    assert (at_80["in_degree"], at_80["closeness"], at_80["betweenness"]) == (
        "robust",
        "indicative",
        "fragile",
    )
    at_70 = net.robustness(0.7).set_index("metric")["label"]
    assert at_70["degree_centralisation"] == "fragile"


@pytest.mark.parametrize("method", ["networkx", "igraph"])
def test_centrality_without_closeness_has_the_same_betweenness(method: Method) -> None:
    G = nx.krackhardt_kite_graph()
    full = net.centrality(G, distance=None, strength=None, method=method)
    lean = net.centrality(G, distance=None, strength=None, method=method, closeness=False)
    assert "closeness" not in lean.columns
    assert lean.loc[7, "betweenness"] == pytest.approx(0.389, abs=5e-4)
    pd.testing.assert_series_equal(lean["betweenness"], full["betweenness"], check_exact=True)
