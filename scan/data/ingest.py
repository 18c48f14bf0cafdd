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

CSV records are read with a check on quote balance (:func:`csv_records`): a
quote that is not closed where it should be never swallows the rows after it.
Only ``\n``, ``\r\n`` and ``\r`` end a line (:func:`split_lines`); a vertical
tab or U+2028 in a cell is a character.

xlsx (and xls/ods) are read with calamine, and only within :class:`ReadLimits`:
a workbook is inspected from its zip directory and a streaming scan of its XML
before calamine allocates anything (:class:`WorkbookCheck`). The instruction
and list sheets of the partner templates (named ``… (netwerkscan)``,
:data:`NOTE_SHEET_SUFFIX`) are not deliveries. A pre-filled form's row that
answers "not a partner" and nothing else is not a row (:func:`drop_absent`).

Symbolic links are never followed: each is listed as not read
(:func:`region_files`).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import tomllib
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple
from xml.parsers import expat

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
#: Cells of a CSV row shown for a line that could not be read as CSV (cut to this length).
SHOWN_CHARS = 200


@dataclass(frozen=True)
class ReadLimits:
    """How much one workbook may ask of memory: past a limit it is listed as not read.

    A few kilobytes of xlsx can unpack to gigabytes: a single cell far from A1
    makes the reader allocate every cell in between, a long shared string is
    copied into every cell that uses it. Each limit is checked from the zip's
    directory and a streaming scan of the sheet's XML, before calamine reads it
    (:class:`WorkbookCheck`); the reason is listed with the file (status
    ``too_many_cells``, ``part_too_large`` or ``too_much_text``). The defaults
    read a sheet of a million rows and 25 columns.

    Attributes
    ----------
    max_cells : int
        Cells a sheet may span, counted from A1 to the farthest cell written in
        its XML (rows × columns): what calamine and the reader allocate.
    max_part_bytes : int
        Bytes a sheet's XML, or another part calamine reads when it opens a
        workbook (the workbook, its styles …), may unpack to, as the zip's
        directory declares it (calamine unpacks no more than declared).
    max_text_bytes : int
        Bytes the shared strings of a workbook may unpack to, and bytes of
        text the cells of one sheet may take from them (a shared string is
        counted once for every cell that uses it).
    """

    max_cells: int = 25_000_000
    max_part_bytes: int = 500_000_000
    max_text_bytes: int = 200_000_000


_DECIMAL_COMMA = re.compile(r"^\s*-?\d{1,3}(\.\d{3})*,\d+\s*$")
_DECIMAL_POINT = re.compile(r"^\s*-?\d+\.\d+\s*$")


@dataclass(frozen=True)
class RowFlag:
    """A row the reader cannot vouch for: validation quarantines it with this reason.

    Attributes
    ----------
    row : int
        The row's ``src_row``.
    column : str
        Canonical name of the column where the problem is (may be empty).
    code : str
        Reason code (``reason.<code>`` in :mod:`scan.text.quality`).
    detail, value : str
        Filled into the reason; the cell as far as it could be read.
    """

    row: int
    column: str
    code: str
    detail: str = ""
    value: str = ""


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
    flags : tuple of RowFlag
        Rows the reader could not read as the file meant them (a quote that is
        not closed, a cell too long to read): :func:`scan.data.validate.validate`
        quarantines them.
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
    flags: tuple[RowFlag, ...] = ()

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


def _utf16_order(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes look like UTF-16 without a BOM.

    Text in UTF-16 has a NUL byte beside nearly every letter of the Latin
    alphabet: on the odd positions (little-endian) or the even ones (big-endian).
    """
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Text of a CSV file and the encoding that fitted.

    UTF-16 (Excel's "Unicode text": with a BOM, or recognised by its NUL
    bytes) is read as such; else UTF-8 (with or without BOM), else
    Windows-1252, else Latin-1.

    Examples
    --------
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfa;b")
    ('a;b', 'utf-8-sig')
    >>> decode("org_id\\tnaam".encode("utf-16"))
    ('org_id\\tnaam', 'utf-16')
    >>> decode("org_id\\tnaam".encode("utf-16-le"))
    ('org_id\\tnaam', 'utf-16-le')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    wide = _utf16_order(data)
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
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


#: A line and its end: only CR LF, CR and LF end a line of a CSV file.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
#: Characters :meth:`str.splitlines` would take for line ends that a CSV file has as characters.
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def split_lines(text: str) -> list[str]:
    """The lines of a CSV text, each with its line end.

    Only ``\\n``, ``\\r\\n`` and ``\\r`` end a line: a vertical tab, form feed or
    line separator (U+2028) in a cell is a character of the cell, never a
    new row.

    Examples
    --------
    >>> split_lines("a\\x0bb;c\\u2028d\\r\\ne\\rf")
    ['a\\x0bb;c\\u2028d\\r\\n', 'e\\r', 'f']
    """
    if _OTHER_BREAKS.search(text) is None:
        return text.splitlines(keepends=True)
    return _LINE.findall(text)


class Record(NamedTuple):
    """One record of a CSV file: its cells and the lines it spans (1-based, inclusive).

    ``problem`` is empty, ``"unclosed_quote"`` or ``"cell_too_long"``; then the
    record is its first line alone and ``column`` is the index of the cell
    where the problem starts.
    """

    line: int
    end: int
    cells: list[str]
    problem: str = ""
    column: int = -1
    detail: str = ""


def _line_alone(line: str, delimiter: str) -> list[str]:
    """The cells of one line read on its own; an open quote ends with the line."""
    text = line.rstrip("\r\n")
    try:
        return next(csv.reader([text], delimiter=delimiter), [])
    except csv.Error:  # a cell longer than the csv module reads
        return [cell[:SHOWN_CHARS] for cell in text.split(delimiter)]


def _swallows(lines: Sequence[str], cells: list[str], delimiter: str, row_cells: int) -> bool:
    """Whether a record's quotes do not balance: it swallowed lines it should not.

    True when the quote is still open at the end of the file, when a strict
    reading disagrees (a closing quote followed by more text), or when a line
    inside a cell holds ``row_cells`` cells or more: a whole row.
    """
    probe = csv.reader([*lines, "\n"], delimiter=delimiter)
    try:
        next(probe)
    except csv.Error:
        return True
    if probe.line_num > len(lines):  # the quote is still open after the last line
        return True
    if len(lines) == 1:
        return False
    try:
        next(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error:
        return True
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            for part in split_lines(cell)[1:]:
                if part.count(delimiter) + 1 >= row_cells:
                    return True
    return False


class CsvRecords:
    """The records of a CSV file, read with a check on quote balance.

    Iterating gives each record's cells; meanwhile :attr:`starts` and
    :attr:`ends` fill with the first and last line (1-based) of each record,
    and :attr:`problems` with the records that could not be read as the file
    meant them (by their index). See :func:`csv_records` for the rules.

    Parameters
    ----------
    lines : sequence of str
        :func:`split_lines` of the text.
    delimiter : str
    row_cells : int
        Cells from which a line inside a cell is taken for a row (the table's
        required columns).
    """

    def __init__(self, lines: Sequence[str], delimiter: str, row_cells: int = 2) -> None:
        self.lines = lines
        self.delimiter = delimiter
        self.row_cells = row_cells
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.problems: dict[int, Record] = {}

    def __iter__(self) -> Iterator[list[str]]:
        lines, count, delimiter = self.lines, len(self.lines), self.delimiter
        pos = 0  # index of the first line not yet in a record
        while pos < count:
            # a reader from line ``pos`` on; after a problem, a new one from the next line
            reader = csv.reader(map(lines.__getitem__, range(pos, count)), delimiter=delimiter)
            base = pos
            try:
                for cells in reader:
                    end = base + reader.line_num  # index after the record's last line
                    if (end - pos > 1 or end == count) and _swallows(
                        lines[pos:end], cells, delimiter, self.row_cells
                    ):
                        problem, detail = "unclosed_quote", f"{end}"
                        break
                    self.starts.append(pos + 1)
                    self.ends.append(end)
                    pos = end
                    yield cells
                else:
                    return
            except csv.Error:  # a cell longer than the csv module reads
                reached = base + reader.line_num
                if reached > pos + 1:  # an open quote ran over the following lines
                    problem, detail = "unclosed_quote", f"{reached}"
                else:
                    problem = "cell_too_long"
                    detail = f"{csv.field_size_limit():,}".replace(",", " ")
            alone = _line_alone(lines[pos], delimiter)
            column = len(alone) - 1 if problem == "unclosed_quote" else -1
            self.problems[len(self.starts)] = Record(
                pos + 1, pos + 1, alone, problem, column, detail
            )
            self.starts.append(pos + 1)
            self.ends.append(pos + 1)
            pos += 1
            yield alone


def csv_records(lines: Sequence[str], delimiter: str, row_cells: int = 2) -> Iterator[Record]:
    """The records of a CSV file, read with a check on quote balance.

    A quoted cell may hold line breaks, so one record may span several lines.
    Such a record is kept only when its quotes balance: the quote closes
    before the end of the file, a strict reading agrees, and no line inside a
    cell holds ``row_cells`` or more cells (that is a row swallowed by a quote
    that was never closed). Otherwise its first line becomes a record of its
    own, read to the end of the line, with ``problem="unclosed_quote"`` (and
    the last line the quote would have reached in ``detail``), and reading goes
    on with the next line. A line holding a cell longer than the csv module
    reads is a record of its own with ``problem="cell_too_long"``. So every
    line is in exactly one record, and no row is lost inside another.
    The parameters are those of :class:`CsvRecords`, which reads the same
    without a :class:`Record` per row.

    Examples
    --------
    >>> lines = split_lines('a,b,c\\n1,2,"x\\n3,4,y\\n5,6,z\\n')
    >>> [(r.line, r.end, r.cells, r.problem) for r in csv_records(lines, ",", 3)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(1, 1, ['a', 'b', 'c'], ''), (2, 2, ['1', '2', 'x'], 'unclosed_quote'),
     (3, 3, ['3', '4', 'y'], ''), (4, 4, ['5', '6', 'z'], '')]
    >>> lines = split_lines('a,b,c\\n1,"two\\nlines",3\\n')
    >>> [(r.line, r.end, r.cells) for r in csv_records(lines, ",", 3)]
    [(1, 1, ['a', 'b', 'c']), (2, 3, ['1', 'two\\nlines', '3'])]
    """
    reading = CsvRecords(lines, delimiter, row_cells)
    for index, cells in enumerate(reading):
        problem = reading.problems.get(index)
        yield problem or Record(reading.starts[index], reading.ends[index], cells)


def _row_cells(table: Table) -> int:
    """Cells from which a line is taken for a row: the table's required columns."""
    return max(2, len(table.required))


def _sniff(lines: Sequence[str], table: Table) -> str | None:
    best: tuple[int, str] | None = None
    for delimiter in DELIMITERS:
        rows = list(islice(CsvRecords(lines, delimiter, _row_cells(table)), HEADER_SEARCH_ROWS))
        index = find_header(rows, table)
        if index is None:
            continue
        width = len(rows[index])
        if best is None or width > best[0]:
            best = (width, delimiter)
    return None if best is None else best[1]


def sniff_delimiter(text: str, table: Table) -> str | None:
    """The delimiter for which a header with the required columns exists.

    Examples
    --------
    >>> from scan.data.schema import TABLES
    >>> text = "Flows export\\nfrom_org;to_org;period;clients\\nA;B;2026;3,5"
    >>> sniff_delimiter(text, TABLES["flows"])
    ';'
    """
    return _sniff(split_lines(text), table)


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


def _column_name(header: Sequence[str], index: int) -> str:
    """The canonical name of a header cell, as :func:`frame_from_rows` names it."""
    if 0 <= index < len(header) and not _blank(header[index]):
        return canonical_header(header[index])
    return f"column_{index + 1}" if index >= 0 else ""


def read_csv(path: Path, table: Table, where: dict[str, object], log: _Log) -> SourceTable | None:
    """One CSV file as a :class:`SourceTable`, or None (reason logged).

    Records whose quotes do not balance, and lines with a cell too long to
    read, are rows flagged for quarantine (:attr:`SourceTable.flags`); the
    lines after them are read as rows of their own (:func:`csv_records`).
    """
    text, encoding = decode(path.read_bytes())
    if encoding == "latin-1":
        log.issue(**where, action="warning", code="encoding_guess")
    if not text.strip():
        log.file(**where, table=table.name, status="empty", rows=0, detail="empty")
        return None
    lines = split_lines(text)
    delimiter = _sniff(lines, table)
    missing = ", ".join(table.required)
    if delimiter is None:
        log.file(**where, table=table.name, status="no_header", rows=0, detail=missing)
        return None
    reading = CsvRecords(lines, delimiter, _row_cells(table))
    rows = list(reading)
    numbers, problems = reading.starts, reading.problems
    del reading, lines  # the lines as text are not needed any more: free them now
    header_index = find_header(rows, table)
    if header_index is None:  # pragma: no cover - _sniff found it in the same records
        log.file(**where, table=table.name, status="no_header", rows=0, detail=missing)
        return None
    header = rows[header_index]
    flags = tuple(
        RowFlag(
            row=record.line,
            column=_column_name(header, record.column),
            code=record.problem,
            detail=record.detail,
            value=record.cells[record.column][:SHOWN_CHARS] if record.column >= 0 else "",
        )
        for index, record in sorted(problems.items())
        if index > header_index
    )
    at = {**where, "table": table.name}
    frame, extras = frame_from_rows(rows, numbers, header_index, table, at, log)
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
        header_row=numbers[header_index],
        encoding=encoding,
        delimiter=delimiter,
        flags=flags,
    )


#: Bytes of a workbook's XML unpacked at a time while it is scanned.
_CHUNK = 1 << 23
#: A cell's column letters, from its ``r`` attribute written the usual way.
_REF_COLUMN = re.compile(rb'<c r="([A-Za-z]+)\d')
#: A cell's row number, from its ``r`` attribute written the usual way.
_REF_ROW = re.compile(rb'<c r="[A-Za-z]+(\d+)"')
#: The reference of a cell, read at the start of its ``r`` attribute's value.
_REF = re.compile(rb'([A-Za-z]{1,3})(\d{1,10})"')
#: The shared-string index of a cell of type ``s`` written the usual way.
_SHARED_INDEX = re.compile(rb' t="s"[^>]*>\s*<v>\s*(\d+)')
#: Cell tags the usual spelling does not cover: without attributes, a tab or line break.
_ODD_CELL = re.compile(rb"<c[>/\t\r\n]")
#: A cell tag with a namespace prefix.
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
#: The start of a shared string.
_SHARED_START = re.compile(rb"<(?:[\w.-]+:)?si[\s/>]")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB".replace(",", " ")


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def column_letters(number: int) -> str:
    """The spreadsheet letters of a 1-based column number.

    Examples
    --------
    >>> column_letters(1), column_letters(28), column_letters(16384)
    ('A', 'AB', 'XFD')
    """
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + char - 64
    return number


def _local(name: str) -> str:
    """An XML name without its namespace (``{ns}c`` or ``x:c`` → ``c``)."""
    return name.rpartition("}")[2].rpartition(":")[2]


def _above(value: str, letters: bool) -> bytes:
    """A regular expression for any row number (or column letters) beyond ``value``.

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(_above("129", letters=False))
    >>> [bool(pattern.fullmatch(n)) for n in (b"128", b"129", b"130", b"200", b"1000", b"099")]
    [False, False, True, True, True, False]
    >>> pattern = re.compile(_above("F", letters=True))
    >>> [bool(pattern.fullmatch(n)) for n in (b"A", b"F", b"G", b"g", b"AA")]
    [False, False, True, True, True]
    """
    kind = b"[A-Za-z]" if letters else rb"\d"
    top = "Z" if letters else "9"
    parts = [kind + b"{%d,}" % (len(value) + 1)]
    for i, char in enumerate(value.upper()):
        if char >= top:
            continue
        head = "".join(f"[{c}{c.lower()}]" if letters else c for c in value[:i].upper())
        nxt = chr(ord(char) + 1)
        here = f"[{nxt}-Z{nxt.lower()}-z]" if letters else f"[{nxt}-9]"
        parts.append((head + here).encode() + kind + b"{%d}" % (len(value) - i - 1))
    return b"(?:" + b"|".join(parts) + b")"


class _Extent:
    """What a sheet's XML asks of the reader: its farthest cell and the shared text it uses."""

    def __init__(self, sizes: Sequence[int]) -> None:
        self.sizes = sizes
        self.rows = 0
        self.columns = 0
        self.text = 0

    def fast(self, data: bytes) -> bool:
        """Take in a piece of XML written the usual way; False if it is not.

        The usual way: every cell tag starts ``<c r="A1"``, attributes are in
        double quotes, no namespace prefix. The last cell is taken for the
        farthest, and one search makes sure no cell lies beyond it.
        """
        if _ODD_CELL.search(data) or _PREFIXED_CELL.search(data) or b"='" in data:
            return False
        cells = data.count(b"<c ")
        if data.count(b'<c r="') != cells:  # a cell without r first, or r spelled otherwise
            return False
        if cells:
            last = _REF.match(data, data.rfind(b'<c r="') + 6)
            if last is None:
                return False
            letters, digits = (g.decode() for g in last.groups())
            beyond = b'<c r="(?:' + _above(letters, True) + rb"\d|[A-Za-z]+"
            beyond += _above(digits, False) + b'")'
            if re.search(beyond, data):
                columns, rows = _REF_COLUMN.findall(data), _REF_ROW.findall(data)
                if len(columns) != cells or len(rows) != cells:
                    return False
                self.rows = max(self.rows, max(map(int, rows)))
                self.columns = max(self.columns, max(map(_column_number, set(columns))))
            else:
                self.rows = max(self.rows, int(digits))
                self.columns = max(self.columns, _column_number(letters.encode()))
        indices = [int(i) for i in _SHARED_INDEX.findall(data)]
        if len(indices) != data.count(b'"s"'):  # a shared-string cell written otherwise
            return False
        if indices and max(indices) < len(self.sizes):
            self.text += sum(map(self.sizes.__getitem__, indices))
        else:
            self.text += sum(self.sizes[i] for i in indices if i < len(self.sizes))
        return True

    def slow(self, stream: Iterable[bytes]) -> None:
        """Take in the whole XML with a real parser: any spelling, as calamine reads it."""
        row = column = 0
        shared = collecting = False
        value: list[str] = []
        pattern = re.compile(r"([A-Za-z]+)(\d+)")

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal row, column, shared, collecting
            local = _local(name)
            if local == "row":
                number = attrs.get("r", "")
                row = int(number) if number.isdigit() else row + 1
                column = 0
            elif local == "c":
                match = pattern.fullmatch(attrs.get("r", ""))
                if match:
                    column = _column_number(match.group(1).encode())
                    self.rows = max(self.rows, int(match.group(2)))
                else:
                    column += 1
                    self.rows = max(self.rows, row)
                self.columns = max(self.columns, column)
                shared = attrs.get("t") == "s"
            elif local == "v" and shared:
                collecting = True
                value.clear()

        def end(name: str) -> None:
            nonlocal collecting
            if collecting and _local(name) == "v":
                collecting = False
                text = "".join(value).strip()
                if text.isdigit() and int(text) < len(self.sizes):
                    self.text += self.sizes[int(text)]

        def characters(data: str) -> None:
            if collecting:
                value.append(data)

        _parse(stream, start=start, end=end, characters=characters)


#: The control characters XML forbids, each replaced by a space before expat reads it.
_CONTROL_AS_SPACE = bytes.maketrans(
    bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]), b" " * 29
)


def _parse(
    stream: Iterable[bytes],
    start: Callable[[str, dict[str, str]], None] | None = None,
    end: Callable[[str], None] | None = None,
    characters: Callable[[str], None] | None = None,
) -> None:
    """Parse XML piece by piece with expat (no tree is built; entities are not expanded).

    Control characters, which XML forbids but calamine reads in text, are read as spaces.
    """
    parser = expat.ParserCreate()
    if start is not None:
        parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if characters is not None:
        parser.CharacterDataHandler = characters
    for chunk in stream:
        parser.Parse(chunk.translate(_CONTROL_AS_SPACE), False)
    parser.Parse(b"", True)


def _chunks(book: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    with book.open(member) as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


def _piece_end(data: bytes) -> int:
    """Where a piece of a sheet's XML may end: after a whole row, else a whole cell (or 0)."""
    end = data.rfind(b"</row>")
    if end >= 0:
        return end + len(b"</row>")
    ends = [at + len(tag) for tag in (b"</c>", b"/>") if (at := data.rfind(tag)) >= 0]
    return max(ends, default=0)


def sheet_extent(
    book: zipfile.ZipFile, member: str, sizes: Sequence[int] = (), *, parse: bool = False
) -> tuple[int, int, int]:
    """Rows, columns and shared text of a sheet, from its XML, without reading the cells.

    Rows × columns is the range calamine allocates (from A1 to the farthest
    cell); the shared text is the bytes of the shared strings (``sizes``,
    :func:`shared_string_sizes`) its cells use, a string counted once for every
    cell. XML written the usual way is scanned with regular expressions, piece
    by piece; a sheet written otherwise (or any, with ``parse=True``) is parsed
    with expat.
    """
    extent = _Extent(sizes)
    carry = b""
    for chunk in () if parse else _chunks(book, member):
        data = carry + chunk
        cut = _piece_end(data)
        data, carry = data[:cut], data[cut:]
        if not extent.fast(data):
            break
    else:
        if not parse and (not carry or extent.fast(carry)):
            return extent.rows, extent.columns, extent.text
    extent = _Extent(sizes)
    extent.slow(_chunks(book, member))
    return extent.rows, extent.columns, extent.text


def shared_string_sizes(book: zipfile.ZipFile, member: str) -> list[int]:
    """Bytes of XML of each shared string, in order: at least the text it holds."""
    starts: list[int] = []
    offset = 0
    carry = b""
    odd = False
    for chunk in _chunks(book, member):
        data = carry + chunk
        cut = data.rfind(b">") + 1
        data, carry = data[:cut], data[cut:]
        odd = odd or b"<![CDATA[" in data or b"<!--" in data
        starts += [offset + m.start() for m in _SHARED_START.finditer(data)]
        offset += len(data)
    offset += len(carry)
    if not odd:
        return [b - a for a, b in zip(starts, [*starts[1:], offset], strict=True)]
    sizes: list[int] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "si":
            sizes.append(0)

    def characters(data: str) -> None:
        if sizes:
            sizes[-1] += len(data.encode())

    _parse(_chunks(book, member), start=start, characters=characters)
    return sizes


#: Errors of a zip or its XML that mean the file cannot be read.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    expat.ExpatError,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)


class WorkbookCheck:
    """Whether a workbook can be read within :class:`ReadLimits`, asked before calamine reads it.

    calamine allocates a sheet's whole range, from its first to its farthest
    cell (the declared ``<dimension>`` plays no part: it is neither trusted nor
    needed), and copies a shared string into every cell that uses it. So the
    zip's directory is read for the unpacked sizes (calamine unpacks no more
    than declared), and a sheet's XML is scanned, streaming, for its farthest
    cell and the shared strings its cells use. Not a zip (xls, a
    password-protected or broken file): nothing to check here, calamine says
    what it is.

    Examples
    --------
    >>> import io, zipfile
    >>> data = io.BytesIO()
    >>> with zipfile.ZipFile(data, "w") as z:
    ...     z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets>'
    ...                '<sheet name="Flows" r:id="rId1"/></sheets></workbook>')
    ...     z.writestr("xl/_rels/workbook.xml.rels", '<Relationships>'
    ...                '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    ...     z.writestr("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1048576">'
    ...                '<c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>')
    >>> check = WorkbookCheck(data, ReadLimits())
    >>> check.book_problem() is None
    True
    >>> check.sheet_problem("Flows")
    ('too_many_cells', 'A1:XFD1048576 = 17 179 869 184 > 25 000 000')
    """

    def __init__(self, source: Path | IO[bytes], limits: ReadLimits) -> None:
        self.limits = limits
        self.book: zipfile.ZipFile | None = None
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.shared: list[int] = []
        self.parts: dict[str, str] = {}
        try:
            self.book = zipfile.ZipFile(source)
        except _ZIP_ERRORS:
            return
        self.members = {info.filename.lower(): info for info in self.book.infolist()}

    def close(self) -> None:
        """Close the zip."""
        if self.book is not None:
            self.book.close()

    def book_problem(self) -> tuple[str, str] | None:
        """``(status, detail)`` when the workbook must not be opened at all, else None."""
        if self.book is None:
            return None
        try:
            for name, info in self.members.items():
                if name.rpartition("/")[0] not in ("", "_rels", "xl", "xl/_rels"):
                    continue  # sheets are checked one by one; media and caches are not read
                shared = name == "xl/sharedstrings.xml"
                limit = self.limits.max_text_bytes if shared else self.limits.max_part_bytes
                if info.file_size > limit:
                    return "part_too_large", (
                        f"{info.filename}: {_megabytes(info.file_size)} > {_megabytes(limit)}"
                    )
            if "xl/sharedstrings.xml" in self.members:
                member = self.members["xl/sharedstrings.xml"].filename
                self.shared = shared_string_sizes(self.book, member)
            self.parts = self._sheet_parts()
        except _ZIP_ERRORS as error:
            return "unreadable", f"{type(error).__name__}: {error}"[:200]
        return None

    def _sheet_parts(self) -> dict[str, str]:
        """Sheet name → the zip member holding it, found as calamine finds it."""
        assert self.book is not None
        targets: dict[str, str] = {}
        sheets: list[tuple[str, str]] = []

        def relation(name: str, attrs: dict[str, str]) -> None:
            if _local(name) == "Relationship":
                targets[attrs.get("Id", "")] = attrs.get("Target", "")

        def sheet(name: str, attrs: dict[str, str]) -> None:
            if _local(name) == "sheet":
                rid = attrs.get("r:id", attrs.get("relationships:id", ""))
                sheets.append((attrs.get("name", ""), rid))

        for member, handler in (
            ("xl/_rels/workbook.xml.rels", relation),
            ("xl/workbook.xml", sheet),
        ):
            if member in self.members:
                _parse(_chunks(self.book, self.members[member].filename), start=handler)
        parts: dict[str, str] = {}
        for name, rid in sheets:
            target = targets.get(rid, "")
            if target.startswith("/xl/"):
                target = target[1:]
            elif not target.startswith("xl/"):
                target = f"xl/{target}"
            info = self.members.get(target.lower())
            if info is not None:
                parts[name] = info.filename
        return parts

    def sheet_problem(self, sheet: str) -> tuple[str, str] | None:
        """``(status, detail)`` when a sheet must not be read, else None."""
        if self.book is None:
            return None
        if sheet in self.parts:
            members = [self.parts[sheet]]
        else:  # not found as the workbook says: every sheet must pass
            members = [
                i.filename for n, i in self.members.items() if n.startswith("xl/worksheets/")
            ]
        limits = self.limits
        try:
            for member in members:
                info = self.book.getinfo(member)
                if info.file_size > limits.max_part_bytes:
                    return "part_too_large", (
                        f"{member}: {_megabytes(info.file_size)} > "
                        f"{_megabytes(limits.max_part_bytes)}"
                    )
                rows, columns, text = sheet_extent(self.book, member, self.shared)
                if rows * columns > limits.max_cells:
                    return "too_many_cells", (
                        f"A1:{column_letters(columns)}{rows} = {_grouped(rows * columns)} > "
                        f"{_grouped(limits.max_cells)}"
                    )
                if text > limits.max_text_bytes:
                    return "too_much_text", (
                        f"{_megabytes(text)} > {_megabytes(limits.max_text_bytes)}"
                    )
        except _ZIP_ERRORS as error:
            return "unreadable", f"{type(error).__name__}: {error}"[:200]
        return None


def read_excel(
    path: Path,
    file_table: Table | None,
    where: dict[str, object],
    log: _Log,
    digest: str,
    limits: ReadLimits | None = None,
) -> list[SourceTable]:
    """Every recognised sheet of a workbook as a :class:`SourceTable`.

    A sheet holds the table its name names. A workbook with a single sheet
    whose name names nothing holds the table the file name names. A workbook
    or sheet past :class:`ReadLimits` is listed as not read, with the reason.
    """
    import python_calamine

    limits = limits if limits is not None else ReadLimits()
    check = WorkbookCheck(path, limits)
    try:
        problem = check.book_problem()
        if problem is not None:
            status, detail = problem
            log.file(**where, status=status, rows=0, sha256=digest, detail=detail)
            return []
        return _read_sheets(path, file_table, where, log, digest, check, python_calamine)
    finally:
        check.close()


def _reraise_interrupt(error: BaseException) -> None:
    """Re-raise what is not the file's fault: an interrupt, an exit. A panic of calamine's
    Rust code (``PanicException``, not an :class:`Exception`) is the file's fault."""
    if not isinstance(error, Exception) and type(error).__name__ != "PanicException":
        raise error


def _read_sheets(
    path: Path,
    file_table: Table | None,
    where: dict[str, object],
    log: _Log,
    digest: str,
    check: WorkbookCheck,
    calamine: Any,
) -> list[SourceTable]:
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        names = [m.name for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    except BaseException as error:  # any reader failure is the partner's file, not ours
        _reraise_interrupt(error)
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
    if not names:  # no worksheet (or only the templates' notes): listed, not passed over
        log.file(
            **where,
            table=getattr(file_table, "name", None),
            status="empty",
            rows=0,
            sha256=digest,
            detail="",
        )
    for sheet in names:
        at = {**where, "sheet": sheet}
        table = table_for_name(sheet)
        if table is None and len(names) == 1:
            table = file_table
        if table is None:
            log.file(**at, status="not_recognised", rows=0, sha256=digest, detail=_table_names())
            continue
        problem = check.sheet_problem(sheet)
        if problem is not None:
            status, detail = problem
            log.file(**at, table=table.name, status=status, rows=0, sha256=digest, detail=detail)
            continue
        try:
            data = book.get_sheet_by_name(sheet)
            end = data.end
            cells = 0 if end is None else (end[0] + 1) * (end[1] + 1)
            if cells > check.limits.max_cells:  # xls and ods: known only once calamine read it
                detail = (
                    f"A1:{column_letters(end[1] + 1)}{end[0] + 1} = {_grouped(cells)} > "
                    f"{_grouped(check.limits.max_cells)}"
                )
                log.file(
                    **at,
                    table=table.name,
                    status="too_many_cells",
                    rows=0,
                    sha256=digest,
                    detail=detail,
                )
                continue
            rows = data.to_python(skip_empty_area=False)
            del data  # calamine's copy of the cells goes now, not after the rows are read
        except BaseException as error:
            _reraise_interrupt(error)
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
    if path.is_symlink():  # never followed: it could lead out of the region
        log.file(supplier=ADVISER, file="region.toml", sheet="", status="symlink", rows=0)
        return RegionInfo(key=key, name=key)
    if not path.exists():
        return RegionInfo(key=key, name=key)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
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

    Hidden files and folders, Office lock files (``~$…``) and ``region.toml``
    are not deliveries. Symbolic links (to files or folders) are listed but
    never followed, nor are the folders they lead to searched: :func:`ingest`
    lists each as not read. So nothing outside the region is ever read.
    """
    found: list[Path] = []
    for root, folders, names in os.walk(folder, followlinks=False):
        base = Path(root)
        links = [name for name in folders if (base / name).is_symlink()]
        folders[:] = sorted(n for n in folders if n not in links and not n.startswith("."))
        for name in [*names, *links]:
            path = base / name
            rel = path.relative_to(folder)
            if name.startswith((".", "~$")) or rel.as_posix() == "region.toml":
                continue
            found.append(path)
    return sorted(found)


def supplier_of(rel: Path) -> str:
    """The supplier of a file: the first folder under the region, or the adviser."""
    return rel.parts[0] if len(rel.parts) > 1 else ADVISER


def ingest(folder: Path, limits: ReadLimits | None = None) -> Ingested:
    """Read a region's whole data package.

    Parameters
    ----------
    folder : Path
        ``data/raw/<region>``.
    limits : ReadLimits, optional
        How much one workbook may ask of memory; default :class:`ReadLimits`.

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
        if path.is_symlink():
            log.file(**where, status="symlink", rows=0)
            continue
        if not path.is_file():
            log.file(**where, status="not_a_file", rows=0)
            continue
        suffix = path.suffix.lower()
        try:
            digest = sha256(path)
        except OSError as error:
            detail = f"{type(error).__name__}: {error.strerror or error}"
            log.file(**where, status="unreadable", rows=0, detail=detail[:200])
            continue
        table = table_for_name(path.name)
        if suffix in EXCEL_SUFFIXES:
            sources += read_excel(path, table, where, log, digest, limits)
            continue
        if suffix not in CSV_SUFFIXES:
            log.file(**where, status="unsupported_format", rows=0, sha256=digest)
            continue
        if table is None:
            log.file(**where, status="not_recognised", rows=0, sha256=digest, detail=_table_names())
            continue
        try:
            source = read_csv(path, table, where, log)
        except (csv.Error, OSError) as error:
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
