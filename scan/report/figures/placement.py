"""Where labels go: next to their point, clear of other labels and points.

Used by the network maps and the scatter charts; every position is computed
in display pixels after the figure has been laid out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

from scan.report.figures.style import INK

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
