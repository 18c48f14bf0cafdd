"""The network maps: the static map (or its community view) and the interactive map.

:func:`network_map` draws who works with whom with matplotlib, by community
above ``max_nodes`` (:func:`aggregate_by_community`); :func:`interactive_map`
is the same map in plotly, to zoom into and hover over, as HTML that works
offline (plotly.js inlined, no CDN address left in it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any, Literal

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Circle

from scan.analysis.flownet import undirected_flows
from scan.analysis.layout import layout
from scan.disclosure import MIN_RATERS, SUPPRESSION_THRESHOLD
from scan.report.figures.placement import _place_labels, _separate
from scan.report.figures.style import (
    FAMILIES,
    FAMILY_COLOURS,
    GREY,
    INK,
    Labels,
    _code_label,
    _count,
    _figure,
    _label,
    _legend_below,
    _org_frame,
    _org_type,
    _org_value,
    _shorten,
    _styled,
    _titles,
    _wrap,
    decimal,
    family_handles,
    family_of,
)
from scan.text import Lang, fmt, t

__all__ = [
    "HOVER_TOPICS",
    "aggregate_by_community",
    "classify_ties",
    "flow_map",
    "hover_topics",
    "interactive_flow_map",
    "interactive_map",
    "network_map",
]


# --------------------------------------------------------------------------- network


def _edge_strength(data: Mapping[str, Any]) -> float:
    s = data.get("strength")
    try:
        value = float(s) if s is not None else math.nan
    except (TypeError, ValueError):
        value = math.nan
    return min(max(value, 0.0), 1.0) if np.isfinite(value) else 0.5


def classify_ties(G: nx.DiGraph, positions: Mapping[Hashable, Any] | None = None) -> pd.DataFrame:
    """The ties of the map, one row per pair: mutual, one-sided or unknown.

    A pair named both ways is ``mutual`` (one row, mean strength); a tie to a
    partner that did not answer the survey is ``unknown`` (its answer is not
    known, not absent); any other tie is ``one_sided``.

    Returns
    -------
    DataFrame
        ``source``, ``target``, ``kind``, ``strength`` (0-1).
    """
    respondent = dict(G.nodes(data="respondent", default=True))
    rows: list[tuple[Hashable, Hashable, str, float]] = []
    seen: set[tuple[str, str]] = set()
    directed = G.is_directed()
    for u, v, data in G.edges(data=True):
        if u == v or (positions is not None and (u not in positions or v not in positions)):
            continue
        s = _edge_strength(data)
        if directed and G.has_edge(v, u):
            key = (str(u), str(v)) if str(u) <= str(v) else (str(v), str(u))
            if key in seen:
                continue
            seen.add(key)
            rows.append((u, v, "mutual", (s + _edge_strength(G.edges[v, u])) / 2))
        elif not directed:
            rows.append((u, v, "mutual", s))
        elif not respondent.get(v, True):
            rows.append((u, v, "unknown", s))
        else:
            rows.append((u, v, "one_sided", s))
    return pd.DataFrame(rows, columns=["source", "target", "kind", "strength"])


_EDGE_STYLE: dict[str, dict[str, Any]] = {
    "mutual": {"linestyle": "solid", "alpha": (0.22, 0.80), "colour": "#2E2E3A"},
    "one_sided": {"linestyle": (0, (4.0, 2.5)), "alpha": (0.15, 0.55), "colour": "#2E2E3A"},
    "unknown": {"linestyle": (0, (1.0, 2.0)), "alpha": (0.12, 0.40), "colour": "#6A6A76"},
}


def _node_sizes(values: np.ndarray, n: int) -> np.ndarray:
    """Marker areas (pt²) from a size measure, scaled for the number of nodes."""
    lo, hi = (70.0, 650.0) if n <= 60 else (25.0, 320.0) if n <= 300 else (5.0, 90.0)
    v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
    v = np.clip(v, 0, None)
    top = v.max() if len(v) and v.max() > 0 else 1.0
    return lo + (hi - lo) * np.sqrt(v / top)


def _size_values(nodes: Sequence[Hashable], orgs: pd.DataFrame, G: nx.Graph, by: str) -> np.ndarray:
    if by in orgs.columns:
        col = pd.to_numeric(orgs[by], errors="coerce")
        return col.reindex([str(v) for v in nodes]).to_numpy(dtype=float)
    if by == "betweenness":
        bc = nx.betweenness_centrality(nx.Graph(G), k=min(len(G), 300), seed=0)
        return np.array([bc.get(v, 0.0) for v in nodes], dtype=float)
    U = nx.Graph(G)
    return np.array([U.degree(v) for v in nodes], dtype=float)


def _draw_edges(
    ax: Axes, ties: pd.DataFrame, positions: Mapping[Hashable, Any], n: int
) -> list[LineCollection]:
    """Every tie as a segment of one LineCollection per kind (never one patch per arrow)."""
    scale = 1.0 if n <= 60 else 0.6 if n <= 300 else 0.25
    collections = []
    for kind, style in _EDGE_STYLE.items():
        part = ties[ties["kind"] == kind].sort_values("strength", kind="stable")
        if part.empty:
            continue
        segs = np.array(
            [
                [positions[u], positions[v]]
                for u, v in zip(part["source"], part["target"], strict=True)
            ],
            dtype=float,
        )
        s = part["strength"].to_numpy(dtype=float)
        lo, hi = style["alpha"]
        rgba = np.zeros((len(s), 4))
        rgba[:, :3] = to_rgb(style["colour"])
        rgba[:, 3] = (lo + (hi - lo) * s) * (1.0 if n <= 300 else 0.5)
        lc = LineCollection(
            list(segs),
            colors=rgba,
            linewidths=(0.35 + 2.2 * s) * scale,
            linestyles=style["linestyle"],
            capstyle="butt",
            zorder=1,
        )
        ax.add_collection(lc)
        collections.append(lc)
    return collections


def _rings(ax: Axes, xy: np.ndarray, sizes: np.ndarray) -> None:
    """Black rings around marked organisations (cut points, single points of dependency)."""
    ax.scatter(
        xy[:, 0],
        xy[:, 1],
        s=(np.sqrt(sizes) + 7) ** 2,
        facecolors="white",
        edgecolors="black",
        linewidths=2.0,
        zorder=3,
    )


def _ring_handle(label: str) -> Line2D:
    """The legend entry of :func:`_rings`."""
    return Line2D(
        [],
        [],
        linestyle="none",
        marker="o",
        markersize=11,
        markerfacecolor="white",
        markeredgecolor="black",
        markeredgewidth=2.0,
        label=label,
    )


@_styled
def network_map(
    G: nx.DiGraph,
    organisations: pd.DataFrame | None,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang = "nl",
    labels: Labels = "org_id",
    *,
    size_by: Literal["degree", "betweenness"] = "degree",
    max_nodes: int = 300,
    aggregate: bool | None = None,
    max_labels: int = 60,
    title: str | None = None,
) -> Figure:
    """The static network map: who works with whom.

    Parameters
    ----------
    G : networkx.DiGraph
        The collaboration network (``analysis.network.graph``): respondent →
        partner, edges with ``strength`` (0-1), nodes with ``respondent``.
    organisations : DataFrame
        Per organisation (indexed by ``org_id`` or with an ``org_id`` column):
        ``type``, ``name`` and the size measure (``degree`` or
        ``betweenness``), and ``articulation_point`` and ``community`` when
        known; e.g. ``analysis.network.organisations``.
    positions : mapping
        Node → (x, y), from :func:`scan.analysis.layout.layout`.
    lang : {"nl", "en"}
    labels : "org_id", "name" or mapping
        What each node is called on the map (codes by default).
    size_by : {"degree", "betweenness"}
        Node size: number of partners, or how often it links others.
    max_nodes : int
        Above this many organisations the map is drawn by community
        (:func:`aggregate_by_community`) unless ``aggregate`` says otherwise.
    aggregate : bool, optional
        Force (True) or prevent (False) the community view.
    max_labels : int
        At most this many nodes get a label: the largest first.
    title : str, optional
        Replaces the default title.

    Returns
    -------
    Figure
        Node colour = family of the type, size = ``size_by``; ties are drawn
        as line collections: solid when both name each other, dashed when
        only one side does, dotted when the partner did not answer; darker
        and thicker for more frequent contact. Articulation points have a
        black ring; organisations that did not answer are drawn lighter.
    """
    orgs = _org_frame(organisations)
    if aggregate is None:
        aggregate = G.number_of_nodes() > max_nodes
    if aggregate:
        return _community_map(G, orgs, positions, lang, title=title)

    nodes = [v for v in G.nodes if v in positions]
    n = len(nodes)
    fig = _figure(8.9)
    grid = fig.add_gridspec(2, 1, height_ratios=(6.6, 1.3))
    ax = fig.add_subplot(grid[0])
    ax.set_axis_off()
    ax.set_aspect("equal")
    key_ax = fig.add_subplot(grid[1])  # the legends, over the full width
    key_ax.set_axis_off()
    xy = np.array([positions[v] for v in nodes], dtype=float).reshape(-1, 2)
    ties = classify_ties(G, positions)
    _draw_edges(ax, ties, positions, n)

    families = [family_of(_org_type(orgs, v, G)) for v in nodes]
    colours = [FAMILY_COLOURS[f] for f in families]
    sizes = _node_sizes(_size_values(nodes, orgs, G, size_by), n)
    responded = np.array([bool(G.nodes[v].get("respondent", True)) for v in nodes], dtype=bool)
    cut = np.array(
        [bool(_org_value(orgs, v, "articulation_point") or False) for v in nodes], dtype=bool
    )
    edge_w = 0.6 if n <= 300 else 0.25
    if cut.any():
        _rings(ax, xy[cut], sizes[cut])
    if responded.any():
        ax.scatter(
            xy[responded, 0],
            xy[responded, 1],
            s=sizes[responded],
            c=[colours[i] for i in np.flatnonzero(responded)],
            edgecolors=INK,
            linewidths=edge_w,
            zorder=4,
        )
    if (~responded).any():
        # did not answer: the family colour with white stripes (their own ties are unknown)
        ax.scatter(
            xy[~responded, 0],
            xy[~responded, 1],
            s=sizes[~responded],
            c=[colours[i] for i in np.flatnonzero(~responded)],
            edgecolors=INK,
            linewidths=edge_w,
            hatch="///" if n <= 300 else None,
            hatchcolor="white",
            alpha=1.0 if n <= 300 else 0.5,
            zorder=4,
        )
    if n:
        pad = 0.08
        ax.set_xlim(xy[:, 0].min() - pad, xy[:, 0].max() + pad)
        ax.set_ylim(xy[:, 1].min() - pad, xy[:, 1].max() + pad)

    handles: list[Any] = []
    kinds = set(ties["kind"])
    for kind in ("mutual", "one_sided", "unknown"):
        if kind in kinds:
            style = _EDGE_STYLE[kind]
            handles.append(
                Line2D(
                    [],
                    [],
                    color=style["colour"],
                    alpha=style["alpha"][1],
                    linewidth=1.8,
                    linestyle=style["linestyle"],
                    label=t(f"figure.{kind}", lang),
                )
            )
    if (~responded).any():
        handles.append(
            key_ax.scatter(
                [],
                [],
                s=90,
                c=GREY,
                edgecolors=INK,
                linewidths=0.5,
                hatch="///" if n <= 300 else None,
                hatchcolor="white",
                alpha=1.0 if n <= 300 else 0.5,
                label=t("figure.non_respondent", lang),
            )
        )
    if cut.any():
        handles.append(_ring_handle(t("figure.articulation", lang)))
    keys = Legend(
        key_ax,
        handles,
        [h.get_label() for h in handles],
        loc="upper right",
        handlelength=2.6,
        borderaxespad=0.0,
    )
    key_ax.add_artist(keys)
    key_ax.legend(
        handles=family_handles(families, lang), loc="upper left", ncol=2, borderaxespad=0.0
    )
    note = t(
        "figure.map_note_degree" if size_by == "degree" else "figure.map_note_betweenness", lang
    )
    if cut.any():
        note += " " + t("figure.map_note_ring", lang)
    to_label = np.argsort(-sizes, kind="stable")[:max_labels] if n else np.zeros(0, dtype=int)
    if n > max_labels:
        note += " " + t("figure.map_note_top", lang)
    if labels == "name":
        note += " " + t("figure.map_note_code", lang)
    _titles(fig, title or t("figure.map_title", lang), note)

    texts = [_wrap(_shorten(_label(nodes[i], orgs, labels, G), 40), 20) for i in to_label]
    codes = [str(nodes[i]) if labels == "name" else None for i in to_label]
    radii = np.sqrt(sizes) / 2
    _place_labels(
        fig,
        ax,
        xy[to_label],
        texts,
        radii[to_label] + np.where(cut[to_label], 3.5, 0.0),
        xy,
        radii,
        own=list(to_label),
        fallbacks=codes,
        fontsize=8.0 if n <= 60 else 7.0,
        skip_crowded=[n > 60 and rank >= 15 for rank in range(len(to_label))],
    )
    return fig


def aggregate_by_community(G: nx.Graph, organisations: pd.DataFrame | None) -> nx.Graph:
    """The network with every community as one node: the map of a large region.

    Parameters
    ----------
    G : networkx.Graph or DiGraph
        The collaboration network.
    organisations : DataFrame
        With ``community`` per organisation (``analysis.network.organisations``)
        and ``type``. Without a ``community`` column the communities are
        found here (Louvain, seed 0). Organisations without a community
        (isolates) form the group ``0``.

    Returns
    -------
    networkx.Graph
        Nodes are community numbers with ``size`` (organisations),
        ``members`` (list of org_id), ``family`` (the most common family),
        ``families`` (family → count) and ``internal_ties``; edges carry
        ``ties`` (number of ties between the two groups, either direction)
        and ``strength`` (their summed strength).

    Examples
    --------
    >>> G = nx.barbell_graph(3, 0)
    >>> orgs = pd.DataFrame({"community": [1, 1, 1, 2, 2, 2], "type": ["ggz"] * 6},
    ...                     index=pd.Index([str(v) for v in range(6)], name="org_id"))
    >>> H = aggregate_by_community(nx.relabel_nodes(G, str), orgs)
    >>> sorted(H.nodes(data="size")), H.edges[1, 2]["ties"]
    ([(1, 3), (2, 3)], 1)
    """
    orgs = _org_frame(organisations)
    if "community" in orgs.columns:
        community = {
            v: int(c) if not pd.isna(c) else 0
            for v, c in ((v, orgs["community"].get(str(v), pd.NA)) for v in G.nodes)
        }
    else:
        U = G.to_undirected(as_view=True) if G.is_directed() else G
        H = U.subgraph([v for v in U if U.degree(v) > 0])
        parts = nx.community.louvain_communities(H, seed=0) if H.number_of_edges() else []
        ranked = sorted(parts, key=lambda c: (-len(c), min(str(v) for v in c)))
        community = {v: 0 for v in G.nodes}
        for i, part in enumerate(ranked, start=1):
            for v in part:
                community[v] = i
    A = nx.Graph()
    members: dict[int, list[str]] = {}
    for v in G.nodes:
        members.setdefault(community[v], []).append(str(v))
    for c in sorted(members):
        fams = Counter(family_of(_org_type(orgs, m, G)) for m in members[c])
        top = sorted(fams.items(), key=lambda kv: (-kv[1], FAMILIES.index(kv[0])))[0][0]
        A.add_node(
            c,
            size=len(members[c]),
            members=sorted(members[c]),
            family=top,
            families=dict(fams),
            internal_ties=0,
        )
    for u, v, data in G.edges(data=True):
        cu, cv = community[u], community[v]
        if cu == cv:
            A.nodes[cu]["internal_ties"] += 1
            continue
        if A.has_edge(cu, cv):
            A.edges[cu, cv]["ties"] += 1
            A.edges[cu, cv]["strength"] += _edge_strength(data)
        else:
            A.add_edge(cu, cv, ties=1, strength=_edge_strength(data))
    return A


def _community_map(
    G: nx.Graph,
    orgs: pd.DataFrame,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang,
    *,
    title: str | None = None,
) -> Figure:
    """The network map of a large region: each community a bubble at its members' centre.

    Bubbles sit at the centre of their members' positions (so the view matches
    the detailed map and earlier scans), sized by the number of members and
    nudged apart where they would overlap.
    """
    A = aggregate_by_community(G, orgs)
    groups = list(A.nodes)
    by_id = {str(v): v for v in G.nodes}
    centre = np.zeros((len(groups), 2))
    placed = np.zeros(len(groups), dtype=bool)
    for i, c in enumerate(groups):
        pts = [positions[by_id[m]] for m in A.nodes[c]["members"] if by_id[m] in positions]
        if pts:
            centre[i] = np.asarray(pts, dtype=float).mean(axis=0)
            placed[i] = True
    if not placed.all():
        fallback = layout(A, seed=0, weight="ties")
        for i, c in enumerate(groups):
            if not placed[i]:
                centre[i] = fallback[c]
    size = np.array([A.nodes[c]["size"] for c in groups], dtype=float)
    span = float(np.ptp(centre, axis=0).max()) if len(groups) > 1 else 1.0
    span = span or 1.0
    radius = 0.11 * span * np.sqrt(size / size.max())
    centre = _separate(centre, radius, gap=0.015 * span)

    fig = _figure(8.2)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    index = {c: i for i, c in enumerate(groups)}
    ties = np.array([d["ties"] for _, _, d in A.edges(data=True)], dtype=float)
    if len(ties):
        segs = [[centre[index[u]], centre[index[v]]] for u, v in A.edges]
        rel = ties / ties.max()
        rgba = np.zeros((len(ties), 4))
        rgba[:, :3] = to_rgb("#2E2E3A")
        rgba[:, 3] = 0.08 + 0.62 * rel
        order = np.argsort(rel, kind="stable")
        ax.add_collection(
            LineCollection(
                [segs[i] for i in order],
                colors=rgba[order],
                linewidths=(0.4 + 9.0 * rel**1.5)[order],
                zorder=1,
            )
        )
    ax.add_collection(
        PatchCollection(
            [
                Circle((float(x), float(y)), float(r))
                for (x, y), r in zip(centre, radius, strict=True)
            ],
            facecolors=[FAMILY_COLOURS[A.nodes[c]["family"]] for c in groups],
            edgecolors=INK,
            linewidths=0.8,
            zorder=4,
        )
    )
    low = (centre - radius[:, None]).min(axis=0) - 0.04 * span
    high = (centre + radius[:, None]).max(axis=0) + 0.04 * span
    ax.set_xlim(low[0], high[0])
    ax.set_ylim(low[1], high[1])
    _legend_below(ax, family_handles([A.nodes[c]["family"] for c in groups], lang), 3)
    _titles(fig, title or t("figure.community_title", lang), t("figure.community_note", lang))
    texts = [
        (t("figure.group", lang, g=c) if c != 0 else t("figure.no_group", lang))
        + "\n"
        + t("figure.orgs", lang, n=fmt.number(A.nodes[c]["size"], lang, 0))
        for c in groups
    ]
    fig.canvas.draw()
    pt_per_unit = ax.transData.transform((1.0, 0.0))[0] - ax.transData.transform((0.0, 0.0))[0]
    pt_per_unit /= fig.dpi / 72.0
    _place_labels(
        fig,
        ax,
        centre,
        texts,
        radius * pt_per_unit,
        centre,
        radius * pt_per_unit,
        own=range(len(groups)),
        fontsize=8.0,
    )
    return fig


# --------------------------------------------------------------------------- interactive map

#: Addresses of content delivery networks inside plotly.js (cdn.plot.ly for topojson,
#: basemaps.cartocdn.com for map tiles, cdn.jsdelivr.net for map icons). Only its geo
#: and map traces use them, which this report never draws; they are replaced by a
#: relative path so the inlined library names no CDN at all and can fetch nothing.
_CDN_URL = re.compile(r"https?://(?:[\w-]+\.)*[\w-]*cdn[\w-]*\.[\w.-]+/")


def _offline(html: str) -> str:
    return _CDN_URL.sub("./", html)


def _float(value: Any) -> float:
    try:
        return float(value) if value is not None else math.nan
    except (TypeError, ValueError):
        return math.nan


def _fmt_or_dash(value: Any, lang: Lang, decimals: int) -> str:
    if value is None:
        return "–"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    return decimal(number, lang, decimals) if np.isfinite(number) else "–"


#: What plotly would read as markup in a text: its subset of HTML (``<a href>``, ``<b>`` …),
#: entities, and ``$…$`` (LaTeX, typeset wherever MathJax is loaded, e.g. in JupyterLab).
_PLOTLY_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "$": "&#36;"})


def _plain(text: object) -> str:
    """Text for plotly, shown as it is typed: its markup characters as entities.

    Every string from the data (names, codes, types) goes into the interactive
    map through here; plotly turns the entities back into the characters.

    Examples
    --------
    >>> _plain('<a href="https://e.vl">Z</a> & $x$')
    '&lt;a href="https://e.vl"&gt;Z&lt;/a&gt; &amp; &#36;x&#36;'
    """
    return str(text).translate(_PLOTLY_MARKUP)


#: What the hover text can tell beyond an organisation's name and kind, in this order.
HOVER_TOPICS = ("trust", "partners", "flows")


def _told(orgs: pd.DataFrame, org: Hashable) -> set[str]:
    """Which of :data:`HOVER_TOPICS` the hover text of ``org`` tells."""
    told = set()
    raters = _org_value(orgs, org, "trust_raters")
    # one partner's rating is never shown, whatever table the map was given
    rated = raters is not None and float(raters) >= MIN_RATERS
    if rated and _org_value(orgs, org, "trust_received") is not None:
        told.add("trust")
    if _org_value(orgs, org, "degree") is not None:
        told.add("partners")
    if _org_value(orgs, org, "inflow") is not None or _org_value(orgs, org, "outflow") is not None:
        told.add("flows")
    return told


def hover_topics(organisations: pd.DataFrame | None, nodes: Iterable[Hashable]) -> tuple[str, ...]:
    """What pointing at an organisation on an interactive map tells, besides its name and
    kind: those of :data:`HOVER_TOPICS` the hover text of at least one of ``nodes`` has.

    Examples
    --------
    >>> orgs = pd.DataFrame({"degree": [2.0, None], "inflow": [None, 7.0],
    ...                      "trust_received": [3.0, 3.5], "trust_raters": [2, 2]},
    ...                     index=["A", "B"])
    >>> hover_topics(orgs, ["A", "B"]), hover_topics(orgs, ["A"]), hover_topics(None, ["A"])
    (('partners', 'flows'), ('partners',), ())
    """
    orgs = _org_frame(organisations)
    told = set().union(*(_told(orgs, v) for v in nodes))
    return tuple(k for k in HOVER_TOPICS if k in told)


def _hover(
    org: Hashable,
    G: nx.Graph,
    orgs: pd.DataFrame,
    lang: Lang,
    labels: Labels,
    show_names: bool,
    threshold: int,
) -> str:
    code = _label(org, orgs, labels if not isinstance(labels, str) else "org_id", G)
    name = _label(org, orgs, "name", G) if show_names else None
    head = (
        f"<b>{_plain(name)}</b> ({_plain(code)})"
        if name and name != code
        else f"<b>{_plain(code)}</b>"
    )
    lines = [head]
    org_type = _org_type(orgs, org, G)
    fam = family_of(org_type)
    type_words = _code_label("type", str(org_type), lang) if org_type else "–"
    family_words = t(f"family.{fam}", lang)
    kind = (
        _plain(type_words)
        if type_words == family_words
        else (f"{_plain(type_words)} ({_plain(family_words)})")
    )
    lines.append(f"{_plain(t('figure.hover_type', lang))}: {kind}")
    told = _told(orgs, org)
    trust = _org_value(orgs, org, "trust_received")
    raters = _org_value(orgs, org, "trust_raters")
    if "trust" in told:
        detail = t(
            "figure.hover_trust_detail",
            lang,
            v=_fmt_or_dash(trust, lang, 1),
            n=fmt.number(float(raters), lang, 0) if raters is not None else "–",
        )
        lines.append(f"{_plain(t('figure.hover_trust', lang))}: {_plain(detail)}")
    deg = _org_value(orgs, org, "degree")
    if deg is not None and "partners" in told:
        ind = _org_value(orgs, org, "in_degree")
        outd = _org_value(orgs, org, "out_degree")
        in_words = fmt.number(float(ind), lang, 0) if ind is not None else "–"
        detail = (
            t(
                "figure.hover_partners_detail",
                lang,
                d=fmt.number(float(deg), lang, 0),
                o=fmt.number(float(outd), lang, 0),
                i=in_words,
            )
            if outd is not None
            else t(
                "figure.hover_partners_named", lang, d=fmt.number(float(deg), lang, 0), i=in_words
            )
        )
        lines.append(f"{_plain(t('figure.hover_partners', lang))}: {_plain(detail)}")
    inflow = _org_value(orgs, org, "inflow")
    outflow = _org_value(orgs, org, "outflow")
    if "flows" in told:
        detail = t(
            "figure.hover_flows_detail",
            lang,
            i=_count(_float(inflow), lang, threshold),
            o=_count(_float(outflow), lang, threshold),
        )
        lines.append(f"{_plain(t('figure.hover_flows', lang))}: {_plain(detail)}")
    if not G.nodes[org].get("respondent", True):
        lines.append(f"<i>{_plain(t('figure.non_respondent', lang))}</i>")
    if bool(_org_value(orgs, org, "articulation_point") or False):
        lines.append(f"<i>{_plain(t('figure.articulation', lang))}</i>")
    return "<br>".join(lines)


def _node_traces(
    G: nx.Graph,
    nodes: Sequence[Hashable],
    sizes: np.ndarray,
    orgs: pd.DataFrame,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang,
    labels: Labels,
    show_names: bool,
    threshold: int,
) -> list[Any]:
    """The organisations of an interactive map: one trace per family, rings for cut points."""
    import plotly.graph_objects as go

    n = len(nodes)
    traces: list[Any] = []
    sizes = np.nan_to_num(sizes, nan=0.0)
    top = sizes.max() if len(sizes) and sizes.max() > 0 else 1.0
    lo, hi = (10.0, 34.0) if n <= 300 else (4.0, 14.0)
    px = lo + (hi - lo) * np.sqrt(np.clip(sizes, 0, None) / top)
    fams = [family_of(_org_type(orgs, v, G)) for v in nodes]
    cut = [bool(_org_value(orgs, v, "articulation_point") or False) for v in nodes]
    if any(cut):
        idx = [i for i, c in enumerate(cut) if c]
        traces.append(
            go.Scatter(
                x=[positions[nodes[i]][0] for i in idx],
                y=[positions[nodes[i]][1] for i in idx],
                mode="markers",
                marker={
                    "symbol": "circle-open",
                    "size": [float(px[i]) + 9 for i in idx],
                    "color": "black",
                    "line": {"width": 2.5},
                },
                hoverinfo="skip",
                name=_plain(t("figure.articulation", lang)),
            )
        )
    code_labels: Labels = labels if not (labels == "name" and not show_names) else "org_id"
    for fam in FAMILIES:
        idx = [i for i, f in enumerate(fams) if f == fam]
        if not idx:
            continue
        texts = [_plain(_shorten(_label(nodes[i], orgs, code_labels, G), 28)) for i in idx]
        traces.append(
            go.Scatter(
                x=[positions[nodes[i]][0] for i in idx],
                y=[positions[nodes[i]][1] for i in idx],
                mode="markers+text" if n <= 80 else "markers",
                text=texts if n <= 80 else None,
                textposition="top center",
                textfont={"size": 10, "color": INK},
                hovertext=[
                    _hover(nodes[i], G, orgs, lang, labels, show_names, threshold) for i in idx
                ],
                hovertemplate="%{hovertext}<extra></extra>",
                marker={
                    "size": [float(px[i]) for i in idx],
                    "color": FAMILY_COLOURS[fam],
                    "opacity": [
                        1.0 if G.nodes[nodes[i]].get("respondent", True) else 0.5 for i in idx
                    ],
                    "line": {"width": 0.8, "color": INK},
                },
                name=_plain(t(f"family.{fam}", lang)),
            )
        )
    return traces


def _segments(
    pairs: pd.DataFrame, positions: Mapping[Hashable, tuple[float, float]]
) -> tuple[list[float | None], list[float | None]]:
    """The lines source - target of ``pairs`` as one plotly trace's x and y."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for u, v in zip(pairs["source"], pairs["target"], strict=True):
        xs += [positions[u][0], positions[v][0], None]
        ys += [positions[u][1], positions[v][1], None]
    return xs, ys


def _plotly_html(
    traces: list[Any], title: str, height: int, div_id: str, include_js: bool = True
) -> str:
    """An interactive map as HTML that works offline (plotly.js inlined, no CDN).

    ``include_js=False`` leaves the library out: a page inlines it once, with its
    first map (about 4,5 MB), and the other maps use it.
    """
    import plotly.graph_objects as go

    fig = go.Figure(traces)
    fig.update_layout(
        title={
            "text": _plain(title),
            "x": 0.01,
            "font": {"size": 16},
        },
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        plot_bgcolor="white",
        paper_bgcolor="white",
        hovermode="closest",
        hoverlabel={"bgcolor": "white", "font": {"size": 13}},
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "x": 0.0},
        xaxis={"visible": False},
        yaxis={"visible": False, "scaleanchor": "x", "scaleratio": 1},
        font={"family": "DejaVu Sans, Arial, sans-serif", "color": INK},
    )
    html = fig.to_html(
        full_html=False,
        include_plotlyjs=include_js,
        div_id=div_id,
        config={
            "displaylogo": False,
            "responsive": True,
            "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
        },
    )
    return f'<div class="ns-interactive">{_offline(html)}</div>'


def interactive_map(
    G: nx.DiGraph,
    organisations: pd.DataFrame | None,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang = "nl",
    labels: Labels = "org_id",
    *,
    show_names: bool | None = None,
    threshold: int = SUPPRESSION_THRESHOLD,
    size_by: Literal["degree", "betweenness"] = "degree",
    height: int = 640,
    div_id: str = "ns-network-map",
    include_js: bool = True,
) -> str:
    """The network map to zoom into and hover over, as HTML that works offline.

    Parameters
    ----------
    G, positions, lang, size_by
        As :func:`network_map`.
    organisations : DataFrame
        Per organisation (``analysis.organisations`` has everything): ``name``,
        ``type``, ``trust_received``, ``trust_raters``, ``degree``,
        ``in_degree``, ``out_degree``, ``inflow``, ``outflow``,
        ``articulation_point``. Missing columns are left out of the hover text.
    labels : "org_id", "name" or mapping
        The code shown next to each node and in the hover text.
    show_names : bool, optional
        Put the organisation's name in the hover text. By default yes, unless
        ``labels`` is a mapping (codes for the anonymised report): then no
        name is anywhere in the HTML.
    threshold : int
        Client counts below it show as ``<threshold``.
    height : int
        Height in pixels (the width follows the page).
    div_id : str
        The element id (fixed, so the same input gives the same HTML).
    include_js : bool
        Inline plotly.js (once per page: the page's first map).

    Returns
    -------
    str
        ``<div class="ns-interactive">…</div>`` holding the plotly figure with
        the plotly.js library inlined: no script is loaded from anywhere.
    """
    import plotly.graph_objects as go

    orgs = _org_frame(organisations)
    if show_names is None:
        show_names = not isinstance(labels, Mapping)
    nodes = [v for v in G.nodes if v in positions]
    n = len(nodes)
    ties = classify_ties(G, positions)
    traces: list[Any] = []
    for kind, colour, width, dash in (
        ("mutual", "rgba(58,58,70,0.55)", 1.2, "solid"),
        ("one_sided", "rgba(58,58,70,0.35)", 0.9, "dash"),
        ("unknown", "rgba(106,106,118,0.30)", 0.8, "dot"),
    ):
        part = ties[ties["kind"] == kind]
        if part.empty:
            continue
        xs, ys = _segments(part, positions)
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": colour, "width": width if n <= 300 else width * 0.5, "dash": dash},
                hoverinfo="skip",
                name=_plain(t(f"figure.{kind}", lang)),
                legendgroup="ties",
            )
        )
    sizes = _size_values(nodes, orgs, G, size_by)
    traces += _node_traces(G, nodes, sizes, orgs, positions, lang, labels, show_names, threshold)
    return _plotly_html(traces, t("figure.interactive_title", lang), height, div_id, include_js)


# --------------------------------------------------------------------------- flow map


def _flow_lines(
    shares: pd.DataFrame, positions: Mapping[Hashable, Any], threshold: int
) -> tuple[list[Hashable], pd.DataFrame]:
    """The organisations on the map and the pairs drawn (clients both ways, not below
    ``threshold``: a suppressed count is not shown, not even as a line width)."""
    U = undirected_flows(shares, [v for v in positions])
    nodes = [v for v in U if v in positions]
    rows = [
        (u, v, float(c))
        for u, v, c in U.edges(data="clients")
        if u in positions and v in positions and c >= max(threshold, 1)
    ]
    lines = pd.DataFrame(rows, columns=["source", "target", "clients"])
    return nodes, lines.sort_values("clients", kind="stable").reset_index(drop=True)


@_styled
def flow_map(
    shares: pd.DataFrame,
    organisations: pd.DataFrame | None,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang = "nl",
    labels: Labels = "org_id",
    *,
    threshold: int = SUPPRESSION_THRESHOLD,
    marked: Sequence[Hashable] = (),
    max_labels: int = 30,
    title: str | None = None,
) -> Figure:
    """The static flow map: who sends clients to whom, in the style of the network map.

    Parameters
    ----------
    shares : DataFrame
        ``analysis.dependencies.shares``.
    organisations : DataFrame
        Per organisation: ``type``, ``name`` and ``in_strength`` (node size;
        ``analysis.dependencies.measures`` joined with the profile).
    positions : mapping
        Node → (x, y): the collaboration map's positions, so both maps match
        (a flows-only region gets a layout of the flows, :func:`scan.pipeline.run_scan`).
    lang, labels
        As :func:`network_map`.
    threshold : int
        Pairs with fewer clients (both ways together) are not drawn.
    marked : sequence
        Organisations drawn with a black ring (the single points of dependency).
    max_labels : int
        At most this many labels, the largest receivers first.
    title : str, optional
        Replaces the default title.

    Returns
    -------
    Figure
        Node colour = family of the type, size = clients received; line width
        and darkness = clients between the two, both ways together.
    """
    orgs = _org_frame(organisations)
    nodes, lines = _flow_lines(shares, positions, threshold)
    n = len(nodes)
    fig = _figure(8.4)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    xy = np.array([positions[v] for v in nodes], dtype=float).reshape(-1, 2)
    if len(lines):
        rel = (lines["clients"] / lines["clients"].max()).to_numpy(dtype=float)
        rgba = np.zeros((len(rel), 4))
        rgba[:, :3] = to_rgb("#2E2E3A")
        rgba[:, 3] = 0.12 + 0.6 * rel
        segs = [
            [positions[u], positions[v]]
            for u, v in zip(lines["source"], lines["target"], strict=True)
        ]
        ax.add_collection(
            LineCollection(
                segs, colors=rgba, linewidths=0.4 + 7.0 * np.sqrt(rel), capstyle="round", zorder=1
            )
        )
    inflow = np.array(
        [_float(_org_value(orgs, v, "in_strength")) for v in nodes], dtype=float
    ).reshape(-1)
    sizes = _node_sizes(inflow, n)
    families = [family_of(_org_type(orgs, v)) for v in nodes]
    ring = np.array([v in set(marked) for v in nodes], dtype=bool)
    if ring.any():
        _rings(ax, xy[ring], sizes[ring])
    if n:
        ax.scatter(
            xy[:, 0],
            xy[:, 1],
            s=sizes,
            c=[FAMILY_COLOURS[f] for f in families],
            edgecolors=INK,
            linewidths=0.6 if n <= 300 else 0.25,
            zorder=4,
        )
        pad = 0.08
        ax.set_xlim(xy[:, 0].min() - pad, xy[:, 0].max() + pad)
        ax.set_ylim(xy[:, 1].min() - pad, xy[:, 1].max() + pad)
    handles = family_handles(families, lang)
    if ring.any():
        handles.append(_ring_handle(t("figure.flowmap_ring", lang)))
    _legend_below(ax, handles, 3)
    note = t("figure.flowmap_note", lang, t=threshold)
    _titles(fig, title or t("figure.flowmap_title", lang), note)
    order = np.argsort(-np.nan_to_num(inflow, nan=0.0), kind="stable")
    to_label = [int(i) for i in order[:max_labels] if np.nan_to_num(inflow[i]) > 0]
    texts = [_wrap(_shorten(_label(nodes[i], orgs, labels), 40), 20) for i in to_label]
    radii = np.sqrt(sizes) / 2
    _place_labels(
        fig,
        ax,
        xy[to_label] if to_label else np.zeros((0, 2)),
        texts,
        radii[to_label] + np.where(ring[to_label], 3.5, 0.0),
        xy,
        radii,
        own=to_label,
        fallbacks=[str(nodes[i]) if labels == "name" else None for i in to_label],
        fontsize=8.0 if n <= 60 else 7.0,
        skip_crowded=[n > 60 and rank >= 15 for rank in range(len(to_label))],
    )
    return fig


def interactive_flow_map(
    shares: pd.DataFrame,
    organisations: pd.DataFrame | None,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang = "nl",
    labels: Labels = "org_id",
    *,
    show_names: bool | None = None,
    threshold: int = SUPPRESSION_THRESHOLD,
    height: int = 640,
    div_id: str = "ns-flow-map",
    include_js: bool = True,
) -> str:
    """The flow map to zoom into and hover over, as HTML that works offline.

    As :func:`flow_map`; lines come in four widths (quartiles of the clients
    between two organisations, both ways together), and pairs below
    ``threshold`` are not drawn. The hover text is that of
    :func:`interactive_map` (clients received and sent on, suppressed).
    """
    import plotly.graph_objects as go

    orgs = _org_frame(organisations)
    if show_names is None:
        show_names = not isinstance(labels, Mapping)
    nodes, lines = _flow_lines(shares, positions, threshold)
    G = nx.Graph()
    G.add_nodes_from(nodes)
    traces: list[Any] = []
    if len(lines):
        bins = np.unique(np.quantile(lines["clients"], [0.0, 0.25, 0.5, 0.75]))
        cls = np.searchsorted(bins, lines["clients"].to_numpy(dtype=float), side="right") - 1
        for k, low in enumerate(bins):
            part = lines[cls == k]
            xs, ys = _segments(part, positions)
            rel = (k + 1) / len(bins)
            traces.append(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": f"rgba(46,46,58,{0.2 + 0.5 * rel:.2f})", "width": 0.8 + 6 * rel},
                    hoverinfo="skip",
                    name=_plain(t("figure.flowmap_width", lang, n=fmt.number(float(low), lang, 0))),
                    legendgroup="flows",
                )
            )
    sizes = np.array([_float(_org_value(orgs, v, "in_strength")) for v in nodes], dtype=float)
    traces += _node_traces(G, nodes, sizes, orgs, positions, lang, labels, show_names, threshold)
    return _plotly_html(
        traces, t("figure.flowmap_interactive_title", lang), height, div_id, include_js
    )
