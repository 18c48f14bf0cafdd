"""Segments: seeded k-means on the standardised profile, k by silhouette, words for each."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from scan.analysis import segments as seg

#: Three clear groups: front-runners, overloaded hubs, a periphery not yet ready.
#: Per group: degree, betweenness, utilisation, wait, readiness.
GROUPS = [(0.8, 0.30, 0.70, 10, 4.4), (0.7, 0.35, 1.40, 80, 3.4), (0.1, 0.00, 0.95, 30, 2.4)]


def _profile(seed: int = 0, groups: list[tuple[float, ...]] = GROUPS) -> pd.DataFrame:
    """Six organisations around each group's centre, a little noise."""
    rng = np.random.default_rng(seed)
    rows, ids = [], []
    for g, centre in enumerate(groups):
        for i in range(6):
            noise = rng.normal(0, 0.02, size=5) * np.array([1, 1, 1, 50, 5])
            rows.append(np.array(centre) + noise)
            ids.append(f"G{g}_{i}")
    cols = ["degree_centrality", "betweenness", "utilisation", "wait_days", "readiness"]
    return pd.DataFrame(rows, columns=cols, index=pd.Index(ids, name="org_id"))


def test_segments_are_deterministic_with_the_same_seed() -> None:
    p = _profile()
    a = seg.segment(p, seed=42)
    b = seg.segment(p, seed=42)
    pd.testing.assert_frame_equal(a.assignments, b.assignments)
    pd.testing.assert_frame_equal(a.segments, b.segments)
    pd.testing.assert_frame_equal(a.silhouette, b.silhouette)


def test_k_by_silhouette_recovers_the_groups_with_labels() -> None:
    s = seg.segment(_profile(), seed=0, k_range=(2, 6))
    assert s.k == 3
    assert s.silhouette["k"].tolist() == [2, 3, 4, 5, 6]
    assert s.silhouette.set_index("k")["silhouette"].idxmax() == 3
    by_org = s.assignments["label"]
    assert set(by_org[by_org.index.str.startswith("G0")]) == {"front_runners"}
    assert set(by_org[by_org.index.str.startswith("G1")]) == {"overloaded_hubs"}
    assert set(by_org[by_org.index.str.startswith("G2")]) == {"to_bring_along"}
    front = s.segments.set_index("label").loc["front_runners"]
    assert front["label_nl"] == "voorlopers" and front["label_en"] == "front-runners"
    assert "ready to collaborate" in front["description_en"]
    assert "weinig druk" in front["description_nl"]
    assert s.segments["size"].tolist() == [6, 6, 6]
    assert s.segments["segment"].tolist() == [1, 2, 3]


def test_missing_values_are_imputed_and_reported() -> None:
    p = _profile()
    p.loc["G0_0", "readiness"] = np.nan
    p.loc["G1_1", "wait_days"] = np.nan
    p["unknown_feature"] = 1.0
    p["betweenness"] = np.nan  # nobody has it: dropped
    s = seg.segment(p, seed=0)
    assert "betweenness" in s.dropped
    assert "betweenness" not in s.features
    imp = s.imputed.set_index("feature")
    assert imp.loc["readiness", "missing"] == 1
    assert imp.loc["readiness", "value"] == pytest.approx(p["readiness"].median())
    assert imp.loc["utilisation", "missing"] == 0
    assert "G0_0" in s.assignments.index


def test_organisation_without_any_feature_is_excluded() -> None:
    p = _profile()
    p.loc["G2_5"] = np.nan
    s = seg.segment(p, seed=0)
    assert s.excluded == ("G2_5",)
    assert "G2_5" not in s.assignments.index


def test_too_few_organisations_gives_one_segment() -> None:
    p = _profile().iloc[:2]
    s = seg.segment(p, seed=0)
    assert s.k == 1
    assert s.assignments["segment"].tolist() == [1, 1]
    assert len(s.silhouette) == 0


def test_labels_and_words() -> None:
    assert seg.label_for(0.0, 0.0, 0.0) == "middle"
    assert seg.label_for(-1.0, 0.0, 0.0) == "periphery"
    assert seg.label_for(-1.0, 1.0, 0.0) == "under_pressure"
    assert seg.label_for(0.6, float("nan"), 0.9) == "front_runners"
    assert seg.describe({"position": -1.0, "pressure": float("nan"), "readiness": 0.0}) == (
        "aan de rand van het netwerk, deels klaar"
    )


def test_feature_missing_for_most_organisations_is_dropped() -> None:
    p = _profile()
    p.loc[p.index[:10], "utilisation"] = np.nan  # 10 of 18 missing
    s = seg.segment(p, seed=0, max_missing=0.5)
    assert "utilisation" in s.dropped
    assert "wait_days" in s.features
    kept = seg.segment(p, seed=0, max_missing=0.6)
    assert "utilisation" in kept.features
    assert kept.imputed.set_index("feature").loc["utilisation", "missing"] == 10


def test_segment_table_has_group_scores_and_raw_means() -> None:
    s = seg.segment(_profile(), seed=0)
    front = s.segments.set_index("label").loc["front_runners"]
    assert front["readiness"] == pytest.approx(4.4, abs=0.1)  # raw mean on the 1-5 scale
    assert front["readiness_score"] > 0.5  # standardised: high
    assert front["pressure_score"] < -0.5


def test_two_segments_never_share_a_name() -> None:
    # two kinds of front-runner: the well-connected and the very ready. Both are
    # "voorlopers"; their names say what differs: position, where they differ most.
    groups = [(0.9, 0.40, 0.70, 10, 3.6), (0.5, 0.05, 0.70, 10, 4.6), (0.1, 0.0, 1.0, 40, 2.4)]
    s = seg.segment(_profile(groups=groups))
    assert s.segments["label"].tolist()[:2] == ["front_runners", "front_runners"]
    assert s.segments["label_nl"].is_unique and s.segments["label_en"].is_unique
    assert s.segments["label_nl"].tolist()[:2] == [
        "voorlopers: centraler",
        "voorlopers: minder centraal",
    ]
    central = s.assignments.loc["G0_0", "segment"]
    assert s.segments.set_index("segment").loc[central, "label_en"] == "front-runners: more central"


def test_three_alike_segments_are_most_in_between_and_least() -> None:
    s = pd.DataFrame(
        {
            "label": ["middle"] * 3,
            "label_nl": ["middenveld"] * 3,
            "label_en": ["middle group"] * 3,
            "position_score": [0.1, 0.0, -0.1],
            "pressure_score": [0.4, -0.4, 0.0],
            "readiness_score": [0.0, 0.1, 0.2],
        }
    )
    assert seg.distinct_labels(s)["label_en"].tolist() == [
        "middle group: most pressure",
        "middle group: least pressure",
        "middle group: in between",
    ]
