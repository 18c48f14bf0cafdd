"""The change agenda: written from one scan, edited, read back, followed per action."""

from __future__ import annotations

import datetime as dt
import math
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from scan.cli import main
from scan.data.demo import BOTTLENECK, MISSING_LINK, generate_demo
from scan.data.merge import load_region
from scan.data.model import ScanData
from scan.data.schema import TABLES
from scan.followup import compare as cmp
from scan.followup.actions import follow, measure_value
from scan.followup.rounds import load_round
from scan.partners.agenda_xlsx import FILE_NAME, sheet_name, write_agenda
from scan.pipeline import ScanParams, ScanResult, run_scan, write_outputs
from scan.report import changes as changes_page

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"
SECRET = "Geheime afspraak met de wethouder"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[ScanResult, Path]:
    """One run of the demo region and the report folder it leaves for the follow-up."""
    result = run_scan(DEMO, ScanParams())
    folder = tmp_path_factory.mktemp("agenda") / "reports" / "demo"
    write_outputs(result, folder)
    return result, folder


@pytest.fixture(scope="module")
def workbook(baseline: tuple[ScanResult, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, _ = write_agenda(baseline[0], tmp_path_factory.mktemp("book") / FILE_NAME)
    return path


def _rows(path: Path) -> tuple[list[str], list[dict[str, object]]]:
    sheet = openpyxl.load_workbook(path)[sheet_name()]
    header = [str(c.value) for c in sheet[2]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(3)]
    return header, [r for r in rows if r["action_id"]]


def test_the_agenda_starts_from_every_bottleneck_and_quick_win(
    baseline: tuple[ScanResult, Path], workbook: Path
) -> None:
    findings = baseline[0].findings
    header, rows = _rows(workbook)
    assert header[: len(TABLES["agenda"].names)] == list(TABLES["agenda"].names)
    expected = [f.id for f in (*findings.bottlenecks, *findings.transitions, *findings.quick_wins)]
    assert [r["finding_id"] for r in rows] == expected
    wait = next(r for r in rows if r["finding_id"] == f"T-ZH01-{BOTTLENECK}")
    # the transfer's wait as the diagnosis measured it, the usual wait as the aim
    transition = next(f for f in findings.transitions if f.id == f"T-ZH01-{BOTTLENECK}")
    assert wait["measure"] == "transition_wait" and wait["subject"] == f"ZH01>{BOTTLENECK}"
    assert wait["baseline"] == pytest.approx(transition.evidence["wait_days"], abs=1e-3)
    assert wait["target"] == math.ceil(transition.evidence["usual_wait_days"])
    assert wait["direction"] == "lager" and "wachtdagen bij de overstap" in str(
        wait["measure_text"]
    )
    # a bottleneck whose pressure nobody delivered has no measure, and no 0 as its value
    unknown = next(r for r in rows if r["finding_id"] == "B-ZH01")
    assert unknown["measure"] is None and unknown["baseline"] is None


def test_the_workbook_is_a_template(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == ["Toelichting (netwerkscan)", sheet_name(), "Lijsten (netwerkscan)"]
    sheet = book[sheet_name()]
    assert sheet.protection.sheet  # the header rows are locked
    assert sheet["A2"].protection.locked and not sheet["A3"].protection.locked
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    measure_col = openpyxl.utils.get_column_letter(TABLES["agenda"].names.index("measure") + 1)
    assert "transition_wait" in lists[f"{measure_col}3"]


def test_a_selection_of_findings(baseline: tuple[ScanResult, Path], tmp_path: Path) -> None:
    path, n = write_agenda(baseline[0], tmp_path / FILE_NAME, select=[f"B-{BOTTLENECK}"])
    assert n == 1 and [r["finding_id"] for r in _rows(path)[1]] == [f"B-{BOTTLENECK}"]


@pytest.fixture(scope="module")
def followup(
    baseline: tuple[ScanResult, Path], workbook: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ScanData, cmp.Changes]:
    """Round 2 of the demo with the agenda, edited by the adviser, in its raw folder."""
    later = tmp_path_factory.mktemp("raw") / "demo-2027"
    generate_demo(later, seed=2026, round=2)
    book = openpyxl.load_workbook(workbook)
    sheet = book[sheet_name()]
    header = [str(c.value) for c in sheet[2]]
    col = {name: i + 1 for i, name in enumerate(header)}
    keep = {
        f"B-{BOTTLENECK}",  # relieved in round 2: better
        "QW-asymmetric_tie-HAP1-ZH01",  # the hospital still does not name the GP post
        f"QW-missing_link-{'-'.join(MISSING_LINK)}",  # they work together now
    }
    for i in range(sheet.max_row, 2, -1):
        if sheet.cell(i, col["finding_id"]).value not in keep:
            sheet.delete_rows(i)
    for i in range(3, sheet.max_row + 1):
        sheet.cell(i, col["owner"]).value = "Ziekenhuis Lindewaard B.V."  # a name, resolved
        sheet.cell(i, col["first_step"]).value = SECRET
        sheet.cell(i, col["due"]).value = dt.datetime(2027, 3, 1)
        aims = {f"B-{BOTTLENECK}": 1.1, "QW-asymmetric_tie-HAP1-ZH01": 2}
        finding = str(sheet.cell(i, col["finding_id"]).value)
        sheet.cell(i, col["target"]).value = aims.get(finding, 3)
    extra = {  # own actions: one the scan cannot know, one nobody measured, one mistyped
        "A90": ("B-GEEN", "utilisation", BOTTLENECK),
        "A91": (None, "wait_days", "ZH01"),
        "A92": (None, "geluk", "ZH01"),
    }
    for action, (finding, measure, subject) in extra.items():
        row = sheet.max_row + 1
        sheet.cell(row, col["action_id"]).value = action
        sheet.cell(row, col["finding_id"]).value = finding
        sheet.cell(row, col["what_to_do"]).value = SECRET
        sheet.cell(row, col["measure"]).value = measure
        sheet.cell(row, col["subject"]).value = subject
        sheet.cell(row, col["target"]).value = 10
    book.save(later / FILE_NAME)
    data = load_region(later)
    return data, cmp.build(data, load_round(baseline[1]))


def test_the_agenda_is_read_back_and_a_mistyped_measure_is_quarantined(
    followup: tuple[ScanData, cmp.Changes],
) -> None:
    data, changes = followup
    assert list(changes.actions["action_id"]) == [*sorted(data.agenda["action_id"])]
    assert len(changes.actions) == 5 and "A92" not in set(changes.actions["action_id"])
    assert set(changes.actions["owner"].dropna()) == {"ZH01"}  # the name resolved to its code
    issues = data.quality.issues
    mistyped = issues[(issues["table"] == "agenda") & (issues["value"].astype(str) == "geluk")]
    assert len(mistyped) == 1 and mistyped["column"].iloc[0] == "measure"


def test_each_action_says_what_its_measure_did(followup: tuple[ScanData, cmp.Changes]) -> None:
    a = followup[1].actions.set_index("finding_id", drop=False)
    relieved = a.loc[f"B-{BOTTLENECK}"]
    assert relieved["status"] == "better" and relieved["after"] < relieved["before"]
    assert relieved["target"] == 1.1 and relieved["target_met"] is True  # 1,08 ≤ 1,1
    asked = a.loc[f"QW-missing_link-{'-'.join(MISSING_LINK)}"]
    assert (asked["before"], asked["status"], asked["target_met"]) == (0.0, "better", True)
    stalled = a.loc["QW-asymmetric_tie-HAP1-ZH01"]
    assert (stalled["before"], stalled["after"], stalled["status"]) == (0.0, 0.0, "same")
    assert stalled["target_met"] is False
    by_id = followup[1].actions.set_index("action_id")
    assert by_id.loc["A90", "status"] == "not_compared"
    assert by_id.loc["A90", "problem"] == "unknown_finding"
    # nobody delivered the hospital's capacity: not measurable, never 0
    assert by_id.loc["A91", "status"] == "not_measurable" and math.isnan(by_id.loc["A91", "before"])
    assert "A92" not in by_id.index


def test_the_section_shows_the_actions_and_no_free_text(
    followup: tuple[ScanData, cmp.Changes],
) -> None:
    changes = followup[1]
    html = str(changes_page.section(changes, "nl"))
    assert "Wat hebben de acties veranderd" in html
    assert "beter" in html and "gelijk gebleven" in html and "niet te meten" in html
    assert "bevinding B-GEEN staat niet in de vorige scan" in html
    assert SECRET not in html and ">nan<" not in html
    english = str(changes_page.section(changes, "en"))
    assert "What did the actions change" in english and "cannot be measured" in english
    codes = {k: f"CODE-{i}" for i, k in enumerate(sorted(changes.names))}
    anonymous = str(changes_page.actions_part(changes.anonymise(codes), "nl"))
    for real in {*changes.names, *changes.names.values()}:
        assert real not in anonymous, real
    assert "A90" in anonymous and "B-GEEN" not in anonymous
    lines = changes_page.action_lines(changes, "nl")
    assert len(lines) == len(changes.actions) and SECRET not in "".join(lines)


def test_unknown_is_not_zero() -> None:
    """Who did not answer is unknown; an answer without the partner is 0."""
    r = cmp.example_round(ties=[("A", "B")])
    r.monitor["respondents"] = ["A"]  # B did not answer the survey
    assert measure_value(r, "contact", "A>B") == 4.0
    assert math.isnan(measure_value(r, "contact", "B>A"))
    assert measure_value(r, "contact", "A>C") == 0.0
    assert math.isnan(measure_value(r, "tables", "A"))  # no initiatives delivered
    assert math.isnan(measure_value(r, "utilisation", "A"))


def test_a_move_counts_only_beyond_its_threshold() -> None:
    """One step more contact counts; the threshold is the comparison's (CompareParams)."""
    before = cmp.example_round(ties=[("A", "C")])
    after = cmp.example_round(ties=[("A", "C"), ("A", "B")])
    agenda = pd.DataFrame(
        {
            "action_id": ["A01", "A02", "A03"],
            "finding_id": [None, None, None],
            "owner": ["A", "A", "A"],
            "measure": ["contact", "contact", "transition_wait"],
            "subject": ["A>B", "A-C", "A-B"],
            "direction": [None, None, None],
            "target": [3.0, math.nan, math.nan],
        }
    )
    same = {o: o for o in "ABC"}
    out = follow(
        agenda, before, after, translate=same, thresholds=cmp.CompareParams().thresholds()
    ).set_index("action_id")
    assert (out.loc["A01", "before"], out.loc["A01", "after"]) == (0.0, 4.0)
    assert out.loc["A01", "status"] == "better" and out.loc["A01", "target_met"] is True
    assert out.loc["A02", "status"] == "same" and out.loc["A02", "target_met"] is None
    assert out.loc["A03", "problem"] == "bad_subject"  # a transfer has a direction
    strict = cmp.CompareParams(contact_change=5.0).thresholds()
    again = follow(agenda, before, after, translate=same, thresholds=strict)
    assert again.set_index("action_id").loc["A01", "status"] == "same"


def test_agenda_command(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    env = {"NETWERKSCAN_HOME": str(home)}
    run = CliRunner().invoke(main, ["agenda", "demo", "--finding", "T-ZH01-VVT1"], env=env)
    assert run.exit_code == 0, run.output
    path = home / "reports" / "demo" / FILE_NAME
    assert str(path) in run.output and [r["finding_id"] for r in _rows(path)[1]] == ["T-ZH01-VVT1"]
    english = CliRunner().invoke(
        main, ["agenda", "demo", "--lang", "en", "--finding", "B-NIETS"], env=env
    )
    assert english.exit_code == 1 and "B-NIETS" in english.output
    assert "Traceback" not in english.output


def test_the_agenda_survives_a_new_report(tmp_path: Path) -> None:
    from scan.report.render import carry_over

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / FILE_NAME).write_bytes(b"edited by the adviser")
    assert carry_over(old, new) == [FILE_NAME]
    assert (new / FILE_NAME).read_bytes() == b"edited by the adviser"
