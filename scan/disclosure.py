"""Statistical disclosure control: the one rule for publishing a count of people.

A small count of people (clients, respondents, people waiting) can point at
a person, so every count a reader sees passes through :func:`suppress`:

* a count from 1 up to ``threshold - 1`` is shown as ``"<threshold"``;
* a delivered 0 is a true zero that identifies no one, and is shown as 0;
* a count nobody delivered (None, NaN, pandas' NA) stays None: unknown, never 0.

:data:`SUPPRESSION_THRESHOLD` is the one default threshold; a region may set
another in ``region.toml`` (``[defaults] suppression_threshold``).

This module sits at the bottom of the import layers, beside ``config`` and
``errors``, so that the HTML building blocks (:mod:`scan.html.show`), the data,
the diagnosis and the follow-up all call the same rule.

Examples
--------
>>> suppress(0), suppress(3), suppress(12), suppress(None)
(0, '<5', 12, None)
"""

from __future__ import annotations

from typing import Any, overload

import pandas as pd

__all__ = ["SUPPRESSION_THRESHOLD", "suppress"]

#: Counts of people from 1 up to this number minus one are never shown.
SUPPRESSION_THRESHOLD = 5


@overload
def suppress(count: int, threshold: int = SUPPRESSION_THRESHOLD) -> int | str: ...
@overload
def suppress(count: Any, threshold: int = SUPPRESSION_THRESHOLD) -> int | str | None: ...


def suppress(count: Any, threshold: int = SUPPRESSION_THRESHOLD) -> int | str | None:
    """A count of people as it may be published.

    Parameters
    ----------
    count : int, float or None
        The exact count. A fractional count (a mean of people, say) is
        compared before rounding, so 4.6 is suppressed and not shown as 5.
    threshold : int
        Counts above 0 and below it are shown as ``"<threshold"``; 0 (or less)
        suppresses nothing.

    Returns
    -------
    int, str or None
        The count rounded to a whole number; ``"<threshold"`` when it is small;
        None when it is missing.

    Examples
    --------
    >>> [suppress(n) for n in (0, 1, 4, 4.6, 5, 12.4)]
    [0, '<5', '<5', '<5', 5, 12]
    >>> suppress(float("nan")), suppress(pd.NA), suppress(3, threshold=0)
    (None, None, 3)
    """
    if count is None or pd.isna(count):
        return None
    value = float(count)
    if 0 < value < threshold:
        return f"<{threshold}"
    return round(value)
