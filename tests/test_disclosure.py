"""The one suppression rule, and the places that show counts all follow it."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from scan.diagnosis.evidence import Count, shown
from scan.disclosure import (
    MIN_RATERS,
    SUPPRESSION_THRESHOLD,
    complement,
    derived,
    min_raters,
    rated,
    suppress,
)
from scan.html import show


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, 0),  # a delivered zero identifies no one
        (None, None),  # nobody delivered it: unknown, never 0
        (math.nan, None),
        (pd.NA, None),
        (1, "<5"),
        (4, "<5"),  # threshold - 1
        (5, 5),  # the threshold itself is shown
        (4.6, "<5"),  # compared before rounding: never shown as 5
        (0.4, "<5"),  # some people, fewer than one on average: not a zero
        (12.4, 12),
    ],
)
def test_suppress(count: object, expected: object) -> None:
    assert suppress(count) == expected


def test_the_threshold_is_one_constant_and_a_parameter() -> None:
    assert SUPPRESSION_THRESHOLD == 5
    assert suppress(9, threshold=10) == "<10" and suppress(10, threshold=10) == 10
    assert suppress(3, threshold=0) == 3  # 0 suppresses nothing


@pytest.mark.parametrize("n", [0, 1, 4, 5, 12])
def test_evidence_tables_and_files_show_the_same(n: int) -> None:
    rule = suppress(n)
    assert Count(n).shown() == rule and shown({"x": [Count(n)]}) == {"x": [rule]}
    assert show.cell(n, "count", "en", SUPPRESSION_THRESHOLD) == str(rule)
    assert show.cell(None, "count", "en", SUPPRESSION_THRESHOLD) == "–"


# --------------------------------------------------------------------------- derivation routes


def test_complement_hides_a_second_part_so_total_minus_parts_gives_nothing() -> None:
    # flows of one sender: 3 to A, 40 to B, 12 to C; its outflow, 55, is shown
    parts = {"A": 3, "B": 40, "C": 12}
    hidden = complement(parts)
    assert hidden == {"A", "C"}
    shown_parts = {k: v for k, v in parts.items() if k not in hidden}
    # what a reader can derive: the hidden parts together, never one of them
    assert 55 - sum(shown_parts.values()) == 15 != parts["A"]


def test_complement_keeps_hiding_until_the_hidden_sum_is_not_small() -> None:
    # 1 and 3 hidden add up to 4: both would be narrowed to 1-3, so a third goes too
    assert complement({"a": 1, "b": 3, "c": 20, "d": 9}) == {"a", "b", "d"}
    # a zero is a true zero and no cover; unknown parts are left alone
    assert complement({"a": 2, "b": 0, "c": None, "d": 30}) == {"a", "d"}
    assert complement({"a": 0, "b": 30}) == set()
    assert complement({"a": 2}, threshold=0) == set()


def test_derived_hides_a_ratio_of_a_suppressed_count() -> None:
    capacity = 2.0
    demand = 3  # shown as "<5"
    utilisation = demand / capacity
    assert suppress(demand) == "<5"
    assert derived(utilisation, demand) is None  # capacity x utilisation would give 3
    assert derived(capacity - demand, demand) is None  # and so would capacity - room
    assert derived(120 / 100, 120) == 1.2
    assert derived(0.5, 0) == 0.5  # a true zero hides nothing


def test_ratings_need_three_raters_and_the_minimum_never_drops_below_three() -> None:
    means = pd.Series([3.0, 2.0, 2.5])
    raters = pd.Series([1, 2, 3])
    assert rated(means, raters).isna().tolist() == [True, True, False]
    assert rated(means, raters, minimum=1).isna().tolist() == [True, True, False]
    assert rated(means, raters, minimum=4).isna().all()
    assert MIN_RATERS == 3 and min_raters(2) == 3 and min_raters(4) == 4
