"""One pipeline: every default in ScanParams, one computation, outputs and renders from it."""

from __future__ import annotations

import ast
import io
import re
import shutil
from dataclasses import fields, replace
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner
from markupsafe import escape

from scan import config
from scan.cli import main
from scan.data.merge import load_region
from scan.errors import ScanError
from scan.pipeline import ScanParams, ScanResult, run_scan, write_outputs
from scan.report.render import NOTEBOOK_PATH
from tests.conftest import ORGANISATIONS_CSV, RegionWriter

DEMO = config.raw_dir("demo")


@pytest.fixture(scope="module")
def result() -> ScanResult:
    return run_scan(DEMO)


def _notebook_parameters() -> dict[str, object]:
    nb = nbformat.read(str(NOTEBOOK_PATH), as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    values: dict[str, object] = {}
    for node in ast.parse(cell.source).body:
        assert isinstance(node, ast.Assign), "the parameters cell only assigns"
        values[node.targets[0].id] = ast.literal_eval(node.value)  # type: ignore[attr-defined]
    return values


def test_the_notebook_takes_a_result_and_scan_params() -> None:
    values = _notebook_parameters()
    assert set(values) == {"region", "params", "result", "anonymised"}
    # its settings are ScanParams' own: nothing in the notebook overrides a default
    assert ScanParams.resolve(values["params"]) == ScanParams()  # type: ignore[arg-type]


def test_cli_options_are_made_from_scan_params() -> None:
    runner = CliRunner()
    for command, single, report in (
        ("run", True, True),
        ("run-all", False, True),
        ("recognition", True, False),
        ("agenda", True, False),
    ):
        out = runner.invoke(main, [command, "--help"]).output
        for f in fields(ScanParams):
            option = f.metadata.get("option")
            if option and (single or not f.metadata.get("single_region")):
                # a report's option (--anonymise) only where a report is written
                assert (option in out) == (report or not f.metadata.get("report")), (
                    command,
                    option,
                )
        assert "--set" in out


def test_region_toml_defaults_reach_every_stage(tmp_path: Path) -> None:
    region = tmp_path / "zuid"
    shutil.copytree(DEMO, region)
    toml = region / "region.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "suppression_threshold = 5", "suppression_threshold = 10\nseed = 7"
        ),
        encoding="utf-8",
    )
    info = load_region(region).region
    params = ScanParams.resolve({}, info)
    assert (params.suppression_threshold, params.seed) == (10, 7)
    assert params.diagnosis_params().suppression_threshold == 10
    assert params.analysis_params().seed == 7
    # the caller's choice wins over region.toml, region.toml over the default
    chosen = ScanParams.resolve({"suppression_threshold": 6}, info)
    assert (chosen.suppression_threshold, chosen.seed) == (6, 7)


def test_any_setting_is_reachable_and_unknown_ones_stop_clearly() -> None:
    p = ScanParams.resolve({"analysis.n_boot": "100", "diagnosis": {"top_n": 4}, "seed": "3"})
    assert p.analysis_params().n_boot == 100 and p.analysis_params().seed == 3
    assert p.diagnosis_params().top_n == 4 and p.diagnosis_params().seed == 3
    # from the command line every value is a string; nested groups take dotted keys too
    q = ScanParams.resolve({"diagnosis.low_trust": "2.0", "diagnosis.caps.min_flow_clients": "12"})
    assert q.diagnosis_params().low_trust == 2.0
    assert isinstance(q.diagnosis_params().low_trust, float)
    assert q.diagnosis_params().caps.min_flow_clients == 12
    with pytest.raises(ScanError, match="sead"):
        ScanParams.resolve({"sead": 1})
    with pytest.raises(ScanError, match="analysis"):
        ScanParams.resolve({"analysis.n_bootstrap": 1})
    with pytest.raises(ScanError, match="lang"):
        ScanParams.resolve({"lang": "fr"})
    for stage in ("analysis", "diagnosis"):  # a stage's settings are a table, nothing else
        with pytest.raises(ScanError, match=stage):
            ScanParams.resolve({stage: "fast"})


def test_weights_change_only_the_factors_named() -> None:
    p = ScanParams.resolve({"weights": {"utilisation": 0.3}})
    w = p.diagnosis_params().weights
    assert w.utilisation == 0.3
    assert w.low_trust == ScanParams().diagnosis.weights.low_trust


def test_anonymised_copy_is_a_renaming_of_the_same_scan(result: ScanResult) -> None:
    anon = result.anonymised_copy()
    assert anon.anonymised and not result.anonymised
    real, coded = result.data.organisations["org_id"], anon.data.organisations["org_id"]
    codes = dict(zip(real, coded, strict=True))
    assert set(codes) != set(codes.values())
    # every figure is the same figure, under the code
    net, anon_net = result.analysis.network, anon.analysis.network
    assert net is not None and anon_net is not None
    assert net.scores == anon_net.scores
    renamed = net.organisations.rename(index=codes).sort_index()
    numeric = renamed.select_dtypes("number").columns
    assert len(numeric) > 3
    pd.testing.assert_frame_equal(renamed[numeric], anon_net.organisations.sort_index()[numeric])
    assert sorted(anon_net.graph.nodes) == sorted(codes[n] for n in net.graph.nodes)
    # the findings: same ranking, ids and organisations as codes, texts without names
    before = [(f.kind, f.score) for f in result.findings.bottlenecks + result.findings.quick_wins]
    after = [(f.kind, f.score) for f in anon.findings.bottlenecks + anon.findings.quick_wins]
    assert before == after
    names = set(result.data.organisations["name"].astype(str))
    for f in anon.findings.bottlenecks + anon.findings.quick_wins:
        assert all(o.org_id in codes.values() for o in f.organisations)
        assert not any(n in f.text["nl"] for n in names), f.text["nl"]
        assert not any(real in f.id.split("-") for real in codes), f.id
    assert set(map(str, anon.positions)) <= set(codes.values())


#: A region in which partners typed names where no name belongs (names of ORGANISATIONS_CSV).
LEAKY = {
    "region.toml": 'name = "Netwerk rond Ziekenhuis Oost B.V."\n',
    "ties.csv": "respondent_org,partner_org,frequency,trust_reliable\n"
    "ZH01,WV01,Ziekenhuis Oost B.V.,3\n"  # a partner's name in a choice column ...
    "WV01,ZH01,weekly,Gemeente Oosterwaal\n"  # ... and in a number column
    "WV01,WV02,monthly,3\n"
    "WV02,VVT1,monthly,2\n",
    "(Gemeente Oosterwaal)/flows Buurtzorg Rivierland.csv": "from_org,to_org,period,clients,"
    "median_wait_days,flow_type\nZH01,VVT1,2026-Q1,40,12,ontslag naar Buurtzorg Rivierland\n",
    "capacity.csv": "org_id,service,period,capacity,demand\n"
    "VVT1,ELV na ZHO,2026-Q1,10,14\nVVT1,ELV na ZHO,2026-Q2,10,15\n",
    # (a survey too: the segments section of a region without one fails, see the report)
    "survey.csv": "respondent_id,org_id,layer,ambition_1,trust_1\n"
    + "".join(f"r{i},{org},bestuur,{3 + i % 2},3\n" for i, org in enumerate(["ZH01", "VVT1"] * 6)),
    "initiatives.csv": "initiative,org_id,development_line\n"
    "Tafel Gemeente Oosterwaal,ZH01,met Stichting Thuiszorg Waalkant\n"
    "Tafel Gemeente Oosterwaal,VVT1,met Stichting Thuiszorg Waalkant\n",
}


def test_the_anonymised_report_masks_what_partners_typed(region: RegionWriter) -> None:
    """Issue 14, case 6a, and every free-text path: names typed into the data reach the
    adviser's report and the validate output, never the anonymised report."""
    from scan.data.quality import summary
    from scan.report import sections

    result = run_scan(region(LEAKY))
    named, coded = (
        "\n".join(str(getattr(sections, n)(ctx)) for n in ("title", *ctx.sections))
        for ctx in (sections.Context.of(result), sections.Context.of(result.anonymised_copy()))
    )
    # the issue table: the column and the reason, the value masked (also in the reason)
    assert "<td>frequency</td>" in coded.replace(' class=""', "")
    assert "&#39;…&#39; is geen toegestane waarde (never, " in coded
    assert "&#39;…&#39; is geen getal" in coded
    # the adviser's files keep the value
    assert "&#39;Ziekenhuis Oost B.V.&#39; is geen toegestane waarde" in named
    assert "Gemeente Oosterwaal" in {i["value"] for i in summary(result.data)["issues"]}
    # no name, alias or supplier folder anywhere in the anonymised sections
    orgs = pd.read_csv(io.StringIO(ORGANISATIONS_CSV))
    aliases = {a for cell in orgs["aliases"].dropna() for a in cell.split("|")}
    words = {*orgs["name"], *aliases, "Buurtzorg Rivierland"}
    plain = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", coded)
    assert [w for w in words if w in plain or str(escape(w)) in plain] == []
    assert "ELV na ZH-1" in plain and "Netwerk rond ZH-1" in plain  # the rest of the text stays
    assert "(Gemeente Oosterwaal)" in named and "partner 1" in coded  # a folder in brackets too


def test_outputs_come_from_the_named_result(result: ScanResult, tmp_path: Path) -> None:
    written = write_outputs(result, tmp_path)
    assert sorted(p.name for p in written) == sorted(
        ["findings.json", "findings.xlsx", "monitor.json", "positions.json"]
    )
    with pytest.raises(ValueError):
        write_outputs(result.anonymised_copy(), tmp_path)


def test_the_method_section_points_to_the_adviser_only_folder(result: ScanResult) -> None:
    """Issue 13: the report says where what may not be shared is kept, without a path of
    the adviser's machine."""
    from scan.report import sections

    for lang, words in (("nl", "alleen voor de adviseur"), ("en", "for the adviser only")):
        ctx = replace(sections.context(result=result), lang=lang)
        html = str(sections.method(ctx))
        assert words in html and "confidential/" in html and "monitor.json" in html
        assert str(config.project_root()) not in html


def test_the_package_exports_its_stages_lazily_and_to_the_type_checker() -> None:
    import scan

    tree = ast.parse(Path(scan.__file__).read_text(encoding="utf-8"))
    guarded = next(
        n for n in tree.body if isinstance(n, ast.If) and "TYPE_CHECKING" in ast.unparse(n.test)
    )
    typed = {
        alias.name: node.module
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == scan._LAZY  # the type checker sees what __getattr__ hands out
    assert set(scan._LAZY) <= set(scan.__all__)
    for name in scan.__all__:
        assert getattr(scan, name) is not None, name


def test_a_region_without_a_survey_renders_every_section(tmp_path: Path) -> None:
    """Partial data: no survey, so the segments rest on position and pressure alone."""
    from scan.report import sections as s

    region = tmp_path / "zonder-enquete"
    shutil.copytree(DEMO, region)
    (region / "survey_samenwerking.csv").unlink()
    ctx = s.context(region)
    assert ctx.analysis.readiness is None
    assert ctx.analysis.segments is not None
    assert "readiness" not in ctx.analysis.segments.features
    html = {name: str(getattr(s, name)(ctx)) for name in ("title", *s.SECTIONS)}
    assert "<figure>" in html["segments"]
