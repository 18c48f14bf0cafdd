"""The one suppression rule, and the places that show counts all follow it."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from scan.diagnosis.evidence import Count, shown
from scan.disclosure import SUPPRESSION_THRESHOLD, suppress
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
