"""Ingest: every file of a region's data package as raw source tables.

Reads ``data/raw/<region>/`` as the data request describes and never writes to
it. Each recognised file (CSV) or sheet (xlsx) becomes a :class:`SourceTable`
whose cells are still raw (strings from CSV, native values from xlsx) under
canonical column names, with provenance: supplier, file, sheet and the row
number as the partner sees it (1-based, title and header rows counted).
Everything else is listed in the file log with its reason.

CSV dialects are sniffed per file:

* encoding: UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (with a
  warning);
* delimiter: the one of ``, ; TAB |`` for which a row holds the table's
  required columns (the header);
* decimal mark: comma when number cells look like ``3,5`` and the delimiter is
  not a comma.

xlsx (and xls/ods) are read with calamine. The instruction and list sheets of
the partner templates (named ``… (netwerkscan)``, :data:`NOTE_SHEET_SUFFIX`)
are not deliveries. A pre-filled form's row that answers "not a partner" and
nothing else is not a row (:func:`drop_absent`).
"""

from __future__ import annotations

import csv
import hashlib
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from scan.data.model import DECLINED_ROWS, FILE_COLUMNS, ISSUE_COLUMNS, RegionInfo
from scan.data.schema import NO, Table, canonical_header, table_for_name
from scan.errors import ScanError

#: Supplier name of files directly in the region folder.
ADVISER = "(adviser)"
CSV_SUFFIXES = frozenset({".csv", ".txt"})
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
DELIMITERS = (";", ",", "\t", "|")
#: How many rows from the top are searched for the header.
HEADER_SEARCH_ROWS = 30
#: Sheets whose name ends with this are never deliveries: the instruction and list
#: sheets of the partner templates (:mod:`scan.partners.templates_xlsx`), e.g.
#: ``Toelichting (netwerkscan)``; compared case-insensitively.
NOTE_SHEET_SUFFIX = "(netwerkscan)"
_DECIMAL_COMMA = re.compile(r"^\s*-?\d{1,3}(\.\d{3})*,\d+\s*$")
_DECIMAL_POINT = re.compile(r"^\s*-?\d+\.\d+\s*$")


@dataclass(frozen=True)
class SourceTable:
    """One table as delivered: raw cells and where they came from.

    Attributes
    ----------
    table : Table
        Which table of the data request it holds.
    supplier : str
        Folder name of the partner, or :data:`ADVISER`.
    file : str
        Path relative to the region folder (``/`` separated).
    sheet : str
        Sheet name; empty for CSV.
    frame : DataFrame
        Raw cells under canonical column names, one row per non-empty data row,
        plus ``src_row`` (the row number the partner sees).
    decimal : str
        ``","`` or ``"."``: how numbers written as text are read.
    extra_columns : tuple of str
        Columns not in the data request (kept, and reported).
    header_row : int
        Row number of the header as the partner sees it.
    encoding, delimiter : str
        How a CSV was read (empty for a workbook).
    """

    table: Table
    supplier: str
    file: str
    sheet: str
    frame: pd.DataFrame
    decimal: str = "."
    extra_columns: tuple[str, ...] = ()
    header_row: int = 1
    encoding: str = ""
    delimiter: str = ""

    def log_fields(self) -> dict[str, object]:
        """How the table was read, for the file log."""
        return {
            "table": self.table.name,
            "status": "used",
            "rows": len(self.frame),
            "header_row": self.header_row,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "decimal": self.decimal,
            "columns_extra": ", ".join(self.extra_columns),
        }


@dataclass
class Ingested:
    """All of a region's deliveries, read.

    Attributes
    ----------
    region : RegionInfo
    sources : list of SourceTable
    files : DataFrame
        The file log (columns :data:`scan.data.model.FILE_COLUMNS`).
    issues : DataFrame
        Problems found while reading (columns :data:`scan.data.model.ISSUE_COLUMNS`).
    """

    region: RegionInfo
    sources: list[SourceTable] = field(default_factory=list)
    files: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(FILE_COLUMNS)))
    issues: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(ISSUE_COLUMNS)))


class _Log:
    """Collects file records and issues while reading."""

    def __init__(self) -> None:
        self.files: list[dict[str, object]] = []
        self.issues: list[dict[str, object]] = []

    def file(self, **record: object) -> None:
        self.files.append({c: record.get(c) for c in FILE_COLUMNS})

    def issue(self, **record: object) -> None:
        self.issues.append({c: record.get(c) for c in ISSUE_COLUMNS})


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file: its fingerprint in the report."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def decode(data: bytes) -> tuple[str, str]:
    """Text of a CSV file and the encoding that fitted.

    Examples
    --------
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfa;b")
    ('a;b', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def find_header(rows: Sequence[Sequence[object]], table: Table) -> int | None:
    """Index of the first row holding all of ``table``'s required columns."""
    required = set(table.required)
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = {canonical_header(cell) for cell in row if cell is not None and cell != ""}
        if required <= names:
            return i
    return None


def _csv_rows(text: str, delimiter: str) -> tuple[list[list[str]], list[int]]:
    """Rows of ``text`` and the 1-based line each row starts on."""
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    for row in reader:
        rows.append(row)
        lines.append(start)
        start = reader.line_num + 1
    return rows, lines


def sniff_delimiter(text: str, table: Table) -> str | None:
    """The delimiter for which a header with the required columns exists.

    Examples
    --------
    >>> from scan.data.schema import TABLES
    >>> text = "Flows export\\nfrom_org;to_org;period;clients\\nA;B;2026;3,5"
    >>> sniff_delimiter(text, TABLES["flows"])
    ';'
    """
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    best: tuple[int, str] | None = None
    for delimiter in DELIMITERS:
        rows = list(csv.reader(head.splitlines(), delimiter=delimiter))
        index = find_header(rows, table)
        if index is None:
            continue
        width = len(rows[index])
        if best is None or width > best[0]:
            best = (width, delimiter)
    return None if best is None else best[1]


def sniff_decimal(cells: Iterable[object], delimiter: str) -> str:
    """``","`` if number-like text cells use a decimal comma, else ``"."``.

    Examples
    --------
    >>> sniff_decimal(["3,5", "12", "n.v.t."], ";")
    ','
    >>> sniff_decimal(["3.5", "1.234,5"], ";")
    ','
    >>> sniff_decimal(["3.5"], ";")
    '.'
    """
    if delimiter == ",":
        return "."
    comma = point = 0
    for cell in cells:
        if not isinstance(cell, str):
            continue
        if _DECIMAL_COMMA.match(cell):
            comma += 1
        elif _DECIMAL_POINT.match(cell):
            point += 1
    return "," if comma > 0 and comma >= point else "."


def _blank(cell: object) -> bool:
    if cell is None:
        return True
    if isinstance(cell, float) and cell != cell:
        return True
    return isinstance(cell, str) and cell.strip() == ""


def frame_from_rows(
    rows: Sequence[Sequence[object]],
    row_numbers: Sequence[int],
    header_index: int,
    table: Table,
    where: dict[str, object],
    log: _Log,
) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """Data rows below the header as a frame of raw cells, named canonically.

    Empty rows are dropped (not counted as rows); empty columns without a
    header are dropped; a duplicated header is renamed and reported; a row with
    more cells than the header keeps what fits and is reported.
    """
    header = [canonical_header(c) if not _blank(c) else "" for c in rows[header_index]]
    body = rows[header_index + 1 :]
    numbers = row_numbers[header_index + 1 :]
    width = len(header)
    keep = [i for i, name in enumerate(header) if name]
    # unnamed columns that hold data are kept as extras
    for i in range(width):
        if not header[i] and any(i < len(r) and not _blank(r[i]) for r in body):
            header[i] = f"column_{i + 1}"
            keep.append(i)
    keep.sort()
    names: list[str] = []
    seen: set[str] = set()
    for i in keep:
        name = header[i]
        if name in seen:
            new = f"{name}_{i + 1}"
            log.issue(
                **where,
                row=row_numbers[header_index],
                column=name,
                action="warning",
                code="duplicate_header",
                detail=new,
            )
            name = new
        seen.add(name)
        names.append(name)
    data: list[list[object]] = []
    src_rows: list[int] = []
    for row, number in zip(body, numbers, strict=True):
        if all(_blank(c) for c in row):
            continue
        extra = [c for c in row[width:] if not _blank(c)]
        if extra:
            log.issue(
                **where,
                row=number,
                action="warning",
                code="extra_cells",
                value="; ".join(map(str, extra)),
                detail=len(extra),
            )
        data.append([row[i] if i < len(row) else None for i in keep])
        src_rows.append(number)
    frame = pd.DataFrame(data, columns=names, dtype="object")
    frame["src_row"] = pd.array(src_rows, dtype="Int64")
    extras = tuple(n for n in names if not table.knows(n))
    return drop_absent(frame, table), extras


def _says_no(cell: object) -> bool:
    """Whether a raw yes/no cell says no (a blank cell does not)."""
    if isinstance(cell, bool):
        return not cell
    if isinstance(cell, int | float):
        return cell == 0
    if _blank(cell):
        return False
    return str(cell).strip().lower() in NO


def drop_absent(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Rows of a pre-filled form that were not answered are not rows.

    Only for a table with a ``presence`` column (``ties.works_with``) that the
    delivery has: a row whose presence cell says *no* or is blank, and which
    has no other answer, names no partner and is dropped like an empty row
    (the partner templates list every other organisation). A row answering
    *no* but with other answers is kept (validation quarantines it); a blank
    presence cell with answers means yes.

    A row that says *no* in so many words is still an answer: the form was
    filled in. Those rows travel on, apart from the rows, in
    ``frame.attrs[DECLINED_ROWS]`` as ``(key cells..., src_row)`` tuples, so
    that an organisation that works with nobody still counts as having
    answered (:mod:`scan.data.merge`, ``ScanData.respondents``). A blank
    presence cell is no answer.

    Examples
    --------
    >>> from scan.data.schema import TABLES
    >>> raw = pd.DataFrame({"respondent_org": ["A"] * 4, "partner_org": ["B", "C", "D", "E"],
    ...                     "works_with": ["nee", "ja", "nee", None],
    ...                     "frequency": [None, None, "daily", None],
    ...                     "partner_naam": ["Bb", "Cc", "Dd", "Ee"],
    ...                     "src_row": [2, 3, 4, 5]})
    >>> kept = drop_absent(raw, TABLES["ties"])
    >>> kept["partner_org"].tolist(), kept.attrs[DECLINED_ROWS]
    (['C', 'D'], (('A', 'B', 2),))
    """
    presence = table.presence
    if presence is None or presence not in frame.columns or frame.empty:
        return frame
    answers = [c for c in frame.columns if table.knows(c) and c not in table.key and c != presence]
    said_no = frame[presence].map(_says_no).astype(bool)
    no = said_no | frame[presence].map(_blank).astype(bool)
    blank = pd.Series(True, index=frame.index)
    for column in answers:
        blank &= frame[column].map(_blank).astype(bool)
    declined = frame[said_no & blank]
    columns = [c for c in (*table.key, "src_row") if c in frame.columns]
    kept = frame[~(no & blank)].reset_index(drop=True)
    kept.attrs[DECLINED_ROWS] = tuple(
        tuple(None if _blank(v) else v for v in row)
        for row in declined[columns].itertuples(index=False, name=None)
    )
    return kept


def read_csv(path: Path, table: Table, where: dict[str, object], log: _Log) -> SourceTable | None:
    """One CSV file as a :class:`SourceTable`, or None (reason logged)."""
    text, encoding = decode(path.read_bytes())
    if encoding == "latin-1":
        log.issue(**where, action="warning", code="encoding_guess")
    if not text.strip():
        log.file(**where, table=table.name, status="empty", rows=0, detail="empty")
        return None
    delimiter = sniff_delimiter(text, table)
    if delimiter is None:
        missing = ", ".join(table.required)
        log.file(**where, table=table.name, status="no_header", rows=0, detail=missing)
        return None
    rows, lines = _csv_rows(text, delimiter)
    header_index = find_header(rows, table)
    assert header_index is not None  # sniff_delimiter found it
    at = {**where, "table": table.name}
    frame, extras = frame_from_rows(rows, lines, header_index, table, at, log)
    decimal = sniff_decimal(
        (v for c in frame.columns if c != "src_row" for v in frame[c].head(2000)), delimiter
    )
    return SourceTable(
        table=table,
        supplier=str(where["supplier"]),
        file=str(where["file"]),
        sheet="",
        frame=frame,
        decimal=decimal,
        extra_columns=extras,
        header_row=lines[header_index],
        encoding=encoding,
        delimiter=delimiter,
    )


def read_excel(
    path: Path, file_table: Table | None, where: dict[str, object], log: _Log, digest: str
) -> list[SourceTable]:
    """Every recognised sheet of a workbook as a :class:`SourceTable`.

    A sheet holds the table its name names. A workbook with a single sheet
    whose name names nothing holds the table the file name names.
    """
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        names = [
            m.name for m in book.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
    except Exception as error:  # any reader failure is the partner's file, not ours
        log.file(
            **where,
            status="unreadable",
            rows=0,
            sha256=digest,
            detail=f"{type(error).__name__}: {error}"[:200],
        )
        return []
    out: list[SourceTable] = []
    names = [n for n in names if not n.strip().casefold().endswith(NOTE_SHEET_SUFFIX)]
    for sheet in names:
        at = {**where, "sheet": sheet}
        table = table_for_name(sheet)
        if table is None and len(names) == 1:
            table = file_table
        if table is None:
            log.file(**at, status="not_recognised", rows=0, sha256=digest, detail=_table_names())
            continue
        try:
            rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as error:
            log.file(
                **at,
                table=table.name,
                status="unreadable",
                rows=0,
                sha256=digest,
                detail=f"{type(error).__name__}: {error}"[:200],
            )
            continue
        header_index = find_header(rows, table)
        if header_index is None:
            status = "empty" if all(_blank(c) for r in rows for c in r) else "no_header"
            log.file(
                **at,
                table=table.name,
                status=status,
                rows=0,
                sha256=digest,
                detail=", ".join(table.required),
            )
            continue
        numbers = list(range(1, len(rows) + 1))
        frame, extras = frame_from_rows(
            rows, numbers, header_index, table, {**at, "table": table.name}, log
        )
        decimal = sniff_decimal(
            (v for c in frame.columns if c != "src_row" for v in frame[c].head(2000)), ";"
        )
        source = SourceTable(
            table=table,
            supplier=str(where["supplier"]),
            file=str(where["file"]),
            sheet=sheet,
            frame=frame,
            decimal=decimal,
            extra_columns=extras,
            header_row=header_index + 1,
        )
        log.file(**at, sha256=digest, **source.log_fields())
        out.append(source)
    return out


def _table_names() -> str:
    from scan.data.schema import TABLES

    return ", ".join(TABLES)


def read_region_info(folder: Path, log: _Log | None = None) -> RegionInfo:
    """``region.toml`` of a region, or defaults from the folder name.

    A ``region.toml`` that cannot be read is logged in ``log`` when given.
    """
    log = log if log is not None else _Log()
    key = folder.name
    path = folder / "region.toml"
    if not path.exists():
        return RegionInfo(key=key, name=key)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        log.issue(
            supplier=ADVISER,
            file="region.toml",
            sheet="",
            action="warning",
            code="bad_region_toml",
            detail=str(error)[:200],
        )
        return RegionInfo(key=key, name=key)
    defaults = data.get("defaults", {})
    return RegionInfo(
        key=key,
        name=str(data.get("name", key)),
        period=str(data.get("period", "")),
        defaults=dict(defaults) if isinstance(defaults, dict) else {},
    )


def region_files(folder: Path) -> list[Path]:
    """Every file below ``folder`` that belongs to the data package, sorted.

    Hidden files, Office lock files (``~$…``) and ``region.toml`` are not
    deliveries.
    """
    files = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(p.startswith(".") for p in rel.parts):
            continue
        if path.name.startswith("~$") or rel.as_posix() == "region.toml":
            continue
        files.append(path)
    return files


def supplier_of(rel: Path) -> str:
    """The supplier of a file: the first folder under the region, or the adviser."""
    return rel.parts[0] if len(rel.parts) > 1 else ADVISER


def ingest(folder: Path) -> Ingested:
    """Read a region's whole data package.

    Parameters
    ----------
    folder : Path
        ``data/raw/<region>``.

    Returns
    -------
    Ingested
        The source tables, the file log and the reading issues.

    Raises
    ------
    ScanError
        If the folder does not exist.
    """
    if not folder.is_dir():
        raise ScanError("error.no_region", folder=folder)
    log = _Log()
    info = read_region_info(folder, log)
    sources: list[SourceTable] = []
    for path in region_files(folder):
        rel = path.relative_to(folder)
        where: dict[str, object] = {
            "supplier": supplier_of(rel),
            "file": rel.as_posix(),
            "sheet": "",
        }
        suffix = path.suffix.lower()
        digest = sha256(path)
        table = table_for_name(path.name)
        if suffix in EXCEL_SUFFIXES:
            sources += read_excel(path, table, where, log, digest)
            continue
        if suffix not in CSV_SUFFIXES:
            log.file(**where, status="unsupported_format", rows=0, sha256=digest)
            continue
        if table is None:
            log.file(**where, status="not_recognised", rows=0, sha256=digest, detail=_table_names())
            continue
        try:
            source = read_csv(path, table, where, log)
        except csv.Error as error:
            log.file(
                **where,
                table=table.name,
                status="unreadable",
                rows=0,
                sha256=digest,
                detail=str(error)[:200],
            )
            continue
        if source is None:
            log.files[-1]["sha256"] = digest
            continue
        log.file(**where, sha256=digest, **source.log_fields())
        sources.append(source)
    return Ingested(
        region=info,
        sources=sources,
        files=pd.DataFrame(log.files, columns=list(FILE_COLUMNS)),
        issues=pd.DataFrame(log.issues, columns=list(ISSUE_COLUMNS)),
    )
