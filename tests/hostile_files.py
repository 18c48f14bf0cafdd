"""Builders of hostile partner files: workbooks zipped by hand, so every byte of their XML is ours.

:func:`xlsx_from_parts` writes a real xlsx (calamine reads it) from a sheet's
``<sheetData>`` and, optionally, shared strings: enough to write the sparse
and the string bombs of issue 14 in a few kilobytes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def row_xml(number: int, cells: Sequence[str]) -> str:
    """A row of inline strings starting in column A."""
    out = [f'<row r="{number}">']
    for i, value in enumerate(cells):
        ref = f"{chr(65 + i)}{number}"
        out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
    return "".join(out) + "</row>"


def xlsx_from_parts(
    path: Path,
    sheet_data: str,
    *,
    sheet: str = "Flows",
    dimension: str | None = None,
    shared: Sequence[str] | None = None,
    shared_xml: bytes | None = None,
) -> Path:
    """Write an xlsx whose one sheet holds ``sheet_data`` (the inside of ``<sheetData>``).

    ``dimension`` is written as ``<dimension ref=…>`` when given; ``shared`` are
    the shared strings (``<c t="s"><v>0</v></c>`` uses the first), or
    ``shared_xml`` the whole ``xl/sharedStrings.xml``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    worksheet = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}" '
        f'xmlns:r="{RELS}">{dim}<sheetData>{sheet_data}</sheetData></worksheet>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" '
        f'xmlns:r="{RELS}"><sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>"
    )
    relations = [
        f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    ]
    if shared is not None:
        items = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
        shared_xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MAIN}" '
            f'count="{len(shared)}" uniqueCount="{len(shared)}">{items}</sst>'
        ).encode()
    if shared_xml is not None:
        relations.append(
            f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="{PACKAGE_RELS}">{"".join(relations)}</Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", workbook)
        book.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        book.writestr("xl/worksheets/sheet1.xml", worksheet)
        if shared_xml is not None:
            book.writestr("xl/sharedStrings.xml", shared_xml)
    return path


FLOWS_HEADER = ("from_org", "to_org", "period", "clients")


def flows_rows(rows: Sequence[Sequence[str]], start: int = 1) -> str:
    """The flows header and ``rows`` as sheet data, from row ``start``."""
    lines = [FLOWS_HEADER, *rows]
    return "".join(row_xml(start + i, cells) for i, cells in enumerate(lines))
