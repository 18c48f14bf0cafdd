"""The data-quality summary: per supplier and table, what came in and what was used.

Shared by ``netwerkscan validate`` (text or JSON) and the report's
"Deelname en datakwaliteit" section.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from scan.data.ingest import ADVISER
from scan.data.model import ScanData
from scan.text import Lang, counted, fmt, t


def supplier_label(supplier: str, lang: Lang = "nl") -> str:
    """A supplier as shown: the folder name, or "adviseur" for the adviser's own files."""
    return t("quality.adviser", lang) if supplier == ADVISER else supplier


def supplier_table(data: ScanData) -> pd.DataFrame:
    """Per supplier and table: read, used, quarantined, duplicates, overruled, fuzzy, conflicts.

    ``conflicts`` counts the rows of this supplier that lost a conflict
    (``overruled``) plus the rows that won one; ``fuzzy`` counts references
    resolved by a fuzzy match.
    """
    q = data.quality
    out = q.accounts.copy()
    if out.empty:
        return out.assign(fuzzy=pd.Series(dtype="Int64"))
    fuzzy = q.fuzzy_matches.groupby(["supplier", "table"]).size().rename("fuzzy")
    out = out.merge(fuzzy, how="left", left_on=["supplier", "table"], right_index=True)
    out["fuzzy"] = out["fuzzy"].fillna(0).astype("Int64")
    return out.sort_values(["supplier", "table"], key=lambda s: s.str.casefold()).reset_index(
        drop=True
    )


def issue_reasons(data: ScanData, lang: Lang = "nl") -> pd.DataFrame:
    """The issue log with a ``reason`` in words."""
    issues = data.quality.issues.copy()
    issues["reason"] = [
        t(f"reason.{r.code}", lang, column=r.column, value=r.value, detail=r.detail)
        for r in issues.itertuples(index=False)
    ]
    return issues


def summary(data: ScanData, lang: Lang = "nl", stop: str | None = None) -> dict[str, Any]:
    """Everything ``validate`` reports, as plain JSON-ready data."""
    q = data.quality

    def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
        clean = frame.astype(object).where(frame.notna(), None)
        return [
            {
                k: (
                    int(v)
                    if hasattr(v, "is_integer") and float(v).is_integer() and k != "score"
                    else v
                )
                for k, v in rec.items()
            }
            for rec in clean.to_dict(orient="records")
        ]

    issues = issue_reasons(data, lang)
    return {
        "region": data.region.key,
        "name": data.region.name,
        "period": data.region.period,
        "usable": stop is None,
        "stop_reason": None if stop is None else t(f"quality.stop.{stop}", lang),
        "totals": q.totals
        | {
            "conflicts": len(q.conflicts),
            "fuzzy_matches": len(q.fuzzy_matches),
            "files_not_read": len(q.unrecognised_files),
            "warnings": int((q.issues["action"] == "warning").sum()),
        },
        "organisations": len(data.organisations),
        "suppliers": records(supplier_table(data)),
        "files": records(q.files[q.files["status"] == "used"].drop(columns=["status", "detail"])),
        "files_not_read": records(
            q.unrecognised_files[["supplier", "file", "sheet", "status", "detail"]]
        ),
        "issues": records(issues.drop(columns=["detail"])),
        "matches": records(q.matches[q.matches["method"] != "id"]),
        "conflicts": records(q.conflicts),
    }


def _value(text: object, lang: Lang) -> str:
    """A stored cell value shown in ``lang``: numbers formatted, text as it is."""
    try:
        return fmt.number(float(str(text)), lang, 2)
    except ValueError:
        return str(text)


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}


def file_notes(r: Any, lang: Lang = "nl") -> list[str]:
    """How a used file was read, in a few words (rows, header, encoding, delimiter)."""
    notes = [counted("quality.rows_n", int(r.rows), lang, n=fmt.number(int(r.rows), lang, 0))]
    if pd.notna(r.header_row) and int(r.header_row) > 1:
        notes.append(t("quality.header_at", lang, n=int(r.header_row)))
    if isinstance(r.encoding, str) and r.encoding:
        enc = (
            t("quality.with_bom", lang)
            if r.encoding == "utf-8-sig"
            else ENCODING_NAMES.get(r.encoding, r.encoding)
        )
        notes.append(enc)
    if isinstance(r.delimiter, str) and r.delimiter:
        shown = t("quality.tab", lang) if r.delimiter == "\t" else f"'{r.delimiter}'"
        notes.append(t("quality.delimiter_is", lang, d=shown))
    if r.decimal == ",":
        notes.append(t("quality.decimal_comma", lang))
    if isinstance(r.columns_extra, str) and r.columns_extra:
        notes.append(t("quality.extra_columns", lang, cols=r.columns_extra))
    return notes


def render_text(data: ScanData, lang: Lang = "nl", limit: int = 40, stop: str | None = None) -> str:
    """The data-quality summary as plain text for the terminal."""
    q = data.quality
    n = lambda v: fmt.number(int(v), lang, 0)  # noqa: E731
    name = data.region.name
    title = name if data.region.key in name else f"{name} ({data.region.key})"
    lines = [f"{t('quality.title', lang)}: {title}", ""]
    table = supplier_table(data)
    heads = ["supplier", "table", "read", "used", "quarantined", "duplicates", "overruled", "fuzzy"]
    rows = [[t(f"quality.{h}", lang) for h in heads]]
    for r in table.itertuples(index=False):
        rows.append(
            [
                supplier_label(r.supplier, lang),
                r.table,
                n(r.read),
                n(r.used),
                n(r.quarantined),
                n(r.duplicates),
                n(r.overruled),
                n(r.fuzzy),
            ]
        )
    totals = q.totals
    rows.append(
        [
            t("quality.total", lang),
            "",
            n(totals["read"]),
            n(totals["used"]),
            n(totals["quarantined"]),
            n(totals["duplicates"]),
            n(totals["overruled"]),
            n(len(q.fuzzy_matches)),
        ]
    )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(heads))]
    for i, r in enumerate(rows):
        cells = [
            str(c).ljust(w) if j < 2 else str(c).rjust(w)
            for j, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if i == 0 or i == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))

    def where(r: Any) -> str:
        sheet = f" [{r.sheet}]" if isinstance(r.sheet, str) and r.sheet else ""
        file = str(r.file).removeprefix(f"{r.supplier}/")
        return f"{supplier_label(r.supplier, lang)} · {file}{sheet}"

    used = q.files[q.files["status"] == "used"]
    if len(used):
        lines += ["", f"{t('quality.files_read', lang)} ({len(used)}):"]
        for r in used.itertuples(index=False):
            lines.append(f"  - {where(r)}: {r.table}, {', '.join(file_notes(r, lang))}")
    not_read = q.unrecognised_files
    if len(not_read):
        lines += ["", f"{t('quality.files_not_used', lang)} ({len(not_read)}):"]
        for r in not_read.itertuples(index=False):
            lines.append(f"  - {where(r)}: {t(f'reason.{r.status}', lang, detail=r.detail)}")
    issues = issue_reasons(data, lang)
    if len(issues):
        lines += ["", f"{t('quality.problems', lang)} ({len(issues)}):"]
        for r in issues.head(limit).itertuples(index=False):
            row = f", {t('quality.row', lang)} {r.row}" if pd.notna(r.row) else ""
            col = (
                f", {t('quality.column', lang)} {r.column}"
                if isinstance(r.column, str) and r.column
                else ""
            )
            lines.append(f"  - {where(r)}{row}{col}: {r.reason}")
        if len(issues) > limit:
            lines.append(f"  {t('quality.and_more', lang, n=len(issues) - limit)}")
    matches = q.matches[q.matches["method"] != "id"]
    if len(matches):
        methods = {"name": "by_name", "alias": "by_alias", "fuzzy": "by_fuzzy"}
        lines += ["", f"{t('quality.matches', lang)} ({len(matches)}):"]
        keys = ["supplier", "file", "sheet", "column", "value", "org_id", "method", "score"]
        grouped = (
            matches.fillna({"sheet": ""})
            .groupby(keys, sort=False, dropna=False)["row"]
            .agg(lambda rows: ", ".join(str(v) for v in rows))
            .reset_index()
        )
        for r in grouped.head(limit).itertuples(index=False):
            score = (
                f", {t('quality.score', lang)} {fmt.number(r.score, lang)}"
                if r.method == "fuzzy"
                else ""
            )
            lines.append(
                f"  - {where(r)}, {t('quality.row', lang)} {r.row}: '{r.value}' → {r.org_id}"
                f" ({t(f'quality.{methods[str(r.method)]}', lang)}{score})"
            )
    if len(q.conflicts):
        keys = q.conflicts.groupby(["table", "key"], sort=False)
        lines += ["", f"{t('quality.conflicts', lang).capitalize()} ({keys.ngroups}):"]
        for (table_name, key), group in keys:
            first = group.iloc[0]
            kept = f"{supplier_label(first['kept_supplier'], lang)} · {first['kept_source']}"
            values = ", ".join(
                f"{c} {_value(k, lang)} ({t('quality.instead_of', lang)} {_value(o, lang)})"
                for c, k, o in zip(
                    group["column"], group["kept_value"], group["other_value"], strict=True
                )
            )
            others = "; ".join(
                sorted(
                    {
                        f"{supplier_label(s, lang)} · {src}"
                        for s, src in zip(
                            group["other_supplier"], group["other_source"], strict=True
                        )
                    }
                )
            )
            lines.append(
                f"  - {table_name} [{key}]: {t('quality.kept', lang)} {kept}: {values};"
                f" {t('quality.instead_of', lang)} {others}"
            )
    if stop is not None:
        lines += ["", t(f"quality.stop.{stop}", lang)]
    return "\n".join(lines) + "\n"
