"""Said against done: ties next to client flows, per pair (scan.analysis.saiddone).

Tiny hand-made regions, each number counted by hand:

Region ``PAIRS`` (A, B, C answered the network survey; D and E did not):

====  ===========================  =========================  ======================
pair  clients (both ways)          tie (strongest, either)    shows
====  ===========================  =========================  ======================
A-B   60 (A→B)                     weekly (both name)         nothing: said and done
A-C   30 + 10 = 40                 none, both answered        missing link
B-D   25 (D→B)                     yearly (B names D)         missing link (weak)
D-E   30 (D→E)                     unknown: neither answered  heavy, tie unknown
C-D   0 (both in the flow data)    weekly (C names D)         tie without clients
B-C   3 (B→C)                      none                       nothing (not heavy)
====  ===========================  =========================  ======================
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest
from matplotlib.text import Text

from scan.analysis import saiddone as sd
from scan.analysis.analyse import Analysis, AnalysisParams, analyse
from scan.data.model import RegionInfo, ScanData
from scan.diagnosis import quickwins as qw
from scan.diagnosis import signals
from scan.diagnosis.findings import DiagnosisParams, diagnose
from scan.errors import ScanError
from scan.pipeline import ScanParams, ScanResult
from scan.report import figures
from scan.report import sections as s
from tests.diagnosis_builders import both, flow, region, tie

FAST = AnalysisParams(n_boot=20, k_range=(2, 2))
TYPES = {"A": "ziekenhuis", "B": "vvt", "C": "wijkverpleging", "D": "huisartsenpraktijk"}


def pairs_region() -> ScanData:
    return region(
        orgs={**TYPES, "E": "ggz"},
        ties=[*both("A", "B"), tie("B", "D", "yearly"), tie("C", "D", "weekly")],
        flows=[
            flow("A", "B", 60),
            flow("A", "C", 30),
            flow("C", "A", 10),
            flow("D", "B", 25),
            flow("D", "E", 30),
            flow("B", "C", 3),
        ],
    )


def trust_region(to_a: int = 30) -> ScanData:
    """B, C and D trust A little (2.0, three raters); A and B rate C 1.0 (two raters)."""
    return region(
        orgs=TYPES,
        ties=[
            tie("B", "A", trust=2.0),
            tie("C", "A", trust=2.0),
            tie("D", "A", trust=2.0),
            tie("A", "C", trust=1.0),
            tie("B", "C", trust=1.0),
        ],
        flows=[flow("B", "A", to_a), flow("C", "A", 4), flow("D", "C", 12)],
    )


def result_of(data: ScanData, params: AnalysisParams = FAST) -> ScanResult:
    analysis = analyse(data, params)
    findings = diagnose(data, analysis, DiagnosisParams(draws=20, seed=1))
    positions = {o: (float(i), 0.0) for i, o in enumerate(data.organisations["org_id"])}
    return ScanResult(
        ScanParams(seed=1), data, analysis, findings, positions, today=dt.date(2026, 5, 1)
    )


def by_pair(a: Analysis) -> pd.DataFrame:
    assert a.said_done is not None
    return a.said_done.pairs.set_index(["org_a", "org_b"])


# -- the comparison ---------------------------------------------------------------------------


def test_every_pair_is_classified_as_counted_by_hand() -> None:
    p = by_pair(analyse(pairs_region(), FAST))
    assert p["clients"].to_dict() == {
        ("A", "B"): 60.0,
        ("A", "C"): 40.0,
        ("D", "E"): 30.0,
        ("B", "D"): 25.0,
        ("B", "C"): 3.0,
        ("C", "D"): 0.0,
    }
    assert p["kind"].to_dict() == {
        ("A", "B"): "",
        ("A", "C"): "missing_link",
        ("D", "E"): "unknown_link",
        ("B", "D"): "missing_link",
        ("B", "C"): "",
        ("C", "D"): "tie_without_flow",
    }
    assert p.loc[("B", "D"), "tie"] == "weak" and p.loc[("A", "B"), "tie"] == "strong"
    assert p.loc[("A", "C"), ["clients_a_to_b", "clients_b_to_a"]].tolist() == [30.0, 10.0]


def test_a_tie_nobody_could_report_is_unknown_not_absent() -> None:
    p = by_pair(analyse(pairs_region(), FAST))
    assert p.loc[("D", "E"), "tie"] == "unknown"
    assert pd.isna(p.loc[("D", "E"), "tie_level"])
    # both answered and neither named the other: an observed absence
    assert p.loc[("A", "C"), "tie"] == "none" and p.loc[("A", "C"), "tie_level"] == 0
    # D did not answer, B did and named D: the tie is B's word
    assert p.loc[("B", "D"), ["a_answered", "b_answered"]].tolist() == [True, False]


def test_clients_of_an_organisation_outside_the_flow_data_are_unknown_not_zero() -> None:
    import networkx as nx

    G = nx.DiGraph()
    G.add_nodes_from(["A", "B", "C"], respondent=True)
    G.add_edge("A", "C", frequency_level=5)  # C sends and receives nothing: not in the flows
    G.add_edge("A", "B", frequency_level=5)
    shares = pd.DataFrame({"from_org": ["B"], "to_org": ["D"], "clients": [12.0]})
    p = sd.pair_table(G, shares, heavy_clients=20, weak_level=1, strong_level=4)
    p = p.set_index(["org_a", "org_b"])
    assert pd.isna(p.loc[("A", "C"), "clients"]) and p.loc[("A", "C"), "kind"] == ""
    # nobody reported what A sends: B sends A nobody, but no claim that they exchange none
    assert pd.isna(p.loc[("A", "B"), "clients_a_to_b"])
    assert p.loc[("A", "B"), "clients_b_to_a"] == 0 and p.loc[("A", "B"), "kind"] == ""
    assert p.loc[("B", "D"), "tie"] == "none"  # B answered; D is not in the network at all


def test_heavy_and_strong_are_parameters() -> None:
    loose = AnalysisParams(n_boot=20, k_range=(2, 2), heavy_flow_clients=45, strong_tie_level=5)
    p = by_pair(analyse(pairs_region(), loose))
    # 40 and 25 clients are no longer heavy; a weekly tie is no longer strong
    assert set(p["kind"]) == {""}


def test_only_with_both_ties_and_flows() -> None:
    data = pairs_region()
    assert analyse(dataclasses.replace(data, flows=data.flows.iloc[0:0]), FAST).said_done is None
    no_ties = dataclasses.replace(
        data, ties=data.ties.iloc[0:0], respondents=data.respondents.iloc[0:0]
    )
    assert analyse(no_ties, FAST).said_done is None


def test_episodes_give_the_flows_when_none_are_delivered() -> None:
    day = pd.Timestamp("2026-01-01")
    episodes = [
        {
            "client_key": f"c{i}",
            "org_id": org,
            "start_date": day + pd.Timedelta(days=10 * k),
            "end_date": day + pd.Timedelta(days=10 * k + 5) if k == 0 else None,
        }
        for i in range(22)
        for k, org in enumerate(("A", "C"))
    ]
    data = region(orgs=TYPES, ties=[*both("A", "B")], episodes=episodes)
    a = analyse(data, FAST)
    assert a.said_done is not None and a.said_done.source == "episodes"
    assert by_pair(a).loc[("A", "C"), ["clients", "kind"]].tolist() == [22.0, "missing_link"]


def test_the_missing_link_quick_wins_read_the_same_ties() -> None:
    a = analyse(pairs_region(), FAST)
    wins = [c for c in qw.missing_links(a, qw.QuickWinParams()) if c.kind == "missing_link"]
    assert {c.key: c.evidence["tie"] for c in wins} == {"A-C": "none", "B-D": "weak"}


# -- trust along the flows ----------------------------------------------------------------------


def test_clients_sent_to_a_low_trust_organisation() -> None:
    a = analyse(trust_region(), FAST)
    assert a.said_done is not None
    flows = a.said_done.flows.set_index(["from_org", "to_org"])
    assert flows.loc[("B", "A"), ["clients", "trust_received", "trust_raters"]].tolist() == [
        30.0,
        2.0,
        3,
    ]
    low = signals.low_trust_flows(a.said_done.flows, DiagnosisParams())
    # C (trust 1.0) is rated by two partners only: not judged low
    assert sorted(zip(low["from_org"], low["to_org"], strict=True)) == [("B", "A"), ("C", "A")]
    assert low["clients"].sum() == 34


def test_trust_sentence_counts_and_suppresses() -> None:
    html = s._trust_along_flows(s.Context.of(result_of(trust_region())), _flows(trust_region()))
    assert "34 van de 46 cliënten" in html and "74%" in html.replace("\u00a0", "")
    few = trust_region(to_a=0)
    html = s._trust_along_flows(s.Context.of(result_of(few)), _flows(few))
    assert "Minder dan 5 cliënten" in html and ">4<" not in html and " 4 " not in html


def test_trust_unknown_when_no_receiver_has_three_raters() -> None:
    data = region(orgs=TYPES, ties=[tie("B", "A", trust=1.0)], flows=[flow("B", "A", 30)])
    html = s.said_done(s.Context.of(result_of(data)))
    assert "is niet te zeggen" in html and "weinig vertrouwen (" not in html


def _flows(data: ScanData) -> pd.DataFrame:
    a = analyse(data, FAST)
    assert a.said_done is not None
    return a.said_done.flows


# -- the report ---------------------------------------------------------------------------------


def test_section_names_the_pairs_in_plain_dutch_and_english() -> None:
    result = result_of(pairs_region())
    nl = s.said_done(s.Context.of(result))
    assert "Gezegd tegenover gedaan" in nl
    assert "Paren organisaties die elkaar samen minstens 20 cliënten sturen" in nl
    assert "Org A en Org C (40)" in nl and "Org B en Org D (25)" in nl
    assert "geen van beide de netwerkvragenlijst invulde: Org D en Org E (30)" in nl
    assert "minstens wekelijks samenwerken, maar elkaar geen cliënten sturen: Org C en Org D" in nl
    assert "<img" in nl  # the figure
    en = s.said_done(s.Context.of(dataclasses.replace(result, params=ScanParams(lang="en"))))
    assert "Said against done" in en and "Org A and Org C (40)" in en


def test_section_is_empty_without_both() -> None:
    data = pairs_region()
    result = result_of(dataclasses.replace(data, flows=data.flows.iloc[0:0]))
    assert s.said_done(s.Context.of(result)) == ""


def test_a_small_flow_is_never_shown() -> None:
    # with heavy at 2 clients the 3 clients from B to C are a missing link: named, never counted
    params = dataclasses.replace(FAST, heavy_flow_clients=2)
    html = s.said_done(s.Context.of(result_of(pairs_region(), params)))
    assert "Org B en Org C (&lt;5)" in html
    assert "(3)" not in html and ">3<" not in html


def test_anonymised_copy_renames_the_pairs() -> None:
    result = result_of(pairs_region()).anonymised_copy()
    assert result.analysis.said_done is not None
    ids = set(result.analysis.said_done.pairs[["org_a", "org_b"]].stack())
    ids |= set(result.analysis.said_done.flows[["from_org", "to_org"]].stack())
    assert ids and not ids & {"A", "B", "C", "D", "E"}
    html = s.said_done(s.Context.of(result))
    assert "Org A" not in html


def test_figure_draws_and_never_places_a_small_count() -> None:
    a = analyse(pairs_region(), FAST)
    assert a.said_done is not None
    fig = figures.said_done_chart(
        a.said_done.pairs,
        a.organisations,
        labels="name",
        heavy_clients=20,
        weak_level=1,
        strong_level=4,
    )
    fig.canvas.draw()
    shown = [t.get_text() for t in fig.findobj(Text) if t.get_text()]
    assert "<5" in shown and "3" not in shown
    # the pairs to talk about are named; the tie without clients is a bubble at 0
    assert {"Org A – Org C", "Org B – Org D", "Org D – Org E"} <= set(shown)
    assert "Org C – Org D" not in shown
    assert not any(t.get_parse_math() for t in fig.findobj(Text) if t.get_text())


# -- shared clients need a threshold -----------------------------------------------------------


def test_shared_clients_default_is_nine() -> None:
    assert AnalysisParams().shared_min_clients == 9
    assert ScanParams.resolve({}).analysis_params().shared_min_clients == 9


@pytest.mark.parametrize("value", [1, 4])
def test_shared_clients_below_the_suppression_threshold_is_refused(value: int) -> None:
    with pytest.raises(ScanError) as caught:
        ScanParams.resolve({"analysis.shared_min_clients": value})
    assert f"{value} is te laag" in str(caught.value) and "Barnett" in str(caught.value)
    assert "too low" in caught.value.text("en")
    with pytest.raises(ScanError):
        AnalysisParams(shared_min_clients=value)
    toml = RegionInfo("r", "R", defaults={"analysis": {"shared_min_clients": value}})
    with pytest.raises(ScanError):
        ScanParams.resolve({}, toml)
    assert AnalysisParams(shared_min_clients=5).shared_min_clients == 5


def test_shared_clients_below_nine_are_no_pair() -> None:
    rows = [
        {"client_key": f"c{i}", "org_id": org, "start_date": pd.Timestamp("2026-01-01")}
        for i in range(9)
        for org in ("A", "B")
    ] + [
        {"client_key": f"d{i}", "org_id": org, "start_date": pd.Timestamp("2026-01-01")}
        for i in range(8)
        for org in ("C", "D")
    ]
    a = analyse(region(orgs=TYPES, episodes=rows), FAST)
    assert a.dependencies is not None and a.dependencies.shared_clients is not None
    shared = a.dependencies.shared_clients
    assert shared[["org_a", "org_b", "shared_clients"]].values.tolist() == [["A", "B", 9]]
