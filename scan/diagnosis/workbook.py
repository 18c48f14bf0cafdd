"""``findings.xlsx``: the adviser's workbook, an overview and a sheet per kind of finding.

Headings in Dutch or English, counts suppressed and floats rounded as in
``findings.json`` (:func:`scan.diagnosis.serialise.plain`), and a fixed
'created' date, so the same findings give the same file.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scan.diagnosis import bottlenecks as bn
from scan.diagnosis import quickwins as qw
from scan.diagnosis.model import FINDING_KINDS, DiagnosisParams, Finding, Findings
from scan.diagnosis.serialise import plain
from scan.text import CATALOGUE, Lang, t

#: The workbook's fixed 'created' date, so the file is the same for the same input.
WORKBOOK_CREATED = _dt.datetime(2026, 1, 1)


def _cell(value: Any, decimals: int, threshold: int, lang: Lang = "nl") -> Any:
    """A value as a workbook cell: suppressed, rounded, lists joined, yes/no and codes in words."""
    v = plain(value, decimals, threshold)
    if isinstance(v, bool):
        return t("term.yes" if v else "term.no", lang)
    if isinstance(v, str) and f"term.value.{v}" in CATALOGUE:
        return t(f"term.value.{v}", lang)
    if isinstance(v, list):
        parts = []
        for item in v:
            if isinstance(item, dict):
                parts.append(" ".join(f"{k}={x}" for k, x in item.items()))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    if isinstance(v, dict):
        return "; ".join(f"{k}={x}" for k, x in v.items())
    return v


def _heading(key: str, lang: Lang) -> str:
    words = f"evidence.{key}"
    return t(words, lang) if words in CATALOGUE else key.replace("_", " ")


def _rows_for(
    items: tuple[Finding, ...], kind: str, lang: Lang, p: DiagnosisParams
) -> tuple[list[str], list[list[Any]]]:
    """Headings and rows of one kind's sheet."""

    def w(key: str, **fields: object) -> str:
        return t(f"term.{key}", lang, **fields)

    quick = kind in qw.KINDS
    head = [w("col.rank"), w("col.id"), w("col.org_ids"), w("col.organisations")]
    if quick:
        head += [
            w("col.priority"),
            w("col.impact"),
            w("col.effort"),
            w("col.readiness"),
            w("col.colour"),
        ]
    else:
        head += [w("col.score")]
    head += [w("col.confidence"), w("col.confidence_reasons"), w("col.text")]
    factor_keys: list[str] = []
    score_keys: list[str] = []
    if kind in ("bottleneck", "transition"):
        score_keys = list(bn.GROUPS)
        factor_keys = list(bn.FACTORS if kind == "bottleneck" else bn.TRANSITION_FACTORS)
        head += [w(f"group.{g}") for g in score_keys]
        head += [w("contrib", factor=w(f"factor.{f}")) for f in factor_keys]
    if kind == "bottleneck":
        head += [w("col.stability"), w("col.top3_share")]
    ev_keys: list[str] = []
    for f in items:
        for k in f.evidence:
            if k not in ev_keys:
                ev_keys.append(k)
    head += [w("col.sources")] + [_heading(k, lang) for k in ev_keys]
    rows = []
    for f in items:
        row: list[Any] = [
            f.rank,
            f.id,
            ", ".join(f.org_ids),
            ", ".join(o.name for o in f.organisations),
        ]
        if quick:
            row += [
                f.scores["priority"],
                f.scores["impact"],
                f.scores["effort"],
                f.scores["readiness"],
                t(f"term.colour.{f.colour}", lang),
            ]
        else:
            row += [f.score]
        row += [
            t(f"term.level.{f.confidence.level}", lang),
            "; ".join(t(f"finding.conf.{r}", lang) for r in f.confidence.reasons),
            f.text[lang],
        ]
        row += [f.scores.get(g) for g in score_keys]
        row += [f.contributions.get(k) for k in factor_keys]
        if kind == "bottleneck":
            st = f.stability or {}
            label = st.get("label")
            row += [
                t(f"term.stability.{label}", lang) if label else None,
                st.get("top3_share"),
            ]
        row += [", ".join(f.sources)]
        row += [f.evidence.get(k) for k in ev_keys]
        rows.append([_cell(v, p.decimals, p.suppression_threshold, lang) for v in row])
    return head, rows


def _write_sheet(
    book: Any,
    name: str,
    head: list[str],
    rows: list[list[Any]],
    formats: dict[str, Any],
    wide: Iterable[str] = (),
) -> None:
    sheet = book.add_worksheet(name[:31])
    sheet.write_row(0, 0, head, formats["head"])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, float):
                sheet.write_number(r, c, value, formats["number"])
            elif isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, int):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value), formats["text"])
    wide_set = set(wide)
    for c, title in enumerate(head):
        lengths = [len(str(title))] + [len(str(row[c])) for row in rows if row[c] is not None]
        width = min(max(lengths) + 2, 60)
        if title in wide_set:
            sheet.set_column(c, c, 80, formats["wrap"])
        else:
            sheet.set_column(c, c, max(width, 8))
    sheet.freeze_panes(1, 0)
    if rows:
        sheet.autofilter(0, 0, len(rows), len(head) - 1)


#: The columns of the measures sheet: (block, measure, part of a rating or dependency).
_MEASURES: tuple[tuple[str, str, str], ...] = (
    ("ties", "source", ""),
    ("ties", "in_degree", ""),
    ("ties", "out_degree", ""),
    ("ties", "betweenness", ""),
    ("ties", "brokerage", ""),
    ("ties", "trust_received", "value"),
    ("ties", "trust_received", "raters"),
    ("ties", "value_received", "value"),
    ("ties", "value_received", "raters"),
    ("flows", "source", ""),
    ("flows", "in_strength", ""),
    ("flows", "out_strength", ""),
    ("flows", "share_of_region", ""),
    ("flows", "largest_dependency", "to_org"),
    ("flows", "largest_dependency", "clients"),
    ("flows", "largest_dependency", "share"),
)


def _measure_rows(
    organisations: Iterable[dict[str, Any]], lang: Lang
) -> tuple[list[str], list[list[Any]]]:
    """The measures sheet: one row per organisation, one column per measure; unknown is empty."""
    head = [t("term.col.org_id", lang), t("term.col.name", lang)]
    head += [t(f"term.measure.{b}.{m}{'.' + k if k else ''}", lang) for b, m, k in _MEASURES]
    rows = []
    for o in organisations:
        row: list[Any] = [o["org_id"], o["name"]]
        for block, measure, part in _MEASURES:
            value = (o.get(block) or {}).get(measure)
            row.append((value or {}).get(part) if part else value)
        rows.append(row)
    return head, rows


def write_findings_xlsx(findings: Findings, path: str | Path, lang: Lang = "nl") -> Path:
    """The adviser's workbook: an overview, a sheet per kind, scores and stability.

    Headings are in ``lang`` (Dutch by default), the header row is frozen and
    filtered, columns are sized to their content (texts wrap at 80
    characters). The workbook's 'created' property is fixed
    (:data:`WORKBOOK_CREATED`), so the same findings give the same file.

    Parameters
    ----------
    findings : Findings
    path : str or Path
    lang : {"nl", "en"}

    Returns
    -------
    Path

    Examples
    --------
    >>> from scan.diagnosis.findings import diagnose
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> import tempfile, zipfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_findings_xlsx(findings, Path(tmp) / "findings.xlsx")
    ...     zipfile.is_zipfile(path)
    True
    """
    import xlsxwriter

    p = findings.params
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(target), {"strings_to_numbers": False})
    book.set_properties(
        {
            "title": f"{t('term.sheet.overview', lang)}: {findings.region.name}",
            "author": "netwerkscan",
            "created": WORKBOOK_CREATED,
        }
    )
    formats = {
        "head": book.add_format(
            {"bold": True, "bg_color": "#DDE6F0", "border": 1, "text_wrap": True, "valign": "top"}
        ),
        "number": book.add_format({"num_format": "0.000"}),
        "text": book.add_format({"valign": "top"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
    }

    def w(key: str, **fields: object) -> str:
        return t(f"term.{key}", lang, **fields)

    text_col = w("col.text")

    # overview: every finding, one line each
    head = [
        w("col.kind"),
        w("col.rank"),
        w("col.id"),
        w("col.organisations"),
        w("col.score"),
        w("col.confidence"),
        w("col.colour"),
        text_col,
    ]
    rows = []
    for f in findings.all():
        rows.append(
            [
                w(f"kind.{f.kind}"),
                f.rank,
                f.id,
                ", ".join(o.name for o in f.organisations),
                round(f.score, p.decimals),
                w(f"level.{f.confidence.level}"),
                w(f"colour.{f.colour}") if f.colour else None,
                f.text[lang],
            ]
        )
    _write_sheet(book, w("sheet.overview"), head, rows, formats, wide=[text_col])

    for kind in FINDING_KINDS:
        items = findings.of_kind(kind)
        head, rows = _rows_for(items, kind, lang, p)
        _write_sheet(book, w(f"kind.{kind}"), head, rows, formats, wide=[text_col])

    # every organisation's bottleneck score, with its stability
    scores = findings.organisation_scores
    st = findings.stability
    head = [w("col.org_id"), w("col.name"), w("col.rank"), w("col.score"), w("col.listed")]
    head += [w(f"group.{g}") for g in bn.GROUPS]
    head += [w(f"factor.{f}") for f in bn.FACTORS]
    head += [w("contrib", factor=w(f"factor.{f}")) for f in bn.FACTORS]
    head += [w("col.top3_share"), w("col.rank_p05"), w("col.rank_p95"), w("col.stability")]
    rows = []
    for org, r in scores.iterrows():
        row: list[Any] = [
            str(org),
            str(r.get("name", org)),
            int(r["rank"]),
            float(r["score"]),
            bool(r["listed"]),
        ]
        row += [float(r[g]) for g in bn.GROUPS]
        row += [float(r[f]) for f in bn.FACTORS]
        row += [float(r[f"c_{f}"]) for f in bn.FACTORS]
        if str(org) in st.organisations.index:
            sr = st.organisations.loc[str(org)]
            row += [
                float(sr["top3_share"]),
                float(sr["rank_p05"]),
                float(sr["rank_p95"]),
                w(f"stability.{sr['label']}"),
            ]
        else:
            row += [None, None, None, None]
        rows.append([_cell(v, p.decimals, p.suppression_threshold, lang) for v in row])
    _write_sheet(book, w("sheet.scores"), head, rows, formats)

    # every organisation's measures per data source, as in findings.json
    head, rows = _measure_rows(findings.organisations, lang)
    rows = [[_cell(v, p.decimals, p.suppression_threshold, lang) for v in r] for r in rows]
    _write_sheet(book, w("sheet.measures"), head, rows, formats)

    # stability of the ranking, in a few measures
    head = [w("col.measure"), w("col.value")]
    rows = [
        [w("col.stability"), w(f"stability.{st.label}")],
        [w("stab.top3"), ", ".join(st.top3)],
        [w("stab.spearman_median"), _cell(st.spearman_median, p.decimals, 0)],
        [w("stab.spearman_p05"), _cell(st.spearman_p05, p.decimals, 0)],
        [w("stab.draws"), st.draws],
        [w("stab.concentration"), float(st.concentration)],
        [w("stab.seed"), st.seed],
    ]
    _write_sheet(book, w("sheet.stability"), head, rows, formats)
    book.close()
    return target


__all__ = ["WORKBOOK_CREATED", "write_findings_xlsx"]
