"""Findings: weak evidence, determinism, suppression, confidentiality, outputs and the demo."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from scan.analysis.analyse import Analysis, analyse
from scan.data.merge import load_region
from scan.data.model import ScanData
from scan.diagnosis.evidence import LEVELS
from scan.diagnosis.findings import (
    FINDING_KINDS,
    DiagnosisParams,
    Findings,
    diagnose,
    to_dict,
    to_frame,
    to_json,
    write_findings_json,
    write_findings_xlsx,
)
from scan.diagnosis.recognition import Recognition, answer_shares
from tests.diagnosis_builders import FAST, analysed, both, cap, flow, region, tie

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "raw" / "demo"
SIX = {"A": "ggz", "B": "wijkverpleging", "C": "gemeente", "D": "vvt", "E": "welzijn", "F": "other"}


def six_orgs(answered: set[str]) -> ScanData:
    """A-B and E-F exchange many clients without working together; only ``answered`` reply."""
    ties = [
        *both("A", "C"),
        *both("B", "C"),
        *both("D", "C"),
        *both("E", "C"),
        *both("F", "C"),
        *both("A", "D"),
    ]
    ties = [t for t in ties if t["respondent_org"] in answered]
    flows = [flow("A", "B", 60), flow("B", "A", 40), flow("E", "F", 50), flow("C", "D", 8)]
    return region(orgs=SIX, ties=ties, flows=flows)


def test_low_response_lowers_confidence_and_invents_nothing() -> None:
    full = diagnose(six_orgs(set(SIX)), analysed(six_orgs(set(SIX))))
    low_data = six_orgs({"A", "C"})
    low = diagnose(low_data, analysed(low_data))
    full_ids = {f.id for f in full.all()}
    low_ids = {f.id for f in low.all()}
    assert {"QW-missing_link-A-B", "QW-missing_link-E-F"} <= full_ids
    # nothing appears that the full data would not show
    assert low_ids <= full_ids
    # E and F did not answer: whether they work together is unknown, so no finding
    assert "QW-missing_link-E-F" not in low_ids
    # A answered, B did not: still a finding, but we are less sure
    sure = full.by_id("QW-missing_link-A-B").confidence
    weak = low.by_id("QW-missing_link-A-B").confidence
    assert sure.reasons == ("readiness_unknown",)  # no survey in this region
    assert LEVELS.index(weak.level) < LEVELS.index(sure.level)
    assert weak.level == "low"
    assert {"one_side_did_not_answer", "response_rate_low"} <= set(weak.reasons)
    assert low.data["network_confidence"] == "low"


def test_no_data_no_findings() -> None:
    data = region(orgs=SIX)
    findings = diagnose(data, analysed(data))
    assert findings.all() == ()
    assert json.loads(to_json(findings))["bottlenecks"] == []


def test_findings_json_is_byte_identical_for_the_same_input(tmp_path: Path) -> None:
    texts = []
    for i in range(2):
        data = six_orgs(set(SIX))  # built anew each time
        findings = diagnose(data, analyse(data, FAST))
        texts.append(to_json(findings))
        write_findings_json(findings, tmp_path / f"f{i}.json")
        write_findings_xlsx(findings, tmp_path / f"f{i}.xlsx")
    assert texts[0] == texts[1]
    assert (tmp_path / "f0.json").read_bytes() == (tmp_path / "f1.json").read_bytes()
    assert (tmp_path / "f0.xlsx").read_bytes() == (tmp_path / "f1.xlsx").read_bytes()
    assert "T" not in re.sub(r'"[^"]*"', "", texts[0])  # no timestamps outside strings


def test_small_counts_are_suppressed_in_text_and_json() -> None:
    ties = [tie("A", "B", "daily", 4.0, 4.0), *both("B", "C"), *both("A", "C")]
    data = region(
        orgs={"A": "huisartsenpost", "B": "ziekenhuis", "C": "gemeente"},
        ties=ties,
        flows=[flow("A", "B", 3), flow("A", "C", 1)],
    )
    findings = diagnose(data, analysed(data))
    tie_finding = findings.by_id("QW-asymmetric_tie-A-B")
    doc = json.loads(to_json(findings))
    qw = next(f for f in doc["quick_wins"] if f["id"] == "QW-asymmetric_tie-A-B")
    assert qw["evidence"]["clients_a_to_b"] == "<5"
    assert tie_finding.evidence["clients_a_to_b"].n == 3  # exact while computing

    # the threshold is a parameter, and texts follow it
    shared = region(
        orgs={"A": "ggz", "B": "wijkverpleging", "C": "gemeente"},
        ties=[*both("A", "C"), *both("B", "C")],
        flows=[flow("A", "B", 60), flow("B", "A", 40)],
    )
    strict = diagnose(shared, analysed(shared), DiagnosisParams(suppression_threshold=200))
    link = strict.by_id("QW-missing_link-A-B")
    assert "(<200)" in link.text["nl"] and "(<200)" in link.text["en"]
    doc = json.loads(to_json(strict))
    ev = next(f for f in doc["quick_wins"] if f["id"] == "QW-missing_link-A-B")["evidence"]
    assert ev["clients_a_to_b"] == "<200" and ev["clients_b_to_a"] == "<200"


# --- the demo region ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> tuple[ScanData, Analysis, Findings]:
    data = load_region(DEMO)
    analysis = analyse(data)
    return data, analysis, diagnose(data, analysis)


def test_demo_planted_bottlenecks_are_at_the_top(demo: tuple[ScanData, Analysis, Findings]) -> None:
    _, _, f = demo
    assert f.bottlenecks[0].id == "B-VVT1"
    assert f.bottlenecks[0].stability is not None
    assert f.bottlenecks[0].stability["label"] == "robust"
    assert f.bottlenecks[0].confidence.level == "high"
    assert f.transitions[0].id == "T-ZH01-VVT1"
    assert f.transitions[0].evidence["wait_last"] > f.transitions[0].evidence["wait_first"]
    wz02 = f.by_id("R-WZ02")
    assert wz02.evidence["cut_off"] == ["GHZ1", "OT02"]
    assert "R-VVT1" in {r.id for r in f.resilience}


def test_demo_planted_quick_wins_are_at_the_top(demo: tuple[ScanData, Analysis, Findings]) -> None:
    _, _, f = demo
    planted = {
        "QW-front_runners-GM01-ZG01",
        "QW-tables_to_merge-netwerk-kwetsbare-ouderen-lindewaard--regionale-ouderenzorgtafel",
        "QW-asymmetric_tie-HAP1-ZH01",
        "QW-missing_link-GGZ1-WV02",
        "QW-perception_gap-trust-bestuur-uitvoering",
        "QW-too_many_tables-ZH01",
        "QW-capacity_pool-WV01-WV03-wijkverpleging",
    }
    top = [q.id for q in f.quick_wins[: len(planted) + 1]]
    assert planted <= set(top)
    # and each is the first of its kind
    for finding_id in planted:
        kind = f.by_id(finding_id).kind
        assert f.of_kind(kind)[0].id == finding_id


def test_demo_every_finding_says_why(demo: tuple[ScanData, Analysis, Findings]) -> None:
    _, _, f = demo
    assert f.all()
    for finding in f.all():
        assert finding.evidence and finding.sources
        assert (
            finding.text["nl"] and finding.text["en"] and finding.text["nl"] != finding.text["en"]
        )
        if finding.kind in ("bottleneck", "transition"):
            assert ":" in finding.text["nl"]  # "… houdt de doorstroom op: <redenen>."
            assert max(finding.contributions.values()) > 0


def test_demo_outputs_hold_no_client_keys_or_remarks(
    demo: tuple[ScanData, Analysis, Findings], tmp_path: Path
) -> None:
    data, _, f = demo
    text = to_json(f)
    write_findings_xlsx(f, tmp_path / "f.xlsx")
    with zipfile.ZipFile(tmp_path / "f.xlsx") as z:
        sheets = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    keys = set(data.episodes["client_key"].dropna().astype(str))
    assert keys
    remarks = [r for r in data.survey["remarks"].dropna().astype(str) if len(r) > 8]
    assert remarks
    for blob in (text, sheets):
        assert not any(k in blob for k in keys)
        assert not any(r in blob for r in remarks)
        assert "Voorbeeldt" not in blob  # the planted name in a remark


def test_demo_with_names_replaces_every_name(demo: tuple[ScanData, Analysis, Findings]) -> None:
    data, _, f = demo
    codes = {org: f"Organisatie {i:02d}" for i, org in enumerate(sorted(data.org_names()), 1)}
    anonymous = f.with_names(codes)
    text = to_json(anonymous)
    for name in data.org_names().values():
        assert f'"{name}"' not in text and f"{name} " not in text
    assert anonymous.by_id("B-VVT1").text["nl"].startswith(codes["VVT1"])
    # the real findings are untouched
    assert f.by_id("B-VVT1").text["nl"].startswith("Zorgcentrum 't Hooge Hof")


def test_demo_files_exist_and_the_workbook_is_for_an_adviser(
    demo: tuple[ScanData, Analysis, Findings], tmp_path: Path
) -> None:
    _, _, f = demo
    json_path = write_findings_json(f, tmp_path / "findings.json")
    xlsx_path = write_findings_xlsx(f, tmp_path / "findings.xlsx")
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert doc["format"] == "netwerkscan-findings" and doc["version"] == 1
    book = openpyxl.load_workbook(xlsx_path)
    assert book.sheetnames[0] == "Overzicht"
    assert {"Knelpunten", "Ontbrekende schakel", "Capaciteit delen"} <= set(book.sheetnames)
    assert "Maten per organisatie" in book.sheetnames
    assert len(book.sheetnames) == len(FINDING_KINDS) + 4
    sheet = book["Knelpunten"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]][:3] == ["Rang", "Kenmerk", "Codes"]
    assert sheet["B2"].value == "B-VVT1"
    assert book.properties.created.year == 2026
    english = openpyxl.load_workbook(write_findings_xlsx(f, tmp_path / "en.xlsx", lang="en"))
    assert english.sheetnames[0] == "Overview"
    # the table the report draws impact × effort from
    table = to_frame(f.quick_wins)
    assert {"id", "impact", "effort", "colour", "label", "text"} <= set(table.columns)
    assert table["id"].tolist() == [q.id for q in f.quick_wins]


def test_docs_describe_every_json_key(demo: tuple[ScanData, Analysis, Findings]) -> None:
    _, _, f = demo
    docs = (ROOT / "docs" / "findings.md").read_text(encoding="utf-8")
    # with a recognition round: three people recognise the first quick win
    first = f.quick_wins[0].id
    answers = pd.DataFrame(
        {
            "org_id": ["A", "B", "C"],
            "layer": ["bestuur", "management", "uitvoering"],
            "respondent": [pd.NA] * 3,
            "finding_id": [first] * 3,
            "recognised": ["recognised"] * 3,
            "urgency": [4, 4, 4],
        }
    )
    shares = answer_shares(answers, (first,), min_respondents=3)
    doc = to_dict(f, Recognition(shares, (first,), respondents=3, organisations=3))
    keys = set(doc) | set(doc["stability"]) | set(doc["data"])
    keys |= set(doc["recognition"]) | set(doc["recognition"]["findings"][0])
    keys |= set(doc["recognition"]["findings"][0]["share"])
    for group in ("bottlenecks", "transitions", "resilience", "quick_wins"):
        for finding in doc[group]:
            keys |= set(finding) | set(finding["evidence"]) | set(finding["scores"])
    for org in doc["organisations"]:
        keys |= set(org)
        for block in ("ties", "flows"):
            keys |= set(org[block] or {})
    assert {"in_strength", "brokerage", "trust_received"} <= keys
    missing = sorted(k for k in keys if f"`{k}`" not in docs)
    assert not missing, f"not in docs/findings.md: {missing}"


# --- issue 13, T4: confidence follows information ------------------------------------------

NINE = {f"L{i}": "vvt" for i in range(1, 9)} | {"L9": "ziekenhuis"}


def nine_orgs(answered: set[str]) -> ScanData:
    """L2..L8 send their clients to L9, which is full; only ``answered`` fill in the survey.

    Everyone who answers names every other organisation.
    """
    ties = [tie(a, b) for a in sorted(answered) for b in NINE if b != a]
    flows = [flow(f"L{i}", "L9", 20, q) for i in range(2, 9) for q in ("2026-Q1", "2026-Q2")]
    flows += [flow("L1", f"L{i}", 10, q) for i in range(2, 9) for q in ("2026-Q1", "2026-Q2")]
    capacity = [
        cap("L9", "klinisch", q, 100, 150, 30, 40, 2) for q in ("2026-Q1", "2026-Q2", "2026-Q3")
    ]
    return region(orgs=NINE, ties=ties, flows=flows, capacity=capacity)


def test_t4_confidence_never_rises_as_information_falls() -> None:
    levels = {}
    for n in (0, 1, 5, 9):
        data = nine_orgs({f"L{i}" for i in range(1, n + 1)})
        findings = diagnose(data, analysed(data))
        levels[n] = LEVELS.index(findings.by_id("B-L9").confidence.level)
    assert levels[0] <= levels[1] <= levels[5] <= levels[9]
    assert levels[0] == levels[1] == LEVELS.index("moderate")
    assert levels[9] == LEVELS.index("high")


def test_t4_one_respondent_yields_no_structural_finding() -> None:
    data = nine_orgs({"L1"})
    findings = diagnose(data, analysed(data))
    # L1 looks like the hub only because it is the one who answered: nothing is said about it
    assert findings.data["structure_known"] is False
    assert all(not f.evidence.get("cut_off") for f in findings.resilience)
    for f in findings.all():
        assert "verbinding" not in f.text["nl"] and "connection" not in f.text["en"]
    l9 = findings.by_id("B-L9")
    assert l9.evidence["articulation_point"] is None
    assert "structure_unknown" in l9.confidence.reasons
    assert np.isnan(findings.organisation_scores.loc["L1", "articulation_point"])
    # with everyone answering, the same network is judged
    full = diagnose(nine_orgs(set(NINE)), analysed(nine_orgs(set(NINE))))
    assert full.data["structure_known"] is True
    assert full.by_id("B-L9").evidence["articulation_point"] is False
