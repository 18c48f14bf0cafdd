"""Hostile organisation names: the report renders them as text, and the anonymised one never.

Names with matplotlib maths (``$^$``, ``$\\frac{1}$``), HTML tags and entities, formulas
(``=HYPERLINK(…)``), very long names and right-to-left or control characters go
into a tiny region: as names and aliases, inside free text (a service, a flow
type, an initiative, a development line, the region's name), as supplier
folders, files and sheets, and typed into a choice column. Then

* every section renders (without papermill), named and anonymised, and every
  figure draws, and nothing raises but the project's own
  :class:`~scan.errors.ScanError`;
* no markup from a name reaches the HTML raw, in the page or in the
  interactive map's data;
* the anonymised sections carry none of the names, in any form;
* no text of a figure is read as mathtext.

The region is scanned once, with plain names; each example renames that
result (the names do not change a number) with
:func:`scan.data.recode.recode`, as the anonymised copy does, and builds its
data with the hostile names, so the anonymised copy starts from them.
Hypothesis explores new names on every run; with ``CI=true`` the examples are
fixed (``tests/conftest.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from unittest import mock

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape
from matplotlib.text import Text

from scan.analysis.analyse import AnalysisParams, analyse
from scan.data.model import DataQuality, RegionInfo, ScanData
from scan.data.recode import recode
from scan.diagnosis.bottlenecks import FACTORS
from scan.diagnosis.findings import DiagnosisParams, diagnose
from scan.diagnosis.model import ID_PREFIXES
from scan.errors import ScanError
from scan.html import show
from scan.pipeline import ScanParams, ScanResult
from scan.report import sections as s
from scan.report.figures.maps import _plain
from tests.analysis_builders import scan_data
from tests.diagnosis_builders import both, cap, flow, respondents

#: Random names hold characters no font has: matplotlib draws a box and says so, each time.
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

#: The organisations of the tiny region: id → type.
TYPES = {"A": "ziekenhuis", "B": "vvt", "C": "wijkverpleging", "D": "huisartsenpraktijk"}

#: Markup only a name can bring: none of it may reach the page raw.
RAW_MARKUP = ('<a href="https://e.vl"', "<script>alert", "</script>", "<img src=x", "&#60;")

#: The parts a hostile name is made of.
HOSTILE = (
    "$^$",
    "$\\frac{1}$",
    "$x$",
    "$",
    '<a href="https://e.vl">Z</a>',
    "<script>alert(1)</script>",
    "</script>",
    "<img src=x onerror=alert(2)>",
    "&amp;",
    "&lt;",
    "&#60;",
    '"',
    "'",
    '=HYPERLINK("https://e.vl","klik")',
    "+31 6",
    "@SUM(A1)",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2028",  # line separator
    "\t",
    "\x0b",
    "{value}",
    "%s",
    "\\",
    "مستشفى",
    "B.V.",
)


@st.composite
def hostile_name(draw: st.DrawFn, marker: str) -> str:
    """A name with ``marker`` (so it can be found) and hostile parts around it."""
    parts = draw(st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=4))
    words = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=6))
    long = draw(st.sampled_from(["", "Zorg" * 60]))
    pieces = [*parts, marker, words, long]
    order = draw(st.permutations(pieces))
    return " ".join(p for p in order if p)


def names() -> st.SearchStrategy[dict[str, str]]:
    """A hostile name per organisation, each with its own marker."""
    return st.fixed_dictionaries(
        {org: hostile_name(f"Naam{org}q{i}") for i, org in enumerate(sorted(TYPES))}
    )


def texts(names: dict[str, str]) -> dict[str, str]:
    """The free text of the region, each with a name in it."""
    a, b = names["A"], names["B"]
    return {
        "flow_type": f"ontslag {b}",
        "service": f"ELV {a}",
        "initiative": f"Tafel van {a}",
        "development_line": f"met {b}",
        "region": f"Netwerk rond {a}",
    }


def region_with(names: dict[str, str]) -> ScanData:
    """A tiny region in which every free-text path carries a name."""
    a, b = names["A"], names["B"]
    free = texts(names)
    data = scan_data(
        organisations=[
            {"org_id": o, "name": names[o], "type": t, "aliases": f"{names[o]} alias"}
            for o, t in TYPES.items()
        ],
        ties=[*both("A", "B", trust=1.5), *both("A", "C"), *both("B", "C"), *both("C", "D")],
        flows=[
            flow("A", "B", 60, "2026-Q1", wait=14.0, flow_type=free["flow_type"]),
            flow("A", "C", 30, "2026-Q1", wait=2.0),
            flow("D", "A", 45, "2026-Q1"),
        ],
        capacity=[
            cap("B", free["service"], "2026-Q1", 10, 16, 5, 20, 2.0),
            cap("B", free["service"], "2026-Q2", 10, 17, 6, 25, 2.0),
            cap("C", "wijkverpleging", "2026-Q1", 10, 6),
        ],
        survey=[*respondents("A", "bestuur", 3.0, 6), *respondents("B", "bestuur", 4.0, 6)],
        initiatives=[
            {"initiative": free["initiative"], "org_id": o, "development_line": line}
            for o, line in (("A", free["development_line"]), ("B", free["development_line"]))
        ],
    )
    # what the partners delivered: folders, files and sheets named after them, a name
    # typed into a choice cell, a reference that could be two of them
    where = {"supplier": a, "file": f"{a}/ties {b}.csv", "sheet": b, "table": "ties"}
    issues = pd.DataFrame(
        [
            {**where, "row": 3, "column": "frequency", "value": b, "action": "warning",
             "code": "not_a_choice", "detail": "never, weekly"},
            {**where, "row": 4, "column": "partner_org", "value": names["D"],
             "action": "quarantined", "code": "ambiguous_org",
             "detail": f"{names['C']}, {names['D']}"},
            {**where, "row": 1, "column": names["C"], "value": "", "action": "warning",
             "code": "duplicate_header", "detail": f"{names['C']}_2"},
        ]
    )  # fmt: skip
    files = pd.DataFrame(
        [
            {**where, "status": "used", "rows": 4, "header_row": 1, "encoding": "utf-8",
             "delimiter": ",", "decimal": ".", "columns_extra": names["C"],
             "sha256": "0" * 64, "detail": ""},
            {**where, "file": f"{a}/{names['C']}.pdf", "status": "unsupported_format",
             "rows": 0, "header_row": None, "encoding": "", "delimiter": "", "decimal": "",
             "columns_extra": "", "sha256": "1" * 64, "detail": names["D"]},
        ]
    )  # fmt: skip
    accounts = pd.DataFrame(
        [{"supplier": a, "table": "ties", "read": 4, "used": 4, "quarantined": 0,
          "duplicates": 0, "overruled": 0}]
    )  # fmt: skip
    quality = DataQuality(files=files, issues=issues, accounts=accounts)
    region = RegionInfo(key="test", name=free["region"], period="2026")
    return dataclasses.replace(data, region=region, quality=quality)


#: The names the region is scanned with, once.
PLAIN = {o: f"Org {o}" for o in TYPES}


@pytest.fixture(scope="module")
def scanned() -> ScanResult:
    data = region_with(PLAIN)
    analysis = analyse(data, AnalysisParams(n_boot=50, seed=1))
    findings = diagnose(data, analysis, DiagnosisParams(draws=50, seed=1))
    positions = {o: (float(i), float(i % 2)) for i, o in enumerate(sorted(TYPES))}
    today = dt.date(2026, 5, 1)
    return ScanResult(ScanParams(seed=1), data, analysis, findings, positions, today=today)


def named(scanned: ScanResult, names: dict[str, str]) -> ScanResult:
    """The scanned region under ``names``: its data built with them, its results renamed."""
    mapping = {PLAIN[o]: names[o] for o in TYPES}
    mapping |= {f"{PLAIN[o]} alias": f"{names[o]} alias" for o in TYPES}
    mapping |= {text: texts(names)[key] for key, text in texts(PLAIN).items()}
    findings = recode(scanned.findings, mapping, ids=ID_PREFIXES).with_names(names)
    return dataclasses.replace(
        scanned,
        data=region_with(names),
        analysis=recode(scanned.analysis, mapping),
        findings=findings,
    )


@contextmanager
def text_only() -> Iterator[None]:
    """The sections without their matplotlib figures (drawn in the test of the figures) and
    the interactive map without plotly.js inlined (its data, with the names, stays)."""
    import plotly.io as pio

    from scan.report import figures

    to_html = pio.to_html

    def without_library(fig: object, *args: object, **kwargs: object) -> str:
        return str(to_html(fig, *args, **{**kwargs, "include_plotlyjs": False}))

    with ExitStack() as stack:
        for chart in CHARTS:
            stack.enter_context(mock.patch.object(figures, chart, return_value=None))
        stack.enter_context(mock.patch.object(show, "figure", return_value=show.Html("")))
        stack.enter_context(mock.patch.object(pio, "to_html", without_library))
        yield


#: The factor groups of the bottleneck chart, labelled by themselves.
GROUPS = {"criticality": "criticality", "pressure": "pressure", "strain": "strain"}

#: The matplotlib figures of the sections.
CHARTS = (
    "network_map",
    "flow_chart",
    "pressure_chart",
    "contribution_chart",
    "readiness_chart",
    "gap_chart",
    "impact_effort_chart",
    "segment_chart",
    "said_done_chart",
)


def rendered(ctx: s.Context) -> str:
    """Every section's HTML (and the part on said against done, a cell of its own)."""
    parts = []
    for name in ("title", *ctx.sections, "said_done"):
        try:
            parts.append(str(getattr(s, name)(ctx)))
        except ScanError as error:  # the project's own, with a message
            assert str(error)
    return "\n".join(parts)


def visible(page: str) -> str:
    """The page without the inlined plotly.js library and with the map's data (JSON)
    decoded, as a browser reads it."""
    page = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
    data = re.findall(r"Plotly\.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*\{", page, flags=re.S)
    assert len(data) == page.count("Plotly.newPlot(") >= 1  # every map's data decoded
    page = re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    return page + "\n".join(json.dumps(json.loads(d), ensure_ascii=False) for d in data)


def _forms(page: str, name: str) -> set[str]:
    """The forms of ``name`` (as typed, escaped for HTML, escaped for plotly) in ``page``."""
    return {f for f in (name, str(escape(name)), _plain(name)) if f in page}


@settings(max_examples=30, deadline=None)
@given(names=names())
def test_hostile_names_are_text_and_the_anonymised_report_has_none(
    scanned: ScanResult, names: dict[str, str]
) -> None:
    result = named(scanned, names)
    with text_only():
        page = visible(rendered(s.Context.of(result)))
        anonymised = visible(rendered(s.Context.of(result.anonymised_copy())))
    # the markup of a name never reaches the page raw: it is there escaped, or not at all
    for html in (page, anonymised):
        assert [m for m in RAW_MARKUP if m in html] == []
    # the anonymised report: no name, in no form, and no marker of one (ids are lower case)
    for name in names.values():
        assert _forms(anonymised, name) == set()
    markers = re.findall(r"Naam[A-D]q\d", " ".join(names.values()))
    assert [m for m in markers if m.casefold() in anonymised.casefold()] == []
    # the names are in the named report (so the checks above can fail)
    assert all(m in page for m in markers)


@settings(max_examples=10, deadline=None)  # the maths in names are few; each draw is slow
@given(names=names())
def test_every_figure_draws_hostile_names_as_text(
    scanned: ScanResult, names: dict[str, str]
) -> None:
    from scan.report import figures

    result = named(scanned, names)
    ctx = s.Context.of(result)
    a = result.analysis
    assert a.network is not None and a.dependencies is not None and a.capacity is not None
    assert a.segments is not None and a.said_done is not None
    contributions = pd.DataFrame(
        [f.contributions for f in result.findings.bottlenecks],
        index=[ctx.name(f.org_ids[0]) for f in result.findings.bottlenecks],
    )
    drawn = [
        figures.network_map(a.network.graph, a.organisations, ctx.positions, labels="name"),
        figures.flow_chart(a.dependencies.shares, a.organisations, labels="name"),
        figures.pressure_chart(a.capacity.utilisation, a.organisations, labels="name"),
        figures.contribution_chart(contributions, FACTORS, GROUPS, names["A"], names["B"]),
        figures.segment_chart(a.organisations, labels="name", segments=a.segments.segments),
        figures.said_done_chart(
            a.said_done.pairs,
            a.organisations,
            labels="name",
            heavy_clients=a.params.heavy_flow_clients,
            weak_level=a.params.weak_tie_level,
            strong_level=a.params.strong_tie_level,
        ),
    ]
    for fig in drawn:
        fig.canvas.draw()  # made at draw time too: the names on a categorical axis
        # (findobj makes the ticks of an axis never drawn, empty: they are not asked)
        assert [
            t.get_text() for t in fig.findobj(Text) if t.get_text() and t.get_parse_math()
        ] == []
    shown = {t.get_text() for fig in drawn for t in fig.findobj(Text)}
    assert any(names["A"][:20] in text for text in shown)
