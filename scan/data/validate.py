"""Validate: raw cells to typed values, and the rows that cannot be used.

Two rules, one per kind of problem:

* **a cell that cannot be read** (text where a number, date, period, yes/no or
  choice belongs, such as ``n.v.t.``) is read as empty with a warning; if the
  column is required, the row is quarantined;
* **a value that can be read but is impossible** (a negative count, half a
  client) quarantines the row; in a column whose answer stands on its own
  (``Column.cell_only``: one rating of a tie, such as a trust score of 7) it
  empties that cell only, with a warning, and the rest of the row is used.

Parsing is done here per kind of column (:func:`parse_column`); the checks of
types, ranges and choices are the pandera schema from
:func:`scan.data.schema.to_pandera`, run lazily so every failing cell is reported.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from scan.data.ingest import SourceTable
from scan.data.model import DECLINED_ROWS, ISSUE_COLUMNS
from scan.data.schema import DTYPES, NO, PROVENANCE, YES, Column, Kind, Table, to_pandera

#: Text partners write for "no value" in a number column (read as empty, with a warning).
NOT_APPLICABLE = frozenset(
    {
        "n.v.t.",
        "n.v.t",
        "nvt",
        "n.v.t.,",
        "n/a",
        "na",
        "nan",
        "-",
        "--",
        "?",
        "onbekend",
        "unknown",
        "geen",
        "leeg",
        "#n/b",
        "#n/a",
        "x",
    }
)

_THOUSANDS_POINT = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_QUARTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*[QqKk]([1-4])$|^[QqKk]([1-4])\s*[-/ ]?\s*(\d{4})$")
_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$|^(\d{1,2})[-/](\d{4})$")
_YEAR = re.compile(r"^(\d{4})(\.0+)?$")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: The largest whole number kept exactly (a float holds every integer up to 2**53).
MAX_WHOLE = 2**53


@dataclass(frozen=True)
class Problem:
    """A cell that could not be used as delivered."""

    index: int
    column: str
    value: object
    code: str
    quarantine: bool
    detail: str = ""


@dataclass(frozen=True)
class ValidTable:
    """A source table with typed values.

    Attributes
    ----------
    source : SourceTable
        Where it came from.
    frame : DataFrame
        Typed columns (see :data:`DTYPES`), extras as text, provenance columns.
    quarantined : Series of bool
        Rows that cannot be used, aligned with ``frame``.
    issues : DataFrame
        Every problem found (columns :data:`scan.data.model.ISSUE_COLUMNS`).
    declined : DataFrame
        Rows of a pre-filled form answered "no" and nothing else
        (:func:`scan.data.ingest.drop_absent`): not rows of the table, but proof
        that the form was answered. The key columns as text, then provenance.
    """

    source: SourceTable
    frame: pd.DataFrame
    quarantined: pd.Series
    issues: pd.DataFrame
    declined: pd.DataFrame = field(default_factory=pd.DataFrame)


def _text(cell: object) -> str | None:
    """A raw cell as stripped text; None when blank. Whole floats lose their ``.0``."""
    if cell is None:
        return None
    if isinstance(cell, float):
        if cell != cell:
            return None
        if cell.is_integer():
            return str(int(cell))
    if isinstance(cell, bool):
        return "1" if cell else "0"
    text = str(cell).replace("\u00a0", " ").strip()
    return text or None


def parse_number(cell: object, decimal: str = ".") -> float | None:
    """A number from a raw cell; None when blank. Raises ValueError if not a number.

    Examples
    --------
    >>> parse_number("1.234,5", ","), parse_number("3,5", ","), parse_number("1,234.5")
    (1234.5, 3.5, 1234.5)
    >>> parse_number(" 12 ")
    12.0
    """
    if isinstance(cell, bool):
        raise ValueError(cell)
    if isinstance(cell, int | float | np.integer | np.floating):
        value = float(cell)
        if value != value:
            return None
        if not math.isfinite(value):
            raise ValueError(cell)
        return value
    text = _text(cell)
    if text is None:
        return None
    text = text.replace(" ", "").replace("€", "")
    if decimal == ",":
        if _THOUSANDS_POINT.match(text):
            text = text.replace(".", "")
        text = text.replace(",", ".") if text.count(",") == 1 else text
    elif _THOUSANDS_COMMA.match(text):
        text = text.replace(",", "")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    value = float(text)
    if not math.isfinite(value):  # "inf", "nan" or 1e999 written out
        raise ValueError(text)
    return value


def parse_date(cell: object) -> pd.Timestamp | None:
    """A date from ISO ``2026-03-31``, Dutch ``31-03-2026``/``31/3/2026``, or an Excel date.

    Examples
    --------
    >>> parse_date("31-03-2026"), parse_date("2026-03-31")
    (Timestamp('2026-03-31 00:00:00'), Timestamp('2026-03-31 00:00:00'))
    """
    if isinstance(cell, pd.Timestamp):
        return cell.normalize()
    if hasattr(cell, "year") and hasattr(cell, "month") and hasattr(cell, "day"):
        return pd.Timestamp(cell.year, cell.month, cell.day)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if 20000 <= cell <= 80000:  # an Excel serial date (1954..2118)
            return (_EXCEL_EPOCH + pd.Timedelta(days=int(cell))).normalize()
        raise ValueError(cell)
    text = _text(cell)
    if text is None:
        return None
    text = text.split(" ")[0].split("T")[0]
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
        if not match:
            raise ValueError(text)
        day, month, year = (int(g) for g in match.groups())
    return pd.Timestamp(year, month, day)


def parse_period(cell: object) -> str | None:
    """A period as ``2026``, ``2026-Q1`` or ``2026-03``.

    Examples
    --------
    >>> [parse_period(p) for p in ("2026", "Q1 2026", "2026-q2", "2026-3", "03-2026", 2026.0)]
    ['2026', '2026-Q1', '2026-Q2', '2026-03', '2026-03', '2026']
    """
    if hasattr(cell, "year") and hasattr(cell, "month") and not isinstance(cell, str):
        return f"{cell.year:04d}-{cell.month:02d}"
    text = _text(cell)
    if text is None:
        return None
    if _YEAR.match(text):
        return text[:4]
    match = _QUARTER.match(text)
    if match:
        year = match.group(1) or match.group(4)
        quarter = match.group(2) or match.group(3)
        return f"{year}-Q{quarter}"
    match = _MONTH.match(text)
    if match:
        year = match.group(1) or match.group(4)
        month = int(match.group(2) or match.group(3))
        if 1 <= month <= 12:
            return f"{year}-{month:02d}"
    raise ValueError(text)


def parse_yesno(cell: object) -> bool | None:
    """Yes/no from ``1/0``, ``ja/nee``, ``yes/no``, ``true/false``, ``j/n``, ``y/n``, ``x``/blank.

    A blank cell is None (unknown), not no: whether blank means no is the
    table's business (see :func:`parse_column`).
    """
    if isinstance(cell, bool):
        return cell
    text = _text(cell)
    if text is None:
        return None
    low = text.lower()
    if low in YES:
        return True
    if low in NO:
        return False
    raise ValueError(text)


def parse_choice(cell: object, column: Column) -> str | None:
    """A choice after lower-casing and synonyms; ValueError if not allowed."""
    text = _text(cell)
    if text is None:
        return None
    low = re.sub(r"\s+", " ", text.lower())
    low = column.synonyms.get(low, low)
    if low not in column.choices:
        raise ValueError(text)
    return low


_CODES: dict[Kind, str] = {
    "number": "not_a_number",
    "integer": "not_a_number",
    "date": "not_a_date",
    "period": "not_a_period",
    "yesno": "not_yes_no",
    "choice": "not_a_choice",
}


def parse_column(
    values: pd.Series, column: Column, decimal: str = "."
) -> tuple[pd.Series, list[Problem]]:
    """Parse one raw column into its typed form.

    Parameters
    ----------
    values : Series
        Raw cells.
    column : Column
        Its definition.
    decimal : str
        Decimal mark of numbers written as text.

    Returns
    -------
    typed : Series
        With dtype ``DTYPES[column.kind]``; unreadable cells empty.
    problems : list of Problem
        Unreadable cells (a warning, or a quarantine when the column is required
        or strict)
        and missing required values.
    """
    kind = column.kind
    problems: list[Problem] = []
    parse: Callable[[object], object]
    if kind in ("text", "org"):
        parse = _text
    elif kind in ("number", "integer"):
        parse = lambda c: parse_number(c, decimal)  # noqa: E731
    elif kind == "date":
        parse = parse_date
    elif kind == "period":
        parse = parse_period
    elif kind == "yesno":
        parse = parse_yesno
    else:
        parse = lambda c: parse_choice(c, column)  # noqa: E731

    out: list[object] = []
    for index, cell in zip(values.index, values.array, strict=True):
        try:
            value = parse(cell)
        except (ValueError, OverflowError):
            text = _text(cell)
            code = _CODES[kind]
            if (
                kind in ("number", "integer")
                and text is not None
                and text.lower() in NOT_APPLICABLE
            ):
                code = "not_applicable"
            detail = ", ".join(column.choices) if kind == "choice" else ""
            quarantine = column.required or column.strict
            problems.append(Problem(int(index), column.name, cell, code, quarantine, detail))
            out.append(None)
            continue
        if value is None and column.required:
            problems.append(Problem(int(index), column.name, cell, "missing_required", True))
        if kind == "integer" and value is not None:
            number = float(value)
            if not number.is_integer():
                problems.append(Problem(int(index), column.name, cell, "not_whole", True))
                value = None
            elif abs(number) > MAX_WHOLE:
                problems.append(
                    Problem(int(index), column.name, cell, "out_of_range", True, f"≤ {MAX_WHOLE:,}")
                )
                value = None
            else:
                value = int(number)
        out.append(value)
    dtype = DTYPES[kind]
    if kind == "date":
        typed = pd.Series(pd.to_datetime(pd.Series(out, dtype="object")), index=values.index)
        typed = typed.astype(dtype)
    else:
        typed = pd.Series(pd.array(out, dtype=dtype), index=values.index)
    return typed, problems


def _range_text(column: Column) -> str:
    low = "" if column.ge is None else f"{column.ge:g}"
    high = "" if column.le is None else f"{column.le:g}"
    if low and high:
        return f"{low}–{high}"
    return f"≥ {low}" if low else f"≤ {high}"


def schema_problems(frame: pd.DataFrame, table: Table) -> list[Problem]:
    """Impossible values found by the table's pandera schema (ranges, choices)."""
    import pandera.errors

    schema = to_pandera(table, [c for c in frame.columns if table.knows(c)])
    try:
        schema.validate(frame, lazy=True)  # type: ignore[attr-defined]
    except pandera.errors.SchemaErrors as errors:
        problems = []
        cases = errors.failure_cases
        for case in cases.itertuples(index=False):
            index = getattr(case, "index", None)
            name = str(getattr(case, "column", ""))
            if index is None or pd.isna(index) or not table.knows(name):
                continue
            check = str(getattr(case, "check", ""))
            column = table.column(name)
            whole_row = True
            if check.startswith(("greater_than", "less_than", "in_range")):
                code, detail = "out_of_range", _range_text(column)
                if column.cell_only:
                    code, whole_row = "out_of_range_cell", False
            else:
                code, detail = "invalid", check
            problems.append(
                Problem(
                    int(index), name, getattr(case, "failure_case", None), code, whole_row, detail
                )
            )
        return problems
    return []


def validate(source: SourceTable) -> ValidTable:
    """Type a source table and find the rows that cannot be used.

    Parameters
    ----------
    source : SourceTable
        Raw cells from :func:`scan.data.ingest.ingest`.

    Returns
    -------
    ValidTable

    Examples
    --------
    >>> import pandas as pd
    >>> from scan.data.schema import TABLES
    >>> raw = pd.DataFrame({"from_org": ["A", "B"], "to_org": ["B", "A"],
    ...                     "period": ["2026-Q1", "2026"], "clients": ["3", "-1"]})
    >>> raw["src_row"] = pd.array([2, 3], dtype="Int64")
    >>> valid = validate(SourceTable(TABLES["flows"], "X", "flows.csv", "", raw))
    >>> valid.quarantined.tolist(), valid.issues["code"].tolist()
    ([False, True], ['out_of_range'])
    """
    table = source.table
    raw = source.frame.reset_index(drop=True)
    typed: dict[str, pd.Series] = {}
    problems: list[Problem] = []
    for name in raw.columns:
        if name == "src_row":
            continue
        if table.knows(name):
            series, found = parse_column(raw[name], table.column(name), source.decimal)
            typed[name] = series
            problems += found
        else:
            typed[name] = pd.Series(
                pd.array([_text(c) for c in raw[name].array], dtype="string"), index=raw.index
            )
    frame = pd.DataFrame(typed, index=raw.index)
    found = schema_problems(frame, table)
    for p in found:
        if not p.quarantine:  # an impossible answer that stands on its own: that cell only
            frame.loc[frame.index[p.index], p.column] = pd.NA
    problems += found
    if table.presence is not None and table.presence in frame.columns:
        # rows answering "no" and nothing else were dropped when read (ingest.drop_absent);
        # "no" with answers contradicts itself: not used. The column has done its work.
        presence = table.presence
        says_no = frame[presence].eq(False).fillna(False).astype(bool)
        for index in says_no[says_no].index:
            value = raw[presence].iloc[int(index)]
            problems.append(Problem(int(index), presence, value, "not_a_partner", True))
        frame = frame.drop(columns=[presence])
    frame["src_supplier"] = pd.Series(source.supplier, index=raw.index, dtype="string")
    frame["src_file"] = pd.Series(source.file, index=raw.index, dtype="string")
    frame["src_sheet"] = pd.Series(source.sheet, index=raw.index, dtype="string")
    frame["src_row"] = raw["src_row"].astype("Int64")
    problems = _reader_flags(source, raw, problems)
    quarantined = pd.Series(False, index=raw.index)
    for p in problems:
        if p.quarantine:
            quarantined.iloc[p.index] = True
    return ValidTable(
        source=source,
        frame=frame[[c for c in frame.columns if c not in PROVENANCE] + list(PROVENANCE)],
        quarantined=quarantined,
        issues=issues_frame(source, problems, raw["src_row"]),
        declined=declined_rows(source),
    )


def declined_rows(source: SourceTable) -> pd.DataFrame:
    """The rows a pre-filled form answered "no" and nothing else, with provenance.

    Ingest passes them beside the rows (:data:`scan.data.model.DECLINED_ROWS`);
    they count for nothing but the answering organisation's response.

    Examples
    --------
    >>> from scan.data.schema import TABLES
    >>> raw = pd.DataFrame({"respondent_org": [], "partner_org": []})
    >>> raw.attrs["declined_rows"] = (("A ", "B", 4),)
    >>> row = declined_rows(SourceTable(TABLES["ties"], "X", "ties.csv", "", raw)).iloc[0]
    >>> row.astype(str).tolist()
    ['A', 'B', 'X', 'ties.csv', '', '4']
    """
    table = source.table
    records = source.frame.attrs.get(DECLINED_ROWS, ())
    key = list(table.key)
    data: dict[str, pd.Series] = {
        c: pd.Series([_text(r[i]) for r in records], dtype="string") for i, c in enumerate(key)
    }
    for p in PROVENANCE:
        if p == "src_row":
            rows = [r[len(key)] if len(r) > len(key) else None for r in records]
            data[p] = pd.Series(rows, dtype="Int64")
        else:
            value = {"src_supplier": source.supplier, "src_file": source.file}.get(p, source.sheet)
            data[p] = pd.Series([value] * len(records), dtype="string")
    return pd.DataFrame(data)


def _reader_flags(source: SourceTable, raw: pd.DataFrame, problems: list[Problem]) -> list[Problem]:
    """The rows the reader flagged (:attr:`SourceTable.flags`) are quarantined for that reason.

    The reader could not read such a row as the file meant it (a quote that is
    not closed): any other complaint about its cells would only repeat that.
    """
    if not source.flags:
        return problems
    index = {int(row): i for i, row in enumerate(raw["src_row"].array)}
    flagged = [
        Problem(index[f.row], f.column, f.value, f.code, True, f.detail)
        for f in source.flags
        if f.row in index
    ]
    rows = {p.index for p in flagged}
    return [p for p in problems if p.index not in rows] + flagged


def issues_frame(source: SourceTable, problems: list[Problem], rows: pd.Series) -> pd.DataFrame:
    """Problems as rows of the data-quality issue log, in file order."""
    records = [
        {
            "supplier": source.supplier,
            "file": source.file,
            "sheet": source.sheet,
            "row": int(rows.iloc[p.index]),
            "table": source.table.name,
            "column": p.column,
            "value": "" if _text(p.value) is None else _text(p.value),
            "action": "quarantined" if p.quarantine else "warning",
            "code": p.code,
            "detail": p.detail,
        }
        for p in problems
    ]
    frame = pd.DataFrame(records, columns=list(ISSUE_COLUMNS))
    return frame.sort_values(["row", "column"], kind="stable").reset_index(drop=True)
