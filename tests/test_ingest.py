"""One small fixture per reader quirk: what partners really send."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from scan.data.ingest import ADVISER, decode, ingest, sniff_decimal
from scan.data.merge import load_region
from scan.data.schema import TABLES, table_for_name
from tests.conftest import RegionWriter, write_xlsx

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
