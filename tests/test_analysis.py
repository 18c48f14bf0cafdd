"""analyse(): every family on a small hand-made region, and graceful skipping."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest

from scan import config
from scan.analysis.analyse import Analysis, AnalysisParams, analyse
from scan.data.model import ScanData
from scan.pipeline import ScanParams
from tests.analysis_builders import scan_data

ORGS = ["HA01", "HA02", "ZH01", "VVT1", "WV01", "GEM1"]
TYPES = {
    "HA01": "huisartsenpraktijk",
    "HA02": "huisartsenpraktijk",
    "ZH01": "ziekenhuis",
    "VVT1": "vvt",
    "WV01": "wijkverpleging",
    "GEM1": "gemeente",
}


def _region(with_episodes: bool = True, with_flows: bool = True) -> ScanData:
    ties = [
        ("HA01", "ZH01", "weekly"),
        ("HA01", "WV01", "daily"),
        ("HA02", "ZH01", "monthly"),
        ("ZH01", "HA01", "weekly"),
        ("ZH01", "VVT1", "weekly"),
        ("VVT1", "ZH01", "monthly"),
        ("WV01", "HA01", "daily"),
        ("WV01", "GEM1", "quarterly"),
    ]
    flows = [
        ("HA01", "ZH01", "2026-Q1", 40),
        ("HA02", "ZH01", "2026-Q1", 20),
        ("ZH01", "VVT1", "2026-Q1", 30),
        ("ZH01", "WV01", "2026-Q1", 15),
        ("VVT1", "WV01", "2026-Q1", 10),
    ]
    episodes = [
        ("c1", "HA01", "2026-01-01", "2026-01-05"),
        ("c1", "ZH01", "2026-01-06", "2026-01-20"),
        ("c1", "VVT1", "2026-01-21", None),
        ("c2", "HA02", "2026-01-01", "2026-01-02"),
        ("c2", "ZH01", "2026-01-03", "2026-01-10"),
        ("c2", "WV01", "2026-01-12", None),
    ]
    capacity = [
        ("ZH01", "2026-Q1", "opname", 100, 120, 30, 40, 3.0),
        ("ZH01", "2026-Q2", "opname", 100, 130, 45, 50, 4.0),
        ("VVT1", "2026-Q1", "verpleeghuis", 50, 60, 20, 90, 6.0),
        ("VVT1", "2026-Q2", "verpleeghuis", 50, 65, 25, 100, 6.0),
        ("WV01", "2026-Q2", "wijkzorg", 80, 60, 0, 5, 1.0),
    ]
    cap_cols = [
        "org_id",
        "period",
        "service",
        "capacity",
        "demand",
        "waiting_list",
        "wait_days",
        "vacancies_fte",
    ]
    survey = []
    for i, (org, layer, score) in enumerate(
        [
            ("HA01", "bestuur", 4.5),
            ("HA01", "uitvoering", 3.0),
            ("ZH01", "bestuur", 4.0),
            ("ZH01", "management", 3.5),
            ("ZH01", "uitvoering", 2.0),
            ("VVT1", "bestuur", 4.0),
            ("VVT1", "uitvoering", 2.5),
            ("WV01", "uitvoering", 4.5),
        ]
    ):
        survey.append(
            {
                "respondent_id": f"r{i}",
                "org_id": org,
                "layer": layer,
                "trust_1": score,
                "ambition_1": score,
                "governance_1": score - 0.5,
                "remarks": "vertrouwelijk",
            }
        )
    initiatives = (
        [
            {
                "initiative": "Transferpunt",
                "org_id": o,
                "development_line": "ouderenzorg",
                "role": "lead" if o == "ZH01" else "participant",
            }
            for o in ("ZH01", "VVT1", "WV01")
        ]
        + [
            {"initiative": "Ketenzorg", "org_id": o, "development_line": "ouderenzorg"}
            for o in ("ZH01", "VVT1", "WV01", "HA01")
        ]
        + [{"initiative": "Preventie", "org_id": "GEM1", "development_line": "preventie"}]
    )
    return scan_data(
        ties=[{"respondent_org": a, "partner_org": b, "frequency": f} for a, b, f in ties],
        flows=(
            [{"from_org": a, "to_org": b, "period": p, "clients": c} for a, b, p, c in flows]
            if with_flows
            else None
        ),
        episodes=(
            [
                {"client_key": c, "org_id": o, "start_date": s, "end_date": e}
                for c, o, s, e in episodes
            ]
            if with_episodes
            else None
        ),
        capacity=[dict(zip(cap_cols, r, strict=True)) for r in capacity],
        survey=survey,
        initiatives=initiatives,
        extra_orgs=ORGS,
        types=TYPES,
    )


@pytest.fixture(scope="module")
def full() -> Analysis:
    return analyse(_region(), AnalysisParams(seed=3, n_boot=200))


def test_analyse_full_region(full: Analysis) -> None:
    a = full
    assert isinstance(a, Analysis)
    assert a.skipped == {}
    assert a.network is not None and a.dependencies is not None
    assert a.capacity is not None and a.readiness is not None and a.governance is not None
    assert a.segments is not None
    # network
    assert a.network.scores["respondents"] == 5
    assert a.network.scores["response_rate"] == pytest.approx(5 / 6)
    assert a.network.scores["confidence"] == "high"
    assert set(a.network.organisations.index) == set(ORGS)
    # dependencies from delivered flows; shared clients from episodes
    assert a.dependencies.source == "flows"
    assert a.dependencies.shares.set_index(["from_org", "to_org"]).loc[
        ("ZH01", "VVT1"), "share_of_outflow"
    ] == pytest.approx(30 / 45)
    # one shared client per pair: below the 9 a pair needs (AnalysisParams.shared_min_clients)
    assert a.dependencies.shared_clients is not None
    assert len(a.dependencies.shared_clients) == 0
    assert a.dependencies.observed_chains is not None
    # capacity
    assert a.capacity.organisations.loc["ZH01", "utilisation"] == pytest.approx(1.3)
    assert a.capacity.organisations.loc["ZH01", "utilisation_slope"] == pytest.approx(0.1)
    assert "verpleeghuis" in set(a.capacity.by_service["service"])
    # readiness and gaps
    region = a.readiness.region.set_index("dimension")
    assert region.loc["trust", "n_respondents"] == 8
    assert set(a.readiness.gaps["layer_a"]) <= {"bestuur", "management"}
    # governance
    assert a.governance.lines_without_lead["development_line"].tolist() == ["preventie"]
    assert a.governance.merge_candidates.loc[0, "jaccard"] == pytest.approx(3 / 4)
    # the combined profile: one row per organisation, figures of every family
    prof = a.organisations
    assert prof.index.tolist() == sorted(ORGS)
    for col in (
        "betweenness",
        "trust_received",
        "flow_betweenness",
        "pass_through",
        "utilisation",
        "readiness",
        "readiness_respondents",
        "initiatives",
        "segment",
        "segment_label",
    ):
        assert col in prof.columns, col
    assert prof.loc["ZH01", "flow_betweenness"] > 0
    assert prof.loc["GEM1", "readiness_respondents"] == 0
    assert prof["segment"].notna().all()


def test_analyse_is_deterministic_and_pure(full: Analysis) -> None:
    data = _region()
    before = {
        f.name: getattr(data, f.name).copy()
        for f in dataclasses.fields(data)
        if isinstance(getattr(data, f.name), pd.DataFrame)
    }
    p = AnalysisParams(seed=3, n_boot=200)
    a = full
    b = analyse(data, p)
    pd.testing.assert_frame_equal(a.organisations, b.organisations)
    assert a.readiness is not None and b.readiness is not None
    pd.testing.assert_frame_equal(a.readiness.gaps, b.readiness.gaps)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(data, name), frame)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.params = p  # type: ignore[misc]


def test_dependencies_from_episodes_when_no_flows() -> None:
    a = analyse(_region(with_flows=False), AnalysisParams(n_boot=100))
    assert a.dependencies is not None
    assert a.dependencies.source == "episodes"
    flows = a.dependencies.flows
    assert set(flows["flow_type"]) == {"transition"}
    s = a.dependencies.shares.set_index(["from_org", "to_org"])
    assert s.loc[("ZH01", "VVT1"), "share_of_outflow"] == pytest.approx(0.5)
    assert bool(a.dependencies.organisations["pass_through_observed"].fillna(False).any())
    assert a.dependencies.organisations.loc["ZH01", "pass_through"] == 2


def test_missing_tables_are_skipped_gracefully() -> None:
    a = analyse(_region(with_flows=False, with_episodes=False), AnalysisParams(n_boot=100))
    assert a.dependencies is None
    assert "dependencies" in a.skipped
    assert "flow_betweenness" not in a.organisations.columns
    only_orgs = scan_data(extra_orgs=["A", "B"])
    b = analyse(only_orgs)
    assert b.network is None and b.capacity is None and b.readiness is None
    assert set(b.skipped) == {
        "network",
        "dependencies",
        "capacity",
        "readiness",
        "governance",
        "segments",
    }
    assert b.organisations.index.tolist() == ["A", "B"]


def test_params_are_passed_on(full: Analysis) -> None:
    assert full.params.max_tables == 5
    assert not full.organisations["too_many_tables"].any()
    data = _region(with_flows=False, with_episodes=False)
    loose = analyse(data, AnalysisParams(max_tables=1, n_boot=10, k_range=(2, 2)))
    assert bool(loose.organisations.loc["ZH01", "too_many_tables"])
    assert loose.segments is not None and loose.segments.k == 2
    assert AnalysisParams().as_dict()["seed"] == config.SEED == ScanParams().seed


def test_segments_skipped_without_usable_features() -> None:
    data = scan_data(
        capacity=[{"org_id": "A", "period": "2026", "capacity": 10, "demand": 5}],
        extra_orgs=["B", "C", "D"],
    )
    a = analyse(data)
    assert a.segments is not None and a.segments.k == 0
    assert "utilisation" in a.segments.dropped
    assert "segments" in a.skipped
    assert "segment" not in a.organisations.columns


def _rated_region() -> ScanData:
    """ZH01 rated by one partner (3.0), HA01 by three; ZH01's survey answered by one person."""
    rating = {"trust_reliable": 3, "trust_mission": 3, "trust_open": 3, "value_power": 2}
    ties = [
        {"respondent_org": "HA01", "partner_org": "ZH01", "frequency": "weekly", **rating},
        {"respondent_org": "ZH01", "partner_org": "HA01", "frequency": "weekly", **rating},
        {"respondent_org": "VVT1", "partner_org": "HA01", "frequency": "monthly", **rating},
        {"respondent_org": "WV01", "partner_org": "HA01", "frequency": "daily", **rating},
    ]
    survey = [
        {"respondent_id": f"r{i}", "org_id": org, "layer": "bestuur", "trust_1": s, "ambition_1": s}
        for i, (org, s) in enumerate(
            [("ZH01", 1.5), ("HA01", 4.0), ("HA01", 4.5), ("HA01", 3.5), ("VVT1", 2.0)]
        )
    ]
    return scan_data(ties=ties, survey=survey, extra_orgs=ORGS, types=TYPES)


def test_no_rating_or_readiness_rests_on_fewer_than_three() -> None:
    a = analyse(_rated_region(), AnalysisParams(seed=3, n_boot=50))
    assert a.network is not None and a.readiness is not None
    orgs = a.network.organisations
    # ZH01's one partner's rating is not its "trust received"; HA01's three are
    assert orgs.at["ZH01", "trust_raters"] == 1 and pd.isna(orgs.at["ZH01", "trust_received"])
    assert orgs.at["HA01", "trust_raters"] == 3 and orgs.at["HA01", "trust_received"] == 3.0
    assert pd.isna(a.organisations.at["ZH01", "trust_received"])
    assert pd.isna(a.organisations.at["ZH01", "value_received"])
    # the region's mean rests on four raters: shown
    assert a.network.scores["mean_trust"] == pytest.approx(3.0)
    # one respondent of ZH01 ("not yet ready", 1.5) is no judgement about ZH01
    by_org = a.readiness.by_organisation.set_index(["org_id", "dimension"])
    assert pd.isna(by_org.at[("ZH01", "overall"), "score"])
    assert pd.isna(by_org.at[("ZH01", "overall"), "band"])
    assert by_org.at[("ZH01", "overall"), "n_respondents"] == 1
    assert by_org.at[("HA01", "overall"), "score"] == pytest.approx(4.0)
    assert pd.isna(a.organisations.at["ZH01", "readiness"])
    assert a.organisations.at["HA01", "readiness"] == pytest.approx(4.0)
    layers = a.readiness.by_organisation_layer
    assert layers.loc[layers["org_id"] == "ZH01", "score"].isna().all()


def test_min_raters_can_be_raised_never_lowered_below_three() -> None:
    data = _rated_region()
    lowered = analyse(data, AnalysisParams(seed=3, n_boot=50, min_raters=1))
    assert lowered.network is not None
    assert pd.isna(lowered.network.organisations.at["ZH01", "trust_received"])
    raised = analyse(data, AnalysisParams(seed=3, n_boot=50, min_raters=4))
    assert raised.network is not None
    assert pd.isna(raised.network.organisations.at["HA01", "trust_received"])
    assert pd.isna(raised.organisations.at["HA01", "readiness"])
    # four raters in the region: the mean is still shown at 4, not at 5
    assert raised.network.scores["mean_trust"] == pytest.approx(3.0)
    fewer = analyse(data, AnalysisParams(seed=3, n_boot=50, min_raters=5))
    assert fewer.network is not None and math.isnan(float(fewer.network.scores["mean_trust"]))
