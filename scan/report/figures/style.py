"""The look shared by every figure: palette, type families, fonts, numbers and names.

The colours (Okabe-Ito, one per family of organisation types), the matplotlib
style every figure is drawn in (:func:`_styled`), a new figure on the Agg
canvas (:func:`_figure`), titles and notes, legends under the axes, numbers
per language (:class:`NumberFormatter`) and what an organisation is called
(``labels``).

Examples
--------
>>> family_of("huisartsenpost"), family_of("gemeente"), family_of("onbekend")
('primary', 'social', 'other')
>>> FAMILY_COLOURS[family_of("ziekenhuis")]
'#D55E00'
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import wraps
from typing import Any, Literal, ParamSpec, TypeVar

import matplotlib as mpl
import networkx as nx
import numpy as np
import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.ticker import Formatter
from matplotlib.transforms import offset_copy

from scan.text import CATALOGUE, Lang, fmt, t
from scan.text.labels import FAMILY_LABELS

__all__ = [
    "BAND_COLOURS",
    "FAMILIES",
    "FAMILY_COLOURS",
    "FAMILY_LABELS",
    "GREY",
    "GROUPS_ORDER",
    "GROUP_COLOURS",
    "INK",
    "INTERVENTION_COLOURS",
    "MUTED",
    "OKABE_ITO",
    "TYPE_FAMILY",
    "WIDTH",
    "Labels",
    "NumberFormatter",
    "decimal",
    "family_colour",
    "family_handles",
    "family_legend",
    "family_of",
]

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

#: The factor groups of a bottleneck score, in the order they are stacked.
GROUPS_ORDER: tuple[str, ...] = ("criticality", "pressure", "strain")

#: Factor group → colour (Okabe-Ito: position blue, pressure vermillion, strain purple).
GROUP_COLOURS: dict[str, str] = {
    "criticality": OKABE_ITO["blue"],
    "pressure": OKABE_ITO["vermillion"],
    "strain": OKABE_ITO["reddish_purple"],
}


# --------------------------------------------------------------------------- words


def _code_label(group: str, code: str, lang: Lang) -> str:
    """A code's label (``type``, ``layer``, ``dimension``, ``feature``, ``segment``); the
    code itself when the catalogue does not know it (a code from the data)."""
    key = f"{group}.{code}"
    return t(key, lang) if key in CATALOGUE else code


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
    # text is text: a name such as "Ziekenhuis $^$ B.V." or "$x$" is drawn as it is typed,
    # never parsed as mathtext (every Text reads this when it is made, see _ReportFigure)
    "text.parse_math": False,
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


class _ReportFigure(Figure):
    """A figure that is drawn in the report's style, also when it is saved outside it.

    Every text (title, annotation, legend, tick label) reads the style when it
    is made; some are made only when the figure is drawn: the tick labels of a
    categorical axis (names on ``barh``), ticks added by the layout. So the
    drawing runs in the style too, and no text of the data is ever parsed as
    mathtext, whoever calls ``savefig``.
    """

    def draw(self, renderer: Any) -> None:
        with mpl.rc_context(_STYLE):  # type: ignore[arg-type]
            super().draw(renderer)


def _figure(height: float, width: float = WIDTH) -> Figure:
    """A new figure on the Agg canvas, laid out by the constrained layout engine."""
    fig = _ReportFigure(
        figsize=(width, height), layout=ConstrainedLayoutEngine(w_pad=0.06, h_pad=0.06)
    )
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


def _dot(colour: str, label: str, marker: str = "o", size: float = 8, edge: float = 0.5) -> Line2D:
    """A legend handle: a coloured marker with a dark edge, and its label."""
    return Line2D(
        [],
        [],
        linestyle="none",
        marker=marker,
        markersize=size,
        markerfacecolor=colour,
        markeredgecolor=INK,
        markeredgewidth=edge,
        label=label,
    )


def family_handles(families: Iterable[str], lang: Lang, marker: str = "o") -> list[Line2D]:
    """Legend handles (a coloured dot and the family's name), in :data:`FAMILIES` order."""
    present = set(families)
    return [
        _dot(FAMILY_COLOURS[f], t(f"family.{f}", lang), marker) for f in FAMILIES if f in present
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
