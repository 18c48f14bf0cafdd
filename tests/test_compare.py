"""The follow-up scan: exactly the planted changes of round 2, and nothing spurious."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from scan.analysis.analyse import AnalysisParams, analyse
from scan.analysis.layout import layout
from scan.cli import main
from scan.data.demo import BOTTLENECK, HOSPITAL, LEAVER, MISSING_LINK, PLANTED_ROUND2, generate_demo
from scan.data.merge import load_region
from scan.diagnosis.findings import DiagnosisParams, diagnose, write_findings_json
from scan.followup import compare as cmp
from scan.followup import rounds as rnd
from scan.report import changes as changes_page

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"
SEED = 2026


def _pair(ids: tuple[str, ...]) -> str:
    return "-".join(sorted(ids))


#: Every change planted in round 2 (scan.data.demo.PLANTED_ROUND2), as the comparison must name it.
PLANTED = {
    ("org_left", PLANTED_ROUND2["organisation_leaves"]["org_id"]),
    ("tie_new", _pair(PLANTED_ROUND2["new_tie"]["org_ids"])),
    ("quick_win_realised", f"QW-missing_link-{_pair(MISSING_LINK)}"),
    ("trust_up", _pair(PLANTED_ROUND2["trust_improved"]["org_ids"])),
    ("pressure_down", PLANTED_ROUND2["bottleneck_relieved"]["org_id"]),
    ("bottleneck_lighter", f"B-{BOTTLENECK}"),
    ("transition_lighter", f"T-{HOSPITAL}-{BOTTLENECK}"),
}
#: A direct consequence that may show too: other transfers into the relieved organisation.
CONSEQUENCES = {("transition_lighter", f"T-ZH02-{BOTTLENECK}")}


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The baseline's report folder (findings, monitor, positions) and round 2's raw data."""
    tmp = tmp_path_factory.mktemp("followup")
    data = load_region(DEMO)
    params = DiagnosisParams(seed=SEED)
    analysis = analyse(data, AnalysisParams(seed=SEED))
    findings = diagnose(data, analysis, params)
    baseline = tmp / "reports" / "demo"
    write_findings_json(findings, baseline / "findings.json")
    positions = layout(analysis.network.graph, seed=SEED)
    rnd.write_monitor(data, analysis, baseline, positions=positions, seed=SEED)
    later = tmp / "raw" / "demo-2027"
    generate_demo(later, seed=SEED, round=2)
    return {"baseline": baseline, "later": later}


@pytest.fixture(scope="module")
def changes(rounds: dict[str, Path]) -> cmp.Changes:
    return cmp.build(load_region(rounds["later"]), rnd.load_round(rounds["baseline"]))


def _found(changes: cmp.Changes) -> set[tuple[str, str]]:
    return {(h.kind, h.key) for h in changes.headlines()}


def test_followup_shows_exactly_the_planted_changes(changes: cmp.Changes) -> None:
    found = _found(changes)
    assert found - CONSEQUENCES == PLANTED


def test_nothing_spurious_elsewhere(changes: cmp.Changes) -> None:
    assert set(changes.readiness["status"]) == {"same"}  # the same people answered the same
    assert not changes.network["status"].isin(["up", "down"]).any()
    assert set(changes.pressure.loc[changes.pressure["status"] != "same", "org_id"]) == {BOTTLENECK}
    rated = changes.tie_changes[changes.tie_changes["trust"] != ""]
    assert {frozenset(p) for p in zip(rated["respondent"], rated["partner"], strict=True)} == {
        frozenset((HOSPITAL, BOTTLENECK))
    }
    assert (changes.tie_changes["value"] == "").all()
    moved = changes.bottlenecks[changes.bottlenecks["status"] != "unchanged"]
    assert all(BOTTLENECK in ids for ids in moved["org_ids"])
    realised = changes.quick_wins[changes.quick_wins["status"] == "realised"]
    assert realised["id"].tolist() == [f"QW-missing_link-{_pair(MISSING_LINK)}"]
    # a quick win that only dropped out of the top of its list is still open
    too_many = changes.quick_wins.set_index("id").loc[f"QW-too_many_tables-{BOTTLENECK}"]
    assert too_many["status"] == "open" and not too_many["listed_now"]


def test_the_leaver_is_not_counted_as_lost_ties(changes: cmp.Changes) -> None:
    assert LEAVER not in set(changes.pairs["org_a"]) | set(changes.pairs["org_b"])
    assert (changes.pairs["status"] != "lost").all()
    (left,) = changes.organisations[changes.organisations["status"] == "left"].itertuples()
    assert left.before_id == LEAVER and left.org_id is None


def test_a_round_compared_with_itself_has_no_changes(rounds: dict[str, Path]) -> None:
    before = rnd.load_round(rounds["baseline"])
    assert cmp.compare(before, before).headlines() == []
    # the findings file on its own finds the monitor and positions beside it
    same = rnd.load_round(rounds["baseline"] / "findings.json")
    assert same.monitor == before.monitor and same.positions == before.positions


def test_a_report_folder_finds_its_round_in_the_adviser_only_folder(
    rounds: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--baseline reports/<region>``: the round lies in ``confidential/<region>`` (issue 13)."""
    from scan.config import confidential_for

    before = rnd.load_round(rounds["baseline"])
    monkeypatch.setenv("NETWERKSCAN_HOME", str(tmp_path))
    report = tmp_path / "reports" / "demo"
    report.mkdir(parents=True)
    (report / "report.html").write_text("<html></html>", encoding="utf-8")
    held = confidential_for(report)
    assert held == tmp_path / "confidential" / "demo"
    shutil.copytree(rounds["baseline"], held)
    for baseline in (report, held):
        found = rnd.load_round(baseline)
        assert found.source == str(held / "findings.json")
        assert found.monitor == before.monitor and found.positions == before.positions
    # a report folder elsewhere has its adviser-only folder beside it
    elsewhere = tmp_path / "archief" / "demo-2026"
    elsewhere.mkdir(parents=True)
    shutil.copytree(rounds["baseline"], confidential_for(elsewhere))
    assert rnd.load_round(elsewhere).monitor == before.monitor


def test_same_organisation_same_place_on_both_maps(
    changes: cmp.Changes, rounds: dict[str, Path]
) -> None:
    stored = rnd.read_positions(rounds["baseline"] / "positions.json")
    assert changes.positions_before == stored
    for org, xy in changes.positions_after.items():
        assert xy == pytest.approx(stored[org], abs=1e-6)
    assert LEAVER in changes.positions_before and LEAVER not in changes.positions_after


def test_renamed_organisation_is_recognised_through_its_alias() -> None:
    before = cmp.example_round(ties=[("A", "B"), ("B", "A"), ("A", "C")], trust={("A", "B"): 2.0})
    after = cmp.example_round(
        ties=[("A", "X"), ("X", "A"), ("A", "C")],
        orgs=(("A", "Aa"), ("X", "Bb Nieuw"), ("C", "Cc")),
        trust={("A", "X"): 3.0},
    )
    assert after.monitor is not None
    after.monitor["organisations"][1]["aliases"] = ["Bb"]
    changes = cmp.compare(before, after)
    assert _found(changes) == {("trust_up", "A-X")}
    row = changes.organisations.set_index("before_id").loc["B"]
    assert (row["org_id"], row["method"], row["status"]) == ("X", "alias", "recoded")
    # without the alias the organisation would have left and another entered
    after.monitor["organisations"][1]["aliases"] = []
    assert {k for k, _ in _found(cmp.compare(before, after))} >= {"org_left", "org_entered"}


def test_a_non_respondent_loses_no_ties() -> None:
    before = cmp.example_round(ties=[("A", "B"), ("C", "B")])
    after = cmp.example_round(ties=[("C", "B")])
    assert after.monitor is not None
    after.monitor["respondents"] = ["B", "C"]  # A did not answer this time
    changes = cmp.compare(before, after)
    assert _found(changes) == set()
    assert changes.pairs.set_index(["org_a", "org_b"]).loc[("A", "B"), "status"] == "unknown"
    after.monitor["respondents"] = ["A", "B", "C"]  # A answered and no longer names B
    assert _found(cmp.compare(before, after)) == {("tie_lost", "A-B")}


def test_readiness_changes_only_beyond_the_interval() -> None:
    def with_trust(mean: float, n: int | str) -> rnd.Round:
        r = cmp.example_round(ties=[])
        assert r.monitor is not None
        r.monitor["readiness"] = [
            {"layer": "uitvoering", "dimension": "trust", "mean": mean, "sd": 0.8, "n": n}
        ]
        return r

    def status(after: rnd.Round) -> str:
        return str(cmp.compare(with_trust(3.0, 40), after).readiness["status"].iloc[0])

    assert status(with_trust(3.2, 40)) == "same"  # 0.2 with 40 people each side: noise
    assert status(with_trust(3.6, 40)) == "better"
    assert status(with_trust(2.4, 40)) == "worse"
    assert status(with_trust(3.9, "<5")) == "too_few"


def test_trust_change_needs_more_than_one_item_point() -> None:
    before = cmp.example_round(ties=[("A", "B")], trust={("A", "B"): 3.0})
    small = cmp.example_round(ties=[("A", "B")], trust={("A", "B"): 3.0 + 1 / 3})
    large = cmp.example_round(ties=[("A", "B")], trust={("A", "B"): 2.0})
    assert _found(cmp.compare(before, small)) == set()
    assert _found(cmp.compare(before, large)) == {("trust_down", "A-B")}


def test_a_changed_rating_of_one_partner_is_for_the_adviser_only() -> None:
    # A's trust in B, 3.0 → 2.0, is one rater's answer: the adviser's terminal line says
    # "gedaald" without figures; the page says nothing of it (tests/test_privacy.py)
    before = cmp.example_round(ties=[("A", "B")], trust={("A", "B"): 3.0})
    after = cmp.example_round(ties=[("A", "B")], trust={("A", "B"): 2.0})
    changes = cmp.compare(before, after)
    [headline] = [h for h in changes.headlines() if h.kind == "trust_down"]
    sentence = changes_page.headline_text(headline, changes, "nl")
    assert "gedaald" in sentence and "3,0" not in sentence and "2,0" not in sentence
    html = changes_page.section(changes, "nl")
    assert "3,0 → 2,0" not in html and "3,0" not in html and "gedaald" not in html


def test_baseline_without_monitor_compares_what_it_can(
    changes: cmp.Changes, rounds: dict[str, Path], tmp_path: Path
) -> None:
    shutil.copy(rounds["baseline"] / "findings.json", tmp_path / "findings.json")
    before = rnd.load_round(tmp_path)
    assert before.monitor is None and before.positions is None
    assert changes.current is not None
    partial = cmp.compare(before, changes.current)
    assert ("note.no_monitor", {}) in partial.notes
    assert partial.pairs.empty and partial.readiness.empty
    found = _found(partial)
    assert ("org_left", LEAVER) in found and ("bottleneck_lighter", f"B-{BOTTLENECK}") in found
    # whether a quick win came about is told by this round's data
    status = partial.quick_wins.set_index("id")["status"]
    assert status[f"QW-missing_link-{_pair(MISSING_LINK)}"] == "realised"
    assert status["QW-front_runners-GM01-ZG01"] == "cannot_tell"  # needs last year's initiatives


def test_section_and_page(changes: cmp.Changes) -> None:
    html = changes_page.changes_section(changes, number=10)
    assert 'id="sec-changes"' in html and "10. Wat is er veranderd" in html
    assert "werken nu samen" in html and "<img" in html
    page = changes_page.render_report(changes)
    assert "<script" not in page and "http" not in page.split("</style>", 1)[1]


def test_the_map_of_changes_draws_names_as_typed(changes: cmp.Changes) -> None:
    """Issue 14, case 3, on the follow-up's map: a name is text, never mathtext."""
    from matplotlib.text import Text

    from scan.html import show

    maths = ("Ziekenhuis $^$ B.V.", "$\\frac{1}$", "$x$")
    names = {k: maths[i % 3] for i, k in enumerate(sorted(changes.names))}
    fig = changes_page.changes_map(dataclasses.replace(changes, names=names))
    assert show.figure(fig, "").startswith("<figure>")
    labels = [t for t in fig.findobj(Text) if "$" in t.get_text()]
    assert labels and not [t.get_text() for t in labels if t.get_parse_math()]


def test_anonymised_changes_show_no_names(changes: cmp.Changes) -> None:
    names = {k: f"CODE-{i}" for i, k in enumerate(sorted(changes.names)) if k != LEAVER}
    anonymous = changes.anonymise(names)
    html = changes_page.changes_section(anonymous)
    for real in set(changes.names.values()):
        assert real not in html, real
    assert "Regionale ouderenzorgtafel" not in html
    assert anonymous.names[LEAVER].startswith("HA-")


def test_compare_command(rounds: dict[str, Path], tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(rounds["later"], home / "data" / "raw" / "demo-2027")
    result = CliRunner().invoke(
        main,
        ["compare", "demo-2027", "--baseline", str(rounds["baseline"])],
        env={"NETWERKSCAN_HOME": str(home)},
    )
    assert result.exit_code == 0, result.output
    assert (home / "reports" / "demo-2027" / "changes.html").is_file()
    # the round's files for the next follow-up: in the adviser-only folder, not the report's
    assert not (home / "reports" / "demo-2027" / "monitor.json").exists()
    out = home / "confidential" / "demo-2027"
    monitor = json.loads((out / "monitor.json").read_text(encoding="utf-8"))
    assert monitor["format"] == rnd.MONITOR_FORMAT and monitor["region"]["period"] == "2027"
    assert set(json.loads((out / "positions.json").read_text())["positions"]) == set(
        o["org_id"] for o in monitor["organisations"]
    )
    assert "werken nu samen" in result.output


def test_compare_command_without_a_baseline_fails_cleanly(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["compare", str(DEMO), "--baseline", str(empty)])
    assert result.exit_code == 1 and "findings.json" in result.output


def _compare(baseline: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["compare", str(DEMO), "--baseline", str(baseline), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return result.exit_code, lines[0]


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 4,  # binary
        b"\xff\xfe{\x00}\x00",  # UTF-16
        b"{nog geen json",
        b"[1, 2, 3]",  # JSON, but not an object
    ],
)
def test_an_unreadable_baseline_file_is_one_sentence(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "findings.json"
    bad.write_bytes(content)
    for baseline in (bad, tmp_path):  # the file itself, or the folder holding it
        code, line = _compare(baseline, "--lang", "en")
        assert code == 1 and str(bad) in line, line


def test_an_unreadable_monitor_beside_the_findings_is_one_sentence(
    rounds: dict[str, Path], tmp_path: Path
) -> None:
    baseline = tmp_path / "baseline"
    shutil.copytree(rounds["baseline"], baseline)
    (baseline / "monitor.json").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, line = _compare(baseline)
    assert code == 1 and "monitor.json" in line


@pytest.mark.parametrize(
    "files",
    [
        {"notities.txt": "geen organisaties hier"},  # nothing usable at all
        {"ties.csv": "respondent_org,partner_org\nA,B\n"},  # no organisation list
        {"organisations.csv": "org_id,name\nA,Huis A\n"},  # organisations, nothing else
    ],
)
def test_a_baseline_folder_without_usable_data_is_one_sentence(
    tmp_path: Path, files: dict[str, str]
) -> None:
    """Not 'every organisation is new in the region' with exit 0: the baseline is refused."""
    baseline = tmp_path / "vorig-jaar"
    baseline.mkdir()
    for name, text in files.items():
        (baseline / name).write_text(text, encoding="utf-8")
    code, line = _compare(baseline)
    assert code == 1 and "geen bruikbare vorige scan" in line and str(baseline) in line
    assert "nieuw in de regio" not in line


def test_a_pooled_capacity_without_a_service_is_worded_without_one() -> None:
    from types import SimpleNamespace

    from scan.report.changes import quick_win_text

    names = SimpleNamespace(names={"A": "Huis", "B": "Thuis"})
    row = SimpleNamespace(kind="capacity_pool", org_ids=("A", "B"), info={"service": ""})
    assert quick_win_text(row, names, "nl") == "Huis en Thuis delen capaciteit"
    row.info = {"service": "wijk"}
    assert quick_win_text(row, names, "en") == "Huis and Thuis pool capacity (wijk)"
