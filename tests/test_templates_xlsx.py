"""Partner templates: made from the schema, read back cleanly, pre-filled network survey."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from scan.cli import main
from scan.data.merge import load_region
from scan.data.model import RegionInfo, ScanData
from scan.data.schema import TABLES, Column
from scan.data.validate import parse_choice, parse_yesno
from scan.partners import templates_xlsx as tx
from scan.text import CATALOGUE, t

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"
HOSPITAL = ("ZH01", "ZH01 Ziekenhuis Lindewaard")


@pytest.fixture(scope="module")
def demo() -> ScanData:
    return load_region(DEMO)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory, demo: ScanData) -> list[Path]:
    out = tmp_path_factory.mktemp("templates") / "templates"
    return tx.write_templates(DEMO, out, organisations=demo.organisations, region=demo.region)


def _template(paths: list[Path], org_id: str) -> Path:
    (path,) = [p for p in paths if p.name.startswith(f"datavraag {org_id} ")]
    return path


def _region_with(tmp_path: Path, workbook: Path, supplier: str) -> Path:
    """A region folder: the demo's organisations and region.toml, and one returned workbook."""
    folder = tmp_path / "regio"
    (folder / supplier).mkdir(parents=True)
    shutil.copy(DEMO / "organisations.xlsx", folder)
    shutil.copy(DEMO / "region.toml", folder)
    shutil.copy(workbook, folder / supplier / workbook.name)
    return folder


def _rows(sheet: Any) -> list[list[object]]:
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]


def _rule(sheet: Any, column: str) -> Any:
    """The data validation of a column (found by its header in row 2)."""
    letter = openpyxl.utils.get_column_letter([c.value for c in sheet[2]].index(column) + 1)
    (found,) = [
        dv
        for dv in sheet.data_validations.dataValidation
        if re.match(r"[A-Z]+", str(dv.sqref)).group(0) == letter  # type: ignore[union-attr]
    ]
    return found


def test_one_workbook_per_organisation(templates: list[Path], demo: ScanData) -> None:
    assert len(templates) == len(demo.organisations)
    ids = sorted(p.name.split(" ")[1] for p in templates)
    assert ids == sorted(demo.organisations["org_id"].astype(str))


def test_every_partner_table_and_column_has_words() -> None:
    for name in tx.PARTNER_TABLES:
        for part in ("sheet", "title", "ask"):
            assert set(CATALOGUE[f"template.table.{name}.{part}"]) == {"nl", "en"}
        for column in TABLES[name].columns:
            for part in ("label", "help"):
                key = f"template.{part}.{name}.{column.name}"
                assert key in CATALOGUE, f"{key}: add its Dutch label and help text"
                assert set(CATALOGUE[key]) == {"nl", "en"}


def test_drop_down_words_read_back_as_the_schema_choice() -> None:
    for name in tx.PARTNER_TABLES:
        for column in TABLES[name].columns:
            for choice in column.choices:
                for lang in ("nl", "en"):
                    assert parse_choice(tx.choice_word(choice, lang), column) == choice
    assert parse_yesno(t("template.yes", "nl")) is True
    assert parse_yesno(t("template.no", "nl")) is False


def test_sheets_headers_and_validation_follow_the_schema(templates: list[Path]) -> None:
    book = openpyxl.load_workbook(_template(templates, "ZH01"))
    assert book.sheetnames == [
        "Toelichting (netwerkscan)",
        "ties netwerk",
        "flows cliëntstromen",
        "capacity capaciteit",
        "survey samenwerking",
        "Lijsten (netwerkscan)",
    ]
    ties = book["ties netwerk"]
    header = [c.value for c in ties[2]]
    assert header[:3] == ["respondent_org", "partner_org", tx.PARTNER_NAME_COLUMN]
    assert header[3:] == [c.name for c in TABLES["ties"].columns[2:]]
    flows = book["flows cliëntstromen"]
    assert [c.value for c in flows[2]] == list(TABLES["flows"].names)
    survey = [c.value for c in book["survey samenwerking"][2]]
    assert survey[:3] == ["respondent_id", "org_id", "layer"] and survey[-1] == "remarks"
    assert "perseverance_3" in survey and "perseverance_4" not in survey

    trust = _rule(ties, "trust_open")
    assert (trust.type, trust.operator or "between", trust.formula1, trust.formula2) == (
        "decimal",
        "between",
        "1",
        "4",
    )
    assert "wekelijks" in _rule(ties, "frequency").formula1
    assert _rule(ties, "works_with").formula1 == '"ja,nee"'
    assert _rule(flows, "from_org").formula1 == "Organisaties"
    clients = _rule(flows, "clients")
    assert (clients.type, clients.operator, clients.formula1) == (
        "whole",
        "greaterThanOrEqual",
        "0",
    )
    assert "2026-Q3" in _rule(flows, "period").formula1
    assert "Organisaties" in book.defined_names
    lists = book["Lijsten (netwerkscan)"]
    assert len([r for r in lists.iter_rows(min_row=2, max_col=1) if r[0].value]) == 40


def test_validation_is_made_from_the_schema_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ties = TABLES["ties"]
    changed = tuple(
        dataclasses.replace(c, le=7.0) if c.name == "trust_open" else c for c in ties.columns
    )
    monkeypatch.setitem(TABLES, "ties", dataclasses.replace(ties, columns=changed))
    orgs = pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"], "type": ["vvt", "ggz"]})
    path = tx.write_template(
        tmp_path / "a.xlsx", tx.Partner("A", "Aa", "vvt"), orgs, RegionInfo("r", "R", "2026")
    )
    sheet = openpyxl.load_workbook(path)["ties netwerk"]
    assert _rule(sheet, "trust_open").formula2 == "7"


def test_network_survey_is_prefilled_for_the_partner(templates: list[Path], demo: ScanData) -> None:
    sheet = openpyxl.load_workbook(_template(templates, "ZH01"))["ties netwerk"]
    rows = _rows(sheet)
    assert {r[0] for r in rows} == {"ZH01"}
    others = set(demo.organisations["org_id"].astype(str)) - {"ZH01"}
    assert sorted(r[1] for r in rows) == sorted(others)
    names = demo.org_names()
    assert all(r[2] == names[str(r[1])] for r in rows)
    assert all(v is None for r in rows for v in r[3:])  # nothing answered on the partner's behalf


def test_tables_asked_depend_on_the_kind_of_partner(templates: list[Path]) -> None:
    municipality = openpyxl.load_workbook(_template(templates, "GM01")).sheetnames
    assert municipality[1:-1] == ["ties netwerk", "survey samenwerking"]


def test_filled_in_template_reads_back_cleanly(templates: list[Path], tmp_path: Path) -> None:
    path = _template(templates, "ZH01")
    book = openpyxl.load_workbook(path)
    ties = book["ties netwerk"]
    rows = list(ties.iter_rows(min_row=3))
    answered = {}
    for row in rows[:4]:
        row[3].value, row[4].value, row[5].value = "ja", "wekelijks", "ja"
        row[10].value, row[11].value, row[12].value = 3, 4, 2
        answered[row[1].value] = row
    rows[5][3].value = "ja"  # a partner ticked without further answers
    answered[rows[5][1].value] = rows[5]
    rows[6][4].value = "maandelijks"  # answers without the tick: still a partner
    answered[rows[6][1].value] = rows[6]
    flows = book["flows cliëntstromen"]
    for r, values in enumerate(
        [
            (
                "Ziekenhuis Lindewaard B.V.",
                "Zorgcentrum 't Hooge Hof",
                "2026-Q1",
                70,
                8.5,
                "discharge",
            ),
            ("ZH01", "GGZ Lindewaard", "2026-Q2", 9, None, "referral"),
        ],
        start=3,
    ):
        for c, value in enumerate(values, start=1):
            flows.cell(r, c, value)
    capacity = book["capacity capaciteit"]
    for c, value in enumerate(("ZH01", "2026-Q1", "kliniek", 100, 92, 4, 12.5, 3.2), start=1):
        capacity.cell(3, c, value)
    survey = book["survey samenwerking"]
    header = [c.value for c in survey[2]]
    person = {
        "respondent_id": "ZH01-01",
        "org_id": "Ziekenhuis Lindewaard B.V.",
        "layer": "bestuur",
    }
    person |= {h: 4 for h in header if h and h.startswith(("trust_", "ambition_"))}
    for name, value in person.items():
        survey.cell(3, header.index(name) + 1, value)
    filled = tmp_path / path.name
    book.save(filled)

    data = load_region(_region_with(tmp_path, filled, HOSPITAL[1]))
    q = data.quality
    assert q.issues.empty, q.issues.to_dict("records")
    assert q.unrecognised_files.empty  # the instruction and list sheets are not deliveries
    assert q.fuzzy_matches.empty and q.conflicts.empty
    assert set(q.files["sheet"].dropna()) >= {"ties netwerk", "flows cliëntstromen"}
    mine = data.ties[data.ties["src_supplier"] == HOSPITAL[1]]
    assert set(mine["partner_org"]) == set(answered)  # unanswered rows are not ties
    assert set(mine["respondent_org"]) == {"ZH01"}
    first = mine.set_index("partner_org").loc[rows[0][1].value]
    assert first["frequency"] == "weekly" and first["trust_reliable"] == 3
    assert "works_with" not in data.ties.columns or data.ties["works_with"].isna().all()
    assert data.flows[["from_org", "to_org", "clients"]].values.tolist() == [
        ["ZH01", "VVT1", 70],
        ["ZH01", "GGZ1", 9],
    ]
    assert data.capacity["demand"].tolist() == [92.0]
    assert data.survey["org_id"].tolist() == ["ZH01"]
    accounts = q.accounts.set_index(["supplier", "table"])
    assert accounts.loc[(HOSPITAL[1], "ties"), "used"] == len(answered)


def test_untouched_template_is_no_answer(templates: list[Path], tmp_path: Path) -> None:
    data = load_region(_region_with(tmp_path, _template(templates, "VVT1"), "VVT1 Hooge Hof"))
    assert data.ties.empty and data.flows.empty and data.survey.empty
    assert data.quality.issues.empty and data.quality.unrecognised_files.empty


def test_no_with_answers_is_not_used(templates: list[Path], tmp_path: Path) -> None:
    path = _template(templates, "ZH01")
    book = openpyxl.load_workbook(path)
    row = next(iter(book["ties netwerk"].iter_rows(min_row=3)))
    row[3].value, row[4].value = "nee", "dagelijks"
    book.save(tmp_path / path.name)
    data = load_region(_region_with(tmp_path, tmp_path / path.name, HOSPITAL[1]))
    assert data.ties.empty
    (issue,) = data.quality.issues.to_dict("records")
    assert (issue["code"], issue["column"], issue["row"], issue["action"]) == (
        "not_a_partner",
        "works_with",
        3,
        "quarantined",
    )


def test_workbooks_are_reproducible(templates: list[Path], demo: ScanData, tmp_path: Path) -> None:
    again = tx.write_templates(
        DEMO, tmp_path / "again", organisations=demo.organisations, region=demo.region
    )
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in templates]


def test_contact_and_tables_from_region_toml(tmp_path: Path) -> None:
    (tmp_path / "region.toml").write_text(
        'name = "R"\n[contact]\nname = "Anna de Vries"\nemail = "anna@example.nl"\n'
        '[templates]\ntables = ["ties", "initiatives"]\ndeadline = "1 maart 2027"\n',
        encoding="utf-8",
    )
    settings = tx.TemplateSettings.for_region(tmp_path)
    assert settings.contact == "Anna de Vries, anna@example.nl"
    assert tx.partner_tables("vvt", settings) == ("ties", "initiatives")
    orgs = pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"], "type": ["vvt", "ggz"]})
    path = tx.write_template(
        tmp_path / "a.xlsx", tx.Partner("A", "Aa", "vvt"), orgs, RegionInfo("r", "R"), settings
    )
    book = openpyxl.load_workbook(path)
    notes = " ".join(
        str(c.value) for row in book["Toelichting (netwerkscan)"].iter_rows() for c in row
    )
    assert "Anna de Vries, anna@example.nl" in notes and "1 maart 2027" in notes
    assert book.sheetnames[1:-1] == ["ties netwerk", "initiatives initiatieven"]


def test_allowed_text_is_made_from_the_column() -> None:
    assert tx.allowed_text(Column("x", "number", "", ge=0)) == "0 of meer"
    assert tx.allowed_text(Column("x", "integer", "", ge=0)) == "heel getal, 0 of meer"
    assert tx.allowed_text(TABLES["ties"].column("frequency")).startswith("nooit, jaarlijks")


def test_template_command(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    result = CliRunner().invoke(main, ["template", "demo"], env={"NETWERKSCAN_HOME": str(home)})
    assert result.exit_code == 0, result.output
    written = sorted((home / "confidential" / "demo" / "templates").glob("*.xlsx"))
    assert len(written) == 40


def test_templates_and_feedback_survive_a_new_report(tmp_path: Path) -> None:
    from scan.report.render import KEEP_CONFIDENTIAL, carry_over

    old, new = tmp_path / "old", tmp_path / "new"
    (old / "templates").mkdir(parents=True)
    (old / "templates" / "datavraag A.xlsx").write_bytes(b"x")
    (old / "feedback").mkdir()
    (old / "changes.html").write_text("<p>old</p>")
    (old / "report.html").write_text("old report")
    new.mkdir()
    (new / "changes.html").write_text("<p>new</p>")
    assert carry_over(old, new, KEEP_CONFIDENTIAL) == ["templates", "feedback"]
    assert carry_over(old, new) == []  # the report folder keeps only changes.html
    assert (new / "templates" / "datavraag A.xlsx").read_bytes() == b"x"
    assert (new / "changes.html").read_text() == "<p>new</p>"  # made anew: not overwritten
    assert not (new / "report.html").exists()  # the report itself is never carried over
