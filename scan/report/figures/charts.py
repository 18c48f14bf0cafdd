"""The charts: flows, pressure, readiness, gaps, quick wins, segments, bottleneck scores.

Each a pure function from a table of the analysis (or the diagnosis) and a
language to a :class:`matplotlib.figure.Figure`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.collections import LineCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import NullLocator

from scan.data.schema import DIMENSIONS, LAYERS
from scan.disclosure import SUPPRESSION_THRESHOLD, complement_table
from scan.report.figures.placement import _place_labels, _separate, _spread
from scan.report.figures.style import (
    _BAND_TINT,
    _INTERVENTION_SYNONYMS,
    BAND_COLOURS,
    FAMILIES,
    FAMILY_COLOURS,
    GREY,
    GROUP_COLOURS,
    GROUPS_ORDER,
    INK,
    INTERVENTION_COLOURS,
    MUTED,
    OKABE_ITO,
    WIDTH,
    Labels,
    NumberFormatter,
    _code_label,
    _count,
    _dot,
    _figure,
    _label,
    _legend_below,
    _org_frame,
    _org_type,
    _period_label,
    _shorten,
    _styled,
    _titles,
    _wrap,
    decimal,
    family_colour,
    family_handles,
    family_of,
)
from scan.text import Lang, counted, fmt, t

__all__ = [
    "contribution_chart",
    "flow_chart",
    "flow_family_chart",
    "gap_chart",
    "impact_effort_chart",
    "pressure_chart",
    "readiness_chart",
    "segment_chart",
]


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
    threshold: int = SUPPRESSION_THRESHOLD,
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
    pairs = pairs.sort_values(["clients", "from_org", "to_org"], ascending=[False, True, True])
    pairs = pairs[pairs["clients"] > 0].reset_index(drop=True)
    # the map shows every organisation's inflow and outflow: a small pair left out must not
    # follow from them and the bars, so a second pair of its sender and receiver goes too
    shown = pairs.index.isin(pairs.index[pairs["clients"] >= max(threshold, 1)][:top])
    hidden = complement_table(
        pairs["clients"],
        [pairs["from_org"], pairs["to_org"]],
        threshold,
        unshown=pd.Series(~shown, index=pairs.index),
    )
    rows = pairs[shown & ~hidden.to_numpy(bool)].iloc[::-1]
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
    ax.set_xlabel(t("figure.flow_axis", lang))
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    _legend_below(ax, family_handles(fams, lang, marker="s"), min(4, max(1, len(set(fams)))))
    note = t(
        "figure.flow_note", lang, small=t("figure.flow_small", lang, t=threshold) if small else ""
    )
    _titles(fig, t("figure.flow_title", lang), note)
    return fig


@_styled
def flow_family_chart(
    shares: pd.DataFrame,
    organisations: pd.DataFrame | None,
    lang: Lang = "nl",
    *,
    threshold: int = SUPPRESSION_THRESHOLD,
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
    names = [_wrap(t(f"family.{f}", lang), 14) for f in present]
    ax.set_xticks(range(k), names, fontsize=8)
    ax.set_yticks(range(k), [t(f"family.{f}", lang) for f in present])
    ax.xaxis.tick_top()
    ax.set_ylabel(t("figure.from", lang))
    ax.set_xlabel(t("figure.to", lang))
    ax.xaxis.set_label_position("top")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    _titles(
        fig, t("figure.family_flow_title", lang), t("figure.family_flow_note", lang, t=threshold)
    )
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
        t("figure.full", lang),
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
    ax.set_ylabel(t("figure.pressure_axis", lang))
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)

    note = t(
        "figure.pressure_note",
        lang,
        more=t("figure.pressure_more", lang, n=max_labels) if len(series) > max_labels else "",
    )
    _titles(fig, t("figure.pressure_title", lang), note)
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
    """The readiness band of a shown score: the one rule, on the score as written."""
    from scan.analysis.readiness import band

    return band(score) or "concern"


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
            label=t(f"figure.band_{b}", lang),
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
        word = t("figure.region", lang) if key == "__region__" else _code_label("layer", key, lang)
        if n_resp is not None and pd.notna(n_resp):
            word += f"\n(n = {fmt.number(float(n_resp), lang, 0)})"
        heads.append(word)
    ax.set_xticks(range(m), heads)
    ax.xaxis.tick_top()
    row_names = [
        t("figure.overall", lang) if d == "overall" else _code_label("dimension", d, lang)
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
    _titles(fig, t("figure.readiness_title", lang), t("figure.readiness_note", lang))
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
        names = (_code_label("layer", a, lang), _code_label("layer", b, lang))
        handles.append(
            Line2D(
                [],
                [],
                color=colour,
                marker=marker,
                markersize=7,
                linewidth=1.6,
                markerfacecolor=colour,
                label=t("figure.vs", lang, a=names[0], b=names[1]),
            )
        )
    ax.axvline(0, color=INK, linewidth=1.0, zorder=1)
    ax.set_yticks(range(len(dims)), [_code_label("dimension", d, lang) for d in dims])
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
    ax.set_xlabel(t("figure.gap_axis", lang))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    _legend_below(ax, handles, min(3, max(1, len(handles))))
    note = t("figure.gap_note", lang, ci=fmt.percent(ci_level, lang))
    _titles(fig, t("figure.gap_title", lang), note)
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
            t(f"figure.{key}", lang),
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
    ax.set_xlabel(t("figure.effort", lang), labelpad=18)
    ax.set_ylabel(t("figure.impact", lang))
    ax.spines["top"].set_visible(True)
    ax.spines["right"].set_visible(True)
    present = [k for k in INTERVENTION_COLOURS if k in set(kinds)]
    handles = [
        _dot(INTERVENTION_COLOURS[k], t(f"colour.{k}", lang), size=10, edge=1.2) for k in present
    ]
    if handles:
        _legend_below(ax, handles, min(3, len(handles)))
    _titles(fig, t("figure.ie_title", lang), t("figure.ie_note", lang))
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

_PERCENT_FEATURES = frozenset({"degree_centrality"})


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
        ``segment_label`` (code, see :data:`scan.text.labels.SEGMENT_LABELS`), ``type``
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
            seg_names[int(s)] = _code_label("segment", str(code), lang)
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
                t(f"band.{band}", lang),
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
    ax.set_xlabel(_code_label("feature", x, lang))
    ax.set_ylabel(_code_label("feature", y, lang))
    ax.grid(color="#EEEEEE", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.margins(0.08)
    fams = [family_of(t) for t in data.get("type", [])]
    leg1 = Legend(
        ax,
        seg_handles,
        [str(h.get_label()) for h in seg_handles],
        title=t("figure.segment", lang),
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
        title=t("figure.kind", lang),
        loc="upper left",
        bbox_to_anchor=(1.0, 0.62),
        frameon=False,
        alignment="left",
    )
    note = t(
        "figure.segment_note",
        lang,
        code=" " + t("figure.map_note_code", lang) if labels == "name" else "",
    )
    if left_out:
        note += " " + counted(
            "figure.segment_left_out", left_out, lang, n=fmt.number(left_out, lang, 0)
        )
    _titles(fig, t("figure.segment_title", lang), note)
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
