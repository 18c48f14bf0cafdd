"""Readiness: scores per organisation, layer and region; bands; perception gaps."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from scan.analysis import readiness as rdy
from scan.text import fmt
from tests.analysis_builders import table


def _survey() -> pd.DataFrame:
    return table(
        "survey",
        [
            {
                "respondent_id": "r1",
                "org_id": "A",
                "layer": "bestuur",
                "trust_1": 5,
                "trust_2": 4,
                "ambition_1": 4,
            },
            {
                "respondent_id": "r2",
                "org_id": "A",
                "layer": "uitvoering",
                "trust_1": 2,
                "trust_2": None,
                "ambition_1": 3,
            },
            {
                "respondent_id": "r3",
                "org_id": "B",
                "layer": "bestuur",
                "trust_1": 3,
                "trust_2": 3,
                "ambition_1": None,
            },
        ],
    )


def test_respondent_and_organisation_scores() -> None:
    scores = rdy.respondent_scores(_survey())
    assert scores.set_index("respondent_id").loc["r1", "trust"] == pytest.approx(4.5)
    assert scores.set_index("respondent_id").loc["r2", "trust"] == pytest.approx(2.0)  # 1 item
    by_org = rdy.readiness_scores(scores, by=("org_id",)).set_index(["org_id", "dimension"])
    assert by_org.loc[("A", "trust"), "score"] == pytest.approx((4.5 + 2.0) / 2)
    assert by_org.loc[("A", "trust"), "n_respondents"] == 2
    assert by_org.loc[("A", "trust"), "band"] == "discuss"
    assert by_org.loc[("B", "trust"), "band"] == "discuss"
    assert ("B", "ambition") not in by_org.index  # nobody at B answered it
    # overall: mean of a respondent's dimension scores, then over respondents
    assert by_org.loc[("A", "overall"), "score"] == pytest.approx(((4.5 + 4) / 2 + 2.5) / 2)


def test_layer_and_region_scores_count_respondents() -> None:
    scores = rdy.respondent_scores(_survey())
    layer = rdy.readiness_scores(scores, by=("layer",)).set_index(["layer", "dimension"])
    assert layer.loc[("bestuur", "trust"), "score"] == pytest.approx((4.5 + 3) / 2)
    assert layer.loc[("bestuur", "trust"), "n_respondents"] == 2
    assert layer.loc[("uitvoering", "ambition"), "n_respondents"] == 1
    region = rdy.readiness_scores(scores, by=()).set_index("dimension")
    assert region.loc["trust", "score"] == pytest.approx((4.5 + 2 + 3) / 3)
    assert region.loc["ambition", "n_respondents"] == 2
    assert region.index.tolist() == ["ambition", "trust", "overall"]


def test_bands() -> None:
    assert rdy.band(4.0) == "strength"
    assert rdy.band(3.0) == "discuss"
    assert rdy.band(2.94) == "concern"
    assert rdy.band(float("nan")) is None


@pytest.mark.parametrize(
    ("score", "shown", "expected"),
    [(3.95, "4,0", "strength"), (3.94, "3,9", "discuss"), (2.99, "3,0", "discuss"),
     (2.949, "2,9", "concern")],
)  # fmt: skip
def test_band_is_judged_on_the_score_as_reported(score: float, shown: str, expected: str) -> None:
    # a reader who sees "4,0" must not read "bespreken" next to it
    assert fmt.number(score, "nl", 1, fixed=True) == shown
    assert rdy.band(score) == expected
    scores = rdy.readiness_scores(
        pd.DataFrame(
            {"respondent_id": ["r1"], "org_id": ["A"], "layer": ["bestuur"], "trust": [score]}
        ),
        by=(),
    )
    assert scores.set_index("dimension").loc["trust", "band"] == expected
    assert rdy.BAND_LABELS["concern"]["nl"] == "zorgpunt"


def _gap_survey(board: list[float], floor: list[float]) -> pd.DataFrame:
    rows = [
        {"respondent_id": f"b{i}", "org_id": "A", "layer": "bestuur", "trust_1": x}
        for i, x in enumerate(board)
    ] + [
        {"respondent_id": f"u{i}", "org_id": "A", "layer": "uitvoering", "trust_1": x}
        for i, x in enumerate(floor)
    ]
    return table("survey", rows)


def test_layer_gap_hand_computed_with_seeded_bootstrap() -> None:
    scores = rdy.respondent_scores(_gap_survey([5, 4, 5, 4], [2, 3, 2, 1]))
    g = rdy.layer_gaps(scores, seed=7, n_boot=1000)
    assert len(g) == 1  # management has nobody
    row = g.iloc[0]
    assert (row["layer_a"], row["layer_b"]) == ("bestuur", "uitvoering")
    assert row["gap"] == pytest.approx(4.5 - 2.0)
    assert row["n_a"] == 4 and row["n_b"] == 4
    assert row["ci_low"] <= row["gap"] <= row["ci_high"]
    assert row["ci_low"] > 0 and bool(row["significant"])
    again = rdy.layer_gaps(scores, seed=7, n_boot=1000)
    pd.testing.assert_frame_equal(g, again)
    other = rdy.layer_gaps(scores, seed=8, n_boot=1000)
    assert other.loc[0, "gap"] == g.loc[0, "gap"]


def test_layer_gap_not_significant_when_layers_agree() -> None:
    scores = rdy.respondent_scores(_gap_survey([1, 5, 2, 4, 3], [5, 1, 4, 2, 3.5]))
    g = rdy.layer_gaps(scores, seed=1)
    assert g.loc[0, "gap"] == pytest.approx(3.0 - 3.1)
    assert g.loc[0, "ci_low"] < 0 < g.loc[0, "ci_high"]
    assert not g.loc[0, "significant"]


def test_layer_gap_needs_enough_respondents_and_splits_by_org() -> None:
    scores = rdy.respondent_scores(_gap_survey([5], [2, 3]))
    assert len(rdy.layer_gaps(scores)) == 0
    assert len(rdy.layer_gaps(scores, min_respondents=1)) == 1
    by_org = rdy.layer_gaps(rdy.respondent_scores(_gap_survey([5, 4], [2, 3])), by="org_id")
    assert by_org["org_id"].tolist() == ["A"]


@pytest.mark.parametrize("size", [1, 2, 7, 300, 5000])
@pytest.mark.parametrize("block", [1, 64, rdy.BOOT_BLOCK])
def test_bootstrap_in_blocks_draws_the_same_resamples(size: int, block: int) -> None:
    x = np.random.default_rng(size).normal(size=size)
    one, blocks = np.random.default_rng(7), np.random.default_rng(7)
    for n_boot in (999, 2000):  # the generator's state carries over to the next draw too
        whole = x[one.integers(0, size, size=(n_boot, size))].mean(axis=1)
        assert np.array_equal(rdy.bootstrap_means(x, n_boot, blocks, block=block), whole)


def test_item_columns_pattern() -> None:
    cols = rdy.item_columns(pd.DataFrame(columns=["trust_10", "trust_2", "trustee_1", "remarks"]))
    assert cols == {"trust": ["trust_2", "trust_10"]}
