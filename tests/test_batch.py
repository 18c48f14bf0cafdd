"""Batch runs: run-all over several regions, the index page, failure isolation, Dask, scaling.

The renders are real (papermill + nbconvert), so the regions are few: two
demo-sized regions (seeded variants of the demo) and one broken region, in a
temporary ``NETWERKSCAN_HOME``. No assertion on time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

from scan.batch import index
from scan.batch import run as batch
from scan.cli import main
from scan.data.demo import generate_demo


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data root with two good regions and one that cannot be read."""
    root = tmp_path_factory.mktemp("home")
    raw = root / "data" / "raw"
    generate_demo(raw / "noord", seed=11)
    generate_demo(raw / "zuid", seed=12)
    broken = raw / "kapot"
    broken.mkdir(parents=True)
    (broken / "notities.txt").write_text("geen tabellen hier\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def batch_run(home: Path) -> tuple[int, str, str]:
    """``netwerkscan run-all`` over the three regions, two at once (rendered once)."""
    import os

    old = os.environ.get("NETWERKSCAN_HOME")
    os.environ["NETWERKSCAN_HOME"] = str(home)
    try:
        result = CliRunner().invoke(main, ["run-all", "--workers", "2", "--no-progress"])
    finally:
        if old is None:
            os.environ.pop("NETWERKSCAN_HOME", None)
        else:
            os.environ["NETWERKSCAN_HOME"] = old
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_run_all_renders_every_region_and_the_index(home: Path, batch_run: tuple) -> None:
    _, out, err = batch_run
    reports = home / "reports"
    for region in ("noord", "zuid"):
        assert (reports / region / "report.html").is_file(), err
        assert (home / "confidential" / region / "findings.json").is_file()
        assert not (reports / region / "findings.json").exists()
    page = (reports / "index.html").read_text(encoding="utf-8")
    assert 'href="noord/report.html"' in page and 'href="zuid/report.html"' in page
    assert "2 van 3 regio's gelukt" in out
    # offline and self-contained: no external script, stylesheet or image
    assert not re.search(r"<script|<link|src=\"http|href=\"http", page)
    assert page.count("data:image/png;base64,") == 3  # all regions, and each highlighted
    # the key figures of each region, from its findings and key figures
    assert "Kerncijfers per regio" in page and "Bereidheid tot samenwerken" in page
    assert "Uw regio vergeleken met de andere" in page


@pytest.mark.slow
def test_a_broken_region_fails_alone_with_its_reason(home: Path, batch_run: tuple) -> None:
    code, _, err = batch_run
    assert code == 1
    assert "kapot:" in err and "Mislukt" in err
    line = next(x for x in err.splitlines() if x.strip().startswith("kapot:"))
    assert "\n" not in line.strip() and len(line) < 300
    assert not (home / "reports" / "kapot" / "report.html").exists()
    page = (home / "reports" / "index.html").read_text(encoding="utf-8")
    assert "zonder nieuw rapport" in page and "kapot" in page


@pytest.mark.slow
def test_the_same_batch_on_a_dask_local_cluster(home: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folders = batch.discover([str(home / "data" / "raw" / "zuid"), str(home / "data/raw/kapot")])
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = batch.run_all(
            folders, dict(), scheduler=client, reports_root=tmp_path, progress=False
        )
    assert [r.region for r in result.results] == ["zuid", "kapot"]
    assert [r.ok for r in result.results] == [True, False]
    assert result.failures[0].reason
    assert (tmp_path / "zuid" / "report.html").is_file()
    assert result.index == tmp_path / "index.html" and result.index.is_file()


def test_a_missing_scheduler_dependency_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def no_dask(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("distributed"):
            raise ImportError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(batch.ScanError, match=r"dask\.distributed"):
        batch.run_on_dask([], "tcp://127.0.0.1:1")


def test_discover_lists_region_folders_and_keeps_missing_named_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "data" / "raw"
    for name in ("b", "a", ".hidden"):
        (raw / name).mkdir(parents=True)
    monkeypatch.setenv("NETWERKSCAN_HOME", str(tmp_path))
    assert [p.name for p in batch.discover()] == ["a", "b"]
    assert [p.name for p in batch.discover(["b", "nope"])] == ["b", "nope"]
    # without a notebooks folder under the root, the project's own notebook is used
    assert batch.report_notebook().is_file()


def test_index_from_findings_without_a_render(tmp_path: Path) -> None:
    """The page is built from what each run wrote (findings.json, monitor.json) alone."""
    for key, density, rate in (("oost", 0.3, 0.9), ("west", 0.5, 0.7)):
        folder = tmp_path / key
        folder.mkdir()
        findings = {
            "region": {"key": key, "name": f"Regio {key}"},
            "data": {"organisations": 40, "response_rate": rate},
            "bottlenecks": [{"score": 0.5, "organisations": [{"org_id": "X", "name": "Huis X"}]}],
            "quick_wins": [{}, {}],
        }
        (folder / "findings.json").write_text(json.dumps(findings), encoding="utf-8")
        (folder / "report.html").write_text("<html></html>", encoding="utf-8")
        monitor = {
            "network": {"ties": 10, "density": density, "mean_trust": 3.0},
            "readiness": [
                {"layer": "all", "dimension": "trust", "mean": 3.5, "n": 12},
                {"layer": "bestuur", "dimension": "trust", "mean": 2.0, "n": 5},
            ],
        }
        (folder / index.MONITOR).write_text(json.dumps(monitor), encoding="utf-8")
    results = [
        batch.RegionResult("oost", True, 1.0, out_dir=str(tmp_path / "oost")),
        batch.RegionResult("west", False, 1.0, reason="Sectie 'title' mislukt"),
    ]
    page = index.write_index(results, tmp_path / "index.html", lang="en").read_text("utf-8")
    assert "Key figures per region" in page and "Regio oost" in page
    assert "30%" in page and "90%" in page and "Huis X" in page
    # the failed region: its reason and its previous report
    assert "Sectie &#39;title&#39; mislukt" in page and 'href="west/report.html"' in page
    row = index.read_region("west", tmp_path / "west", tmp_path)
    assert row.figures["density"] == 0.5 and row.readiness == {"trust": 3.5}


def test_index_reads_the_figures_from_the_adviser_only_folder(tmp_path: Path) -> None:
    """Issue 13: the report folder holds only the pages; findings and monitor lie apart."""
    from scan.config import confidential_for

    folder = tmp_path / "reports" / "oost"
    folder.mkdir(parents=True)
    (folder / "report.html").write_text("<html></html>", encoding="utf-8")
    held = confidential_for(folder)
    held.mkdir()
    findings = {"region": {"key": "oost", "name": "Regio oost"}, "data": {"organisations": 7}}
    (held / index.FINDINGS).write_text(json.dumps(findings), encoding="utf-8")
    (held / index.MONITOR).write_text(json.dumps({"network": {"density": 0.4}}), encoding="utf-8")
    row = index.read_region("oost", folder, tmp_path / "reports")
    assert row.name == "Regio oost" and row.report == "oost/report.html"
    assert row.figures["organisations"] == 7 and row.figures["density"] == 0.4


def test_index_links_encode_region_names(tmp_path: Path) -> None:
    """A region named with ``#``, ``?``, ``%`` or a space: its links still reach its report."""
    from urllib.parse import unquote

    names = ["noord #2", "zuid?oost", "50% west"]
    results = []
    for key in names:
        folder = tmp_path / key
        folder.mkdir()
        findings = {"region": {"key": key, "name": key}, "data": {"organisations": 4}}
        (folder / "findings.json").write_text(json.dumps(findings), encoding="utf-8")
        (folder / "report.html").write_text("<html></html>", encoding="utf-8")
        results.append(batch.RegionResult(key, key != "50% west", 1.0, reason="kapot"))
    page = index.write_index(results, tmp_path / "index.html").read_text("utf-8")
    links = re.findall(r'href="([^"]+)"', page)
    assert links and all(re.fullmatch(r"[A-Za-z0-9%/._~-]+", link) for link in links), links
    assert sorted({unquote(link) for link in links}) == sorted(f"{k}/report.html" for k in names)
    assert all((tmp_path / unquote(link)).is_file() for link in links)


def test_discover_refuses_what_is_no_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "data" / "raw"
    (raw / "noord").mkdir(parents=True)
    monkeypatch.setenv("NETWERKSCAN_HOME", str(tmp_path))
    # A relative path is read from the working directory: from inside the
    # region, "a/../../.." is data/, the folder above data/raw.
    monkeypatch.chdir(raw / "noord")
    for names in (["noord", ".."], ["a/../../.."], [str(raw)]):
        with pytest.raises(batch.ScanError) as refused:
            batch.discover(names)
        assert refused.value.exit_code == 2
    outside = tmp_path / "elders" / "zuid"
    outside.mkdir(parents=True)
    assert batch.discover([str(outside)]) == [outside]
    assert batch.discover(["noord"]) == [raw / "noord"]


def test_anonymised_index_links_the_anonymised_reports_and_names_no_one(tmp_path: Path) -> None:
    """Issue 14, case 6b: ``run-all --anonymise`` writes an index with codes only."""
    orgs = [
        {"org_id": "ZH01", "name": "Ziekenhuis Oost", "type": "ziekenhuis", "aliases": ["ZHO"]},
        {"org_id": "VVT1", "name": "Hooge Hof", "type": "vvt", "aliases": []},
        {"org_id": "VVT0", "name": "Lindehof", "type": "vvt", "aliases": []},
    ]
    for key in ("oost", "west"):
        folder = tmp_path / key
        folder.mkdir()
        findings = {
            "region": {"key": key, "name": f"Netwerk rond Ziekenhuis Oost ({key})"},
            "data": {"organisations": 3, "response_rate": 0.8},
            "bottlenecks": [
                {"score": 0.5, "organisations": [{"org_id": "VVT1", "name": "Hooge Hof"}]}
            ],
        }
        (folder / "findings.json").write_text(json.dumps(findings), encoding="utf-8")
        (folder / index.MONITOR).write_text(json.dumps({"organisations": orgs}), encoding="utf-8")
        for report in ("report.html", "report-anonymised.html"):
            (folder / report).write_text("<html></html>", encoding="utf-8")
    results = [
        batch.RegionResult("oost", True, 1.0, out_dir=str(tmp_path / "oost")),
        batch.RegionResult("west", False, 1.0, reason="Kan 'Hooge Hof/flows.csv' niet lezen"),
    ]
    target = tmp_path / "index.html"
    page = index.write_index(results, target, lang="en", anonymised=True).read_text("utf-8")
    assert 'href="oost/report-anonymised.html"' in page
    assert 'href="west/report-anonymised.html"' in page  # the failed region's previous one
    assert "report.html" not in page
    assert "VVT-2" in page  # Hooge Hof's code: VVT0 is VVT-1, by the anonymised report's rule
    assert "Netwerk rond ZH-1 (oost)" in page
    text = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
    assert not [n for n in ("Ziekenhuis Oost", "Hooge Hof", "Lindehof", "ZHO") if n in text]
    assert "the reason is in the output of run-all" in page
    # without --anonymise: the adviser's index, as before
    named = index.write_index(results, target, lang="en").read_text("utf-8")
    assert 'href="oost/report.html"' in named and "Hooge Hof" in named


# -- scaling by counts, not time ----------------------------------------------------------------


def test_the_large_path_is_exact_igraph_on_a_sparse_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the threshold: one igraph graph with one edge per tie, exact (no sampling)."""
    import igraph as ig

    from scan.analysis import paths

    n, ties = 1200, 3000
    rng = np.random.default_rng(0)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v in rng.integers(0, n, size=(ties, 2)):
        if u != v:
            G.add_edge(int(u), int(v), distance=float(rng.uniform(1, 6)))
    built: list[ig.Graph] = []
    real = paths._to_igraph

    def to_igraph(*args: object, **kwargs: object) -> object:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        built.append(out[1])
        return out

    monkeypatch.setattr(paths, "_to_igraph", to_igraph)
    out = paths.shortest_path_centrality(G, "distance", exact_max_nodes=300)
    assert len(built) == 1 and built[0].ecount() == G.number_of_edges()  # sparse, never n x n
    assert list(out.columns) == ["betweenness", "closeness"]  # exact: no standard error
    # at or below the threshold networkx computes it, and igraph agrees with it
    small = nx.relabel_nodes(G.subgraph(range(250)).copy(), str)
    exact = paths.shortest_path_centrality(small, "distance", exact_max_nodes=300)
    assert len(built) == 1
    fast = paths.shortest_path_centrality(small, "distance", method="igraph")
    assert np.allclose(exact.to_numpy(), fast.to_numpy(), atol=1e-12)


def test_the_large_map_is_aggregated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the map's limit the network is drawn by community: 30 groups, not 900 dots."""
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from scan.report import figures
    from scan.report.figures import maps

    G = nx.relabel_nodes(nx.connected_caveman_graph(30, 30), str)
    D = G.to_directed()
    nx.set_node_attributes(D, True, "respondent")
    nx.set_edge_attributes(D, 0.5, "strength")
    orgs = pd.DataFrame(
        {"type": "huisarts", "community": [int(v) // 30 + 1 for v in G], "degree": 1},
        index=pd.Index(list(G), name="org_id"),
    )
    drawn: list[int] = []
    real = maps._community_map

    def spy(H: nx.DiGraph, *args: object, **kwargs: object) -> object:
        drawn.append(figures.aggregate_by_community(H, orgs).number_of_nodes())
        return real(H, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(maps, "_community_map", spy)
    positions = {v: (float(i % 30), float(i // 30)) for i, v in enumerate(G)}
    figures.network_map(D, orgs, positions)
    assert drawn == [30]
