"""Partial deliveries (issue 12): every combination of tables renders and says what it rests on.

Only ``organisations`` is required; the 64 subsets of the six other tables of a
small generated region (:mod:`tests.subset_regions`) each go through
:func:`scan.pipeline.run_scan` and every report section at function level, and
three of them through the real papermill pipeline. Each render is made once
per session and shared by the checks below.
"""

from __future__ import annotations

import dataclasses
import html as html_lib
import itertools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from scan.data.schema import ROUND_TABLES
from scan.pipeline import run_scan
from scan.report import basis as rests
from scan.report import sections as s
from scan.text import CATALOGUE, t
from tests.subset_regions import OPTIONAL_TABLES, write_emergency_region, write_small_region

ROOT = Path(__file__).resolve().parents[1]

#: Few bootstrap draws and weightings: the subsets test what renders, not the intervals.
FAST = {"analysis": {"n_boot": 50, "segment_n_init": 1}, "diagnosis": {"draws": 20}}

SUBSETS: list[tuple[str, ...]] = [
    combo
    for r in range(len(OPTIONAL_TABLES) + 1)
    for combo in itertools.combinations(OPTIONAL_TABLES, r)
]

Rendered = dict[str, str]


def _text(fragment: str) -> str:
    """The words of an HTML fragment, without figures and tags, whitespace collapsed."""
    fragment = re.sub(r"<(svg|script|style)\b.*?</\1>", " ", fragment, flags=re.S)
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _render(folder: Path) -> tuple[s.Context, Rendered]:
    ctx = s.Context.of(run_scan(folder, FAST))
    return ctx, {name: _text(getattr(s, name)(ctx)) for name in ("title", *ctx.sections)}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full small region, written once; each subset copies the files it keeps."""
    return write_small_region(tmp_path_factory.mktemp("small") / "full")


@pytest.fixture(scope="module")
def rendered(
    small: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[tuple[str, ...]], tuple[s.Context, Rendered]]:
    """Render the region with only ``keep`` besides organisations (once per subset)."""
    cache: dict[tuple[str, ...], tuple[s.Context, Rendered]] = {}

    def render(keep: tuple[str, ...]) -> tuple[s.Context, Rendered]:
        if keep not in cache:
            folder = tmp_path_factory.mktemp("subset") / "regio"
            folder.mkdir()
            for name in ("organisations", *keep):
                shutil.copy(small / f"{name}.csv", folder / f"{name}.csv")
            cache[keep] = _render(folder)
        return cache[keep]

    return render


def _id(keep: tuple[str, ...]) -> str:
    return "+".join(keep) or "organisations_only"


# -- every combination renders, and every section says what it rests on ----------------------


@pytest.mark.parametrize("keep", SUBSETS, ids=_id)
def test_every_subset_renders_and_says_what_each_section_rests_on(
    keep: tuple[str, ...], rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]]
) -> None:
    ctx, parts = rendered(keep)
    assert set(ctx.delivered) == set(keep)
    for section in ctx.sections:
        line = rests.line(section, keep, "nl")
        assert line in parts[section], section
        assert not re.search(r"\b(report|basis|finding|error|quality)\.[a-z_]+", parts[section])
    # the summary lists what was not delivered, by name
    absent = [name for name in OPTIONAL_TABLES if name not in keep]
    if absent:
        assert t("basis.not_delivered", "nl", tables=rests.tables(absent, "nl")) in parts["summary"]
    else:
        assert "Niet aangeleverd" not in parts["summary"]


#: Sentences that state an absence, with the tables needed to see it: each group
#: is "one of these"; every group must be delivered.
ABSENCES: dict[str, tuple[tuple[str, ...], ...]] = {
    "report.bn_none": (("capacity",), ("ties", "flows", "episodes")),
    "report.qw_none": tuple((name,) for name in OPTIONAL_TABLES),
    "report.sum_nothing": tuple((name,) for name in OPTIONAL_TABLES),
    "report.no_gaps": (("survey",),),
    "report.pressure_none": (("capacity",),),
}


def _words(key: str) -> str:
    """The longest stretch of ``key``'s Dutch words without a field: what a page would show."""
    return max(re.split(r"\{[a-z_]+\}", CATALOGUE[key]["nl"]), key=len)


@pytest.mark.parametrize("keep", SUBSETS, ids=_id)
def test_no_claim_of_absence_without_the_data_to_see_it(
    keep: tuple[str, ...], rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]]
) -> None:
    _, parts = rendered(keep)
    report = " ".join(parts.values())
    for key, groups in ABSENCES.items():
        seen = all(set(group) & set(keep) for group in groups)
        if not seen:
            assert _words(key) not in report, key
    if "ties" not in keep:  # nobody answered a network survey: not "0 %"
        assert "0% deed mee" not in parts["participation"]
    # the segments' profile names only what they were made of
    for group, table in (("position", "ties"), ("pressure", "capacity"), ("readiness", "survey")):
        if table not in keep:
            assert t(f"report.segments_group_{group}", "nl") not in parts["segments"], group


def test_cannot_be_known_instead_of_absent(
    rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]],
) -> None:
    _, alone = rendered(())
    assert t("report.bn_unknown_position", "nl") in alone["bottlenecks"]
    everything = rests.tables(OPTIONAL_TABLES, "nl")
    assert t("report.qw_none_partial", "nl", tables=everything) in alone["quick_wins"]
    assert t("report.sum_nothing_partial", "nl", tables=everything) in alone["summary"]
    _, survey = rendered(("survey",))
    assert t("report.bn_unknown_position", "nl") in survey["bottlenecks"]


def test_bottlenecks_without_capacity_say_pressure_cannot_be_known(tmp_path: Path) -> None:
    _, parts = _render(write_emergency_region(tmp_path / "emon"))
    assert t("report.bn_unknown_pressure", "nl") in parts["bottlenecks"]
    assert t("report.bn_none", "nl") not in parts["bottlenecks"]


def test_layer_gaps_with_one_layer_cannot_be_known(small: Path, tmp_path: Path) -> None:
    folder = tmp_path / "regio"
    folder.mkdir()
    shutil.copy(small / "organisations.csv", folder)
    rows = (small / "survey.csv").read_text(encoding="utf-8").splitlines()
    board = [rows[0], *(r for r in rows[1:] if ",bestuur," in r)]
    (folder / "survey.csv").write_text("\n".join(board) + "\n", encoding="utf-8")
    _, parts = _render(folder)
    assert t("report.gaps_unknown", "nl", threshold=5) in parts["readiness"]
    assert t("report.no_gaps", "nl") not in parts["readiness"]


# -- the survey that crashed: none usable, and no layer with five respondents -----------------


def _with_survey(small: Path, folder: Path, rows: list[str]) -> Path:
    folder.mkdir()
    for name in ("organisations", "ties", "capacity"):
        shutil.copy(small / f"{name}.csv", folder)
    header = (small / "survey.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "survey.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return folder


def test_a_survey_without_one_usable_row_renders(small: Path, tmp_path: Path) -> None:
    rows = (small / "survey.csv").read_text(encoding="utf-8").splitlines()[1:]
    broken = [
        r.replace(",bestuur,", ",kantine,").replace(",uitvoering,", ",kantine,") for r in rows
    ]
    ctx, parts = _render(_with_survey(small, tmp_path / "regio", broken))
    assert "survey" not in ctx.delivered
    assert t("report.unusable_survey", "nl") in parts["readiness"]
    assert t("basis.not_usable", "nl", tables=rests.tables(["survey"], "nl")) in parts["summary"]


def test_a_survey_with_no_layer_of_five_renders(small: Path, tmp_path: Path) -> None:
    rows = (small / "survey.csv").read_text(encoding="utf-8").splitlines()[1:]
    few = rows[:3] + rows[6:9]  # three board members, three from the work floor
    _, parts = _render(_with_survey(small, tmp_path / "regio", few))
    assert t("report.gaps_unknown", "nl", threshold=5) in parts["readiness"]
    assert t("report.layers_too_few", "nl", threshold=5) in parts["readiness"]


# -- each table on its own gives what it can -------------------------------------------------


def test_ties_alone_map_brokers_weak_links_one_sided_ties(
    rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]],
) -> None:
    ctx, parts = rendered(("ties",))
    network = parts["network"]
    assert t("report.kf_ties", "nl") in network
    assert s.heading(ctx, "network")  # the map and its interactive twin
    html = s.network(ctx)
    assert "<img" in html or "<svg" in html
    assert _words("report.interactive_hint") in network
    brokers = t("report.brokers_sentence", "nl", names="")
    assert brokers.split(":")[0] in network and "Thuiszorg Noord" in network
    assert t("report.articulation_sentence", "nl", names="").split(":")[0] in network
    one_sided = t("term.kind.asymmetric_tie", "nl")
    assert one_sided in parts["quick_wins"]


def test_survey_alone_readiness_and_layer_gaps(
    rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]],
) -> None:
    _, parts = rendered(("survey",))
    readiness = parts["readiness"]
    assert t("report.caption_readiness", "nl") in readiness
    assert "Vertrouwen en openheid: het bestuur geeft gemiddeld 4,5, de uitvoering 2,3" in readiness
    assert "Samenwerkingskracht: het sterkst" in parts["summary"]


def test_capacity_alone_pressure_per_organisation(
    rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]],
) -> None:
    _, parts = rendered(("capacity",))
    deps = parts["dependencies"]
    assert t("report.pressure_title", "nl") in deps
    # demand over capacity in the latest quarter: 160/100, 135/100 (GGZ 110/80), 270/200
    assert "Zorgcentrum De Linde 2026-Q2 160%" in deps
    assert "Thuiszorg Noord 2026-Q2 135%" in deps
    assert "Thuiszorg Zuid 2026-Q2 85%" in deps
    assert "Bij 3 organisaties is de vraag groter dan wat ze aankunnen" in deps


# -- an emergency network: organisations and ties, no survey -----------------------------------


def test_emergency_network_summary_names_broker_and_weak_link(tmp_path: Path) -> None:
    ctx, parts = _render(write_emergency_region(tmp_path / "emon"))
    assert ctx.delivered == ("ties",)
    summary = parts["summary"]
    assert "Spilorganisaties: via Rampenstaf" in summary
    assert "Kwetsbare schakels: Rampenstaf." in summary
    assert (
        "cliëntstromen, zorgperiodes, capaciteit, samenwerkingsvragenlijst en initiatieven"
        in summary
    )
    # no ratings were given: no mean trust is claimed
    assert _words("report.network_sentence_unrated") in parts["network"]
    assert (
        t("report.kf_trust", "nl") in parts["network"]
        and "– " + t("report.kf_trust", "nl") in parts["network"]
    )


# -- the declaration, its texts and its documentation ------------------------------------------


def test_every_section_declares_what_it_rests_on() -> None:
    assert set(s.SECTIONS) == set(rests.BASIS)
    for section, basis in rests.BASIS.items():
        assert set(basis.needs) <= set(basis.uses) <= {*rests.OPTIONAL, *ROUND_TABLES}, section
        assert basis.everything or basis.uses, section
        for name in basis.uses:
            assert f"basis.{section}.{name}" in CATALOGUE, (section, name)
    used = {f"basis.{k}.{n}" for k, b in rests.BASIS.items() for n in b.uses}
    declared = {k for k in CATALOGUE if k.count(".") == 2 and k.startswith("basis.")}
    assert declared == used  # no text for a table a section does not declare


def test_metrics_doc_has_the_declaration() -> None:
    doc = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    assert rests.markdown() in doc, (
        "docs/metrics.md is stale: paste scan.report.basis.markdown() into it"
    )


# -- end to end: three subsets through papermill ------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("keep", [(), ("ties",), ("flows",)], ids=_id)
def test_subset_renders_end_to_end(keep: tuple[str, ...], small: Path, tmp_path: Path) -> None:
    from scan.report.render import render

    folder = tmp_path / "regio"
    folder.mkdir()
    for name in ("organisations", *keep):
        shutil.copy(small / f"{name}.csv", folder)
    out = render(folder, dict(FAST, lang="nl"), out_dir=tmp_path / "report")
    report = _text((out / "report.html").read_text(encoding="utf-8"))
    assert rests.line("network", keep, "nl") in report
    assert "Niet aangeleverd" in report
    assert "Traceback" not in report


def test_the_line_in_english(
    rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]],
) -> None:
    ctx, _ = rendered(("capacity",))
    english = dataclasses.replace(ctx, lang="en")
    text = _text(s.dependencies(english))
    assert text.startswith(
        "4. Dependencies and flows This part rests on: capacity. With client flows"
    )
    assert "Pressure per organisation in the latest period" in text
    absent = _text(s.summary(english))
    assert "Not delivered: network survey, client flows, episodes of care, collaboration" in absent


def _hints(text: str) -> list[str]:
    """The interactive maps' hints in a section's words."""
    head = _words("report.interactive_hint")
    return [head + part.split(".")[0] for part in text.split(head)[1:]]


@pytest.mark.parametrize(
    ("keep", "section", "told", "untold"),
    [
        (("ties",), "network", ("partners",), ("flows",)),
        (("ties", "flows"), "network", ("partners", "flows"), ()),
        (("flows",), "dependencies", ("flows",), ("trust", "partners")),
    ],
)
def test_the_map_hint_names_only_what_the_map_shows(
    keep: tuple[str, ...],
    section: str,
    told: tuple[str, ...],
    untold: tuple[str, ...],
    rendered: Callable[[tuple[str, ...]], tuple[s.Context, Rendered]],
) -> None:
    _, parts = rendered(keep)
    hints = _hints(parts[section])
    assert hints, section
    for hint in hints[:1]:
        assert t("report.hover_name", "nl") in hint and t("report.hover_kind", "nl") in hint
        assert all(t(f"report.hover_{k}", "nl") in hint for k in told), hint
        assert not any(t(f"report.hover_{k}", "nl") in hint for k in untold), hint
