"""``reports/index.html``: every region's report linked, and the regions side by side.

One self-contained HTML file that works offline, like the reports: the
report's own stylesheet (``scan/html/templates/netwerkscan/report.css``) inlined,
no script, figures embedded as PNG. It holds

* the batch: regions rendered, regions that failed with their one-line reason
  (and a link to their previous report, which a failed run leaves in place);
* key figures per region: size, ties, density, response rate, mean trust, the
  top bottleneck, the number of quick wins;
* readiness per dimension per region, coloured by band;
* benchmark charts: every region on each key figure with the median of all
  regions, and per region the same chart with that region highlighted, so an
  adviser can say "your region compared with the others".

The figures come from what each region's run wrote, nothing is computed
again: ``findings.json`` (``data`` block, ``bottlenecks``, ``quick_wins``) and
``monitor.json`` (the network's ties, density and mean trust, and readiness
per dimension for the whole region, already suppressed below the threshold).

Every sentence and label is in :data:`TEXT` (Dutch and English).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scan.data.schema import DIMENSIONS
from scan.files import write_text_atomic
from scan.followup.rounds import ALL_LAYERS
from scan.html.pages import render
from scan.text import fmt
from scan.text.messages import BAND_LABELS, DIMENSION_LABELS, Lang

if TYPE_CHECKING:
    from scan.batch.results import RegionResult

#: What a region's run writes that the index reads.
FINDINGS, MONITOR = "findings.json", "monitor.json"

#: Every sentence and label of the index page.
TEXT: dict[str, dict[Lang, str]] = {
    "title": {
        "nl": "Netwerkscan: overzicht van de regio's",
        "en": "Network scan: overview of the regions",
    },
    "kicker": {"nl": "Onafhankelijke analyse", "en": "Independent analysis"},
    "meta": {
        "nl": "{n} regio's · gemaakt op {date}",
        "en": "{n} regions · made on {date}",
    },
    "intro": {
        "nl": "Deze pagina verwijst naar het rapport van elke regio en zet de regio's naast "
        "elkaar. Zo kunt u zien hoe een regio zich verhoudt tot de andere: de kerncijfers, "
        "het grootste knelpunt, het aantal snelle successen en de bereidheid tot samenwerken.",
        "en": "This page links each region's report and sets the regions side by side, so you "
        "can see how a region compares with the others: the key figures, the main bottleneck, "
        "the number of quick wins and the readiness to collaborate.",
    },
    "section_regions": {"nl": "Kerncijfers per regio", "en": "Key figures per region"},
    "section_readiness": {
        "nl": "Bereidheid tot samenwerken per regio",
        "en": "Readiness to collaborate per region",
    },
    "section_benchmark": {
        "nl": "Uw regio vergeleken met de andere",
        "en": "Your region compared with the others",
    },
    "section_failed": {"nl": "Regio's zonder nieuw rapport", "en": "Regions without a new report"},
    "col_region": {"nl": "Regio", "en": "Region"},
    "col_organisations": {"nl": "Organisaties", "en": "Organisations"},
    "col_ties": {"nl": "Relaties", "en": "Ties"},
    "col_density": {"nl": "Dichtheid", "en": "Density"},
    "col_response": {"nl": "Respons", "en": "Response"},
    "col_trust": {"nl": "Gem. vertrouwen (1-4)", "en": "Mean trust (1-4)"},
    "col_bottleneck": {"nl": "Grootste knelpunt", "en": "Main bottleneck"},
    "col_bottleneck_score": {"nl": "Score", "en": "Score"},
    "col_quick_wins": {"nl": "Snelle successen", "en": "Quick wins"},
    "col_overall": {"nl": "gemiddeld", "en": "overall"},
    "col_reason": {"nl": "Reden", "en": "Reason"},
    "col_previous": {"nl": "Vorig rapport", "en": "Previous report"},
    "no_bottleneck": {"nl": "geen", "en": "none"},
    "unknown": {"nl": "–", "en": "–"},
    "previous_link": {"nl": "vorige versie", "en": "previous version"},
    "no_previous": {"nl": "geen", "en": "none"},
    "caption_regions": {
        "nl": "Dichtheid: het deel van de mogelijke relaties dat de respondenten noemen. "
        "Respons: het deel van de organisaties dat de netwerkenquête invulde. "
        "Vertrouwen: gemiddelde van de beoordelingen op een schaal van 1 tot 4.",
        "en": "Density: the share of possible ties the respondents name. Response: the share "
        "of organisations that answered the network survey. Trust: mean rating on a 1-4 scale.",
    },
    "caption_readiness": {
        "nl": "Gemiddelde score van de respondenten (1-5): 4 of hoger is een sterk punt, "
        "3 tot 4 een punt om te bespreken, onder 3 een zorgpunt.",
        "en": "Mean score of the respondents (1-5): 4 or more is a strength, 3 to 4 a point "
        "to discuss, below 3 a concern.",
    },
    "failed_intro": {
        "nl": "Bij deze regio's ging het maken van het rapport mis. Een eventueel eerder rapport "
        "is blijven staan.",
        "en": "The report of these regions could not be made. Any earlier report was left "
        "in place.",
    },
    "chart_all": {
        "nl": "Alle regio's op elk kerncijfer; de streep is de mediaan van de regio's.",
        "en": "Every region on each key figure; the line is the median of the regions.",
    },
    "chart_region": {
        "nl": "{region} (rood) vergeleken met de andere regio's (grijs); de streep is de mediaan.",
        "en": "{region} (red) compared with the other regions (grey); the line is the median.",
    },
    "chart_region_summary": {
        "nl": "{region} vergeleken met de andere regio's",
        "en": "{region} compared with the other regions",
    },
    "metric_organisations": {"nl": "organisaties", "en": "organisations"},
    "metric_density": {"nl": "dichtheid", "en": "density"},
    "metric_response": {"nl": "respons", "en": "response rate"},
    "metric_trust": {"nl": "gemiddeld vertrouwen", "en": "mean trust"},
    "metric_bottleneck": {"nl": "score grootste knelpunt", "en": "main bottleneck score"},
    "metric_quick_wins": {"nl": "snelle successen", "en": "quick wins"},
    "metric_readiness": {"nl": "bereidheid (gemiddeld)", "en": "readiness (overall)"},
    "position": {
        "nl": "{region} staat op {metric} op plaats {rank} van {n}.",
        "en": "{region} ranks {rank} of {n} on {metric}.",
    },
    "footer": {
        "nl": "Gemaakt met netwerkscan. De cijfers komen uit het bestand findings.json van elke "
        "regio.",
        "en": "Made with netwerkscan. The figures come from each region's findings.json.",
    },
}


def text(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A sentence or label of the index page, filled in.

    Examples
    --------
    >>> text("position", "en", region="Noord", metric="density", rank=2, n=5)
    'Noord ranks 2 of 5 on density.'
    """
    return TEXT[key][lang].format(**fields)


# -- the figures of one region ---------------------------------------------------------------


def _num(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


@dataclass
class RegionRow:
    """One region on the index page.

    Attributes
    ----------
    key : str
        Folder name.
    name : str
        The region's name (``findings.json``), else its key.
    ok : bool
        Rendered in this batch.
    reason : str
        Why not (one line).
    report : str
        Link to ``report.html`` relative to the index (empty: none).
    figures : dict
        ``organisations``, ``ties``, ``density``, ``response_rate``,
        ``mean_trust``, ``bottleneck`` (name), ``bottleneck_score``,
        ``quick_wins``; None when unknown.
    readiness : dict
        Dimension → region score (1-5).
    """

    key: str
    name: str
    ok: bool
    reason: str = ""
    report: str = ""
    figures: dict[str, Any] = field(default_factory=dict)
    readiness: dict[str, float] = field(default_factory=dict)


def read_region(
    key: str, out_dir: Path, index_dir: Path, ok: bool = True, reason: str = ""
) -> RegionRow:
    """The index row of a region from what its run wrote (findings and monitor)."""
    findings = _read_json(out_dir / FINDINGS)
    monitor = _read_json(out_dir / MONITOR)
    data = findings.get("data", {})
    network = monitor.get("network") or {}
    report = out_dir / "report.html"
    link = os.path.relpath(report, index_dir).replace(os.sep, "/") if report.is_file() else ""
    bottlenecks = findings.get("bottlenecks") or []
    top = bottlenecks[0] if bottlenecks else None
    top_name = None
    if top is not None:
        orgs = top.get("organisations") or []
        top_name = (orgs[0].get("name") or orgs[0].get("org_id")) if orgs else top.get("id")
    figures = {
        "organisations": data.get("organisations"),
        "ties": network.get("ties"),
        "density": _num(network.get("density")),
        "response_rate": _num(data.get("response_rate")),
        "mean_trust": _num(network.get("mean_trust")),
        "bottleneck": top_name,
        "bottleneck_score": _num(top.get("score")) if top is not None else None,
        "quick_wins": len(findings["quick_wins"]) if "quick_wins" in findings else None,
    }
    readiness = {
        str(r.get("dimension")): r.get("mean")
        for r in monitor.get("readiness") or []
        if r.get("layer") == ALL_LAYERS
    }
    name = str(findings.get("region", {}).get("name") or key)
    return RegionRow(
        key=key,
        name=name,
        ok=ok,
        reason=reason,
        report=link,
        figures=figures,
        readiness={str(k): float(v) for k, v in readiness.items() if _num(v) is not None},
    )


# -- the benchmark chart ---------------------------------------------------------------------

#: The figures on the benchmark chart: (figure key, label key, format).
METRICS: tuple[tuple[str, str, str], ...] = (
    ("organisations", "metric_organisations", "int"),
    ("density", "metric_density", "pct"),
    ("response_rate", "metric_response", "pct"),
    ("mean_trust", "metric_trust", "num"),
    ("readiness", "metric_readiness", "num"),
    ("bottleneck_score", "metric_bottleneck", "num"),
    ("quick_wins", "metric_quick_wins", "int"),
)


def _metric(row: RegionRow, key: str) -> float | None:
    if key == "readiness":
        return row.readiness.get("overall")
    return _num(row.figures.get(key))


def benchmark_chart(
    rows: Sequence[RegionRow], lang: Lang = "nl", highlight: str | None = None
) -> Any:
    """Every region on each key figure, one strip per figure, the median marked.

    Parameters
    ----------
    rows : sequence of RegionRow
    lang : {"nl", "en"}
    highlight : str, optional
        The key of the region drawn in red (the others grey).

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fig, axes = plt.subplots(len(METRICS), 1, figsize=(7.5, 0.62 * len(METRICS) + 0.4))
    for ax, (key, label, kind) in zip(axes, METRICS, strict=True):
        known = [(i, r.key, v) for i, r in enumerate(rows) if (v := _metric(r, key)) is not None]
        # a fixed small vertical spread, so regions with the same value stay visible
        ys = {i: ((i * 0.618034) % 1.0 - 0.5) * 0.6 for i, _, _ in known}
        others = [(v, ys[i]) for i, k, v in known if k != highlight]
        ax.scatter(
            [v for v, _ in others],
            [y for _, y in others],
            s=30,
            color="#9aa5b1",
            alpha=0.8,
            zorder=2,
        )
        mine = [(v, ys[i]) for i, k, v in known if k == highlight]
        if mine:
            ax.scatter([mine[0][0]], [0.0], s=90, color="#b3261e", zorder=3)
        xs = sorted(v for _, _, v in known)
        decimals = 2
        if xs:
            mid = len(xs) // 2
            median = xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2
            ax.axvline(median, color="#0b5fa5", lw=1.5, zorder=1)
            lo, hi = xs[0], xs[-1]
            pad = (hi - lo) * 0.08 or max(abs(hi) * 0.1, 0.05)
            ax.set_xlim(lo - pad, hi + pad)
            decimals = _decimals(kind, hi - lo + 2 * pad)
        ax.set_ylim(-0.6, 0.6)
        ax.set_yticks([])
        ax.set_ylabel(text(label, lang), rotation=0, ha="right", va="center", fontsize=9)
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="x", labelsize=8)
        ax.xaxis.set_major_locator(MaxNLocator(5, integer=kind == "int"))
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda x, _pos, k=kind, d=decimals: _format(x, k, lang, d))
        )
    fig.tight_layout(h_pad=0.6)
    return fig


def _decimals(kind: str, span: float) -> int:
    """Decimals for axis ticks over ``span`` (percentages: of the share 0-1)."""
    if kind == "int":
        return 0
    scale = 100.0 if kind == "pct" else 1.0
    step = span * scale / 5
    return 0 if step >= 1 else 1 if step >= 0.1 else 2 if step >= 0.01 else 3


def _format(value: Any, kind: str, lang: Lang, decimals: int | None = None) -> str:
    """A figure for the page: ``int``, ``pct`` (share as %) or ``num`` (2 decimals)."""
    x = _num(value)
    if x is None:
        return text("unknown", lang)
    if kind == "pct":
        return fmt.percent(x, lang, decimals or 0)
    if kind == "int":
        return fmt.number(round(x), lang, 0)
    return fmt.number(x, lang, 2 if decimals is None else decimals, fixed=True)


def _png(fig: Any) -> str:
    import base64
    import io

    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _rank(rows: Sequence[RegionRow], row: RegionRow, key: str) -> tuple[int, int] | None:
    """The region's place (1 = highest) among the regions with this figure."""
    mine = _metric(row, key)
    values = [v for r in rows if (v := _metric(r, key)) is not None]
    if mine is None:
        return None
    return 1 + sum(1 for v in values if v > mine), len(values)


# -- the page --------------------------------------------------------------------------------

#: The key-figures table after the region: (figure key, label key, format; "" for text).
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("organisations", "col_organisations", "int"),
    ("ties", "col_ties", "int"),
    ("density", "col_density", "pct"),
    ("response_rate", "col_response", "pct"),
    ("mean_trust", "col_trust", "num"),
    ("bottleneck", "col_bottleneck", ""),
    ("bottleneck_score", "col_bottleneck_score", "num"),
    ("quick_wins", "col_quick_wins", "int"),
)


def _band(score: float) -> str:
    from scan.analysis.readiness import band

    return band(score) or ""


def build_index(rows: Sequence[RegionRow], lang: Lang = "nl", today: dt.date | None = None) -> str:
    """The index page as one HTML string (self-contained, no script, no external link).

    Parameters
    ----------
    rows : sequence of RegionRow
        Every region of the batch; failed ones are listed apart with their reason.
    lang : {"nl", "en"}
    today : datetime.date, optional
        The date on the page (default: today).

    Returns
    -------
    str
    """
    day = today or dt.date.today()
    rows = _unique_names(rows)
    shown = [r for r in rows if r.ok and r.figures.get("organisations") is not None]
    return render(
        "index.html.j2",
        lang=lang,
        title=text("title", lang),
        t=lambda key, **fields: text(key, lang, **fields),
        n_regions=len(rows),
        date=fmt.date(day, lang),
        columns=COLUMNS,
        regions=[(row, _figure_cells(row, lang)) for row in shown],
        failed=[r for r in rows if not r.ok],
        readiness=_readiness(shown, lang),
        benchmark=_benchmark(shown, lang) if shown else None,
    )


def _unique_names(rows: Sequence[RegionRow]) -> list[RegionRow]:
    """The rows, with the folder name added to a region name that occurs more than once."""
    from collections import Counter
    from dataclasses import replace

    seen = Counter(r.name for r in rows)
    return [replace(r, name=f"{r.name} ({r.key})") if seen[r.name] > 1 else r for r in rows]


def _figure_cells(row: RegionRow, lang: Lang) -> list[tuple[str, bool]]:
    """The row's key figures as (text, is a number), in :data:`COLUMNS` order."""
    cells = []
    for key, _, kind in COLUMNS:
        value = row.figures.get(key)
        if kind:
            cells.append((_format(value, kind, lang), True))
        else:
            cells.append((str(value or text("no_bottleneck", lang)), False))
    return cells


def _readiness(rows: Sequence[RegionRow], lang: Lang) -> dict[str, Any] | None:
    """Readiness per dimension per region: column labels, and per row its cells (None: unknown)."""
    dims = [d for d in (*DIMENSIONS, "overall") if any(d in r.readiness for r in rows)]
    if not dims:
        return None
    labels = [
        text("col_overall", lang) if d == "overall" else DIMENSION_LABELS[d][lang] for d in dims
    ]
    table = []
    for row in rows:
        cells: list[dict[str, str] | None] = []
        for d in dims:
            score = row.readiness.get(d)
            if score is None:
                cells.append(None)
                continue
            code = _band(score)
            cells.append(
                {
                    "band": code,
                    "title": BAND_LABELS[code][lang] if code in BAND_LABELS else "",
                    "value": _format(score, "num", lang),
                }
            )
        table.append((row, cells))
    return {"labels": labels, "rows": table}


def _benchmark(rows: Sequence[RegionRow], lang: Lang) -> dict[str, Any]:
    """The benchmark chart of every region, and per region its own chart and ranks."""
    regions = []
    for row in rows:
        sentences = []
        for key, label, _ in METRICS:
            place = _rank(rows, row, key)
            if place is not None:
                sentences.append(
                    text(
                        "position",
                        lang,
                        region=row.name,
                        metric=text(label, lang),
                        rank=place[0],
                        n=place[1],
                    )
                )
        image = _png(benchmark_chart(rows, lang, highlight=row.key))
        regions.append({"row": row, "image": image, "sentences": sentences})
    return {"image": _png(benchmark_chart(rows, lang)), "regions": regions}


def write_index(
    results: Sequence[RegionResult],
    target: Path,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> Path:
    """Write the index page for a batch's results, atomically.

    Parameters
    ----------
    results : sequence of RegionResult
        The batch (:func:`scan.batch.run.run_all`); a failed region is listed with
        its reason, and with its previous report when one is still there.
    target : Path
        ``reports/index.html``.
    lang : {"nl", "en"}
    today : datetime.date, optional

    Returns
    -------
    Path
        ``target``.
    """
    rows = []
    for r in results:
        out_dir = Path(r.out_dir) if r.out_dir else target.parent / r.region
        rows.append(read_region(r.region, out_dir, target.parent, r.ok, r.reason))
    write_text_atomic(target, build_index(rows, lang, today))
    return target
