"""Governance load, lines without a lead, merge candidates, two-mode centrality."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from scan.analysis import governance as gov
from scan.analysis.paths import Method
from tests.analysis_builders import table


@pytest.mark.parametrize("method", ["networkx", "igraph"])
def test_davis_southern_women_two_mode_published(method: Method) -> None:
    G = nx.davis_southern_women_graph()
    c = gov.two_mode_centrality(G, G.graph["top"], method=method)
    assert c.loc["E8", "degree_centrality"] == pytest.approx(0.78, abs=5e-3)
    assert c.loc["E9", "degree_centrality"] == pytest.approx(0.67, abs=5e-3)
    assert c.loc["Evelyn Jefferson", "degree_centrality"] == pytest.approx(0.57, abs=5e-3)
    assert c.loc["E8", "betweenness"] == pytest.approx(0.24, abs=5e-3)
    assert c.loc["E9", "betweenness"] == pytest.approx(0.23, abs=5e-3)
    assert c.loc["E8", "mode"] == "bottom" and c.loc["Evelyn Jefferson", "mode"] == "top"


def test_two_mode_matches_networkx_bipartite_everywhere() -> None:
    G = nx.davis_southern_women_graph()
    top = G.graph["top"]
    ours = gov.two_mode_centrality(G, top, method="igraph")
    ref_b = nx.bipartite.betweenness_centrality(G, top)
    ref_d = nx.bipartite.degree_centrality(G, top)
    assert np.allclose([ref_b[v] for v in G], ours.loc[list(G), "betweenness"], atol=1e-12)
    assert np.allclose([ref_d[v] for v in G], ours.loc[list(G), "degree_centrality"])


def _initiatives() -> pd.DataFrame:
    rows = [
        # initiative, org, line, role, status
        ("Valpreventie", "A", "ouderenzorg", "lead", "running"),
        ("Valpreventie", "B", "ouderenzorg", "participant", "running"),
        ("Valpreventie", "C", "ouderenzorg", "participant", "running"),
        ("Samen thuis", "A", "ouderenzorg", "participant", "running"),
        ("Samen thuis", "B", "ouderenzorg", "participant", "running"),
        ("Samen thuis", "C", "ouderenzorg", "participant", "idea"),
        ("Samen thuis", "D", "ouderenzorg", "participant", "idea"),
        ("Digitaal dossier", "A", "digitalisering", "participant", "running"),
        ("Digitaal dossier", "E", "digitalisering", None, "running"),
        ("Oud project", "A", "preventie", "lead", "finished"),
        ("Beweegmaatje", "A", "preventie", "participant", "running"),
    ]
    cols = ["initiative", "org_id", "development_line", "role", "status"]
    return table("initiatives", [dict(zip(cols, r, strict=True)) for r in rows])


def test_initiative_load_and_too_many_tables() -> None:
    load = gov.initiative_load(_initiatives(), max_tables=3)
    assert load.loc["A", "initiatives"] == 4  # the finished one does not count
    assert bool(load.loc["A", "too_many"])
    assert not bool(load.loc["B", "too_many"])
    assert load.loc["A", "leads"] == 1
    assert load.loc["A", "development_lines"] == 3
    everything = gov.initiative_load(_initiatives(), max_tables=3, active_only=False)
    assert everything.loc["A", "initiatives"] == 5
    assert everything.loc["A", "leads"] == 2
    assert load.index[0] == "A"


def test_lines_without_lead() -> None:
    lines = gov.lines_without_lead(_initiatives())
    # preventie's only lead is on a finished initiative; digitalisering has none
    assert lines["development_line"].tolist() == ["digitalisering", "preventie"]
    assert gov.lines_without_lead(_initiatives(), active_only=False)[
        "development_line"
    ].tolist() == ["digitalisering"]


def test_merge_candidates_jaccard() -> None:
    m = gov.merge_candidates(_initiatives(), min_jaccard=0.5, min_shared=2)
    assert m[["initiative_a", "initiative_b"]].values.tolist() == [["Samen thuis", "Valpreventie"]]
    assert m.loc[0, "shared"] == 3
    assert m.loc[0, "jaccard"] == pytest.approx(3 / 4)
    assert bool(m.loc[0, "same_line"])
    assert len(gov.merge_candidates(_initiatives(), min_jaccard=0.8)) == 0


def test_initiative_summary() -> None:
    s = gov.initiative_summary(_initiatives())
    assert s.loc["Valpreventie", "leads"] == ("A",)
    assert not s.loc["Digitaal dossier", "has_lead"]
    assert s.loc["Samen thuis", "members"] == 4


def test_two_mode_graph_of_initiatives() -> None:
    B = gov.two_mode_graph(_initiatives())
    assert B.nodes["initiative: Valpreventie"]["bipartite"] == 1
    assert B.degree("A") == 4
    assert "initiative: Oud project" not in B
