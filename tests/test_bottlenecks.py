"""Bottlenecks: score, transparency, transitions, stability and resilience on tiny regions."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from scan.diagnosis import bottlenecks as bn
from scan.diagnosis.evidence import capped
from scan.diagnosis.findings import DiagnosisParams, diagnose
from tests.diagnosis_builders import analysed, both, cap, flow, region, tie

QUARTERS = ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
TYPES = {
    "H1": "huisartsenpraktijk",
    "H2": "huisartsenpraktijk",
    "B": "vvt",
    "C": "wijkverpleging",
    "D": "ggz",
    "E": "welzijn",
}


def one_route(*, trust_in_d: float = 3.0, overloaded: bool = True) -> object:
    """GPs send their clients on through B only; B is (optionally) overloaded and getting worse.

    H1, H2 → B → C is the only route; H1 → D and H2 → E are small side flows. Everyone
    answers the survey and works with everyone on the route (trust 3), D is rated
    ``trust_in_d`` by those who name it.
    """
    ties = [
        *both("H1", "B"),
        *both("H2", "B"),
        *both("B", "C"),
        *both("H1", "H2"),
        tie("H1", "D", trust=trust_in_d),
        tie("C", "D", trust=trust_in_d),
        tie("B", "D", trust=trust_in_d),
        tie("D", "H1"),
        *both("H2", "E"),
    ]
    flows = []
    capacity = []
    for i, q in enumerate(QUARTERS):
        flows += [
            flow("H1", "B", 30, q),
            flow("H2", "B", 25, q),
            flow("B", "C", 40, q),
            flow("H1", "D", 6, q),
            flow("H2", "E", 5, q),
        ]
        if overloaded:
            capacity.append(cap("B", "elv", q, 50, 60 + 5 * i, 10 + 5 * i, 10 + 4 * i, 3 + i))
        else:
            capacity.append(cap("B", "elv", q, 80, 60, 0, 3, 0))
        capacity += [cap("C", "wijk", q, 60, 50, 0, 3, 0), cap("D", "ggz", q, 20, 20, 2, 20, 0)]
    return region(orgs=TYPES, ties=ties, flows=flows, capacity=capacity)


def test_single_overloaded_organisation_on_the_only_route_tops_the_list() -> None:
    data = one_route()
    findings = diagnose(data, analysed(data))
    assert [f.id for f in findings.bottlenecks][:1] == ["B-B"]
    top = findings.bottlenecks[0]
    # it is there for the right reasons: its pressure and its senders' lack of alternatives
    reasons = sorted(top.contributions, key=top.contributions.get, reverse=True)[:4]
    assert "utilisation" in reasons and "few_alternatives" in reasons
    # each GP sends 5/6 of its clients to B (30 of 36, 25 of 30)
    assert top.evidence["sender_dependence"] == pytest.approx(5 / 6)
    assert top.evidence["utilisation_worst_service"] == pytest.approx(75 / 50)
    assert "houdt de doorstroom in de regio op" in top.text["nl"]


def test_without_pressure_the_route_is_no_bottleneck() -> None:
    data = one_route(overloaded=False)
    findings = diagnose(data, analysed(data))
    assert "B-B" not in [f.id for f in findings.bottlenecks]
    # still scored, and still critical: only the listing needs pressure or strain
    scores = findings.organisation_scores
    assert scores.loc["B", "criticality"] > 0 and not scores.loc["B", "listed"]


def test_contributions_add_up_to_the_score_and_groups() -> None:
    data = one_route()
    findings = diagnose(data, analysed(data))
    for f in findings.bottlenecks:
        assert sum(f.contributions.values()) == pytest.approx(f.score)
        assert sum(f.scores.values()) == pytest.approx(f.score)
        for factor, value in f.factors.items():
            assert 0.0 <= value <= 1.0
            assert f.contributions[factor] == pytest.approx(
                value * bn.BottleneckWeights().normalised()[factor]
            )


def test_weights_are_parameters_and_change_the_ranking() -> None:
    data = one_route(trust_in_d=1.5)
    a = analysed(data)
    default = diagnose(data, a)
    assert default.organisation_scores.index[0] == "B"
    trust_only = bn.BottleneckWeights(**dict.fromkeys(bn.FACTORS, 0.0) | {"low_trust": 1.0})
    other = diagnose(data, a, DiagnosisParams(weights=trust_only))
    assert other.organisation_scores.index[0] == "D"
    assert other.organisation_scores.loc["D", "score"] == pytest.approx(1.0)


def test_unknown_weight_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown weight"):
        bn.BottleneckWeights.from_mapping({"trustt": 0.2})
    with pytest.raises(ValueError):
        bn.BottleneckWeights(**dict.fromkeys(bn.FACTORS, 0.0)).normalised()


def test_normalisation_is_capped_and_linear() -> None:
    c = bn.Caps()
    assert capped(1.25, c.utilisation_low, c.utilisation_high) == pytest.approx(0.5)
    assert capped(0.9, c.utilisation_low, c.utilisation_high) == 0.0
    assert capped(3.0, c.utilisation_low, c.utilisation_high) == 1.0
    assert np.isnan(capped(float("nan"), 0.0, 1.0))


def test_transition_with_long_growing_wait_and_low_trust_is_a_bottleneck() -> None:
    # R is trusted little (1.5) by its three partners Z, S and T
    ties = [
        *both("Z", "R", trust=1.5),
        *both("Z", "S"),
        *both("Z", "T"),
        *both("R", "S", trust=1.5),
    ]
    ties.append(tie("T", "R", trust=1.5))
    flows = []
    for i, q in enumerate(QUARTERS):
        flows += [
            flow("Z", "R", 40, q, wait=8 + 4 * i, flow_type="discharge"),
            flow("Z", "S", 40, q, wait=2, flow_type="discharge"),
            flow("Z", "T", 40, q, wait=3, flow_type="discharge"),
        ]
    data = region(
        orgs={"Z": "ziekenhuis", "R": "vvt", "S": "vvt", "T": "wijkverpleging"},
        ties=ties,
        flows=flows,
    )
    findings = diagnose(data, analysed(data))
    assert [f.id for f in findings.transitions] == ["T-Z-R"]
    t = findings.transitions[0]
    assert t.evidence["wait_first"] == 8 and t.evidence["wait_last"] == 20
    assert t.evidence["usual_wait_days"] == pytest.approx(3.0)
    assert t.factors["wait"] == 1.0 and t.factors["wait_trend"] > 0
    assert t.factors["low_trust"] == pytest.approx(1.0)  # R's own: 1.5 from three raters
    assert "De overstap van Org Z naar Org R" in t.text["nl"]


def test_stability_is_seeded_and_labels_a_clear_winner_robust() -> None:
    v = pd.DataFrame(
        {"a": [1.0, 0.4, 0.2, 0.0], "b": [0.9, 0.3, 0.2, 0.05]}, index=["W", "X", "Y", "Z"]
    )
    w = {"a": 0.5, "b": 0.5}
    s1 = bn.stability(v, w, draws=300, seed=3)
    s2 = bn.stability(v, w, draws=300, seed=3)
    pd.testing.assert_frame_equal(s1.organisations, s2.organisations)
    assert s1.label == "robust" and s1.organisations.loc["W", "top3_share"] == 1.0
    assert s1.spearman_p05 > 0.8


def test_stability_says_when_the_top_depends_on_the_weighting() -> None:
    # X is all "a", Y all "b", Z and W in between: which two lead depends on the weights
    v = pd.DataFrame(
        {"a": [1.0, 0.0, 0.52, 0.45], "b": [0.0, 1.0, 0.45, 0.52]}, index=["X", "Y", "Z", "W"]
    )
    s = bn.stability(v, {"a": 0.5, "b": 0.5}, draws=500, seed=0, concentration=10.0)
    assert s.label == "depends_on_weighting"
    assert (s.organisations["label"] == "depends_on_weighting").any()


def test_absorption_by_similar_organisations_with_room() -> None:
    services = pd.DataFrame(
        {
            "org_id": ["B", "B2", "B3", "X"],
            "service": ["elv", "elv", "elv", "other"],
            "capacity": [40.0, 50.0, 20.0, 100.0],
            "demand": [40.0, 30.0, 25.0, 10.0],
        }
    )
    services["spare"] = (services["capacity"] - services["demand"]).clip(lower=0)
    out = bn.absorption(services)
    # B's 40 clients: B2 has room for 20, B3 none, X offers another service
    assert out.loc["B", "room_elsewhere"] == 20.0
    assert out.loc["B", "absorbable_share"] == pytest.approx(0.5)


def test_resilience_of_the_route_and_of_a_single_connection() -> None:
    data = one_route()
    a = analysed(data)
    res = bn.resilience(a, ["B", "H2"]).set_index("org_id")
    # B closes intake: every client sent to it loses its route, nobody offers its service
    assert res.loc["B", "inflow"] == 4 * (30 + 25)
    assert res.loc["B", "absorbable_share"] == 0.0
    assert res.loc["B", "flow_risk"] > 0
    # E is tied to the rest only through H2
    assert res.loc["H2", "cut_off"] == ["E"]
    assert bn.cut_off(nx.path_graph(["A", "B", "C"]), "B") == ["A", "C"]


# --- issue 13: unknown is not zero, volume floors, comparable periods, stability ----------

HOMES = tuple(f"V{i}" for i in range(1, 9))


def hospital_and_homes(*, with_capacity: bool) -> object:
    """Eight care homes each send 100 clients a quarter to hospital H (140-155 % if known)."""
    ties = [t for home in HOMES for t in both(home, "H")]
    flows = [flow(home, "H", 100, q) for q in QUARTERS for home in HOMES]
    capacity = []
    if with_capacity:
        capacity = [
            cap("H", "klinisch", q, 600, 600 * u, 40 + 10 * i, 20 + 5 * i, 4)
            for i, (q, u) in enumerate(zip(QUARTERS, (1.40, 1.45, 1.50, 1.55), strict=True))
        ]
    orgs = {"H": "ziekenhuis", **dict.fromkeys(HOMES, "vvt")}
    return region(orgs=orgs, ties=ties, flows=flows, capacity=capacity)


def test_t0_known_pressure_makes_the_hospital_the_only_bottleneck() -> None:
    data = hospital_and_homes(with_capacity=True)
    findings = diagnose(data, analysed(data))
    assert [f.id for f in findings.bottlenecks] == ["B-H"]
    top = findings.bottlenecks[0]
    assert top.evidence["status"] == "held_up" and "houdt de doorstroom" in top.text["nl"]
    assert "pressure_unknown" not in top.confidence.reasons


def test_t0_unknown_pressure_is_not_zero_and_still_listed() -> None:
    data = hospital_and_homes(with_capacity=False)
    findings = diagnose(data, analysed(data))
    # structurally critical, pressure unknown: listed, and it says what to ask for
    assert [f.id for f in findings.bottlenecks] == ["B-H"]
    h = findings.bottlenecks[0]
    assert h.evidence["status"] == "pressure_unknown"
    assert "structureel kritiek" in h.text["nl"] and "druk is onbekend" in h.text["nl"]
    assert "vraag capaciteitsgegevens op" in h.text["nl"]
    assert "structurally critical" in h.text["en"] and "pressure is unknown" in h.text["en"]
    # its confidence says what is missing
    assert h.confidence.level == "low"
    assert {"pressure_unknown", "no_capacity_data"} <= set(h.confidence.reasons)
    # unknown factors are unknown (NaN / null), not 0
    for factor in ("utilisation", "waiting", "trend", "vacancies"):
        assert np.isnan(h.factors[factor]) and np.isnan(h.contributions[factor])
        assert factor in h.evidence["unknown_factors"]
    assert np.isnan(h.scores["pressure"])
    assert h.score == pytest.approx(sum(c for c in h.contributions.values() if not np.isnan(c)))
    scores = findings.organisation_scores
    assert scores.loc["H", "unknown_weight"] == pytest.approx(0.40)
    assert scores.loc["H", "status"] == "pressure_unknown"


def test_t3_a_side_chain_of_single_clients_is_no_bottleneck() -> None:
    """X → Y → Z carries one client a step; Y has 2 places at 150 %. A hub takes 4,000 at 110 %."""
    gps = ("G1", "G2", "G3", "G4")
    flows = [flow(g, "HUB", 1000) for g in gps] + [flow("X", "Y", 1), flow("Y", "Z", 1)]
    capacity = [cap("HUB", "klinisch", "2026", 4000, 4400), cap("Y", "dagbesteding", "2026", 2, 3)]
    orgs = {"HUB": "ziekenhuis", "X": "welzijn", "Y": "welzijn", "Z": "welzijn"}
    orgs |= dict.fromkeys(gps, "huisartsenpraktijk")
    data = region(orgs=orgs, flows=flows, capacity=capacity)
    findings = diagnose(data, analysed(data))
    scores = findings.organisation_scores
    # below the volume floor the flow factors carry no weight: Y is not "on many routes"
    assert scores.loc["Y", "flow_betweenness"] == 0.0
    assert scores.loc["Y", "few_alternatives"] == 0.0
    assert "B-Y" not in {f.id for f in findings.bottlenecks}
    assert scores.loc["HUB", "score"] > scores.loc["Y", "score"]
    # the hub is listed: critical, over capacity, its waits unknown (what to ask for is said)
    hub = findings.by_id("B-HUB")
    assert hub.evidence["status"] == "pressure_unknown"
    assert "wachttijden en wachtlijsten" in hub.text["nl"]
    # with its waits known it is a bottleneck outright
    capacity[0] = cap("HUB", "klinisch", "2026", 4000, 4400, 1200, 45)
    data = region(orgs=orgs, flows=flows, capacity=capacity)
    findings = diagnose(data, analysed(data))
    assert [f.id for f in findings.bottlenecks] == ["B-HUB"]
    assert findings.bottlenecks[0].evidence["status"] == "held_up"
    # the floor never goes below the suppression threshold
    assert DiagnosisParams(suppression_threshold=25).flow_floor == 25


def test_t3_caps_keep_the_largest_hubs_apart() -> None:
    flows = [flow(f"G{i}", "BIG", 300) for i in range(1, 5)]
    flows += [flow(f"G{i}", "MID", 100) for i in range(1, 5)]
    flows += [flow("G1", "SMALL", 40)]
    data = region(flows=flows)
    values = bn.organisation_factors(analysed(data)).values
    assert 0 < values.loc["SMALL", "flow_share"] < values.loc["MID", "flow_share"]
    assert values.loc["MID", "flow_share"] < values.loc["BIG", "flow_share"] < 1.0


def capacity_rows(step: str) -> list[dict[str, object]]:
    """The same organisation over three years, delivered per month or per year."""
    if step == "month":
        return [
            cap("A", "thuiszorg", f"{2024 + m // 12}-{m % 12 + 1:02d}", 100, 130, 10 + (m + 1), 30)
            for m in range(36)
        ]
    return [
        cap("A", "thuiszorg", str(2024 + y), 1200, 1560, 10 + 12 * (y + 1), 30) for y in range(3)
    ]


def transfer_rows(step: str) -> list[dict[str, object]]:
    """Transfers A → B whose wait rises half a day a month, per month or per year."""
    if step == "month":
        return [
            flow("A", "B", 10, f"{2024 + m // 12}-{m % 12 + 1:02d}", wait=10 + 0.5 * m)
            for m in range(36)
        ]
    return [flow("A", "B", 120, str(2024 + y), wait=10 + 0.5 * (12 * y + 5.5)) for y in range(3)]


def test_t5_monthly_and_yearly_deliveries_give_the_same_factors() -> None:
    factors, transfers = {}, {}
    for step in ("month", "year"):
        data = region(
            orgs={"A": "wijkverpleging", "B": "vvt"},
            capacity=capacity_rows(step),
            flows=transfer_rows(step),
        )
        a = analysed(data)
        of = bn.organisation_factors(a)
        factors[step] = of.values.loc["A", ["utilisation", "waiting", "trend"]]
        transfers[step] = bn.transition_factors(a, of).set_index("to_org").loc["B", "wait_trend"]
        # per quarter: 3 more people waiting, on 300 places a quarter
        assert of.raw.loc["A", "waiting_list_slope"] == pytest.approx(3.0)
        assert of.raw.loc["A", "waiting_list_ratio"] == pytest.approx(46 / 300)
    pd.testing.assert_series_equal(factors["month"], factors["year"], check_names=False)
    assert 0 < factors["month"]["waiting"] < 1 and 0 < factors["month"]["trend"] < 1
    assert transfers["month"] == pytest.approx(transfers["year"])
    assert 0 < transfers["month"] < 1


def test_t6_ties_share_their_places_fairly() -> None:
    data = hospital_and_homes(with_capacity=True)
    findings = diagnose(data, analysed(data))
    homes = findings.stability.organisations.loc[list(HOMES)]
    # eight equal homes behind H share the two remaining top-3 places: about 2/8 each (their
    # unknown pressure is drawn anew each time), none "robust", none "never"
    assert homes["top3_share"].tolist() == pytest.approx([0.25] * 8, abs=0.05)
    assert set(homes["label"]) == {"tied"}
    assert homes["rank"].nunique() == 1
    assert findings.stability.top3 == ("H",)


def test_t6_unknown_factors_are_drawn_not_held_at_zero() -> None:
    # U is as critical as X, its pressure is unknown; X's is known and moderate
    v = pd.DataFrame(
        {"position": [1.0, 1.0, 0.2, 0.1], "pressure": [0.15, np.nan, 0.2, 0.1]},
        index=["X", "U", "Y", "Z"],
    )
    s = bn.stability(v, {"position": 0.5, "pressure": 0.5}, draws=400, seed=2, focus=["X"])
    orgs = s.organisations
    assert s.top3[0] == "X" and s.unknown_drawn == 1
    # with the unknown pressure drawn, U is sometimes above X
    assert orgs.loc["U", "rank_p05"] == 1.0 and orgs.loc["X", "rank_p95"] == 2.0
    assert s.label == "robust"  # X stays in the top 3 either way
    # where nobody knows a factor it is drawn from 0 to 1
    alone = v.assign(pressure=np.nan)
    s = bn.stability(alone, {"position": 0.5, "pressure": 0.5}, draws=400, seed=2)
    assert 0.0 < s.organisations.loc["Y", "top3_share"] < 1.0


def test_t6_an_empty_list_is_never_called_robust() -> None:
    data = one_route(overloaded=False)
    findings = diagnose(data, analysed(data))
    assert findings.bottlenecks == ()
    assert findings.stability.label == "nothing_listed"

    # a chain without its middle: A and C lose each other, neither is "the rest"
    assert bn.cut_off(nx.path_graph(["A", "B", "C"]), "B") == ["A", "C"]


def test_the_utilisation_reason_names_a_service_only_when_there_is_one() -> None:
    from scan.diagnosis.findings import _why
    from scan.diagnosis.sentences import render

    for service, nl in (
        (pd.NA, "er is meer vraag dan plek (130% van de capaciteit)"),
        ("", "er is meer vraag dan plek (130% van de capaciteit)"),
        ("wijk", "er is meer vraag dan plek (wijk: 130% van de capaciteit)"),
    ):
        raw = pd.Series({"worst_service": service, "utilisation_max": 1.3, "demand": 130})
        assert render(_why("utilisation", raw, 5), "nl", {}, sentence=False) == nl


def test_monitor_stores_the_waits_the_diagnosis_reads() -> None:
    # Z → R: 30 clients waiting 10 days, then 10 waiting 30: (300 + 300) / 40 = 15
    from scan.followup.rounds import monitor

    flows = [flow("Z", "R", 30, QUARTERS[0], wait=10), flow("Z", "R", 10, QUARTERS[1], wait=30)]
    flows += [flow("Z", "S", 20, QUARTERS[0])]  # no wait delivered: unknown, not 0
    data = region(orgs={"Z": "ziekenhuis", "R": "vvt", "S": "vvt"}, flows=flows)
    a = analysed(data)
    stored = monitor(data, a, threshold=5)["transitions"]
    assert stored == [
        {"from_org": "Z", "to_org": "R", "wait_days": 15.0, "clients": 40},
        {"from_org": "Z", "to_org": "S", "wait_days": None, "clients": 20},
    ]
    tf = bn.transition_factors(a).set_index(["from_org", "to_org"])
    assert tf.loc[("Z", "R"), "wait_days"] == 15.0 and np.isnan(tf.loc[("Z", "S"), "wait_days"])
