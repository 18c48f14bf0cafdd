"""The figures of the report: pure functions from tables and graphs to a figure.

Every function takes plain data (DataFrames, networkx graphs) and a language
and returns a :class:`matplotlib.figure.Figure` (drawn with the Agg canvas,
never through pyplot's global state) that :func:`scan.html.show.figure` embeds, or,
for the interactive network map, a string of HTML that works offline.

Conventions shared by every figure:

* **One colour per kind of organisation**: the 16 types of
  :data:`scan.data.schema.ORG_TYPES` are grouped into eight families
  (:data:`TYPE_FAMILY`) with the colour-blind-safe Okabe-Ito palette
  (:data:`FAMILY_COLOURS`), "other" grey.
* **Titles say what to see**, in plain Dutch (or English); a short note under
  the figure says how to read it.
* **Numbers the Dutch way** in ``nl`` (decimal comma, babel).
* **Names or codes**: ``labels`` is ``"org_id"`` (the default: codes, safe for
  the anonymised report), ``"name"`` or a mapping org_id → label.
* **Small counts** (clients) below ``threshold`` are never shown.
* Sized for a 60rem (about 900 px) wide page.

Examples
--------
>>> family_of("huisartsenpost"), family_of("gemeente"), family_of("onbekend")
('primary', 'social', 'other')
>>> FAMILY_COLOURS[family_of("ziekenhuis")]
'#D55E00'
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from functools import wraps
from typing import Any, Literal, ParamSpec, TypeVar

import matplotlib as mpl
import networkx as nx
import numpy as np
import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Patch
from matplotlib.ticker import Formatter, NullLocator
from matplotlib.transforms import offset_copy

from scan.analysis.layout import layout
from scan.data.schema import DIMENSIONS, LAYERS
from scan.text import fmt
from scan.text.messages import (
    BAND_LABELS,
    DIMENSION_LABELS,
    FAMILY_LABELS,
    FEATURE_LABELS,
    INTERVENTION_LABELS,
    LAYER_LABELS,
    TYPE_LABELS,
    Lang,
)
from scan.text.messages import FIGURE_TEXT as TEXT

__all__ = [
    "FAMILIES",
    "FAMILY_COLOURS",
    "FAMILY_LABELS",
    "INTERVENTION_COLOURS",
    "TYPE_FAMILY",
    "aggregate_by_community",
    "family_legend",
    "family_of",
    "flow_chart",
    "flow_family_chart",
    "gap_chart",
    "impact_effort_chart",
    "interactive_map",
    "layout",
    "network_map",
    "pressure_chart",
    "readiness_chart",
    "segment_chart",
]

#: What an organisation is called in a figure: its code (``"org_id"``, also for ``None``),
#: its ``"name"``, or a mapping org_id → label (e.g. codes in the anonymised report).
Labels = Literal["org_id", "name"] | Mapping[str, str] | None

# --------------------------------------------------------------------------- colours

#: The Okabe-Ito palette (Okabe & Ito 2008), safe for the common colour-vision deficiencies.
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
GREY = "#999999"
INK = "#222222"
MUTED = "#555555"

#: Families of organisation types, in legend order.
FAMILIES: tuple[str, ...] = (
    "primary",
    "hospital",
    "home_care",
    "elderly",
    "mental",
    "disability",
    "social",
    "funders",
    "other",
)

#: Organisation type (:data:`scan.data.schema.ORG_TYPES`) → family.
TYPE_FAMILY: dict[str, str] = {
    "huisartsenpraktijk": "primary",
    "huisartsenpost": "primary",
    "zorggroep": "primary",
    "apotheek": "primary",
    "fysiotherapie": "primary",
    "ziekenhuis": "hospital",
    "wijkverpleging": "home_care",
    "vvt": "elderly",
    "transferpunt": "elderly",
    "ggz": "mental",
    "gehandicaptenzorg": "disability",
    "gemeente": "social",
    "welzijn": "social",
    "zorgverzekeraar": "funders",
    "zorgkantoor": "funders",
    "other": "other",
}

#: Family → colour: the eight Okabe-Ito colours, grey for "other".
FAMILY_COLOURS: dict[str, str] = {
    "primary": OKABE_ITO["blue"],
    "hospital": OKABE_ITO["vermillion"],
    "home_care": OKABE_ITO["bluish_green"],
    "elderly": OKABE_ITO["orange"],
    "mental": OKABE_ITO["reddish_purple"],
    "disability": OKABE_ITO["sky_blue"],
    "social": OKABE_ITO["yellow"],
    "funders": OKABE_ITO["black"],
    "other": GREY,
}


#: The colour model of change (De Caluwé): intervention colour → drawing colour.
INTERVENTION_COLOURS: dict[str, str] = {
    "blue": OKABE_ITO["blue"],
    "yellow": OKABE_ITO["yellow"],
    "red": OKABE_ITO["vermillion"],
    "green": OKABE_ITO["bluish_green"],
    "white": "#FFFFFF",
}
_INTERVENTION_SYNONYMS: dict[str, str] = {
    "blauw": "blue",
    "geel": "yellow",
    "rood": "red",
    "groen": "green",
    "wit": "white",
}

#: Readiness bands → colour (Okabe-Ito bluish green / yellow / vermillion: apart in hue
#: and in lightness, so also for colour-blind readers and in grey print).
BAND_COLOURS: dict[str, str] = {
    "strength": OKABE_ITO["bluish_green"],
    "discuss": OKABE_ITO["yellow"],
    "concern": OKABE_ITO["vermillion"],
}
_BAND_TINT: dict[str, float] = {"strength": 0.55, "discuss": 0.40, "concern": 0.70}


# --------------------------------------------------------------------------- words


_PERCENT_FEATURES = frozenset({"degree_centrality"})


def _t(key: str, lang: Lang, **kwargs: object) -> str:
    text = TEXT[key][lang]
    return text.format(**kwargs) if kwargs else text


# --------------------------------------------------------------------------- style

#: Width of every figure in inches: a 60rem page at the report's resolution.
WIDTH: float = 8.2

_STYLE: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.titlesize": 10,
    "axes.labelsize": 9.5,
    "axes.edgecolor": "#BBBBBB",
    "axes.labelcolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": INK,
    "ytick.labelcolor": INK,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "axes.unicode_minus": False,
}

P = ParamSpec("P")
R = TypeVar("R")


def _styled(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the report's matplotlib style (and nothing leaks outside)."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with mpl.rc_context(_STYLE):  # type: ignore[arg-type]
            return func(*args, **kwargs)

    return wrapper


def _figure(height: float, width: float = WIDTH) -> Figure:
    """A new figure on the Agg canvas, laid out by the constrained layout engine."""
    fig = Figure(figsize=(width, height), layout=ConstrainedLayoutEngine(w_pad=0.06, h_pad=0.06))
    FigureCanvasAgg(fig)
    return fig


def _legend_below(ax: Axes, handles: Sequence[Any], ncol: int, **kwargs: Any) -> Legend:
    """A legend under the axes (part of the axes' layout, so nothing overlaps it)."""
    has_label = ax.axison and bool(ax.get_xlabel())
    below = -4.0 if not ax.axison else -40.0 if has_label else -24.0
    fig = ax.get_figure(root=True)
    assert isinstance(fig, Figure)
    options: dict[str, Any] = {
        "loc": "upper center",
        "bbox_to_anchor": (0.5, 0.0),
        "bbox_transform": offset_copy(ax.transAxes, fig=fig, y=below, units="points"),
        "ncol": ncol,
        **kwargs,
    }
    return ax.legend(handles=list(handles), **options)


def _wrap(text: str, width: int = 120) -> str:
    return "\n".join(textwrap.wrap(text, width=width)) if text else ""


def _titles(fig: Figure, title: str, note: str = "", note_width: int = 118) -> None:
    """A bold title that says what to see, and a grey note on how to read the figure."""
    fig.suptitle(_wrap(title, 85), x=0.01, ha="left", fontsize=12.5, fontweight="bold", color=INK)
    if note:
        fig.supxlabel(_wrap(note, note_width), x=0.01, ha="left", fontsize=8.5, color=MUTED)


# --------------------------------------------------------------------------- numbers


def decimal(value: float, lang: Lang, decimals: int = 1) -> str:
    """A number with exactly ``decimals`` decimals (babel), e.g. ``1,20`` in Dutch.

    Examples
    --------
    >>> decimal(1.2, "nl", 2), decimal(1234.5, "en", 1)
    ('1,20', '1,234.5')
    """
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale=fmt.LOCALES[lang]))


def _tick_decimals(locs: Sequence[float]) -> int:
    """The fewest decimals that write every tick exactly (at most 3)."""
    values = [float(v) for v in locs if np.isfinite(v)]
    for d in range(4):
        if all(abs(round(v, d) - v) <= 1e-9 * max(1.0, abs(v)) for v in values):
            return d
    return 3


class NumberFormatter(Formatter):
    """Tick labels per language: ``0,8  1,0  1,2`` in Dutch, ``40%`` for shares.

    Every tick of an axis gets the same number of decimals (the fewest that
    write all ticks exactly) unless ``decimals`` is given.
    """

    def __init__(self, lang: Lang, decimals: int | None = None, percent: bool = False) -> None:
        self.lang = lang
        self.decimals = decimals
        self.percent = percent
        self._ticks: list[float] = []

    def set_locs(self, locs: Sequence[float]) -> None:
        self._ticks = [float(v) for v in locs]

    def __call__(self, x: float, pos: int | None = None) -> str:
        locs = self._ticks or [x]
        if self.percent:
            d = (
                self.decimals
                if self.decimals is not None
                else _tick_decimals([v * 100 for v in locs])
            )
            return fmt.percent(x, self.lang, d)
        d = self.decimals if self.decimals is not None else _tick_decimals(locs)
        return decimal(x, self.lang, d)


def _count(value: float, lang: Lang, threshold: int) -> str:
    """A count of clients, or ``<threshold`` when it is small (never the small number)."""
    if value is None or not np.isfinite(value):
        return "–"
    if threshold and 0 < value < threshold:
        return f"<{threshold}"
    return fmt.number(float(value), lang, 0)


def _period_label(period: str, lang: Lang) -> str:
    """``2026-Q1`` → ``K1 2026`` (nl) / ``Q1 2026`` (en); ``2026-03`` → ``mrt 2026``."""
    p = str(period)
    if len(p) == 7 and p[4:6] in ("-Q", "-K"):
        return f"{'K' if lang == 'nl' else 'Q'}{p[6]} {p[:4]}"
    if len(p) == 7 and p[4] == "-" and p[5:].isdigit():
        stamp = pd.Timestamp(f"{p}-01").date()
        return str(format_date(stamp, format="MMM y", locale=fmt.LOCALES[lang])).replace(".", "")
    return p


# --------------------------------------------------------------------------- organisations


def family_of(org_type: object) -> str:
    """The family of an organisation type; unknown or missing types are ``"other"``."""
    if org_type is None or (isinstance(org_type, float) and math.isnan(org_type)):
        return "other"
    try:
        if pd.isna(org_type):
            return "other"
    except (TypeError, ValueError):
        pass
    return TYPE_FAMILY.get(str(org_type).strip().lower(), "other")


def family_colour(org_type: object) -> str:
    """The colour of an organisation type (via its family)."""
    return FAMILY_COLOURS[family_of(org_type)]


def family_handles(families: Iterable[str], lang: Lang, marker: str = "o") -> list[Line2D]:
    """Legend handles (a coloured dot and the family's name), in :data:`FAMILIES` order."""
    present = set(families)
    return [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=marker,
            markersize=8,
            markerfacecolor=FAMILY_COLOURS[f],
            markeredgecolor=INK,
            markeredgewidth=0.5,
            label=FAMILY_LABELS[f][lang],
        )
        for f in FAMILIES
        if f in present
    ]


def family_legend(
    target: Figure | Axes,
    lang: Lang = "nl",
    families: Iterable[str] | None = None,
    **kwargs: Any,
) -> Legend:
    """Add a legend of organisation families to a figure or axes.

    Parameters
    ----------
    target : Figure or Axes
    lang : {"nl", "en"}
    families : iterable of str, optional
        The families to show (in :data:`FAMILIES` order); all by default.
    **kwargs
        Passed to :meth:`~matplotlib.figure.Figure.legend` (e.g. ``loc``, ``ncol``).
    """
    handles = family_handles(FAMILIES if families is None else families, lang)
    return target.legend(handles=handles, **kwargs)


def _org_frame(organisations: pd.DataFrame | None) -> pd.DataFrame:
    """Organisations indexed by ``org_id`` (as str), whichever form they come in."""
    if organisations is None or len(organisations) == 0:
        return pd.DataFrame(index=pd.Index([], name="org_id", dtype=str))
    frame = organisations
    if "org_id" in frame.columns:
        frame = frame.set_index("org_id")
    frame = frame.copy()
    frame.index = frame.index.astype(str)
    frame.index.name = "org_id"
    return frame[~frame.index.duplicated()]


def _org_value(orgs: pd.DataFrame, org: object, column: str) -> Any:
    key = str(org)
    if column in orgs.columns and key in orgs.index:
        value = orgs.at[key, column]
        return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value
    return None


def _org_type(orgs: pd.DataFrame, org: object, G: nx.Graph | None = None) -> str | None:
    value = _org_value(orgs, org, "type")
    if value is None and G is not None and org in G:
        value = G.nodes[org].get("type")
    return None if value is None else str(value)


def _label(org: object, orgs: pd.DataFrame, labels: Labels, G: nx.Graph | None = None) -> str:
    """The label of an organisation: its code, its name or a given label."""
    key = str(org)
    if isinstance(labels, Mapping):
        return str(labels.get(key, key))
    if labels == "name":
        name = _org_value(orgs, org, "name")
        if name is None and G is not None and org in G:
            name = G.nodes[org].get("name")
        return str(name) if name is not None else key
    return key


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# --------------------------------------------------------------------------- labels


_DIRECTIONS: tuple[tuple[float, float, str, str], ...] = (
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
    (0, 1, "center", "bottom"),
    (0, -1, "center", "top"),
    (0.75, 0.75, "left", "bottom"),
    (-0.75, 0.75, "right", "bottom"),
    (0.75, -0.75, "left", "top"),
    (-0.75, -0.75, "right", "top"),
)
_REACHES: tuple[float, ...] = (1.0, 1.9, 2.8)
_Box = tuple[float, float, float, float]


def _place_labels(
    fig: Figure,
    ax: Axes,
    anchors: np.ndarray,
    texts: Sequence[str],
    radii_pt: np.ndarray,
    obstacles: np.ndarray,
    obstacle_radii_pt: np.ndarray,
    *,
    own: Sequence[int] | None = None,
    fallbacks: Sequence[str | None] | None = None,
    fontsize: float = 8.0,
    skip_crowded: Sequence[bool] | None = None,
    color: str | Sequence[str] = INK,
    weight: str = "normal",
) -> list[Any]:
    """Place labels next to points without overlapping each other or other points.

    Greedy: in the given order (most important first) each label takes the
    first free spot of eight around its point (right, left, above, below,
    then the diagonals; then the same further out, with a thin line to the
    point). If none is free, the shorter ``fallbacks[i]`` (e.g. the code
    instead of the name) is tried; failing that the label takes the least
    crowded spot, or is left out when ``skip_crowded[i]``.

    ``own[i]`` is the index in ``obstacles`` of label ``i``'s own point (not
    an obstacle to it). Positions are computed in display pixels after the
    figure has been laid out; the layout is then frozen so they stay right.
    """
    if len(texts) == 0:
        return []
    fig.canvas.draw()  # run the layout engine: axes positions are final from here
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    px_per_pt = fig.dpi / 72.0
    points = ax.transData.transform(anchors)
    obst = ax.transData.transform(obstacles) if len(obstacles) else np.zeros((0, 2))
    obst_r = np.asarray(obstacle_radii_pt, dtype=float) * px_per_pt
    frame = ax.get_window_extent(renderer)
    colors = [color] * len(texts) if isinstance(color, str) else list(color)

    def measure(text: str) -> tuple[float, float]:
        probe = ax.text(0, 0, text, fontsize=fontsize, fontweight=weight)
        extent = probe.get_window_extent(renderer)
        probe.remove()
        return float(extent.width), float(extent.height)

    def box_at(
        x0: float, y0: float, ox: float, oy: float, ha: str, va: str, w: float, h: float
    ) -> tuple[float, float, float, float]:
        left = x0 + ox - (w if ha == "right" else w / 2 if ha == "center" else 0)
        bottom = y0 + oy - (h if va == "top" else h / 2 if va == "center" else 0)
        return (left, bottom, left + w, bottom + h)

    placed: list[tuple[float, float, float, float]] = []
    artists = []
    leaders: list[np.ndarray] = []
    for i, text in enumerate(texts):
        x0, y0 = points[i]
        r = float(radii_pt[i]) * px_per_pt + 2.0
        variants = [text]
        if fallbacks is not None and fallbacks[i] and fallbacks[i] != text:
            variants.append(str(fallbacks[i]))
        best: tuple[float, float, float, str, str, float, str, _Box] | None = None
        for variant in variants:
            w, h = measure(variant)
            for reach in _REACHES:
                for dx, dy, ha, va in _DIRECTIONS:
                    ox, oy = dx * r * reach, dy * r * reach
                    box = box_at(x0, y0, ox, oy, ha, va, w, h)
                    cost = _overlap_cost(box, placed, obst, obst_r, skip=own[i] if own else -1)
                    outside = max(0.0, frame.x0 - box[0]) + max(0.0, box[2] - frame.x1)
                    outside += max(0.0, frame.y0 - box[1]) + max(0.0, box[3] - frame.y1)
                    cost += outside * h * 4 + (reach - 1.0) * 0.4
                    if best is None or cost < best[0]:
                        best = (cost, ox, oy, ha, va, reach, variant, box)
                    if cost < 1.0:
                        break
                if best is not None and best[0] < 1.0:
                    break
            if best is not None and best[0] < 1.0:
                break
        assert best is not None
        cost, ox, oy, ha, va, reach, variant, box = best
        if cost >= 1.0 and skip_crowded is not None and skip_crowded[i]:
            continue
        placed.append((box[0], box[1], box[2], box[3]))
        artists.append(
            ax.annotate(
                variant,
                xy=anchors[i],
                xytext=(ox / px_per_pt, oy / px_per_pt),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=fontsize,
                fontweight=weight,
                color=colors[i],
                zorder=6,
                annotation_clip=False,
                path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
            )
        )
        if reach > 1.0:
            # a label pushed away from its point gets a thin line to it, from the
            # edge of the point to the near side of the label
            r_px = float(radii_pt[i]) * px_per_pt
            length = math.hypot(ox, oy)
            ux, uy = ox / length, oy / length
            start = (x0 + ux * r_px, y0 + uy * r_px)
            end = (x0 + ox - ux * 2.0, y0 + oy - uy * 2.0)
            leaders.append(ax.transData.inverted().transform([start, end]))
    if leaders:
        # one collection of plain lines (no arrow patches), in data coordinates
        ax.add_collection(
            LineCollection(leaders, colors="#8A8A8A", linewidths=0.6, zorder=5, clip_on=False),
            autolim=False,
        )
    return artists


def _overlap_cost(
    box: tuple[float, float, float, float],
    placed: Sequence[tuple[float, float, float, float]],
    points: np.ndarray,
    radii: np.ndarray,
    skip: int = -1,
) -> float:
    """Overlapping area (px²) of a label box with placed labels and with points (as squares)."""
    x0, y0, x1, y1 = box
    cost = 0.0
    if placed:
        p = np.asarray(placed)
        ox = np.clip(np.minimum(x1, p[:, 2]) - np.maximum(x0, p[:, 0]), 0, None)
        oy = np.clip(np.minimum(y1, p[:, 3]) - np.maximum(y0, p[:, 1]), 0, None)
        cost += float((ox * oy).sum()) * 3.0
    if len(points):
        ox = np.clip(
            np.minimum(x1, points[:, 0] + radii) - np.maximum(x0, points[:, 0] - radii), 0, None
        )
        oy = np.clip(
            np.minimum(y1, points[:, 1] + radii) - np.maximum(y0, points[:, 1] - radii), 0, None
        )
        area = ox * oy
        if 0 <= skip < len(area):
            area[skip] = 0.0
        cost += float(area.sum())
    return cost


def _spread(values: Sequence[float], gap: float, low: float, high: float) -> np.ndarray:
    """Move sorted 1-D label positions apart to at least ``gap``, within [low, high]."""
    y = np.asarray(values, dtype=float)
    order = np.argsort(y, kind="stable")
    s = y[order].copy()
    for _ in range(200):
        moved = False
        for j in range(1, len(s)):
            if s[j] - s[j - 1] < gap - 1e-12:
                mid = (s[j] + s[j - 1]) / 2
                s[j - 1], s[j] = mid - gap / 2, mid + gap / 2
                moved = True
        if len(s):
            if s[0] < low:
                s += low - s[0]
                moved = True
            if s[-1] > high:
                s -= s[-1] - high
                moved = True
        if not moved:
            break
    out = np.empty_like(s)
    out[order] = s
    return out


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
        ax.scatter(
            xy[cut, 0],
            xy[cut, 1],
            s=(np.sqrt(sizes[cut]) + 7) ** 2,
            facecolors="white",
            edgecolors="black",
            linewidths=2.0,
            zorder=3,
        )
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
                    label=_t(kind, lang),
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
                label=_t("non_respondent", lang),
            )
        )
    if cut.any():
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=11,
                markerfacecolor="white",
                markeredgecolor="black",
                markeredgewidth=2.0,
                label=_t("articulation", lang),
            )
        )
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
    note = _t("map_note_degree" if size_by == "degree" else "map_note_betweenness", lang)
    if cut.any():
        note += " " + _t("map_note_ring", lang)
    to_label = np.argsort(-sizes, kind="stable")[:max_labels] if n else np.zeros(0, dtype=int)
    if n > max_labels:
        note += " " + _t("map_note_top", lang)
    if labels == "name":
        note += " " + _t("map_note_code", lang)
    _titles(fig, title or _t("map_title", lang), note)

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
    _titles(fig, title or _t("community_title", lang), _t("community_note", lang))
    texts = [
        (_t("group", lang, g=c) if c != 0 else _t("no_group", lang))
        + "\n"
        + _t("orgs", lang, n=fmt.number(A.nodes[c]["size"], lang, 0))
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


def _separate(centre: np.ndarray, radius: np.ndarray, gap: float = 0.0) -> np.ndarray:
    """Nudge circles apart until none overlap (or 300 rounds), keeping their rough place."""
    pos = np.array(centre, dtype=float)
    n = len(pos)
    if n < 2:
        return pos
    rng = np.random.default_rng(0)
    for _ in range(300):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(-1))
        need = radius[:, None] + radius[None, :] + gap
        overlap = np.triu(need - dist, k=1)
        if (overlap <= 1e-9).all():
            break
        ii, jj = np.nonzero(overlap > 1e-9)
        for i, j in zip(ii, jj, strict=True):
            d = delta[i, j]
            norm = dist[i, j]
            direction = d / norm if norm > 1e-9 else rng.normal(size=2)
            direction /= np.linalg.norm(direction)
            push = overlap[i, j] / 2 + 1e-6
            pos[i] += direction * push
            pos[j] -= direction * push
    return pos


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


def _hover(
    org: Hashable,
    G: nx.Graph,
    orgs: pd.DataFrame,
    lang: Lang,
    labels: Labels,
    show_names: bool,
    threshold: int,
) -> str:
    from html import escape

    code = _label(org, orgs, labels if not isinstance(labels, str) else "org_id", G)
    name = _label(org, orgs, "name", G) if show_names else None
    head = (
        f"<b>{escape(name)}</b> ({escape(code)})"
        if name and name != code
        else f"<b>{escape(code)}</b>"
    )
    lines = [head]
    org_type = _org_type(orgs, org, G)
    fam = family_of(org_type)
    type_words = TYPE_LABELS.get(str(org_type), {}).get(lang, str(org_type)) if org_type else "–"
    family_words = FAMILY_LABELS[fam][lang]
    kind = (
        escape(type_words)
        if type_words == family_words
        else (f"{escape(type_words)} ({family_words})")
    )
    lines.append(f"{_t('hover_type', lang)}: {kind}")
    trust = _org_value(orgs, org, "trust_received")
    raters = _org_value(orgs, org, "trust_raters")
    if trust is not None:
        detail = _t(
            "hover_trust_detail",
            lang,
            v=_fmt_or_dash(trust, lang, 1),
            n=fmt.number(float(raters), lang, 0) if raters is not None else "–",
        )
        lines.append(f"{_t('hover_trust', lang)}: {detail}")
    deg = _org_value(orgs, org, "degree")
    if deg is not None:
        ind = _org_value(orgs, org, "in_degree")
        outd = _org_value(orgs, org, "out_degree")
        in_words = fmt.number(float(ind), lang, 0) if ind is not None else "–"
        detail = (
            _t(
                "hover_partners_detail",
                lang,
                d=fmt.number(float(deg), lang, 0),
                o=fmt.number(float(outd), lang, 0),
                i=in_words,
            )
            if outd is not None
            else _t("hover_partners_named", lang, d=fmt.number(float(deg), lang, 0), i=in_words)
        )
        lines.append(f"{_t('hover_partners', lang)}: {detail}")
    inflow = _org_value(orgs, org, "inflow")
    outflow = _org_value(orgs, org, "outflow")
    if inflow is not None or outflow is not None:
        lines.append(
            f"{_t('hover_flows', lang)}: "
            + _t(
                "hover_flows_detail",
                lang,
                i=escape(_count(_float(inflow), lang, threshold)),
                o=escape(_count(_float(outflow), lang, threshold)),
            )
        )
    if not G.nodes[org].get("respondent", True):
        lines.append(f"<i>{_t('non_respondent', lang)}</i>")
    if bool(_org_value(orgs, org, "articulation_point") or False):
        lines.append(f"<i>{_t('articulation', lang)}</i>")
    return "<br>".join(lines)


def interactive_map(
    G: nx.DiGraph,
    organisations: pd.DataFrame | None,
    positions: Mapping[Hashable, tuple[float, float]],
    lang: Lang = "nl",
    labels: Labels = "org_id",
    *,
    show_names: bool | None = None,
    threshold: int = 5,
    size_by: Literal["degree", "betweenness"] = "degree",
    height: int = 640,
    div_id: str = "ns-network-map",
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
        xs: list[float | None] = []
        ys: list[float | None] = []
        for u, v in zip(part["source"], part["target"], strict=True):
            xs += [positions[u][0], positions[v][0], None]
            ys += [positions[u][1], positions[v][1], None]
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": colour, "width": width if n <= 300 else width * 0.5, "dash": dash},
                hoverinfo="skip",
                name=_t(kind, lang),
                legendgroup="ties",
            )
        )
    sizes = _size_values(nodes, orgs, G, size_by)
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
                name=_t("articulation", lang),
            )
        )
    code_labels: Labels = labels if not (labels == "name" and not show_names) else "org_id"
    for fam in FAMILIES:
        idx = [i for i, f in enumerate(fams) if f == fam]
        if not idx:
            continue
        texts = [_shorten(_label(nodes[i], orgs, code_labels, G), 28) for i in idx]
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
                name=FAMILY_LABELS[fam][lang],
            )
        )
    fig = go.Figure(traces)
    fig.update_layout(
        title={"text": _t("interactive_title", lang), "x": 0.01, "font": {"size": 16}},
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
        include_plotlyjs=True,
        div_id=div_id,
        config={
            "displaylogo": False,
            "responsive": True,
            "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
        },
    )
    return f'<div class="ns-interactive">{_offline(html)}</div>'


# --------------------------------------------------------------------------- flows


def _flow_pairs(shares: pd.DataFrame) -> pd.DataFrame:
    """A → B with clients and share of A's outflow, summed over periods if needed."""
    frame = shares.copy()
    frame["from_org"] = frame["from_org"].astype(str)
    frame["to_org"] = frame["to_org"].astype(str)
    frame["clients"] = pd.to_numeric(frame["clients"], errors="coerce").astype(float)
    if "share_of_outflow" not in frame.columns or frame.duplicated(["from_org", "to_org"]).any():
        frame = frame.groupby(["from_org", "to_org"], as_index=False)["clients"].sum()
        out = frame.groupby("from_org")["clients"].transform("sum")
        frame["share_of_outflow"] = frame["clients"] / out.where(out > 0)
    return frame


@_styled
def flow_chart(
    shares: pd.DataFrame,
    organisations: pd.DataFrame | None,
    lang: Lang = "nl",
    top: int = 15,
    *,
    labels: Labels = "org_id",
    threshold: int = 5,
) -> Figure:
    """The largest client flows: who sends how many clients to whom.

    Parameters
    ----------
    shares : DataFrame
        ``analysis.dependencies.shares`` (``from_org``, ``to_org``, ``clients``,
        ``share_of_outflow``) or ``flows`` per period (summed here).
    organisations : DataFrame
        ``type`` (bar colour = kind of sender) and ``name``.
    lang : {"nl", "en"}
    top : int
        Number of flows shown, largest first.
    labels : "org_id", "name" or mapping
    threshold : int
        Flows with fewer clients are left out (never shown as a small number).

    Returns
    -------
    Figure
        Horizontal bars "A → B" with the number of clients and the share of
        A's referrals.
    """
    orgs = _org_frame(organisations)
    pairs = _flow_pairs(shares)
    small = int(((pairs["clients"] > 0) & (pairs["clients"] < threshold)).sum())
    pairs = pairs[pairs["clients"] >= max(threshold, 1)]
    pairs = pairs.sort_values(["clients", "from_org", "to_org"], ascending=[False, True, True])
    rows = pairs.head(top).iloc[::-1]
    k = len(rows)
    names = [
        (_shorten(_label(a, orgs, labels), 42), _shorten(_label(b, orgs, labels), 42))
        for a, b in zip(rows["from_org"], rows["to_org"], strict=True)
    ]
    two_lines = any(len(a) + len(b) > 44 for a, b in names)
    ylabels = [f"{a}\n→ {b}" if two_lines else f"{a}  →  {b}" for a, b in names]
    fig = _figure(1.6 + (0.5 if two_lines else 0.34) * max(k, 3))
    ax = fig.add_subplot()
    fams = [family_of(_org_type(orgs, a)) for a in rows["from_org"]]
    y = np.arange(k)
    values = rows["clients"].to_numpy(dtype=float)
    ax.barh(
        y, values, color=[FAMILY_COLOURS[f] for f in fams], edgecolor=INK, linewidth=0.4, height=0.7
    )
    ax.set_yticks(y, ylabels)
    ax.tick_params(axis="y", length=0)
    vmax = float(values.max()) if k else 1.0
    ax.set_xlim(0, vmax * 1.22)
    for yi, v, s in zip(y, values, rows["share_of_outflow"].to_numpy(dtype=float), strict=True):
        text = fmt.number(v, lang, 0)
        if np.isfinite(s):
            text += f"  ({fmt.percent(s, lang)})"
        ax.text(v + vmax * 0.01, float(yi), text, va="center", ha="left", fontsize=8.5, color=INK)
    ax.xaxis.set_major_formatter(NumberFormatter(lang))
    ax.set_xlabel(_t("flow_axis", lang))
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    _legend_below(ax, family_handles(fams, lang, marker="s"), min(4, max(1, len(set(fams)))))
    note = _t("flow_note", lang, small=_t("flow_small", lang, t=threshold) if small else "")
    _titles(fig, _t("flow_title", lang), note)
    return fig


@_styled
def flow_family_chart(
    shares: pd.DataFrame,
    organisations: pd.DataFrame | None,
    lang: Lang = "nl",
    *,
    threshold: int = 5,
) -> Figure:
    """Client flows between kinds of organisations: a heatmap family × family.

    Reads well for regions of any size (the bars of :func:`flow_chart` show
    only the largest pairs). Cells below ``threshold`` clients show ``<t``.
    """
    orgs = _org_frame(organisations)
    pairs = _flow_pairs(shares)
    pairs["from_family"] = [family_of(_org_type(orgs, a)) for a in pairs["from_org"]]
    pairs["to_family"] = [family_of(_org_type(orgs, b)) for b in pairs["to_org"]]
    table = pairs.pivot_table(
        index="from_family", columns="to_family", values="clients", aggfunc="sum", fill_value=0.0
    )
    present = [f for f in FAMILIES if f in set(table.index) | set(table.columns)]
    table = table.reindex(index=present, columns=present, fill_value=0.0)
    m = table.to_numpy(dtype=float)
    k = len(present)
    fig = _figure(2.2 + 0.55 * max(k, 2))
    ax = fig.add_subplot()
    shown = np.where(m >= threshold, m, 0.0)
    vmax = shown.max() if shown.size and shown.max() > 0 else 1.0
    ax.imshow(np.sqrt(shown / vmax), cmap="Blues", vmin=0, vmax=1.15, aspect="auto")
    for i in range(k):
        for j in range(k):
            v = m[i, j]
            if v <= 0:
                continue
            dark = np.sqrt(shown[i, j] / vmax) > 0.6
            ax.text(
                j,
                i,
                _count(v, lang, threshold),
                ha="center",
                va="center",
                fontsize=8.5,
                color="white" if dark else INK,
            )
    names = [_wrap(FAMILY_LABELS[f][lang], 14) for f in present]
    ax.set_xticks(range(k), names, fontsize=8)
    ax.set_yticks(range(k), [FAMILY_LABELS[f][lang] for f in present])
    ax.xaxis.tick_top()
    ax.set_ylabel(_t("from", lang))
    ax.set_xlabel(_t("to", lang))
    ax.xaxis.set_label_position("top")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    _titles(fig, _t("family_flow_title", lang), _t("family_flow_note", lang, t=threshold))
    return fig


# --------------------------------------------------------------------------- capacity


@_styled
def pressure_chart(
    utilisation: pd.DataFrame,
    organisations: pd.DataFrame | None,
    lang: Lang = "nl",
    *,
    labels: Labels = "org_id",
    max_labels: int = 14,
) -> Figure:
    """Utilisation per organisation and service over the periods, with the line "full".

    Parameters
    ----------
    utilisation : DataFrame
        ``analysis.capacity.utilisation``: ``org_id``, ``service``, ``period``,
        ``period_start`` (optional, for the order) and ``utilisation``.
    organisations : DataFrame
        ``type`` (colour) and ``name``.
    lang : {"nl", "en"}
    labels : "org_id", "name" or mapping
    max_labels : int
        At most this many lines are named (the highest in the latest
        period); above 1 they are drawn in the colour of their kind, the
        others in grey.

    Returns
    -------
    Figure
    """
    orgs = _org_frame(organisations)
    util = utilisation.copy()
    util["org_id"] = util["org_id"].astype(str)
    util["utilisation"] = pd.to_numeric(util["utilisation"], errors="coerce").astype(float)
    util = util[np.isfinite(util["utilisation"])]
    order_key = "period_start" if "period_start" in util.columns else "period"
    periods = (
        (util[["period", order_key]].drop_duplicates("period").sort_values(order_key)["period"])
        .astype(str)
        .tolist()
    )
    px = {p: i for i, p in enumerate(periods)}
    series = []
    for (org, service), part in util.groupby(["org_id", "service"], sort=True):
        part = part.assign(x=part["period"].astype(str).map(px)).sort_values("x")
        xs = part["x"].to_numpy(dtype=float)
        ys = part["utilisation"].to_numpy(dtype=float)
        series.append((str(org), str(service), xs, ys))
    series.sort(key=lambda s: (-s[3][-1], s[0], s[1]))
    over = [s for s in series if s[3][-1] > 1.0]
    named = series[:max_labels]
    named_keys = {(s[0], s[1]) for s in named}
    texts = [
        f"{_shorten(_label(org, orgs, labels), 32)} · {_shorten(service, 26)}  "
        f"{decimal(ys[-1], lang, 2)}"
        for org, service, _xs, ys in named
    ]

    fig = _figure(5.6)
    # the names of the lines go in a column on the right, as wide as the longest name
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    widest = 0.0
    for text in texts:
        probe = fig.text(0, 0, text, fontsize=8.3, fontweight="bold")
        widest = max(widest, probe.get_window_extent(renderer).width / fig.dpi)
        probe.remove()
    room_in = min(widest + 0.3, WIDTH * 0.55)
    grid = fig.add_gridspec(1, 2, width_ratios=(max(WIDTH - room_in - 0.8, 2.5), room_in))
    ax = fig.add_subplot(grid[0, 0])
    room = fig.add_subplot(grid[0, 1])
    room.set_axis_off()

    grey = [np.column_stack([s[2], s[3]]) for s in series if s[3][-1] <= 1.0]
    if grey:
        ax.add_collection(LineCollection(grey, colors="#B8B8B8", linewidths=1.3, zorder=2))
    for org, _service, xs, ys in over[::-1]:
        emphasised = (org, _service) in named_keys
        ax.plot(
            xs,
            ys,
            color=family_colour(_org_type(orgs, org)),
            linewidth=2.4 if emphasised else 1.2,
            marker="o" if emphasised else None,
            markersize=3.5,
            zorder=4,
            solid_capstyle="round",
            path_effects=[patheffects.withStroke(linewidth=3.6, foreground="white")]
            if emphasised
            else None,
        )
    for _org, _service, xs, ys in series:
        if ys[-1] <= 1.0 and (_org, _service) in named_keys:
            ax.plot(xs[-1:], ys[-1:], "o", color="#9A9A9A", markersize=3, zorder=3)

    all_y = util["utilisation"].to_numpy(dtype=float)
    lo = min(0.9, float(np.nanmin(all_y)) - 0.05) if len(all_y) else 0.5
    hi = max(1.1, float(np.nanmax(all_y)) + 0.05) if len(all_y) else 1.5
    ax.set_ylim(lo, hi)
    ax.set_xlim(-0.15, max(len(periods) - 1, 1) + 0.15)
    ax.axhspan(1.0, hi, color=OKABE_ITO["vermillion"], alpha=0.06, zorder=0)
    ax.axhline(1.0, color=INK, linewidth=1.2, zorder=3)
    ax.text(
        -0.12,
        1.0,
        _t("full", lang),
        ha="left",
        va="bottom",
        fontsize=9,
        fontweight="bold",
        color=INK,
        zorder=5,
        path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
    )
    ax.set_xticks(range(len(periods)), [_period_label(p, lang) for p in periods])
    ax.yaxis.set_major_formatter(NumberFormatter(lang))
    ax.set_ylabel(_t("pressure_axis", lang))
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)

    note = _t(
        "pressure_note",
        lang,
        more=_t("pressure_more", lang, n=max_labels) if len(series) > max_labels else "",
    )
    _titles(fig, _t("pressure_title", lang), note)
    # labels at the right end, spread so they do not overlap
    fig.canvas.draw()
    fig.set_layout_engine("none")
    height_px = ax.get_window_extent().height
    gap = (hi - lo) * (8.8 * fig.dpi / 72 * 1.25) / max(height_px, 1.0)
    ends = [s[3][-1] for s in named]
    spread = _spread(ends, gap, lo + gap / 2, hi - gap / 2)
    x0, x1 = ax.get_xlim()
    x_text = x0 + 1.04 * (x1 - x0)
    connectors, connector_colours = [], []
    for (org, _service, xs, ys), ylab, text in zip(named, spread, texts, strict=True):
        colour = family_colour(_org_type(orgs, org)) if ys[-1] > 1.0 else "#777777"
        connectors.append([(xs[-1], ys[-1]), (x_text - 0.01 * (x1 - x0), ylab)])
        connector_colours.append(colour)
        ax.annotate(
            text,
            xy=(x_text, ylab),
            ha="left",
            va="center",
            fontsize=8.3,
            color=INK if ys[-1] > 1.0 else "#666666",
            fontweight="bold" if ys[-1] > 1.0 else "normal",
            annotation_clip=False,
        )
    if connectors:
        ax.add_collection(
            LineCollection(
                connectors, colors=connector_colours, linewidths=0.7, zorder=3, clip_on=False
            ),
            autolim=False,
        )
    return fig


# --------------------------------------------------------------------------- readiness


def _band(score: float) -> str:
    return "strength" if score >= 4.0 else "discuss" if score >= 3.0 else "concern"


def _tint(colour: str, amount: float) -> tuple[float, float, float]:
    """``colour`` mixed with white: 0 = white, 1 = the colour."""
    r, g, b = to_rgb(colour)
    return (1 - amount + amount * r, 1 - amount + amount * g, 1 - amount + amount * b)


def _band_handles(lang: Lang) -> list[Patch]:
    return [
        Patch(
            facecolor=_tint(BAND_COLOURS[b], _BAND_TINT[b]),
            edgecolor=INK,
            linewidth=0.4,
            label=_t(f"band_{b}", lang),
        )
        for b in ("strength", "discuss", "concern")
    ]


@_styled
def readiness_chart(
    by_layer: pd.DataFrame,
    lang: Lang = "nl",
    *,
    region: pd.DataFrame | None = None,
) -> Figure:
    """Collaboration readiness per dimension (rows) and layer (columns), coloured by band.

    Parameters
    ----------
    by_layer : DataFrame
        ``analysis.readiness.by_layer``: ``layer``, ``dimension``, ``score``,
        ``n_respondents`` (and ``band``; recomputed from the score if absent).
    lang : {"nl", "en"}
    region : DataFrame, optional
        ``analysis.readiness.region``: adds a column for the whole region.

    Returns
    -------
    Figure
        A table of coloured cells with the score written in each (colour
        and number together: readable without colour vision and on paper).
    """
    data = by_layer.copy()
    data["score"] = pd.to_numeric(data["score"], errors="coerce").astype(float)
    layers = [layer for layer in LAYERS if layer in set(data["layer"].astype(str))]
    layers += sorted(set(data["layer"].astype(str)) - set(layers))
    dims = [d for d in DIMENSIONS if d in set(data["dimension"])]
    rows = dims + (["overall"] if "overall" in set(data["dimension"]) else [])
    columns: list[tuple[str, pd.DataFrame]] = [
        (layer, data[data["layer"].astype(str) == layer]) for layer in layers
    ]
    if region is not None and len(region):
        columns.append(("__region__", region))
    k, m = len(rows), len(columns)
    fig = _figure(1.9 + 0.42 * max(k, 2))
    ax = fig.add_subplot()
    img = np.ones((k, m, 3))
    for j, (_key, part) in enumerate(columns):
        scores = dict(
            zip(part["dimension"], pd.to_numeric(part["score"], errors="coerce"), strict=True)
        )
        for i, dim in enumerate(rows):
            s = scores.get(dim)
            if s is None or pd.isna(s):
                ax.text(j, i, "–", ha="center", va="center", color=MUTED)
                continue
            b = _band(float(s))
            img[i, j] = _tint(BAND_COLOURS[b], _BAND_TINT[b])
            ax.text(
                j,
                i,
                decimal(float(s), lang, 1),
                ha="center",
                va="center",
                fontsize=10.5,
                color=INK,
                fontweight="bold" if dim == "overall" else "normal",
            )
    ax.imshow(img, aspect="auto", interpolation="nearest")
    ax.set_xticks(np.arange(m + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(k + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=2.5)
    ax.tick_params(which="both", length=0)
    heads = []
    for key, part in columns:
        n_resp = (
            pd.to_numeric(part["n_respondents"], errors="coerce").max()
            if ("n_respondents" in part.columns and len(part))
            else None
        )
        word = (
            _t("region", lang) if key == "__region__" else LAYER_LABELS.get(key, {}).get(lang, key)
        )
        if n_resp is not None and pd.notna(n_resp):
            word += f"\n(n = {fmt.number(float(n_resp), lang, 0)})"
        heads.append(word)
    ax.set_xticks(range(m), heads)
    ax.xaxis.tick_top()
    row_names = [
        _t("overall", lang) if d == "overall" else DIMENSION_LABELS.get(d, {}).get(lang, d)
        for d in rows
    ]
    ax.set_yticks(range(k), row_names)
    if "overall" in rows:
        ax.axhline(len(dims) - 0.5, color=INK, linewidth=1.2)
        ax.get_yticklabels()[-1].set_fontweight("bold")
    if region is not None and len(region) and m > 1:
        ax.axvline(m - 1.5, color=INK, linewidth=1.2)
    for spine in ax.spines.values():
        spine.set_visible(False)
    _legend_below(ax, _band_handles(lang), 3)
    _titles(fig, _t("readiness_title", lang), _t("readiness_note", lang))
    return fig


@_styled
def gap_chart(gaps: pd.DataFrame, lang: Lang = "nl", *, ci_level: float = 0.95) -> Figure:
    """Perception gaps between layers per dimension, with their confidence intervals.

    Parameters
    ----------
    gaps : DataFrame
        ``analysis.readiness.gaps``: ``dimension``, ``layer_a``, ``layer_b``,
        ``gap`` (mean a minus mean b), ``ci_low``, ``ci_high``, ``significant``.
    lang : {"nl", "en"}
    ci_level : float
        The level of the intervals (for the note).

    Returns
    -------
    Figure
        One row per dimension, one dot per pair of layers with its
        interval; filled when the interval excludes 0.
    """
    data = gaps.copy()
    for c in ("gap", "ci_low", "ci_high"):
        data[c] = pd.to_numeric(data[c], errors="coerce").astype(float)
    dims = [d for d in DIMENSIONS if d in set(data["dimension"])]
    dims += sorted(set(data["dimension"].astype(str)) - set(dims) - {"overall"})
    pairs = list(
        dict.fromkeys(zip(data["layer_a"].astype(str), data["layer_b"].astype(str), strict=True))
    )
    pair_colours = [
        OKABE_ITO["blue"],
        OKABE_ITO["orange"],
        OKABE_ITO["reddish_purple"],
        OKABE_ITO["bluish_green"],
        OKABE_ITO["sky_blue"],
        OKABE_ITO["vermillion"],
    ]
    markers = ["o", "s", "D", "^", "v", "P"]
    fig = _figure(1.9 + 0.5 * max(len(dims), 2))
    ax = fig.add_subplot()
    offsets = np.linspace(-0.25, 0.25, len(pairs)) if len(pairs) > 1 else np.zeros(1)
    handles = []
    for p, (a, b) in enumerate(pairs):
        part = data[(data["layer_a"].astype(str) == a) & (data["layer_b"].astype(str) == b)]
        colour = pair_colours[p % len(pair_colours)]
        marker = markers[p % len(markers)]
        for _, row in part.iterrows():
            if row["dimension"] not in dims:
                continue
            y = dims.index(row["dimension"]) + offsets[p]
            sig = bool(row.get("significant", False)) if pd.notna(row.get("significant")) else False
            if np.isfinite(row["ci_low"]) and np.isfinite(row["ci_high"]):
                ax.plot(
                    [row["ci_low"], row["ci_high"]],
                    [y, y],
                    color=colour,
                    linewidth=1.6,
                    solid_capstyle="butt",
                    zorder=2,
                )
            ax.plot(
                [row["gap"]],
                [y],
                marker=marker,
                markersize=7,
                linestyle="none",
                markerfacecolor=colour if sig else "white",
                markeredgecolor=colour,
                markeredgewidth=1.6,
                zorder=3,
            )
        names = (LAYER_LABELS.get(a, {}).get(lang, a), LAYER_LABELS.get(b, {}).get(lang, b))
        handles.append(
            Line2D(
                [],
                [],
                color=colour,
                marker=marker,
                markersize=7,
                linewidth=1.6,
                markerfacecolor=colour,
                label=_t("vs", lang, a=names[0], b=names[1]),
            )
        )
    ax.axvline(0, color=INK, linewidth=1.0, zorder=1)
    ax.set_yticks(range(len(dims)), [DIMENSION_LABELS.get(d, {}).get(lang, d) for d in dims])
    ax.set_ylim(len(dims) - 0.5, -0.5)
    for i in range(len(dims) - 1):
        ax.axhline(i + 0.5, color="#EEEEEE", linewidth=0.8, zorder=0)
    values = data[["ci_low", "ci_high", "gap"]].to_numpy(dtype=float)
    values = values[np.isfinite(values)]
    low = min(0.0, float(values.min())) if len(values) else -1.0
    high = max(0.0, float(values.max())) if len(values) else 1.0
    pad = max(high - low, 0.5) * 0.08
    ax.set_xlim(low - pad, high + pad)
    ax.xaxis.set_major_formatter(NumberFormatter(lang))
    ax.set_xlabel(_t("gap_axis", lang))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    _legend_below(ax, handles, min(3, max(1, len(handles))))
    note = _t("gap_note", lang, ci=fmt.percent(ci_level, lang))
    _titles(fig, _t("gap_title", lang), note)
    return fig


# --------------------------------------------------------------------------- quick wins


def _scale(values: np.ndarray, given: tuple[float, float] | None) -> tuple[float, float]:
    """The scale of impact or effort: given, or 0-1, 1-5, 0-10, or the data range."""
    if given is not None:
        return given
    finite = values[np.isfinite(values)]
    if not len(finite):
        return (0.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    for a, b in ((0.0, 1.0), (1.0, 5.0), (0.0, 5.0), (0.0, 10.0), (0.0, 100.0)):
        if a <= lo and hi <= b:
            return (a, b)
    pad = (hi - lo) * 0.1 or 1.0
    return (lo - pad, hi + pad)


def _intervention(colour: object) -> str | None:
    if colour is None or (not isinstance(colour, str) and pd.isna(colour)):
        return None
    key = str(colour).strip().lower()
    key = _INTERVENTION_SYNONYMS.get(key, key)
    return key if key in INTERVENTION_COLOURS else None


@_styled
def impact_effort_chart(
    quick_wins: pd.DataFrame,
    lang: Lang = "nl",
    *,
    impact_scale: tuple[float, float] | None = None,
    effort_scale: tuple[float, float] | None = None,
) -> Figure:
    """Quick wins on impact × effort, with the quadrant "eerst doen" (do first).

    Parameters
    ----------
    quick_wins : DataFrame
        ``id``, ``impact``, ``effort``, ``colour`` (intervention colour:
        blue, yellow, red, green, white, or the Dutch words) and ``label``.
    lang : {"nl", "en"}
    impact_scale, effort_scale : (float, float), optional
        The ends of each scale; by default 0-1, 1-5, 0-5, 0-10 or 0-100,
        whichever holds the values.

    Returns
    -------
    Figure
        Effort left (little) to right (much), impact bottom to top; each
        quick win a dot in its intervention colour (white with a dark edge),
        marked with its id. Dots at the same place are fanned out.
    """
    data = quick_wins.copy()
    impact = pd.to_numeric(data["impact"], errors="coerce").to_numpy(dtype=float)
    effort = pd.to_numeric(data["effort"], errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(impact) & np.isfinite(effort)
    ilo, ihi = _scale(impact, impact_scale)
    elo, ehi = _scale(effort, effort_scale)
    imid, emid = (ilo + ihi) / 2, (elo + ehi) / 2
    fig = _figure(6.4)
    ax = fig.add_subplot()
    # a margin around the scale, so dots at its ends are whole
    epad, ipad = (ehi - elo) * 0.05, (ihi - ilo) * 0.06
    ax.set_xlim(elo - epad, ehi + epad)
    ax.set_ylim(ilo - ipad, ihi + ipad)
    ax.fill_between(
        [elo - epad, emid], imid, ihi + ipad, color=OKABE_ITO["bluish_green"], alpha=0.12, zorder=0
    )
    ax.axvline(emid, color="#BBBBBB", linewidth=1.0, zorder=1)
    ax.axhline(imid, color="#BBBBBB", linewidth=1.0, zorder=1)
    # the quadrants are named outside the plot, where no dot can hide them
    for key, x, y, va in (
        ("q_first", 0.25, 1.0, "bottom"),
        ("q_plan", 0.75, 1.0, "bottom"),
        ("q_fill", 0.25, 0.0, "top"),
        ("q_leave", 0.75, 0.0, "top"),
    ):
        bold = key == "q_first"
        ax.annotate(
            _t(key, lang),
            xy=(x, y),
            xycoords="axes fraction",
            xytext=(0, 4 if va == "bottom" else -4),
            textcoords="offset points",
            ha="center",
            va=va,
            fontsize=11 if bold else 9.5,
            fontweight="bold" if bold else "normal",
            color=INK if bold else MUTED,
        )

    # nudge apart dots that (nearly) share a place, in the plot's proportions
    xs, ys = effort.copy(), impact.copy()
    idx = np.flatnonzero(ok)
    if len(idx) > 1:
        aspect = 4.6 / 7.4  # plot height / width
        unit = np.column_stack(
            [(xs[idx] - elo) / (ehi - elo), (ys[idx] - ilo) / (ihi - ilo) * aspect]
        )
        moved = _separate(unit, np.full(len(idx), 0.016), gap=0.004)
        xs[idx] = elo + moved[:, 0] * (ehi - elo)
        ys[idx] = ilo + moved[:, 1] / aspect * (ihi - ilo)
    kinds = [_intervention(c) for c in data.get("colour", pd.Series([None] * len(data)))]
    face = [INTERVENTION_COLOURS.get(kinds[i] or "", GREY) for i in idx]
    ax.scatter(xs[idx], ys[idx], s=180, c=face, edgecolors=INK, linewidths=1.2, zorder=4)
    ids = [str(v) for v in data["id"]]
    radii = np.full(len(idx), math.sqrt(180) / 2)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(_t("effort", lang), labelpad=18)
    ax.set_ylabel(_t("impact", lang))
    ax.spines["top"].set_visible(True)
    ax.spines["right"].set_visible(True)
    present = [k for k in INTERVENTION_COLOURS if k in set(kinds)]
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=10,
            markerfacecolor=INTERVENTION_COLOURS[k],
            markeredgecolor=INK,
            markeredgewidth=1.2,
            label=INTERVENTION_LABELS[k][lang],
        )
        for k in present
    ]
    if handles:
        _legend_below(ax, handles, min(3, len(handles)))
    _titles(fig, _t("ie_title", lang), _t("ie_note", lang))
    anchors = np.column_stack([xs[idx], ys[idx]]) if len(idx) else np.zeros((0, 2))
    _place_labels(
        fig,
        ax,
        anchors,
        [ids[i] for i in idx],
        radii,
        anchors,
        radii,
        own=range(len(idx)),
        fontsize=9.5,
        weight="bold",
    )
    return fig


# --------------------------------------------------------------------------- segments


@_styled
def segment_chart(
    profile: pd.DataFrame,
    lang: Lang = "nl",
    *,
    x: str = "degree_centrality",
    y: str = "readiness",
    labels: Labels = "org_id",
    segments: pd.DataFrame | None = None,
) -> Figure:
    """Organisations by segment on two axes of their profile.

    Parameters
    ----------
    profile : DataFrame
        ``analysis.organisations``: indexed by ``org_id`` with ``segment``,
        ``segment_label`` (code, see :data:`scan.analysis.segments.LABELS`), ``type``
        and the two feature columns.
    lang : {"nl", "en"}
    x, y : str
        Profile columns for the axes (by default position in the network and
        readiness to collaborate).
    labels : "org_id", "name" or mapping
    segments : DataFrame, optional
        ``analysis.segments.segments`` for the names of the segments (else
        from the codes).

    Returns
    -------
    Figure
        A dot per organisation: shape = segment, colour = kind of
        organisation; readiness bands (3 and 4) as reference lines.
    """
    from scan.analysis.segments import LABELS as SEGMENT_LABELS

    orgs = _org_frame(profile)
    data = orgs.copy()
    data["_x"] = pd.to_numeric(data[x], errors="coerce").astype(float)
    data["_y"] = pd.to_numeric(data[y], errors="coerce").astype(float)
    seg_col = data["segment"] if "segment" in data.columns else pd.Series(pd.NA, index=data.index)
    data["_seg"] = pd.to_numeric(seg_col, errors="coerce")
    sizes = data["_seg"].value_counts().to_dict()
    data = data[np.isfinite(data["_x"]) & np.isfinite(data["_y"])]
    left_out = len(orgs) - len(data)
    seg_names: dict[int, str] = {}
    if segments is not None and len(segments):
        col = f"label_{lang}"
        for _, row in segments.iterrows():
            seg_names[int(row["segment"])] = (
                str(row[col]) if col in segments.columns else str(row["label"])
            )
            if "size" in segments.columns:
                sizes[int(row["segment"])] = int(row["size"])
    elif "segment_label" in data.columns:
        for s, code in (
            data.dropna(subset=["_seg"]).groupby("_seg")["segment_label"].first().items()
        ):
            seg_names[int(s)] = SEGMENT_LABELS.get(str(code), {}).get(lang, str(code))
    fig = _figure(6.2)
    ax = fig.add_subplot()
    markers = ["o", "s", "^", "D", "v", "P", "X", "h"]
    seg_values = sorted(int(s) for s in data["_seg"].dropna().unique())
    seg_handles = []
    for k, s in enumerate([*seg_values, None]):
        part = data[data["_seg"] == s] if s is not None else data[data["_seg"].isna()]
        if part.empty:
            continue
        marker = markers[k % len(markers)] if s is not None else "."
        ax.scatter(
            part["_x"],
            part["_y"],
            s=70,
            marker=marker,
            c=[family_colour(t) for t in part.get("type", [None] * len(part))],
            edgecolors=INK,
            linewidths=0.7,
            zorder=4,
        )
        name = seg_names.get(int(s), str(s)) if s is not None else "–"
        count = sizes.get(s, len(part)) if s is not None else len(part)
        seg_handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=marker,
                markersize=8,
                markerfacecolor="white",
                markeredgecolor=INK,
                label=f"{name} ({fmt.number(count, lang, 0)})",
            )
        )
    if y == "readiness":
        for level, band, va in ((4.0, "strength", "bottom"), (3.0, "concern", "top")):
            ax.axhline(level, color="#BBBBBB", linewidth=0.9, linestyle=(0, (4, 3)), zorder=1)
            ax.annotate(
                BAND_LABELS[band][lang],
                xy=(1.0, level),
                xycoords=("axes fraction", "data"),
                xytext=(-3, 2 if va == "bottom" else -2),
                textcoords="offset points",
                ha="right",
                va=va,
                fontsize=8,
                color=MUTED,
            )
    if x in _PERCENT_FEATURES:
        ax.xaxis.set_major_formatter(NumberFormatter(lang, percent=True))
    else:
        ax.xaxis.set_major_formatter(NumberFormatter(lang))
    ax.yaxis.set_major_formatter(NumberFormatter(lang))
    ax.set_xlabel(FEATURE_LABELS.get(x, {}).get(lang, x))
    ax.set_ylabel(FEATURE_LABELS.get(y, {}).get(lang, y))
    ax.grid(color="#EEEEEE", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.margins(0.08)
    fams = [family_of(t) for t in data.get("type", [])]
    leg1 = Legend(
        ax,
        seg_handles,
        [str(h.get_label()) for h in seg_handles],
        title=_t("segment", lang),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        bbox_transform=ax.transAxes,
        frameon=False,
        alignment="left",
    )
    ax.add_artist(leg1)
    fam_handles = family_handles(fams, lang)
    ax.legend(
        handles=fam_handles,
        title=_t("kind", lang),
        loc="upper left",
        bbox_to_anchor=(1.0, 0.62),
        frameon=False,
        alignment="left",
    )
    note = _t(
        "segment_note", lang, code=" " + _t("map_note_code", lang) if labels == "name" else ""
    )
    if left_out:
        note += " " + _t("segment_left_out", lang, n=fmt.number(left_out, lang, 0))
    _titles(fig, _t("segment_title", lang), note)
    xy = data[["_x", "_y"]].to_numpy(dtype=float)
    texts = [_shorten(_label(v, orgs, labels), 24) for v in data.index]
    codes = [str(v) if labels == "name" else None for v in data.index]
    radii = np.full(len(xy), math.sqrt(70) / 2)
    # outliers first: they are what the reader looks for, and the crowd can fall back to codes
    if len(xy):
        spread = np.nanstd(xy, axis=0)
        spread[spread == 0] = 1.0
        outlying = np.abs((xy - np.nanmedian(xy, axis=0)) / spread).sum(axis=1)
        order = np.argsort(-outlying, kind="stable")
    else:
        order = np.zeros(0, dtype=int)
    _place_labels(
        fig,
        ax,
        xy[order],
        [texts[i] for i in order],
        radii[order],
        xy,
        radii,
        own=order.tolist(),
        fallbacks=[codes[i] for i in order],
        fontsize=7.5,
        skip_crowded=[len(xy) > 80] * len(xy),
    )
    ax.yaxis.set_minor_locator(NullLocator())
    return fig


# --------------------------------------------------------------------------- why a bottleneck

GROUPS_ORDER: tuple[str, ...] = ("criticality", "pressure", "strain")

#: Factor group → colour (Okabe-Ito: position blue, pressure vermillion, strain purple).
GROUP_COLOURS: dict[str, str] = {
    "criticality": OKABE_ITO["blue"],
    "pressure": OKABE_ITO["vermillion"],
    "strain": OKABE_ITO["reddish_purple"],
}


@_styled
def contribution_chart(
    contributions: pd.DataFrame,
    groups: Mapping[str, str],
    group_labels: Mapping[str, str],
    title: str,
    note: str,
    lang: Lang = "nl",
) -> Figure:
    """Why each bottleneck scores as it does: its score split into factor groups.

    Parameters
    ----------
    contributions : DataFrame
        One row per bottleneck (index: label), one column per factor; the
        values are the weighted contributions that add up to the score.
    groups : mapping
        Factor → group (``criticality``, ``pressure``, ``strain``).
    group_labels : mapping
        Group → label in ``lang``.
    title, note : str
        What to see, and how to read it.

    Returns
    -------
    matplotlib.figure.Figure
    """
    frame = contributions.fillna(0.0)
    by_group = pd.DataFrame(
        {
            g: frame[[f for f in frame.columns if groups.get(f) == g]].sum(axis=1)
            for g in GROUPS_ORDER
        }
    ).iloc[::-1]
    fig = _figure(1.2 + 0.45 * len(by_group))
    ax = fig.add_subplot()
    left = np.zeros(len(by_group))
    for group in GROUPS_ORDER:
        values = by_group[group].to_numpy(dtype=float)
        ax.barh(
            by_group.index,
            values,
            left=left,
            color=GROUP_COLOURS[group],
            label=group_labels[group],
            height=0.6,
        )
        left += values
    for y, total in enumerate(left):
        ax.text(total + 0.01, y, decimal(float(total), lang, 2), va="center", fontsize=9)
    ax.set_xlim(0, max(1.0, float(left.max()) + 0.1) if len(left) else 1.0)
    ax.xaxis.set_major_formatter(NumberFormatter(lang, decimals=1))
    _legend_below(ax, ax.get_legend_handles_labels()[0], ncol=3)
    _titles(fig, title, note)
    return fig
