"""End to end: the real papermill + nbconvert pipeline on the demo region, opened in Chromium.

One module-scoped render (Dutch, with the anonymised variant) and one English
render feed every check, so the kernel starts only three times.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from scan.config import confidential_for
from scan.data.demo import CONFIDENTIAL_NAME
from scan.data.merge import load_region
from scan.errors import ScanError
from scan.report.render import FAILED, render

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "raw" / "demo"
NOTEBOOK = ROOT / "notebooks" / "scan.ipynb"
SECTION_IDS = [
    "sec-summary",
    "sec-participation",
    "sec-network",
    "sec-dependencies",
    "sec-bottlenecks",
    "sec-quick_wins",
    "sec-readiness",
    "sec-segments",
    "sec-method",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rendered(demo_report: Path) -> Path:
    return demo_report


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English report, rendered with ``HOME`` and ``IPYTHONDIR`` in a scratch folder
    (``<out>/../home``) to see what a run writes there."""
    import matplotlib

    root = tmp_path_factory.mktemp("reports-en")
    out, home = root / "demo", root / "home"
    home.mkdir()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("MPLCONFIGDIR", matplotlib.get_configdir())  # its font cache, as it was
        env.setenv("HOME", str(home))
        env.setenv("IPYTHONDIR", str(home / ".ipython"))
        render(DEMO, dict(lang="en"), out_dir=out)
    return out


@pytest.fixture(scope="module")
def html(rendered: Path) -> str:
    return (rendered / "report.html").read_text(encoding="utf-8")


def test_all_outputs_written(rendered: Path) -> None:
    assert {p.name for p in rendered.iterdir()} == {"report.html", "report-anonymised.html"}
    assert {p.name for p in confidential_for(rendered).iterdir()} == {
        "scan.ipynb",
        "scan-anonymised.ipynb",
        "findings.json",
        "findings.xlsx",
        "monitor.json",
        "positions.json",
    }
    json.loads((confidential_for(rendered) / "findings.json").read_text(encoding="utf-8"))


def test_the_report_folder_can_go_to_the_board_as_it_is(rendered: Path) -> None:
    """Issue 13: no partner's rating of another, no notebook, no feedback page in reports/<region>;
    the adviser-only folder beside it has them."""
    held = confidential_for(rendered)
    assert held.parent == rendered.parent and held.name == "demo.confidential"
    monitor = json.loads((held / "monitor.json").read_text(encoding="utf-8"))
    # one respondent's rating of one partner, as the monitor (and only it) stores it
    rated = [t for t in monitor["ties"] if t["trust"] is not None]
    assert rated
    # the report pages only: no notebook, no JSON or workbook, no feedback or templates folder
    assert sorted(p.relative_to(rendered).as_posix() for p in rendered.rglob("*")) == [
        "report-anonymised.html",
        "report.html",
    ]
    for path in rendered.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "netwerkscan-monitor" not in text and '"respondent_org"' not in text, path.name
    assert (held / "scan.ipynb").is_file() and "netwerkscan-monitor" in json.dumps(monitor)
    # a single partner's ratings in the findings (an asymmetric tie) stay with the adviser
    findings = (held / "findings.json").read_text(encoding="utf-8")
    assert '"trust_a_to_b"' in findings


def test_sections_in_order_and_no_code(html: str) -> None:
    positions = [html.find(f'id="{s}"') for s in SECTION_IDS]
    assert all(p > 0 for p in positions) and positions == sorted(positions)
    assert "jp-InputArea" not in html and "In&nbsp;[" not in html
    assert "from scan import" not in html and "Traceback" not in html


def test_self_contained(html: str) -> None:
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=\"http", html)
    assert "cdn." not in html.lower()
    # plotly.js inlined once, for both interactive maps (collaboration and flows)
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S)
    assert sum(len(script) > 1_000_000 for script in scripts) == 1
    assert html.count("Plotly.newPlot(") == 2


def test_dutch_numbers_and_dates(html: str) -> None:
    assert re.search(r"\d+,\d", html)  # a decimal comma
    assert re.search(
        r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
        r"|november|december) \d{4}",
        html,
    )


def test_no_client_keys_or_remarks(rendered: Path) -> None:
    data = load_region(DEMO)
    keys = set(data.episodes["client_key"].dropna().astype(str))
    remarks = {r for r in data.survey["remarks"].dropna().astype(str) if len(r) > 8}
    assert keys and remarks
    held = confidential_for(rendered)
    pages = (rendered / "report.html", rendered / "report-anonymised.html")
    for path in (*pages, held / "findings.json"):
        text = path.read_text(encoding="utf-8")
        assert not [k for k in keys if k in text], path.name
        assert not [r for r in remarks if r in text], path.name
        assert CONFIDENTIAL_NAME not in text


def test_small_counts_suppressed(rendered: Path) -> None:
    text = (rendered / "report.html").read_text(encoding="utf-8")
    assert "&lt;5" in text
    findings = (confidential_for(rendered) / "findings.json").read_text(encoding="utf-8")
    for match in re.finditer(r'"(clients|shared_clients|count)": (\d+)', findings):
        assert int(match.group(2)) == 0 or int(match.group(2)) >= 5, match.group(0)


def test_anonymised_variant_leaks_no_names(rendered: Path) -> None:
    data = load_region(DEMO)
    text = (rendered / "report-anonymised.html").read_text(encoding="utf-8")
    names = set(data.organisations["name"].astype(str))
    aliases = {
        a.strip()
        for cell in data.organisations["aliases"].dropna().astype(str)
        for a in cell.split("|")
        if len(a.strip()) > 3
    }
    suppliers = {f.split(" ", 1)[1] for f in data.quality.files["supplier"].dropna() if " " in f}
    leaks = [n for n in names | aliases | suppliers if n in text]
    assert leaks == []
    # nor the organisations' own codes (org_id): every id is replaced by its neutral code
    plain = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text)
    ids = set(data.organisations["org_id"].astype(str))
    assert [
        i for i in ids if re.search(rf"(?<![A-Za-z0-9]){re.escape(i)}(?![A-Za-z0-9])", plain)
    ] == []
    # and the names are in the normal report, so the check can fail
    normal = (rendered / "report.html").read_text(encoding="utf-8")
    assert any(n in normal for n in names)


def test_english_report(english: Path) -> None:
    text = (english / "report.html").read_text(encoding="utf-8")
    assert "Bottlenecks" in text and "Quick wins" in text and "Knelpunten" not in text
    assert "Samenvatting" not in text


def test_a_run_writes_no_ipython_history_or_profile(english: Path) -> None:
    """Nothing under ``~/.ipython`` (or ``$IPYTHONDIR``): no history.sqlite, no profile."""
    from scan.report.render import KERNEL_ARGS

    assert "--HistoryManager.enabled=False" in KERNEL_ARGS
    home = english.parent / "home"
    assert not (home / ".ipython").exists()
    assert [p.name for p in english.iterdir() if p.name.startswith(".")] == []


def _broken_network(rendered: Path, tmp_path: Path, source: str) -> tuple[Path, Path]:
    """A copy of the report as the previous one (``<tmp>/demo``), and the notebook with
    ``source`` in the network section."""
    out = tmp_path / "demo"
    shutil.copytree(rendered, out)
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    index = next(
        i for i, c in enumerate(nb.cells) if "section:network" in c.metadata.get("tags", [])
    )
    nb.cells[index].source = source
    broken = tmp_path / "broken.ipynb"
    nbformat.write(nb, str(broken))
    return out, broken


def test_a_kernel_that_dies_is_one_sentence_naming_its_section(
    rendered: Path, tmp_path: Path
) -> None:
    """Killed (as by the out-of-memory killer) in the network section: one line, the region's
    failure in run-all, the previous report kept, what ran in the .failed.ipynb."""
    from scan.batch.run import RegionTask, render_region

    kill = "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"
    out, broken = _broken_network(rendered, tmp_path, kill)
    before = (out / "report.html").read_bytes()
    task = RegionTask(str(DEMO), str(out), str(broken), dict(anonymise=False))
    result = render_region(task)
    assert not result.ok and result.region == "demo"
    assert result.reason == (
        "De rekenkern van het rapport werd afgebroken tijdens sectie 'network' (SIGKILL), "
        "meestal door geheugengebrek; het vorige rapport blijft staan."
    )
    assert (out / "report.html").read_bytes() == before
    failed = nbformat.read(str(confidential_for(out) / FAILED), as_version=4)
    ran = [c for c in failed.cells if c.get("metadata", {}).get("papermill", {}).get("start_time")]
    assert "section:network" in ran[-1].metadata["tags"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_failed_run_keeps_previous_report(rendered: Path, tmp_path: Path) -> None:
    out, broken = _broken_network(rendered, tmp_path, "raise ValueError('kaart kapot')")
    before = (out / "report.html").read_bytes()
    with pytest.raises(ScanError) as error:
        render(DEMO, dict(), out_dir=out, notebook=broken)
    message = str(error.value)
    assert "network" in message and "kaart kapot" in message and "Traceback" not in message
    assert (out / "report.html").read_bytes() == before
    assert (confidential_for(out) / FAILED).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_findings_deterministic(rendered: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    render(DEMO, dict(lang="nl"), out_dir=again)
    first, second = confidential_for(rendered), confidential_for(again)
    assert (second / "findings.json").read_bytes() == (first / "findings.json").read_bytes()


def test_findings_xlsx_readable(rendered: Path) -> None:
    workbook = confidential_for(rendered) / "findings.xlsx"
    sheets = pd.read_excel(workbook, sheet_name=None, engine="openpyxl")
    assert sheets and all(len(frame.columns) for frame in sheets.values())


def test_notebook_runs_as_it_is(tmp_path: Path) -> None:
    """As an adviser opening it in JupyterLab: default parameters, run from notebooks/."""
    from scan.report.render import execute

    out = tmp_path / "scan.ipynb"
    execute(NOTEBOOK, out, {}, cwd=NOTEBOOK.parent)
    nb = nbformat.read(str(out), as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert "Regio Lindewaard" in json.dumps(nb.cells[2].outputs)


def test_follow_up_report_shows_what_changed(rendered: Path, tmp_path: Path) -> None:
    from scan.data.demo import generate_demo

    held = confidential_for(rendered)
    assert (held / "monitor.json").exists() and (held / "positions.json").exists()
    region = tmp_path / "lindewaard-2027"
    generate_demo(region, round=2)
    out = tmp_path / "report"
    render(region, dict(baseline=str(rendered)), out_dir=out)
    text = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="sec-changes"' in text and "2. Wat is er veranderd" in text
    assert "10. Verantwoording" in text  # the sections are numbered with the extra one
    # the planted missing link shows as realised
    assert "Gerealiseerd" in text and "GGZ Lindewaard" in text
