"""Feedback to partners: per supplier, what was used and what to change, in their own terms.

``netwerkscan validate <region> --feedback`` writes one short HTML file per
supplier into ``confidential/<region>/feedback/`` (adviser-only: it names
rows and values of one supplier). It lists, for that supplier's own
files only:

* per file and sheet: rows read, used and not used;
* every row that was not used (quarantined) and every cell read as empty
  (warning), by file, sheet, row number and column as the partner sees them
  (the column letter and the header as written), with the reason and what to
  change;
* files or sheets that were not read, and why;
* organisation names recognised only approximately (to check);
* rows repeated within their own files (counted once);
* rows not used because other figures for the same key take precedence.

**Never another partner's data**: every line comes from a row of the
supplier's own files. Conflicts are described without the other value or its
source; duplicates are only reported within the supplier's own files.

Examples
--------
>>> advice("not_a_date", "nl")
'Schrijf de datum als 31-03-2026 of 2026-03-31.'
>>> column_letter(0), column_letter(27)
('A', 'AB')
"""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from scan.data.ingest import ADVISER, SourceTable, ingest
from scan.data.model import RegionInfo, ScanData
from scan.data.schema import TABLES
from scan.files import atomic_folder
from scan.html.pages import render
from scan.text import CATALOGUE, Lang, t


def what(code: str, lang: Lang = "nl", **fields: object) -> str:
    """What is wrong: the catalogue's reason (``reason.*``), else the feedback's own
    (``feedback.reason.*``); the code itself when neither knows it. A field not given is empty.
    """
    for key in (f"reason.{code}", f"feedback.reason.{code}"):
        if key in CATALOGUE:
            return t(key, lang, **({"column": "", "value": "", "detail": ""} | fields))
    return code


def advice(code: str, lang: Lang = "nl", **fields: object) -> str:
    """What to change for a code (``feedback.advice.*``; empty when nothing is known)."""
    key = f"feedback.advice.{code}"
    if key not in CATALOGUE:
        return ""
    blank = {"column": "", "value": "", "detail": "", "org_id": "", "guess": ""}
    return t(key, lang, **(blank | fields))


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --------------------------------------------------------------------------------------
# Collecting a supplier's feedback
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One line of feedback about a row, a cell or a file.

    ``level`` is ``quarantined`` (the row is not used), ``warning`` (used, a
    cell read as empty or a remark), ``check`` (used, please check) or
    ``not_read`` (a file or sheet).
    """

    level: str
    file: str
    sheet: str
    row: int | None
    column: str
    value: str
    what: str
    change: str


@dataclass(frozen=True)
class FileSummary:
    """How one file or sheet of the supplier was read."""

    file: str
    sheet: str
    table: str
    status: str
    rows: int
    not_used: int


@dataclass(frozen=True)
class SupplierFeedback:
    """Everything one supplier is told."""

    supplier: str
    name: str
    files: tuple[FileSummary, ...]
    items: tuple[Item, ...] = field(default_factory=tuple)

    @property
    def clean(self) -> bool:
        """Nothing to report."""
        return not self.items


def _own_file(supplier: str, file: str) -> str:
    """The file as the supplier knows it: without their own folder."""
    return file.removeprefix(f"{supplier}/") if supplier != ADVISER else file


def _sheet(value: object) -> str:
    return value if isinstance(value, str) else ""


def header_cells(
    folder: Path, file: str, sheet: str, header_row: int, encoding: str, delimiter: str
) -> list[str]:
    """The header row of a delivered table as written (empty when it cannot be read)."""
    path = folder / file
    try:
        if sheet:
            import python_calamine

            book = python_calamine.CalamineWorkbook.from_path(str(path))
            rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            cells = rows[header_row - 1] if len(rows) >= header_row else []
            return ["" if c is None else str(c) for c in cells]
        from scan.data.ingest import decode

        content, _ = decode(path.read_bytes())
        reader = csv.reader(content.splitlines(keepends=True), delimiter=delimiter or ",")
        line = 1
        for row in reader:
            if line == header_row:
                return list(row)
            line = reader.line_num + 1
    except Exception:  # a file we cannot read again is described without letters
        return []
    return []


def _columns(folder: Path | None, record: pd.Series) -> dict[str, tuple[str, str]]:
    """Canonical column name → (letter, header as written) for a used file."""
    if folder is None:
        return {}
    from scan.data.schema import canonical_header

    header_row = record.get("header_row")
    if pd.isna(header_row):
        return {}
    cells = header_cells(
        folder,
        str(record["file"]),
        _sheet(record.get("sheet")),
        int(header_row),
        str(record.get("encoding") or ""),
        str(record.get("delimiter") or ""),
    )
    out: dict[str, tuple[str, str]] = {}
    for i, cell in enumerate(cells):
        name = canonical_header(cell.lstrip("\ufeff")) if cell.strip() else ""
        if name and name not in out:
            out[name] = (column_letter(i), cell.strip())
    return out


def _duplicates(sources: Sequence[SourceTable], supplier: str) -> list[tuple[str, str, int, str]]:
    """Rows repeated within one supplier's own deliveries of a table.

    Returns (file, sheet, row, first) per repeated row; ``first`` is the row it
    repeats (with its file when that is another one).
    """
    from scan.data.validate import validate

    found: list[tuple[str, str, int, str]] = []
    by_table: dict[str, list[pd.DataFrame]] = {}
    for source in [s for s in sources if s.supplier == supplier]:
        frame = validate(source).frame
        known = [c for c in frame.columns if source.table.knows(c)]
        part = frame[known].astype("string")
        part["_file"], part["_sheet"] = source.file, source.sheet
        part["_row"] = frame["src_row"].astype(int)
        by_table.setdefault(source.table.name, []).append(part)
    for parts in by_table.values():
        combined = pd.concat(parts, ignore_index=True)
        known = [c for c in combined.columns if c not in ("_file", "_sheet", "_row")]
        keys = combined[known].astype("string").fillna("\x00").agg("\x1f".join, axis=1)
        first: dict[str, tuple[str, int]] = {}
        for key, file, sheet, row in zip(
            keys, combined["_file"], combined["_sheet"], combined["_row"], strict=True
        ):
            if key not in first:
                first[key] = (str(file), int(row))
                continue
            first_file, first_row = first[key]
            where = (
                str(first_row)
                if first_file == file
                else f"{first_row} ({_own_file(supplier, first_file)})"
            )
            found.append((str(file), str(sheet), int(row), where))
    return found


def collect(
    data: ScanData, folder: Path | None = None, lang: Lang = "nl"
) -> dict[str, SupplierFeedback]:
    """The feedback of every supplier of a region.

    Parameters
    ----------
    data : ScanData
        From :func:`scan.data.merge.load_region` (its data-quality record).
    folder : Path, optional
        The region folder: with it, columns are named by letter and header as
        written, and rows repeated within a supplier's files are listed.
    lang : {"nl", "en"}

    Returns
    -------
    dict
        Supplier folder name (or :data:`scan.data.ingest.ADVISER`) → its feedback.
    """
    from scan.data.resolve import OrgResolver, supplier_org

    q = data.quality
    sources = ingest(folder).sources if folder is not None else []
    resolver = OrgResolver(data.organisations) if len(data.organisations) else None
    names = data.org_names()
    out: dict[str, SupplierFeedback] = {}
    for supplier in sorted(set(q.files["supplier"].dropna()), key=str.casefold):
        org = supplier_org(supplier, resolver) if resolver is not None else None
        shown = t("feedback.adviser", lang) if supplier == ADVISER else supplier
        if org is not None and supplier != ADVISER:
            shown = f"{names.get(org, supplier)} ({org})"
        files = q.files[q.files["supplier"] == supplier]
        issues = q.issues[q.issues["supplier"] == supplier]
        items: list[Item] = []
        summaries: list[FileSummary] = []
        letters: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
        for _, f in files.iterrows():
            file, sheet = str(f["file"]), _sheet(f["sheet"])
            own = _own_file(supplier, file)
            if f["status"] != "used":
                items.append(
                    Item(
                        "not_read",
                        own,
                        sheet,
                        None,
                        "",
                        "",
                        what(str(f["status"]), lang, detail=f["detail"]),
                        advice(str(f["status"]), lang, detail=f["detail"]),
                    )
                )
                continue
            letters[(file, sheet)] = _columns(folder, f)
            mine = issues[(issues["file"] == file) & (issues["sheet"].fillna("") == sheet)]
            not_used = mine[mine["action"] == "quarantined"]["row"].nunique()
            summaries.append(
                FileSummary(own, sheet, str(f["table"]), "used", int(f["rows"]), int(not_used))
            )
            extras = str(f["columns_extra"] or "")
            table = TABLES.get(str(f["table"]))
            for extra in [c.strip() for c in extras.split(",") if c.strip()]:
                if extra == "partner_naam" and table is not None and table.name == "ties":
                    continue  # the template's own column with the partner's name
                known = list(table.names) if table is not None else []
                guess = difflib.get_close_matches(extra, known, n=1, cutoff=0.75)
                letter, written = letters[(file, sheet)].get(extra, ("", extra))
                items.append(
                    Item(
                        "warning",
                        own,
                        sheet,
                        None,
                        f"{letter} ({written})" if letter else written,
                        "",
                        what("extra_column", lang, column=written),
                        advice(
                            "extra_column",
                            lang,
                            guess=t("feedback.did_you_mean", lang, guess=guess[0]) if guess else "",
                        ),
                    )
                )
        for _, i in issues.iterrows():
            file, sheet = str(i["file"]), _sheet(i["sheet"])
            column = str(i["column"]) if isinstance(i["column"], str) else ""
            letter, written = letters.get((file, sheet), {}).get(column, ("", column))
            fields = {
                "column": written or column,
                "value": i["value"],
                "detail": i["detail"],
            }
            items.append(
                Item(
                    "quarantined" if i["action"] == "quarantined" else "warning",
                    _own_file(supplier, file),
                    sheet,
                    None if pd.isna(i["row"]) else int(i["row"]),
                    f"{letter} ({written})" if letter else written,
                    "" if pd.isna(i["value"]) else str(i["value"]),
                    what(str(i["code"]), lang, **fields),
                    advice(str(i["code"]), lang, **fields),
                )
            )
        fuzzy = q.matches[(q.matches["supplier"] == supplier) & (q.matches["method"] == "fuzzy")]
        for _, m in fuzzy.iterrows():
            file, sheet = str(m["file"]), _sheet(m["sheet"])
            column = str(m["column"])
            letter, written = letters.get((file, sheet), {}).get(column, ("", column))
            org_id = str(m["org_id"])
            items.append(
                Item(
                    "check",
                    _own_file(supplier, file),
                    sheet,
                    int(m["row"]),
                    f"{letter} ({written})" if letter else written,
                    str(m["value"]),
                    what(
                        "fuzzy", lang, value=m["value"], detail=f"{org_id} {names.get(org_id, '')}"
                    ),
                    advice("fuzzy", lang, org_id=org_id),
                )
            )
        lost = q.conflicts[q.conflicts["other_supplier"] == supplier]
        for (source, key), _group in lost.groupby(["other_source", "key"], sort=False):
            match = re.match(r"^(.*?)(?: \[(.*)\])? #(\d+)$", str(source))
            file, sheet, row = (
                (match.group(1), match.group(2) or "", int(match.group(3)))
                if match
                else (str(source), "", None)
            )
            items.append(
                Item(
                    "check",
                    _own_file(supplier, file),
                    sheet,
                    row,
                    "",
                    "",
                    what("overruled", lang, detail=key),
                    advice("overruled", lang),
                )
            )
        if folder is not None:
            for file, sheet, row, first in _duplicates(sources, supplier):
                items.append(
                    Item(
                        "warning",
                        _own_file(supplier, file),
                        sheet,
                        row,
                        "",
                        "",
                        what("duplicate_row", lang, detail=first),
                        advice("duplicate_row", lang),
                    )
                )
        order = {"quarantined": 0, "warning": 1, "check": 2, "not_read": 3}
        items.sort(key=lambda it: (order[it.level], it.file, it.sheet, it.row or 0, it.column))
        out[supplier] = SupplierFeedback(supplier, shown, tuple(summaries), tuple(items))
    return out


# --------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------


def render_html(
    feedback: SupplierFeedback, region: RegionInfo, lang: Lang = "nl", contact: str = ""
) -> str:
    """One supplier's feedback as a self-contained HTML page (no scripts, no requests).

    Examples
    --------
    >>> page = render_html(SupplierFeedback("X", "X", ()), RegionInfo("r", "Regio R"))
    >>> "Alles kon worden gebruikt" in page and "<script" not in page
    True
    """
    tables: list[dict[str, object]] = []
    if feedback.files:
        tables.append(
            {
                "title": t("feedback.files_title", lang),
                "heads": [
                    t("feedback.col_file", lang),
                    t("feedback.col_sheet", lang),
                    t("feedback.col_data", lang),
                    t("feedback.col_rows", lang),
                    t("feedback.col_not_used", lang),
                ],
                "rows": [
                    (f.file, f.sheet, t(f"report.table_{f.table}", lang), f.rows, f.not_used)
                    for f in feedback.files
                ],
            }
        )
    heads = [
        t("feedback.col_file", lang),
        t("feedback.col_sheet", lang),
        t("feedback.col_row", lang),
        t("feedback.col_column", lang),
        t("feedback.col_value", lang),
        t("feedback.col_what", lang),
        t("feedback.col_change", lang),
    ]
    for level, title in (
        ("quarantined", "feedback.quarantined_title"),
        ("warning", "feedback.warning_title"),
        ("check", "feedback.check_title"),
        ("not_read", "feedback.not_read_title"),
    ):
        rows = [
            (i.file, i.sheet, i.row, i.column, i.value, i.what, i.change)
            for i in feedback.items
            if i.level == level
        ]
        if rows:
            tables.append({"title": t(title, lang), "heads": heads, "rows": rows})
    return render(
        "feedback.html.j2",
        lang=lang,
        title=f"{t('feedback.title', lang)} · {feedback.name}",
        region=region.name,
        heading=t("feedback.title", lang),
        meta=t("feedback.for", lang, region=region.name, supplier=feedback.name),
        intro=t("feedback.intro", lang),
        all_good=t("feedback.all_good", lang) if feedback.clean else "",
        tables=tables,
        footer=t("feedback.footer", lang),
        contact=t("feedback.contact", lang, contact=contact) if contact else "",
    )


def file_name(supplier: str, lang: Lang = "nl") -> str:
    """The feedback file of a supplier.

    Examples
    --------
    >>> file_name("ZH01 Ziekenhuis Lindewaard"), file_name(ADVISER)
    ('terugkoppeling ZH01 Ziekenhuis Lindewaard.html', 'terugkoppeling adviseur.html')
    """
    name = t("feedback.adviser_file", lang) if supplier == ADVISER else supplier
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name)
    safe = re.sub(r"\s+", " ", safe).strip().rstrip(".")[:100]
    prefix = "terugkoppeling" if lang == "nl" else "feedback"
    return f"{prefix} {safe}.html"


def write_feedback(
    data: ScanData, folder: Path | None = None, out_dir: Path | None = None, lang: Lang = "nl"
) -> list[Path]:
    """Write one feedback page per supplier, as one folder at once.

    Parameters
    ----------
    data : ScanData
        The region's loaded data.
    folder : Path, optional
        The region folder (column letters, repeated rows, the contact line of
        ``region.toml``).
    out_dir : Path, optional
        Default ``confidential/<region>/feedback``; replaced as a whole.
    lang : {"nl", "en"}

    Returns
    -------
    list of Path
        The pages written, one per supplier.
    """
    from scan import config
    from scan.partners.templates_xlsx import TemplateSettings

    contact = TemplateSettings.for_region(folder).contact if folder is not None else ""
    held = config.confidential_dir(data.region.key)
    target = out_dir if out_dir is not None else held / "feedback"
    written: list[str] = []
    with atomic_folder(target) as build:
        for supplier, feedback in collect(data, folder, lang).items():
            name = file_name(supplier, lang)
            page = render_html(feedback, data.region, lang, contact)
            (build / name).write_text(page, encoding="utf-8", newline="\n")
            written.append(name)
    return [target / n for n in written]
