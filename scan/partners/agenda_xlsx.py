"""The change agenda as a workbook: ``netwerkscan agenda <region>`` → ``veranderagenda.xlsx``.

One scan (:func:`scan.pipeline.run_scan`) gives the findings; every selected
bottleneck, transition and quick win becomes one action row, pre-filled by
:func:`scan.followup.actions.agenda_rows` (the measure, its subject, the value
now and a suggested aim). The workbook is made with the machinery of the
data-request templates (:mod:`scan.partners.templates_xlsx`): an instruction
sheet, a sheet whose name starts with the table (``agenda veranderagenda``,
so the follow-up scan reads it back as the table ``agenda``), drop-downs made
from the schema, and the organisations' list. The two header rows are
locked (the sheet is protected without a password); every other cell can
be edited.

The file name stays ``veranderagenda.xlsx`` in either language, so the adviser
and the follow-up always look for the same file.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from scan.data.schema import MEASURES, TABLES
from scan.errors import ScanError
from scan.files import write_bytes_atomic
from scan.followup.actions import agenda_rows
from scan.followup.rounds import round_from_data
from scan.partners.templates_xlsx import (
    _row_height,
    _validation,
    allowed_text,
    choice_word,
    note_sheet,
    open_book,
    periods_of,
    write_lists,
)
from scan.text import Lang, t

if TYPE_CHECKING:
    from scan.pipeline import ScanResult

#: The workbook's file name (the same in both languages).
FILE_NAME = "veranderagenda.xlsx"
#: The extra, not read column with the measure in words.
MEASURE_TEXT = "measure_text"


def sheet_name(lang: Lang = "nl") -> str:
    """The agenda's sheet: the table's name, then a word for people."""
    return f"agenda {t('agenda.sheet', lang)}"[:31]


def agenda_frame(
    result: ScanResult, lang: Lang = "nl", select: Collection[str] | None = None
) -> pd.DataFrame:
    """The rows of the agenda of one scan (see :func:`scan.followup.actions.agenda_rows`).

    Raises
    ------
    ScanError
        When ``select`` names a finding the scan does not have.
    """
    from scan.followup.compare import CompareParams

    r = round_from_data(
        result.data, result.analysis, result.findings, params=result.findings.params
    )
    try:
        return agenda_rows(
            r, lang, select=select, target_utilisation=CompareParams().target_utilisation
        )
    except KeyError as error:
        raise ScanError("agenda.error.unknown_ids", ids=str(error.args[0])) from None


def write_agenda(
    result: ScanResult,
    path: Path,
    *,
    lang: Lang = "nl",
    select: Collection[str] | None = None,
) -> tuple[Path, int]:
    """Write the change agenda of one scan.

    Parameters
    ----------
    result : ScanResult
        One run of the pipeline.
    path : Path
        The ``.xlsx`` to write (atomically).
    lang : {"nl", "en"}
    select : collection of str, optional
        Finding ids; default every bottleneck, transition and quick win.

    Returns
    -------
    (Path, int)
        The file and the number of actions.
    """
    import io

    rows = agenda_frame(result, lang, select)
    table = TABLES["agenda"]
    buffer = io.BytesIO()
    region = result.data.region
    book, fmt = open_book(buffer, t("agenda.title", lang, region=region.name))
    open_cell = book.add_format({"locked": False})
    orgs = result.data.organisations.sort_values(
        "name", key=lambda s: s.astype(str).str.casefold(), kind="stable"
    )

    # 1. the instructions
    notes = book.add_worksheet(note_sheet("template.sheet_notes", lang))
    widths = (26, 11, 62, 30)
    for j, w in enumerate(widths):
        notes.set_column(j, j, w)
    chars = sum(widths) + 10
    row = 0

    def paragraph(content: str, style: str = "p") -> None:
        nonlocal row
        notes.merge_range(row, 0, row, 3, content, fmt[style])
        notes.set_row(row, _row_height(content, chars) if style == "p" else None)
        row += 1

    notes.write_string(row, 0, t("agenda.title", lang, region=region.name), fmt["title"])
    row += 1
    if region.period:
        paragraph(t("agenda.period", lang, period=region.period))
    for title_key, body_key in (
        ("agenda.why_title", "agenda.why"),
        ("agenda.how_title", "agenda.how"),
        ("agenda.confidential_title", "agenda.confidential"),
    ):
        row += 1
        paragraph(t(title_key, lang), "h")
        paragraph(t(body_key, lang))
    row += 1
    paragraph(t("agenda.measures_title", lang), "h")
    for measure in MEASURES:
        paragraph(t(f"agenda.measure.{measure}", lang))
    row += 1
    paragraph(t("template.columns_title", lang, sheet=sheet_name(lang)), "h")
    for j, key in enumerate(
        (
            "template.col_column",
            "template.col_required",
            "template.col_meaning",
            "template.col_allowed",
        )
    ):
        notes.write_string(row, j, t(key, lang), fmt["th"])
    row += 1
    for column in table.columns:
        label, help_text = _words(column.name, lang)
        cells = (
            column.name,
            t("template.yes", lang) if column.required else "",
            f"{label}: {help_text}",
            allowed_text(column, lang),
        )
        for j, value in enumerate(cells):
            notes.write_string(row, j, value, fmt["td"])
        notes.set_row(row, _row_height(cells[2], widths[2]))
        row += 1

    # 2. the actions
    sheet = book.add_worksheet(sheet_name(lang))
    names = [*table.names, MEASURE_TEXT]
    last = 2 + len(rows) + 50  # room for actions of one's own
    for j, name in enumerate(names):
        label, help_text = _words(name, lang)
        sheet.write_string(0, j, label, fmt["label"])
        sheet.write_string(1, j, name, fmt["header"])
        width = {"what_to_do": 50, "first_step": 30, MEASURE_TEXT: 60}.get(name, 14)
        sheet.set_column(j, j, width, open_cell)
        if name == MEASURE_TEXT:
            continue
        options = _validation(
            table.column(name), lang, periods_of(region.period), t("template.orgs_name", lang)
        )
        if options is not None:
            options |= {
                "ignore_blank": True,
                "input_title": label[:32],
                "input_message": f"{help_text} ({allowed_text(table.column(name), lang)})"[:255],
            }
            sheet.data_validation(2, j, last, j, options)
    date_format = book.add_format({"num_format": "dd-mm-yyyy", "locked": False})
    for i, r in enumerate(rows.itertuples(index=False), start=2):
        for j, name in enumerate(names):
            value = getattr(r, name)
            if name == "direction" and isinstance(value, str):
                value = choice_word(value, lang)  # as the drop-down says it; read back
            _write(sheet, i, j, value, date_format if name == "due" else open_cell)
    sheet.set_row(0, 45)
    sheet.freeze_panes(2, 1)
    sheet.autofilter(1, 0, last, len(names) - 1)
    sheet.protect(
        "",
        {
            "autofilter": True,
            "sort": True,
            "format_columns": True,
            "insert_rows": True,
            "delete_rows": True,
        },
    )

    # 3. the organisations to pick from
    write_lists(book, orgs, fmt, lang)
    book.close()
    return write_bytes_atomic(path, buffer.getvalue()), len(rows)


def _words(name: str, lang: Lang) -> tuple[str, str]:
    """The label (row 1) and help text of an agenda column."""
    return t(f"agenda.label.{name}", lang), t(f"agenda.help.{name}", lang)


def _write(sheet: Any, i: int, j: int, value: object, style: Any) -> None:
    """One cell: numbers as numbers, text as text, unknown left empty (never 0)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        sheet.write_blank(i, j, None, style)
    elif isinstance(value, int | float):
        sheet.write_number(i, j, float(value), style)
    else:
        sheet.write_string(i, j, str(value), style)
