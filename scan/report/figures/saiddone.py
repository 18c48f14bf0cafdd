"""Said against done: every pair of organisations on tie strength × clients between them.

One picture an adviser reads in seconds: to the right many clients move
between the two, higher up they say they work together more often. Bottom
right (many clients, no or a weak tie) is the missing link; top left (a strong
tie, no clients) the tie without clients.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from scan.data.schema import FREQUENCIES
from scan.disclosure import SUPPRESSION_THRESHOLD
from scan.report.figures.placement import _place_labels, _separate
from scan.report.figures.style import (
    INK,
    MUTED,
    OKABE_ITO,
    Labels,
    _count,
    _dot,
    _figure,
    _label,
    _legend_below,
    _org_frame,
    _shorten,
    _styled,
    _titles,
)
from scan.text import Lang, counted, t

__all__ = ["said_done_chart", "tie_label"]

#: The colour of what a pair shows; plain pairs are light grey.
KIND_COLOURS: dict[str, str] = {
    "missing_link": OKABE_ITO["vermillion"],
    "tie_without_flow": OKABE_ITO["blue"],
    "unknown_link": OKABE_ITO["yellow"],
}
_PLAIN = "#CCCCCC"
#: Horizontal units per tenfold more clients.
_DECADE = 2.5
#: The row of a pair whose tie nobody could report.
_UNKNOWN_ROW = -1


def _x(clients: float, threshold: int) -> float:
    """The horizontal place of a number of clients: 0, then ``<threshold``, then a log scale."""
    if clients <= 0:
        return 0.0
    if clients < threshold:
        return 1.0
    return 2.0 + _DECADE * math.log10(clients / max(threshold, 1))


def _ticks(top: float, threshold: int, lang: Lang) -> tuple[list[float], list[str]]:
    """Ticks 0, ``<threshold``, the threshold, then 1-2-5 steps up to ``top`` clients."""
    where, text = [0.0, 1.0], ["0", f"<{threshold}"]
    if top < max(threshold, 1):
        return where, text
    steps = [max(threshold, 1)]
    base = 1
    while base <= top:
        steps += [v for v in (base, 2 * base, 5 * base) if steps[0] < v <= top]
        base *= 10
    for v in sorted(set(steps)):
        where.append(_x(v, threshold))
        text.append(_count(v, lang, threshold))
    return where, text


def tie_label(level: int | None, lang: Lang) -> str:
    """A tie level in words: unknown (None), no tie (0), yearly … daily.

    Examples
    --------
    >>> tie_label(None, "nl"), tie_label(0, "en"), tie_label(4, "nl")
    ('onbekend', 'no tie', 'wekelijks')
    """
    if level is None or level == _UNKNOWN_ROW:
        return t("figure.sd_tie_unknown", lang)
    if level == 0:
        return t("figure.sd_tie_none", lang)
    return t(f"template.choice.{FREQUENCIES[level]}", lang)


@_styled
def said_done_chart(
    pairs: pd.DataFrame,
    organisations: pd.DataFrame | None,
    lang: Lang = "nl",
    *,
    labels: Labels = "org_id",
    threshold: int = SUPPRESSION_THRESHOLD,
    heavy_clients: float,
    weak_level: int,
    strong_level: int,
    top: int = 10,
) -> Figure:
    """Each pair of organisations on clients between them (x) and their tie (y).

    Parameters
    ----------
    pairs : DataFrame
        ``analysis.said_done.pairs`` (:func:`scan.analysis.saiddone.pair_table`):
        ``org_a``, ``org_b``, ``clients``, ``tie_level``, ``kind``.
    organisations : DataFrame
        ``name`` (for ``labels="name"``).
    lang : {"nl", "en"}
    labels : "org_id", "name" or mapping
    threshold : int
        Pairs with fewer clients (but some) sit together at ``<threshold``:
        the place never gives the small number away.
    heavy_clients, weak_level, strong_level
        The bounds of the two marked zones: the analysis' ``heavy_flow_clients``,
        ``weak_tie_level`` and ``strong_tie_level``.
    top : int
        At most this many marked pairs are named, most clients first.

    Returns
    -------
    Figure
        Rows: tie unknown (neither answered), no tie, yearly … daily.
        Bottom right (vermillion): many clients, no or a weak tie. Top left
        (blue): a strong tie, no clients. Pairs whose clients are unknown are
        left out (the note says how many).
    """
    orgs = _org_frame(organisations)
    clients = pd.to_numeric(pairs["clients"], errors="coerce").to_numpy(dtype=float)
    known = np.isfinite(clients)
    frame = pairs[known].reset_index(drop=True)
    clients = clients[known]
    levels = np.array(
        [_UNKNOWN_ROW if pd.isna(v) else int(v) for v in frame["tie_level"]], dtype=float
    )
    xs = np.array([_x(c, threshold) for c in clients], dtype=float)
    ys = levels.copy()
    x_top = max([_x(max(float(heavy_clients), 1.0), threshold) + 1.0, *xs, 3.0])
    fig = _figure(5.6)
    ax = fig.add_subplot()
    ax.set_xlim(-0.5, x_top + 0.4)
    ax.set_ylim(_UNKNOWN_ROW - 0.6, len(FREQUENCIES) - 0.4)
    heavy_x = _x(float(heavy_clients), threshold)
    ax.axhspan(_UNKNOWN_ROW - 0.6, _UNKNOWN_ROW + 0.5, color="#F2F2F2", zorder=0)
    ax.fill_between(
        [heavy_x - 0.15, x_top + 0.4],
        -0.5,
        weak_level + 0.5,
        color=KIND_COLOURS["missing_link"],
        alpha=0.12,
        zorder=0,
    )
    ax.fill_between(
        [-0.5, 0.5],
        strong_level - 0.5,
        len(FREQUENCIES) - 0.4,
        color=KIND_COLOURS["tie_without_flow"],
        alpha=0.12,
        zorder=0,
    )
    zone: dict[str, Any] = {"fontsize": 9, "fontweight": "bold", "color": MUTED}
    missing_zone = t("figure.sd_zone_missing", lang)
    ax.text(x_top + 0.3, -0.45, missing_zone, ha="right", va="bottom", **zone)
    ax.annotate(
        t("figure.sd_zone_idle", lang),
        xy=(-0.4, 1.0),
        xycoords=("data", "axes fraction"),
        xytext=(0, 3),
        textcoords="offset points",
        ha="left",
        va="bottom",
        **zone,
    )

    kinds = np.array([str(k) if isinstance(k, str) else "" for k in frame["kind"]], dtype=object)
    # no clients or fewer than the threshold: one bubble per place and kind, with its pairs
    few = clients < threshold
    cells = pd.DataFrame({"x": xs[few], "y": ys[few], "kind": kinds[few]})
    cells = cells.groupby(["x", "y", "kind"], sort=True).size().rename("n").reset_index()
    offset = {"": 0.0, "tie_without_flow": 0.0, "missing_link": 0.28, "unknown_link": 0.28}
    bx = cells["x"].to_numpy(dtype=float) + [offset.get(k, 0.0) for k in cells["kind"]]
    by = cells["y"].to_numpy(dtype=float)
    bn = cells["n"].to_numpy(dtype=int)
    bsize = np.minimum(40.0 + 28.0 * (np.sqrt(bn) - 1.0), 320.0)
    bcolour = [KIND_COLOURS.get(k, _PLAIN) for k in cells["kind"]]
    ax.scatter(bx, by, s=bsize, c=bcolour, edgecolors=INK, linewidths=0.6, zorder=4)
    for x, y, n, k in zip(bx, by, bn, cells["kind"], strict=True):
        if n > 1:
            colour = "white" if k in ("missing_link", "tie_without_flow") else INK
            ax.text(x, y, str(n), ha="center", va="center", fontsize=7, color=colour, zorder=5)
    # the others one dot each, fanned out where they (nearly) share a place
    many = np.flatnonzero(~few)
    dx, dy = xs[many], ys[many]
    if len(many) > 1:
        width, height = x_top + 0.9, len(FREQUENCIES) + 1.2
        unit = np.column_stack([dx / width, dy / height * 0.62])
        moved = _separate(unit, np.full(len(many), 0.009), gap=0.002)
        dx, dy = moved[:, 0] * width, moved[:, 1] / 0.62 * height
    dkinds = kinds[many]
    dsize = np.array([80.0 if k else 36.0 for k in dkinds])
    dcolour = [KIND_COLOURS.get(k, _PLAIN) for k in dkinds]
    ax.scatter(dx, dy, s=dsize, c=dcolour, edgecolors=INK, linewidths=0.6, zorder=4)

    where, text = _ticks(float(clients.max()) if len(clients) else 0.0, threshold, lang)
    ax.set_xticks(where, text)
    rows = list(range(_UNKNOWN_ROW, len(FREQUENCIES)))
    ax.set_yticks(rows, [tie_label(r, lang) for r in rows])
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel(t("figure.sd_x", lang))
    ax.set_ylabel(t("figure.sd_y", lang))
    ax.grid(axis="y", color="#EEEEEE", linewidth=0.6)
    ax.set_axisbelow(True)
    present = [k for k in KIND_COLOURS if k in set(kinds)]
    handles = [_dot(KIND_COLOURS[k], t(f"figure.sd_kind_{k}", lang), edge=0.6) for k in present]
    if handles:
        _legend_below(ax, handles, len(handles))
    unknown_flows = int((~known).sum())
    note = t("figure.sd_note", lang, t=threshold)
    if unknown_flows:
        note += counted("figure.sd_note_unknown", unknown_flows, lang, n=unknown_flows)
    _titles(fig, t("figure.sd_title", lang), note)

    # the pairs that call for a conversation are named, most clients first
    order = np.argsort(-clients[many], kind="stable")
    marked = [int(j) for j in order if dkinds[j] in ("missing_link", "unknown_link")][:top]
    names = [
        f"{_shorten(_label(frame.at[many[j], 'org_a'], orgs, labels), 24)} – "
        f"{_shorten(_label(frame.at[many[j], 'org_b'], orgs, labels), 24)}"
        for j in marked
    ]
    anchors = np.column_stack([np.concatenate([dx, bx]), np.concatenate([dy, by])])
    radii = np.sqrt(np.concatenate([dsize, bsize])) / 2
    _place_labels(
        fig,
        ax,
        anchors[marked] if marked else np.zeros((0, 2)),
        names,
        radii[marked] if marked else np.zeros(0),
        anchors,
        radii,
        own=marked,
        fontsize=8,
    )
    return fig
