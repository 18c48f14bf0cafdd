"""Feedback to partners: their own rows, in their own terms, and nothing of anyone else."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from scan.cli import main
from scan.data.demo import PLANTED_MESS
from scan.data.ingest import ADVISER
from scan.data.merge import load_region
from scan.data.model import ScanData
from scan.partners.feedback import SupplierFeedback, collect, file_name, write_feedback
from tests.conftest import RegionWriter

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"


@pytest.fixture(scope="module")
def demo() -> ScanData:
    return load_region(DEMO)


@pytest.fixture(scope="module")
def feedback(demo: ScanData) -> dict[str, SupplierFeedback]:
    return collect(demo, DEMO)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, demo: ScanData) -> dict[str, str]:
    out = tmp_path_factory.mktemp("feedback") / "feedback"
    written = write_feedback(demo, DEMO, out)
    return {p.name: p.read_text(encoding="utf-8") for p in written}


def _supplier(file: str) -> str:
    return file.split("/", 1)[0] if "/" in file else ADVISER


def _own(file: str) -> str:
    return file.split("/", 1)[1] if "/" in file else file


def _body(page: str) -> str:
    """The page without its stylesheet."""
    return re.sub(r"<style>.*?</style>", "", page, flags=re.S)


def test_one_page_per_supplier(demo: ScanData, pages: dict[str, str]) -> None:
    suppliers = set(demo.quality.files["supplier"])
    assert sorted(pages) == sorted(file_name(s) for s in suppliers)
    for page in pages.values():
        assert "<script" not in page and "http" not in _body(page)


# the planted mess, and the line a partner must find about it in their own feedback
EXPECTED = {
    "unknown_org": "quarantined",
    "out_of_range": "warning",  # one impossible rating empties that cell, not the tie
    "missing_value": "warning",
    "duplicate": "warning",
    "fuzzy_reference": "check",
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_planted_mess_is_in_the_suppliers_own_feedback(
    feedback: dict[str, SupplierFeedback], kind: str
) -> None:
    messes = [m for m in PLANTED_MESS if m.kind == kind]
    assert messes
    for mess in messes:
        mine = feedback[_supplier(mess.file)]
        hits = [
            i
            for i in mine.items
            if i.file == _own(mess.file) and i.row == mess.row and i.level == EXPECTED[kind]
        ]
        assert hits, (kind, mess.file, mess.row, mine.items)
        if mess.column is not None:
            assert mess.column in hits[0].column
        assert all(i.what and i.change for i in hits)  # why, and what to change


def test_columns_are_named_as_the_partner_sees_them(feedback: dict[str, SupplierFeedback]) -> None:
    (trust,) = [i for i in feedback[ADVISER].items if i.row == 4]
    assert trust.column == "K (trust_open)" and trust.value == "7"
    assert "1–4" in trust.change
    (stranger,) = [i for i in feedback["TP01 Transferpunt Lindewaard"].items if i.row == 8]
    assert stranger.column == "B (to_org)" and stranger.value == "Zorgbureau De Horizon"


def test_files_not_read_and_overruled_rows(feedback: dict[str, SupplierFeedback]) -> None:
    adviser = feedback[ADVISER]
    assert [i.file for i in adviser.items if i.level == "not_read"] == ["notities_overleg.txt"]
    (lost,) = [i for i in adviser.items if "andere cijfers" in i.what]
    assert (lost.file, lost.row) == ("capacity_overzicht_zorgkantoor.xlsx", 2)


def test_messy_suppliers_have_feedback_and_clean_ones_are_told(
    feedback: dict[str, SupplierFeedback], pages: dict[str, str]
) -> None:
    messy = {_supplier(m.file) for m in PLANTED_MESS if m.kind in EXPECTED}
    assert messy == {ADVISER, "TP01 Transferpunt Lindewaard", "ZH01 Ziekenhuis Lindewaard",
                     "GGZ1 GGZ Lindewaard"}  # fmt: skip
    for supplier in messy:
        assert not feedback[supplier].clean
        assert "Alles kon worden gebruikt" not in pages[file_name(supplier)]
    assert feedback["HAP1 Huisartsenpost Lindewaard"].clean
    assert "Alles kon worden gebruikt" in pages[file_name("HAP1 Huisartsenpost Lindewaard")]


def test_no_partner_sees_another_partners_data(
    demo: ScanData, feedback: dict[str, SupplierFeedback], pages: dict[str, str]
) -> None:
    files = demo.quality.files
    for a in feedback:
        page = _body(pages[file_name(a)])
        own_values = {i.value for i in feedback[a].items}
        for b in feedback:
            if a == b:
                continue
            if b != ADVISER:
                assert b not in page, (a, b)
            for f in files[files["supplier"] == b]["file"]:
                assert _own(str(f)) not in page, (a, b, f)
            for item in feedback[b].items:
                if len(item.value) >= 4 and item.value not in own_values:
                    assert item.value not in page, (a, b, item.value)
    # the conflict VVT1 won: nothing of the adviser's (overruled) row reaches VVT1
    conflicts = demo.quality.conflicts
    vvt1 = feedback["VVT1 Hooge Hof"]
    assert not [i for i in vvt1.items if "andere cijfers" in i.what]
    for other in conflicts["other_source"]:
        assert str(other).split(" ")[0] not in pages[file_name("VVT1 Hooge Hof")]


def test_extra_column_with_a_typo_gets_a_guess(region: RegionWriter) -> None:
    folder = region(
        {
            "VVT1 Hof/capacity.csv": (
                "org_id;period;capacity;demand;wait_day\nVVT1;2026-Q1;10;12;4\n"
            )
        }
    )
    data = load_region(folder)
    (item,) = collect(data, folder)["VVT1 Hof"].items
    assert item.column == "E (wait_day)" and "wait_days" in item.change


def test_validate_feedback_command(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    result = CliRunner().invoke(
        main,
        ["validate", "demo", "--format", "json", "--feedback", "--no-write"],
        env={"NETWERKSCAN_HOME": str(home)},
    )
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # the JSON on stdout stays clean
    written = sorted((home / "confidential" / "demo" / "feedback").glob("*.html"))
    assert len(written) == 9
    assert "flows_transferpunt.txt" in (
        home / "confidential" / "demo" / "feedback" / file_name("TP01 Transferpunt Lindewaard")
    ).read_text(encoding="utf-8")
