"""Statistical disclosure control: the rules for publishing counts of people and ratings.

A small count of people (clients, respondents, people waiting) can point at
a person, so every count a reader sees passes through :func:`suppress`:

* a count from 1 up to ``threshold - 1`` is shown as ``"<threshold"``;
* a delivered 0 is a true zero that identifies no one, and is shown as 0;
* a count nobody delivered (None, NaN, pandas' NA) stays None: unknown, never 0.

A suppressed count must not be recoverable from what is shown beside it:

* :func:`complement`: in a table of parts with a shown total (flows per pair
  and per organisation, respondents per layer and in all), one hidden part
  would be the total minus the others, so a second part is hidden with it;
* :func:`derived`: a number computed from a suppressed count (utilisation =
  demand / capacity, room = capacity - demand, a share of clients) would give
  the count back with its other operand, so it is hidden too.

A rating (trust, value, readiness) is shown only as a mean of at least
:data:`MIN_RATERS` raters (:func:`rated`): a mean of two lets either rater
read the other's answer, and a mean of one is that partner's own rating.

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

from collections.abc import Hashable, Mapping
from typing import Any, TypeVar, overload

import pandas as pd

K = TypeVar("K", bound=Hashable)

__all__ = [
    "MIN_RATERS",
    "SUPPRESSION_THRESHOLD",
    "complement",
    "derived",
    "is_suppressed",
    "min_raters",
    "rated",
    "suppress",
]

#: Counts of people from 1 up to this number minus one are never shown.
SUPPRESSION_THRESHOLD = 5
#: The fewest raters behind any rating shown; a setting may raise it, never lower it.
MIN_RATERS = 3


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


def is_suppressed(count: Any, threshold: int = SUPPRESSION_THRESHOLD) -> bool:
    """Whether :func:`suppress` hides this count (1 up to ``threshold - 1``).

    Examples
    --------
    >>> is_suppressed(3), is_suppressed(0), is_suppressed(None), is_suppressed(5)
    (True, False, False, False)
    """
    return isinstance(suppress(count, threshold), str)


def derived(value: Any, *counts: Any, threshold: int = SUPPRESSION_THRESHOLD) -> Any:
    """A number computed from counts of people, as it may be published.

    A ratio or a difference shown beside a suppressed count gives the count
    back (demand = capacity x utilisation, demand = capacity - room), so it
    is None (not shown) when any count it was computed from is suppressed.

    Parameters
    ----------
    value : object
        The ratio, share or difference.
    *counts : int, float or None
        The counts of people it was computed from.
    threshold : int
        As for :func:`suppress`.

    Examples
    --------
    >>> derived(1.5, 3), derived(1.5, 30), derived(0.25, 10, 40), derived(7, None)
    (None, 1.5, 0.25, 7)
    """
    if any(is_suppressed(c, threshold) for c in counts):
        return None
    return value


def complement(parts: Mapping[K, Any], threshold: int = SUPPRESSION_THRESHOLD) -> set[K]:
    """The parts to hide so that no suppressed part follows from a shown total.

    When a table shows a total (all clients of an organisation, all
    respondents) and its parts, one hidden part is the total minus the shown
    ones. So while fewer than two parts are hidden, or the hidden parts add up
    to less than the threshold (a small sum narrows each of them down), the
    smallest shown part above 0 is hidden too (ties by key). Pass every part
    of the total, a "rest" without a row included, or the rule cannot see it.

    Parameters
    ----------
    parts : mapping
        Part → its count of people (None or NaN: unknown, never hidden).
    threshold : int
        As for :func:`suppress`.

    Returns
    -------
    set
        The keys whose count (and any figure derived from it) must not be
        shown: the suppressed ones and their complements. Empty when nothing is
        suppressed. When every part is hidden only the total remains, and that
        is shown by :func:`suppress` like any count.

    Examples
    --------
    >>> sorted(complement({"a": 3, "b": 40, "c": 12}))
    ['a', 'c']
    >>> sorted(complement({"a": 3, "b": 1, "c": 12}))
    ['a', 'b', 'c']
    >>> complement({"a": 30, "b": 0, "c": 12})
    set()
    """
    known = {k: float(v) for k, v in parts.items() if v is not None and not pd.isna(v)}
    hidden = {k for k, v in known.items() if is_suppressed(v, threshold)}
    if not hidden:
        return set()
    shown = sorted((v, str(k), k) for k, v in known.items() if k not in hidden and v > 0)
    while shown and (len(hidden) < 2 or sum(known[k] for k in hidden) < threshold):
        hidden.add(shown.pop(0)[2])
    return hidden


def min_raters(requested: int = MIN_RATERS) -> int:
    """The fewest raters a rating needs: ``requested``, but never below :data:`MIN_RATERS`.

    Examples
    --------
    >>> min_raters(), min_raters(1), min_raters(5)
    (3, 3, 5)
    """
    return max(MIN_RATERS, int(requested))


def rated(means: pd.Series, raters: pd.Series, minimum: int = MIN_RATERS) -> pd.Series:
    """Mean ratings as they may be shown: from fewer than ``minimum`` raters, unknown (NaN).

    ``minimum`` is raised to :data:`MIN_RATERS` (:func:`min_raters`).

    Examples
    --------
    >>> rated(pd.Series([3.0, 2.5, 4.0]), pd.Series([1, 3, 0])).tolist()
    [nan, 2.5, nan]
    """
    enough = pd.to_numeric(raters, errors="coerce").fillna(0) >= min_raters(minimum)
    return means.astype(float).where(enough.to_numpy())
