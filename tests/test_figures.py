"""The report's figures: colours, layouts, the network maps and every chart on the demo."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Text

from scan.analysis.analyse import Analysis, AnalysisParams, analyse
from scan.analysis.layout import layout
from scan.data.merge import load_region
from scan.data.schema import ORG_TYPES
from scan.report import figures as F

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"


@pytest.fixture(scope="module")
def demo() -> Analysis:
    return analyse(load_region(DEMO), AnalysisParams(n_boot=200))


@pytest.fixture(scope="module")
def demo_positions(demo: Analysis) -> dict:
    assert demo.network is not None
    return layout(demo.network.graph, seed=0)


def texts_of(fig: Figure) -> list[str]:
    """Every piece of text drawn in the figure (tick labels included)."""
    fig.canvas.draw()
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def fractional(texts: list[str], lang: str) -> list[str]:
    pattern = r"\d,\d" if lang == "nl" else r"\d\.\d"
    return [t for t in texts if re.search(pattern, t)]


def random_network(n: int, m: int, seed: int) -> tuple[nx.DiGraph, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    U = nx.gnm_random_graph(n, m, seed=seed)
    G = nx.DiGraph()
    for v in U.nodes:
        G.add_node(f"N{v}", respondent=bool(rng.random() < 0.8), type=str(rng.choice(ORG_TYPES)))
    for u, v in U.edges:
        G.add_edge(f"N{u}", f"N{v}", strength=float(rng.random()))
        if rng.random() < 0.5:
            G.add_edge(f"N{v}", f"N{u}", strength=float(rng.random()))
    orgs = pd.DataFrame(
        {
            "type": [G.nodes[v]["type"] for v in G],
            "degree": [G.degree(v) for v in G],
            "articulation_point": False,
        },
        index=pd.Index(list(G), name="org_id"),
    )
    return G, orgs


# --------------------------------------------------------------------------- colours


def test_every_org_type_has_a_family_colour() -> None:
    assert set(F.TYPE_FAMILY) == set(ORG_TYPES)
    for org_type in ORG_TYPES:
        assert F.FAMILY_COLOURS[F.family_of(org_type)].startswith("#")
    # at most eight families besides "other", which is grey
    assert len(set(F.TYPE_FAMILY.values()) - {"other"}) <= 8
    assert F.family_of("other") == "other" and F.FAMILY_COLOURS["other"] == F.GREY
    # unknown or missing types fall back to "other"
    assert F.family_of("bakkerij") == F.family_of(None) == F.family_of(pd.NA) == "other"


def test_family_colours_are_distinct_okabe_ito() -> None:
    colours = [F.FAMILY_COLOURS[f] for f in F.FAMILIES]
    assert len({to_rgb(c) for c in colours}) == len(colours)
    assert set(colours) - {F.GREY} <= set(F.OKABE_ITO.values())
    assert set(F.FAMILY_LABELS) == set(F.FAMILIES)
    assert all(F.FAMILY_LABELS[f]["nl"] and F.FAMILY_LABELS[f]["en"] for f in F.FAMILIES)


def test_family_legend_shows_the_given_families_in_order() -> None:
    fig = Figure()
    legend = F.family_legend(fig, "en", families=["other", "hospital", "hospital"])
    assert [t.get_text() for t in legend.get_texts()] == ["hospital", "other"]


# --------------------------------------------------------------------------- layout


def test_layout_is_deterministic_and_in_the_box() -> None:
    G, _ = random_network(150, 400, seed=2)
    a = layout(G, seed=7)
    b = layout(G, seed=7)
    assert a == b
    assert set(a) == set(G)
    xy = np.array(list(a.values()))
    assert np.abs(xy).max() == pytest.approx(1.0)
    # the order in which nodes were added does not matter
    H = nx.DiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(data=True))))
    assert layout(H, seed=7) == a
    # another seed gives another layout
    assert layout(G, seed=8) != a


def test_layout_keeps_previous_positions_of_shared_nodes() -> None:
    G, _ = random_network(80, 200, seed=3)
    first = layout(G, seed=1)
    later = G.copy()
    later.remove_node("N0")  # left the region
    later.add_edge("NEW1", "N1", strength=1.0)  # joined the region
    later.add_edge("NEW2", "NEW1")
    again = layout(later, seed=5, previous=first)
    for v in later:
        if v in first:
            assert again[v] == first[v]
    assert "N0" not in again
    for new in ("NEW1", "NEW2"):
        assert all(-1.0 <= c <= 1.0 for c in again[new])
    # a new organisation is placed nearer its partner than the average node
    xy = np.array([first[v] for v in first])
    typical = np.linalg.norm(xy - xy.mean(axis=0), axis=1).mean()
    assert np.linalg.norm(np.subtract(again["NEW1"], first["N1"])) < typical
    # nothing new: the old positions come back as they were
    assert layout(G, seed=9, previous=first) == first


def test_layout_of_tiny_graphs() -> None:
    assert layout(nx.Graph(), seed=0) == {}
    assert layout(nx.path_graph(["A"]), seed=0) == {"A": (0.0, 0.0)}


# --------------------------------------------------------------------------- network map


def test_network_map_of_a_large_network_draws_lines_not_arrows() -> None:
    G, orgs = random_network(2000, 6000, seed=4)
    rng = np.random.default_rng(4)
    positions = {v: tuple(rng.uniform(-1, 1, 2)) for v in G}
    fig = F.network_map(G, orgs, positions, "nl", aggregate=False)
    lines = [c for c in fig.findobj(LineCollection) if len(c.get_segments()) > 100]
    drawn = sum(len(c.get_segments()) for c in lines)
    pairs = {frozenset(e) for e in G.edges}
    assert drawn == len(pairs)  # every tie once: a pair named both ways is one line
    assert not fig.findobj(FancyArrowPatch)
    # a handful of collections, not one artist per tie or per node
    ax = fig.axes[0]
    assert len(ax.collections) <= 10
    assert len(ax.patches) == 0
    assert fig.get_suptitle()


def test_network_map_aggregates_a_large_network_by_community() -> None:
    G, orgs = random_network(800, 2400, seed=5)
    orgs["community"] = [int(v[1:]) % 6 + 1 for v in orgs.index]
    positions = layout(G, seed=0, iterations=20)
    fig = F.network_map(G, orgs, positions, "en")  # above max_nodes: by community
    assert "groups" in fig.get_suptitle()
    assert not fig.findobj(FancyArrowPatch)
    labels = " ".join(texts_of(fig))
    assert all(f"group {g}" in labels for g in range(1, 7))


def test_aggregate_by_community_counts_members_and_ties() -> None:
    G, orgs = random_network(200, 600, seed=6)
    orgs["community"] = [int(v[1:]) % 4 + 1 for v in orgs.index]
    orgs.loc["N0", "community"] = pd.NA  # an organisation without a community
    A = F.aggregate_by_community(G, orgs)
    assert sum(size for _, size in A.nodes(data="size")) == G.number_of_nodes()
    assert 0 in A and A.nodes[0]["members"] == ["N0"]
    between = sum(d["ties"] for _, _, d in A.edges(data=True))
    within = sum(n for _, n in A.nodes(data="internal_ties"))
    assert between + within == G.number_of_edges()
    assert all(A.nodes[c]["family"] in F.FAMILIES for c in A)


def test_network_map_of_the_demo(demo: Analysis, demo_positions: dict) -> None:
    assert demo.network is not None
    G = demo.network.graph
    fig = F.network_map(G, demo.network.organisations, demo_positions, "nl")
    assert fig.get_suptitle() == "Wie werkt met wie samen"
    texts = texts_of(fig)
    # every organisation is labelled by its code; no names by default
    assert set(map(str, G.nodes)) <= set(texts)
    assert not any(str(name) in texts for name in demo.network.organisations["name"])
    # articulation points are ringed: one ring per articulation point
    cut = int(demo.network.organisations["articulation_point"].sum())
    assert cut > 0  # the demo has them (GHZ1 hangs on by one partner)
    rings = [
        c
        for c in fig.axes[0].collections
        if isinstance(c, PathCollection)
        and len(c.get_offsets()) == cut
        and np.allclose(c.get_edgecolors()[0][:3], 0.0)
    ]
    assert len(rings) == 1
    assert "kwetsbare schakel" in texts
    assert not fig.findobj(FancyArrowPatch)


def test_classify_ties_mutual_one_sided_unknown() -> None:
    G = nx.DiGraph()
    G.add_node("C", respondent=False)
    G.add_edge("A", "B", strength=1.0)
    G.add_edge("B", "A", strength=0.0)
    G.add_edge("A", "D", strength=0.5)
    G.add_edge("A", "C", strength=0.5)
    ties = F.classify_ties(G).set_index(["source", "target"])
    assert len(ties) == 3
    assert ties["kind"].to_dict() == {
        ("A", "B"): "mutual",
        ("A", "D"): "one_sided",
        ("A", "C"): "unknown",
    }
    assert ties.loc[("A", "B"), "strength"] == pytest.approx(0.5)


# --------------------------------------------------------------------------- interactive map


def test_interactive_map_works_offline(demo: Analysis, demo_positions: dict) -> None:
    assert demo.network is not None
    html = F.interactive_map(demo.network.graph, demo.organisations, demo_positions, "nl")
    assert html.startswith('<div class="ns-interactive">') and html.endswith("</div>")
    # the plotly library is inlined ...
    assert "Plotly" in html
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S)
    assert max(len(s) for s in scripts) > 1_000_000
    # ... and nothing is loaded from anywhere
    assert "<script src=" not in html.replace('type="text/javascript"', "")
    assert not re.search(r"<script[^>]+src=", html)
    assert "cdn.plot.ly" not in html
    assert "cdn." not in html
    # hover text (JSON inside the script): name, kind, trust, flows, in Dutch
    lists = re.findall(r'"hovertext":(\[.*?\])', html)
    hover = " ".join(text for found in lists for text in json.loads(found))
    assert "<b>Huisartsenpost Lindewaard</b> (HAP1)" in hover
    assert "Vertrouwen ontvangen: " in hover and "Cliënten: " in hover
    assert re.search(r"Vertrouwen ontvangen: \d,\d op een schaal van 1 tot 4", hover)
    # the same input gives the same HTML
    again = F.interactive_map(demo.network.graph, demo.organisations, demo_positions, "nl")
    assert again == html


def test_interactive_map_with_codes_leaks_no_names(demo: Analysis, demo_positions: dict) -> None:
    assert demo.network is not None
    codes = {org: f"ORG-{i:02d}" for i, org in enumerate(demo.organisations.index)}
    html = F.interactive_map(
        demo.network.graph, demo.organisations, demo_positions, "en", labels=codes
    )
    for name in demo.organisations["name"].dropna():
        assert str(name) not in html
    assert "ORG-00" in html and "Trust received" in html


def test_interactive_map_suppresses_small_counts() -> None:
    G = nx.DiGraph()
    G.add_edge("A", "B", strength=1.0)
    orgs = pd.DataFrame(
        {"name": ["Aa", "Bb"], "type": ["ggz", "vvt"], "inflow": [3.0, 120.0], "outflow": [0, 7]},
        index=pd.Index(["A", "B"], name="org_id"),
    )
    html = F.interactive_map(G, orgs, {"A": (0.0, 0.0), "B": (1.0, 0.0)}, "nl", threshold=5)
    assert "&lt;5 ontvangen" in html  # escaped: plotly reads hover text as simple HTML
    assert "3 ontvangen" not in html
    assert "120 ontvangen, 7 doorgestuurd" in html


def test_interactive_map_shows_no_rating_of_fewer_than_three_partners() -> None:
    # one partner's own rating (3.0 from 1) and a mean of two are not shown; 2.5 from 3 is
    G = nx.DiGraph()
    G.add_edges_from([("A", "B"), ("B", "C"), ("C", "A")])
    orgs = pd.DataFrame(
        {
            "name": ["Aa", "Bb", "Cc"],
            "type": ["ggz", "vvt", "zh"],
            "trust_received": [3.0, 2.0, 2.5],
            "trust_raters": [1, 2, 3],
        },
        index=pd.Index(["A", "B", "C"], name="org_id"),
    )
    pos = {"A": (0.0, 0.0), "B": (1.0, 0.0), "C": (0.0, 1.0)}
    html = F.interactive_map(G, orgs, pos, "nl")
    lists = re.findall(r'"hovertext":(\[.*?\])', html)
    hover = " ".join(text for found in lists for text in json.loads(found))
    assert hover.count("Vertrouwen ontvangen") == 1
    assert "2,5 op een schaal van 1 tot 4, van 3 partners" in hover
    assert "van 1 partners" not in hover and "3,0 op" not in hover and "2,0 op" not in hover


# --------------------------------------------------------------------------- names are text

#: Names that matplotlib would read as mathtext: two raise a ParseSyntaxException, one is maths.
MATHS_NAMES = {
    "ZH01": "Ziekenhuis $^$ B.V.",
    "HA01": "$\\frac{1}$",
    "HA03": "$x$",
    "VVT1": "Zorgcentrum $^$ 't Hooge Hof",
}


def _renamed(demo: Analysis, names: dict[str, str]) -> pd.DataFrame:
    orgs = demo.organisations.copy()
    for org, name in names.items():
        orgs.loc[org, "name"] = name
    return orgs


def test_names_with_maths_are_drawn_as_typed(demo: Analysis, demo_positions: dict) -> None:
    """Issue 14, case 3: every text of a figure is text (matplotlib's parse_math is off)."""
    from scan.diagnosis.bottlenecks import FACTORS
    from scan.html import show

    assert demo.network is not None and demo.dependencies is not None
    assert demo.capacity is not None and demo.segments is not None
    orgs = _renamed(demo, MATHS_NAMES)
    contributions = pd.DataFrame(
        {"flow_share": [0.3, 0.2, 0.1, 0.1], "utilisation": [0.2, 0.1, 0.1, 0.0]},
        index=list(MATHS_NAMES.values()),  # names on a categorical axis: made at draw time
    )
    groups = {g: g for g in F.GROUPS_ORDER}
    figures = {
        "map": F.network_map(demo.network.graph, orgs, demo_positions, labels="name"),
        "flows": F.flow_chart(demo.dependencies.shares, orgs, labels="name", top=40),
        "pressure": F.pressure_chart(demo.capacity.utilisation, orgs, labels="name"),
        "segments": F.segment_chart(orgs, labels="name", segments=demo.segments.segments),
        "bottlenecks": F.contribution_chart(contributions, FACTORS, groups, "$^$", "$x$"),
    }
    drawn: dict[str, set[str]] = {}
    for key, fig in figures.items():
        assert show.figure(fig, key).startswith("<figure>")  # saved outside the style: no error
        texts = [t for t in fig.findobj(Text) if "$" in t.get_text()]
        assert not [t.get_text() for t in texts if t.get_parse_math()], key
        drawn[key] = {t.get_text() for t in texts}
    # the map draws a name as typed, or its code where the name does not fit (its caption says so)
    assert "$x$" in drawn["map"] and "$\\frac{1}$" in drawn["map"]
    map_texts = {t.get_text() for t in figures["map"].findobj(Text)}
    assert "Ziekenhuis $^$ B.V." in drawn["map"] or "ZH01" in map_texts
    assert set(MATHS_NAMES.values()) <= drawn["bottlenecks"]
    assert any("Zorgcentrum $^$" in text for text in drawn["pressure"])


def test_html_in_names_reaches_plotly_escaped(demo: Analysis, demo_positions: dict) -> None:
    """Issue 14, case 5: plotly reads a subset of HTML, so a name goes in with its markup
    as entities (and ``$`` too: LaTeX wherever MathJax is loaded)."""
    assert demo.network is not None
    link = '<a href="https://e.vl">Z</a>'
    orgs = _renamed(demo, {"HA02": link, "HA03": "$x$ & co", "HA04": "</script><b>"})
    html = F.interactive_map(demo.network.graph, orgs, demo_positions, "nl", labels="name")
    data = json.loads(
        re.search(r"Plotly\.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*\{", html, re.S)[1]
    )
    texts = [t for trace in data for t in (trace.get("text") or [])]
    hover = " ".join(t for trace in data for t in (trace.get("hovertext") or []))
    assert '&lt;a href="https://e.vl"&gt;Z&lt;/a&gt;' in texts
    assert "&#36;x&#36; &amp; co" in texts and "&lt;/script&gt;&lt;b&gt;" in texts
    assert '<b>&lt;a href="https://e.vl"&gt;Z&lt;/a&gt;</b> (HA02)' in hover
    for raw in ("<a href", "</script><b>", "$x$"):
        assert raw not in " ".join(texts) + hover
    assert '<a href="https://e.vl"' not in html and "</script><b>" not in html


# --------------------------------------------------------------------------- charts on the demo


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_chart_runs_on_the_demo(demo: Analysis, lang: str) -> None:
    assert demo.dependencies is not None and demo.capacity is not None
    assert demo.readiness is not None and demo.segments is not None
    charts = {
        "flows": F.flow_chart(demo.dependencies.shares, demo.organisations, lang),
        "flow_families": F.flow_family_chart(demo.dependencies.shares, demo.organisations, lang),
        "pressure": F.pressure_chart(demo.capacity.utilisation, demo.organisations, lang),
        "readiness": F.readiness_chart(demo.readiness.by_layer, lang, region=demo.readiness.region),
        "gaps": F.gap_chart(demo.readiness.gaps, lang),
        "segments": F.segment_chart(
            demo.organisations, lang, segments=demo.segments.segments, labels="name"
        ),
    }
    for key, fig in charts.items():
        assert isinstance(fig, Figure), key
        assert fig.get_suptitle().strip(), key
        assert fig.get_figwidth() == pytest.approx(F.WIDTH), key
    # numbers with decimals are written the local way: 1,2 in Dutch, 1.2 in English
    for key in ("pressure", "readiness", "gaps", "segments"):
        texts = texts_of(charts[key])
        assert fractional(texts, lang), (key, texts)
        other = "en" if lang == "nl" else "nl"
        numbers = [t for t in texts if re.fullmatch(r"[\d.,%\s-]+", t)]
        assert not fractional(numbers, other), (key, numbers)


def test_flow_chart_shows_the_largest_flows_and_hides_small_ones() -> None:
    shares = pd.DataFrame(
        {
            "from_org": ["A", "A", "A", "B", "E", "C"],
            "to_org": ["B", "D", "C", "C", "C", "A"],
            "clients": [1234.0, 50.0, 3.0, 40.0, 20.0, 10.0],
        }
    )
    orgs = pd.DataFrame({"org_id": list("ABCDE"), "type": ["ggz", "vvt", "gemeente", "vvt", "ggz"]})
    fig = F.flow_chart(shares, orgs, "nl", top=3, threshold=5)
    texts = texts_of(fig)
    assert "A  →  B" in texts and "B  →  C" in texts
    assert "C  →  A" not in texts  # not in the top 3
    assert not any("A  →  C" in t for t in texts)  # 3 clients: below the threshold
    # A's outflow (1.287) is on the map: with A → B and A → D as bars, A → C = 3 would
    # follow, so A → D is left out with it
    assert not any("A  →  D" in t for t in texts)
    assert any(t.startswith("1.234") for t in texts)  # Dutch thousands separator
    assert any("weggelaten" in t for t in texts)


def test_pressure_chart_marks_full_and_names_those_above(demo: Analysis) -> None:
    assert demo.capacity is not None
    fig = F.pressure_chart(demo.capacity.utilisation, demo.organisations, "nl")
    texts = texts_of(fig)
    assert "vol" in texts
    top = demo.capacity.organisations["utilisation"].idxmax()
    assert any(t.startswith(f"{top} ·") for t in texts)


def test_readiness_chart_colours_cells_by_band() -> None:
    by_layer = pd.DataFrame(
        {
            "layer": ["bestuur", "bestuur", "uitvoering", "uitvoering"],
            "dimension": ["trust", "finance", "trust", "finance"],
            "score": [4.26, 3.0, 2.5, 3.95],
            "n_respondents": [10, 10, 30, 30],
        }
    )
    fig = F.readiness_chart(by_layer, "nl")
    image = fig.axes[0].images[0].get_array()
    strength = F._tint(F.BAND_COLOURS["strength"], F._BAND_TINT["strength"])
    concern = F._tint(F.BAND_COLOURS["concern"], F._BAND_TINT["concern"])
    discuss = F._tint(F.BAND_COLOURS["discuss"], F._BAND_TINT["discuss"])
    assert np.allclose(image[0, 0], strength)  # trust, bestuur 4.26
    assert np.allclose(image[0, 1], concern)  # trust, uitvoering 2.5
    assert np.allclose(image[1, 0], discuss)  # finance, bestuur 3.0
    # finance, uitvoering 3.95 reads "4,0": judged as shown, a strength
    assert np.allclose(image[1, 1], strength)
    texts = texts_of(fig)
    assert {"4,3", "2,5", "3,0", "4,0"} <= set(texts)  # 3.95 rounds to 4,0 yet stays amber
    assert "bestuur\n(n = 10)" in texts


def test_gap_chart_fills_significant_gaps_only() -> None:
    gaps = pd.DataFrame(
        {
            "dimension": ["trust", "finance"],
            "layer_a": ["bestuur", "bestuur"],
            "layer_b": ["uitvoering", "uitvoering"],
            "gap": [1.2, 0.1],
            "ci_low": [0.9, -0.3],
            "ci_high": [1.5, 0.5],
            "significant": [True, False],
        }
    )
    fig = F.gap_chart(gaps, "en")
    markers = [ln for ln in fig.axes[0].get_lines() if ln.get_marker() not in ("None", None, "")]
    faces = {round(float(m.get_xdata()[0]), 2): m.get_markerfacecolor() for m in markers}
    assert to_rgb(faces[1.2]) != to_rgb("white")
    assert to_rgb(faces[0.1]) == to_rgb("white")
    assert "board – operations" in texts_of(fig)


def test_impact_effort_chart_quadrants_colours_and_ids() -> None:
    wins = pd.DataFrame(
        {
            "id": ["Q1", "Q2", "Q3", "Q4", "Q5"],
            "impact": [0.9, 0.9, 0.2, 0.8, 0.1],
            "effort": [0.1, 0.1, 0.9, 0.7, 0.2],
            "colour": ["blue", "white", "red", "groen", "yellow"],
            "label": ["a", "b", "c", "d", "e"],
        }
    )
    fig = F.impact_effort_chart(wins, "nl")
    texts = texts_of(fig)
    assert fig.get_suptitle()
    assert "eerst doen" in texts
    assert {"Q1", "Q2", "Q3", "Q4", "Q5"} <= set(texts)
    assert "wit: laten groeien" in texts and "groen: samen leren" in texts
    dots = next(c for c in fig.axes[0].collections if isinstance(c, PathCollection))
    faces = [tuple(np.round(f[:3], 3)) for f in dots.get_facecolors()]
    edges = [tuple(np.round(e[:3], 3)) for e in dots.get_edgecolors()]
    white = tuple(np.round(to_rgb("#FFFFFF"), 3))
    assert faces[1] == white  # white is drawn white ...
    assert sum(edges[0]) < 0.5  # ... with a dark edge
    # two quick wins at the same place are both visible
    xy = dots.get_offsets()
    assert not np.allclose(xy[0], xy[1])


def test_segment_chart_counts_segments(demo: Analysis) -> None:
    assert demo.segments is not None
    fig = F.segment_chart(demo.organisations, "en", segments=demo.segments.segments)
    texts = texts_of(fig)
    for _, row in demo.segments.segments.iterrows():
        assert f"{row['label_en']} ({row['size']})" in texts
    assert any(t.endswith("%") for t in texts)  # the share of partners as a percentage


def test_number_formatter_is_consistent_per_axis() -> None:
    formatter = F.NumberFormatter("nl")
    formatter.set_locs([0.8, 1.0, 1.2])
    assert [formatter(v) for v in (0.8, 1.0, 1.2)] == ["0,8", "1,0", "1,2"]
    formatter.set_locs([0, 500, 1000, 1500])
    assert formatter(1500) == "1.500"
    share = F.NumberFormatter("en", percent=True)
    share.set_locs([0.0, 0.25, 0.5])
    assert share(0.25) == "25%"
