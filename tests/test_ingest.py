"""One small fixture per reader quirk: what partners really send."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from scan.data.ingest import ADVISER, ReadLimits, WorkbookCheck, decode, ingest, sniff_decimal
from scan.data.merge import load_region
from scan.data.model import ScanData
from scan.data.quality import summary as quality_summary
from scan.data.schema import TABLES, table_for_name
from scan.text import t
from tests.conftest import RegionWriter, write_xlsx
from tests.hostile_files import flows_rows, xlsx_from_parts

FLOWS = (
    "from_org{d}to_org{d}period{d}clients{d}median_wait_days\nZH01{d}VVT1{d}2026-Q1{d}12{d}3{p}5\n"
)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_delimiter_is_sniffed(region: RegionWriter, delimiter: str) -> None:
    point = "," if delimiter != "," else "."
    folder = region({"flows.csv": FLOWS.format(d=delimiter, p=point)})
    data = load_region(folder)
    assert data.flows[["from_org", "to_org", "clients"]].values.tolist() == [["ZH01", "VVT1", 12]]
    assert data.flows["median_wait_days"].tolist() == [3.5]


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")]
)
def test_encodings(region: RegionWriter, encoding: str, prefix: bytes) -> None:
    text = "org_id;name;type\nVVT2;Zorgcentrum Hé ´t Veld;vvt\n"
    folder = region({"ZH01/organisations_extra.csv": prefix + text.encode(encoding)})
    data = load_region(folder)
    assert "Zorgcentrum Hé ´t Veld" in data.organisations["name"].tolist()
    # the BOM never ends up in a column name
    assert "org_id" in data.organisations.columns


def test_decode_falls_back_to_latin1_only_when_cp1252_cannot() -> None:
    assert decode(b"caf\xe9")[1] == "cp1252"
    assert decode(b"\x81abc")[1] == "latin-1"


def test_decimal_comma_with_thousands_points(region: RegionWriter) -> None:
    folder = region(
        {
            "capacity.csv": (
                "org_id;period;service;capacity;demand\n"
                "VVT1;2026-Q1;elv;1.200;1.234,5\n"
                "WV01;2026-Q1;wv;20;19,75\n"
            )
        }
    )
    data = load_region(folder)
    assert data.capacity["capacity"].tolist() == [1200.0, 20.0]
    assert data.capacity["demand"].tolist() == [1234.5, 19.75]


def test_decimal_point_file_keeps_points() -> None:
    assert sniff_decimal(["3.5", "12", "0.25"], ";") == "."


def test_dutch_and_iso_dates(region: RegionWriter) -> None:
    folder = region(
        {
            "episodes.csv": (
                "client_key;org_id;start_date;end_date\n"
                "K1;VVT1;31-03-2026;2026-04-15\n"
                "K2;WV01;2026-01-02;\n"
                "K3;WV01;1/2/2026;31-02-2026\n"
            )
        }
    )
    data = load_region(folder)
    eps = data.episodes.set_index("client_key")
    assert eps.loc["K1", "start_date"] == pd.Timestamp(2026, 3, 31)
    assert eps.loc["K1", "end_date"] == pd.Timestamp(2026, 4, 15)
    assert pd.isna(eps.loc["K2", "end_date"])
    assert eps.loc["K3", "start_date"] == pd.Timestamp(2026, 2, 1)
    # 31 February is no date: the optional cell is read as empty, with a warning
    assert pd.isna(eps.loc["K3", "end_date"])
    issue = data.quality.issues.query("code == 'not_a_date'").iloc[0]
    assert (issue["row"], issue["column"], issue["action"]) == (4, "end_date", "warning")


def test_periods_year_quarter_month(region: RegionWriter) -> None:
    folder = region(
        {
            "flows.csv": (
                "from_org,to_org,period,clients\n"
                "ZH01,VVT1,2026,1\nZH01,VVT1,Q2 2026,2\nZH01,VVT1,2026-3,3\nZH01,VVT1,2026-Q5,4\n"
            )
        }
    )
    data = load_region(folder)
    assert data.flows["period"].tolist() == ["2026", "2026-Q2", "2026-03"]
    bad = data.quality.issues.query("code == 'not_a_period'")
    assert bad[["row", "action"]].values.tolist() == [[5, "quarantined"]]


def test_yes_no_in_every_spelling(region: RegionWriter) -> None:
    rows = "\n".join(
        f"ZH01,{p},{v}"
        for p, v in zip(["VVT1", "WV01", "WV02", "GEM1"], ["ja", "N", "x", ""], strict=True)
    )
    folder = region({"ties.csv": f"respondent_org,partner_org,referral\n{rows}\n"})
    data = load_region(folder)
    got = dict(zip(data.ties["partner_org"], data.ties["referral"], strict=True))
    assert [got["VVT1"], got["WV01"], got["WV02"]] == [True, False, True]
    assert pd.isna(got["GEM1"])


def test_xlsx_title_rows_trailing_rows_and_stray_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "regio"
    (folder).mkdir()
    (folder / "organisations.csv").write_text(
        "org_id,name,type\nVVT1,Hof,vvt\nWV01,Waal,wijkverpleging\n"
    )
    write_xlsx(
        folder / "WV01" / "export.xlsx",
        {
            "Capacity 2026": [
                ["Capaciteit per kwartaal"],
                [],
                [" Org_ID ", "Period ", "  service", "CAPACITY", "demand", None, "notitie"],
                ["WV01", "2026-Q1", "wv", 20, 18.5, None, "ok"],
                ["WV01", dt.date(2026, 3, 1), "wv", 20, 21, None, None],
                [None, None, None, None, None],
                [],
            ],
            "Toelichting": [["Dit tabblad is uitleg"]],
        },
    )
    data = load_region(folder)
    cap = data.capacity
    assert cap["period"].tolist() == ["2026-Q1", "2026-03"]
    assert cap["src_row"].tolist() == [4, 5]  # as the partner sees it in Excel
    assert cap["src_sheet"].tolist() == ["Capacity 2026"] * 2
    assert cap["notitie"].tolist() == ["ok", pd.NA]  # extra columns are kept...
    files = data.quality.files.set_index("sheet")
    assert files.loc["Capacity 2026", "columns_extra"] == "notitie"  # ...and reported
    assert files.loc["Toelichting", "status"] == "not_recognised"
    assert int(data.quality.accounts.query("table == 'capacity'")["read"].sum()) == 2


def test_single_sheet_workbook_named_by_its_file(tmp_path: Path) -> None:
    folder = tmp_path / "regio"
    write_xlsx(
        folder / "organisations_2026.xlsx",
        {"Blad1": [["org_id", "name", "type"], ["A1", "Apotheek Eik", "apotheek"]]},
    )
    data = load_region(folder)
    assert data.organisations["org_id"].tolist() == ["A1"]


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("ties_ziekenhuis.csv", "ties"),
        ("Capacity 2026", "capacity"),
        ("FLOWS.CSV", "flows"),
        ("notities.txt", None),
        ("tiesx.csv", None),
        ("kopie van ties.csv", None),
    ],
)
def test_table_told_by_name(name: str, table: str | None) -> None:
    found = table_for_name(name)
    assert (found.name if found else None) == table


def test_files_not_recognised_are_reported_not_guessed(region: RegionWriter) -> None:
    folder = region(
        {
            "notities_overleg.txt": "org_id;name;type\nX;Y;vvt\n",
            "verslag.pdf": b"%PDF-1.4",
            "ZH01/flows_kapot.xlsx": b"not a zip file",
            "ZH01/flows_leeg.csv": "",
            "ZH01/flows_zonder_kop.csv": "van;naar\nA;B\n",
        }
    )
    files = load_region(folder).quality.files.set_index("file")
    assert files.loc["notities_overleg.txt", "status"] == "not_recognised"
    assert files.loc["verslag.pdf", "status"] == "unsupported_format"
    assert files.loc["ZH01/flows_kapot.xlsx", "status"] == "unreadable"
    assert files.loc["ZH01/flows_leeg.csv", "status"] == "empty"
    assert files.loc["ZH01/flows_zonder_kop.csv", "status"] == "no_header"
    assert "from_org" in files.loc["ZH01/flows_zonder_kop.csv", "detail"]


def test_supplier_is_the_first_folder(region: RegionWriter) -> None:
    folder = region({"ZH01 Ziekenhuis Oost/sub/flows.csv": FLOWS.format(d=",", p=".")})
    ingested = ingest(folder)
    suppliers = {s.file: s.supplier for s in ingested.sources}
    assert suppliers == {
        "organisations.csv": ADVISER,
        "ZH01 Ziekenhuis Oost/sub/flows.csv": "ZH01 Ziekenhuis Oost",
    }


def test_row_with_more_cells_than_header_is_kept_and_reported(region: RegionWriter) -> None:
    folder = region({"flows.csv": "from_org,to_org,period,clients\nZH01,VVT1,2026,4,extra\n"})
    data = load_region(folder)
    assert len(data.flows) == 1
    issue = data.quality.issues.query("code == 'extra_cells'").iloc[0]
    assert (issue["row"], issue["value"], issue["action"]) == (2, "extra", "warning")


def test_multiline_quoted_cell_keeps_row_numbers(region: RegionWriter) -> None:
    folder = region(
        {
            "survey.csv": 'respondent_id,org_id,layer,remarks,trust_1\nR1,ZH01,bestuur,"a\nb",9\n'
            "R2,ZH01,bestuur,,4\n"
        }
    )
    data = load_region(folder)
    issue = data.quality.issues.query("code == 'out_of_range'").iloc[0]
    assert issue["row"] == 2
    assert data.survey["src_row"].tolist() == [4]


def test_tables_in_schema_order() -> None:
    assert next(iter(TABLES)) == "organisations"


def test_a_form_answered_no_is_a_response_but_no_rows(region: RegionWriter) -> None:
    # WV01 answers "nee" for everyone; GEM1's form came back untouched; ZH01 names VVT1
    folder = region(
        {
            "WV01/ties_wv01.csv": "respondent_org;partner_org;works_with\nWV01;ZH01;nee\n"
            "WV01;VVT1;Nee\nWV01;GEM1;n\n",
            "GEM1/ties_gem1.csv": "respondent_org;partner_org;works_with\nGEM1;ZH01;\nGEM1;WV01;\n",
            "ZH01/ties_zh01.csv": "respondent_org;partner_org;works_with;frequency\n"
            "ZH01;VVT1;ja;weekly\nZH01;WV01;;never\nZH01;GEM1;nee;\n",
        }
    )
    data = load_region(folder)
    assert data.ties[["respondent_org", "partner_org"]].values.tolist() == [
        ["ZH01", "VVT1"],
        ["ZH01", "WV01"],  # "never" stays in the table as delivered; the network skips it
    ]
    resp = data.respondents.set_index("org_id")
    assert sorted(resp.index) == ["WV01", "ZH01"]  # not GEM1: its form says nothing
    assert resp.loc["WV01", ["partners", "not_partners"]].tolist() == [0, 3]
    assert resp.loc["ZH01", ["partners", "not_partners"]].tolist() == [1, 2]
    assert resp.loc["WV01", "src_file"] == "WV01/ties_wv01.csv"
    # a "nee" row is not a row: nothing read, nothing quarantined
    acc = data.quality.accounts.query("table == 'ties'").set_index("supplier")
    assert acc.loc["WV01", ["read", "quarantined"]].tolist() == [0, 0]
    assert data.quality.issues.empty


# --- issue 14: hostile input never crashes the run, loses a row, or reaches outside the region

FLOWS_HEADER = "from_org,to_org,period,clients,median_wait_days,flow_type\n"


def _flows_lines(n: int) -> list[str]:
    return [f"ZH01,VVT1,2026-{1 + i % 12:02d},{i + 1},2,referral {i + 1}\n" for i in range(n)]


def _accounted(data: ScanData, lines: int, blank: int = 0) -> None:
    """Every data line of the file is used, quarantined or blank (no duplicates here)."""
    totals = data.quality.totals
    assert totals["read"] == totals["used"] + totals["quarantined"]
    assert totals["read"] + blank == lines


def test_an_unclosed_quote_quarantines_its_row_and_loses_none_after_it(
    region: RegionWriter,
) -> None:
    rows = _flows_lines(20)
    rows[4] = 'ZH01,VVT1,2026-05,5,2,"abc\n'  # row 5 of 20 ends in …,"abc
    folder = region({"ZH01/flows.csv": FLOWS_HEADER + "".join(rows)})
    data = load_region(folder)
    flows = data.flows[data.flows["src_file"] == "ZH01/flows.csv"]
    assert len(flows) == 19
    assert flows["src_row"].tolist() == [n for n in range(2, 22) if n != 6]
    assert not flows["flow_type"].str.contains("\n").any()
    issue = data.quality.issues.query("code == 'unclosed_quote'").iloc[0]
    assert (issue["file"], issue["row"], issue["column"]) == ("ZH01/flows.csv", 6, "flow_type")
    assert (issue["action"], issue["value"], issue["detail"]) == ("quarantined", "abc", "21")
    assert len(data.quality.issues.query("file == 'ZH01/flows.csv'")) == 1
    _accounted(data, lines=20 + 5)  # the organisations file's 5 rows count too


def test_two_unclosed_quotes_and_a_quote_closed_rows_later(region: RegionWriter) -> None:
    rows = _flows_lines(20)
    rows[4] = 'ZH01,VVT1,2026-05,5,2,"abc\n'
    rows[11] = 'ZH01,VVT1,2026-12,12,2,"def\n'  # would close the first quote
    rows[15] = 'ZH01,VVT1,2026-04,16,2,"x\n'
    rows[17] = 'ZH01,VVT1,2026-06,18,2,y"\n'  # closes it cleanly three rows later
    folder = region({"flows.csv": FLOWS_HEADER + "".join(rows)})
    data = load_region(folder)
    flagged = data.quality.issues.query("code == 'unclosed_quote'")["row"].tolist()
    assert flagged == [6, 13, 17]
    assert len(data.flows) == 17
    assert not data.flows["flow_type"].str.contains("\n").any()


def test_a_quoted_cell_over_lines_is_still_one_row(region: RegionWriter) -> None:
    folder = region(
        {
            "survey.csv": "respondent_id,org_id,layer,remarks,trust_1\n"
            'R1,ZH01,bestuur,"eerste regel; met puntkomma\ntweede regel",4\n'
            'R2,ZH01,bestuur,"""citaat""\nen meer",3\n'
            "R3,ZH01,bestuur,,4\n"
        }
    )
    data = load_region(folder)
    assert data.survey["src_row"].tolist() == [2, 4, 6]
    assert data.survey["remarks"].tolist()[:2] == [
        "eerste regel; met puntkomma\ntweede regel",
        '"citaat"\nen meer',
    ]
    assert data.quality.issues.empty


def test_an_open_quote_on_the_last_line_is_flagged(region: RegionWriter) -> None:
    folder = region({"flows.csv": FLOWS_HEADER + "".join(_flows_lines(3)) + 'A,B,2026,1,2,"x'})
    data = load_region(folder)
    assert data.quality.issues.query("code == 'unclosed_quote'")["row"].tolist() == [5]
    assert len(data.flows) == 3


@pytest.mark.parametrize(
    "char", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
)
def test_line_separators_in_a_cell_are_characters(region: RegionWriter, char: str) -> None:
    text = FLOWS_HEADER + f"ZH01,VVT1,2026,1,2,door{char}verwezen\n" + "WV01,ZH01,2026,2,3,x\n"
    folder = region({"flows.csv": text})
    data = load_region(folder)
    assert data.flows["src_row"].tolist() == [2, 3]
    assert data.flows["flow_type"].tolist() == [f"door{char}verwezen", "x"]


def test_a_utf16_csv_from_excel_is_read(region: RegionWriter) -> None:
    text = "from_org\tto_org\tperiod\tclients\r\nZH01\tVVT1\t{p}\t4\r\nGEM1\tWV01\t{p}\t2\r\n"
    folder = region(
        {
            "flows_unicode.txt": text.format(p=2026).encode("utf-16"),
            "ZH01/flows_le.csv": text.format(p=2025).encode("utf-16-le"),
        }
    )
    data = load_region(folder)
    used = data.quality.files.query("status == 'used'").set_index("file")
    assert used.loc["flows_unicode.txt", "encoding"] == "utf-16"
    assert used.loc["ZH01/flows_le.csv", "encoding"] == "utf-16-le"
    assert data.flows["clients"].tolist() == [4, 2, 4, 2]


def test_symlinks_are_listed_never_followed(region: RegionWriter, tmp_path: Path) -> None:
    outside = tmp_path / "elders"
    outside.mkdir()
    (outside / "flows.csv").write_text(FLOWS_HEADER + "".join(_flows_lines(2)))
    (outside / "region.toml").write_text('name = "Gestolen"\n')
    folder = region({"ZH01/flows.csv": FLOWS_HEADER + "".join(_flows_lines(1))})
    (folder / "flows_passwd.csv").symlink_to("/etc/passwd")
    (folder / "ZH01" / "flows_elders.csv").symlink_to(outside / "flows.csv")
    (folder / "WV01 Gekoppeld").symlink_to(outside, target_is_directory=True)
    (folder / "flows_weg.csv").symlink_to(tmp_path / "bestaat-niet.csv")
    (folder / "region.toml").symlink_to(outside / "region.toml")
    data = load_region(folder)
    files = data.quality.files.set_index("file")
    for name in (
        "flows_passwd.csv",
        "ZH01/flows_elders.csv",
        "WV01 Gekoppeld",
        "flows_weg.csv",
        "region.toml",
    ):
        assert files.loc[name, "status"] == "symlink", name
        assert pd.isna(files.loc[name, "sha256"])
    assert data.flows["src_file"].tolist() == ["ZH01/flows.csv"]
    assert data.region.name == "regio"
    assert "links are not followed" in t("reason.symlink", "en")


def test_a_fifo_is_listed_not_opened(region: RegionWriter) -> None:
    folder = region({})
    os.mkfifo(folder / "flows_pijp.csv")
    files = load_region(folder).quality.files.set_index("file")
    assert files.loc["flows_pijp.csv", "status"] == "not_a_file"


def _refused_sheet(path: Path, limits: ReadLimits | None = None) -> tuple[str, str] | None:
    """The check alone, before anything is read (so a broken check fails, not aborts)."""
    check = WorkbookCheck(path, limits or ReadLimits())
    try:
        return check.book_problem() or check.sheet_problem("Flows")
    finally:
        check.close()


FAR_CELL = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'


@pytest.mark.parametrize("dimension", ["A1:XFD1048576", None, "A1:D2"])
def test_sparse_xlsx_bomb_is_not_read(region: RegionWriter, dimension: str | None) -> None:
    folder = region({"ZH01/flows.csv": FLOWS_HEADER + "".join(_flows_lines(2))})
    bomb = xlsx_from_parts(
        folder / "ZH01" / "flows_bom.xlsx",
        flows_rows([["ZH01", "VVT1", "2026", "3"]]) + FAR_CELL,
        dimension=dimension,
    )
    assert bomb.stat().st_size < 5_000
    status, detail = _refused_sheet(bomb) or ("", "")
    assert (status, detail) == ("too_many_cells", "A1:XFD1048576 = 17 179 869 184 > 25 000 000")
    data = load_region(folder)
    files = data.quality.files.set_index(["file", "sheet"])
    assert files.loc[("ZH01/flows_bom.xlsx", "Flows"), "status"] == "too_many_cells"
    assert len(data.flows) == 2
    reason = quality_summary(data, "en")["files_not_read"][0]["detail"]
    assert "17 179 869 184 > 25 000 000" in reason


def test_a_declared_dimension_is_neither_trusted_nor_needed(region: RegionWriter) -> None:
    folder = region({})
    xlsx_from_parts(
        folder / "flows.xlsx",
        flows_rows([["ZH01", "VVT1", "2026", "3"]]),
        dimension="A1:XFD1048576",
    )
    assert load_region(folder).flows["clients"].tolist() == [3]


@pytest.mark.parametrize(
    "far",
    [
        # the same cell, spelled as an XML parser (and calamine) reads it, not as Excel writes it
        "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>",
        '<row r="1048576"><c r = "XFD1048576"><v>1</v></c></row>',
        '<row r="1048576"><c\tr="XFD1048576"><v>1</v></c></row>',
        '<row r="1048576"><c s="0" r="XFD1048576"><v>1</v></c></row>',
        '<x:row xmlns:x="m" r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>',
    ],
)
def test_a_far_cell_however_spelled_is_found(tmp_path: Path, far: str) -> None:
    bomb = xlsx_from_parts(tmp_path / "flows.xlsx", flows_rows([]) + far)
    assert _refused_sheet(bomb) == (
        "too_many_cells",
        "A1:XFD1048576 = 17 179 869 184 > 25 000 000",
    )


def test_cells_without_reference_count_from_their_row(tmp_path: Path) -> None:
    far = '<row r="1048576">' + "<c><v>1</v></c>" * 30 + "</row>"
    bomb = xlsx_from_parts(tmp_path / "flows.xlsx", flows_rows([]) + far)
    status, detail = _refused_sheet(bomb) or ("", "")
    assert status == "too_many_cells"
    assert detail.startswith("A1:AD1048576 = 31 457 280")


def test_string_xlsx_bomb_is_not_read(region: RegionWriter) -> None:
    folder = region({})
    big = "x" * 5_000_000
    cells = "".join(f'<c r="E{i}" t="s"><v>0</v></c>' for i in range(1, 51))
    bomb = xlsx_from_parts(
        folder / "flows_tekst.xlsx",
        flows_rows([["ZH01", "VVT1", "2026", "3"]]) + f'<row r="3">{cells}</row>',
        shared=[big],
    )
    assert _refused_sheet(bomb) == ("too_much_text", "250 MB > 200 MB")
    files = load_region(folder).quality.files.set_index("file")
    assert files.loc["flows_tekst.xlsx", "status"] == "too_much_text"


def test_shared_strings_past_the_limit_are_not_unpacked(region: RegionWriter) -> None:
    folder = region({})
    path = xlsx_from_parts(folder / "flows_tekst.xlsx", flows_rows([]))
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as book,
        book.open("xl/sharedStrings.xml", "w", force_zip64=True) as handle,
    ):
        for _ in range(201):  # one shared string of 201 MB
            handle.write(b"x" * 1_000_000)
    assert path.stat().st_size < 2_000_000
    status, detail = _refused_sheet(path) or ("", "")
    assert (status, detail) == ("part_too_large", "xl/sharedStrings.xml: 201 MB > 200 MB")
    files = load_region(folder).quality.files.set_index("file")
    assert files.loc["flows_tekst.xlsx", "status"] == "part_too_large"


def test_limits_are_parameters(region: RegionWriter) -> None:
    folder = region({})
    xlsx_from_parts(
        folder / "flows.xlsx",
        flows_rows([["ZH01", "VVT1", f"2026-{n + 1:02d}", "3"] for n in range(10)]),
        shared=["ZH01"],
    )
    assert len(load_region(folder).flows) == 10
    data = load_region(folder, limits=ReadLimits(max_cells=40))
    assert data.quality.files.set_index("file").loc["flows.xlsx", "status"] == "too_many_cells"
    data = load_region(folder, limits=ReadLimits(max_text_bytes=10))
    assert data.quality.files.set_index("file").loc["flows.xlsx", "status"] == "part_too_large"


def test_a_million_rows_of_twenty_columns_pass_the_check(tmp_path: Path) -> None:
    # the range of a full million-row sheet of twenty columns (A1:T1000001), held by two cells
    last = '<row r="1000001"><c r="T1000001"><v>1</v></c></row>'
    path = xlsx_from_parts(tmp_path / "flows.xlsx", flows_rows([]) + last)
    assert _refused_sheet(path) is None
    assert ReadLimits().max_cells >= 1_000_001 * 20


def test_what_held_up_keeps_holding(region: RegionWriter, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "goed.xlsx", {"Flows": [list(FLOWS_HEADER.split(",")[:4])]})
    whole = good.read_bytes()
    big_cell = "x" * 50_000_000
    folder = region(
        {
            "flows_leeg.xlsx": b"",
            "flows_rommel.xlsx": bytes(range(256)) * 20,
            "flows_afgebroken.xlsx": whole[: len(whole) // 2],
            # a password-protected workbook is an OLE container, not a zip
            "flows_wachtwoord.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000),
            "flows_lang.csv": FLOWS_HEADER
            + f"ZH01,VVT1,2026,1,2,{big_cell}\n"
            + "".join(_flows_lines(2)),
            "ZH01/flows_gemengd.csv": "from_org;to_org;period;clients\nZH01;VVT1;2026;1\n"
            "ZH01,VVT1,2026,2\nWV01;ZH01;2026;3\n",
        }
    )
    data = load_region(folder)
    files = data.quality.files.set_index("file")
    for name in ("flows_leeg", "flows_rommel", "flows_afgebroken", "flows_wachtwoord"):
        assert files.loc[f"{name}.xlsx", "status"] == "unreadable", name
    issues = data.quality.issues.set_index("file")
    assert issues.loc["flows_lang.csv", "code"] == "cell_too_long"
    assert issues.loc["flows_lang.csv", "row"] == 2
    assert len(data.flows.query("src_file == 'flows_lang.csv'")) == 2
    mixed = data.quality.issues.query("file == 'ZH01/flows_gemengd.csv'")
    assert mixed["row"].unique().tolist() == [3]
    assert set(mixed["action"]) == {"quarantined"}
    assert data.flows.query("src_file == 'ZH01/flows_gemengd.csv'")["clients"].tolist() == [1, 3]


def test_a_workbook_without_a_worksheet_is_listed(region: RegionWriter) -> None:
    folder = region({})
    write_xlsx(folder / "flows_leeg.xlsx", {"Toelichting (netwerkscan)": [["Vul in"]]})
    files = load_region(folder).quality.files.set_index("file")
    assert files.loc["flows_leeg.xlsx", "status"] == "empty"
