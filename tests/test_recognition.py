"""Issue 15, part 1: the recognition round, end to end on the demo region.

Forms are written from one scan (real xlsx), filled in here with a known
pattern (openpyxl), put into a copy of the demo's raw folder, read back by a
second scan, and the report section must show exactly that pattern:

* the board recognises bottleneck 1, operations do not; management does not know;
* nobody recognises quick win 2;
* everything else is recognised partly;
* every remark says SECRET, and no remark may reach the report.
"""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from scan.cli import main
from scan.data.merge import load_region
from scan.diagnosis.recognition import answer_shares, asked, recognise
from scan.errors import ScanError
from scan.partners.recognition_xlsx import write_form, write_forms
from scan.partners.templates_xlsx import Partner
from scan.pipeline import ScanParams, ScanResult, run_scan
from scan.report import sections as s
from scan.report.render import carry_over

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"
SHEET = "recognition herkenning"
SECRET = "SECRET remark of a person"
#: The organisations that send their forms back: five, the fewest behind a share (the
#: suppression threshold).
ANSWERING = ("GGZ1", "TP01", "VVT1", "WV01", "ZH01")


@pytest.fixture(scope="module")
def before() -> ScanResult:
    return run_scan(DEMO, {})


@pytest.fixture(scope="module")
def forms(before: ScanResult, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("forms") / "recognition"
    return write_forms(DEMO, before, out, per_layer=True)


def _answer(finding_id: str, layer: str, b1: str, q2: str) -> str:
    if layer == "management":
        return "weet niet"
    if finding_id == b1:
        return "herkend" if layer == "bestuur" else "niet herkend"
    if finding_id == q2:
        return "niet herkend"
    return "deels"


@pytest.fixture(scope="module")
def after(
    before: ScanResult, forms: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> ScanResult:
    """The demo again, with the filled-in forms of four organisations returned."""
    raw = tmp_path_factory.mktemp("raw") / "demo"
    shutil.copytree(DEMO, raw)
    b1, q2 = before.findings.bottlenecks[0].id, before.findings.quick_wins[1].id
    returned = raw / "herkenning"
    returned.mkdir()
    for path in forms:
        org, layer = path.stem.split()[1], path.stem.split()[-1]
        if org not in ANSWERING:
            continue
        book = openpyxl.load_workbook(path)
        for row in book[SHEET].iter_rows(min_row=3):
            row[2].value = _answer(str(row[0].value), layer, b1, q2)
            row[3].value = 5 if layer == "bestuur" else 2
            row[4].value = SECRET
        book.save(returned / path.name)
    # a form of an older round: a finding this scan does not have
    stale = openpyxl.load_workbook(forms[0])
    stale[SHEET]["A3"] = "B-GONE"
    stale[SHEET]["C3"] = "herkend"
    stale.save(returned / "oude ronde.xlsx")
    return run_scan(raw, {})


def _lists(sheet: object) -> dict[str, str]:
    """Column letter → the drop-down's list."""
    found = {}
    for dv in sheet.data_validations.dataValidation:  # type: ignore[attr-defined]
        found[str(dv.sqref).split(":")[0].rstrip("0123456789")] = dv.formula1
    return found


def _text(html: str) -> str:
    import re

    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


# -- the forms --------------------------------------------------------------------------------


def test_one_form_per_organisation_and_layer_with_drop_downs(
    before: ScanResult, forms: list[Path]
) -> None:
    assert len(forms) == 3 * len(before.data.organisations)
    path = next(p for p in forms if p.name.startswith("herkenning VVT1") and "uitvoering" in p.name)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Toelichting (netwerkscan)", SHEET]
    sheet = book[SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:4] == ("finding_id", "finding", "recognised", "urgency")
    ids = [r[0] for r in rows[2:]]
    assert ids == [f.id for f in asked(before.findings, 5)]
    assert {r[6] for r in rows[2:]} == {"VVT1"} and {r[7] for r in rows[2:]} == {"uitvoering"}
    lists = _lists(sheet)
    assert lists["C"] == '"herkend,deels,niet herkend,weet niet"'
    assert lists["D"] == '"1,2,3,4,5"'


def test_a_form_without_layer_asks_for_it(before: ScanResult, tmp_path: Path) -> None:
    path = write_form(
        tmp_path / "f.xlsx",
        Partner("VVT1", "Hooge Hof", "vvt"),
        asked(before.findings, 2),
        before.data.region,
        lang="en",
    )
    sheet = openpyxl.load_workbook(path)["recognition round"]
    assert [r[7] for r in sheet.iter_rows(min_row=3, values_only=True)] == [None] * 6
    lists = _lists(sheet)
    assert lists["H"] == '"board,management,operations"'
    assert lists["C"] == '"recognised,partly,not recognised,don\'t know"'


def test_the_reader_accepts_a_form_filled_in_english(
    before: ScanResult, tmp_path: Path, region: object
) -> None:
    folder = region({})  # type: ignore[operator]
    items = asked(before.findings, 1)
    path = write_form(
        folder / "ZH01" / "form.xlsx",
        Partner("ZH01", "Ziekenhuis Oost", "ziekenhuis"),
        items,
        before.data.region,
        lang="en",
    )
    book = openpyxl.load_workbook(path)
    sheet = book["recognition round"]
    answers = ("don't know", "not recognised", "partly")
    for row, answer in zip(sheet.iter_rows(min_row=3), answers, strict=True):
        row[2].value, row[3].value, row[4].value, row[7].value = answer, 3, SECRET, "board"
    book.save(path)
    data = load_region(folder)
    got = data.recognition.sort_values("src_row")
    assert got["recognised"].tolist() == ["dont_know", "not_recognised", "partly"]
    assert got["layer"].tolist() == ["bestuur"] * 3
    assert got["urgency"].tolist() == [3, 3, 3]
    assert not len(data.quality.issues[data.quality.issues["table"] == "recognition"])


# -- read back ---------------------------------------------------------------------------------


def test_the_round_trip_shows_the_pattern(before: ScanResult, after: ScanResult) -> None:
    rec = after.recognition
    assert rec is not None
    b1, q2 = before.findings.bottlenecks[0].id, before.findings.quick_wins[1].id
    # five organisations, board and operations each: management said "weet niet" only
    assert rec.organisations == 5 and rec.respondents == 15 and rec.min_respondents == 5
    assert rec.share(b1, "bestuur") == 1.0 and rec.share(b1, "uitvoering") == 0.0
    assert rec.share(b1) == 0.5
    assert math.isnan(rec.share(b1, "management"))
    assert rec.board_only == (b1,) and rec.operations_only == ()
    assert rec.unrecognised == (q2,)
    b2 = before.findings.bottlenecks[1].id
    assert rec.share(b2) == 1.0  # "deels" recognises


def test_an_unknown_finding_id_is_quarantined(after: ScanResult) -> None:
    q = after.data.quality
    issue = q.issues[q.issues["code"] == "unknown_finding"]
    assert issue[["file", "row", "value", "action"]].values.tolist() == [
        ["herkenning/oude ronde.xlsx", 3, "B-GONE", "quarantined"]
    ]
    assert "B-GONE" not in set(after.data.recognition["finding_id"])
    acc = q.accounts[q.accounts["table"] == "recognition"].iloc[0]
    assert acc["quarantined"] == 1
    assert acc["read"] == acc["used"] + acc["quarantined"] + acc["duplicates"] + acc["overruled"]


def test_section_shows_the_pattern_without_remarks(before: ScanResult, after: ScanResult) -> None:
    b1 = before.findings.bottlenecks[0]
    for lang, board_only, nobody, differ in (
        (
            "nl",
            "Het bestuur herkent het, de uitvoering niet",
            "Door niemand herkend",
            "bestuur en uitvoering verschillen",
        ),
        (
            "en",
            "The board recognises it, operations do not",
            "Recognised by nobody",
            "board and operations differ",
        ),
    ):
        result = dataclasses.replace(after, params=dataclasses.replace(after.params, lang=lang))
        ctx = s.Context.of(result)
        html = s.recognition(ctx)
        text = _text(html)
        assert "recognition" in ctx.sections
        assert SECRET not in html
        label = s.finding_label(ctx, b1)
        assert f"{board_only} {label}: " in text
        assert "operations recognise it, the board" not in text.lower()
        assert text.count(differ) == 1  # bottleneck 1's row in the table
        q2 = s.finding_label(ctx, before.findings.quick_wins[1])
        assert f"{nobody} {q2}: " in text
        assert text.count(q2) == 2  # the table and the list of what nobody recognises


def test_no_remark_anywhere_in_the_report(after: ScanResult, tmp_path: Path) -> None:
    from scan.partners.feedback import write_feedback

    ctx = s.Context.of(after)
    html = "".join(getattr(s, name)(ctx) for name in ("title", *ctx.sections))
    assert "herkenningsronde" in _text(html)  # the forms are listed among the deliveries
    assert SECRET not in html
    pages = write_feedback(after.data, None, out_dir=tmp_path, lang="nl")
    assert pages and not any(SECRET in p.read_text(encoding="utf-8") for p in pages)


def test_no_section_before_the_round(before: ScanResult) -> None:
    ctx = s.Context.of(before)
    assert "recognition" not in ctx.sections and s.recognition(ctx) == ""


def test_unrecognised_findings_kept_or_dropped_from_the_summary(
    before: ScanResult, after: ScanResult
) -> None:
    q2 = before.findings.quick_wins[1]
    # the summary's second quick step (in the demo it is named in the closing line, after
    # the six bullets: the lines are checked before that cut)
    keep = s.summary_lines(s.Context.of(after))["quick_win_2"]
    assert q2.text["nl"][:60] in keep
    assert keep.endswith("(Niet herkend; bespreken.)")
    params = ScanParams.resolve({"diagnosis": {"unrecognised": "drop"}})
    dropped = recognise(after.data, after.findings, params.diagnosis_params())
    ctx = s.Context.of(dataclasses.replace(after, params=params, recognition=dropped))
    summary = " ".join(s.summary_lines(ctx).values())
    assert q2.text["nl"][:60] not in summary and "bespreken" not in summary
    assert before.findings.quick_wins[2].text["nl"][:40] in summary  # the next one moves up
    assert "niet in de samenvatting" in _text(s.recognition(ctx))


def test_the_policy_is_checked() -> None:
    with pytest.raises(ScanError):
        ScanParams.resolve({"diagnosis.unrecognised": "hide"})


def test_anonymised_copy_renames_the_ids(after: ScanResult) -> None:
    anonymous = after.anonymised_copy()
    rec = anonymous.recognition
    assert rec is not None and after.recognition is not None
    assert rec.board_only == ("B-VVT-1",) and after.recognition.board_only == ("B-VVT1",)
    orgs = set(after.data.organisations["org_id"])
    used = set(anonymous.data.recognition["finding_id"])
    assert not any(part in orgs for i in used for part in i.split("-"))
    html = s.recognition(s.Context.of(anonymous))
    assert "Hooge Hof" not in html and SECRET not in html


# -- the numbers, by hand -------------------------------------------------------------------------


def test_shares_count_people_with_an_opinion_and_need_enough_of_them() -> None:
    answers = pd.DataFrame(
        {
            "org_id": ["A", "A", "B", "C", "D"],
            "layer": ["uitvoering"] * 5,
            # two people of A answer apart: two respondents
            "respondent": ["1", "2", pd.NA, pd.NA, pd.NA],
            "finding_id": ["B-X"] * 5,
            "recognised": ["recognised", "not_recognised", "partly", "dont_know", pd.NA],
            "urgency": [5, 4, pd.NA, pd.NA, pd.NA],
        }
    )
    shares = answer_shares(answers, ("B-X",), min_respondents=3).set_index("layer")
    assert shares.loc["uitvoering", "respondents"] == 3  # "weet niet" and blank: no opinion
    assert shares.loc["uitvoering", "recognising"] == 2
    assert shares.loc["uitvoering", "share"] == pytest.approx(2 / 3)
    assert math.isnan(shares.loc["uitvoering", "urgency"])  # two ratings only
    assert shares.loc["bestuur", "respondents"] == 0 and math.isnan(shares.loc["bestuur", "share"])
    fewer = answer_shares(answers, ("B-X",), min_respondents=4).set_index("layer")
    assert math.isnan(fewer.loc["uitvoering", "share"])


# -- the command and the report folder ------------------------------------------------------------


def test_command_writes_one_form_per_organisation(tmp_path: Path, before: ScanResult) -> None:
    out = tmp_path / "forms"
    run = CliRunner().invoke(main, ["recognition", str(DEMO), "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert len(list(out.glob("herkenning *.xlsx"))) == len(before.data.organisations)


def test_a_new_report_keeps_the_forms(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    (old / "recognition").mkdir(parents=True)
    (old / "recognition" / "herkenning A.xlsx").write_bytes(b"x")
    new.mkdir()
    assert carry_over(old, new) == ["recognition"]
    assert (new / "recognition" / "herkenning A.xlsx").read_bytes() == b"x"


def test_findings_json_holds_the_round_as_the_section_shows_it(
    before: ScanResult, after: ScanResult, tmp_path: Path
) -> None:
    import json

    from scan.pipeline import write_outputs

    write_outputs(after, tmp_path)
    text = (tmp_path / "findings.json").read_text(encoding="utf-8")
    assert SECRET not in text
    rec = json.loads(text)["recognition"]
    assert (rec["respondents"], rec["organisations"], rec["min_respondents"]) == (15, 5, 5)
    assert rec["policy"] == "keep"
    assert [f["id"] for f in rec["findings"]] == list(after.recognition.findings)  # type: ignore[union-attr]
    by_id = {f["id"]: f for f in rec["findings"]}
    b1, q2 = before.findings.bottlenecks[0].id, before.findings.quick_wins[1].id
    # management said "weet niet" only: no share, not a share of 0
    assert by_id[b1] == {
        "id": b1,
        "kind": "bottleneck",
        "respondents": 10,
        "share": {"all": 0.5, "bestuur": 1.0, "management": None, "uitvoering": 0.0},
        "urgency": 3.0,
        "status": "board_only",
    }
    assert by_id[q2]["kind"] == "quick_win" and by_id[q2]["status"] == "unrecognised"
    # before the round there is nothing to tell
    write_outputs(before, tmp_path / "before")
    assert json.loads((tmp_path / "before" / "findings.json").read_text())["recognition"] is None


def test_findings_json_suppresses_few_respondents_and_hides_thin_shares() -> None:
    from scan.diagnosis.findings import diagnose
    from scan.diagnosis.quickwins import example_region
    from scan.diagnosis.recognition import Recognition
    from scan.diagnosis.serialise import to_dict

    findings = diagnose(*example_region())
    first = findings.quick_wins[0].id
    shares = answer_shares(
        pd.DataFrame(
            {
                "org_id": ["A", "B", "C"],
                "layer": ["bestuur", "bestuur", "uitvoering"],
                "respondent": [pd.NA] * 3,
                "finding_id": [first] * 3,
                "recognised": ["recognised", "partly", "not_recognised"],
                "urgency": [5, 4, 1],
            }
        ),
        (first,),
        min_respondents=5,
    )
    rec = Recognition(shares, (first,), respondents=3, organisations=3, min_respondents=5)
    block = to_dict(findings, rec)["recognition"]
    item = block["findings"][0]
    assert block["respondents"] == "<5" and item["respondents"] == "<5"
    assert set(item["share"].values()) == {None} and item["urgency"] is None
    assert item["status"] == "too_few"
