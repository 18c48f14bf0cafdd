"""Fuzzing the readers: hostile CSV and xlsx content never crashes them, and no line is lost.

What is asserted, for any content:

* the only exception is the project's own (:class:`scan.errors.ScanError`), with a message;
* every line of a CSV file is in exactly one record (:func:`csv_records`), and
  every record below the header is a row (used or quarantined) unless it is
  blank: every input line is used, quarantined or blank;
* a sheet's extent found by the quick scan is the extent the XML parser finds.

Derandomised in CI (``CI=true`` loads the ``ci`` profile of ``tests/conftest.py``).
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from scan.data.ingest import (
    ReadLimits,
    WorkbookCheck,
    csv_records,
    decode,
    find_header,
    ingest,
    sheet_extent,
    split_lines,
)
from scan.data.schema import TABLES
from scan.data.validate import validate
from tests.conftest import ORGANISATIONS_CSV, write_xlsx
from tests.hostile_files import xlsx_from_parts
from tests.test_properties import _account_holds as account_holds

FLOWS = TABLES["flows"]
HEADER = ["from_org", "to_org", "period", "clients", "median_wait_days", "flow_type"]
FAST = settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))

#: Characters partners' files hold: quotes, delimiters, line ends of every kind, control characters.
HOSTILE = "\"'; ,\t|\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeffé´€ÿ"
CELL = st.one_of(
    st.sampled_from(["ZH01", "VVT1", "2026", "3", "3,5", "", " ", "n.v.t.", '"', '""', '"abc']),
    st.text(alphabet=st.sampled_from(HOSTILE + "abcZ0129"), max_size=8),
    st.text(max_size=6),
)
ROW = st.lists(CELL, max_size=8)
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le"])
DELIMITER = st.sampled_from([",", ";", "\t", "|"])


@contextmanager
def region_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp()) / "regio"
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder.parent)


def csv_text(rows: list[list[str]], delimiter: str, quoted: list[bool], ending: str) -> str:
    """Rows as a partner writes them: some through a real CSV writer, some pasted raw."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=ending)
    writer.writerow(HEADER)
    for row, quote in zip(rows, quoted, strict=False):
        if quote:
            writer.writerow(row)
        else:
            out.write(delimiter.join(row) + ending)
    return out.getvalue()


def encoded(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


@FAST
@given(text=st.text(alphabet=st.sampled_from(HOSTILE + "ab1"), max_size=300), delimiter=DELIMITER)
def test_every_line_is_in_exactly_one_record(text: str, delimiter: str) -> None:
    lines = split_lines(text)
    assert "".join(lines) == text
    for line in lines:
        body = line.rstrip("\r\n")
        assert "\r" not in body and "\n" not in body
    line = 1
    for record in csv_records(lines, delimiter, 3):
        assert record.line == line <= record.end
        if record.problem:
            assert record.end == record.line
        line = record.end + 1
    assert line == len(lines) + 1


@FAST
@given(
    rows=st.lists(ROW, max_size=25),
    quoted=st.lists(st.booleans(), max_size=25),
    delimiter=DELIMITER,
    encoding=ENCODING,
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    long_cell=st.sampled_from([0, 0, 0, 140_000]),
)
def test_hostile_csv_rows_are_used_quarantined_or_blank(
    rows: list[list[str]],
    quoted: list[bool],
    delimiter: str,
    encoding: str,
    ending: str,
    long_cell: int,
) -> None:
    if long_cell and rows:
        rows[0] = [*rows[0], "x" * long_cell]
    data = encoded(csv_text(rows, delimiter, quoted, ending), encoding)
    with region_folder() as folder:
        (folder / "flows.csv").write_bytes(data)
        ingested = ingest(folder)
    # the same file, record by record, as the reader sees it
    text, _ = decode(data)
    used = [s for s in ingested.sources if s.file == "flows.csv"]
    if not used:
        status = ingested.files.set_index("file").loc["flows.csv", "status"]
        assert status in {"no_header", "empty"}
        event("no header")
        return
    source = used[0]
    records = list(csv_records(split_lines(text), source.delimiter, len(FLOWS.required)))
    header = find_header([r.cells for r in records], FLOWS)
    assert header is not None
    below = records[header + 1 :]
    rows_expected = [r.line for r in below if any(c.strip() for c in r.cells)]
    assert source.frame["src_row"].tolist() == rows_expected
    blank = len(below) - len(rows_expected)
    lines_below = sum(r.end - r.line + 1 for r in below)
    assert lines_below == len(split_lines(text)) - records[header].end
    assert len(rows_expected) + blank == len(below)
    valid = validate(source)
    assert int(valid.quarantined.sum()) + int((~valid.quarantined).sum()) == len(source.frame)
    flagged = {f.row for f in source.flags} & set(rows_expected)
    assert flagged <= set(valid.frame.loc[valid.quarantined, "src_row"].tolist())
    event(f"rows flagged by the reader: {min(len(flagged), 2)}")


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    rows=st.lists(ROW, max_size=12),
    quoted=st.lists(st.booleans(), max_size=12),
    delimiter=DELIMITER,
    encoding=ENCODING,
    raw=st.binary(max_size=300),
)
def test_only_the_projects_own_errors_and_every_row_accounted(
    rows: list[list[str]], quoted: list[bool], delimiter: str, encoding: str, raw: bytes
) -> None:
    with region_folder() as folder:
        (folder / "organisations.csv").write_text(ORGANISATIONS_CSV)
        (folder / "P").mkdir()
        (folder / "P" / "flows.csv").write_bytes(
            encoded(csv_text(rows, delimiter, quoted, "\n"), encoding)
        )
        (folder / "P" / "flows_raw.csv").write_bytes(raw)
        (folder / "P" / "flows_raw.xlsx").write_bytes(raw)
        account_holds(folder)  # raises nothing but ScanError, with a message


# --- xlsx

XLSX_CELL = st.one_of(
    CELL,
    st.integers(-5, 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)


@FAST
@given(rows=st.lists(st.lists(XLSX_CELL, max_size=7), max_size=15), offset=st.integers(0, 3))
@example(rows=[["=\x1f"]], offset=0)  # a formula with a control character: the parser copes
def test_hostile_xlsx_rows_are_used_or_blank(rows: list[list[object]], offset: int) -> None:
    cells = [[] for _ in range(offset)] + [list(HEADER)] + [list(r) for r in rows]
    with region_folder() as folder:
        try:
            write_xlsx(folder / "P" / "flows.xlsx", {"Flows": cells})
        except Exception:  # xlsxwriter refuses some text (e.g. too long): not a reader's case
            return
        ingested = ingest(folder)
        with zipfile.ZipFile(folder / "P" / "flows.xlsx") as book:
            quick = sheet_extent(book, "xl/worksheets/sheet1.xml")
            parsed = sheet_extent(book, "xl/worksheets/sheet1.xml", parse=True)
    assert quick == parsed
    sources = ingested.sources
    if not sources:
        return
    written = [
        offset + 2 + i
        for i, row in enumerate(rows)
        if any(c is not None and not (isinstance(c, str) and not c.strip()) for c in row)
    ]
    assert sources[0].frame["src_row"].tolist() == written


REF = st.tuples(st.integers(1, 16384), st.integers(1, 1_048_576))
SPELLING = st.sampled_from(
    [
        '<c r="{ref}"><v>1</v></c>',
        '<c r="{ref}" t="s"><v>0</v></c>',
        "<c r='{ref}'><v>1</v></c>",
        '<c s="1" r="{ref}" t="s"><v>0</v></c>',
        '<c\nr="{ref}"><v>1</v></c>',
        '<c r = "{ref}" t="inlineStr"><is><t>x</t></is></c>',
        "<c><v>1</v></c>",
        '<c r="{ref}"/>',
    ]
)


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@FAST
@given(cells=st.lists(st.tuples(REF, SPELLING), max_size=12), shared=st.integers(0, 3))
def test_the_quick_scan_finds_what_the_parser_finds(
    cells: list[tuple[tuple[int, int], str]], shared: int
) -> None:
    body = "".join(
        f'<row r="{row}">' + spelling.format(ref=f"{_letters(col)}{row}") + "</row>"
        for (col, row), spelling in cells
    )
    with region_folder() as folder:
        path = xlsx_from_parts(folder / "flows.xlsx", body, shared=["ab" * shared])
        with zipfile.ZipFile(path) as book:
            quick = sheet_extent(book, "xl/worksheets/sheet1.xml", [10])
            parsed = sheet_extent(book, "xl/worksheets/sheet1.xml", [10], parse=True)
        check = WorkbookCheck(path, ReadLimits())
        try:
            refused = check.book_problem() or check.sheet_problem("Flows")
        finally:
            check.close()
    assert quick == parsed
    rows, columns, _ = parsed
    assert (refused is not None) == (rows * columns > ReadLimits().max_cells)


@lru_cache(maxsize=1)
def _good_workbook() -> bytes:
    with region_folder() as folder:
        path = write_xlsx(
            folder / "flows.xlsx",
            {"Flows": [HEADER, ["ZH01", "VVT1", "2026", 3, 2.5, "referral"]] * 3},
        )
        return path.read_bytes()


@FAST
@given(
    cut=st.one_of(st.none(), st.integers(0, 6000)),
    flips=st.lists(st.tuples(st.integers(0, 6000), st.integers(0, 255)), max_size=6),
)
def test_a_damaged_workbook_is_listed_never_a_crash(
    cut: int | None, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(_good_workbook())
    for at, value in flips:
        if at < len(data):
            data[at] = value
    with region_folder() as folder:
        (folder / "flows.xlsx").write_bytes(bytes(data[:cut]))
        ingested = ingest(folder)
    assert len(ingested.files) >= 1
    event(str(sorted(set(ingested.files["status"]))))
