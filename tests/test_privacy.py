"""Complementary suppression: no suppressed number can be derived from the ones shown.

Each test builds a tiny region, takes what a reader gets (findings.json,
monitor.json, the report's tables) and tries to recover the suppressed number
from it: by a ratio, by total minus parts, by layer means. Each must fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from scan.analysis.readiness import layers_shown
from scan.batch import index
from scan.batch import run as batch
from scan.data.ingest import ADVISER
from scan.diagnosis import bottlenecks as bn
from scan.diagnosis.findings import DiagnosisParams, diagnose
from scan.diagnosis.serialise import to_json
from scan.followup import compare as cmp
from scan.followup.rounds import monitor
from scan.report import changes as changes_page
from scan.report import sections
from tests.diagnosis_builders import analysed, both, cap, flow, region, respondents, tie

QUARTERS = ("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2")


def _json(findings: Any) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(to_json(findings))
    return doc


def _finding(doc: dict[str, Any], key: str, fid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in doc[key] if f["id"] == fid)
    return found


# --------------------------------------------------------------------------- (a) ratios


def test_capacity_pool_hides_what_would_give_a_small_demand_back() -> None:
    # A: 40 clients for 20 places; B: 3 clients (suppressed) in 10 places, room for 7
    data = region(
        orgs={"A": "vvt", "B": "vvt"},
        capacity=[cap("A", "wijk", "2026-Q2", 20, 40), cap("B", "wijk", "2026-Q2", 10, 3)],
    )
    doc = _json(diagnose(data, analysed(data)))
    pool = next(f for f in doc["quick_wins"] if f["kind"] == "capacity_pool")
    ev = pool["evidence"]
    assert ev["demand_b"] == "<5" and ev["room_b"] == 7  # the sentence names the room
    assert "7" in pool["text"]["nl"]
    # capacity × utilisation and capacity − room would both give 3: neither is there
    assert ev["capacity_b"] is None and ev["utilisation_b"] is None
    shown = [v for v in ev.values() if isinstance(v, int | float) and not isinstance(v, bool)]
    assert 0.3 not in shown and 10 not in shown and 10.0 not in shown
    # the large side is shown as it is
    assert ev["capacity_a"] == 20 and ev["utilisation_a"] == 2.0 and ev["demand_a"] == 40


def _hub(*, senders: dict[str, int], demand: float, waiting: float | None) -> Any:
    """Homes send ``senders`` clients a quarter to hospital H, 2 places, ``demand`` clients."""
    ties = [t for home in senders for t in both(home, "H")]
    flows = [flow(home, "H", n, q) for q in QUARTERS for home, n in senders.items()]
    capacity = [cap("H", "klinisch", q, 2, demand, waiting, 30) for q in QUARTERS]
    orgs = {"H": "ziekenhuis", **dict.fromkeys(senders, "vvt")}
    return region(orgs=orgs, ties=ties, flows=flows, capacity=capacity)


def test_a_bottleneck_with_a_small_demand_shows_no_capacity_or_ratio_beside_it() -> None:
    data = _hub(senders={"V1": 100, "V2": 100, "V3": 100}, demand=4, waiting=3)
    doc = _json(diagnose(data, analysed(data)))
    ev = _finding(doc, "bottlenecks", "B-H")["evidence"]
    assert ev["demand"] == "<5" and ev["waiting_list"] == "<5"
    # demand = capacity × utilisation; waiting list = capacity × per place
    assert ev["capacity"] is None and ev["utilisation"] is None
    assert ev["waiting_list_per_place"] is None


def test_a_small_demand_is_not_named_by_the_percentage_of_its_places() -> None:
    # H: 2 places, 4 clients. 200 % beside "<5" is 2 of 1 or 4 of 2: no percentage anywhere,
    # the sentence says only that there is more demand than places
    data = _hub(senders={"V1": 100, "V2": 100, "V3": 100}, demand=4, waiting=None)
    doc = _json(diagnose(data, analysed(data)))
    b = _finding(doc, "bottlenecks", "B-H")
    assert b["evidence"]["demand"] == "<5"
    assert (
        b["evidence"]["utilisation"] is None and b["evidence"]["utilisation_worst_service"] is None
    )
    assert "200" not in b["text"]["nl"] and "200" not in b["text"]["en"]
    assert "meer vraag dan plek" in b["text"]["nl"]


def test_a_bottleneck_with_enough_demand_shows_its_figures() -> None:
    data = _hub(senders={"V1": 100, "V2": 100, "V3": 100}, demand=30, waiting=12)
    doc = _json(diagnose(data, analysed(data)))
    ev = _finding(doc, "bottlenecks", "B-H")["evidence"]
    assert ev["capacity"] == 2 and ev["utilisation"] == 15.0 and ev["demand"] == 30
    assert ev["waiting_list_per_place"] == 6.0


# --------------------------------------------------------------------------- (c) totals − parts


def test_senders_of_a_bottleneck_cannot_be_had_from_its_inflow() -> None:
    data = _hub(senders={"V1": 100, "V2": 100, "V3": 1}, demand=30, waiting=12)
    doc = _json(diagnose(data, analysed(data)))
    for key, fid in (("bottlenecks", "B-H"), ("resilience", "R-H")):
        ev = _finding(doc, key, fid)["evidence"]
        inflow = ev["inflow"]
        assert inflow == 4 * 201  # four quarters
        clients = {s["org_id"]: s["clients"] for s in ev["senders"]}
        assert clients["V3"] == "<5"
        # one of the others is hidden with it: inflow − the shown ones is two senders together
        hidden = [o for o, c in clients.items() if c is None]
        assert len(hidden) == 1
        shown = sum(c for c in clients.values() if isinstance(c, int))
        assert inflow - shown != 4  # V3's four quarters × 1
        # and no share of a hidden sender's outflow gives its clients back
        for s in ev["senders"]:
            if s["clients"] is None or s["clients"] == "<5":
                assert s["share_of_their_outflow"] is None


def _context(data: Any) -> sections.Context:
    """A Dutch report context for a test region (threshold 5), as the notebook gets it."""
    a = analysed(data)
    orgs = list(data.org_names())
    return sections.Context(
        data=data,
        analysis=a,
        findings=diagnose(data, a),
        lang="nl",
        threshold=5,
        seed=1,
        anonymised=False,
        weights={},
        today=dt.date(2026, 7, 1),
        positions={o: (float(i), 0.0) for i, o in enumerate(orgs)},
    )


def _cells(html: str) -> list[list[str]]:
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.S)
    return [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
        for r in rows
    ]


def test_report_flow_table_hides_a_second_pair_per_sender_and_receiver() -> None:
    pairs = {("A", "X"): 3, ("A", "Y"): 40, ("B", "X"): 12, ("B", "Y"): 30}
    pairs |= {("C", "Y"): 50, ("C", "Z"): 60, ("D", "Z"): 70}
    data = region(
        orgs=dict.fromkeys("ABCDXYZ", "vvt"),
        flows=[flow(a, b, n) for (a, b), n in pairs.items()],
    )
    html = sections.dependencies(_context(data))
    names = data.org_names()
    table = {}
    for row in _cells(html):
        if len(row) >= 4 and row[0] in names.values() and row[1] in names.values():
            sender = next(k for k, v in names.items() if v == row[0])
            receiver = next(k for k, v in names.items() if v == row[1])
            table[(sender, receiver)] = row[2]
    assert set(table) == set(pairs)
    assert table[("A", "X")] == "&lt;5" or table[("A", "X")] == "<5"
    # every organisation's inflow and outflow is on the map: per sender and per receiver,
    # no figure may be the only one missing, and the missing ones must not add up to < 5
    for side in (0, 1):
        for org in {p[side] for p in pairs}:
            group = {p: c for p, c in table.items() if p[side] == org}
            missing = [p for p, c in group.items() if not c.isdigit()]
            assert len(missing) != 1, (org, group)
            if missing:
                assert sum(pairs[p] for p in missing) >= 5
    # the large pairs far from the small one are shown as they are
    assert table[("C", "Z")] == "60" and table[("D", "Z")] == "70"


# --------------------------------------------------------------------------- (b) layer means


def _layered() -> Any:
    survey = [
        *respondents("A", "bestuur", 4.5, 3),
        *respondents("A", "management", 3.5, 12),
        *respondents("B", "uitvoering", 2.0, 30),
    ]
    return region(orgs={"A": "vvt", "B": "ggz"}, survey=survey)


def test_a_small_layer_mean_cannot_be_had_from_the_total_and_the_others() -> None:
    data = _layered()
    a = analysed(data)
    doc = monitor(data, a, threshold=5)
    rows = {(r["layer"], r["dimension"]): r for r in doc["readiness"]}
    total, top = rows[("all", "trust")], rows[("bestuur", "trust")]
    mid, floor = rows[("management", "trust")], rows[("uitvoering", "trust")]
    assert total["n"] == 45
    assert total["mean"] == pytest.approx((3 * 4.5 + 12 * 3.5 + 60) / 45, abs=1e-3)
    assert top["mean"] is None and top["n"] == "<5"
    # management is hidden with it: n × mean of all minus the shown layer is two layers
    assert mid["mean"] is None and mid["n"] is None
    assert floor["mean"] == 2.0 and floor["n"] == 30
    rest = total["n"] * total["mean"] - floor["n"] * floor["mean"]
    assert rest == pytest.approx(3 * 4.5 + 12 * 3.5, abs=0.1)  # what is left is the two together
    # no gap to a hidden layer (mean_b = mean_a − gap)
    for g in doc["gaps"]:
        if {g["layer_a"], g["layer_b"]} & {"bestuur", "management"}:
            assert g["gap"] is None and g["ci_low"] is None and g["n_a"] is None
    # nor a perception-gap quick win that names the hidden management mean
    findings = _json(diagnose(data, a))
    for qw in findings["quick_wins"]:
        if qw["kind"] == "perception_gap":
            assert {qw["evidence"]["layer_a"], qw["evidence"]["layer_b"]}.isdisjoint(
                {"bestuur", "management"}
            )


def test_report_readiness_chart_leaves_out_both_hidden_layers() -> None:
    data = _layered()
    a = analysed(data)
    assert a.readiness is not None
    ok = layers_shown(a.readiness.by_layer)
    shown = set(a.readiness.by_layer.loc[ok, "layer"])
    assert shown == {"uitvoering"}


# --------------------------------------------------------------------------- unknown is not zero


def test_transition_factors_nobody_delivered_are_unknown_not_zero() -> None:
    # one period, no wait, no ratings between them, no capacity at B
    data = region(orgs={"A": "ziekenhuis", "B": "vvt"}, flows=[flow("A", "B", 40, "2026-Q1")])
    a = analysed(data)
    tf = bn.transition_factors(a)
    row = tf.iloc[0]
    assert row["volume"] == 1.0
    for factor in ("wait", "wait_trend", "receiver_pressure", "low_trust"):
        assert np.isnan(row[factor]) and not row[f"known_{factor}"]
    ts = bn.transition_scores(tf)
    assert ts.iloc[0]["score"] == pytest.approx(0.25)  # the known part only
    assert ts.iloc[0]["unknown_weight"] == pytest.approx(0.75)


def test_transition_with_unknown_pressure_keeps_it_null_in_findings_json() -> None:
    ties = [*both("Z", "R", trust=1.5), *both("Z", "S")]
    flows = [flow("Z", "R", 40, q, wait=8 + 4 * i) for i, q in enumerate(QUARTERS)]
    flows += [flow("Z", "S", 40, q, wait=2) for q in QUARTERS]
    data = region(orgs={"Z": "ziekenhuis", "R": "vvt", "S": "vvt"}, ties=ties, flows=flows)
    doc = _json(diagnose(data, analysed(data)))
    t = _finding(doc, "transitions", "T-Z-R")
    assert t["factors"]["receiver_pressure"] is None  # R delivered no capacity
    assert t["contributions"]["receiver_pressure"] is None
    assert "no_capacity_data" in t["confidence"]["reasons"]
    # the two partners' ratings of each other are one rater each: never shown
    assert t["evidence"]["trust_from_to"] is None and t["evidence"]["trust_to_from"] is None
    assert "1,5" not in t["text"]["nl"] and "op 4" not in t["text"]["nl"]


def test_outflow_of_an_organisation_in_no_flow_is_null_not_zero() -> None:
    # H holds the network together (ties) but delivered no flows, and nobody names it in one
    ties = [t for leaf in ("A", "B", "C") for t in both(leaf, "H")]
    flows = [flow("A", "B", 30, q) for q in QUARTERS]
    data = region(
        orgs={"H": "ziekenhuis", "A": "vvt", "B": "vvt", "C": "ggz"}, ties=ties, flows=flows
    )
    a = analysed(data)
    assert math.isnan(a.organisations.at["H", "outflow"])
    assert math.isnan(a.organisations.at["H", "inflow"])
    assert math.isnan(a.organisations.at["C", "outflow"])
    # A's report of what it sent says nothing of what B sends on: unknown, not 0
    assert math.isnan(a.organisations.at["B", "outflow"])
    assert a.organisations.at["B", "inflow"] == 120
    doc = _json(diagnose(data, a, DiagnosisParams()))
    r = _finding(doc, "resilience", "R-H")
    assert r["evidence"]["outflow"] is None and r["evidence"]["inflow"] is None
    # the same rows delivered by the adviser for the whole region: B sends nothing, a true 0
    whole = region(
        orgs={"H": "ziekenhuis", "A": "vvt", "B": "vvt", "C": "ggz"},
        ties=ties,
        flows=[{**f, "src_supplier": ADVISER} for f in flows],
    )
    b = analysed(whole)
    assert b.organisations.at["B", "outflow"] == 0 and b.organisations.at["A", "inflow"] == 0
    assert math.isnan(b.organisations.at["H", "outflow"])  # not in the region's file either


# --------------------------------------------------------------------------- ratings


def test_a_one_sided_tie_shows_no_partners_rating_of_another() -> None:
    # A trusts B fully (4), B trusts A little (1). Not even in words: "A trusts B far more
    # than the other way round" would tell B that A rated it high and A that B rated it low
    shown = []
    for trust_back in (1.0, 4.0):
        ties = [tie("A", "B", trust=4.0), tie("B", "A", trust=trust_back)]
        ties += [*both("A", "C"), *both("B", "C")]
        data = region(orgs={"A": "vvt", "B": "ziekenhuis", "C": "ggz"}, ties=ties)
        a = analysed(data)
        doc = _json(diagnose(data, a))
        if trust_back == 1.0:
            assert set(a.network.asymmetric_ties["reason"]) == {"rated_lower"}  # the adviser's
        shown.append(doc["quick_wins"])
        # and B's trust received rests on two raters: unknown, in the analysis and in findings
        scores = {o["org_id"]: o for o in doc["organisation_scores"]}
        assert scores["B"]["factors"]["low_trust"] is None
    assert shown[0] == shown[1]
    assert not [f for f in shown[0] if f["kind"] == "asymmetric_tie"]


def test_report_network_section_shows_no_trust_of_fewer_than_three_raters() -> None:
    # B is rated by A alone (1,0); D by A, C and E (3,0)
    ties = [tie("A", "B", trust=1.0), tie("A", "D"), tie("C", "D"), tie("E", "D"), tie("D", "C")]
    data = region(orgs=dict.fromkeys("ABCDE", "vvt"), ties=ties)
    html = sections.network(_context(data))
    names = data.org_names()
    rows = {r[0]: r for r in _cells(html) if r and r[0] in names.values()}
    assert rows[names["B"]][-1] == "–"  # one partner's rating
    assert rows[names["D"]][-1] == "3,0"
    assert "1,0" not in re.sub(r"<script.*?</script>", "", html, flags=re.S)


def test_masking_an_empty_issue_log_of_strings_warns_of_nothing() -> None:
    import warnings

    import pandas as pd

    from scan.data.privacy import _masked_issues

    empty = {c: pd.Series([], dtype="string") for c in ("value", "code", "detail", "column")}
    log = pd.DataFrame({**empty, "table": pd.Series([], dtype=object)})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        masked = _masked_issues(log)
    assert masked.empty and list(masked.columns) == list(log.columns)


# --------------------------------------------------------------------------- two raters in a score


def _transition_region(trust: float) -> Any:
    """Z sends R 40 clients a quarter at a growing wait; Z and R rate each other ``trust``.

    R is rated by Z and S only: two raters, too few for any trust figure about R.
    """
    ties = [*both("Z", "R", trust=trust), *both("Z", "S"), *both("R", "S"), *both("Z", "T")]
    flows = [flow("Z", "R", 40, q, wait=8 + 4 * i) for i, q in enumerate(QUARTERS)]
    flows += [flow("Z", s, 40, q, wait=2) for q in QUARTERS for s in ("S", "T")]
    orgs = {"Z": "ziekenhuis", "R": "vvt", "S": "vvt", "T": "vvt"}
    return region(orgs=orgs, ties=ties, flows=flows)


def test_a_transitions_score_cannot_give_the_pairs_ratings_of_each_other_back() -> None:
    shown = {}
    for trust in (1.0, 4.0):
        data = _transition_region(trust)
        params = DiagnosisParams()
        doc = _json(diagnose(data, analysed(data), params))
        t = _finding(doc, "transitions", "T-Z-R")
        # the pair's mean (two raters) is no factor and no contribution
        assert t["factors"]["low_trust"] is None and t["contributions"]["low_trust"] is None
        # score − the shown contributions leaves nothing for a hidden factor to be solved from
        known = sum(c for c in t["contributions"].values() if c is not None)
        assert t["score"] == pytest.approx(known, abs=2e-3)
        assert "few_trust_raters" in t["confidence"]["reasons"]
        shown[trust] = (t, {o["org_id"]: o for o in doc["organisation_scores"]}["R"])
    # nothing shown about the transition or R moves with the pair's ratings: 1 and 4 look alike
    assert shown[1.0] == shown[4.0]


def test_a_transitions_low_trust_is_the_receivers_own_from_three_raters() -> None:
    # R is trusted little by three partners: the transition shows R's trust received, a figure
    # of three raters already in R's own scores, and nothing of Z's and R's ratings of each other
    ties = [*both("Z", "R", trust=1.5), *both("R", "S", trust=1.5), *both("Z", "S")]
    ties += [tie("T", "R", trust=1.5), *both("Z", "T")]
    flows = [flow("Z", "R", 40, q, wait=8 + 4 * i) for i, q in enumerate(QUARTERS)]
    flows += [flow("Z", s, 40, q, wait=2) for q in QUARTERS for s in ("S", "T")]
    orgs = {"Z": "ziekenhuis", "R": "vvt", "S": "vvt", "T": "vvt"}
    data = region(orgs=orgs, ties=ties, flows=flows)
    doc = _json(diagnose(data, analysed(data)))
    t = _finding(doc, "transitions", "T-Z-R")
    r = {o["org_id"]: o for o in doc["organisation_scores"]}["R"]
    assert t["factors"]["low_trust"] == r["factors"]["low_trust"] == 1.0
    assert "1,5 op 4" in t["text"]["nl"] and "Org R" in t["text"]["nl"]


def test_a_one_sided_ties_reliance_holds_no_partners_value_rating() -> None:
    # A names B daily and sends it 30 of its 40 clients; B answered but does not name A.
    # A's value rating of B (1 or 4) is one rater: reliance, impact and priority are alike
    shown = []
    for value in (1.0, 4.0):
        ties = [tie("A", "B", frequency="daily", value=value), *both("A", "C"), *both("B", "C")]
        flows = [flow("A", "B", 30), flow("A", "C", 10)]
        data = region(orgs={"A": "vvt", "B": "ziekenhuis", "C": "ggz"}, ties=ties, flows=flows)
        doc = _json(diagnose(data, analysed(data)))
        win = _finding(doc, "quick_wins", "QW-asymmetric_tie-A-B")
        ev = win["evidence"]
        # reliance = mean(how often, share of A's outflow): daily is 1, 30 of 40 is 0.75
        assert ev["reliance"] == pytest.approx((1.0 + 0.75) / 2, abs=1e-3)
        assert ev["value_a_to_b"] is None
        shown.append({k: win[k] for k in ("score", "scores", "factors", "evidence", "text")})
    assert shown[0] == shown[1]


def _small_receiver(
    demand: float = 4, room: float = 3, waiting: float | None = None, places: float = 3
) -> Any:
    """H: ``places`` (3), ``demand`` clients (4: 133 %); O offers the same with ``room``
    (3: 75 % of H's demand).

    V1, V2 and V3 send H 100 clients a quarter, at a growing wait.
    """
    senders = {"V1": 100, "V2": 100, "V3": 100}
    ties = [t for home in senders for t in both(home, "H")]
    flows = [
        flow(home, "H", n, q, wait=8 + 4 * i)
        for i, q in enumerate(QUARTERS)
        for home, n in senders.items()
    ]
    capacity = [cap("H", "klinisch", q, places, demand, waiting) for q in QUARTERS]
    capacity += [cap("O", "klinisch", q, 10, 10 - room) for q in QUARTERS]
    orgs = {"H": "ziekenhuis", "O": "ziekenhuis", **dict.fromkeys(senders, "vvt")}
    return region(orgs=orgs, ties=ties, flows=flows, capacity=capacity)


def test_the_share_others_could_absorb_is_not_shown_beside_a_small_demand() -> None:
    data = _small_receiver(places=2)
    doc = _json(diagnose(data, analysed(data)))
    r = _finding(doc, "resilience", "R-H")
    assert r["evidence"]["demand"] == "<5"
    # 75 % beside "<5": only 3 of 4 gives 75 %, so the percentage would name the demand
    assert r["evidence"]["absorbable_share"] is None
    for text in r["text"].values():
        assert "%" not in text and "75" not in text
    assert "ruimte om (een deel van) die vraag op te vangen" in r["text"]["nl"]
    # nor in the bottleneck's evidence of the same organisation
    b = _finding(doc, "bottlenecks", "B-H")
    assert b["evidence"]["demand"] == "<5" and b["evidence"]["absorbable_share"] is None


def test_a_receivers_utilisation_is_not_shown_beside_its_small_demand() -> None:
    data = _small_receiver()
    doc = _json(diagnose(data, analysed(data)))
    transitions = [t for t in doc["transitions"] if t["organisations"][1]["org_id"] == "H"]
    assert transitions
    for t in transitions:
        # 4 ÷ 3 = 133 %: with a demand below 5 the ratio alone names it
        assert t["evidence"]["receiver_utilisation"] is None


# --------------------------------------------------------------------------- the other pages


def test_the_follow_up_page_says_nothing_of_one_partners_rating() -> None:
    # A's trust in B falls from 3 to 1, B's in A rises to 4: one rater each way
    ties = [("A", "B"), ("B", "A"), ("A", "C")]
    before = cmp.example_round(ties=ties)
    pages = []
    for trust in (None, {("A", "B"): 1.0, ("B", "A"): 4.0}):
        changes = cmp.compare(before, cmp.example_round(ties=ties, trust=trust))
        pages.append(changes_page.section(changes, "nl"))
    # the adviser's terminal names the direction; the page is the same whatever they answered
    assert "trust_mixed" in {h.kind for h in changes.headlines()}
    assert pages[0] == pages[1]
    assert "gedaald" not in pages[1] and "gestegen" not in pages[1]


def _index_region(folder: Path, raters: int, mean_trust: float, n: int, readiness: float) -> None:
    folder.mkdir(parents=True)
    findings = {"region": {"key": folder.name, "name": folder.name}, "data": {"organisations": 9}}
    (folder / "findings.json").write_text(json.dumps(findings), encoding="utf-8")
    (folder / "report.html").write_text("<html></html>", encoding="utf-8")
    ties = [
        {"respondent_org": f"R{i}", "partner_org": "P", "trust": mean_trust} for i in range(raters)
    ]
    monitor = {
        "ties": ties,
        "network": {"ties": raters, "density": 0.2, "mean_trust": mean_trust},
        "readiness": [{"layer": "all", "dimension": "trust", "mean": readiness, "n": n}],
    }
    (folder / "monitor.json").write_text(json.dumps(monitor), encoding="utf-8")


def test_the_index_page_shows_no_rating_of_fewer_than_three_raters(tmp_path: Path) -> None:
    # oost: two partners rated a tie (mean 1.25) and two people answered the survey (a region
    # whose threshold is 2): neither mean is a figure of three; west: enough of both
    _index_region(tmp_path / "oost", raters=2, mean_trust=1.25, n=2, readiness=1.75)
    _index_region(tmp_path / "west", raters=3, mean_trust=3.25, n=12, readiness=3.75)
    results = [
        batch.RegionResult(key, True, 1.0, out_dir=str(tmp_path / key)) for key in ("oost", "west")
    ]
    page = index.write_index(results, tmp_path / "index.html").read_text("utf-8")
    text = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
    assert "1,25" not in text and "1,75" not in text
    assert "3,25" in text and "3,75" in text
    oost = index.read_region("oost", tmp_path / "oost", tmp_path)
    assert oost.figures["mean_trust"] is None and oost.readiness == {}


def test_the_anonymised_follow_up_page_names_no_one_it_matched_by_a_guess() -> None:
    # "Zorgcentrum Hooge Hof" is now "… Hooge Hoff" under another code: matched by a guess,
    # which the adviser's page shows with both spellings and the anonymised one by its code
    orgs = (("B", "Bb"), ("C", "Cc"))
    before = cmp.example_round(ties=[("A", "B")], orgs=(("A", "Zorgcentrum Hooge Hof"), *orgs))
    after = cmp.example_round(ties=[("X", "B")], orgs=(("X", "Zorgcentrum Hooge Hoff"), *orgs))
    changes = cmp.compare(before, after)
    assert "Hooge Hof →" in changes_page.section(changes, "nl")
    anonymous = changes.anonymise({"X": "VVT-1", "B": "VVT-2", "C": "VVT-3"})
    html = changes_page.section(anonymous, "nl")
    assert "Hooge" not in html and "VVT-1" in html


def test_the_anonymised_follow_up_page_shows_no_owner_typed_as_a_name() -> None:
    # the adviser typed the action's owner as a name the comparison does not know by id
    base = cmp.example_round(ties=[("A", "B")])
    action = {
        "action_id": "A01",
        "finding_id": None,
        "owner": "Zorgcentrum Hooge Hof",
        "measure": "tables",
        "subject": "B",
        "direction": "lower",
        "target": 2.0,
        "before": 3.0,
        "after": 2.0,
        "delta": -1.0,
        "status": "better",
        "target_met": True,
        "problem": None,
    }
    changes = dataclasses.replace(cmp.compare(base, base), actions=pd.DataFrame([action]))
    assert "Hooge Hof" in changes_page.actions_part(changes, "nl")
    anonymous = changes.anonymise({"A": "VVT-1", "B": "VVT-2", "C": "VVT-3"})
    html = changes_page.actions_part(anonymous, "nl")
    assert "Hooge" not in html and "VVT-2" in html


def test_a_one_sided_tie_is_not_judged_closed_on_two_ratings() -> None:
    # a baseline quick win: A trusted B far more than B trusted A (an older scan's reason).
    # Now both name each other; whether the gap closed would set B's answer against A's
    ties = [("A", "B"), ("B", "A")]
    win = {
        "id": "QW-asymmetric_tie-A-B",
        "kind": "asymmetric_tie",
        "organisations": [{"org_id": "A"}, {"org_id": "B"}],
        "evidence": {"reason": "rated_lower"},
    }
    before = cmp.example_round(ties=ties)
    before.findings["quick_wins"] = [win]
    statuses = set()
    for back in (1.0, 3.0):
        changes = cmp.compare(before, cmp.example_round(ties=ties, trust={("B", "A"): back}))
        statuses |= set(changes.quick_wins["status"])
    assert statuses == {"cannot_tell"}  # the same whatever B answered
    # "not named back" is closed by naming back, "less often" by how often each says they
    # work together (both weekly now): answers, not ratings
    for reason in ("not_named_back", "less_often"):
        win["evidence"] = {"reason": reason}
        changes = cmp.compare(before, cmp.example_round(ties=ties))
        assert changes.quick_wins["status"].tolist() == ["realised"]


def _scored(doc: dict[str, Any], org: str) -> Any:
    """What findings.json scores about ``org``: its factors and those of transfers to it."""
    own = {o["org_id"]: o for o in doc["organisation_scores"]}[org]
    into = [t for t in doc["transitions"] if t["organisations"][1]["org_id"] == org]
    keys = ("score", "factors", "contributions")
    return {k: own[k] for k in keys}, [{k: t[k] for k in keys} for t in into]


def test_a_factor_of_a_small_demand_cannot_give_it_back() -> None:
    # 133 % is 0.667 of the way from 100 % to 150 %: the factor, its contribution and the
    # score would name 4 of 3 places. Beside "<5" it only says whether it reached its cap
    # (it did not), so 3 and 4 clients score alike (room elsewhere for all of them)
    shown = []
    for demand in (3, 4):
        data = _small_receiver(demand=demand, room=6)
        doc = _json(diagnose(data, analysed(data)))
        own, into = _scored(doc, "H")
        assert own["factors"]["utilisation"] == 0.0 and into
        assert all(t["factors"]["receiver_pressure"] == 0.0 for t in into)
        shown.append((own, into))
    assert shown[0] == shown[1]


def test_a_factor_of_a_small_waiting_list_cannot_give_it_back() -> None:
    # H: 20 places, 30 clients (shown), a waiting list of 2 or 3 (shown as "<5"): its waiting
    # list per place is 0.10 or 0.15, a factor of 0.4 or 0.6 that with the capacity would
    # name it; beside "<5" the part is 0 (below its cap) for both
    shown = []
    for waiting in (2, 3):
        senders = {"V1": 100, "V2": 100, "V3": 100}
        ties = [t for home in senders for t in both(home, "H")]
        flows = [flow(home, "H", n, q) for q in QUARTERS for home, n in senders.items()]
        capacity = [cap("H", "klinisch", q, 20, 30, waiting, 30) for q in QUARTERS]
        orgs = {"H": "ziekenhuis", **dict.fromkeys(senders, "vvt")}
        data = region(orgs=orgs, ties=ties, flows=flows, capacity=capacity)
        doc = _json(diagnose(data, analysed(data)))
        ev = _finding(doc, "bottlenecks", "B-H")["evidence"]
        assert ev["waiting_list"] == "<5" and ev["capacity"] == 20
        shown.append(_scored(doc, "H")[0])
    assert shown[0] == shown[1]


def test_report_pressure_table_shows_no_utilisation_beside_a_small_demand() -> None:
    # H: 3 places, 4 clients (133 %); O: 10 places, 30 clients (300 %). Places offered are no
    # secret, so 133 % would name H's 4 clients; O's figure is shown as it is
    data = region(
        orgs={"H": "vvt", "O": "vvt"},
        capacity=[cap("H", "x", "2026-Q1", 3, 4), cap("O", "x", "2026-Q1", 10, 30)],
    )
    html = "".join(sections.pressure(_context(data)))
    rows = {r[0]: r for r in _cells(html) if r and r[0] in ("Org H", "Org O")}
    assert "133" not in re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", html)
    assert rows["Org H"][2] == "–" and rows["Org O"][2] == "300%"
