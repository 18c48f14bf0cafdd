"""Stability over the data (issue 13, T6): respondents and client counts resampled.

Tiny hand-made regions whose right answer is plain: a finding that rests on
one respondent's own ties is not robust; a hub that many partners name is.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pytest

from scan.config import SEED
from scan.data.model import ScanData
from scan.diagnosis import bottlenecks as bn
from scan.diagnosis import resampling as rs
from scan.diagnosis.findings import DiagnosisParams, diagnose
from tests.diagnosis_builders import analysed, both, flow, region, tie

#: Only these two factors: nothing unknown, so the data alone can move the ranking.
WEIGHTS = {"articulation_point": 0.75, "flow_share": 0.25}
#: Three organisations with equal, large flows among them: steady scores above 0.
FLOWS = [flow("B", "C", 100), flow("C", "D", 100), flow("D", "B", 100)]


def _stability(
    data: ScanData, focus: list[str], *, resample: bool = True, draws: int = 400
) -> bn.Stability:
    a = analysed(data)
    of = bn.organisation_factors(a, data.organisations)
    X = rs.resampled_factors(a, of, draws=draws, seed=SEED) if resample else None
    return bn.stability(of.values, WEIGHTS, draws=draws, seed=SEED, focus=focus, resampled=X)


def single_respondent_region() -> ScanData:
    """S alone names P1-P3 (who did not answer): S holds them to the network on its own word."""
    core = ["S", "A", "B", "C", "D", "E"]
    ties = [t for u, v in itertools.combinations(core, 2) for t in both(u, v)]
    ties += [tie("S", p) for p in ("P1", "P2", "P3")]
    return region(ties=ties, flows=FLOWS)


def hub_region() -> ScanData:
    """H works with six partners who all name it back; they do not know each other."""
    ties = [t for leaf in ("L1", "L2", "L3", "L4", "L5", "L6") for t in both("H", leaf)]
    return region(ties=ties, flows=FLOWS)


def test_a_finding_on_one_respondents_ties_is_not_robust() -> None:
    data = single_respondent_region()
    of = bn.organisation_factors(analysed(data), data.organisations)
    assert of.values.loc["S", "articulation_point"] == 1.0  # as delivered: S holds P1-P3
    weights_only = _stability(data, ["S"], resample=False)
    assert weights_only.label == "robust" and weights_only.top3[0] == "S"
    st = _stability(data, ["S"])
    # S is missing from about a third of the draws ((5/6)^6), and with it its ties
    share = float(st.organisations.loc["S", "top3_share"])
    assert 0.5 < share < 0.8
    assert st.organisations.loc["S", "label"] == "depends_on_sample"
    assert st.label == "depends_on_sample" and st.resampled


def test_a_strong_hub_stays_robust() -> None:
    st = _stability(hub_region(), ["H"])
    assert st.top3[0] == "H" and st.label == "robust"
    assert float(st.organisations.loc["H", "top3_share"]) >= 0.99


def test_delivered_data_give_the_delivered_factors() -> None:
    """No resampling (each respondent once, the delivered counts): the factors as computed."""
    ties = [
        *both("A", "B", trust=2.0),
        *both("A", "C", trust=1.5),
        tie("B", "C", trust=4.0),
        tie("D", "A", trust=2.0),
        tie("D", "B", trust=1.0),
        tie("C", "D", trust=3.0),
        tie("A", "E"),
    ]
    flows = [flow("A", "B", 40), flow("B", "C", 25), flow("C", "A", 3), flow("D", "B", 12)]
    data = region(ties=ties, flows=flows)
    a = analysed(data)
    caps = bn.Caps(min_trust_raters=2, min_observable_ties=2)
    of = bn.organisation_factors(a, data.organisations, caps)
    ones = np.ones((2, len(rs.respondents_of(a))), dtype=int)
    found = rs.respondent_factors(a, of.values.index, caps, ones)
    s = a.dependencies.shares
    delivered = np.tile(s.loc[s["clients"] > 0, "clients"].to_numpy(float), (2, 1))
    found |= rs.flow_factors(a, of, caps, delivered)
    assert set(found) == set(rs.RESPONDENT_FACTORS) | set(rs.FLOW_FACTORS)
    for factor, X in found.items():
        expected = of.values[factor].to_numpy(float)
        assert np.isfinite(expected).any(), factor  # the check can fail
        np.testing.assert_allclose(X[:, 0], expected, atol=1e-12, err_msg=factor)


def test_an_undrawn_rater_takes_its_ratings_along() -> None:
    """Trust received is the mean of the drawn raters' ratings, each as often as drawn."""
    ties = [tie("A", "X", trust=1.0), tie("B", "X", trust=3.0), tie("C", "X", trust=4.0)]
    data = region(ties=ties)
    a = analysed(data)
    caps = bn.Caps(min_trust_raters=2)  # raised to the three raters every rating needs
    of = bn.organisation_factors(a, data.organisations, caps)
    x = list(of.values.index).index("X")
    # A twice, B and C once; then each once; then A twice and B once (two raters: unknown)
    counts = np.array([[2, 1, 1], [1, 1, 1], [2, 1, 0]])
    low = rs.respondent_factors(a, of.values.index, caps, counts)["low_trust"][x]
    # received 9/4 → (3 - 9/4) / 1.5; 8/3 → 0.2222; two raters → unknown
    np.testing.assert_allclose(low, [(3 - 9 / 4) / 1.5, (3 - 8 / 3) / 1.5, np.nan])


def test_resampled_factors_are_seeded_and_keep_unknown_unknown() -> None:
    data = single_respondent_region()
    a = analysed(data)
    of = bn.organisation_factors(a, data.organisations)
    X = rs.resampled_factors(a, of, draws=50, seed=SEED)
    assert np.array_equal(X, rs.resampled_factors(a, of, draws=50, seed=SEED), equal_nan=True)
    assert X.shape == (len(of.values), len(bn.FACTORS), 50)
    # no capacity data: pressure stays unknown in every draw
    j = list(bn.FACTORS).index("utilisation")
    assert np.isnan(X[:, j]).all()
    # the flows vary from draw to draw; S's cut-vertex status comes and goes
    k = list(bn.FACTORS).index("flow_share")
    b = list(of.values.index).index("B")
    assert np.unique(X[b, k]).size > 1
    s = list(of.values.index).index("S")
    ap = X[s, list(bn.FACTORS).index("articulation_point")]
    assert 0.4 < ap.mean() < 0.9


@pytest.mark.parametrize("make", [single_respondent_region, hub_region])
def test_the_diagnosis_says_whether_the_data_were_resampled(
    make: Callable[[], ScanData],
) -> None:
    data = make()
    f = diagnose(data, analysed(data), DiagnosisParams(seed=SEED, draws=200))
    assert f.stability.resampled and f.stability.draws == 200
