"""Quick wins: each rule on a tiny region where the answer is obvious, and the scoring."""

from __future__ import annotations

import pytest

from scan.diagnosis import quickwins as qw
from scan.diagnosis.evidence import Count
from scan.diagnosis.findings import diagnose
from tests.diagnosis_builders import analysed, both, cap, flow, region, respondents, tie


def ids(data: object) -> list[str]:
    return [q.id for q in qw.quick_wins(data, analysed(data))]  # type: ignore[arg-type]


def shared_flow_region(frequency: str | None) -> object:
    """A and B exchange many clients; they tie to C, and to each other only when ``frequency``."""
    ties = [*both("A", "C"), *both("B", "C")]
    if frequency is not None:
        ties += both("A", "B", frequency=frequency)
    flows = [flow("A", "B", 60), flow("B", "A", 40), flow("A", "C", 5), flow("C", "B", 5)]
    return region(orgs={"A": "ggz", "B": "wijkverpleging", "C": "gemeente"}, ties=ties, flows=flows)


def test_heavy_shared_flow_without_a_tie_is_a_missing_link() -> None:
    data = shared_flow_region(None)
    wins = qw.quick_wins(data, analysed(data))
    link = next(q for q in wins if q.id == "QW-missing_link-A-B")
    assert link.colour == "green"
    assert link.candidate.evidence["clients_a_to_b"] == Count(60)
    assert link.candidate.evidence["clients_b_to_a"] == Count(40)
    assert link.candidate.evidence["tie"] == "none"
    assert link.impact == pytest.approx(1.0)  # 100 clients: the cap


def test_a_yearly_tie_is_weak_and_a_weekly_one_is_a_working_relation() -> None:
    weak = qw.quick_wins(shared_flow_region("yearly"), analysed(shared_flow_region("yearly")))
    assert [q.candidate.evidence["tie"] for q in weak if q.kind == "missing_link"] == ["weak"]
    assert "QW-missing_link-A-B" not in ids(shared_flow_region("weekly"))


def test_a_one_sided_tie_is_an_asymmetric_tie_to_talk_through() -> None:
    # A names B daily and trusts it fully; B answered the survey (it names C) but not A
    ties = [tie("A", "B", "daily", 4.0, 4.0), *both("B", "C"), *both("A", "C")]
    data = region(
        orgs={"A": "huisartsenpost", "B": "ziekenhuis", "C": "gemeente"},
        ties=ties,
        flows=[flow("A", "B", 80), flow("A", "C", 5)],
    )
    wins = qw.quick_wins(data, analysed(data))
    asym = [q for q in wins if q.kind == "asymmetric_tie"]
    assert [q.id for q in asym] == ["QW-asymmetric_tie-A-B"]
    ev = asym[0].candidate.evidence
    assert ev["reason"] == "not_named_back" and ev["frequency_a_to_b"] == "daily"
    assert asym[0].colour == "yellow"


def test_no_asymmetric_tie_when_the_partner_did_not_answer() -> None:
    # B never answered: that it does not name A is unknown, not a finding
    data = region(
        orgs={"A": "huisartsenpost", "B": "ziekenhuis", "C": "gemeente"},
        ties=[tie("A", "B", "daily", 4.0, 4.0), *both("A", "C")],
        flows=[flow("A", "B", 80)],
    )
    assert not [i for i in ids(data) if i.startswith("QW-asymmetric_tie")]


def test_valuing_a_hospital_more_is_no_one_sided_tie() -> None:
    # T8: hospital and care home name each other weekly and trust each other alike; the
    # care home rates the hospital's power, involvement and resources 4, the hospital
    # rates the care home's 2. A difference in position, not in the relation.
    ties = [
        tie("VVT", "ZH", "weekly", trust=3.0, value=4.0),
        tie("ZH", "VVT", "weekly", trust=3.0, value=2.0),
        *both("VVT", "GEM"),
        *both("ZH", "GEM"),
    ]
    data = region(
        orgs={"VVT": "vvt", "ZH": "ziekenhuis", "GEM": "gemeente"},
        ties=ties,
        flows=[flow("ZH", "VVT", 60), flow("VVT", "ZH", 10)],
    )
    a = analysed(data)
    assert a.network.asymmetric_ties.empty
    assert a.network.value_gaps[["org_a", "org_b", "value_gap"]].values.tolist() == [
        ["ZH", "VVT", 2.0]
    ]
    assert not [i for i in ids(data) if i.startswith("QW-asymmetric_tie")]


def test_frequency_one_sided_is_an_asymmetric_tie_and_trust_one_sided_is_not_shown() -> None:
    # the relation itself seen differently: far less often is a quick win; far less trust back
    # is one partner's rating against the other's (two raters): for the adviser only
    ties = [
        tie("A", "B", "weekly", trust=4.0, value=4.0),
        tie("B", "A", "weekly", trust=2.0, value=4.0),
        tie("A", "C", "daily", trust=3.0, value=4.0),
        tie("C", "A", "quarterly", trust=3.0, value=4.0),
        *both("B", "C"),
    ]
    data = region(orgs={"A": "vvt", "B": "ziekenhuis", "C": "gemeente"}, ties=ties)
    wins = {q.id: q for q in qw.quick_wins(data, analysed(data)) if q.kind == "asymmetric_tie"}
    reasons = {
        (r.org_a, r.org_b): r.reason for r in analysed(data).network.asymmetric_ties.itertuples()
    }
    assert reasons[("A", "B")] == "rated_lower"  # the analysis sees it
    assert set(wins) == {"QW-asymmetric_tie-A-C"}
    less = wins["QW-asymmetric_tie-A-C"]
    assert less.candidate.evidence["reason"] == "less_often"
    assert ("moderate", "frequency_reported_differently") in less.issues


def test_one_sided_ties_of_one_organisation_are_one_finding() -> None:
    # P1 names six practices as close partners; five of them (who all answered) do not
    # name it back. One conversation, and it outweighs a single one-sided pair (X -> Y).
    practices = [f"HA{i}" for i in range(1, 7)]
    ties = [tie("P1", h, "weekly", trust=4.0, value=4.0) for h in practices]
    ties += [tie("HA1", "P1", "weekly", trust=4.0)]
    ties += [t for h in practices[1:] for t in both(h, "GEM", frequency="monthly")]
    ties += [tie("X", "Y", "weekly", trust=4.0, value=4.0)]
    ties += [t for o in ("X", "Y") for t in both(o, "GEM", frequency="monthly")]
    orgs = {o: "huisartsenpraktijk" for o in practices} | {
        "P1": "huisartsenpost",
        "X": "vvt",
        "Y": "ziekenhuis",
        "GEM": "gemeente",
    }
    data = region(orgs=orgs, ties=ties)
    findings = diagnose(data, analysed(data))
    asym = [f for f in findings.quick_wins if f.kind == "asymmetric_tie"]
    assert [f.id for f in asym] == ["QW-asymmetric_tie-P1-HA2", "QW-asymmetric_tie-X-Y"]
    group = asym[0]
    assert group.evidence["others_a_relies_on"] == ["HA3", "HA4", "HA5", "HA6"]
    assert group.evidence["partners_named_by_a"] == 6
    assert group.text["nl"].startswith(
        "Org P1 noemt 6 organisaties als partner, maar 5 daarvan noemen Org P1 niet terug "
        "(Org HA2, Org HA3, Org HA4, Org HA5 en Org HA6)"
    )
    assert group.scores["impact"] > asym[1].scores["impact"]


def test_overloaded_next_to_room_in_the_same_service_is_capacity_to_pool() -> None:
    capacity = [
        cap("W1", "wijkverpleging", "2026-Q4", 100, 130),
        cap("W2", "wijkverpleging", "2026-Q4", 100, 70),
        cap("W3", "huishoudelijke hulp", "2026-Q4", 100, 50),
    ]
    data = region(
        orgs={"W1": "wijkverpleging", "W2": "wijkverpleging", "W3": "welzijn"},
        ties=[*both("W1", "W2"), *both("W2", "W3")],
        capacity=capacity,
    )
    pools = [q for q in qw.quick_wins(data, analysed(data)) if q.kind == "capacity_pool"]
    assert [q.id for q in pools] == ["QW-capacity_pool-W1-W2-wijkverpleging"]
    ev = pools[0].candidate.evidence
    assert ev["excess_a"] == Count(30) and ev["room_b"] == Count(30) and ev["movable"] == Count(30)
    assert pools[0].contract == 0.5 and pools[0].colour == "blue"


def front_runner_region(ready: float) -> object:
    hubs = ("F1", "F2")
    others = ("O1", "O2", "O3", "O4", "O5", "O6")
    ties = [t for h in hubs for o in others for t in both(h, o)] + both("F1", "F2")
    survey = []
    for o in (*hubs, *others):
        score = ready if o in hubs else 3.0
        survey += respondents(o, "bestuur", score, 3) + respondents(o, "uitvoering", score, 3)
    return region(orgs=dict.fromkeys((*hubs, *others), "other"), ties=ties, survey=survey)


def test_central_ready_organisations_are_front_runners() -> None:
    data = front_runner_region(4.6)
    wins = qw.quick_wins(data, analysed(data))
    fr = [q for q in wins if q.kind == "front_runners"]
    assert [q.id for q in fr] == ["QW-front_runners-F1-F2"]
    assert fr[0].impact == pytest.approx(1.0)  # together they reach everyone
    assert "QW-front_runners-F1-F2" not in ids(front_runner_region(3.5))


def test_tables_with_the_same_members_are_to_merge() -> None:
    rows = []
    for name, members in (
        ("Ouderen overleg", ("A", "B", "C", "D")),
        ("Netwerk ouderen", ("A", "B", "C", "D", "E")),
        ("Preventie", ("A", "F")),
    ):
        rows += [
            {"initiative": name, "org_id": m, "role": "lead" if m == members[0] else "participant"}
            for m in members
        ]
    data = region(orgs=dict.fromkeys("ABCDEF", "other"), initiatives=rows)
    merge = [q for q in qw.quick_wins(data, analysed(data)) if q.kind == "tables_to_merge"]
    assert [q.id for q in merge] == ["QW-tables_to_merge-netwerk-ouderen--ouderen-overleg"]
    assert merge[0].candidate.evidence["jaccard"] == pytest.approx(0.8)


def gap_region(board: float, floor: float, n: int) -> object:
    """Board and work floor agree on everything but trust (``board`` against ``floor``)."""
    survey = []
    for org in ("A", "B"):
        for layer, trust in (("bestuur", board), ("uitvoering", floor)):
            rows = respondents(org, layer, 3.0, n, 0 if layer == "bestuur" else 100)
            for i, row in enumerate(rows):
                # a little spread so the bootstrap interval is an interval
                row["trust_1"] = trust + (0.5 if i % 2 else -0.5)
            survey += rows
    return region(orgs={"A": "other", "B": "other"}, survey=survey)


def test_a_clear_perception_gap_goes_on_the_agenda() -> None:
    wins = qw.quick_wins(gap_region(4.5, 2.5, 4), analysed(gap_region(4.5, 2.5, 4)))
    gaps = [q for q in wins if q.kind == "perception_gap"]
    assert [q.id for q in gaps] == ["QW-perception_gap-trust-bestuur-uitvoering"]
    ev = gaps[0].candidate.evidence
    assert ev["ci_low"] > 0 and ev["gap"] == pytest.approx(2.0)
    assert ev["respondents_a"] == Count(8) and gaps[0].colour == "green"


def test_no_perception_gap_when_small_or_uncertain_or_too_few_people() -> None:
    assert not [i for i in ids(gap_region(3.2, 3.0, 4)) if "perception_gap" in i]
    # two people per layer and organisation: 4 per layer, below the threshold of 5
    data = gap_region(4.5, 2.5, 2)
    assert not [
        q
        for q in qw.quick_wins(data, analysed(data), suppression_threshold=5)
        if q.kind == "perception_gap"
    ]


def test_scores_and_sentences_of_every_quick_win() -> None:
    data = shared_flow_region(None)
    findings = diagnose(data, analysed(data))
    assert findings.quick_wins
    priorities = []
    for f in findings.quick_wins:
        assert f.colour in qw.COLOURS_ALL
        assert set(f.text) == {"nl", "en"} and all(t.endswith(".") for t in f.text.values())
        assert sum(f.contributions.values()) == pytest.approx(f.score)
        assert 0.0 <= f.scores["effort"] <= 1.0 and 0.0 <= f.scores["impact"] <= 1.0
        priorities.append(f.score)
    assert [f.rank for f in findings.quick_wins] == list(range(1, len(priorities) + 1))
    link = findings.by_id("QW-missing_link-A-B")
    assert link.text["nl"].startswith("Org A en Org B hebben samen veel cliënten (100)")
    assert link.text["en"].startswith("Org A and Org B share many clients (100)")


def test_capacity_to_pool_without_a_service_is_worded_without_one() -> None:
    capacity = [cap("W1", "", "2026-Q4", 100, 130), cap("W2", "", "2026-Q4", 100, 70)]
    data = region(
        orgs={"W1": "wijkverpleging", "W2": "wijkverpleging"},
        ties=both("W1", "W2"),
        capacity=capacity,
    )
    findings = diagnose(data, analysed(data))
    pools = [q for q in findings.quick_wins if q.kind == "capacity_pool"]
    assert [q.text["nl"] for q in pools] == [
        "Org W1 heeft te weinig plek en Org W2 heeft voor dezelfde zorg nog ruimte (30 plekken): "
        "spreek af dat cliënten bij Org W2 terechtkunnen."
    ]
    assert "for  and" not in pools[0].text["en"] and "places and Org W2" in pools[0].text["en"]
    reasons = [b.text["nl"] for b in findings.bottlenecks]
    assert all("(: " not in r and "voor  " not in r for r in reasons)
