"""End to end: ``netwerkscan validate`` on the demo region reports every planted mess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scan.cli import main
from scan.data.demo import PLANTED_MESS

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    result = CliRunner().invoke(
        main, ["validate", "demo", "--format", "json"], env={"NETWERKSCAN_HOME": str(home)}
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    out["_home"] = home
    return out


def _mess(kind: str) -> list:
    return [m for m in PLANTED_MESS if m.kind == kind]


def test_processed_tables_written(report: dict) -> None:
    processed = report["_home"] / "data" / "processed" / "demo"
    assert (processed / "ties.parquet").exists() and (processed / "manifest.json").exists()


def test_rows_add_up(report: dict) -> None:
    t = report["totals"]
    assert t["read"] == t["used"] + t["quarantined"] + t["duplicates"] + t["overruled"]
    assert report["organisations"] == 40


@pytest.mark.parametrize("kind", ["missing_value", "out_of_range", "unknown_org"])
def test_problem_cells_reported_with_file_row_column(report: dict, kind: str) -> None:
    found = {(i["file"], i["row"], i["column"]) for i in report["issues"]}
    for mess in _mess(kind):
        assert (mess.file, mess.row, mess.column) in found, mess


def test_references_by_name_and_fuzzy_are_listed(report: dict) -> None:
    matches = {(m["file"], m["row"], m["value"]): m for m in report["matches"]}
    for mess in _mess("name_reference") + _mess("fuzzy_reference"):
        match = matches[(mess.file, mess.row, mess.value)]
        assert match["org_id"] == mess.expected
    fuzzy = [m for m in report["matches"] if m["method"] == "fuzzy"]
    assert fuzzy and all(0 < m["score"] < 100 for m in fuzzy)


def test_conflict_listed_with_both_values(report: dict) -> None:
    own, adviser = _mess("conflict")
    rows = [c for c in report["conflicts"] if c["column"] == own.column]
    assert len(rows) == 1
    assert (rows[0]["kept_value"], rows[0]["other_value"]) == (str(own.value), str(adviser.value))
    assert rows[0]["key"] == own.expected.replace("|", ", ")


def test_duplicates_counted(report: dict) -> None:
    file = _mess("duplicate")[0].file
    supplier = file.split("/")[0]
    row = next(
        s for s in report["suppliers"] if s["supplier"] == supplier and s["table"] == "flows"
    )
    assert row["duplicates"] == len(_mess("duplicate"))


def test_file_dialects_reported(report: dict) -> None:
    files = {(f["file"], f["sheet"] or None): f for f in report["files"]}
    cp1252 = files[(_mess("encoding")[0].file, None)]
    assert (cp1252["encoding"], cp1252["delimiter"], cp1252["decimal"]) == ("cp1252", ";", ",")
    assert "peildatum" in cp1252["columns_extra"]
    assert files[(_mess("bom")[0].file, None)]["encoding"] == "utf-8-sig"
    assert files[(_mess("delimiter")[0].file, None)]["delimiter"] == "|"
    title = _mess("stray_spaces")[0]
    assert files[(title.file, title.sheet)]["header_row"] == title.row


def test_unrecognised_file_reported(report: dict) -> None:
    assert [f["file"] for f in report["files_not_read"]] == [_mess("not_a_table")[0].file]


def test_text_output_in_both_languages(tmp_path: Path) -> None:
    runner = CliRunner()
    nl = runner.invoke(main, ["validate", str(DEMO), "--no-write"])
    en = runner.invoke(main, ["validate", str(DEMO), "--no-write", "--lang", "en"])
    assert nl.exit_code == en.exit_code == 0
    assert "ligt buiten het toegestane bereik" in nl.output
    assert "is outside the allowed range" in en.output
    assert "1.742" in nl.output and "1,742" in en.output  # numbers per language


def test_missing_region_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "NETWERKSCAN_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "scan.cli", "validate", "nergens"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 1
    assert "bestaat niet" in proc.stderr and "Traceback" not in proc.stderr


def test_nothing_usable_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    (folder / "ties.csv").write_text("respondent_org,partner_org\nA,B\n")
    result = CliRunner().invoke(main, ["validate", str(folder), "--no-write"])
    assert result.exit_code == 1
    assert "niets bruikbaars" in result.output
