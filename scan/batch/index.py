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
per dimension for the whole region, already suppressed below the threshold),
read from the region's adviser-only folder (:func:`scan.config.confidential_for`;
beside the report for a report of before that folder). The page applies the
three-rater rule itself, whatever the file holds (a region's threshold may be
below three, an older file may predate the rule): the mean trust only when at
least :data:`scan.disclosure.MIN_RATERS` partners rated a tie in ``monitor.json``,
a readiness score only beside a count of at least as many respondents.

With ``anonymised`` (``run-all --anonymise``) the page links to each
region's ``report-anonymised.html`` and names no organisation: the top
bottleneck is its code, computed from ``monitor.json``'s organisations by the
same rule as the anonymised report (:func:`scan.data.privacy.codes_for`); a
name in the region's name is replaced by its code; a failure's reason (it may
name a file or folder) is left to the terminal.

Every sentence and label is in the catalogue (``index.*`` keys, Dutch and English).
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

from scan.config import confidential_for
from scan.data.schema import DIMENSIONS
from scan.disclosure import min_raters
from scan.files import write_text_atomic
from scan.followup.rounds import ALL_LAYERS
from scan.html.pages import render
from scan.text import CATALOGUE, Lang, fmt, t

if TYPE_CHECKING:
    from scan.batch.results import RegionResult

#: What a region's run writes that the index reads.
FINDINGS, MONITOR = "findings.json", "monitor.json"

#: The report a row links to: the named one, or (anonymised) its anonymised twin.
REPORTS: dict[bool, str] = {False: "report.html", True: "report-anonymised.html"}

# -- the figures of one region ---------------------------------------------------------------


def _num(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def _raters(monitor: dict[str, Any], measure: str) -> int:
    """How many partners rated a tie on ``measure`` in ``monitor.json``'s tie list."""
    ties = monitor.get("ties") or []
    return len({str(r.get("respondent_org")) for r in ties if _num(r.get(measure)) is not None})


def _enough(n: Any) -> bool:
    """Whether a count of raters or respondents carries a rating (:func:`min_raters`).

    A suppressed count (``"<5"``) or none at all does not.

    Examples
    --------
    >>> _enough(3), _enough(2), _enough("<5"), _enough(None)
    (True, False, False, False)
    """
    return isinstance(n, int | float) and not isinstance(n, bool) and n >= min_raters()


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
        Why not (one line; empty on an anonymised page).
    report : str
        The path of ``report.html`` (anonymised: ``report-anonymised.html``)
        relative to the index, ``/``-separated and not encoded (the page's
        links encode it); empty: none.
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
    key: str,
    out_dir: Path,
    index_dir: Path,
    ok: bool = True,
    reason: str = "",
    anonymised: bool = False,
) -> RegionRow:
    """The index row of a region from what its run wrote (findings and monitor).

    With ``anonymised`` the row links to the anonymised report and names no
    organisation (see the module's docstring).
    """
    held = confidential_for(out_dir)
    source = held if (held / FINDINGS).is_file() else out_dir
    findings = _read_json(source / FINDINGS)
    monitor = _read_json(source / MONITOR)
    data = findings.get("data", {})
    network = monitor.get("network") or {}
    report = out_dir / REPORTS[anonymised]
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
        # a mean of one or two partners' ratings is never shown
        "mean_trust": _num(network.get("mean_trust"))
        if _enough(_raters(monitor, "trust"))
        else None,
        "bottleneck": top_name,
        "bottleneck_score": _num(top.get("score")) if top is not None else None,
        "quick_wins": len(findings["quick_wins"]) if "quick_wins" in findings else None,
    }
    readiness = {
        str(r.get("dimension")): r.get("mean")
        for r in monitor.get("readiness") or []
        if r.get("layer") == ALL_LAYERS and _enough(r.get("n"))
    }
    name = str(findings.get("region", {}).get("name") or key)
    row = RegionRow(
        key=key,
        name=name,
        ok=ok,
        reason=reason,
        report=link,
        figures=figures,
        readiness={str(k): float(v) for k, v in readiness.items() if _num(v) is not None},
    )
    return _anonymised(row, top, monitor) if anonymised else row


def _anonymised(row: RegionRow, top: dict[str, Any] | None, monitor: dict[str, Any]) -> RegionRow:
    """The row with codes for names: the top bottleneck's code, no name in the region's
    name, no failure reason (it may name a file or a supplier's folder)."""
    from dataclasses import replace

    import pandas as pd

    from scan.data.privacy import MASK, codes_for, name_codes, scrub

    orgs = pd.DataFrame(monitor.get("organisations") or [], columns=["org_id", "name", "type"])
    aliases = [o.get("aliases") or [] for o in monitor.get("organisations") or []]
    orgs["aliases"] = ["|".join(map(str, a)) for a in aliases]
    codes = codes_for(orgs)
    bottleneck = None
    if top is not None:
        first = (top.get("organisations") or [{}])[0]
        bottleneck = codes.get(str(first.get("org_id")), MASK)
    figures = {**row.figures, "bottleneck": bottleneck}
    name = scrub(row.name, name_codes(orgs, codes))
    return replace(row, name=name, reason="", figures=figures)


# -- the benchmark chart ---------------------------------------------------------------------

#: The figures on the benchmark chart: (figure key, label key, format).
METRICS: tuple[tuple[str, str, str], ...] = (
    ("organisations", "index.metric_organisations", "int"),
    ("density", "index.metric_density", "pct"),
    ("response_rate", "index.metric_response", "pct"),
    ("mean_trust", "index.metric_trust", "num"),
    ("readiness", "index.metric_readiness", "num"),
    ("bottleneck_score", "index.metric_bottleneck", "num"),
    ("quick_wins", "index.metric_quick_wins", "int"),
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
        ax.set_ylabel(t(label, lang), rotation=0, ha="right", va="center", fontsize=9)
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
        return t("index.unknown", lang)
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
    ("organisations", "index.col_organisations", "int"),
    ("ties", "index.col_ties", "int"),
    ("density", "index.col_density", "pct"),
    ("response_rate", "index.col_response", "pct"),
    ("mean_trust", "index.col_trust", "num"),
    ("bottleneck", "index.col_bottleneck", ""),
    ("bottleneck_score", "index.col_bottleneck_score", "num"),
    ("quick_wins", "index.col_quick_wins", "int"),
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
        title=t("index.title", lang),
        t=lambda key, **fields: t(key, lang, **fields),
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
            cells.append((str(value or t("index.no_bottleneck", lang)), False))
    return cells


def _readiness(rows: Sequence[RegionRow], lang: Lang) -> dict[str, Any] | None:
    """Readiness per dimension per region: column labels, and per row its cells (None: unknown)."""
    dims = [d for d in (*DIMENSIONS, "overall") if any(d in r.readiness for r in rows)]
    if not dims:
        return None
    labels = [
        t("index.col_overall", lang) if d == "overall" else t(f"dimension.{d}", lang) for d in dims
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
                    "title": t(f"band.{code}", lang) if f"band.{code}" in CATALOGUE else "",
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
                    t(
                        "index.position",
                        lang,
                        region=row.name,
                        metric=t(label, lang),
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
    anonymised: bool = False,
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
    anonymised : bool
        Link to the anonymised reports and name no organisation (``--anonymise``).

    Returns
    -------
    Path
        ``target``.
    """
    rows = []
    for r in results:
        out_dir = Path(r.out_dir) if r.out_dir else target.parent / r.region
        rows.append(read_region(r.region, out_dir, target.parent, r.ok, r.reason, anonymised))
    write_text_atomic(target, build_index(rows, lang, today))
    return target
