"""Shared fixtures: tiny regions written as real files (CSV bytes, real xlsx)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import settings

# CI runs the same examples every time (a failure there is reproducible); locally
# hypothesis explores new ones on every run.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ORGANISATIONS_CSV = (
    "org_id,name,type,echelon,aliases\n"
    "ZH01,Ziekenhuis Oost B.V.,ziekenhuis,,ZHO|Oost Ziekenhuis\n"
    "WV01,Stichting Thuiszorg Waalkant,wijkverpleging,,\n"
    "WV02,Buurtzorg Rivierland,wijkverpleging,1,\n"
    "VVT1,Zorgcentrum ´t Hooge Hof,vvt,1,\n"
    "GEM1,Gemeente Oosterwaal,gemeente,,\n"
)


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    """Write a real xlsx: each sheet's rows start at A1 (None leaves a cell empty)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path))
    book.set_properties({"created": dt.datetime(2026, 1, 1)})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, date_format)
                else:
                    sheet.write(r, c, value)
    book.close()
    return path


RegionWriter = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture
def region(tmp_path: Path) -> RegionWriter:
    """Write files into a fresh region folder; ``str`` is UTF-8, ``bytes`` as given.

    The organisations list of :data:`ORGANISATIONS_CSV` is included unless a
    file named ``organisations.csv`` is given.
    """

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "regio"
        folder.mkdir(exist_ok=True)
        files = {"organisations.csv": ORGANISATIONS_CSV, **files}
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            path.write_bytes(data)
        return folder

    return write


@pytest.fixture(scope="session")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo region's report, rendered once per session (Dutch, with anonymised variant)."""
    from scan.report.render import render

    demo = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"
    out = tmp_path_factory.mktemp("reports") / "demo"
    render(demo, dict(lang="nl", anonymise=True), out_dir=out)
    return out
