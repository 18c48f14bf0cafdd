# ruff: noqa: E501
"""Feedback to partners: per supplier, what was used and what to change, in their own terms.

``netwerkscan validate <region> --feedback`` writes one short HTML file per
supplier into ``reports/<region>/feedback/``. It lists, for that supplier's own
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
from scan.text.messages import REASONS, Lang, reason, say

# --------------------------------------------------------------------------------------
# Words (to be merged into scan.text.messages)
# --------------------------------------------------------------------------------------

#: Reasons the catalogue does not have yet (same form as :data:`scan.text.messages.REASONS`).
OWN_REASONS: dict[str, dict[Lang, str]] = {
    "not_a_partner": {
        "nl": "'{value}' bij works_with (werkt u samen?), maar de rij is wel ingevuld; de rij is niet gebruikt",
        "en": "'{value}' in works_with (do you work together?), but the row is filled in; the row is not used",
    },
    "fuzzy": {
        "nl": "'{value}' is gelezen als {detail} (bij benadering herkend)",
        "en": "'{value}' was read as {detail} (recognised approximately)",
    },
    "duplicate_row": {
        "nl": "deze rij is gelijk aan rij {detail}; ze is één keer geteld",
        "en": "this row is the same as row {detail}; it is counted once",
    },
    "overruled": {
        "nl": "voor dezelfde regel ({detail}) zijn ook andere cijfers aangeleverd die voorgaan; uw cijfers zijn niet gebruikt",
        "en": "other figures were delivered for the same line ({detail}) and take precedence; your figures are not used",
    },
    "extra_column": {
        "nl": "kolom '{column}' hoort niet bij de datavraag; bewaard, maar niet gebruikt",
        "en": "column '{column}' is not part of the data request; kept, but not used",
    },
}

#: What to change, per code.
ADVICE: dict[str, dict[Lang, str]] = {
    "missing_required": {
        "nl": "Vul '{column}' in; zonder deze waarde kan de rij niet worden gebruikt.",
        "en": "Fill in '{column}'; without it the row cannot be used.",
    },
    "not_applicable": {
        "nl": "Laat de cel leeg als er geen waarde is; schrijf geen '{value}'.",
        "en": "Leave the cell empty when there is no value; do not write '{value}'.",
    },
    "not_a_number": {
        "nl": "Vul een getal in (bijvoorbeeld 12 of 3,5), of laat de cel leeg.",
        "en": "Enter a number (e.g. 12 or 3.5), or leave the cell empty.",
    },
    "not_a_date": {
        "nl": "Schrijf de datum als 31-03-2026 of 2026-03-31.",
        "en": "Write the date as 2026-03-31 or 31-03-2026.",
    },
    "not_a_period": {
        "nl": "Schrijf de periode als 2026, 2026-Q1 of 2026-03.",
        "en": "Write the period as 2026, 2026-Q1 or 2026-03.",
    },
    "not_yes_no": {"nl": "Vul ja of nee in.", "en": "Enter yes or no."},
    "not_a_choice": {"nl": "Kies een van: {detail}.", "en": "Choose one of: {detail}."},
    "not_whole": {"nl": "Vul een heel getal in.", "en": "Enter a whole number."},
    "out_of_range": {
        "nl": "Vul een waarde in binnen {detail}.",
        "en": "Enter a value within {detail}.",
    },
    "invalid": {"nl": "Controleer de waarde.", "en": "Check the value."},
    "extra_cells": {
        "nl": "Verwijder de cellen rechts van de tabel, of geef die kolom een naam in de kopregel.",
        "en": "Remove the cells right of the table, or give that column a name in the header.",
    },
    "unknown_org": {
        "nl": "Gebruik de code of de naam uit de organisatielijst van de regio (tabblad 'Lijsten' van het invulbestand). Hoort '{value}' in de regio thuis, laat het de adviseur weten.",
        "en": "Use the code or the name from the region's list of organisations (sheet 'Lists' of the template). If '{value}' belongs to the region, tell the adviser.",
    },
    "ambiguous_org": {
        "nl": "Gebruik de code van de organisatie die u bedoelt ({detail}).",
        "en": "Use the code of the organisation you mean ({detail}).",
    },
    "self_tie": {
        "nl": "Verwijder deze rij: uw eigen organisatie hoeft u niet als partner te noemen.",
        "en": "Remove this row: you need not name your own organisation as a partner.",
    },
    "not_a_partner": {
        "nl": "Zet 'ja' bij works_with als u met deze organisatie samenwerkt; anders maakt u de rij leeg.",
        "en": "Choose 'yes' in works_with if you work with this organisation; otherwise empty the row.",
    },
    "duplicate_header": {
        "nl": "Geef elke kolom een eigen naam.",
        "en": "Give every column its own name.",
    },
    "encoding_guess": {
        "nl": "Sla het bestand op als 'CSV UTF-8' en controleer letters met accenten.",
        "en": "Save the file as 'CSV UTF-8' and check letters with accents.",
    },
    "not_recognised": {
        "nl": "Staan er gegevens in, geef het bestand of tabblad dan een naam die zegt welke: die begint met organisations, ties, flows, episodes, capacity, survey of initiatives (of gebruik het invulbestand). Staan er geen gegevens in, dan hoeft u niets te doen.",
        "en": "If it holds data, give the file or sheet a name that says which: starting with organisations, ties, flows, episodes, capacity, survey or initiatives (or use the template). If it holds no data, nothing needs to be done.",
    },
    "unsupported_format": {
        "nl": "Lever het aan als .xlsx of .csv.",
        "en": "Deliver it as .xlsx or .csv.",
    },
    "no_header": {
        "nl": "Zet de kolomnamen ({detail}) samen in één rij boven de gegevens.",
        "en": "Put the column names ({detail}) together in one row above the data.",
    },
    "unreadable": {
        "nl": "Sla het bestand opnieuw op als .xlsx of .csv en stuur het nog eens.",
        "en": "Save the file again as .xlsx or .csv and send it once more.",
    },
    "empty": {"nl": "Vul het in, of laat het weg.", "en": "Fill it in, or leave it out."},
    "fuzzy": {
        "nl": "Klopt dat? Gebruik de code ({org_id}) of de naam precies zoals in de lijst.",
        "en": "Is that right? Use the code ({org_id}) or the name exactly as in the list.",
    },
    "duplicate_row": {
        "nl": "Verwijder de dubbele rij.",
        "en": "Remove the repeated row.",
    },
    "overruled": {
        "nl": "Controleer of uw cijfers kloppen; de adviseur neemt contact op als het verschil ertoe doet.",
        "en": "Check whether your figures are right; the adviser will contact you if the difference matters.",
    },
    "extra_column": {
        "nl": "Niets nodig, tenzij het een verschreven kolomnaam is{guess}.",
        "en": "Nothing needed, unless it is a misspelt column name{guess}.",
    },
}

#: The words of the feedback page.
WORDS: dict[str, dict[Lang, str]] = {
    "title": {"nl": "Terugkoppeling op uw gegevens", "en": "Feedback on your data"},
    "for": {
        "nl": "{region} · aangeleverd door {supplier}",
        "en": "{region} · delivered by {supplier}",
    },
    "intro": {
        "nl": "Dank voor het aanleveren. Hieronder staat per bestand wat we hebben kunnen gebruiken en wat u kunt verbeteren, met het bestand, het tabblad, het rijnummer en de kolom zoals u ze in uw eigen bestand ziet. Dit overzicht gaat alleen over uw eigen bestanden.",
        "en": "Thank you for delivering. Below, per file, what we could use and what you can improve, with the file, sheet, row number and column as you see them in your own file. This overview covers your own files only.",
    },
    "all_good": {
        "nl": "Alles kon worden gebruikt. U hoeft niets te doen.",
        "en": "Everything could be used. Nothing needs to be done.",
    },
    "files_title": {"nl": "Uw bestanden", "en": "Your files"},
    "quarantined_title": {
        "nl": "Rijen die niet zijn gebruikt",
        "en": "Rows that were not used",
    },
    "warning_title": {
        "nl": "Cellen die als leeg zijn gelezen en andere opmerkingen",
        "en": "Cells read as empty and other remarks",
    },
    "check_title": {"nl": "Graag controleren", "en": "Please check"},
    "not_read_title": {"nl": "Bestanden die niet zijn gelezen", "en": "Files that were not read"},
    "col_file": {"nl": "Bestand", "en": "File"},
    "col_sheet": {"nl": "Tabblad", "en": "Sheet"},
    "col_data": {"nl": "Gegevens", "en": "Data"},
    "col_rows": {"nl": "Rijen", "en": "Rows"},
    "col_used": {"nl": "Gebruikt", "en": "Used"},
    "col_not_used": {"nl": "Niet gebruikt", "en": "Not used"},
    "col_row": {"nl": "Rij", "en": "Row"},
    "col_column": {"nl": "Kolom", "en": "Column"},
    "col_value": {"nl": "Waarde", "en": "Value"},
    "col_what": {"nl": "Wat is er aan de hand", "en": "What is wrong"},
    "col_change": {"nl": "Wat kunt u doen", "en": "What to do"},
    "did_you_mean": {"nl": " (bedoelt u '{guess}'?)", "en": " (did you mean '{guess}'?)"},
    "adviser": {"nl": "de adviseur", "en": "the adviser"},
    "adviser_file": {"nl": "adviseur", "en": "adviser"},
    "footer": {
        "nl": "Vertrouwelijk: dit overzicht bevat alleen gegevens uit uw eigen bestanden.",
        "en": "Confidential: this overview only holds data from your own files.",
    },
    "contact": {
        "nl": "Vragen? Neem contact op met {contact}.",
        "en": "Questions? Contact {contact}.",
    },
}


def word(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A word of :data:`WORDS`, filled in."""
    template = WORDS.get(key, {}).get(lang, key)
    return template.format(**fields) if fields else template


def what(code: str, lang: Lang = "nl", **fields: object) -> str:
    """What is wrong: the catalogue's reason, else :data:`OWN_REASONS`."""
    if code in REASONS:
        return reason(code, lang, **fields)
    template = OWN_REASONS.get(code, {}).get(lang)
    if template is None:
        return code
    values = {"column": "", "value": "", "detail": ""} | {
        k: "" if v is None else str(v) for k, v in fields.items()
    }
    return template.format(**values)


def advice(code: str, lang: Lang = "nl", **fields: object) -> str:
    """What to change for a code (empty when nothing is known)."""
    template = ADVICE.get(code, {}).get(lang)
    if template is None:
        return ""
    values = {"column": "", "value": "", "detail": "", "org_id": "", "guess": ""} | {
        k: "" if v is None else str(v) for k, v in fields.items()
    }
    return template.format(**values)


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
        shown = word("adviser", lang) if supplier == ADVISER else supplier
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
                            guess=word("did_you_mean", lang, guess=guess[0]) if guess else "",
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
                "title": word("files_title", lang),
                "heads": [
                    word(k, lang)
                    for k in ("col_file", "col_sheet", "col_data", "col_rows", "col_not_used")
                ],
                "rows": [
                    (f.file, f.sheet, say(f"table_{f.table}", lang), f.rows, f.not_used)
                    for f in feedback.files
                ],
            }
        )
    heads = [
        word(k, lang)
        for k in ("col_file", "col_sheet", "col_row", "col_column", "col_value", "col_what")
    ] + [word("col_change", lang)]
    for level, title in (
        ("quarantined", "quarantined_title"),
        ("warning", "warning_title"),
        ("check", "check_title"),
        ("not_read", "not_read_title"),
    ):
        rows = [
            (i.file, i.sheet, i.row, i.column, i.value, i.what, i.change)
            for i in feedback.items
            if i.level == level
        ]
        if rows:
            tables.append({"title": word(title, lang), "heads": heads, "rows": rows})
    return render(
        "feedback.html.j2",
        lang=lang,
        title=f"{word('title', lang)} · {feedback.name}",
        region=region.name,
        heading=word("title", lang),
        meta=word("for", lang, region=region.name, supplier=feedback.name),
        intro=word("intro", lang),
        all_good=word("all_good", lang) if feedback.clean else "",
        tables=tables,
        footer=word("footer", lang),
        contact=word("contact", lang, contact=contact) if contact else "",
    )


def file_name(supplier: str, lang: Lang = "nl") -> str:
    """The feedback file of a supplier.

    Examples
    --------
    >>> file_name("ZH01 Ziekenhuis Lindewaard"), file_name(ADVISER)
    ('terugkoppeling ZH01 Ziekenhuis Lindewaard.html', 'terugkoppeling adviseur.html')
    """
    name = word("adviser_file", lang) if supplier == ADVISER else supplier
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
        Default ``reports/<region>/feedback``; replaced as a whole.
    lang : {"nl", "en"}

    Returns
    -------
    list of Path
        The pages written, one per supplier.
    """
    from scan import config
    from scan.partners.templates_xlsx import TemplateSettings

    contact = TemplateSettings.for_region(folder).contact if folder is not None else ""
    target = out_dir if out_dir is not None else config.reports_dir(data.region.key) / "feedback"
    written: list[str] = []
    with atomic_folder(target) as build:
        for supplier, feedback in collect(data, folder, lang).items():
            name = file_name(supplier, lang)
            page = render_html(feedback, data.region, lang, contact)
            (build / name).write_text(page, encoding="utf-8", newline="\n")
            written.append(name)
    return [target / n for n in written]
